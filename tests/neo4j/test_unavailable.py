"""Neo4j down or unreachable: StoreUnavailableError, API 503, /health names the store, then recovery.

Neo4j itself is never stopped here (the other tests share it): an unreachable
server is a closed port, and "down, then back" is a relay that we cut and restore.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from fastapi.testclient import TestClient

from app.api import create_app
from diplograph.errors import StoreUnavailableError
from diplograph.settings import Settings
from graph.neo4j_store import Neo4jStore
from tests.contract.builders import batch, person
from tests.neo4j.conftest import neo4j_settings, open_neo4j
from tests.neo4j.tcp_proxy import TcpRelay


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def settings_at(uri: str, tmp_path: Path) -> Settings:
    return neo4j_settings(NEO4J_URI=uri, data_dir=tmp_path / "data")


def test_unreachable_server_raises_store_unavailable_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(StoreUnavailableError, match="unreachable") as caught:
        open_neo4j(neo4j_settings(NEO4J_URI=f"bolt://127.0.0.1:{closed_port()}"))
    assert "127.0.0.1" in caught.value.message
    assert time.monotonic() - started < 15


def test_api_answers_503_and_health_names_neo4j(tmp_path: Path) -> None:
    settings = settings_at(f"bolt://127.0.0.1:{closed_port()}", tmp_path)
    with TestClient(create_app(settings)) as client:
        response = client.get("/persons")
        assert response.status_code == 503
        assert response.json()["error"] == "StoreUnavailableError"
        assert "neo4j" in response.json()["message"].lower()
        health = client.get("/health")
        assert health.status_code == 503
        body = health.json()
        assert body["down"] == ["store"] and body["api"]["ok"] is True
        assert body["store"]["store"] == "neo4j" and body["store"]["ok"] is False


@pytest.fixture
def relay(needs_neo4j: None) -> Iterator[TcpRelay]:
    target = urlparse(neo4j_settings().neo4j_uri)
    relay = TcpRelay(target.hostname or "127.0.0.1", target.port or 7687)
    relay.start()
    yield relay
    relay.cut()


def test_store_recovers_by_itself_when_neo4j_is_back(relay: TcpRelay, neo4j_store: Neo4jStore) -> None:
    store = open_neo4j(neo4j_settings(NEO4J_URI=relay.uri), retry_seconds=1.0)
    try:
        store.write_article(batch("a1", [person("Ann Alpha", "RUS", "a1")]))
        assert store.health().ok
        relay.cut()
        with pytest.raises(StoreUnavailableError):
            store.get_node("Person", "ann-alpha")
        with pytest.raises(StoreUnavailableError):
            store.write_article(batch("a2", [person("Ben Beta", "RUS", "a2")]))
        down = store.health()
        assert not down.ok and down.store == "neo4j" and relay.uri.split("//")[1] in down.detail
        relay.start()
        assert store.health().ok
        assert store.get_node("Person", "ann-alpha") is not None
        store.write_article(batch("a2", [person("Ben Beta", "RUS", "a2")]))
        assert store.stats().nodes["Person"] == 2
    finally:
        store.close()


def test_api_recovers_when_neo4j_is_back(relay: TcpRelay, neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    with TestClient(create_app(settings_at(relay.uri, tmp_path))) as client:
        assert client.get("/health").status_code == 200
        assert client.get("/stats").status_code == 200
        relay.cut()
        assert client.get("/stats").status_code == 503
        health = client.get("/health")
        assert health.status_code == 503 and health.json()["store"]["store"] == "neo4j"
        relay.start()
        assert client.get("/health").status_code == 200
        assert client.get("/stats").status_code == 200


def test_api_starts_while_neo4j_is_down_then_serves(
    relay: TcpRelay, neo4j_store: Neo4jStore, tmp_path: Path
) -> None:
    relay.cut()
    with TestClient(create_app(settings_at(relay.uri, tmp_path))) as client:
        assert client.get("/persons").status_code == 503
        relay.start()
        assert client.get("/persons").status_code == 200
        assert client.get("/health").json()["store"]["ok"] is True
