# ruff: noqa: E501 - one case per line reads best as a table
"""Hostile and bad input, through the API and the CLI, on both stores.

Every case must get a clear 4xx (or a CLI error exit) whose message names the
problem, must leave the store exactly as it was, and the next good request
must still work.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.records import MOSCOW_TASS, MOSCOW_YONHAP, WONSAN
from tests.reliability.conftest import Harness, snapshot

JSON = {"content-type": "application/json"}
TEXT = {"content-type": "text/plain"}
HTML = {"content-type": "text/html"}
STORY = "MOSCOW, Nov. 1 -- Russian Foreign Minister Sergei Lavrov held talks with Choe Son-hui on Friday."
DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_FIELD: Any = []
for _ in range(40):
    DEEP_FIELD = [DEEP_FIELD]


def rec(**changes: Any) -> dict[str, Any]:
    """A valid record (WONSAN, not yet stored) with some fields changed."""
    data = copy.deepcopy(WONSAN)
    data.update(changes)
    return data


def named(name: str, where: str = "person") -> dict[str, Any]:
    """A record whose one person (or one fact's person) has this name."""
    data = copy.deepcopy(WONSAN)
    if where == "person":
        data["persons"][0]["name"] = name
    else:
        data["facts"][0]["persons"][0] = name
    return data


@dataclass
class Api:
    name: str
    method: str
    path: str
    status: int
    says: str  # a piece of the error message, lower case
    kwargs: dict[str, Any] = field(default_factory=dict)


API_CASES = [
    # --- bodies that are not JSON, or JSON that is not usable
    Api("100k nested brackets", "POST", "/articles", 400, "nested too deeply", {"content": DEEP, "headers": JSON}),
    Api("100k nested objects", "POST", "/articles", 400, "nested too deeply",
        {"content": b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "headers": JSON}),
    Api("deep list inside a field", "POST", "/articles", 400, "nested too deeply",
        {"content": json.dumps({"id": "a", "text": STORY, "title": DEEP_FIELD}).encode(), "headers": JSON}),
    Api("truncated JSON", "POST", "/articles", 400, "malformed json",
        {"content": b'{"id": "x", "text": "Lavrov met', "headers": JSON}),
    Api("trailing comma", "POST", "/articles", 400, "malformed json",
        {"content": b'{"id": "x", "text": "a",}', "headers": JSON}),
    Api("empty JSON body", "POST", "/articles", 400, "malformed json", {"content": b"", "headers": JSON}),
    Api("binary body as JSON", "POST", "/articles", 400, "malformed json",
        {"content": bytes(range(256)) * 4, "headers": JSON}),
    Api("Latin-1 bytes as JSON", "POST", "/articles", 400, "utf-8",
        {"content": '{"id": "caf\u00e9", "text": "x"}'.encode("latin-1"), "headers": JSON}),
    Api("Latin-1 bytes as text", "POST", "/articles", 400, "utf-8",
        {"content": "Caf\u00e9 talks".encode("latin-1"), "headers": TEXT}),
    Api("integer of 5000 digits", "POST", "/articles", 400, "4300 digits",
        {"content": b'{"id": "n", "text": "a", "published": ' + b"9" * 5000 + b"}", "headers": JSON}),
    Api("20 MB body", "POST", "/articles", 413, "larger than",
        {"content": b"x" * (20 * 1024 * 1024), "headers": TEXT}),
    Api("20 MB chunked, no length", "POST", "/articles", 413, "larger than",
        {"content": lambda: iter([b"y" * (1024 * 1024)] * 20), "headers": TEXT}),
    Api("XML body", "POST", "/articles", 415, "unsupported content type",
        {"content": b"<a/>", "headers": {"content-type": "application/xml"}}),
    Api("empty text body", "POST", "/articles", 422, "empty", {"content": b"  \n", "headers": TEXT}),
    Api("JSON string", "POST", "/articles", 422, "expected a json object", {"json": "Lavrov met Choe"}),
    Api("JSON null", "POST", "/articles", 422, "expected a json object", {"content": b"null", "headers": JSON}),
    Api("empty batch", "POST", "/articles", 422, "batch is empty", {"json": []}),
    Api("batch with one bad item", "POST", "/articles", 422, "item 1",
        {"json": [rec(), rec(id="other", facts=[{"type": "MET", "evidence": "x"}])]}),
    # --- wrong types and missing fields
    Api("id is a number", "POST", "/articles", 422, "id", {"json": {"id": 5, "text": STORY}}),
    Api("text is a list", "POST", "/articles", 422, "text", {"json": {"id": "a", "text": ["a"]}}),
    Api("no id", "POST", "/articles", 422, "id", {"json": {"text": STORY}}),
    Api("neither text nor facts", "POST", "/articles", 422, "needs 'id' and 'text'", {"json": {"id": "a"}}),
    Api("unknown field", "POST", "/articles", 422, "extra", {"json": rec(secret="x")}),
    Api("MET with one person", "POST", "/articles", 422, "exactly two names",
        {"json": rec(facts=[{"type": "MET", "persons": ["Sergei Lavrov"], "evidence": "He met."}])}),
    # --- dates
    Api("article dated 2025-02-30", "POST", "/articles", 422, "published",
        {"json": {"id": "a", "text": STORY, "published": "2025-02-30"}}),
    Api("article dated 9999-01-01", "POST", "/articles", 422, "in the future",
        {"json": {"id": "a", "text": STORY, "published": "9999-01-01"}}),
    Api("record dated 9999-01-01", "POST", "/articles", 422, "in the future", {"json": rec(published="9999-01-01")}),
    Api("record dated 'yesterday'", "POST", "/articles", 422, "published", {"json": rec(published="yesterday")}),
    Api("fact dated 2025-13-01", "POST", "/articles", 422, "date",
        {"json": rec(facts=[{"type": "MET", "persons": ["Sergei Lavrov", "Choe Son-hui"],
                             "date": "2025-13-01", "evidence": "They met."}])}),
    Api("text with published=2025-02-30", "POST", "/articles?published=2025-02-30", 422, "published",
        {"content": STORY.encode(), "headers": TEXT}),
    Api("text with published=9999-01-01", "POST", "/articles?published=9999-01-01&id=t", 422, "in the future",
        {"content": STORY.encode(), "headers": TEXT}),
    # --- sizes
    Api("10,000 persons in one article", "POST", "/articles", 422, "at most 500",
        {"json": rec(persons=[{"name": f"Envoy Number {i}"} for i in range(10_000)])}),
    Api("HTML bomb: 100k nested tags", "POST", "/articles?id=bomb", 422, "no article body",
        {"content": b"<div>" * 100_000 + b"x" + b"</div>" * 100_000, "headers": HTML}),
    Api("HTML bomb: 1M entities", "POST", "/articles?id=ents", 422, "no article body",
        {"content": b"&amp;" * 1_000_000, "headers": HTML}),
    # --- names and ids that are query syntax, markup or look-alikes
    Api("name with a backtick", "POST", "/articles", 422, "names do not have", {"json": named("Sergei `Lavrov`")}),
    Api("name with braces", "POST", "/articles", 422, "names do not have", {"json": named("Lavrov {admin: true}")}),
    Api("name with //", "POST", "/articles", 422, "//", {"json": named("Lavrov // comment")}),
    Api("name is a Cypher fragment", "POST", "/articles", 422, "names do not have",
        {"json": named('x"}) MATCH (n) DETACH DELETE n //', where="fact")}),
    Api("name with a zero-width space", "POST", "/articles", 422, "u+200b", {"json": named("Sergei\u200bLavrov")}),
    Api("name with a Cyrillic look-alike", "POST", "/articles", 422, "look-alike",
        {"json": named("Serg\u0435i Lavrov")}),
    Api("id with NUL", "POST", "/articles", 422, "u+0000", {"json": {"id": "a\x00b", "text": STORY}}),
    Api("id with a right-to-left override", "POST", "/articles", 422, "u+202e", {"json": rec(id="wire-\u202egpj")}),
    Api("unknown ISO code XXX", "POST", "/articles", 422, "not a known iso 3166",
        {"json": rec(persons=[{"name": "Sergei Lavrov", "country": "XXX"}])}),
    Api("two-letter country code", "POST", "/articles", 422, "iso 3166",
        {"json": rec(facts=[{"type": "VISITED", "person": "Sergei Lavrov", "country": "RU", "evidence": "He went."}])}),
    # --- query and path parameters
    Api("limit=-1", "GET", "/persons?limit=-1", 422, "limit"),
    Api("limit=0", "GET", "/persons?limit=0", 422, "limit"),
    Api("limit=10^9", "GET", "/persons?limit=1000000000", 422, "limit"),
    Api("offset=-1", "GET", "/timeline?entity=RUS&offset=-1", 422, "offset"),
    Api("since after until", "GET", "/timeline?entity=RUS&since=2025-01-02&until=2025-01-01", 422, "after"),
    Api("since=2025-02-30", "GET", "/countries/RUS/visitors?since=2025-02-30", 422, "since"),
    Api("q of 201 characters", "GET", "/persons?q=" + "a" * 201, 422, "q"),
    Api("meeting type FOO", "GET", "/persons/choe-son-hui/meetings?type=FOO", 422, "type"),
    Api("person %00", "GET", "/persons/%00", 404, "no person"),
    Api("person a%2Fb", "GET", "/persons/a%2Fb", 404, "no route"),
    Api("article ..%2F..%2Fetc", "GET", "/articles/..%2F..%2Fetc%2Fpasswd", 404, "no article"),
    Api("unknown ISO country", "GET", "/countries/XXX/visitors", 404, "no country"),
    Api("path from a person to itself", "GET", "/paths?from=choe&to=Choe%20Son-hui", 422, "same person"),
    Api("delete id with NUL", "DELETE", "/articles/a%00b", 422, "u+0000"),
    Api("delete unknown article", "DELETE", "/articles/no-such-article", 404, "no article"),
    Api("delete ..%2F..", "DELETE", "/articles/..%2F..", 404, "no article"),
]  # fmt: skip


@pytest.mark.parametrize("case", API_CASES, ids=[c.name for c in API_CASES])
def test_api_refuses_hostile_input_cleanly(harness: Harness, case: Api) -> None:
    client = harness.client
    assert client.post("/articles", json=MOSCOW_TASS).status_code == 201
    before = snapshot(harness.store)
    kwargs = {k: v() if callable(v) else v for k, v in case.kwargs.items()}  # a fresh body stream
    response = client.request(case.method, case.path, **kwargs)
    assert response.status_code == case.status, response.text[:500]
    body = response.json()
    assert body["error"] and case.says in body["message"].lower(), body
    assert snapshot(harness.store) == before, "a refused request changed the store"
    good = client.post("/articles", json=MOSCOW_YONHAP)
    assert good.status_code == 201, good.text


@dataclass
class Cli:
    name: str
    args: list[str]  # {file} is replaced by the path of the file written from `content`
    says: str
    content: bytes | None = None
    suffix: str = ".json"
    exit_code: int = 1


def _jsonl(*records: dict[str, Any]) -> bytes:
    return "\n".join(json.dumps(r) for r in records).encode()


CLI_CASES = [
    Cli("ingest 100k nested brackets", ["ingest", "{file}"], "nested too deeply", DEEP),
    Cli("ingest truncated JSON", ["ingest", "{file}"], "malformed json", b'{"id": "x", "text": "Lav'),
    Cli("ingest binary file", ["ingest", "{file}"], "binary file", b"\x00\x01\x02" * 100, ".txt"),
    Cli("ingest empty file", ["ingest", "{file}"], "empty", b"", ".txt"),
    Cli("ingest undecodable bytes", ["ingest", "{file}"], "not utf-8", b"\x81\x8d\x8f\x90\x9d" * 10, ".txt"),
    Cli("ingest record dated 9999", ["ingest", "{file}"], "in the future", _jsonl(rec(published="9999-01-01")), ".jsonl"),
    Cli("ingest Cypher-fragment name", ["ingest", "{file}"], "names do not have",
        _jsonl(named('x"}) MATCH (n) DETACH DELETE n //')), ".jsonl"),
    Cli("ingest 10,000 persons", ["ingest", "{file}"], "at most 500",
        _jsonl(rec(persons=[{"name": f"Envoy Number {i}"} for i in range(10_000)])), ".jsonl"),
    Cli("ingest unknown ISO code", ["ingest", "{file}"], "not a known iso 3166",
        _jsonl(rec(persons=[{"name": "Sergei Lavrov", "country": "QQQ"}])), ".jsonl"),
    Cli("ingest article id with NUL", ["ingest", "{file}"], "u+0000",
        json.dumps({"id": "a\x00b", "text": STORY, "published": "2024-11-01"}).encode()),
    Cli("ingest missing file", ["ingest", "/nonexistent/article.json"], "no such file"),
    Cli("who-met --limit 0", ["query", "who-met", "choe", "--limit", "0"], "limit", exit_code=2),
    Cli("who-met --since 2025-02-30", ["query", "who-met", "choe", "--since", "2025-02-30"], "since", exit_code=2),
    Cli("timeline of nobody", ["query", "timeline", "Nobody Atall"], "no person matches"),
    Cli("delete unknown article", ["delete", "no-such-article"], "no article"),
    Cli("delete zero-width id", ["delete", "a\u200bb"], "u+200b"),
]  # fmt: skip


@pytest.mark.parametrize("case", CLI_CASES, ids=[c.name for c in CLI_CASES])
def test_cli_refuses_hostile_input_cleanly(harness: Harness, case: Cli, tmp_path: Path) -> None:
    assert harness.client.post("/articles", json=MOSCOW_TASS).status_code == 201
    before = snapshot(harness.store)
    args = list(case.args)
    if case.content is not None:
        path = tmp_path / f"input{case.suffix}"
        path.write_bytes(case.content)
        args = [str(path) if a == "{file}" else a for a in args]
    result = harness.cli(*args)
    assert result.exit_code == case.exit_code, result.output
    assert "Traceback" not in result.output
    assert case.says in result.output.lower(), result.output
    assert snapshot(harness.store) == before, "a refused command changed the store"
    good = tmp_path / "good.jsonl"
    good.write_bytes(_jsonl(MOSCOW_YONHAP))
    result = harness.cli("ingest", str(good))
    assert result.exit_code == 0 and "1 added" in result.output, result.output


def test_there_are_at_least_forty_cases() -> None:
    assert len(API_CASES) + len(CLI_CASES) >= 40
