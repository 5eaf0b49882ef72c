"""The state an official serves, inferred from the whole article (our own news-style texts)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ingest.conftest import Extract


def states(extract: Extract, text: str) -> dict[str, str | None]:
    record = extract(text, published=date(2024, 5, 2))
    return {p.name: p.country for p in record.persons}


def test_a_side_named_after_the_name(extract: Extract) -> None:
    found = states(
        extract,
        "Delegations from Chile and Peru met in Lima on Tuesday. "
        "Deputy Foreign Minister Ana Luisa Moreno represented Chile. "
        "Trade Minister Jorge Quispe Salas signed for Peru.",
    )
    assert found["Ana Luisa Moreno"] == "CHL"
    assert found["Jorge Quispe Salas"] == "PER"


def test_a_later_mention_by_demonym_and_office(extract: Extract) -> None:
    found = states(
        extract,
        "President Halima Osei hosted Prime Minister Tomas Varga for talks on trade on Monday. "
        "Officials said the Hungarian premier would stay for two days. "
        "The Hungarian prime minister also laid a wreath.",
    )
    assert found["Tomas Varga"] == "HUN"


def test_the_other_side_of_a_counterpart(extract: Extract) -> None:
    found = states(
        extract,
        "Trade Secretary Martin Hale and his Indian counterpart Ravi Menon signed the UK-India deal. "
        "Britain and India hope to double trade by 2030, and London says India is a key partner.",
    )
    assert found["Ravi Menon"] == "IND"
    assert found["Martin Hale"] == "GBR"


def test_the_host_of_a_planned_visit(extract: Extract) -> None:
    found = states(
        extract,
        "Foreign Minister Claire Dubois will travel to Samoa to meet with Prime Minister Tuilagi Fale. "
        "In Fiji, she will meet with Prime Minister Josefa Naivalu.",
    )
    assert found["Tuilagi Fale"] == "WSM"
    assert found["Josefa Naivalu"] == "FJI"


def test_the_home_side_of_a_two_state_story(extract: Extract) -> None:
    found = states(
        extract,
        "Prime Minister Kenji Morita and Russian President Pavel Orlov met in Moscow on Saturday. "
        "Japan and Russia agreed to work on a peace treaty, Morita said. "
        "Tokyo and Moscow will hold talks again in the autumn, and Japan hopes Russia will agree.",
    )
    assert found["Pavel Orlov"] == "RUS"
    assert found["Kenji Morita"] == "JPN"


def test_no_home_side_when_a_third_state_is_as_prominent(extract: Extract) -> None:
    found = states(
        extract,
        "Minister Aiko Sato and Egyptian Foreign Minister Omar Salem met in Cairo on Monday. "
        "They discussed Sudan, Libya and Sudan again, and the war in Sudan. Egypt backs talks on Libya.",
    )
    assert found["Omar Salem"] == "EGY"
    assert found["Aiko Sato"] is None


@pytest.mark.parametrize(
    ("title", "state"),
    [
        ("External Affairs Minister", "IND"),
        ("Unification Minister", "KOR"),
        ("Chief Cabinet Secretary", "JPN"),
        ("Secretary of State", "USA"),
    ],
)
def test_offices_of_one_state(extract: Extract, title: str, state: str) -> None:
    found = states(extract, f"{title} Arun Castellano spoke to reporters on Friday about the talks.")
    assert found["Arun Castellano"] == state


def test_an_office_in_lower_case(extract: Extract) -> None:
    record = extract(
        "The visiting president was met at the airport by the foreign secretary, Alan Pryce. "
        "He later criticised the mayor of Lyon, Marc Duval, on social media.",
        published=date(2024, 5, 2),
    )
    found = {p.name: p for p in record.persons}
    assert found["Marc Duval"].country == "FRA" and found["Marc Duval"].title == "mayor of Lyon"
    assert found["Alan Pryce"].title == "foreign secretary"


def test_the_last_place_before_the_meeting_is_the_host(extract: Extract) -> None:
    found = states(
        extract,
        "After visiting Samoa, Foreign Minister Claire Dubois will travel to Tonga to meet with "
        "Prime Minister Sione Havili.",
    )
    assert found["Sione Havili"] == "TON"


def test_a_state_inside_an_appositive(extract: Extract) -> None:
    found = states(
        extract,
        "Lukas Brandt, head of the Social Democrats in Germany's parliament, criticised the deal. "
        "Talks were held with Yusuf al-Amri, the Omani Foreign Ministry's under-secretary for political "
        "affairs, in Muscat. Ri Chol-man, who serves as director of a bureau of the Korean People's Army, "
        "was also present.",
    )
    assert found["Lukas Brandt"] == "DEU"
    assert found["Yusuf al-Amri"] == "OMN"
    assert found["Ri Chol-man"] == "PRK"


def test_an_office_in_a_state_body(extract: Extract) -> None:
    found = states(extract, "In Geneva, State Department spokesman Owen Hartley said the talks would resume.")
    assert found["Owen Hartley"] == "USA"


def test_a_traveller_in_a_story_filed_from_home(extract: Extract) -> None:
    found = states(
        extract,
        "NAIROBI, May 2 (Example Wire) - President Amani Kiprop left for Mozambique on Thursday, "
        "his office said.",
    )
    assert found["Amani Kiprop"] == "KEN"


def test_the_side_an_official_sat_on(extract: Extract) -> None:
    found = states(
        extract,
        "Present at the talks were Han Myong-su, vice minister of trade, from the DPRK side, and Pavel "
        "Sorokin, deputy minister of energy, from the Russian side.",
    )
    assert found["Han Myong-su"] == "PRK"
    assert found["Pavel Sorokin"] == "RUS"
