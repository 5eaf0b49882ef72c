"""Person search and name errors tolerate the typos people make when they type a foreign name."""

from __future__ import annotations

from fastapi.testclient import TestClient


def _found(client: TestClient, q: str) -> list[str]:
    response = client.get("/persons", params={"q": q})
    assert response.status_code == 200
    return [hit["id"] for hit in response.json()["items"]]


def test_one_or_two_letter_typos_still_find_the_person(seeded: TestClient) -> None:
    for typo in ("Lavrof", "Lavorv", "Sergei Lavorv", "Choe Son Hiu", "Choi Son-hui"):
        assert "sergei-lavrov" in _found(seeded, typo) or "choe-son-hui" in _found(seeded, typo), typo


def test_typos_do_not_match_everyone(seeded: TestClient) -> None:
    assert _found(seeded, "Qwerty") == []
    assert "sergei-lavrov" not in _found(seeded, "Lamov")


def test_unknown_name_suggests_the_close_spelling(seeded: TestClient) -> None:
    response = seeded.get("/persons/Lavrof/meetings")
    assert response.status_code == 404
    assert response.json()["suggestions"][0]["id"] == "sergei-lavrov"
