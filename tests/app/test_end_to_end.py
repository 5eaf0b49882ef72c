"""From raw news text to "who met Choe Son-hui?", through the real extractor."""

from __future__ import annotations

from fastapi.testclient import TestClient

REPORTS = [
    (
        "wire-2024-11-01",
        "2024-11-01",
        "MOSCOW, Nov. 1 (Example Wire) -- Russian Foreign Minister Sergei Lavrov held talks with North "
        "Korean Foreign Minister Choe Son-hui in Moscow on Friday, the Russian foreign ministry said.\n\n"
        "The two ministers discussed the situation on the Korean Peninsula and bilateral cooperation.",
    ),
    (
        "harbor-2024-11-02",
        "2024-11-02",
        "SEOUL, Nov. 2 (Harbor News) -- North Korea's top diplomat Choe Son Hui met Russian Foreign "
        "Minister Sergey Lavrov in Moscow on Friday, state media reported on Saturday.",
    ),
    (
        "northern-2024-11-03",
        "2024-11-03",
        "PYONGYANG, Nov. 3 (Northern Daily) -- Foreign Minister Choe Son-hui had talks with Russian "
        "Foreign Minister Sergei Lavrov in Moscow on Friday, the official news agency said on Sunday.",
    ),
]


def test_three_outlets_one_meeting(client: TestClient) -> None:
    for article_id, published, text in REPORTS:
        response = client.post(
            "/articles",
            content=text,
            headers={"content-type": "text/plain"},
            params={"id": article_id, "published": published},
        )
        assert response.status_code == 201, response.text
    meetings = client.get("/persons/Choe Son-hui/meetings").json()
    assert meetings["total"] == 1
    [meeting] = meetings["items"]
    assert meeting["counterpart"]["id"] == "sergei-lavrov"
    assert (meeting["date"], meeting["place"], meeting["article_count"]) == ("2024-11-01", "Moscow", 3)
    assert {e["article_id"] for e in meeting["evidence"]} == {r[0] for r in REPORTS}
    persons = client.get("/persons").json()
    assert {"choe-son-hui", "sergei-lavrov"} <= {p["id"] for p in persons["items"]}
    assert persons["total"] == 2
    # Re-posting the same text changes nothing.
    article_id, published, text = REPORTS[0]
    again = client.post(
        "/articles",
        content=text,
        headers={"content-type": "text/plain"},
        params={"id": article_id, "published": published},
    )
    assert again.status_code == 200 and again.json()["status"] == "skipped"
