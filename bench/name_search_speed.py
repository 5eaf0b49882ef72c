"""Person search: the index (`graph.name_search.NameSearch`) against scoring every name.

Builds the index over the officials of the benchmark load (`generate.py`; the
100k-article store holds ~12k persons) and times the kinds of query people
type: the first five letters of a name (what `run.py` times), a full name
with a typo, one word of a name, a word order swapped.  Scoring every name
(`brute_force`, what the search did before, and what a store without the
index still does) runs on a sample of the same queries, and every answer of
the index is checked against it.

    .venv/bin/python bench/name_search_speed.py                 # 12,000 officials
    .venv/bin/python bench/name_search_speed.py --persons 50000 --json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import generate
import machine

ROOT = Path(__file__).resolve().parent.parent


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def at(q: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)

    mean = round(1000 * statistics.mean(ordered), 2)
    return {"p50": at(0.5), "p95": at(0.95), "p99": at(0.99), "mean": mean}


def _queries(officials: list[Any], rng: random.Random, count: int) -> list[str]:
    queries = []
    for i in range(count):
        official = rng.choice(officials)
        name = rng.choice([official.name, *official.variants])
        words = name.split()
        kind = i % 4
        if kind == 0:
            queries.append(words[0][:5])
        elif kind == 1:
            at = rng.randrange(len(name))
            queries.append(name[:at] + rng.choice("aeiouk") + name[at + 1 :])
        elif kind == 2:
            queries.append(rng.choice(words))
        else:
            queries.append(" ".join(reversed(words)))
    return queries


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, default=12_000)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--checked", type=int, default=60, help="queries also answered by scoring every name")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from graph.model import NameEntry
    from graph.name_search import NameSearch, brute_force

    rng = random.Random(generate.SEED)
    officials = generate.officials(args.persons, rng)
    entries = [
        NameEntry(id=f"p{i}", name=o.name, aliases=tuple(o.variants), country=o.country)
        for i, o in enumerate(officials)
    ]
    began = time.perf_counter()
    index = NameSearch(entries)
    build = time.perf_counter() - began
    queries = _queries(officials, rng, args.queries)
    indexed: list[float] = []
    for query in queries:
        began = time.perf_counter()
        index.search(query)
        indexed.append(time.perf_counter() - began)
    scanned: list[float] = []
    mismatches = 0
    for query in queries[: args.checked]:
        began = time.perf_counter()
        expected = brute_force(entries, query)
        scanned.append(time.perf_counter() - began)
        mismatches += [(e.id, s) for e, s in index.search(query)] != [(e.id, s) for e, s in expected]
    result = {
        "machine": machine.describe(),
        "load": os.getloadavg(),
        "persons": len(entries),
        "names": sum(1 + len(e.aliases) for e in entries),
        "build_s": round(build, 2),
        "index_ms": _percentiles(indexed),
        "scan_ms": _percentiles(scanned),
        "mismatches": mismatches,
        "checked": min(args.checked, len(queries)),
        "peak_rss_mib": machine.peak_rss_mib(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['persons']:,} persons ({result['names']:,} names), index built in {result['build_s']} s, "
          f"load average {tuple(round(x, 1) for x in result['load'])}")  # fmt: skip
    for key, label in (("index_ms", "index"), ("scan_ms", "score every name")):
        p = result[key]
        print(f"  {label:>16}: p50 {p['p50']} / p95 {p['p95']} / p99 {p['p99']} ms (mean {p['mean']})")
    print(f"  answers differing from scoring every name: {mismatches} of {result['checked']}")


if __name__ == "__main__":
    main()
