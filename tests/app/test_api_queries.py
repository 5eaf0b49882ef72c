"""Every read endpoint, on a graph built from hand-made records."""

from __future__ import annotations

import threading
import time
from typing import Any

from fastapi.testclient import TestClient


def test_who_met_choe_son_hui(seeded: TestClient) -> None:
    body = seeded.get("/persons/Choe Son-hui/meetings").json()
    assert body["total"] == 2
    moscow, wonsan = body["items"]
    assert moscow["counterpart"]["name"] == "Sergei Lavrov"
    assert moscow["subject"]["id"] == "choe-son-hui"
    assert (moscow["date"], moscow["place"], moscow["article_count"]) == ("2024-11-01", "Moscow", 3)
    assert len(moscow["evidence"]) == 3 and all(e["sentence"] for e in moscow["evidence"])
    assert wonsan["date"] == "2025-07-12"


def test_meetings_filters(seeded: TestClient) -> None:
    url = "/persons/choe-son-hui/meetings"
    assert seeded.get(url, params={"since": "2025-01-01"}).json()["total"] == 1
    assert seeded.get(url, params={"until": "2024-12-31"}).json()["total"] == 1
    assert seeded.get(url, params={"country": "RUS"}).json()["total"] == 2
    assert seeded.get(url, params={"country": "China"}).json()["total"] == 0
    assert seeded.get(url, params={"type": "CALLED"}).json()["total"] == 0
    lavrov = seeded.get("/persons/Sergei Lavrov/meetings", params={"type": ["CALLED"]}).json()
    assert [e["counterpart"]["name"] for e in lavrov["items"]] == ["Wang Yi"]


def test_meetings_paginate(seeded: TestClient) -> None:
    first = seeded.get("/persons/choe-son-hui/meetings", params={"limit": 1}).json()
    second = seeded.get("/persons/choe-son-hui/meetings", params={"limit": 1, "offset": 1}).json()
    assert (first["total"], second["total"]) == (2, 2)
    assert first["items"][0]["date"] < second["items"][0]["date"]


def test_person_search_is_fuzzy(seeded: TestClient) -> None:
    for q in ("Choe Son Hui", "choe", "CHOE SON-HUI", "Choe Sonhui", "Choe Son-hiu"):
        hits = seeded.get("/persons", params={"q": q}).json()["items"]
        assert hits and hits[0]["id"] == "choe-son-hui", q
    everyone = seeded.get("/persons", params={"limit": 2}).json()
    assert everyone["total"] == 5 and len(everyone["items"]) == 2


def test_person_profile_by_any_spelling(seeded: TestClient) -> None:
    for ref in ("choe-son-hui", "Choe Son Hui", "CHOE SON-HUI", "choe"):
        response = seeded.get(f"/persons/{ref}")
        assert response.status_code == 200, ref
    profile = seeded.get("/persons/Choe Son Hui").json()
    assert profile["person"]["country"] == "PRK"
    assert profile["titles"] == [
        {"title": "Foreign Minister", "country": "PRK", "first_seen": "2024-11-01", "last_seen": "2025-07-12",
         "articles": 4}
    ]  # fmt: skip
    assert profile["counts"]["met"] == 2 and profile["counts"]["visited"] == 1


def test_transliterated_name_in_path(seeded: TestClient) -> None:
    assert seeded.get("/persons/Sergey Lavrov").json()["person"]["id"] == "sergei-lavrov"


def test_unknown_person_is_404_with_suggestions(seeded: TestClient) -> None:
    response = seeded.get("/persons/Choe Sun Hee/meetings")
    assert response.status_code == 404
    body = response.json()
    assert "Choe Sun Hee" in body["message"]
    assert body["suggestions"][0]["id"] == "choe-son-hui"


