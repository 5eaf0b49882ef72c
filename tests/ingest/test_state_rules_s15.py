"""State rules of session 15 (invented texts and outlets): papers named after a place, companions
named after an inverted copula, the one invited to visit, an office of two portfolios, a state's
name of two words owning an office, a government's own release, the home side's visitor abroad,
a former holder of an office."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.outlets import outlet_state, own_release
from ingest.people import _FORMER_BEFORE
from ingest.pipeline import extract_article
from ingest.schema import Article
from tests.ingest.conftest import MODEL


def states(text: str, source: str | None = None) -> dict[str, str | None]:
    article = Article(id="s15", source=source, published=date(2024, 5, 2), text=text)
    return {p.name: p.country for p in extract_article(article, MODEL).persons}


@pytest.mark.parametrize(
    ("source", "state"),
    [
        ("The Lima Evening Ledger", "PER"),  # a capital
        ("Osaka Daily Courier", "JPN"),  # another city of the state
        ("The Chilean Chronicle", "CHL"),  # a demonym
        ("Paraguay MFA press release", "PRY"),
        ("Indian Ocean Maritime Review", None),  # a sea, not a state
        ("Caribbean Weekly (English edition)", None),  # a language, not a state
        ("Lima and Quito Review", None),  # two states: none of them home
        ("The Evening Ledger", None),
    ],
)
def test_a_paper_named_after_a_place(source: str, state: str | None) -> None:
    assert outlet_state(source) == state


def test_a_paper_named_after_a_capital_names_its_own_officials_bare() -> None:
    text = (
        "Foreign Minister Aldo Verrin said on Monday that Peru and Ecuador would reopen the border "
        "crossing at Huaquillas next month."
    )
    assert states(text, source="The Lima Evening Ledger")["Aldo Verrin"] == "PER"
    assert states(text, source="The Evening Ledger")["Aldo Verrin"] is None


def test_who_a_companion_clause_tells_of_is_no_companion() -> None:
    article = Article(
        id="s15",
        published=date(2024, 5, 2),
        text="LIMA, May 2 (Example Wire) -- Foreign Minister Aldo Verrin held talks with visiting Chilean "
        "Foreign Minister Rosa Ibarra Soto in Lima on Wednesday.\n\nAccompanying Ibarra was Tomas Quell "
        "Varas, the Chilean special envoy for trade, who also attended the talks with Verrin.",
    )
    record = extract_article(article, MODEL)
    found = {p.name: p.country for p in record.persons}
    # The host, named in the companion's clause, made no trip and keeps the dateline's state.
    assert found["Aldo Verrin"] == "PER"
    assert not [f for f in record.facts if f.type == "VISITED" and f.person == "Aldo Verrin"]


def test_the_one_invited_to_visit_is_the_visitor() -> None:
    article = Article(
        id="s15",
        published=date(2024, 5, 2),
        text="SEOUL, May 2 (Example Wire) -- Foreign Minister Baek Jun-ho held talks with Peruvian Foreign "
        "Minister Aldo Verrin in Lima on Monday. Baek invited Verrin to visit Seoul next year, and the "
        "Peruvian minister accepted.",
    )
    record = extract_article(article, MODEL)
    visitors = {f.person for f in record.facts if f.type == "VISITED" and f.country == "KOR"}
    assert visitors == {"Aldo Verrin"}
    # The host who invited, not reported travelling home, is the dateline's.
    assert {p.name: p.country for p in record.persons}["Baek Jun-ho"] == "KOR"


def test_a_demonym_before_an_office_of_two_portfolios() -> None:
    found = states(
        "On the sidelines of the forum in Quito, Peruvian Vice Trade Minister Aldo Verrin met separately "
        "with Chilean Mining and Energy Minister Rosa Ibarra Soto.",
    )
    assert found["Rosa Ibarra Soto"] == "CHL"


def test_an_ambassador_and_a_name_are_no_office_of_two_portfolios() -> None:
    found = states(
        "The President received the credentials of Ambassador of Egypt Karim Fawzi Mansour and "
        "Ambassador of Chile Rosa Ibarra Soto on Monday.",
    )
    assert found["Rosa Ibarra Soto"] == "CHL"
    assert found["Karim Fawzi Mansour"] == "EGY"


def test_a_state_of_two_words_owns_the_office_before_a_name() -> None:
    found = states(
        "On Tuesday, Prime Minister Aldo Verrin met President Rosa Ibarra Soto in Beijing. New Zealand's "
        "ambassador to China, Tomas Quell Varas, was also present at the meeting.",
    )
    assert found["Tomas Quell Varas"] == "NZL"


def test_a_government_release_speaks_for_its_state_unnamed() -> None:
    text = (
        "President Aldo Verrin departed for Quito this morning on an official visit at the invitation of "
        "President Rosa Ibarra Soto. The President is accompanied by Foreign Minister Tomas Quell Varas."
    )
    found = states(text, source="The President's Office, Republic of Peru")
    assert found["Aldo Verrin"] == "PER"
    assert found["Tomas Quell Varas"] == "PER"
    # A national paper that names no state of its own reports on others.
    assert states(text, source="The Lima Evening Ledger")["Aldo Verrin"] is None


@pytest.mark.parametrize(
    ("source", "release"),
    [
        ("Ministry of Foreign Affairs, Peru", True),
        ("Embassy of Chile, Lima", True),
        ("Peru News Agency", False),
        ("The Lima Evening Ledger", False),
        ("Ministry of Foreign Affairs", False),  # no state: nobody's home side
    ],
)
def test_a_government_release(source: str, release: bool) -> None:
    assert own_release(source) is release


def test_who_met_abroad_only_that_states_people_is_the_home_sides_visitor() -> None:
    text = (
        "Foreign Minister Aiko Tanabe held talks with Philippine Foreign Secretary Ramon Villar in Manila "
        "on Monday. They discussed Chinese ships near the Philippines, and the aid of Japan to Vietnam and "
        "Indonesia."
    )
    found = states(text, source="Kyodo News")
    assert found["Aiko Tanabe"] == "JPN"
    assert found["Ramon Villar"] == "PHL"


def test_a_former_holder_takes_no_office() -> None:
    found = states(
        "KATHMANDU, May 2 (Example Wire) -- Foreign Minister Aldo Verrin of Peru met Prime Minister Ram "
        "Bahadur Thapa on Monday. He also met former Prime Minister Keshav Prasad Koirala."
    )
    assert found["Ram Bahadur Thapa"] == "NPL"
    # The serving Prime Minister does not keep his predecessor from the home side.
    assert found["Keshav Prasad Koirala"] == "NPL"


@pytest.mark.parametrize(
    ("before", "former"),
    [
        ("He also met former Prime Minister ", True),
        ("signed under then-President ", True),
        ("Chile's then Foreign Minister ", True),
        ("the late President ", True),
        ("He then met President ", False),
        ("He met Prime Minister ", False),
    ],
)
def test_an_office_once_held(before: str, former: bool) -> None:
    assert bool(_FORMER_BEFORE.search(before)) is former
