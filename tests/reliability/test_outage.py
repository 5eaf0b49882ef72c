"""Neo4j goes away while an article is being ingested over HTTP.

The connection is cut at different moments of one POST (tests/neo4j/tcp_proxy.py
plays "Neo4j stopped": refused connections, dropped sockets).  The answer is a
503 naming Neo4j (or a 201 if the write got in first), /health names the store
as down, the article is in the graph whole or not at all, and once Neo4j is back
the same API, never restarted, takes the article again.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import httpx
import pytest
from fastapi.testclient import TestClient

from app.api import create_app
from diplograph.settings import Settings
from graph.store import GraphStore
from tests.neo4j.tcp_proxy import TcpRelay
from tests.reliability.conftest import order_free, snapshot
from tests.reliability.corpus import PEOPLE, reference

pytestmark = pytest.mark.parametrize("store", ["neo4j"], indirect=True)


def big_record() -> dict[str, Any]:
    """One article with many facts, so that its write takes a while to cut into."""
    names = [p[0] for p in PEOPLE]
    facts = [
        {"type": "MET", "persons": [names[i % 8], names[(i + 1 + i // 8) % 8]],
         "date": f"2023-{1 + i % 12:02d}-{1 + (i * 7) % 27:02d}",
         "evidence": f"Summit bulletin {i}: {names[i % 8]} met {names[(i + 1 + i // 8) % 8]}."}
        for i in range(120)
        if names[i % 8] != names[(i + 1 + i // 8) % 8]
    ]  # fmt: skip
    persons = [{"name": n, "title": t, "country": c} for n, t, c in PEOPLE]
    return {"id": "summit-bulletin", "published": "2023-12-31", "persons": persons, "facts": facts}


def test_an_ingest_cut_off_by_an_outage_is_all_or_nothing(store: GraphStore, tmp_path: Path) -> None:
    target = urlparse(Settings().neo4j_uri)  # type: ignore[call-arg]
    relay = TcpRelay(target.hostname or "127.0.0.1", target.port or 7687)
    relay.start()
    data = big_record()
    whole = reference([data], tmp_path / "reference")
    settings = Settings(store="neo4j", NEO4J_URI=relay.uri, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    try:
        with TestClient(create_app(settings)) as client:
            codes = []
            for delay in (0.02, 0.15, 0.4):
                store.clear()
                answer: dict[str, httpx.Response] = {}
                post = threading.Thread(
                    target=lambda out=answer: out.update(r=client.post("/articles", json=data))
                )
                post.start()
                time.sleep(delay)
                relay.cut()
                post.join(timeout=120)
                response = answer["r"]
                codes.append(response.status_code)
                assert response.status_code in (201, 503), response.text
                if response.status_code == 503:
                    assert "neo4j" in response.json()["message"].lower()
                    assert response.headers["retry-after"]
                    health = client.get("/health")
                    assert health.status_code == 503 and health.json()["store"]["store"] == "neo4j"
                relay.start()
                # Whole or nothing (read straight from Neo4j, not through the relay).
                held = snapshot(store)
                nothing = not held[1] and not held[2]
                assert nothing or order_free(held) == order_free(whole), f"half an article after {delay} s"
                again = client.post("/articles", json=data)  # the same app, never restarted
                assert again.status_code in (200, 201), again.text
                assert order_free(snapshot(store)) == order_free(whole)
                assert client.get("/health").status_code == 200
            assert 503 in codes, f"no cut landed before the write finished: {codes}"
    finally:
        relay.cut()
