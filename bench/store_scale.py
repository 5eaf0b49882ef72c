"""How does the embedded graph store (graph/embedded.py) behave at scale?

Writes N synthetic edges (default 1,000,000: MET, CALLED, VISITED, SIGNED
between ~N/20 persons, 200 countries and ~N/50 agreements, each edge with one
evidence sentence) through `GraphStore.write_article`, in batches of one
"article" each, then reopens the store in a fresh process and times the
load and a few typical queries.  Each phase runs in its own child process so
its peak memory (ru_maxrss) is its own.

    .venv/bin/python bench/store_scale.py                       # 1,000,000 edges
    .venv/bin/python bench/store_scale.py --edges 100000 --json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median
from typing import Any

import machine

ROOT = Path(__file__).resolve().parent.parent
SEED = 20231115
TYPE_SHARES = (("MET", 0.6), ("CALLED", 0.1), ("VISITED", 0.2), ("SIGNED", 0.1))
SENTENCE = (
    "{a} held talks with {b} in the capital on {day}, discussing trade, energy and regional security, "
    "the ministry said."
)


def _sizes(edges: int) -> tuple[int, int, int]:
    return max(50, edges // 20), 200, max(10, edges // 50)


def _person_name(i: int) -> str:
    return f"Official{i:06d} Testperson"


def _write_phase(data_dir: Path, edges: int, per_article: int) -> dict[str, Any]:
    from graph.embedded import EmbeddedStore
    from graph.keys import exact_key, parse_date
    from graph.model import (
        Agreement,
        ArticleBatch,
        ArticleNode,
        Country,
        Edge,
        Evidence,
        Mention,
        Person,
    )

    rng = random.Random(SEED)
    persons, countries, agreements = _sizes(edges)
    country_ids = [f"C{i:02d}" for i in range(countries)]
    seen: set[tuple[str, str]] = set()
    types = [t for t, _ in TYPE_SHARES]
    weights = [w for _, w in TYPE_SHARES]
    first_day = dt.date(2015, 1, 1)

    def node_for(label: str, ident: str, article_id: str) -> Any:
        mention = [Mention(article_id=article_id, name=ident)]
        if label == "Person":
            name = _person_name(int(ident[1:]))
            return Person(
                id=ident,
                name=name,
                keys=[exact_key(name)],
                mentions=mention,
                country=country_ids[int(ident[1:]) % countries],
            )
        if label == "Country":
            return Country(id=ident, name=ident, keys=[ident.lower()], mentions=mention)
        return Agreement(id=ident, name=f"agreement {ident}", keys=[ident.lower()], mentions=mention)

    store = EmbeddedStore(data_dir)
    written = 0
    article_no = 0
    start = time.perf_counter()
    while written < edges:
        article_id = f"article-{article_no:06d}"
        article_no += 1
        new_nodes: dict[tuple[str, str], Any] = {}
        batch_edges: list[Edge] = []
        for n in range(min(per_article, edges - written)):
            edge_type = rng.choices(types, weights)[0]
            src = f"P{rng.randrange(persons):06d}"
            if edge_type in ("MET", "CALLED"):
                dst = f"P{rng.randrange(persons):06d}"
                while dst == src:
                    dst = f"P{rng.randrange(persons):06d}"
                src, dst = min(src, dst), max(src, dst)
                dst_label = "Person"
            elif edge_type == "VISITED":
                dst, dst_label = rng.choice(country_ids), "Country"
            else:
                dst, dst_label = f"A{rng.randrange(agreements):06d}", "Agreement"
            for label, ident in (("Person", src), (dst_label, dst)):
                if (label, ident) not in seen:
                    seen.add((label, ident))
                    new_nodes[(label, ident)] = node_for(label, ident, article_id)
            day = first_day + dt.timedelta(days=rng.randrange(4000))
            span = parse_date(day.isoformat())
            sentence = SENTENCE.format(a=_person_name(int(src[1:])), b=dst, day=day.isoformat())
            batch_edges.append(
                Edge(
                    id=f"{edge_type}-{written + n:08d}",
                    type=edge_type,
                    src_label="Person",
                    src=src,
                    dst_label=dst_label,
                    dst=dst,
                    date=day.isoformat(),
                    precision="day",
                    start=span.start if span else None,
                    end=span.end if span else None,
                    evidence=[Evidence(article_id=article_id, sentence=sentence, date=day.isoformat())],
                    article_count=1,
                )
            )
        article = ArticleNode(
            id=article_id, name=article_id, content_hash=f"{article_no:064x}", fact_count=len(batch_edges)
        )
        with store.ingest_lock():
            store.write_article(
                ArticleBatch(article=article, upsert_nodes=list(new_nodes.values()), upsert_edges=batch_edges)
            )
        written += len(batch_edges)
    seconds = time.perf_counter() - start
    store.close()
    return {
        "edges": written,
        "articles": article_no,
        "nodes": len(seen) + article_no,
        "seconds": round(seconds, 1),
        "edges_per_s": round(written / seconds),
        "peak_rss_mib": machine.peak_rss_mib(),
    }


def _timed(fn: Any, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return round(median(runs) * 1000, 2)


def _current_rss_mib() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def _load_phase(data_dir: Path, edges: int) -> dict[str, Any]:
    from graph.embedded import EmbeddedStore
    from graph.keys import exact_key
    from graph.model import EdgeQuery, NodeRef

    baseline = machine.peak_rss_mib()
    start = time.perf_counter()
    store = EmbeddedStore(data_dir)
    load_seconds = time.perf_counter() - start
    rss_loaded = _current_rss_mib()
    stats = store.stats()
    persons = _sizes(edges)[0]
    someone, other = "P000001", f"P{persons // 2:06d}"
    busy = NodeRef(label="Person", id=someone)
    queries = {
        "stats": _timed(store.stats),
        "get_node": _timed(lambda: store.get_node("Person", someone)),
        "nodes_by_keys": _timed(lambda: store.nodes_by_keys("Person", [exact_key(_person_name(1))])),
        "find_edges_person_page": _timed(lambda: store.find_edges(EdgeQuery(node=busy, limit=50))),
        "find_edges_person_met_2020": _timed(
            lambda: store.find_edges(
                EdgeQuery(node=busy, types=["MET"], since=dt.date(2020, 1, 1), until=dt.date(2020, 12, 31))
            )
        ),
        "find_edges_all_met_2020_page": _timed(
            lambda: store.find_edges(
                EdgeQuery(types=["MET"], since=dt.date(2020, 1, 1), until=dt.date(2020, 12, 31), limit=50)
            ),
            repeat=3,
        ),
        "shortest_paths": _timed(lambda: store.shortest_paths(someone, other), repeat=3),
        "name_index_person": _timed(lambda: store.name_index("Person"), repeat=3),
    }
    store.close()
    disk = sum(p.stat().st_size for p in data_dir.iterdir() if p.is_file())
    return {
        "load_seconds": round(load_seconds, 1),
        "rss_after_load_mib": rss_loaded,
        "peak_rss_mib": machine.peak_rss_mib(),
        "peak_rss_before_open_mib": baseline,
        "nodes": stats.nodes,
        "edges": stats.edges,
        "evidence": stats.evidence,
        "disk_mib": round(disk / 1024 / 1024, 1),
        "query_ms_median": queries,
    }


def _child(phase: str, data_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    cmd = [
        sys.executable,
        __file__,
        "--phase",
        phase,
        "--data-dir",
        str(data_dir),
        "--edges",
        str(args.edges),
        "--edges-per-article",
        str(args.edges_per_article),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{phase} phase failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--edges", type=int, default=1_000_000)
    parser.add_argument(
        "--edges-per-article",
        type=int,
        default=1000,
        help="edges written per write_article call (default 1000)",
    )
    parser.add_argument("--data-dir", type=Path, help="store folder (default: a temporary one, removed)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument("--phase", choices=["write", "load"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))

    if args.phase == "write":
        print(json.dumps(_write_phase(args.data_dir, args.edges, args.edges_per_article)))
        return
    if args.phase == "load":
        print(json.dumps(_load_phase(args.data_dir, args.edges)))
        return

    temp = None if args.data_dir else Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    data_dir = args.data_dir or temp
    assert data_dir is not None
    if any(data_dir.glob("graph.sqlite3*")):
        sys.exit(f"{data_dir} already holds a store; give an empty --data-dir")
    try:
        write = _child("write", data_dir, args)
        load = _child("load", data_dir, args)
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
    result = {"write": write, "load": load, "code": machine.code_version(ROOT), "machine": machine.describe()}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"write: {write['edges']} edges in {write['articles']} write_article calls, {write['seconds']} s "
        f"({write['edges_per_s']} edges/s), peak RSS {write['peak_rss_mib']} MiB"
    )
    print(
        f"load:  reopen {load['load_seconds']} s, RSS after load {load['rss_after_load_mib']} MiB, "
        f"peak {load['peak_rss_mib']} MiB, disk {load['disk_mib']} MiB"
    )
    print(f"       nodes {load['nodes']}, edges {load['edges']}, evidence {load['evidence']}")
    for name, ms in load["query_ms_median"].items():
        print(f"       {name:32} {ms:>10} ms (median)")
    print(f"code: {result['code']}")
    print("machine: " + ", ".join(f"{k}={v}" for k, v in result["machine"].items()))


if __name__ == "__main__":
    main()