def test_ambiguous_name_is_409_with_candidates(seeded: TestClient, graph_store: object) -> None:
    from tests.records import ingest, person, record

    ingest(graph_store, record("kim2", "2024-01-01", [person("Kim Yo-jong", "Vice Director", "PRK")], []))  # type: ignore[arg-type]
    response = seeded.get("/persons/Kim/meetings")
    assert response.status_code == 409
    assert {c["id"] for c in response.json()["candidates"]} == {"kim-jong-un", "kim-yo-jong"}


def test_visits_and_visitors(seeded: TestClient) -> None:
    visits = seeded.get("/persons/Kim Jong Un/visits").json()
    assert [(v["counterpart"]["id"], v["date"]) for v in visits["items"]] == [
        ("RUS", "2023-09-12/2023-09-17")
    ]
    march = seeded.get(
        "/countries/RUS/visitors", params={"since": "2025-03-01", "until": "2025-03-31"}
    ).json()
    assert [v["subject"]["name"] for v in march["items"]] == ["Wang Yi"]
    assert seeded.get("/countries/Russia/visitors").json()["total"] == 3
    abroad = seeded.get("/countries/RUS/visits").json()
    assert [(v["subject"]["name"], v["counterpart"]["id"]) for v in abroad["items"]] == [
        ("Vladimir Putin", "PRK"),
        ("Sergei Lavrov", "PRK"),
    ]


def test_unknown_country_is_404_with_suggestions(seeded: TestClient) -> None:
    response = seeded.get("/countries/Rusia/visitors")
    assert response.status_code in (200, 404)  # fuzzy country names may resolve
    response = seeded.get("/countries/XQZ/visitors")
    assert response.status_code == 404 and "alpha-3" in response.json()["message"]


def test_agreements(seeded: TestClient) -> None:
    listed = seeded.get("/agreements").json()
    assert listed["total"] == 1
    treaty_id = listed["items"][0]["id"]
    assert seeded.get("/agreements", params={"country": "PRK"}).json()["total"] == 1
    assert seeded.get("/agreements", params={"country": "CHN"}).json()["total"] == 0
    assert seeded.get("/agreements", params={"signer": "Vladimir Putin"}).json()["total"] == 1
    assert seeded.get("/agreements", params={"signer": "Sergei Lavrov"}).json()["total"] == 0
    assert seeded.get("/agreements", params={"since": "2025-01-01"}).json()["total"] == 0
    detail = seeded.get(f"/agreements/{treaty_id}").json()
    assert sorted(s["id"] for s in detail["signers"]) == ["PRK", "RUS", "kim-jong-un", "vladimir-putin"]
    assert seeded.get("/agreements/no-such-treaty").status_code == 404


def test_timeline_in_date_order(seeded: TestClient) -> None:
    body = seeded.get("/timeline", params={"entity": "Kim Jong-un"}).json()
    dates = [e["start"] for e in body["items"]]
    assert dates == sorted(dates) and body["total"] == 4
    assert body["items"][0]["type"] == "VISITED"
    windowed = seeded.get("/timeline", params={"entity": "Kim Jong-un", "since": "2024-01-01"}).json()
    assert windowed["total"] == 2
    country = seeded.get("/timeline", params={"entity": "PRK"}).json()
    assert {e["type"] for e in country["items"]} == {"VISITED", "SIGNED"}
    # A visit keeps its direction on the visited country's timeline.
    visits = [e for e in country["items"] if e["type"] == "VISITED"]
    assert {(e["subject"]["id"], e["counterpart"]["id"]) for e in visits} == {
        ("vladimir-putin", "PRK"),
        ("sergei-lavrov", "PRK"),
    }


