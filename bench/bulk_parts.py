"""Where the embedded store's bulk load spends its CPU: gathering, each statement, commit, sync.

    .venv/bin/python bench/bulk_parts.py --edges 200k            # --chunk 5000, --rounds 2, --json

The batches of `store_load.py` (planner-shaped, for `generate.py`'s load) are
made first and kept in memory (not timed; ~3 GB at 200k edges), then loaded
`--rounds` times, each into a fresh store, as `run.py --write-path store`
does: `write_articles` in `bulk()`, `--chunk` articles a call.  CPU seconds of
this process, by part: gathering (`write_articles` inside the load: rows
gathered, nothing written), each SQL statement the end of `bulk()` runs (by
its first words; a CREATE INDEX is one statement), the Python of the end
of `bulk()` around them (rows listed, sorted, packed), and the final sync.
Rounds alternate with nothing else, so their spread is the machine's noise.

`--encode` then compares, on the load's own mention rows (label, node id,
article id, name, data), what a row costs to insert (`executemany` into a
bare table with the `mentions` key, rows in key order) with what it costs to
serialize (the C JSON encoder over each node's rows, `repr`): packing rows
pays only if serializing them costs less than SQLite does for them.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's code, whatever the venv was installed from

import machine  # noqa: E402
import store_load  # noqa: E402

from graph.embedded import EmbeddedStore  # noqa: E402
from graph.embedded_sqlite import SqliteFile  # noqa: E402


def _size(text: str) -> int:
    if text[-1:] in ("k", "M") and text[:-1].isdigit():
        return int(text[:-1]) * (1_000 if text[-1] == "k" else 1_000_000)
    return int(text)


class _Clock:
    """CPU seconds by statement, taken around `SqliteFile`'s two ways of running SQL."""

    def __init__(self) -> None:
        self.parts: dict[str, float] = defaultdict(float)
        self.rows: dict[str, int] = defaultdict(int)
        self.active = False

    @staticmethod
    def label(query: str) -> str:
        """'INSERT ... INTO mentions', 'CREATE INDEX mentions_article', 'COMMIT', 'PRAGMA wal_checkpoint'."""
        words = query.replace("(", " ").split()
        for i, word in enumerate(words[:-1]):
            if word in ("INTO", "FROM", "UPDATE") or (word == "EXISTS" and words[0] == "CREATE"):
                return f"{words[0]} {words[i + 1]}"
        return " ".join(words[:2])

    @contextmanager
    def timing(self, label: str, rows: int = 0) -> Iterator[None]:
        start = time.process_time()
        try:
            yield
        finally:
            if self.active:
                self.parts[label] += time.process_time() - start
                self.rows[label] += rows

    def install(self) -> None:
        many, sql = SqliteFile._many, SqliteFile._sql
        clock = self

        def timed_many(db: SqliteFile, query: str, rows: list[tuple[Any, ...]]) -> None:
            with clock.timing(clock.label(query), len(rows)):
                many(db, query, rows)

        def timed_sql(db: SqliteFile, query: str, params: Any = ()) -> Any:
            with clock.timing(clock.label(query)):
                return sql(db, query, params)

        SqliteFile._many = timed_many  # type: ignore[method-assign]
        SqliteFile._sql = timed_sql  # type: ignore[method-assign]


def _load(chunks: list[Any], clock: _Clock) -> dict[str, Any]:
    data_dir = Path(tempfile.mkdtemp(prefix="diplograph-parts-"))
    try:
        store = EmbeddedStore(data_dir, background=False)
        clock.parts.clear()
        clock.rows.clear()
        gc.collect()
        gc.disable()
        wall, cpu = time.perf_counter(), time.process_time()
        with store.bulk():
            for batches in chunks:
                with store.ingest_lock():
                    store.write_articles(batches)
            gathered = time.process_time() - cpu
            end_cpu = time.process_time()
            clock.active = True  # the statements of the end of `bulk()` only
        end = time.process_time() - end_cpu
        clock.active = False
        total, wall = time.process_time() - cpu, time.perf_counter() - wall
        gc.enable()
        statements = sum(clock.parts.values())
        store.close()
        disk = sum(f.stat().st_size for f in data_dir.iterdir()) / 2**20
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    return {
        "cpu_seconds": round(total, 2),
        "wall_seconds": round(wall, 2),
        "gathering": round(gathered, 2),
        "end_of_bulk": round(end, 2),
        "end_python": round(end - statements, 2),
        "statements": {
            k: [round(v, 2), clock.rows[k]] for k, v in sorted(clock.parts.items(), key=lambda i: -i[1])
        },
        "disk_mib": round(disk, 1),
        "load_average": machine.load_average(),
    }


