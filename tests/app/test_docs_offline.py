"""/docs and /redoc are served with their assets by the app itself: they work with no network."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient


def test_docs_pages_load_only_local_assets(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        response = client.get(page)
        assert response.status_code == 200
        html = response.text
        assert "http://" not in html and "https://" not in html, f"{page} points outside the server"
        assets = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert assets and all(a.startswith("/static/") for a in assets), assets
        for asset in assets:
            assert client.get(asset).status_code == 200, asset
        assert "<script>" not in html, "no inline script: the pages must work under a strict CSP"


def test_swagger_init_points_at_the_apps_own_schema(client: TestClient) -> None:
    init = client.get("/static/docs-init.js").text
    assert 'url: "/openapi.json"' in init
    assert client.get("/openapi.json").json()["info"]["title"] == "DiploGraph"


def test_openapi_schema_carries_example_requests_and_responses(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    post = schema["paths"]["/articles"]["post"]["requestBody"]["content"]["application/json"]
    assert {"article", "record", "batch"} <= set(post["examples"])
    event = schema["components"]["schemas"]["Event"]
    assert event["examples"][0]["counterpart"]["name"] == "Sergei Lavrov"


def test_explorer_is_served_at_the_root(client: TestClient) -> None:
    root = client.get("/")
    assert root.status_code == 200 and "DiploGraph explorer" in root.text
    assert "https://" not in root.text and "http://" not in root.text
    assert client.get("/explore", follow_redirects=False).headers["location"] == "/"
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', root.text):
        assert client.get(asset).status_code == 200, asset


def test_the_documentation_points_nowhere_outside_the_repository() -> None:
    root = Path(__file__).resolve().parents[2]
    pages = [root / "README.md", *root.glob("docs/*.md"), *root.glob("*/README.md")]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "../shared" not in text, f"{page.relative_to(root)} points outside the repository"
        for target in re.findall(r"\]\(([^)#:]+)\)", text):  # relative links resolve inside the repo
            resolved = (page.parent / target).resolve()
            assert resolved.is_relative_to(root) and resolved.exists(), f"{page.relative_to(root)}: {target}"
