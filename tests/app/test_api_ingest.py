"""POST /articles and the bad-input cases: clear 4xx, store unchanged."""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.api import create_app
from graph.embedded import EmbeddedStore
from tests.app.stories import STORIES
from tests.conftest import embedded_settings
from tests.records import MOSCOW_TASS, MOSCOW_YONHAP, WONSAN, met, person, record


def snapshot(store: EmbeddedStore) -> tuple:
    return store.stats(), list(store.iter_nodes()), list(store.iter_edges())


def test_post_record_reports_what_was_added_and_merged(client: TestClient) -> None:
    first = client.post("/articles", json=MOSCOW_TASS)
    assert first.status_code == 201
    assert first.json()["status"] == "added"
    assert {p["id"] for p in first.json()["persons"]} == {"choe-son-hui", "sergei-lavrov"}
    second = client.post("/articles", json=MOSCOW_YONHAP).json()
    assert [(p["name"], p["id"], p["status"]) for p in second["persons"]] == [
        ("Choe Son Hui", "choe-son-hui", "merged"),
        ("Sergey Lavrov", "sergei-lavrov", "merged"),
    ]
    assert second["facts"][0]["status"] == "corroborated"


def test_repost_is_idempotent_and_change_replaces(client: TestClient, graph_store: EmbeddedStore) -> None:
    client.post("/articles", json=MOSCOW_TASS)
    before = snapshot(graph_store)
    again = client.post("/articles", json=MOSCOW_TASS)
    assert again.status_code == 200 and again.json()["status"] == "skipped"
    assert snapshot(graph_store) == before
    changed = copy.deepcopy(MOSCOW_TASS)
    changed["facts"] = changed["facts"][:1]
    assert client.post("/articles", json=changed).json()["status"] == "replaced"
    assert graph_store.stats().edges["VISITED"] == 0


