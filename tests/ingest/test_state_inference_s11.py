"""States inferred from the story's structure (our invented texts, real states)."""

from __future__ import annotations

from datetime import date

from ingest.pipeline import extract_article
from ingest.schema import Article
from tests.ingest.conftest import MODEL


def people(text: str, source: str | None = None) -> dict[str, tuple[str | None, bool]]:
    article = Article(id="s11-state", source=source, published=date(2024, 5, 2), text=text)
    return {p.name: (p.country, p.country_inferred) for p in extract_article(article, MODEL).persons}


def test_the_head_of_state_who_hosted_a_visitor_serves_the_state_visited() -> None:
    found = people(
        "Weekly round-up of regional diplomacy. "
        "Malian Prime Minister Oumar Traversi made a one-day visit to Dakar on Tuesday, "
        "where he was hosted by President Abdou Ndiagne at the presidential palace."
    )
    assert found["Oumar Traversi"][0] == "MLI"
    assert found["Abdou Ndiagne"] == ("SEN", True)


def test_the_host_of_the_last_stop_of_a_tour() -> None:
    found = people(
        "Brazilian President Paulo Ventara returned home on Sunday from a tour of Africa. "
        "From Johannesburg, Ventara flew to Luanda on Friday. "
        "Ventara was received at the palace by President Mateus Kiala."
    )
    assert found["Mateus Kiala"] == ("AGO", True)


def test_a_companion_of_the_visitor_is_not_the_host() -> None:
    found = people(
        "South Korean President Kim Dae-sung arrived in Tokyo on Saturday for talks. "
        "Foreign Minister Park Min-jae, who accompanied Kim on the trip, sat in on the summit."
    )
    assert found["Park Min-jae"][0] != "JPN"


def test_the_head_of_state_who_invited_a_traveller_hosts_the_state_visited() -> None:
    found = people(
        "Maldivian President Ahmed Naseer departed for Sri Lanka this morning on an official visit "
        "at the invitation of President Nimal Perera."
    )
    assert found["Nimal Perera"] == ("LKA", True)


def test_the_leader_whose_greetings_an_envoy_conveyed_serves_the_envoys_state() -> None:
    found = people(
        "President Karim Haddad received four new ambassadors on Tuesday. "
        "The Senegalese ambassador conveyed to President Haddad the greetings of President Ousmane Fall."
    )
    assert found["Ousmane Fall"] == ("SEN", True)


def test_the_messenger_is_who_the_relative_clause_opens_on() -> None:
    found = people(
        "On Tuesday, the Sri Lankan minister was received by Omani Deputy Prime Minister Said Al Harthy, "
        "who conveyed the greetings of Sultan Khalid bin Faisal to President Nimal Perera."
    )
    assert found["Khalid bin Faisal"][0] != "LKA"


def test_a_bare_minister_of_a_home_outlets_story_who_also_went_abroad_is_its_own() -> None:
    found = people(
        "SEOUL, Jan. 16 (Yonhap) -- Foreign Minister Park Sung-ho held talks with U.S. Deputy Secretary "
        "of State Laura Benton on Thursday, the second day of her three-day visit to Seoul. "
        "Park visited Washington in November, meeting Secretary of State Mark Dowling.",
        source="Yonhap",
    )
    assert found["Park Sung-ho"] == ("KOR", True)


def test_one_with_no_office_who_met_the_visitors_of_a_two_state_story_is_their_host() -> None:
    found = people(
        "Hanoi, July 12 (VNA) -- A delegation of the Cuban Communist Party led by Jorge Alvarez Ruiz, "
        "a member of the Cuban party's Political Bureau, arrived here on Friday. "
        "The delegation, which includes Pedro Sosa Mena, was greeted at the airport by Le Hoang Nam, "
        "head of the Commission for External Relations of the Communist Party of Vietnam. "
        "On the same day Tran Van Hieu met the delegation at the Party Central Committee headquarters. "
        "Present there was Le Hoang Nam. "
        "Tran Van Hieu welcomed the delegation's visit to Vietnam."
    )
    assert found["Tran Van Hieu"] == ("VNM", True)
