"""One benchmark entry point, both stores: write, query, HTTP, start-up, memory, disk.

    .venv/bin/python bench/run.py --store embedded --size 10k
    .venv/bin/python bench/run.py --store neo4j --size 100k      # NEO4J_URI etc. as for `diplograph`
    .venv/bin/python bench/run.py --size 100k --data-dir /tmp/g  # keep the store: `diplograph serve` on it
    .venv/bin/python bench/run.py --size 100k --data-dir /tmp/g --existing  # reads and HTTP again on it

`--size` is the number of articles of a deterministic heavy-tailed load
(`bench/generate.py`).  Phases, each in its own process so that its peak
memory is its own:
1. write: every article through the product's write path
   (`graph.build.ingest_record`: resolve, corroborate, plan, write), inside
   `GraphStore.bulk()` as `diplograph ingest` does; per-article graph time
   is reported for the first and the last 1,000 articles;
2. query: a fresh process opens the store (start-up) and times the
   service functions the API calls, in process (p50/p95/p99);
3. http: `uvicorn app.api:create_app` on 127.0.0.1 against the store (time
   until /health answers 200), then who-met under 1, 8 and 32 concurrent
   connections, beside a bare FastAPI route of the same shape
   (`bench/bare_app.py`) as the framework's ceiling.
Figures on a shared two-core machine move by 10-30% between runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from statistics import median
from typing import Any

import generate
import http_load
import machine

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1M": 1_000_000}
BLOCK = 1000


def _size(text: str) -> int:
    if text in SIZES:
        return SIZES[text]
    if text[-1:] in ("k", "M") and text[:-1].isdigit():  # 300k, 2M
        return int(text[:-1]) * (1_000 if text[-1] == "k" else 1_000_000)
    return int(text)


def _open_store(kind: str, data_dir: Path) -> Any:
    from diplograph.settings import Settings
    from graph.factory import open_store

    return open_store(Settings(store=kind, data_dir=data_dir))  # type: ignore[call-arg]


# ----- phase 1: write --------------------------------------------------------------------
def _write_phase(kind: str, data_dir: Path, articles: int) -> dict[str, Any]:
    from app.ingest_service import record_meta
    from app.schemas import StrictRecord
    from graph.buffered import buffered
    from graph.build import ingest_record

    store = _open_store(kind, data_dir)
    if kind == "neo4j":
        store.clear()
    times: list[float] = []
    cpu_times: list[float] = []  # CPU time: what the article cost, whatever else the machine runs
    facts = 0
    # CPU seconds of the whole load: this process (the Neo4j window writer's thread included) and
    # the local Neo4j server, if `scripts/neo4j-local` runs one: what a load costs whatever the load.
    server = machine.neo4j_local_pid(ROOT) if kind == "neo4j" else None
    server_cpu = machine.cpu_seconds(server) if server else None
    process_cpu = time.process_time()
    start = time.perf_counter()
    # As `diplograph ingest` writes: planned one by one, written in windows (Neo4j) or bulk() groups.
    with store.bulk(), buffered(store) as writer:
        for data in generate.records(articles):
            record = StrictRecord.model_validate(data)
            meta = record_meta(record)
            began, cpu = time.perf_counter(), time.process_time()
            outcome = ingest_record(writer, record, meta)
            times.append(time.perf_counter() - began)
            cpu_times.append(time.process_time() - cpu)
            facts += len(outcome.facts)
        flushes = getattr(writer, "flushes", 0)  # the embedded store writes article by article
    seconds = time.perf_counter() - start
    process_cpu = time.process_time() - process_cpu
    server_used = machine.cpu_seconds(server) if server else None
    if server_used is not None and server_cpu is not None:
        server_cpu = round(server_used - server_cpu, 1)
    stats = store.stats()
    store.close()
    edges = sum(stats.edges.values())
    block = min(BLOCK, max(1, len(times) // 10))
    return {
        "articles": len(times),
        "facts": facts,
        "edges": edges,
        "evidence": stats.evidence,
        "persons": stats.nodes["Person"],
        "seconds": round(seconds, 1),
        "writes": flushes + 1,
        "articles_per_s": round(len(times) / seconds, 1),
        "edges_per_s": round(edges / seconds, 1),
        "block": block,
        # Medians: a shared machine's hiccups move means more than the write path does.
        "first_block_ms": round(1000 * median(times[:block]), 3),
        "last_block_ms": round(1000 * median(times[-block:]), 3),
        "first_block_mean_ms": round(1000 * sum(times[:block]) / block, 3),
        "last_block_mean_ms": round(1000 * sum(times[-block:]) / block, 3),
        "first_block_cpu_ms": round(1000 * median(cpu_times[:block]), 3),
        "last_block_cpu_ms": round(1000 * median(cpu_times[-block:]), 3),
        "first_block_cpu_mean_ms": round(1000 * sum(cpu_times[:block]) / block, 3),
        "last_block_cpu_mean_ms": round(1000 * sum(cpu_times[-block:]) / block, 3),
        "load_average": machine.load_average(),
        "peak_rss_mib": machine.peak_rss_mib(),
        "client_cpu_seconds": round(process_cpu, 1),
        "server_cpu_seconds": server_cpu,
    }


def _store_write_phase(kind: str, data_dir: Path, edges: int, chunk: int) -> dict[str, Any]:
    """The store's bulk write path alone (`store_load.py`): `write_articles`, `chunk` articles a call."""
    import store_load

    store = _open_store(kind, data_dir)
    if kind == "neo4j":
        store.clear()
    result = store_load.load(store, edges, chunk)
    store.close()
    result["peak_rss_mib"] = machine.peak_rss_mib()
    return result


