"""`diplograph ingest --published`, the warnings summary, and `--report FILE`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from diplograph.settings import get_settings

UNDATED = (
    "Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi on Monday.\n"
)


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("DIPLOGRAPH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DIPLOGRAPH_STORE", raising=False)
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_undated_articles_are_warned_about_at_the_end(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(UNDATED)
    result = runner.invoke(cli, ["ingest", str(tmp_path / "talks.txt")])
    assert result.exit_code == 0, result.output
    assert "warnings: 1 article (1 without a publication date" in result.stderr
    assert "talks: no publication date" in result.stderr


def test_published_dates_articles_without_a_date(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(UNDATED)
    result = runner.invoke(cli, ["ingest", "--published", "2025-04-02", str(tmp_path / "talks.txt")])
    assert result.exit_code == 0, result.output
    assert "no publication date" not in result.stderr
    met = json.loads(runner.invoke(cli, ["query", "who-met", "Wang Yi", "--json"]).stdout)
    assert [e["date"] for e in met] == ["2025-03-31"]  # "Monday" before Wednesday 2 April 2025


def test_report_has_one_line_per_article_with_its_outcome(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(UNDATED)
    (tmp_path / "broken.json").write_text('{"id": "x", "text": ')
    report = tmp_path / "out" / "report.jsonl"
    report.parent.mkdir()
    result = runner.invoke(
        cli, ["ingest", "--report", str(report), str(tmp_path / "talks.txt"), str(tmp_path / "broken.json")]
    )
    assert result.exit_code == 1
    rows = {Path(r["file"]).name: r for r in map(json.loads, report.read_text().splitlines())}
    assert rows["talks.txt"]["status"] == "added" and rows["talks.txt"]["article_id"] == "talks"
    assert any("no publication date" in w for w in rows["talks.txt"]["warnings"])
    assert rows["broken.json"]["status"] == "failed" and "broken.json" in rows["broken.json"]["error"]
    again = runner.invoke(cli, ["ingest", "--report", str(report), str(tmp_path / "talks.txt")])
    assert json.loads(report.read_text())["status"] == "skipped" and again.exit_code == 0


def test_report_to_an_unwritable_place_is_named(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "talks.txt").write_text(UNDATED)
    target = tmp_path / "missing" / "report.jsonl"
    result = runner.invoke(cli, ["ingest", "--report", str(target), str(tmp_path / "talks.txt")])
    assert result.exit_code == 1 and f"{target}: cannot write the report" in result.stderr
