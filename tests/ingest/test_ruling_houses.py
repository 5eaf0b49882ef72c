"""A Gulf ruling house in a name says whose the person is (invented texts)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.pipeline import extract_article
from ingest.ruling_houses import house_state
from ingest.schema import Article
from tests.ingest.conftest import MODEL


def states(text: str) -> dict[str, str | None]:
    article = Article(id="houses", published=date(2024, 5, 2), text=text)
    return {p.name: p.country for p in extract_article(article, MODEL).persons}


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("Faisal bin Nasser Al Thani", "QAT"),
        ("Jaber Mubarak Al-Sabah", "KWT"),
        ("Saif bin Hamid al Nahyan", "ARE"),
        ("Rashid bin Salman Al Khalifa", "BHR"),
        ("Turki bin Fahd Al Saud", "SAU"),
        ("Omar Al Said", None),
        ("Khalifa Haddad", None),
        ("Thani Mwangi", None),
    ],
)
def test_house_state(name: str, state: str | None) -> None:
    assert house_state(name) == state


def test_a_prince_named_bare_in_a_story_filed_from_the_other_side() -> None:
    got = states(
        "CAIRO, March 3 (MENA) - Egyptian President Adel Mansour Fikry received on Sunday a message from "
        "His Highness the Amir Sheikh Jaber Mubarak Al-Sabah, delivered by Foreign Minister Nasser Bader "
        "Al-Mutairi. Fikry asked Al-Mutairi to convey his greetings to the Amir."
    )
    assert got.get("Jaber Mubarak Al-Sabah") == "KWT"
