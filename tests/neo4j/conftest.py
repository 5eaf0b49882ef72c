"""Fixtures for the tests that need a real Neo4j (`scripts/test` starts one).

Without NEO4J_URI these tests skip on a developer's machine and FAIL under CI,
so CI can never pass without having run them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from diplograph.settings import Settings
from graph.neo4j_store import Neo4jStore


def neo4j_settings(**overrides: object) -> Settings:
    """Settings for the Neo4j store, connection from the environment."""
    return Settings(store="neo4j", **overrides)  # type: ignore[arg-type]


def open_neo4j(settings: Settings | None = None, **options: float) -> Neo4jStore:
    settings = settings or neo4j_settings()
    return Neo4jStore(
        settings.neo4j_uri,
        settings.neo4j_user,
        settings.neo4j_password.get_secret_value(),
        settings.neo4j_database,
        **options,
    )


@pytest.fixture
def needs_neo4j() -> None:
    if os.environ.get("NEO4J_URI"):
        return
    if os.environ.get("CI"):
        pytest.fail("CI is set but NEO4J_URI is not: run the tests through scripts/test")
    pytest.skip("NEO4J_URI not set (scripts/test starts a local Neo4j)")


@pytest.fixture
def neo4j_store(needs_neo4j: None) -> Iterator[Neo4jStore]:
    """A store on the test server, emptied first."""
    store = open_neo4j()
    store.clear()
    yield store
    store.close()
