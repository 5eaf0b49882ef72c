from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.api import create_app
from graph.embedded import EmbeddedStore
from tests.conftest import embedded_settings
from tests.records import ALL_RECORDS, ingest


@pytest.fixture
def graph_store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def client(graph_store: EmbeddedStore, tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(embedded_settings(tmp_path / "data"), store=graph_store)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def seeded(graph_store: EmbeddedStore, client: TestClient) -> TestClient:
    for rec in ALL_RECORDS:
        ingest(graph_store, rec)
    return client
