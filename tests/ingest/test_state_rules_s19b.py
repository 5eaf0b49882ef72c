"""State rules of session 19b (invented texts): "A called on X at the palace, accompanied by Y": Y
travels with A, the caller, not with X, whom A called on."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.companion_subject import companion_leader
from ingest.mentions import Mention
from ingest.pipeline import extract_article
from ingest.schema import Article
from tests.ingest.conftest import MODEL


def states(text: str) -> dict[str, str | None]:
    article = Article(id="s19b", published=date(2024, 5, 2), text=text)
    return {p.name: p.country for p in extract_article(article, MODEL).persons}


def mention(text: str, name: str, person: int) -> Mention:
    start = text.index(name)
    return Mention(sentence=0, start=start, end=start + len(name), text=name, person=person)


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "Tomas Varga called on Prime Minister Ilse Brandt at the chancellery, accompanied by",
            "Tomas Varga",
        ),
        ("Tomas Varga paid a courtesy call on Ilse Brandt on Monday, accompanied by", "Tomas Varga"),
        ("Tomas Varga met with President Ilse Brandt in the capital, accompanied by", "Tomas Varga"),
        ("Tomas Varga held bilateral talks with Ilse Brandt, accompanied by", "Tomas Varga"),
        # Not a call: the companion follows the last person named.
        ("Tomas Varga thanked Ilse Brandt, accompanied by", "Ilse Brandt"),
        # A second clause: the last person named leads.
        ("Tomas Varga met reporters and Ilse Brandt left, accompanied by", "Ilse Brandt"),
        ("Tomas Varga met Omar Sidi, while Ilse Brandt toured the port, accompanied by", "Ilse Brandt"),
    ],
)
def test_companion_of_the_caller(text: str, leader: str) -> None:
    leaders = [mention(text, "Tomas Varga", 0)]
    for name in ("Omar Sidi", "Ilse Brandt"):
        if name in text:
            leaders.append(mention(text, name, len(leaders)))
    assert companion_leader(text, leaders).text == leader


def test_one_leader_is_the_leader() -> None:
    text = "Tomas Varga arrived on Monday, accompanied by"
    leaders = [mention(text, "Tomas Varga", 0)]
    assert companion_leader(text, leaders) is leaders[0]


def test_ambassador_escorting_the_caller_is_not_the_hosts() -> None:
    found = states(
        "Hungarian Foreign Minister Tomas Varga arrived in Lome on Tuesday. On Wednesday, Varga called on "
        "Prime Minister Edem Agbeko at the Government Palace, accompanied by Hungarian Ambassador to Togo "
        "Pavel Horak."
    )
    assert found.get("Pavel Horak") == "HUN"
    assert found.get("Edem Agbeko") != "HUN"


def test_ambassador_without_a_state_goes_with_the_caller() -> None:
    found = states(
        "Hungarian Foreign Minister Tomas Varga arrived in Lome on Tuesday. On Wednesday, Varga called on "
        "Prime Minister Edem Agbeko, accompanied by Ambassador Pavel Horak."
    )
    assert found.get("Pavel Horak") == "HUN"
    assert found.get("Edem Agbeko") != "HUN"
