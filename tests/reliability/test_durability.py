"""Crashes: SIGKILL in the middle of a batch over HTTP and of `diplograph ingest`, on both stores,
and 50 kills in the middle of the embedded store's SQLite commit.

The invariant every time: what the store holds is exactly the graph of a
sequential ingest of the first m records, for some m at least the number
that had been acknowledged.  Nothing acknowledged is lost and no article is
there in part.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from tests.reliability.conftest import snapshot
from tests.reliability.corpus import ingest, prefixes, record, references_at
from tests.reliability.server import Server, diplograph, store_env

RECORDS = [record(i) for i in range(80)]


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Any, ...]]:
    return prefixes(RECORDS, tmp_path_factory.mktemp("reference"))


def prefix_length(store: GraphStore, expected: list[tuple[Any, ...]]) -> int:
    """m such that the store holds exactly the first m records; fails if it holds anything else."""
    now = snapshot(store)
    matches = [m for m, snap in enumerate(expected) if snap == now]
    assert matches, f"the store is not any prefix of the sequential ingest: {now[0]}"
    return matches[0]


def wait_until(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_sigkill_in_the_middle_of_a_batch_over_http(
    store: GraphStore, tmp_path: Path, expected: list[tuple[Any, ...]]
) -> None:
    server = Server(store_env(store, tmp_path / "data")).start()
    try:
        accepted = httpx.post(f"{server.url}/articles", json=RECORDS, timeout=30)
        assert accepted.status_code == 202, accepted.text
        status_url = accepted.json()["status_url"]
        acknowledged = 0
        target = random.Random(7).randint(3, 12)
        while acknowledged < target:
            acknowledged = httpx.get(status_url, timeout=10).json()["done"]
            time.sleep(0.005)
        server.kill()
    finally:
        server.kill()
    m = prefix_length(store, expected)
    assert acknowledged <= m < len(RECORDS)
    server.start()  # restart: the same graph is served, and writing goes on where it stopped
    try:
        stats = httpx.get(f"{server.url}/stats", timeout=10).json()
        assert stats == expected[m][0].model_dump()
        more = httpx.post(f"{server.url}/articles", json=RECORDS[: m + 2], params={"background": "true"})
        assert more.status_code == 202
        wait_until(lambda: httpx.get(more.json()["status_url"], timeout=10).json()["state"] == "done")
        summary = httpx.get(more.json()["status_url"], timeout=10).json()["summary"]
        assert (summary["added"], summary["skipped"]) == (2, m)
    finally:
        server.kill()
    assert snapshot(store) == expected[m + 2]


def test_sigkill_in_the_middle_of_diplograph_ingest(store: GraphStore, tmp_path: Path) -> None:
    """`diplograph ingest` commits in groups (a bulk load): a kill loses at most the open group,
    whole articles only, and running it again goes on where the last commit stopped."""
    # Enough that a bulk load commits a group or more (its first: 500 articles or 2 s) before the kill,
    # and still has more to write when it comes: a quiet machine writes ~1,000 articles a second.
    records = [record(i) for i in range(2500)]
    folder = tmp_path / "in"
    folder.mkdir()
    for i, data in enumerate(records):
        (folder / f"{i:04d}.json").write_text(json.dumps(data))
    env = store_env(store, tmp_path / "data")
    child = diplograph(["ingest", str(folder)], env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(lambda: store.stats().nodes["Article"] > 0 or child.poll() is not None, 120)
        time.sleep(random.Random(11).uniform(0.0, 0.5))
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    m = store.stats().nodes["Article"]
    assert 0 < m < len(records), "the ingest finished before it could be killed; make the corpus larger"
    expected = references_at(records, tmp_path / "reference", [m, m + 2])
    assert snapshot(store) == expected[m]
    # Run again over what was being ingested and the next file: it goes on where it stopped.
    files = [str(folder / f"{i:04d}.json") for i in range(m + 2)]
    rerun = diplograph(["ingest", *files], env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, out
    assert f"2 added, 0 replaced, {m} skipped, 0 failed" in out.decode()
    assert snapshot(store) == expected[m + 2]


def _write_forever(data_dir: Path, report: int) -> None:
    """The child: ingest the records in order (skipping those already in), reporting each commit."""
    store = EmbeddedStore(data_dir)
    for i, data in enumerate(RECORDS):
        if store.article_hash(data["id"]) is None:  # a quick skip: the time goes to commits
            ingest(store, data)
        os.write(report, f"{i + 1}\n".encode())
    os._exit(0)


def test_fifty_kills_during_sqlite_commits_never_corrupt_the_file(
    tmp_path: Path, expected: list[tuple[Any, ...]]
) -> None:
    """SIGKILL at random moments of a writer that spends its time committing (embedded store).

    fork() rather than a fresh interpreter: 50 kills in seconds.  Each time the file must pass
    SQLite's integrity check, load, and hold exactly a prefix at least as long as what the
    writer had reported committed.
    """
    data_dir = tmp_path / "data"
    rng = random.Random(2024)
    kills, seen = 0, []
    while kills < 50:
        if kills % 10 == 0 and data_dir.exists():
            shutil.rmtree(data_dir)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(read_end)
            try:
                _write_forever(data_dir, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        # Every tenth kill hits a fresh file while its schema is being created.
        time.sleep(rng.uniform(0.0, 0.01) if kills % 10 == 0 else rng.uniform(0.0, 0.15))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_end) as reports:
            committed = max((int(line) for line in reports.read().split()), default=0)
        if not (data_dir / "graph.sqlite3").exists():  # killed before it made the file
            assert committed == 0
            kills += 1
            continue
        with sqlite3.connect(data_dir / "graph.sqlite3") as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        store = EmbeddedStore(data_dir)
        try:
            m = prefix_length(store, expected)
        finally:
            store.close()
        assert m >= committed
        seen.append((committed, m))
        if m == len(RECORDS):  # all in: start again from an empty file
            for path in data_dir.iterdir():
                path.unlink()
        kills += 1
    # The kills landed while commits were going on, not only before the first or after the last.
    assert len({m for _, m in seen}) >= 5, seen  # a loaded machine gives the writer fewer slices
    print("kills (committed, found):", seen)
