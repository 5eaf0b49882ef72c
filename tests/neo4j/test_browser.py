"""Neo4j Browser is served by the local test server (scripts/neo4j-local exports its URL)."""

from __future__ import annotations

import os

import httpx
import pytest


def test_neo4j_browser_answers() -> None:
    url = os.environ.get("NEO4J_BROWSER_URL")
    if not url:
        pytest.skip("NEO4J_BROWSER_URL not set (scripts/test sets it)")
    response = httpx.get(url, timeout=10)
    assert response.status_code == 200
    assert "<title>Neo4j Browser</title>" in response.text
