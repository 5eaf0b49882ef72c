"""`diplograph evaluate`: the scoring rules of eval/README.md, and the command on the shipped sample."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.evaluate import dates_overlap, load_gold, score
from diplograph.errors import InvalidInputError
from diplograph.settings import get_settings

SAMPLE = Path(__file__).resolve().parents[2] / "eval" / "sample"


def gold(facts: list[dict[str, Any]], persons: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"id": "a", "text": "...", "published": "2024-06-20", "persons": persons or [], "facts": facts}


def met(a: str, b: str, date: str | None = "2024-06-19", **extra: Any) -> dict[str, Any]:
    return {"type": "MET", "persons": [a, b], "date": date, "evidence": "...", **extra}


def test_pairs_match_in_either_order_and_through_aliases() -> None:
    g = gold([met("Kim Jong-un", "Vladimir Putin")])
    found = gold([met("Putin", "KIM JONG UN")], persons=[{"name": "Vladimir Putin", "aliases": ["Putin"]}])
    report = score({"a": g}, {"a": found})
    assert (report.types["MET"].correct, report.types["MET"].extracted, report.types["MET"].gold) == (1, 1, 1)
    assert report.overall.f1 == 1.0 and report.errors == []


def test_missed_spurious_and_misdated_facts_are_listed() -> None:
    g = gold([met("A B", "C D"), met("A B", "E F", "2024-06")])
    found = gold([met("A B", "E F", "2024-06-18"), met("X Y", "C D")])
    report = score({"a": g}, {"a": found})
    assert report.types["MET"].precision == 0.5 and report.types["MET"].recall == 0.5
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["date", "missed", "spurious"]
    assert report.date_exact == 0.0 and report.date_overlap == 1.0  # June 18 lies in June


def test_optional_gold_facts_neither_reward_nor_punish() -> None:
    g = gold(
        [
            met("A B", "C D"),
            {
                "type": "VISITED",
                "person": "A B",
                "country": "RUS",
                "optional": True,
                "date": None,
                "evidence": "...",
            },
        ]
    )
    without = score({"a": g}, {"a": gold([met("A B", "C D")])})
    with_it = score(
        {"a": g}, {"a": gold([met("A B", "C D"), {"type": "VISITED", "person": "A B", "country": "RUS"}])}
    )
    assert without.overall == with_it.overall
    assert without.types["VISITED"].gold == 0


def test_planned_facts_are_not_counted() -> None:
    report = score({"a": gold([])}, {"a": gold([met("A B", "C D", status="planned")])})
    assert report.overall.extracted == 0 and report.errors == []


def test_visits_need_the_same_country_and_signings_a_shared_word_and_party() -> None:
    visit = {"type": "VISITED", "person": "A B", "country": "RUS", "date": "2024-06", "evidence": "..."}
    sign = {
        "type": "SIGNED",
        "parties": [],
        "countries": ["PRK", "RUS"],
        "agreement": "mutual defense treaty",
        "date": "2024-06-19",
        "evidence": "...",
    }
    found = [
        {**visit, "country": "CHN"},
        {**sign, "agreement": "Treaty on Comprehensive Partnership", "date": None},
    ]
    report = score({"a": gold([visit, sign])}, {"a": gold(found)})
    assert report.types["VISITED"].correct == 0 and report.types["SIGNED"].correct == 1


def test_dates_overlap_at_any_precision() -> None:
    assert dates_overlap("2025-03-14/2025-03-17", "2025-03-16")
    assert dates_overlap("2024", "2024-12-31") and not dates_overlap("2024-06", "2024-07-01")
    assert dates_overlap(None, None) and not dates_overlap(None, "2024")


def test_persons_and_their_states() -> None:
    g = gold(
        [], persons=[{"name": "Choe Son-hui", "country": "PRK"}, {"name": "Sergei Lavrov", "country": "RUS"}]
    )
    found = gold(
        [], persons=[{"name": "Choe Son Hui", "country": "PRK"}, {"name": "Lavrov", "country": None}]
    )
    report = score({"a": g}, {"a": found})
    assert (report.persons.correct, report.persons.extracted, report.persons.gold) == (1, 2, 2)
    assert report.person_country_accuracy == 1.0


def test_bad_gold_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="not a folder"):
        load_gold(tmp_path / "missing")
    with pytest.raises(InvalidInputError, match="no gold articles"):
        load_gold(tmp_path)
    (tmp_path / "x.json").write_text('{"id": "x", "text": "..."}')
    with pytest.raises(InvalidInputError, match=r"x\.json: a gold article needs facts"):
        load_gold(tmp_path)
    (tmp_path / "x.json").write_text("{broken")
    with pytest.raises(InvalidInputError, match=r"x\.json: not a readable JSON file"):
        load_gold(tmp_path)


def test_the_shipped_sample_is_valid_gold() -> None:
    sample = load_gold(SAMPLE)
    assert len(sample) >= 3
    for article in sample.values():
        assert article["id"].startswith("sample-") and article["published"] and article["facts"]
        assert all(f.get("evidence") and f["evidence"] in article["text"] for f in article["facts"])


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    monkeypatch.setenv("DIPLOGRAPH_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    yield CliRunner()
    get_settings.cache_clear()


def test_evaluate_command_scores_the_sample(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["evaluate", str(SAMPLE), "--errors"])
    assert result.exit_code == 0, result.output
    for row in ("MET", "VISITED", "SIGNED", "CALLED", "overall", "persons", "dates of matched facts"):
        assert row in result.stdout
    as_json = json.loads(runner.invoke(cli, ["evaluate", str(SAMPLE), "--json"]).stdout)
    assert as_json["articles"] == len(list(SAMPLE.glob("*.json")))
    assert 0.0 < as_json["overall"]["f1"] <= 1.0 and {"precision", "recall", "f1"} <= as_json["MET"].keys()
    # Gold scored against itself (--records) is perfect: the matching rules agree with the format.
    perfect = json.loads(
        runner.invoke(cli, ["evaluate", str(SAMPLE), "--records", str(SAMPLE), "--json"]).stdout
    )
    assert perfect["overall"]["f1"] == 1.0 and perfect["errors"] == []


def test_evaluate_command_names_a_bad_gold_dir(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["evaluate", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "nowhere: not a folder of gold articles" in result.stderr
