"""State rules of the issue-8 session: clauses after a name, states whose name holds "of", lists of
offices, counterparts, a state's name as dateline, the dateline side named alone (invented texts)."""

from __future__ import annotations

from datetime import date

from ingest.states import _state_in_phrase
from tests.ingest.conftest import Extract


def states(extract: Extract, text: str) -> dict[str, str | None]:
    record = extract(text, published=date(2024, 5, 2))
    return {p.name: p.country for p in record.persons}


def test_a_clause_after_a_name_is_no_appositive() -> None:
    # The verb's object is the other minister's office, not the subject's.
    assert _state_in_phrase("held talks on Monday in Rabat with the Foreign Minister of Peru") is None
    assert _state_in_phrase("received this Monday at the palace the Foreign Minister of Chile") is None
    # An office told with a participle is still one.
    assert _state_in_phrase("appointed Ambassador of Ghana last year") == "GHA"


def test_a_clause_after_a_name_gives_no_state(extract: Extract) -> None:
    found = states(
        extract,
        "The Minister of Foreign Affairs, Tomas Velarde Ruiz, held talks on Monday with the Minister of "
        "Foreign Affairs of the Republic of Peru, Anselmo Quiroga Paz, who is on an official visit.",
    )
    assert found["Tomas Velarde Ruiz"] != "PER"
    assert found["Anselmo Quiroga Paz"] == "PER"


def test_a_state_whose_name_holds_of_after_a_body() -> None:
    assert _state_in_phrase("Speaker of the National Assembly of the Republic of Korea") == "KOR"
    assert _state_in_phrase("Chairman of the Senate of the Republic of Chile") == "CHL"


def test_a_speaker_in_apposition(extract: Extract) -> None:
    found = states(
        extract,
        "The Emir received Mr. Park Min-jae, Speaker of the National Assembly of the Republic of Korea, "
        "and his delegation on Monday.",
    )
    assert found["Park Min-jae"] == "KOR"


def test_an_office_of_its_own_then_the_next_of_a_list(extract: Extract) -> None:
    found = states(
        extract,
        "The meeting was attended by Dr. Layla bint Hamad Al Nuaimi, Minister of State, and Karim "
        "Fawzi Mansour, Ambassador of Egypt to the UAE.",
    )
    assert found["Layla bint Hamad Al Nuaimi"] != "EGY"
    assert found["Karim Fawzi Mansour"] == "EGY"


def test_an_office_of_its_own_then_an_honorific_and_the_next(extract: Extract) -> None:
    found = states(
        extract,
        "The audience was attended by His Excellency Sayyid Talal bin Saif Al Rawahi, Minister of "
        "Foreign Affairs, and His Excellency Omar Fathi Salem, Ambassador of Jordan to the Sultanate "
        "of Oman.",
    )
    assert found["Talal bin Saif Al Rawahi"] != "JOR"


def test_the_one_holder_of_an_office_is_not_the_counterparts_state(extract: Extract) -> None:
    found = states(
        extract,
        "Malaysia and Thailand signed two agreements in Putrajaya on Monday after talks between Prime "
        "Minister Azlan Hamid Yusof and his Thai counterpart, Somsak Ratanakul. The Thai PM left on "
        "Tuesday. Malaysia and Thailand share a long border.",
    )
    assert found["Azlan Hamid Yusof"] != "THA"
    assert found["Somsak Ratanakul"] == "THA"


def test_a_state_named_as_its_own_dateline(extract: Extract) -> None:
    found = states(
        extract,
        "KUWAIT, Jan 14 (KUNA) -- The Minister of Foreign Affairs Fahad Salem Al-Otaibi received at "
        "Bayan Palace on Tuesday the Secretary-General of the league, who is visiting the country.",
    )
    assert found["Fahad Salem Al-Otaibi"] == "KWT"


def test_the_dateline_side_alone_named_with_its_state(extract: Extract) -> None:
    found = states(
        extract,
        "MOSCOW, May 2 (TASS) - Russian Foreign Minister Ilya Vronsky held talks with the Foreign "
        "Minister of Myanmar, Aung Kyaw Thein, in Moscow on Thursday. Deputy Foreign Minister Pavel "
        "Gromov also took part in the talks. Russia and Myanmar agreed to expand trade; Myanmar thanked "
        "Russia.",
    )
    # The bare deputy minister was made the guest's: the dateline's side is home.
    assert found["Pavel Gromov"] != "MMR"
