"""End to end on Neo4j: post articles to the HTTP API, then ask who met whom.

The same posts go to an app on the embedded store: both must answer alike.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from app.api import create_app
from graph.neo4j_store import Neo4jStore
from tests.conftest import embedded_settings
from tests.neo4j.conftest import neo4j_settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ARTICLES = [
    "nna-2024-01-16-lavrov-choe-son-hui-moscow.json",
    "seh-2024-01-18-choe-son-hui-moscow-trip.json",
    "meridian-2024-01-17-putin-hosts-choe.json",
    "mfa-2024-11-01-lavrov-choe-strategic-dialogue.json",
]


def post_and_ask(client: TestClient) -> dict[str, Any]:
    for name in ARTICLES:
        response = client.post("/articles", json=json.loads((EXAMPLES / name).read_text()))
        assert response.status_code == 201, response.text
    again = client.post("/articles", json=json.loads((EXAMPLES / ARTICLES[0]).read_text()))
    assert again.status_code == 200 and again.json()["status"] == "skipped"
    answers = {
        "meetings": client.get("/persons/Choe Son Hui/meetings", params={"limit": 100}),
        "visits": client.get("/persons/choe-son-hui/visits"),
        "visitors": client.get("/countries/RUS/visitors", params={"since": "2024-01-01"}),
        "paths": client.get("/paths", params={"from": "Choe Son Hui", "to": "Vladimir Putin"}),
        "stats": client.get("/stats"),
    }
    for key, response in answers.items():
        assert response.status_code == 200, (key, response.text)
    return {key: response.json() for key, response in answers.items()}


def test_post_articles_then_who_met_on_neo4j(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    with TestClient(create_app(neo4j_settings(data_dir=tmp_path / "neo4j-app"))) as client:
        on_neo4j = post_and_ask(client)
        assert client.get("/health").json()["store"]["store"] == "neo4j"
    # Who she met, not the exact dates: those belong to the extractor's tests.
    met = {e["counterpart"]["name"] for e in on_neo4j["meetings"]["items"]}
    assert any("Lavrov" in name for name in met) and any("Putin" in name for name in met), met
    assert all(e["evidence"] for e in on_neo4j["meetings"]["items"])
    assert on_neo4j["stats"]["nodes"]["Article"] == len(ARTICLES)
    assert on_neo4j["paths"], "Choe Son-hui met Putin: a path of one hop"

    with TestClient(create_app(embedded_settings(tmp_path / "embedded"))) as client:
        on_embedded = post_and_ask(client)
    assert on_neo4j == on_embedded
