"""Shared fixtures: the `store` fixture runs a test once per store implementation.

- `embedded` always runs (a fresh data dir per test).
- `neo4j` runs when NEO4J_URI is set (the database is wiped before each test);
  with CI set and no NEO4J_URI it FAILS, so CI can never silently skip it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph.settings import Settings
from graph.factory import open_store
from graph.store import GraphStore


def embedded_settings(data_dir: Path, **overrides: object) -> Settings:
    return Settings(**{"store": "embedded", "data_dir": data_dir, **overrides})  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def _neo4j_store() -> Iterator[GraphStore | None]:
    if not os.environ.get("NEO4J_URI"):
        yield None
        return
    store = open_store(Settings(store="neo4j"))  # type: ignore[call-arg]
    yield store
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    if request.param == "embedded":
        embedded = open_store(embedded_settings(tmp_path / "data"))
        yield embedded
        embedded.close()
        return
    neo4j: GraphStore | None = request.getfixturevalue("_neo4j_store")
    if neo4j is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but NEO4J_URI is not: the Neo4j contract tests must run in CI, not skip")
        pytest.skip("NEO4J_URI not set; Neo4j store not tested")
    neo4j.clear()
    yield neo4j