def _encode_costs(chunks: list[Any]) -> dict[str, float]:
    """Microseconds per mention row: insert vs serialize (see the module docstring)."""
    import sqlite3
    from itertools import groupby, repeat
    from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
    from operator import itemgetter

    from graph.embedded_bulk import PendingRows

    rows = PendingRows(fresh=False)
    for batches in chunks:
        for batch in batches:
            rows.add(batch)
    mentions = rows.take_mention_rows()
    groups = [list(group) for _, group in groupby(mentions, itemgetter(0, 1))]
    encoder = c_make_encoder(None, None, encode_basestring, None, ":", ",", False, False, True)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.execute(
        "CREATE TABLE m (label TEXT, node_id TEXT, article_id TEXT, name TEXT, data TEXT,"
        " PRIMARY KEY (label, node_id, article_id, name)) WITHOUT ROWID"
    )
    costs: dict[str, float] = {}
    for label, run in (
        (
            "insert (executemany)",
            lambda: conn.executemany("INSERT OR REPLACE INTO m VALUES (?, ?, ?, ?, ?)", mentions),
        ),
        ("JSON (C encoder, per node)", lambda: list(map("".join, map(encoder, groups, repeat(0))))),
        ("repr (per node)", lambda: list(map(repr, groups))),
        ("group by node (groupby, lists)", lambda: [list(g) for _, g in groupby(mentions, itemgetter(0, 1))]),
    ):
        start = time.process_time()
        run()
        costs[label] = round((time.process_time() - start) / len(mentions) * 1e6, 2)
    costs["rows"] = len(mentions)
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--edges", type=_size, default=200_000)
    parser.add_argument("--chunk", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--encode", action="store_true", help="also: insert vs serialize a mention row")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    chunks = list(store_load.chunks(store_load.articles_for(args.edges, args.chunk), args.chunk))
    made = time.perf_counter() - started
    clock = _Clock()
    clock.install()
    rounds = [_load(chunks, clock) for _ in range(args.rounds)]
    result = {
        "code": machine.code_version(ROOT),
        "machine": machine.describe(),
        "articles": sum(map(len, chunks)),
        "generate_seconds": round(made, 1),
        "rounds": rounds,
        "encode_us_per_row": _encode_costs(chunks) if args.encode else None,
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"code {result['code']}, {result['articles']:,} articles, batches made in {made:.0f} s")
    show: Callable[[str], list[Any]] = lambda key: [r[key] for r in rounds]  # noqa: E731
    for key in (
        "cpu_seconds",
        "wall_seconds",
        "gathering",
        "end_of_bulk",
        "end_python",
        "disk_mib",
        "load_average",
    ):
        print(f"| {key:45} | {' / '.join(str(v) for v in show(key))} |")
    for label in rounds[0]["statements"]:
        if max(r["statements"].get(label, [0, 0])[0] for r in rounds) < 0.01:
            continue
        cells = [f"{r['statements'].get(label, [0, 0])[0]}" for r in rounds]
        count = rounds[0]["statements"][label][1]
        print(f"| {label + (f' ({count:,} rows)' if count else ''):45} | {' / '.join(cells)} |")
    if result["encode_us_per_row"]:
        print("µs per mention row:", result["encode_us_per_row"])


if __name__ == "__main__":
    main()
