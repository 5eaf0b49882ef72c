"""Every `diplograph` command, run as a user would (same settings as the server)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from app.cli import cli
from diplograph.settings import get_settings
from tests.records import ALL_RECORDS, MOSCOW_TASS

ARTICLE_TEXT = (
    "PYONGYANG, June 19 (Example Wire) -- Russian President Vladimir Putin held talks with North Korean "
    "leader Kim Jong-un in Pyongyang on Wednesday, state media said.\n"
)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("DIPLOGRAPH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DIPLOGRAPH_API_KEY", raising=False)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "more").mkdir(parents=True)
    (folder / "records.jsonl").write_text("\n".join(json.dumps(r) for r in ALL_RECORDS) + "\n")
    article = {"id": "wire-putin-kim", "published": "2024-06-19", "title": "Summit", "text": ARTICLE_TEXT}
    (folder / "more" / "article.json").write_text(json.dumps(article))
    (folder / "more" / "summit.txt").write_text(ARTICLE_TEXT)
    (folder / "notes.md").write_text("not an article, ignored")
    return folder


def test_ingest_folder_reports_a_summary_and_is_idempotent(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(cli, ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "9 added, 0 replaced, 0 skipped, 0 failed" in result.output
    assert "merged with known persons" in result.output and "corroborating" in result.output
    again = runner.invoke(cli, ["ingest", str(corpus)])
    assert "0 added, 0 replaced, 9 skipped, 0 failed" in again.output


def test_ingest_bad_file_is_named_others_still_go_in(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x", "text": ')
    result = runner.invoke(
        cli, ["ingest", str(broken), str(corpus / "records.jsonl"), str(tmp_path / "nope.txt")]
    )
    assert result.exit_code == 1
    assert "broken.json" in result.output and "nope.txt" in result.output
    assert "7 added, 0 replaced, 0 skipped, 2 failed" in result.output


def test_query_who_met_and_visits(runner: CliRunner, corpus: Path) -> None:
    runner.invoke(cli, ["ingest", str(corpus / "records.jsonl")])
    result = runner.invoke(cli, ["query", "who-met", "Choe Son Hui"])
    assert result.exit_code == 0, result.output
    assert "2024-11-01" in result.output and "Sergei Lavrov" in result.output and "Moscow" in result.output
    assert "[tass-2024-11-01]" in result.output
    as_json = json.loads(
        runner.invoke(cli, ["query", "who-met", "choe", "--json", "--since", "2025-01-01"]).output
    )
    assert [e["counterpart"]["id"] for e in as_json] == ["sergei-lavrov"]
    visits = runner.invoke(cli, ["query", "visits", "Kim Jong-un"])
    assert "RUS" in visits.output or "Russia" in visits.output
    visitors = runner.invoke(cli, ["query", "visits", "--country", "RUS", "--json"])
    assert {e["subject"]["id"] for e in json.loads(visitors.output)} == {
        "choe-son-hui",
        "kim-jong-un",
        "wang-yi",
    }


def test_query_unknown_name_fails_clearly(runner: CliRunner, corpus: Path) -> None:
    runner.invoke(cli, ["ingest", str(corpus / "records.jsonl")])
    result = runner.invoke(cli, ["query", "who-met", "Nobody Atall"])
    assert result.exit_code == 1
    assert "no person matches 'Nobody Atall'" in result.output


def test_stats(runner: CliRunner, corpus: Path) -> None:
    runner.invoke(cli, ["ingest", str(corpus / "records.jsonl")])
    stats = json.loads(runner.invoke(cli, ["stats", "--json"]).output)
    table = runner.invoke(cli, ["stats"]).output
    assert "Article" in table and "evidence sentences" in table
    assert stats["nodes"]["Article"] == 7 and stats["evidence"] == 16


def test_export_formats(runner: CliRunner, corpus: Path, tmp_path: Path) -> None:
    runner.invoke(cli, ["ingest", str(corpus / "records.jsonl")])
    data = json.loads(runner.invoke(cli, ["export", "--format", "json"]).output)
    assert len(data["edges"]) == 14 and {n["label"] for n in data["nodes"]} >= {
        "Person",
        "Country",
        "Article",
    }
    graphml = tmp_path / "graph.graphml"
    assert runner.invoke(cli, ["export", "--format", "graphml", "-o", str(graphml)]).exit_code == 0
    graph = nx.read_graphml(graphml)
    assert graph.has_edge("Person:choe-son-hui", "Person:sergei-lavrov")
    folder = tmp_path / "csv"
    assert runner.invoke(cli, ["export", "--format", "csv", "-o", str(folder)]).exit_code == 0
    with (folder / "edges.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 14 and {"source", "target", "date", "article_count"} <= rows[0].keys()
    assert (folder / "nodes.csv").exists() and (folder / "evidence.csv").exists()
    stdout_csv = runner.invoke(cli, ["export", "--format", "csv"]).stdout
    assert len(list(csv.DictReader(stdout_csv.splitlines()))) == 14
    assert runner.invoke(cli, ["export", "--format", "pdf"]).exit_code != 0


def test_extract_prints_records_and_names_bad_files(runner: CliRunner, tmp_path: Path) -> None:
    good = tmp_path / "summit.txt"
    good.write_text(ARTICLE_TEXT)
    bad = tmp_path / "bad.json"
    bad.write_text("{broken")
    result = runner.invoke(cli, ["extract", "--published", "2024-06-19", str(bad), str(good)])
    assert result.exit_code == 1
    assert "bad.json" in result.stderr
    [line] = result.stdout.strip().splitlines()
    rec = json.loads(line)
    assert rec["id"] == "summit" and rec["published"] == "2024-06-19"
    assert {"persons", "facts", "organizations", "warnings"} <= rec.keys()
    as_array = runner.invoke(cli, ["extract", "--format", "json", str(good)])
    assert as_array.exit_code == 0 and isinstance(json.loads(as_array.stdout), list)


def test_ingest_then_serve_sees_the_same_graph(
    runner: CliRunner, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from fastapi.testclient import TestClient

    runner.invoke(cli, ["ingest", str(corpus / "records.jsonl")])
    served = {}

    def fake_run(app: object, host: str, port: int) -> None:
        served.update(app=app, host=host, port=port)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    result = runner.invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (served["host"], served["port"]) == ("0.0.0.0", 8123)
    with TestClient(served["app"]) as client:  # type: ignore[arg-type]
        assert client.get("/persons/Choe Son-hui/meetings").json()["total"] == 2
        assert client.post("/articles", json=MOSCOW_TASS).json()["status"] == "skipped"


def test_help_lists_every_command(runner: CliRunner) -> None:
    output = runner.invoke(cli, ["--help"]).output
    for command in ("extract", "ingest", "serve", "query", "export", "stats"):
        assert command in output


def test_query_timeline_path_and_search(runner: CliRunner, corpus: Path) -> None:
    runner.invoke(cli, ["ingest", str(corpus / "records.jsonl")])
    timeline = runner.invoke(cli, ["query", "timeline", "Kim Jong-un"])
    assert timeline.exit_code == 0 and timeline.output.index("2023-09-12") < timeline.output.index(
        "2024-06-19"
    )
    path = runner.invoke(cli, ["query", "path", "Wang Yi", "Choe Son-hui"])
    assert "Wang Yi -> Sergei Lavrov -> Choe Son-hui" in path.output and "CALLED 2025-03-03" in path.output
    assert "no connection" in runner.invoke(cli, ["query", "path", "Wang Yi", "Kim Jong-un"]).output
    holders = runner.invoke(cli, ["query", "title", "Foreign Minister", "--country", "PRK"]).output
    assert "2024-11-01 .. 2025-07-12" in holders and "Choe Son-hui" in holders
    search = runner.invoke(cli, ["query", "search", "choe"])
    first_row = [line for line in search.output.splitlines() if line.strip()][2]
    assert first_row.split()[0] == "choe-son-hui"
