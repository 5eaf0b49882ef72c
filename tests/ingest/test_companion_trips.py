"""Companions of a visitor, told in a sentence of their own, made the visitor's trip.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2024, 3, 6)


def travellers(record: ExtractionRecord, country: str) -> set[str | None]:
    return {
        f.person
        for f in record.facts
        if f.type == "VISITED" and f.country == country and f.status == "happened"
    }


def test_a_relative_clause_names_who_accompanies_the_visitor(extract: Extract) -> None:
    record = extract(
        "ACCRA, March 4 - Kenyan President Daniel Kiprop arrived in Accra on Monday for a three-day state "
        "visit. Foreign Minister Mary Wanjiru, who is accompanying Kiprop, held separate talks with "
        "Ghanaian Foreign Minister Kwame Boateng on Monday evening.",
        DAY,
    )
    assert travellers(record, "GHA") == {"Daniel Kiprop", "Mary Wanjiru"}


def test_the_visitor_named_by_office_is_accompanied_two_sentences_later(extract: Extract) -> None:
    record = extract(
        "HANOI - Thai Prime Minister Somchai Rattanakul began an official visit to Vietnam on Tuesday. He "
        "was received by Prime Minister Nguyen Van Long. Trade Minister Anong Srisuk, who accompanied the "
        "prime minister on the trip, met Vietnamese Industry Minister Le Minh Tuan separately.",
        DAY,
    )
    assert travellers(record, "VNM") == {"Somchai Rattanakul", "Anong Srisuk"}


def test_companions_after_an_inverted_accompanying_phrase(extract: Extract) -> None:
    record = extract(
        "SINGAPORE - Malaysian Prime Minister Ahmad Karim arrived in Singapore on Sunday for a two-day "
        "official visit. Accompanying Prime Minister Ahmad Karim on the visit were Foreign Minister Rahim "
        "Yusof; Trade Minister Lim Chee Keong; and senior officials.",
        DAY,
    )
    assert travellers(record, "SGP") == {"Ahmad Karim", "Rahim Yusof", "Lim Chee Keong"}
    # The dateline does not make the companions Singaporean.
    assert {p.name: p.country for p in record.persons}["Rahim Yusof"] != "SGP"


def test_a_member_named_in_the_delegation(extract: Extract) -> None:
    record = extract(
        "BRASILIA - Angolan Prime Minister Joao Manuel Neto arrived in Brasilia on Tuesday for a working "
        "visit. Also in the delegation is Foreign Minister Teresa Cabral. Neto met Vice President Paulo "
        "Rocha on Wednesday.",
        DAY,
    )
    assert travellers(record, "BRA") == {"Joao Manuel Neto", "Teresa Cabral"}


def test_only_the_one_travelling_with_the_visitor_made_the_trip(extract: Extract) -> None:
    record = extract(
        "COPENHAGEN - Norwegian Prime Minister Lars Haugen arrived in Copenhagen on Thursday for talks "
        "with his Danish counterpart Mette Holm. Also taking part in the talks were the two countries' "
        "foreign ministers, Anders Lund and Kari Dahl, who is travelling with the Norwegian prime minister.",
        DAY,
    )
    assert travellers(record, "DNK") == {"Lars Haugen", "Kari Dahl"}


def test_the_ambassador_posted_there_made_no_trip(extract: Extract) -> None:
    record = extract(
        "NEW DELHI - Bhutanese Foreign Minister Pema Dorji arrived in New Delhi on Monday for a three-day "
        "visit. Bhutan's Ambassador to India Sonam Wangdi, who accompanied Dorji in all his meetings, is "
        "due to retire next month.",
        DAY,
    )
    assert travellers(record, "IND") == {"Pema Dorji"}


def test_a_visit_under_way_is_in_the_place_of_the_talks_just_told(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Ana Lestari received her Philippine counterpart Jose Ramos in Jakarta on Tuesday, "
        "where the two agreed to expand maritime patrols. Ramos is on a three-day visit that ends on "
        "Thursday.",
        date(2024, 6, 12),
    )
    assert travellers(record, "IDN") == {"Jose Ramos"}


def test_the_latters_visit_is_the_guests(extract: Extract) -> None:
    record = extract(
        "HANOI - Prime Minister Pham Quoc Bao received Lao Foreign Minister Khamphet Sounthone in Hanoi on "
        "May 15, on the occasion of the latter's official visit to Vietnam.",
        date(2024, 6, 12),
    )
    assert travellers(record, "VNM") == {"Khamphet Sounthone"}


def test_his_visit_after_received_is_the_guests(extract: Extract) -> None:
    record = extract(
        "DOHA - Emir Sheikh Tamim Al Rashid received at the Diwan on Monday Prime Minister of Lebanon Karim "
        "Nassar and the accompanying delegation, on the occasion of his visit to the country.",
        date(2024, 6, 12),
    )
    assert travellers(record, "QAT") == {"Karim Nassar"}


def test_accompanied_at_the_audience_meets_the_host(extract: Extract) -> None:
    record = extract(
        "DAKAR - Foreign Minister Awa Ndiaye received in audience Mauritanian Foreign Minister Sidi Ould "
        "Baba, who is on a working visit to Dakar. The Mauritanian Minister was accompanied at the audience "
        "by the Ambassador of Mauritania in Dakar, Mohamed Ould Brahim.",
        date(2024, 6, 12),
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Awa Ndiaye", "Mohamed Ould Brahim"}) in met
    assert frozenset({"Sidi Ould Baba", "Mohamed Ould Brahim"}) not in met


def test_the_given_name_the_model_misses_after_led_by(extract: Extract) -> None:
    record = extract(
        "BISHKEK - The Tajik delegation on border delimitation, led by Davron Saidmurodzoda, crossed into "
        "Kyrgyzstan on Monday for talks in Batken.",
        date(2024, 6, 12),
    )
    assert "Davron Saidmurodzoda" in {p.name for p in record.persons}


def test_a_visit_told_with_the_arrival_is_that_trip_not_one_to_the_home_state(extract: Extract) -> None:
    record = extract(
        "President Samuel Kibet arrived in Mozambique on Thursday for a two-day State Visit aimed at "
        "bolstering ties with Kenya.",
        date(2024, 6, 14),
    )
    assert {(f.person, f.country) for f in record.facts if f.type == "VISITED"} == {("Samuel Kibet", "MOZ")}


def test_a_companion_of_a_traveller_told_after_someone_elses_trip(extract: Extract) -> None:
    record = extract(
        "DHAKA - Nepalese Prime Minister Ram Bahadur Karki arrived in Dhaka on Sunday for a three-day "
        "visit. Indian Minister of State for Power Ravi Nath Pillai, who flew in from New Delhi for the "
        "ceremony, joined the two prime ministers on Monday. Karki, who landed at the airport on Sunday "
        "afternoon, was received by Foreign Adviser Tariq Hossain. He was accompanied by Nepal's Foreign "
        "Minister Sita Devi Rana.",
        date(2026, 6, 10),
    )
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert ("Sita Devi Rana", "BGD") in visits


def test_a_minister_who_accompanied_the_president_made_his_trip(extract: Extract) -> None:
    record = extract(
        "MEXICO CITY - Guatemalan President Luis Fernando Ixcot landed in Mexico City on Monday for talks. "
        "Mexican President Ana Ramos Vega visited Guatemala City in January. Guatemalan Foreign Minister "
        "Carlos Ramiro Perez, who accompanied Ixcot, met separately with Mexican Foreign Minister Juan "
        "Ortiz Lara.",
        date(2026, 10, 7),
    )
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert ("Carlos Ramiro Perez", "MEX") in visits


def test_crossing_into_a_country_is_a_trip(extract: Extract) -> None:
    record = extract(
        "LIMA - Peruvian Foreign Minister Jorge Luis Quispe crossed into Bolivia by road on Tuesday "
        "morning. On Friday, Argentine President Javier Montana Ruiz crossed the river by ferry "
        "to Montevideo for talks with Uruguayan President Pablo Orsi Vidal.",
        date(2025, 12, 6),
    )
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert ("Jorge Luis Quispe", "BOL") in visits
    assert ("Javier Montana Ruiz", "URY") in visits


def test_the_delegation_that_paid_a_call_is_the_visitor_and_companions(extract: Extract) -> None:
    record = extract(
        "JAKARTA - Timorese Foreign Minister Bendito Freitas arrived in Jakarta on Sunday, accompanied by "
        "Minister of State Administration Tomas Cabral Belo. On Monday, the Timorese delegation paid a "
        "courtesy call on Indonesian Vice President Gibran Soeharto Putra.",
        date(2026, 6, 24),
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Bendito Freitas", "Gibran Soeharto Putra"}) in met
    assert frozenset({"Tomas Cabral Belo", "Gibran Soeharto Putra"}) in met
    assert {p.name: p.country for p in record.persons}["Bendito Freitas"] == "TLS"


def test_members_listed_among_the_delegation_accompanying_the_president(extract: Extract) -> None:
    record = extract(
        "DAKAR - Mauritanian President Mohamed Ould Sidiya arrived in Dakar on Wednesday for a two-day "
        "state visit. Among the delegation accompanying the Mauritanian President are Foreign Minister "
        "Sidi Ould Ahmedou and Minister of Petroleum Fatimetou Mint Abdallahi.",
        date(2025, 12, 4),
    )
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert ("Sidi Ould Ahmedou", "SEN") in visits
    assert ("Fatimetou Mint Abdallahi", "SEN") in visits


def test_days_spent_in_a_city_and_a_minister_the_visitor_travelled_with(extract: Extract) -> None:
    record = extract(
        "NUKU'ALOFA - Australian Foreign Minister Megan Thorn arrived in Nuku'alofa on Monday. Before "
        "reaching Nuku'alofa, she spent two days in Suva, where she held talks with Fiji's Prime Minister "
        "Josaia Vaka on Saturday. Ms Thorn was travelling with Pacific Minister Patrick Conway.",
        date(2025, 8, 5),
    )
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert ("Megan Thorn", "FJI") in visits
    assert ("Megan Thorn", "TON") in visits
    assert any(person == "Patrick Conway" for person, _ in visits)


def test_a_city_that_is_also_a_given_name_after_a_preposition_of_travel(extract: Extract) -> None:
    record = extract(
        "SANTIAGO - Argentine Foreign Minister Federico Larrain Ruiz, who flew to Santiago on Monday night, "
        "was received by Chilean President Ignacio Valdivia Cortes on Tuesday. Santiago Cafiero, a former "
        "minister, was not there.",
        date(2026, 8, 27),
    )
    visits = {(f.person, f.country, f.place) for f in record.facts if f.type == "VISITED"}
    assert ("Federico Larrain Ruiz", "CHL", "Santiago") in visits


def test_a_delegation_led_and_made_up_in_the_next_sentence_arrived_in_a_town(extract: Extract) -> None:
    record = extract(
        "A delegation from Burundi arrived in Entebbe on Saturday for talks on trade. It was led by Vice "
        "President Prosper Ndayizeye and included Minister of Mines Claudine Irakoze.\n\nUgandan President "
        "Samuel Okello received the delegation at State House on Sunday.",
        DAY,
    )
    trips = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert {("Prosper Ndayizeye", "UGA"), ("Claudine Irakoze", "UGA")} <= trips
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Samuel Okello", "Prosper Ndayizeye"}) in met
