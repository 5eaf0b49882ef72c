"""Correcting who is who over HTTP, on both stores: the routes over `diplograph people ...`'s functions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api import create_app
from graph.store import GraphStore
from tests.conftest import embedded_settings
from tests.records import ingest, met, person, record

BUSH = person("George Bush", "President", "USA")


@pytest.fixture
def api(store: GraphStore, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(embedded_settings(tmp_path / "settings"), store=store)) as client:
        yield client


def two_bushes(store: GraphStore) -> None:
    """One name, two presidents sixteen years apart: resolution makes one node an analyst splits."""
    kohl = met("George Bush", "Helmut Kohl", "1990-05-17", "Bush met Kohl in Washington.")
    merkel = met("George Bush", "Angela Merkel", "2006-07-13", "Bush met Merkel in Stralsund.")
    ingest(store, record("w1990", "1990-05-17", [BUSH, person("Helmut Kohl", "Chancellor", "DEU")], [kohl]))
    ingest(
        store, record("w2006", "2006-07-13", [BUSH, person("Angela Merkel", "Chancellor", "DEU")], [merkel])
    )


def articles(view: dict[str, Any]) -> set[str]:
    """The news articles a person is named in (an analyst's corrections are a pseudo-article)."""
    return {m["article_id"] for m in view["mentions"]} - {"analyst-corrections"}


def test_resolution_lists_every_article_and_why(api: TestClient, store: GraphStore) -> None:
    ingest(store, record("l1", "2023-01-02", [person("Luiz Inacio Lula da Silva", "President", "BRA")], []))
    ingest(store, record("l2", "2023-02-02", [person("Luiz Inácio Lula da Silva", "President", "BRA")], []))
    body = api.get("/persons/luiz-inacio-lula-da-silva/resolution").json()
    assert body["id"] == "luiz-inacio-lula-da-silva" and body["country"] == "BRA"
    assert body["article_count"] == 2
    assert sorted(m["article_id"] for m in body["mentions"]) == ["l1", "l2"]
    assert api.get("/persons/Luiz Inacio Lula da Silva/resolution").json()["id"] == body["id"]  # a name too


def test_split_then_merge_back(api: TestClient, store: GraphStore) -> None:
    two_bushes(store)
    response = api.post("/persons/george-bush/split", json={"articles": ["w2006"]})
    assert response.status_code == 200, response.text
    original, split_off = response.json()
    assert original["id"] == "george-bush" and articles(original) == {"w1990"}
    assert articles(split_off) == {"w2006"}
    assert any("split" in note for note in split_off["notes"])
    # Re-ingest keeps the split; the resolution endpoint shows it.
    two_bushes(store)
    assert articles(api.get(f"/persons/{split_off['id']}/resolution").json()) == {"w2006"}
    merged = api.post("/persons/merge", json={"first": "george-bush", "second": split_off["id"]})
    assert merged.status_code == 200, merged.text
    assert articles(merged.json()) == {"w1990", "w2006"}
    assert api.get(f"/persons/{split_off['id']}/resolution").status_code == 404


def test_clear_errors(api: TestClient, store: GraphStore) -> None:
    two_bushes(store)
    unknown = api.get("/persons/nobody-at-all/resolution")
    assert unknown.status_code == 404 and unknown.json()["error"] == "NotFoundError"
    assert api.post("/persons/nobody-at-all/split", json={}).status_code == 404
    # Conflicts with the graph as it stands: 409 with the reason.
    everything = api.post("/persons/george-bush/split", json={"articles": ["w1990", "w2006"]})
    assert everything.status_code == 409 and "leave some" in everything.json()["message"]
    same = api.post("/persons/george-bush/split")
    assert same.status_code == 409 and "same way" in same.json()["message"]
    itself = api.post("/persons/merge", json={"first": "george-bush", "second": "George Bush"})
    assert itself.status_code == 409 and "already one person" in itself.json()["message"]
    # Bad bodies: 422 naming the problem.
    not_named = api.post("/persons/george-bush/split", json={"articles": ["nowhere"]})
    assert not_named.status_code == 422 and "nowhere" in not_named.json()["message"]
    missing = api.post("/persons/merge", json={"first": "george-bush"})
    assert missing.status_code == 422 and "second" in missing.json()["message"]
    extra = api.post("/persons/george-bush/split", json={"article": ["w2006"]})
    assert extra.status_code == 422 and "article" in extra.json()["message"]
    wrong_type = api.post("/persons/merge", json={"first": "george-bush", "second": 7})
    assert wrong_type.status_code == 422
