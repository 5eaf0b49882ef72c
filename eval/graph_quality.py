"""Graph quality: ingest gold folders with the CLI and score the Person nodes against the gold.

    .venv/bin/python eval/graph_quality.py FOLDER [FOLDER...] [--details] [--json] [--workers N]

Per folder: `diplograph ingest` into a fresh embedded store in a temporary directory, `diplograph
export --format json` for the Person nodes and their states, and the store's `mentions_of` for which
article and which name form joined each node.  Then states, B-cubed, splits and wrong merges versus
the gold persons (eval/README.md, "Graph quality").
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Item = tuple[str, str]  # (article id, folded gold name): one gold person of one article


def fold(name: str) -> str:
    """Lowercase, accents stripped, hyphens and punctuation to spaces, spaces collapsed."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


@dataclass(frozen=True)
class GoldPerson:
    article: str
    name: str
    aliases: tuple[str, ...]
    country: str | None

    @property
    def item(self) -> Item:
        return (self.article, fold(self.name))


@dataclass(frozen=True)
class NodeMention:
    node: str
    forms: frozenset[str]  # folded name and aliases of the mention
    name: str


def load_gold(folder: Path) -> tuple[list[Path], list[GoldPerson]]:
    files = sorted(folder.glob("*.json"))
    persons: dict[Item, GoldPerson] = {}
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for p in data.get("persons") or []:
            person = GoldPerson(data["id"], p["name"], tuple(p.get("aliases") or ()), p.get("country"))
            persons.setdefault(person.item, person)
    return files, list(persons.values())


def who_is_who(gold: list[GoldPerson]) -> dict[Item, str]:
    """Each gold item's real person (a folded name standing for the group)."""
    parent: dict[str, str] = {fold(p.name): fold(p.name) for p in gold}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for p in gold:
        for alias in map(fold, p.aliases):
            if len(alias.split()) >= 2 and alias in parent:
                parent[root(alias)] = root(fold(p.name))
    return {p.item: root(fold(p.name)) for p in gold}


def diplograph(args: list[str], data_dir: Path) -> str:
    exe = Path(sys.executable).with_name("diplograph")
    command = [str(exe) if exe.exists() else shutil.which("diplograph") or "diplograph", *args]
    env = {**os.environ, "DIPLOGRAPH_DATA_DIR": str(data_dir), "DIPLOGRAPH_STORE": "embedded"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:2])} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return done.stdout


def build_graph(
    files: list[Path], workers: int | None, timings: dict[str, float]
) -> tuple[dict[str, dict[str, Any]], dict[str, list[NodeMention]], str]:
    """Ingest and export; Person nodes by id, and the person mentions of each article."""
    from diplograph.settings import Settings
    from graph.factory import open_store

    with tempfile.TemporaryDirectory(prefix="graph-quality-", dir="/tmp") as tmp:
        data_dir = Path(tmp) / "store"
        start = time.perf_counter()
        extra = ["--workers", str(workers)] if workers else []
        out = diplograph(["ingest", *extra, *map(str, files)], data_dir)
        summary = next((line for line in out.splitlines() if line.startswith("articles:")), "")
        timings["ingest_s"] = time.perf_counter() - start
        start = time.perf_counter()
        export = Path(tmp) / "export.json"
        diplograph(["export", "--format", "json", "--output", str(export)], data_dir)
        nodes = {
            n["id"]: n
            for n in json.loads(export.read_text(encoding="utf-8"))["nodes"]
            if n["label"] == "Person"
        }
        mentions: dict[str, list[NodeMention]] = defaultdict(list)
        store = open_store(Settings(store="embedded", data_dir=data_dir))  # type: ignore[call-arg]
        try:
            for node_id in nodes:
                for m in store.mentions_of("Person", node_id):
                    forms = frozenset(fold(f) for f in (m.name, *m.aliases))
                    mentions[m.article_id].append(NodeMention(node_id, forms, m.name))
        finally:
            store.close()
        timings["export_s"] = time.perf_counter() - start
    return nodes, mentions, summary


def match(person: GoldPerson, candidates: list[NodeMention]) -> str | None:
    """The node of the article's mention that matches the gold name best (name, alias, bare surname)."""
    wanted = {fold(a): 2 if len(fold(a).split()) >= 2 else 1 for a in person.aliases} | {fold(person.name): 3}
    best: tuple[int, bool, str] | None = None
    for m in candidates:
        rank = max((wanted.get(f, 0) for f in m.forms), default=0)
        key = (rank, fold(m.name) in wanted, m.node)
        if rank and (best is None or key[:2] > best[:2]):
            best = key
    return best[2] if best else None


