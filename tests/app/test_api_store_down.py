"""A store that is down gives 503 (and /health says which part), never a 500."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import app.api
from app.api import create_app
from diplograph.errors import StoreUnavailableError
from graph.embedded import EmbeddedStore
from graph.model import EdgePage, EdgeQuery, Health, Stats
from tests.conftest import embedded_settings


class FlakyStore(EmbeddedStore):
    """Opens, then loses its server."""

    def stats(self) -> Stats:
        raise StoreUnavailableError("connection refused")

    def find_edges(self, query: EdgeQuery) -> EdgePage:
        raise StoreUnavailableError("connection refused")

    def health(self) -> Health:
        return Health(store="flaky", ok=False, detail="connection refused")


def test_store_errors_map_to_503(tmp_path: Path) -> None:
    store = FlakyStore(tmp_path)
    with TestClient(create_app(embedded_settings(tmp_path), store=store)) as client:
        response = client.get("/stats")
        assert response.status_code == 503 and response.json()["message"] == "connection refused"
        assert response.headers["retry-after"] == "5"
        health = client.get("/health")
        assert health.status_code == 503
        assert health.json()["down"] == ["store"] and health.json()["api"]["ok"] is True
    store.close()


def test_store_down_at_startup_serves_503_then_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = {"up": False}
    real_open = app.api.open_store

    def open_store(settings: object) -> object:
        if not state["up"]:
            raise StoreUnavailableError("neo4j at bolt://127.0.0.1:7687 is not answering")
        return real_open(settings)  # type: ignore[arg-type]

    monkeypatch.setattr(app.api, "open_store", open_store)
    with TestClient(create_app(embedded_settings(tmp_path / "data"))) as client:
        health = client.get("/health")
        assert health.status_code == 503 and "not answering" in health.json()["store"]["detail"]
        assert client.get("/persons").status_code == 503
        state["up"] = True
        assert client.get("/persons").status_code == 200
        assert client.get("/health").status_code == 200


def test_unloadable_neo4j_store_is_a_clear_error(tmp_path: Path) -> None:
    settings = embedded_settings(tmp_path, store="neo4j", NEO4J_URI="bolt://127.0.0.1:9")
    with TestClient(create_app(settings)) as client:
        response = client.get("/stats")
        assert response.status_code == 503
        assert "neo4j" in response.json()["message"].lower()
