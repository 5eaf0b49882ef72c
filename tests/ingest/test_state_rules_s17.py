"""State rules of session 17 (invented texts): a messenger carries their own leader's word, also when
the leader owns the message ("A conveyed President B's greetings"); those "who accompanied" someone
are that one's people ("A and B, who accompanied C on the trip")."""

from __future__ import annotations

from datetime import date

from ingest.pipeline import extract_article
from ingest.schema import Article
from tests.ingest.conftest import MODEL


def states(text: str) -> dict[str, str | None]:
    article = Article(id="s17", published=date(2024, 5, 2), text=text)
    return {p.name: p.country for p in extract_article(article, MODEL).persons}


def test_the_leader_whose_wish_a_minister_conveyed_is_of_the_ministers_state() -> None:
    found = states(
        "Japanese Foreign Minister Kenta Mori met his counterpart Lin Dao in Seoul on Tuesday. Speaking to "
        "reporters after the dinner, Mori said he had conveyed Prime Minister Sato Hiroki's wish to visit "
        "South Korea at an early date."
    )
    assert found["Kenta Mori"] == "JPN"
    assert found["Sato Hiroki"] == "JPN"


def test_the_leader_whose_greetings_an_envoy_delivered_is_of_the_envoys_state() -> None:
    found = states(
        "Ghanaian Foreign Minister Kofi Anan Mensa arrived in Lome on Monday. Mensa delivered President "
        "Yaw Boadu's warm greetings to President Eyadema Kodjo at the presidential palace."
    )
    assert found["Yaw Boadu"] == "GHA"


def test_a_possessive_without_a_message_links_no_one() -> None:
    # "conveyed ... to President B's office": B owns no message here, so B is not the messenger's.
    found = states(
        "Ghanaian Foreign Minister Kofi Anan Mensa arrived in Lome on Monday. Mensa conveyed the request "
        "to President Eyadema Kodjo's office."
    )
    assert found["Eyadema Kodjo"] != "GHA"


def test_a_list_who_accompanied_a_leader_is_of_the_leaders_state() -> None:
    # Filed from Tokyo: without the clause, the second companion would be the dateline's.
    found = states(
        "TOKYO -- South Korean President Lee Min-ho wrapped up his trip on Sunday. Foreign Minister Park "
        "Jun-seo and National Security Adviser Han Do-yoon, who accompanied Lee on the trip, sat in on the "
        "summit, as did Japanese Foreign Minister Kenji Sato."
    )
    assert found["Park Jun-seo"] == "KOR"
    assert found["Han Do-yoon"] == "KOR"
    assert found["Kenji Sato"] == "JPN"


def test_one_who_met_a_leader_is_not_of_the_leaders_state() -> None:
    # "met with B, who accompanied C": the list is cut at the meeting word.
    found = states(
        "TOKYO -- South Korean President Lee Min-ho wrapped up his trip on Sunday. Japanese Foreign Minister "
        "Kenji Sato met with Defence Minister Park Jun-seo, who accompanied Lee on the trip."
    )
    assert found["Park Jun-seo"] == "KOR"
    assert found["Kenji Sato"] == "JPN"


def test_a_state_named_in_the_list_sets_its_own_apart() -> None:
    found = states(
        "SUVA -- The arrangement was inked by Home Affairs Minister Semi Vosa and New Zealand's Defence "
        "Minister Mark Renwick, who accompanied Prime Minister Helen Whitby on the trip."
    )
    assert found["Mark Renwick"] == "NZL"
    assert found["Semi Vosa"] != "NZL"
