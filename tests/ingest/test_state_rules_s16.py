"""State rules of session 16 (invented texts): an office opened by a state's adjective and set off by
a comma announces the name after it, as "the ..." does."""

from __future__ import annotations

from datetime import date

from ingest.pipeline import extract_article
from ingest.schema import Article
from tests.ingest.conftest import MODEL


def roles(text: str) -> dict[str, tuple[str | None, str | None]]:
    article = Article(id="s16", published=date(2024, 5, 2), text=text)
    return {p.name: (p.title, p.country) for p in extract_article(article, MODEL).persons}


def test_a_demonym_office_set_off_by_a_comma_announces_the_name() -> None:
    found = roles(
        "Foreign Minister Aldo Verrin held talks on Tuesday with Guatemalan Minister of Foreign "
        "Affairs, Rosa Ibarra Soto, who is on a working visit."
    )
    assert found["Rosa Ibarra Soto"] == ("Minister of Foreign Affairs", "GTM")


def test_a_two_word_demonym_opens_the_office_too() -> None:
    found = roles("Minister Aldo Verrin met South Korean Foreign Minister, Rosa Ibarra Soto, on Monday.")
    assert found["Rosa Ibarra Soto"] == ("Foreign Minister", "KOR")


def test_a_word_that_is_no_state_opens_no_office() -> None:
    # "Foreign" names no state: the comma does not hand "Trade Minister" a state.
    found = roles("Aldo Verrin met Foreign Trade Minister, Rosa Ibarra Soto, on Tuesday.")
    assert found["Rosa Ibarra Soto"][1] is None


def test_a_counterpart_named_after_a_style_of_rank_is_of_the_adjectives_state() -> None:
    # "Sayyid" stands outside the name's span, between the counterpart and the name.
    found = roles(
        "Iranian Foreign Minister Aldo Verrin held a phone conversation with his Omani counterpart "
        "Sayyid Tomas bin Harib Al Quell on Monday."
    )
    assert found["Tomas bin Harib Al Quell"][1] == "OMN"
    assert found["Aldo Verrin"][1] == "IRN"


def test_one_and_his_counterpart_who_sat_down_with_someone_are_not_one_side() -> None:
    # Both are subjects of "met with": still, "his Malaysian counterpart" is the other side.
    found = roles(
        "Prime Minister Aldo Verrin and his Malaysian counterpart Tomas Quell met with Foreign Minister "
        "Ivo Pell in Alor Setar on Monday."
    )
    assert found["Tomas Quell"][1] == "MYS"
    assert found["Aldo Verrin"][1] != "MYS"


def test_who_sat_down_together_with_someone_are_still_one_side() -> None:
    found = roles(
        "Malaysian Foreign Minister Aldo Verrin and envoy Tomas Quell met with Prime Minister Ivo Pell "
        "in Bangkok on Monday."
    )
    assert found["Tomas Quell"][1] == "MYS"
