"""State rules of session 18 (invented texts): an office whose name holds "and", written after another
office and its holder, is owned by its own state ("Trade Minister A and Ruritania's Minister of Foreign
Affairs and Trade B"); a comma inside an office's subject keeps the demonym before it; "His Excellency"
stands between an office and its holder."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.mentions import Mention
from ingest.pipeline import extract_article
from ingest.roles import read_role
from ingest.schema import Article
from tests.ingest.conftest import MODEL


def states(text: str) -> dict[str, str | None]:
    article = Article(id="s18", published=date(2024, 5, 2), text=text)
    return {p.name: p.country for p in extract_article(article, MODEL).persons}


def role(text: str, name: str) -> tuple[str | None, str | None]:
    start = text.index(name)
    return read_role(text, Mention(sentence=0, start=start, end=start + len(name), text=name, person=0))


@pytest.mark.parametrize(
    ("text", "name", "title", "state"),
    [
        (
            "The talks were attended by Kenyan Trade Minister Otieno Wamalwa and Ghana's Minister of "
            "Foreign Affairs and Regional Integration Kwesi Addo-Mensah.",
            "Kwesi Addo-Mensah",
            "Minister of Foreign Affairs and Regional Integration",
            "GHA",
        ),
        (
            "She later joined Thai Commerce Minister Somchai Rattana and Vietnam's Minister of Industry "
            "and Trade Nguyen Van Hoa for a working lunch.",
            "Nguyen Van Hoa",
            "Minister of Industry and Trade",
            "VNM",
        ),
    ],
)
def test_an_office_holding_and_after_another_holder_is_its_own_states(
    text: str, name: str, title: str, state: str
) -> None:
    assert role(text, name) == (title, state)


def test_one_office_holding_and_keeps_its_words() -> None:
    text = "The delegation was led by Minister of Marine Affairs and Fisheries Tomas Lindqvist."
    assert role(text, "Tomas Lindqvist")[0] == "Minister of Marine Affairs and Fisheries"


@pytest.mark.parametrize(
    ("text", "name", "title", "state"),
    [
        (
            "He held talks with Senegalese Minister of Foreign Affairs, Cooperation and Nationals Abroad "
            "Moussa Ndiaye Faye in Dakar.",
            "Moussa Ndiaye Faye",
            "Minister of Foreign Affairs, Cooperation and Nationals Abroad",
            "SEN",
        ),
        (
            "Indonesian Minister of Investment, Trade and Industry Budi Santoso, who arrived on Monday, "
            "met the host.",
            "Budi Santoso",
            "Minister of Investment, Trade and Industry",
            "IDN",
        ),
    ],
)
def test_a_comma_inside_an_office_keeps_its_demonym(text: str, name: str, title: str, state: str) -> None:
    assert role(text, name) == (title, state)


def test_a_comma_after_a_whole_office_still_ends_it() -> None:
    text = "On Tuesday, Finance Minister Omar Haddad spoke."
    assert role(text, "Omar Haddad") == ("Finance Minister", None)


def test_his_excellency_stands_between_an_office_and_its_holder() -> None:
    text = (
        "The minister received the newly appointed Ambassador of the Republic of Chile to Malaysia, "
        "His Excellency Rodrigo Pizarro Vial, at the ministry."
    )
    assert role(text, "Rodrigo Pizarro Vial")[1] == "CHL"


def test_an_opening_clause_ends_at_the_comma_before_the_speaker() -> None:
    # "the Indonesian President" is the object inside "Asked about ...", no apposition of Rahim.
    found = states(
        "KUALA LUMPUR -- Malaysia and Brunei have signed a pact on river pollution, Foreign Minister Datuk "
        "Rahim Osman said today. Asked about a possible visit by the Indonesian President, Rahim said no "
        "date had been set."
    )
    assert found["Rahim Osman"] != "IDN"


def test_an_apposition_before_a_name_still_names_the_state() -> None:
    found = states("The Indonesian President, Budi Hartono, arrived in Manila on Monday for talks.")
    assert found["Budi Hartono"] == "IDN"
