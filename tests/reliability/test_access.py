# ruff: noqa: E501 - request/answer pairs read best on one line
"""Who may read and write: the API key, public reads, loopback-only writes, rate limit, CORS, headers."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api import create_app
from app.cli import serve
from tests.conftest import embedded_settings
from tests.records import MOSCOW_TASS, MOSCOW_YONHAP, WONSAN

KEY = "k3y-Only-The-Server-Knows"
REMOTE = ("203.0.113.7", 40000)  # TEST-NET-3: a client on another machine


def make_client(
    tmp_path: Path, client: tuple[str, int] = ("127.0.0.1", 40000), **settings: Any
) -> TestClient:
    return TestClient(create_app(embedded_settings(tmp_path / "data", **settings)), client=client)


@pytest.fixture
def keyed(tmp_path: Path) -> Iterator[TestClient]:
    with make_client(tmp_path, client=REMOTE, api_key=KEY) as client:
        yield client


def test_with_a_key_writes_need_it_in_either_header(keyed: TestClient) -> None:
    assert keyed.post("/articles", json=MOSCOW_TASS).status_code == 401
    wrong = keyed.post("/articles", json=MOSCOW_TASS, headers={"X-API-Key": KEY[:-1] + "x"})
    assert wrong.status_code == 401 and "wrong api key" in wrong.json()["message"].lower()
    assert (
        keyed.post("/articles", json=MOSCOW_TASS, headers={"Authorization": "Basic " + KEY}).status_code
        == 401
    )
    assert keyed.get("/stats", headers={"X-API-Key": KEY}).json()["evidence"] == 0
    assert keyed.post("/articles", json=MOSCOW_TASS, headers={"X-API-Key": KEY}).status_code == 201
    assert keyed.post("/articles", json=WONSAN, headers={"Authorization": f"Bearer {KEY}"}).status_code == 201
    assert keyed.get("/jobs/nope").status_code == 401
    assert keyed.delete(f"/articles/{WONSAN['id']}").status_code == 401


def test_reads_need_the_key_unless_public_reads(keyed: TestClient, tmp_path: Path) -> None:
    assert keyed.get("/persons").status_code == 401
    assert keyed.get("/persons", headers={"X-API-Key": KEY}).status_code == 200
    assert keyed.get("/health").status_code == 200  # health is always public
    with make_client(tmp_path / "p", client=REMOTE, api_key=KEY, public_reads=True) as public:
        assert public.get("/persons").status_code == 200
        assert public.post("/articles", json=MOSCOW_TASS).status_code == 401


def test_the_key_is_never_logged_or_echoed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with make_client(tmp_path, api_key=KEY) as client:
        answers = [
            client.post("/articles", json=MOSCOW_TASS, headers={"X-API-Key": KEY}),
            client.post("/articles", json=MOSCOW_YONHAP, headers={"X-API-Key": KEY + "-wrong"}),
            client.get("/persons", headers={"Authorization": f"Bearer {KEY}x"}),
            client.get("/openapi.json"),
        ]
    assert [a.status_code for a in answers] == [201, 401, 401, 200]
    assert all(KEY not in a.text for a in answers)
    assert KEY not in caplog.text
    assert KEY not in repr(embedded_settings(tmp_path, api_key=KEY))


def test_without_a_key_writes_come_only_from_this_machine(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    with make_client(tmp_path, client=REMOTE) as remote:
        refused = remote.post("/articles", json=MOSCOW_TASS)
        assert refused.status_code == 403 and "DIPLOGRAPH_API_KEY" in refused.json()["message"]
        assert remote.delete(f"/articles/{MOSCOW_TASS['id']}").status_code == 403
        assert remote.get("/persons").status_code == 200  # reads stay open
        assert remote.get("/stats").json()["evidence"] == 0
    assert "writes are accepted only from this machine" in caplog.text  # said at start
    for host in ("127.0.0.1", "::1"):
        with make_client(tmp_path / host.replace(":", "_"), client=(host, 40000)) as local:
            assert local.post("/articles", json=MOSCOW_TASS).status_code == 201
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_writes_are_rate_limited_per_client(tmp_path: Path) -> None:
    app = create_app(embedded_settings(tmp_path / "data", write_rate_per_minute=3, api_key=KEY))
    headers = {"X-API-Key": KEY}
    with (
        TestClient(app, client=("198.51.100.1", 1)) as first,
        TestClient(app, client=("198.51.100.2", 1)) as other,
    ):
        codes = [
            first.post("/articles", json=r, headers=headers).status_code
            for r in (MOSCOW_TASS, MOSCOW_YONHAP, WONSAN)
        ]
        assert codes == [201, 201, 201]
        limited = first.post("/articles", json=MOSCOW_TASS, headers=headers)
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        assert "too many writes" in limited.json()["message"]
        assert first.get("/persons", headers=headers).status_code == 200  # reads are not limited
        assert (
            other.post("/articles", json=MOSCOW_TASS, headers=headers).status_code == 200
        )  # skipped: unchanged


def test_cors_is_closed_by_default_and_opens_only_to_listed_origins(tmp_path: Path) -> None:
    evil = {"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"}
    with make_client(tmp_path) as client:
        assert "access-control-allow-origin" not in client.get("/persons", headers=evil).headers
        assert "access-control-allow-origin" not in client.options("/articles", headers=evil).headers
    with make_client(tmp_path / "c", cors_origins=["https://ui.example"]) as client:
        ok = client.options("/articles", headers={**evil, "Origin": "https://ui.example"})
        assert ok.headers["access-control-allow-origin"] == "https://ui.example"
        assert "access-control-allow-origin" not in client.get("/persons", headers=evil).headers


def test_every_answer_carries_the_security_headers(tmp_path: Path) -> None:
    with make_client(tmp_path) as client:
        for response in (client.get("/persons"), client.get("/nope"), client.post("/articles", content=b"[")):
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["x-frame-options"] == "DENY"
            assert response.headers["referrer-policy"] == "no-referrer"
            assert "default-src 'none'" in response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in client.get("/docs").headers["content-security-policy"]
