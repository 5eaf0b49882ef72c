"""Every error a user can cause on the command line names the problem; where it is a name, the candidates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from diplograph.settings import get_settings
from tests.records import ALL_RECORDS, met, person, record

KIM_YO_JONG = record(
    "kcna-2024-03-02-kim-yo-jong",
    "2024-03-02",
    persons=[
        person("Kim Yo-jong", "Vice Department Director", "PRK"),
        person("Wang Yi", "Foreign Minister", "CHN"),
    ],
    facts=[
        met(
            "Kim Yo-jong",
            "Wang Yi",
            "2024-03-01",
            "Kim Yo-jong met Wang Yi in Pyongyang on Friday.",
            place="Pyongyang",
            country="PRK",
        )
    ],
)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("DIPLOGRAPH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DIPLOGRAPH_API_KEY", raising=False)
    monkeypatch.delenv("DIPLOGRAPH_STORE", raising=False)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


@pytest.fixture
def graph(runner: CliRunner, tmp_path: Path) -> CliRunner:
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in [*ALL_RECORDS, KIM_YO_JONG]) + "\n")
    result = runner.invoke(cli, ["ingest", str(records)])
    assert result.exit_code == 0, result.output
    return runner


def test_unknown_person_suggests_close_names_with_ids(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "who-met", "Lavrof"])
    assert result.exit_code == 1
    assert "no person matches 'Lavrof'" in result.stderr
    assert "did you mean:" in result.stderr
    line = next(x for x in result.stderr.splitlines() if "sergei-lavrov" in x)
    assert "Sergei Lavrov" in line and "article" in line  # a one-line description


def test_ambiguous_name_lists_every_candidate_with_its_id(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "visits", "Kim"])
    assert result.exit_code == 1
    assert "'Kim' matches 2 persons" in result.stderr and "candidates (use an id):" in result.stderr
    assert "kim-jong-un" in result.stderr and "kim-yo-jong" in result.stderr
    assert "Vice Department Director (PRK)" in result.stderr  # tells the two apart
    by_id = graph.invoke(cli, ["query", "visits", "kim-jong-un"])
    assert by_id.exit_code == 0


def test_errors_are_json_on_stdout_with_json(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "timeline", "Kim", "--json"])
    assert result.exit_code == 1
    body = json.loads(result.stdout)
    assert body["error"] == "AmbiguousNameError"
    assert {c["id"] for c in body["candidates"]} == {"kim-jong-un", "kim-yo-jong"}


def test_unknown_country_suggests_codes(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "visits", "--country", "Rusia"])
    assert result.exit_code == 1
    assert "no country matches 'Rusia'" in result.stderr
    assert any(line.split()[0] == "RUS" for line in result.stderr.splitlines() if line.startswith("  "))


def test_unknown_timeline_entity_is_named(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "timeline", "Nobody Atall"])
    assert result.exit_code == 1 and "no person matches 'Nobody Atall'" in result.stderr


def test_path_to_the_same_person(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "path", "Choe Son-hui", "choe-son-hui"])
    assert result.exit_code == 1 and "'from' and 'to' are the same person (choe-son-hui)" in result.stderr


def test_since_after_until(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "who-met", "choe", "--since", "2025-01-01", "--until", "2024-01-01"])
    assert result.exit_code == 1 and "'since' (2025-01-01) is after 'until' (2024-01-01)" in result.stderr


def test_malformed_date_option_names_the_option(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "who-met", "choe", "--since", "2024-13-01"])
    assert result.exit_code == 2 and "--since" in result.output and "2024-13-01" in result.output


def test_limit_out_of_range_names_the_option(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "search", "choe", "--limit", "0"])
    assert result.exit_code == 2 and "--limit" in result.output


def test_title_without_letters(graph: CliRunner) -> None:
    result = graph.invoke(cli, ["query", "title", "..."])
    assert result.exit_code == 1 and "title must contain letters" in result.stderr


def test_unknown_command_is_named(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "who-meet", "choe"])
    assert result.exit_code == 2 and "who-meet" in result.output


def test_ingest_missing_and_malformed_files_are_named(runner: CliRunner, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x", "text": ')
    result = runner.invoke(cli, ["ingest", str(broken), str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "broken.json" in result.stderr and "nope.txt: no such file or folder" in result.stderr


def test_ingest_bad_published_date_names_the_option(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Sergei Lavrov met Wang Yi in Beijing on Monday.\n")
    result = runner.invoke(cli, ["ingest", "--published", "June 2024", str(article)])
    assert result.exit_code == 2 and "--published" in result.output


def test_unreachable_store_is_named(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_STORE", "neo4j")
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    get_settings.cache_clear()
    result = runner.invoke(cli, ["stats"])
    assert result.exit_code == 1 and "error:" in result.stderr and "neo4j" in result.stderr.lower()


def test_export_to_a_missing_folder_is_named(graph: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "graph.graphml"
    result = graph.invoke(cli, ["export", "--format", "graphml", "-o", str(target)])
    assert result.exit_code == 1 and str(target.parent) in result.stderr