# ----- phase 2: queries in process ---------------------------------------------------------
def _subjects(articles: int) -> dict[str, str]:
    """Who to ask about: the most-named leader, a typical official, a country, a month."""
    counts: Counter[str] = Counter()
    visited: Counter[tuple[str, str]] = Counter()
    spelled: dict[str, str] = {}
    for data in generate.records(min(articles, 20_000)):
        for fact in data["facts"]:
            for name in fact.get("persons") or []:
                key = name.lower().replace("-", " ")  # spelling variants are one person
                spelled.setdefault(key, name)
                counts[key] += 1
            if fact.get("country") and fact.get("date"):
                visited[(fact["country"], fact["date"][:7])] += 1
    ranked = [spelled[key] for key, _ in counts.most_common()]
    (country, month), _ = visited.most_common(1)[0]
    return {
        "top": ranked[0],
        "typical": ranked[len(ranked) // 2],
        "other": ranked[1],
        "country": country,
        "month": month,
    }


def _timed(fn: Any, repeat: int) -> dict[str, float]:
    """Wall-clock percentiles, and the same of the thread's CPU time (what the query cost, without
    the time other processes of a shared machine held the cores)."""
    fn()  # warm
    runs, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.thread_time()
        fn()
        runs.append(time.perf_counter() - began)
        cpu.append(time.thread_time() - began_cpu)
    cpu_cuts = http_load.percentiles(cpu)
    return {**http_load.percentiles(runs), "cpu_p50_ms": cpu_cuts["p50_ms"], "cpu_p99_ms": cpu_cuts["p99_ms"]}


def _query_phase(kind: str, data_dir: Path, articles: int, repeat: int) -> dict[str, Any]:
    import datetime as dt

    from app import service

    subjects = _subjects(articles)
    began = time.perf_counter()
    store = _open_store(kind, data_dir)
    open_seconds = time.perf_counter() - began
    top = service.resolve_person(store, subjects["top"]).id
    typical = service.resolve_person(store, subjects["typical"]).id
    other = service.resolve_person(store, subjects["other"]).id
    first = dt.date.fromisoformat(subjects["month"] + "-01")
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    queries = {
        "who met (top leader)": lambda: service.meetings(store, top),
        "who met (typical official)": lambda: service.meetings(store, typical),
        "visitors to a country in a month": lambda: service.country_visitors(
            store, subjects["country"], since=first, until=last
        ),
        "timeline (top leader)": lambda: service.timeline(store, top),
        "path (two leaders)": lambda: service.paths(store, top, other),
        "name search": lambda: service.persons(store, subjects["typical"].split()[0][:5]),
    }
    latency = {
        name: _timed(fn, repeat if "path" not in name else max(5, repeat // 10))
        for name, fn in queries.items()
    }
    store.close()
    return {
        "open_seconds": round(open_seconds, 2),
        "latency": latency,
        "subjects": {"top": top, "typical": typical},
        "peak_rss_mib": machine.peak_rss_mib(),
    }


# ----- end to end with extraction: --workers 1 vs N ------------------------------------------
def _e2e_phase(kind: str, articles: int, workers: int) -> dict[str, Any]:
    """`diplograph ingest`'s path (extraction + graph) over the news-style corpus, one worker vs N."""
    import make_corpus

    from app.parallel import ingest_files
    from diplograph.settings import Settings

    result: dict[str, Any] = {"articles": articles}
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch) / "corpus.jsonl"
        make_corpus.write_corpus(make_corpus.generate(articles), corpus)
        for n in (1, workers):
            settings = Settings(store=kind, data_dir=Path(scratch) / f"store-{n}")  # type: ignore[call-arg]
            store = _open_store(kind, settings.data_dir)
            if kind == "neo4j":
                store.clear()
            began = time.perf_counter()
            summary = ingest_files(store, [corpus], settings, n)
            seconds = time.perf_counter() - began
            store.close()
            result[f"workers={n}"] = {
                "seconds": round(seconds, 1),
                "articles_per_s": round(articles / seconds, 2),
                "facts": summary.facts_new + summary.facts_corroborated,
                "failed": summary.failed,
            }
    result["speedup"] = round(
        result[f"workers={workers}"]["articles_per_s"] / result["workers=1"]["articles_per_s"], 2
    )
    return result


# ----- phase 3: HTTP ----------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(target: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int, float]:
    """Start uvicorn; return it, its port and the seconds until /health answered 200."""
    port = _free_port()
    cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        *target,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    began = time.perf_counter()
    server = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True)
    deadline = began + 300
    while time.perf_counter() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as answer:
                if answer.status == 200:
                    return server, port, time.perf_counter() - began
        except OSError:
            time.sleep(0.05)
        if server.poll() is not None:
            break
    _stop(server)
    raise RuntimeError(f"{' '.join(cmd)} did not answer /health")


def _stop(server: subprocess.Popen[bytes]) -> float | None:
    """Stop the server; returns its peak RSS (MiB) read just before."""
    peak = None
    try:
        for line in Path(f"/proc/{server.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peak = round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
    return peak


def _load(
    server: subprocess.Popen[bytes], port: int, path: str, connections: int, seconds: float, scratch: Path
) -> dict[str, Any]:
    """`http_load.run`, plus the server's CPU milliseconds per request: what a request costs the
    server whatever else the machine runs (1000 / it is one free core's requests/s)."""
    before = machine.cpu_seconds(server.pid)
    measured: dict[str, Any] = http_load.run(port, path, connections, seconds, scratch)
    after = machine.cpu_seconds(server.pid)
    if before is not None and after is not None and measured.get("requests"):
        measured["server_cpu_ms"] = round(1000 * (after - before) / measured["requests"], 3)
    return measured


def _http_phase(kind: str, data_dir: Path, subjects: dict[str, str], seconds: float) -> dict[str, Any]:
    env = {**os.environ, "DIPLOGRAPH_STORE": kind, "DIPLOGRAPH_DATA_DIR": str(data_dir)}
    env.pop("DIPLOGRAPH_API_KEY", None)
    levels = (1, 8, 32)
    result: dict[str, Any] = {"client": http_load.client_name()}
    with tempfile.TemporaryDirectory() as scratch:
        server, port, ready = _serve(["--factory", "app.api:create_app"], env)
        try:
            result["health_seconds"] = round(ready, 2)
            # The store loads in the background; the first query waits for it.
            began = time.perf_counter()
            url = f"http://127.0.0.1:{port}/persons/{subjects['top']}/meetings"
            with urllib.request.urlopen(url, timeout=600) as answer:
                answer.read()
            result["first_query_seconds"] = round(ready + time.perf_counter() - began, 2)
            for name in ("top", "typical"):
                path = f"/persons/{subjects[name]}/meetings"
                result[f"who met ({name})"] = {
                    c: _load(server, port, path, c, seconds, Path(scratch)) for c in levels
                }
        finally:
            result["server_peak_rss_mib"] = _stop(server)
        bare, port, _ = _serve(["bench.bare_app:app"], env)
        try:
            path = f"/persons/{subjects['top']}/meetings"
            result["bare FastAPI route"] = {
                c: _load(bare, port, path, c, seconds, Path(scratch)) for c in levels
            }
        finally:
            _stop(bare)
    return result


# ----- driver -----------------------------------------------------------------------------
def _child(phase: str, args: argparse.Namespace, data_dir: Path) -> dict[str, Any]:
    cmd = [
        sys.executable,
        __file__,
        "--phase",
        phase,
        "--store",
        args.store,
        "--size",
        str(args.size),
        "--data-dir",
        str(data_dir),
        "--repeat",
        str(args.repeat),
        "--e2e",
        str(args.e2e),
        "--write-path",
        args.write_path,
        "--edges",
        str(args.edges),
        "--chunk",
        str(args.chunk),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{phase} phase failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _disk_mib(data_dir: Path) -> float:
    return round(sum(p.stat().st_size for p in data_dir.rglob("*") if p.is_file()) / 1024 / 1024, 1)


def _write_rows(w: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (
            "stored",
            f"{w['edges']:,} edges, {w['evidence']:,} evidence, {w['persons']:,} persons,"
            f" {w['facts']:,} facts",
        ),
        (
            "write: total (planner + buffered windows)",
            f"{w['seconds']} s: {w['articles_per_s']:,} articles/s, {w['edges_per_s']:,} edges/s,"
            f" {w['writes']:,} writes",
        ),
        (
            f"write: ms/article, first {w['block']:,} (median, mean)",
            f"{w['first_block_ms']}, {w['first_block_mean_ms']}",
        ),
        (
            f"write: ms/article, last {w['block']:,} (median, mean)",
            f"{w['last_block_ms']}, {w['last_block_mean_ms']}"
            f"  (median x{w['last_block_ms'] / w['first_block_ms']:.2f},"
            f" mean x{w['last_block_mean_ms'] / w['first_block_mean_ms']:.2f})",
        ),
        (
            f"write: CPU ms/article, first / last {w['block']:,} (median; mean)",
            f"{w['first_block_cpu_ms']} / {w['last_block_cpu_ms']}"
            f" (x{w['last_block_cpu_ms'] / w['first_block_cpu_ms']:.2f});"
            f" {w['first_block_cpu_mean_ms']} / {w['last_block_cpu_mean_ms']}"
            f" (x{w['last_block_cpu_mean_ms'] / w['first_block_cpu_mean_ms']:.2f}), load {w['load_average']}",
        ),
        ("write: peak RSS", f"{w['peak_rss_mib']} MiB"),
        *_cpu_rows(w),
    ]


def _cpu_rows(w: dict[str, Any]) -> list[tuple[str, str]]:
    """CPU seconds of the load, the bench process's and the local Neo4j server's, and per edge."""
    if w.get("client_cpu_seconds") is None:
        return []
    server = w.get("server_cpu_seconds")
    per_edge = 1000 / max(1, w["edges"])
    text = f"process {w['client_cpu_seconds']} s ({w['client_cpu_seconds'] * per_edge:.3f} ms/edge)"
    if server is not None:
        text += f"; Neo4j server {server} s ({server * per_edge:.3f} ms/edge)"
    return [("write: CPU seconds", text)]


def _store_write_rows(w: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        ("stored", f"{w['edges']:,} edges, {w['evidence']:,} evidence, {w['persons']:,} persons"),
        (
            f"store write_articles ({w['chunk']:,} articles a call)",
            f"{w['write_seconds']} s: {w['edges_per_s']:,} edges/s, {w['articles_per_s']:,} articles/s"
            f" (generating the batches: {w['generate_seconds']} s more)",
        ),
        (
            "store write: ms/article, first / last 5 calls",
            f"{w['first_chunks_ms_per_article']} / {w['last_chunks_ms_per_article']}"
            f" (x{w['last_chunks_ms_per_article'] / w['first_chunks_ms_per_article']:.2f})",
        ),
        (
            "store write: CPU seconds (this process / Neo4j server)",
            f"{w['client_cpu_seconds']} / {w['server_cpu_seconds']}; load average {w['load_average']}",
        ),
        *(
            [
                (
                    "store write: Neo4j server CPU by thread, ms/edge",
                    ", ".join(
                        f"{k} {1000 * v / max(1, w['edges']):.3f}" for k, v in w["server_cpu_split"].items()
                    ),
                )
            ]
            if w.get("server_cpu_split")
            else []
        ),
        ("store write: of which the end of `bulk()` (rows, commit, sync)", f"{w['final_write_seconds']} s"),
        ("first read after the load (the embedded store loads memory)", f"{w['first_read_seconds']} s"),
        ("write: peak RSS", f"{w['peak_rss_mib']} MiB"),
    ]


def _print(result: dict[str, Any]) -> None:
    w, q, h = result.get("write"), result["query"], result.get("http")
    size = f"{w['articles']} articles" if w else "an existing store"
    print(f"DiploGraph bench: store={result['store']} size={size}, code {result['code']}")
    print("machine: " + ", ".join(f"{k}={v}" for k, v in result["machine"].items()))
    print(f"load average (1 min) at the start / end: {' / '.join(map(str, result['load_average']))}")
    rows = [] if w is None else _store_write_rows(w) if "chunk" in w else _write_rows(w)
    rows.append(("start-up: open store in process", f"{q['open_seconds']} s"))
    for name, lat in q["latency"].items():
        cpu = f" (CPU p50 {lat['cpu_p50_ms']} / p99 {lat['cpu_p99_ms']} ms)" if "cpu_p99_ms" in lat else ""
        rows.append(
            (
                f"in process: {name}",
                f"p50 {lat['p50_ms']} / p95 {lat['p95_ms']} / p99 {lat['p99_ms']} ms{cpu}",
            )
        )
    rows.append(("query process: peak RSS", f"{q['peak_rss_mib']} MiB"))
    if h:
        rows.append(("start-up: serve until /health 200", f"{h['health_seconds']} s"))
        rows.append(("start-up: serve until the first who-met answer", f"{h['first_query_seconds']} s"))
        for name in ("who met (top)", "who met (typical)", "bare FastAPI route"):
            for c, m in h[name].items():
                rows.append(
                    (
                        f"HTTP {name}, {c} conn ({h['client']})",
                        f"{m['rps']:,} req/s, p50 {m['p50_ms']} / p95 {m['p95_ms']} / p99 {m['p99_ms']} ms"
                        + (f", server CPU {m['server_cpu_ms']} ms/request" if "server_cpu_ms" in m else "")
                        + (f", {m['errors']} errors" if m["errors"] else ""),
                    )
                )
        rows.append(("server: peak RSS", f"{h['server_peak_rss_mib']} MiB"))
    rows.append(("disk", f"{result['disk_mib']} MiB" if result["disk_mib"] is not None else "(Neo4j server)"))
    if "e2e" in result:
        e = result["e2e"]
        for key in (k for k in e if k.startswith("workers=")):
            rows.append(
                (
                    f"end to end ({e['articles']} news-style articles), {key}",
                    f"{e[key]['seconds']} s, {e[key]['articles_per_s']} articles/s, {e[key]['facts']} facts",
                )
            )
        rows.append(("end to end: speed-up with 2 workers", f"x{e['speedup']}"))
    width = max(len(k) for k, _ in rows)
    print(f"| {'measure':{width}} | value |\n|{'-' * (width + 2)}|-------|")
    for key, value in rows:
        print(f"| {key:{width}} | {value} |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    parser.add_argument("--size", type=_size, default=10_000, help="articles: 10k, 100k, 1M or a number")
    parser.add_argument("--data-dir", type=Path, help="keep the embedded store here (default: temporary)")
    parser.add_argument("--repeat", type=int, default=200, help="runs per in-process query")
    parser.add_argument("--http-seconds", type=float, default=5.0, help="seconds per HTTP load level")
    parser.add_argument("--no-http", action="store_true", help="skip the HTTP phase")
    parser.add_argument(
        "--e2e",
        type=int,
        default=0,
        metavar="N",
        help="also ingest N news-style articles end to end (extraction too), --workers 1 vs 2",
    )
    parser.add_argument(
        "--write-path",
        choices=["ingest", "store"],
        default="ingest",
        help="ingest: records through the planner (default); store: planner-shaped batches straight"
        " into GraphStore.write_articles (store_load.py), sized by --edges",
    )
    parser.add_argument("--edges", type=_size, default=1_000_000, help="--write-path store: edges to load")
    parser.add_argument("--chunk", type=int, default=2000, help="--write-path store: articles per write")
    parser.add_argument(
        "--existing",
        action="store_true",
        help="--data-dir already holds this load's store (an earlier run's): measure reads and HTTP only",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--phase", choices=["write", "store-write", "query", "e2e"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))

    if args.write_path == "store":
        import store_load

        args.size = store_load.articles_for(args.edges, args.chunk)  # the queries ask about this load
    if args.phase == "write":
        print(json.dumps(_write_phase(args.store, args.data_dir, args.size)))
        return
    if args.phase == "store-write":
        print(json.dumps(_store_write_phase(args.store, args.data_dir, args.edges, args.chunk)))
        return
    if args.phase == "query":
        print(json.dumps(_query_phase(args.store, args.data_dir, args.size, args.repeat)))
        return
    if args.phase == "e2e":
        print(json.dumps(_e2e_phase(args.store, args.e2e, 2)))
        return

    temp = None if args.data_dir else Path(tempfile.mkdtemp(prefix="diplograph-bench-"))
    data_dir = args.data_dir or temp
    assert data_dir is not None
    held = any(data_dir.glob("graph.sqlite3*"))
    if args.store == "embedded" and held != args.existing:
        sys.exit(
            f"{data_dir} holds a store: give an empty --data-dir, or --existing"
            if held
            else f"--existing: {data_dir} holds no store"
        )
    try:
        result: dict[str, Any] = {
            "store": args.store,
            "code": machine.code_version(ROOT),
            "machine": machine.describe(),
            "load_average": [machine.load_average()],  # at the start and at the end: a shared machine
        }
        if not args.existing:
            write_phase = "write" if args.write_path == "ingest" else "store-write"
            result["write"] = _child(write_phase, args, data_dir)
        result["query"] = _child("query", args, data_dir)
        if not args.no_http:
            result["http"] = _http_phase(args.store, data_dir, result["query"]["subjects"], args.http_seconds)
        result["disk_mib"] = _disk_mib(data_dir) if args.store == "embedded" else None
        if args.e2e:
            result["e2e"] = _child("e2e", args, data_dir)
        result["load_average"].append(machine.load_average())
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)


if __name__ == "__main__":
    main()