def test_post_article_text_is_extracted(client: TestClient) -> None:
    text = (
        "MOSCOW, Nov. 1 (Example Wire) -- Russian Foreign Minister Sergei Lavrov held talks with "
        "North Korean Foreign Minister Choe Son-hui in Moscow on Friday, the ministry said."
    )
    response = client.post(
        "/articles",
        content=text,
        headers={"content-type": "text/plain"},
        params={"id": "wire-2024-11-01", "published": "2024-11-01"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["article_id"] == "wire-2024-11-01"
    as_json = client.post(
        "/articles", json={"id": "wire-json", "published": "2024-11-01", "text": text, "title": "Talks"}
    )
    assert as_json.status_code == 201
    assert client.get("/articles/wire-json").json()["article"]["title"] == "Talks"


def test_post_html(client: TestClient) -> None:
    html = (
        "<html><head><title>Talks</title></head><body><nav>Home | World</nav><article><p>Russian Foreign "
        "Minister Sergei Lavrov met Choe Son-hui in Moscow on Friday.</p></article></body></html>"
    )
    response = client.post(
        "/articles", content=html, headers={"content-type": "text/html"}, params={"published": "2024-11-01"}
    )
    assert response.status_code == 201, response.text
    assert response.json()["article_id"].startswith("text-")


def test_small_batch_answers_at_once(client: TestClient) -> None:
    response = client.post("/articles", json=[MOSCOW_TASS, MOSCOW_YONHAP, WONSAN])
    assert response.status_code == 200
    summary = response.json()["summary"]
    assert (summary["added"], summary["persons_merged"], summary["facts_corroborated"]) == (3, 4, 1)


def test_large_batch_runs_in_background(client: TestClient, graph_store: EmbeddedStore) -> None:
    batch = [
        record(f"batch-{i}", "2024-11-01", [person("Choe Son-hui", "Foreign Minister", "PRK")],
               [met("Choe Son-hui", "Sergei Lavrov", "2024-11-01", f"Report {i}: Choe met Lavrov.")])
        for i in range(25)
    ]  # fmt: skip
    response = client.post("/articles", json=batch)
    assert response.status_code == 202
    status_url = response.json()["status_url"]
    for _ in range(200):
        job = client.get(status_url).json()
        if job["state"] in ("done", "failed"):
            break
        time.sleep(0.02)
    assert job["state"] == "done" and job["done"] == 25 and job["summary"]["added"] == 25
    [edge] = list(graph_store.iter_edges())
    assert edge.article_count == 25
    assert client.get("/jobs/unknown").status_code == 404


BAD_BODIES = [
    ("malformed JSON", b'{"id": "x", "facts": [', 400, "malformed JSON"),
    ("not an object", b'"just a string"', 422, "expected a JSON object"),
    ("neither article nor record", b'{"id": "x"}', 422, "needs 'id' and 'text'"),
    ("unknown top-level field", json.dumps({**MOSCOW_TASS, "colour": "red"}).encode(), 422, "colour"),
    ("unknown fact field", json.dumps(
        {**MOSCOW_TASS, "facts": [{**MOSCOW_TASS["facts"][0], "mood": "tense"}]}).encode(), 422, "mood"),
    ("wrong date", json.dumps(
        {**MOSCOW_TASS, "facts": [{**MOSCOW_TASS["facts"][0], "date": "2024-02-30"}]}).encode(), 422, "date"),
    ("unknown article field", json.dumps({"id": "a", "text": "t", "body": "b"}).encode(), 422, "body"),
    ("bad published", json.dumps({"id": "a", "text": "t", "published": "2024-1"}).encode(), 422, "published"),
    ("empty batch", b"[]", 422, "empty"),
    ("batch with one bad item", json.dumps([MOSCOW_YONHAP, {"id": "x"}]).encode(), 422, "item 1"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "status", "words"), [b[1:] for b in BAD_BODIES], ids=[b[0] for b in BAD_BODIES]
)
def test_bad_bodies_are_clear_4xx_and_change_nothing(
    client: TestClient, graph_store: EmbeddedStore, body: bytes, status: int, words: str
) -> None:
    client.post("/articles", json=MOSCOW_TASS)
    before = snapshot(graph_store)
    response = client.post("/articles", content=body, headers={"content-type": "application/json"})
    assert response.status_code == status, response.text
    assert words in response.json()["message"]
    assert snapshot(graph_store) == before


def test_twenty_megabyte_body_is_413(client: TestClient, graph_store: EmbeddedStore) -> None:
    before = snapshot(graph_store)
    body = b'{"id": "big", "text": "' + b"x" * (20 * 1024 * 1024) + b'"}'
    response = client.post("/articles", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "larger than" in response.json()["message"]
    assert snapshot(graph_store) == before


def test_streamed_body_over_the_limit_is_413(tmp_path, graph_store: EmbeddedStore) -> None:  # type: ignore[no-untyped-def]
    app = create_app(embedded_settings(tmp_path / "data", max_body_bytes=1000), store=graph_store)

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):
            yield b" " * 500

    with TestClient(app) as small:
        response = small.post("/articles", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_other_media_types_and_empty_text(client: TestClient) -> None:
    assert (
        client.post("/articles", content=b"x", headers={"content-type": "application/xml"}).status_code == 415
    )
    empty = client.post("/articles", content=b"   ", headers={"content-type": "text/plain"})
    assert empty.status_code == 422
    bad_date = client.post(
        "/articles",
        content=b"text",
        headers={"content-type": "text/plain"},
        params={"published": "2024-13-01"},
    )
    assert bad_date.status_code == 422 and "published" in bad_date.json()["message"]


@pytest.mark.parametrize(
    "url",
    [
        "/persons?limit=-1",
        "/persons?limit=100000",
        "/persons?offset=-5",
        "/persons/choe/meetings?limit=0",
        "/persons/choe/meetings?since=2024-99-01",
        "/persons/choe/meetings?type=HUGGED",
        "/timeline",
        "/countries/RUS/visitors?since=2025-02-01&until=2025-01-01",
    ],
)
def test_bad_query_parameters_are_422_with_a_message(seeded: TestClient, url: str) -> None:
    response = seeded.get(url)
    assert response.status_code == 422, url
    assert response.json()["message"]


def test_api_key(tmp_path, graph_store: EmbeddedStore) -> None:  # type: ignore[no-untyped-def]
    app = create_app(embedded_settings(tmp_path / "data", api_key="s3cret"), store=graph_store)
    with TestClient(app) as locked:
        assert locked.get("/stats").status_code == 401
        assert locked.post("/articles", json=MOSCOW_TASS).status_code == 401
        assert locked.get("/stats", headers={"X-API-Key": "wrong"}).status_code == 401
        assert locked.get("/stats", headers={"X-API-Key": "s3cret"}).status_code == 200
        assert locked.get("/health").status_code == 200
    assert graph_store.article_hash(MOSCOW_TASS["id"]) is None


def test_a_batch_of_articles_is_extracted_by_worker_processes_in_the_background(tmp_path: Path) -> None:
    settings = embedded_settings(tmp_path / "data", ingest_workers=2)
    store = EmbeddedStore(settings.data_dir)
    batch = [{"id": i, "published": day, "source": "Test Ledger", "text": text} for i, day, text in STORIES]
    with TestClient(create_app(settings, store=store)) as client:
        response = client.post("/articles", json=batch, params={"background": "true"})
        assert response.status_code == 202
        status_url = response.json()["status_url"]
        deadline = time.monotonic() + 180  # two workers start and load spaCy first
        while (job := client.get(status_url).json())["state"] not in ("done", "failed"):
            assert time.monotonic() < deadline, job
            time.sleep(0.2)
        assert job["state"] == "done" and job["done"] == len(STORIES), job
        assert job["summary"]["added"] == len(STORIES) and job["summary"]["facts_new"] > 0
        again = client.post("/articles", json=batch, params={"background": "true"}).json()["status_url"]
        while (job := client.get(again).json())["state"] not in ("done", "failed"):
            time.sleep(0.1)
        assert job["summary"]["skipped"] == len(STORIES)
        assert client.get("/persons", params={"q": "Weidinger"}).json()["total"] == 1
    store.close()
