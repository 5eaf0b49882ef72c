"""A stay abroad told as a noun, "was in X, where he met", and offices whose holders are named
after a comma inside a list.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2024, 11, 20)


def pairs(record: ExtractionRecord, kind: str = "MET") -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == kind and f.status == "happened"}


def trips(record: ExtractionRecord) -> dict[tuple[str | None, str | None], str | None]:
    return {
        (f.person, f.country): f.date for f in record.facts if f.type == "VISITED" and f.status == "happened"
    }


def test_a_days_long_stay_in_a_capital_is_a_visit(extract: Extract) -> None:
    record = extract(
        "During his two-day stay in Lima, which began on Sunday, Chilean Foreign Minister Tomas Ibarra "
        "met President Rosa Quispe.",
        DAY,
    )
    assert trips(record) == {("Tomas Ibarra", "PER"): "2024-11-17/2024-11-18"}
    assert pairs(record) == {frozenset({"Tomas Ibarra", "Rosa Quispe"})}


def test_staying_in_power_is_no_trip(extract: Extract) -> None:
    record = extract("President Rosa Quispe said she would stay in office until the election.", DAY)
    assert trips(record) == {}


def test_being_in_a_capital_where_one_met_someone_is_a_visit(extract: Extract) -> None:
    record = extract(
        "Ghanaian Foreign Minister Ama Boateng was in Dakar on Monday, where she met President Ousmane Fall.",
        DAY,
    )
    assert ("Ama Boateng", "SEN") in trips(record)


def test_each_office_in_a_list_names_its_holder_after_a_comma(extract: Extract) -> None:
    record = extract(
        "Swedish Foreign Minister Karin Holm arrived in Amman on Tuesday. During the visit, the minister "
        "also met with the Speaker of the House of Representatives, Samir Nasser, and the governor of "
        "the central bank, Rana Khoury.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Karin Holm", "Samir Nasser"}),
        frozenset({"Karin Holm", "Rana Khoury"}),
    }


def test_a_rank_abbreviation_ends_no_sentence(extract: Extract) -> None:
    record = extract(
        "Kuwait's Foreign Minister Sheikh Fahad Al-Sabah received on Wednesday the special envoy of "
        "Chad, Lt. Gen. (Ret.) Idriss Mahamat Deby, who handed him a written message.",
        DAY,
    )
    # The model reads the name after the rank as "Mahamat Deby"; the meeting is what matters here.
    assert any(
        "Fahad Al-Sabah" in pair and any(n.endswith("Mahamat Deby") for n in pair) for pair in pairs(record)
    )


def test_an_ambassador_received_in_the_state_he_serves_in_made_no_trip(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Sheikh Fahad Al-Sabah received Ambassador of Nepal to Kuwait Ram Bahadur Thapa "
        "on the conclusion of his tenure.",
        DAY,
    )
    assert frozenset({"Fahad Al-Sabah", "Ram Bahadur Thapa"}) in pairs(record)
    assert trips(record) == {}


def test_a_phone_call_received_from_a_caller_the_parser_misplaces(extract: Extract) -> None:
    record = extract(
        "Earlier, the foreign minister, Fahad Al-Sabah, received a phone call from Qatari Minister of "
        "State Dr. Khalid bin Ahmed Al-Thani, during which they discussed regional developments.",
        DAY,
    )
    assert pairs(record) == set()
    assert pairs(record, "CALLED") == {frozenset({"Fahad Al-Sabah", "Khalid bin Ahmed Al-Thani"})}


def test_co_chairs_of_a_session_met(extract: Extract) -> None:
    record = extract(
        "On Sunday, the political consultations between the two foreign ministries were co-chaired by "
        "Deputy Foreign Minister Aigerim Sadykova of Kazakhstan and State Secretary Oleg Marin of Moldova.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Aigerim Sadykova", "Oleg Marin"})}


def test_a_smaller_town_the_recogniser_calls_a_place_is_a_destination(extract: Extract) -> None:
    record = extract(
        "Samoa's Prime Minister Tuala Iosefa arrived in Lautoka on Tuesday for a three-day official visit. "
        "He is accompanied by Samoa's Minister for Fisheries Leota Pele and senior officials.",
        DAY,
    )
    assert set(trips(record)) == {("Tuala Iosefa", "FJI"), ("Leota Pele", "FJI")}
    assert pairs(record) == set()  # a companion on the trip meets no one here, his principal included


def test_the_visit_told_before_gives_no_trip_to_someone_named_near_it(extract: Extract) -> None:
    record = extract(
        "Tajik President Rahmon Saidov arrived in Tashkent on Sunday for a state visit. A meeting with "
        "Kyrgyz President Almaz Toktomushev, expected on the margins of the visit, did not take place.",
        DAY,
    )
    assert set(trips(record)) == {("Rahmon Saidov", "UZB")}


def test_beginning_the_tour_in_a_capital_is_a_trip(extract: Extract) -> None:
    record = extract("French Foreign Minister Claire Dubois began the tour in Dakar on Tuesday.", DAY)
    assert set(trips(record)) == {("Claire Dubois", "SEN")}


def test_talks_with_a_holder_whose_name_the_parser_breaks_off_the_office(extract: Extract) -> None:
    record = extract(
        "Iran's Deputy Foreign Minister for Political Affairs Reza Karimi, who arrived in Muscat on Tuesday "
        "night, held talks with Secretary-General of the Omani Foreign Ministry Sheikh Said bin Khalid Al "
        "Harthy on Wednesday.",
        DAY,
    )
    assert any("Reza Karimi" in pair and any(n.endswith("Al Harthy") for n in pair) for pair in pairs(record))


def test_envoys_with_a_lineage_particle_and_a_korean_surname_that_is_also_a_word(extract: Extract) -> None:
    record = extract(
        "President Kofi Amoah received Letters of Credence on Wednesday. The envoys were Mr Ahmed Salem "
        "Ould Bouh, Ambassador of Mauritania; and Dr Ji-hoon Park, Ambassador of the Republic of Korea.",
        DAY,
    )
    names = {p.name for p in record.persons}
    assert {"Ahmed Salem Ould Bouh", "Ji-hoon Park"} <= names