def score(folder: Path, workers: int | None) -> dict[str, Any]:
    timings: dict[str, float] = {}
    start = time.perf_counter()
    files, gold = load_gold(folder)
    real = who_is_who(gold)
    nodes, mentions, summary = build_graph(files, workers, timings)
    node_of: dict[Item, str] = {}
    for p in gold:
        if (node := match(p, mentions.get(p.article, []))) is not None:
            node_of[p.item] = node
    found = [p for p in gold if p.item in node_of]
    display: dict[str, str] = {}
    for p in gold:
        display.setdefault(real[p.item], p.name)

    # States per article-person.
    states = Counter[str]()
    wrong_states = []
    for p in found:
        if not p.country:
            continue
        state = nodes[node_of[p.item]].get("country")
        verdict = "right" if state == p.country else "wrong" if state else "none"
        states[verdict] += 1
        if verdict != "right":
            wrong_states.append(
                {
                    "article": p.article,
                    "person": p.name,
                    "gold": p.country,
                    "node": node_of[p.item],
                    "state": state,
                }
            )
    judged = sum(states.values())

    # Real persons: their found items, nodes and gold state.
    items_of: dict[str, list[GoldPerson]] = defaultdict(list)
    for p in found:
        items_of[real[p.item]].append(p)
    person_right = person_judged = 0
    splits = []
    for who, items in items_of.items():
        node_counts = Counter(node_of[p.item] for p in items)
        countries = Counter(p.country for p in items if p.country)
        if countries:
            person_judged += 1
            main_node = node_counts.most_common(1)[0][0]
            person_right += nodes[main_node].get("country") == countries.most_common(1)[0][0]
        if len({p.article for p in items}) >= 2 and len(node_counts) >= 2:
            splits.append({"person": display[who], "nodes": dict(node_counts)})
    multi_article = sum(1 for items in items_of.values() if len({p.article for p in items}) >= 2)

    # B-cubed over found items: clusters are nodes, classes are real persons.
    cluster_of: dict[str, list[Item]] = defaultdict(list)
    for item, node in node_of.items():
        cluster_of[node].append(item)
    class_size = Counter(real[item] for item in node_of)
    precision = recall = 0.0
    for item, node in node_of.items():
        same = sum(1 for other in cluster_of[node] if real[other] == real[item])
        precision += same / len(cluster_of[node])
        recall += same / class_size[real[item]]
    n = len(node_of) or 1
    precision, recall = precision / n, recall / n
    merges = []
    for node, members in sorted(cluster_of.items()):
        people = sorted({display[real[item]] for item in members})
        if len(people) >= 2:
            merges.append({"node": node, "name": nodes[node]["name"], "persons": people})

    timings["total_s"] = time.perf_counter() - start
    return {
        "folder": str(folder),
        "ingest": summary,
        "articles": len(files),
        "gold_items": len(gold),
        "found": len(found),
        "not_found": [{"article": p.article, "person": p.name} for p in gold if p.item not in node_of],
        "person_nodes": len(nodes),
        "state_per_article_person": states["right"] / judged if judged else None,
        "states": {"right": states["right"], "wrong": states["wrong"], "none": states["none"]},
        "state_per_person": person_right / person_judged if person_judged else None,
        "persons_judged": person_judged,
        "bcubed": {
            "precision": precision,
            "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        },
        "split": len(splits),
        "multi_article_persons": multi_article,
        "wrong_merges": len(merges),
        "splits": splits,
        "merges": merges,
        "wrong_states": wrong_states,
        "timings": {k: round(v, 1) for k, v in timings.items()},
    }


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def print_report(r: dict[str, Any], details: bool) -> None:
    s, b = r["states"], r["bcubed"]
    share = r["split"] / r["multi_article_persons"] if r["multi_article_persons"] else 0.0
    print(f"== {r['folder']}  ({r['articles']} articles; {r['ingest']})")
    print(
        f"  gold article-persons: {r['gold_items']}, found {r['found']}, not found {len(r['not_found'])};"
        f" Person nodes: {r['person_nodes']}"
    )
    print(
        f"  state per article-person: {_pct(r['state_per_article_person'])}"
        f"  (right {s['right']}, wrong {s['wrong']}, none {s['none']})"
    )
    print(f"  state per person:         {_pct(r['state_per_person'])}  (of {r['persons_judged']} persons)")
    print(f"  B-cubed: precision {b['precision']:.3f}, recall {b['recall']:.3f}, F1 {b['f1']:.3f}")
    print(f"  split: {r['split']}/{r['multi_article_persons']} persons in 2+ articles ({share:.1%})")
    print(f"  wrong merges: {r['wrong_merges']} nodes")
    t = r["timings"]
    print(f"  time: ingest {t['ingest_s']}s, export+read {t['export_s']}s, total {t['total_s']}s")
    if not details:
        return
    for m in r["merges"]:
        print(f"  MERGED {m['node']} ({m['name']}): {', '.join(m['persons'])}")
    for sp in r["splits"]:
        print(f"  SPLIT {sp['person']}: " + ", ".join(f"{k} ({v})" for k, v in sp["nodes"].items()))
    for w in r["wrong_states"]:
        print(f"  STATE [{w['article']}] {w['person']}: gold {w['gold']}, node {w['node']} {w['state']}")
    for nf in r["not_found"]:
        print(f"  NOT FOUND [{nf['article']}] {nf['person']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folders", nargs="+", type=Path, help="folders of gold articles (*.json)")
    parser.add_argument("--details", action="store_true", help="list merges, splits, wrong states, misses")
    parser.add_argument("--json", action="store_true", help="one JSON object per folder")
    parser.add_argument("--workers", type=int, default=None, help="ingest --workers (default: the CLI's)")
    args = parser.parse_args()
    for folder in args.folders:
        if not folder.is_dir():
            parser.error(f"{folder} is not a folder")
        report = score(folder, args.workers)
        if args.json:
            if not args.details:
                report = {
                    k: v
                    for k, v in report.items()
                    if k not in ("splits", "merges", "wrong_states", "not_found")
                }
                report["not_found"] = report["gold_items"] - report["found"]
            print(json.dumps(report, ensure_ascii=False))
        else:
            print_report(report, args.details)


if __name__ == "__main__":
    main()
