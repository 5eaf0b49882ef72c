"""Several processes ingesting into one Neo4j: no duplicate nodes or edges, same graph as one writer."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.neo4j_store import Neo4jStore
from tests.records import ALL_RECORDS, ingest

ROOT = Path(__file__).resolve().parents[2]


def test_two_processes_ingesting_the_same_articles_converge(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.neo4j.ingest_worker", "2"],
            cwd=ROOT,
            env=os.environ.copy(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(2)
    ]
    for worker in workers:
        output, _ = worker.communicate(timeout=300)
        assert worker.returncode == 0, output

    alone = EmbeddedStore(tmp_path / "data")
    try:
        for record in ALL_RECORDS:
            ingest(alone, record)
        assert neo4j_store.stats() == alone.stats()
        assert list(neo4j_store.iter_nodes()) == list(alone.iter_nodes())
        assert list(neo4j_store.iter_edges()) == list(alone.iter_edges())
    finally:
        alone.close()
