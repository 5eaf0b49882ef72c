"""Deleting an article, and replacing it with a corrected version, on both stores.

The measure is always the same: the graph afterwards equals the graph built
by ingesting only what should remain.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from app.api import create_app
from graph.store import GraphStore
from tests.records import MOSCOW_TASS, MOSCOW_YONHAP, PYONGYANG_SUMMIT, WANG_CALL, WONSAN
from tests.reliability.conftest import Harness, order_free, snapshot

KEPT = [MOSCOW_TASS, MOSCOW_YONHAP, PYONGYANG_SUMMIT]


def without_countries(snap: tuple) -> tuple:
    _, nodes, edges = order_free(snap)
    return [n for n in nodes if n["label"] != "Country"], edges


def post_all(harness: Harness, records: list[dict]) -> None:
    for data in records:
        response = harness.client.post("/articles", json=data)
        assert response.status_code == 201, response.text


def graph_of(harness: Harness, records: list[dict]) -> tuple:
    harness.store.clear()
    post_all(harness, records)
    return snapshot(harness.store)


@pytest.mark.parametrize("via", ["api", "cli"])
def test_delete_leaves_exactly_the_graph_of_the_other_articles(harness: Harness, via: str) -> None:
    expected = graph_of(harness, KEPT)
    full = graph_of(harness, [*KEPT[:2], WONSAN, KEPT[2]])
    assert full != expected
    lavrov_before = harness.client.get("/persons/sergei-lavrov").json()
    if via == "api":
        response = harness.client.delete(f"/articles/{WONSAN['id']}")
        assert response.status_code == 200, response.text
        assert response.json()["edges_deleted"] >= 1
    else:
        result = harness.cli("delete", WONSAN["id"])
        assert result.exit_code == 0 and f"deleted {WONSAN['id']}" in result.output, result.output
    assert snapshot(harness.store) == expected
    # Lavrov, named elsewhere, keeps those mentions, titles and edges.
    lavrov = harness.client.get("/persons/sergei-lavrov").json()
    assert lavrov["counts"]["met"] == lavrov_before["counts"]["met"] - 1
    assert lavrov["counts"]["visited"] == 0 and lavrov["counts"]["articles"] == 2
    assert [t["title"] for t in lavrov["titles"]] == ["Foreign Minister"]
    assert harness.client.get(f"/articles/{WONSAN['id']}").status_code == 404
    # The country Lavrov visited has no edge left, so it goes too; Russia (an endpoint elsewhere) stays.
    assert harness.store.get_node("Country", "RUS") is not None


def test_reingest_after_delete_restores_the_same_graph(harness: Harness) -> None:
    records = [*KEPT, WONSAN, WANG_CALL]
    before = graph_of(harness, records)
    for data in (MOSCOW_TASS, WANG_CALL):
        assert harness.client.delete(f"/articles/{data['id']}").status_code == 200
    assert harness.client.delete(f"/articles/{MOSCOW_TASS['id']}").status_code == 404
    post_all(harness, [MOSCOW_TASS, WANG_CALL])
    assert order_free(snapshot(harness.store)) == order_free(before)


def test_delete_everything_leaves_an_empty_graph(harness: Harness) -> None:
    post_all(harness, [*KEPT, WONSAN])
    for data in [*KEPT, WONSAN]:
        assert harness.client.delete(f"/articles/{data['id']}").status_code == 200
    stats = harness.store.stats()
    assert sum(stats.nodes.values()) == 0 and sum(stats.edges.values()) == 0 and stats.evidence == 0


def test_corrected_article_replaces_its_old_evidence(harness: Harness) -> None:
    corrected = copy.deepcopy(MOSCOW_TASS)
    corrected["facts"] = corrected["facts"][:1]
    corrected["facts"][0]["evidence"] = "Lavrov and Choe Son-hui held talks in Moscow on Friday, TASS said."
    expected = graph_of(harness, [corrected, MOSCOW_YONHAP])  # same order: same ids
    graph_of(harness, [MOSCOW_TASS, MOSCOW_YONHAP])
    response = harness.client.post("/articles", json=corrected)
    assert response.status_code == 201 and response.json()["status"] == "replaced"
    # Edges, evidence and every node but countries are exactly those of the corrected version;
    # a re-ingest keeps a Country its old version visited, with no edge left (graph/build.py).
    assert without_countries(snapshot(harness.store)) == without_countries(expected)
    sentences = [ev.sentence for e in harness.store.iter_edges() for ev in e.evidence]
    assert MOSCOW_TASS["facts"][0]["evidence"] not in sentences


def test_delete_is_refused_without_the_key(store: GraphStore, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from tests.reliability.conftest import store_settings

    settings = store_settings(store, tmp_path / "data", api_key="s3cret-key")
    with TestClient(create_app(settings, store=store)) as client:
        headers = {"X-API-Key": "s3cret-key"}
        assert client.post("/articles", json=WONSAN, headers=headers).status_code == 201
        before = snapshot(store)
        assert client.delete(f"/articles/{WONSAN['id']}").status_code == 401
        assert client.delete(f"/articles/{WONSAN['id']}", headers={"X-API-Key": "wrong"}).status_code == 401
        assert snapshot(store) == before
        ok = client.delete(f"/articles/{WONSAN['id']}", headers={"Authorization": "Bearer s3cret-key"})
        assert ok.status_code == 200