def test_paths_between_people(seeded: TestClient) -> None:
    paths = seeded.get("/paths", params={"from": "Wang Yi", "to": "Choe Son-hui"}).json()
    assert [[p["id"] for p in path["persons"]] for path in paths] == [
        ["wang-yi", "sergei-lavrov", "choe-son-hui"]
    ]
    first_hop = paths[0]["hops"][0]
    assert [(e["type"], e["date"]) for e in first_hop] == [("CALLED", "2025-03-03")]
    assert seeded.get("/paths", params={"from": "Wang Yi", "to": "Kim Jong-un"}).json() == []
    assert seeded.get("/paths", params={"from": "Wang Yi", "to": "Wang Yi"}).status_code == 422
    assert seeded.get("/paths", params={"from": "Wang Yi"}).status_code == 422


def test_article_traces_its_facts(seeded: TestClient) -> None:
    body = seeded.get("/articles/tass-2024-11-01").json()
    assert body["article"]["fact_count"] == 2
    assert sorted(e["type"] for e in body["edges"]) == ["MET", "VISITED"]
    assert {n["id"] for n in body["nodes"]} >= {"choe-son-hui", "sergei-lavrov"}
    assert seeded.get("/articles/nope").status_code == 404


def test_stats_and_health(seeded: TestClient) -> None:
    stats = seeded.get("/stats").json()
    assert stats["nodes"]["Person"] == 5 and stats["edges"]["MET"] == 4 and stats["evidence"] == 16
    health = seeded.get("/health").json()
    assert health["status"] == "ok" and health["store"]["ok"] is True


def test_openapi_documents_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    expected = ["/articles", "/persons", "/persons/{ref}/meetings", "/countries/{ref}/visitors", "/paths"]
    expected += ["/timeline", "/agreements/{agreement_id}", "/stats", "/health", "/jobs/{job_id}"]
    for path in expected:
        assert path in paths
    assert "examples" in paths["/articles"]["post"]["requestBody"]["content"]["application/json"]


def test_unknown_routes_answer_in_the_error_shape(client: TestClient) -> None:
    response = client.get("/nowhere")
    assert response.status_code == 404 and response.json()["message"] == "no route GET /nowhere"
    assert client.delete("/stats").status_code == 405


def test_title_holders_over_time(seeded: TestClient, graph_store: object) -> None:
    from tests.records import ingest, person, record

    older = person("Ri Son-gwon", "Foreign Minister", "PRK")
    ingest(graph_store, record("kcna-2021-05-01", "2021-05-01", [older], []))  # type: ignore[arg-type]
    body = seeded.get("/titles", params={"title": "foreign minister", "country": "North Korea"}).json()
    assert [(h["person"]["id"], h["first_seen"], h["last_seen"]) for h in body["items"]] == [
        ("ri-son-gwon", "2021-05-01", "2021-05-01"),
        ("choe-son-hui", "2024-11-01", "2025-07-12"),
    ]
    everywhere = seeded.get("/titles", params={"title": "Foreign Minister"}).json()
    assert everywhere["total"] == 4  # Ri, Choe, Lavrov, Wang
    assert seeded.get("/titles").status_code == 422


def test_pages_answer_the_same_while_a_writer_holds_the_store(seeded: TestClient, graph_store: Any) -> None:
    """Page reads run on the event loop when the store is free and in a worker thread when it is
    not: the answer is the same, and waiting for the writer never blocks the server's loop."""
    url = "/persons/Choe Son-hui/meetings"
    free = seeded.get(url).json()
    holding, release = threading.Event(), threading.Event()

    def writer() -> None:
        with graph_store.ingest_lock():
            holding.set()
            release.wait(10)

    threads = [threading.Thread(target=writer)]
    threads[0].start()
    assert holding.wait(10)
    answers: dict[str, Any] = {}
    threads.append(threading.Thread(target=lambda: answers.update(held=seeded.get(url).json())))
    threads[1].start()
    time.sleep(0.2)
    began = time.perf_counter()
    assert seeded.get("/openapi.json").status_code == 200  # answered on the loop meanwhile
    waited = time.perf_counter() - began
    assert "held" not in answers
    release.set()
    for thread in threads:
        thread.join(10)
    assert waited < 2.0
    assert answers["held"] == free
