"""Companions named apart from the trip they made: before it, in an aside, or as a delegation.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2025, 8, 14)


def visitors(record: ExtractionRecord) -> set[tuple[str, str]]:
    return {(f.person or "", f.country or "") for f in record.facts if f.type == "VISITED"}


def test_companions_named_before_the_trip_made_it(extract: Extract) -> None:
    record = extract(
        "Turkish President Kemal Arslan received Syrian President Samir Haddad in Istanbul on Saturday. "
        "From the Syrian side, Foreign Minister Omar Khalil and Defense Minister Sami Nasser, who "
        "accompanied Haddad, were present. Haddad arrived in Istanbul on Saturday on an unannounced visit.",
        DAY,
    )
    assert {("Omar Khalil", "TUR"), ("Sami Nasser", "TUR")} <= visitors(record)


def test_a_delegation_that_includes_members_made_the_trip(extract: Extract) -> None:
    record = extract(
        "New Zealand Foreign Minister Wiremu Peters arrived in Honiara on Wednesday for a two-day visit. "
        "He is accompanied by a cross-party delegation that includes Labour spokesperson Hemi Tane and "
        "Green Party MP Rawiri Moana.",
        DAY,
    )
    assert {("Hemi Tane", "SLB"), ("Rawiri Moana", "SLB")} <= visitors(record)


def test_a_host_who_accompanied_the_visitor_made_no_trip(extract: Extract) -> None:
    record = extract(
        "Senegalese President Modou Faye arrived in Nouakchott on Thursday for a two-day visit. He was "
        "welcomed at the airport by his host, President Sidi Ould Ahmed, who accompanied him in a motorcade "
        "to the presidential palace.",
        DAY,
    )
    assert ("Sidi Ould Ahmed", "MRT") not in visitors(record)
    assert ("Modou Faye", "MRT") in visitors(record)


def test_amir_after_an_office_is_a_given_name(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Tariq Anwar, Chinese Foreign Minister Li Ming and Afghan interim Foreign "
        "Minister Amir Khan Durrani met in Kabul on Wednesday.",
        DAY,
    )
    assert "Amir Khan Durrani" in {p.name for p in record.persons}


def test_an_indian_style_before_the_presidents_name_is_no_name(extract: Extract) -> None:
    record = extract(
        "Prime Minister Ravi Gopal of Mauritius called on Rashtrapati Smt. Sunita Devi at Rashtrapati "
        "Bhavan on Wednesday.",
        DAY,
    )
    assert {p.name for p in record.persons} == {"Ravi Gopal", "Sunita Devi"}


def test_a_first_name_the_model_left_out_is_part_of_the_name(extract: Extract) -> None:
    record = extract(
        "The minister signed a memorandum in Addis Ababa with Muse Bihi Abdi-Farah, then leader of the "
        "region. The deal was co-signed by Shri Manoj Kumar Tripathi, Secretary, Ministry of Mines.",
        DAY,
    )
    names = {p.name for p in record.persons}
    assert "Muse Bihi Abdi-Farah" in names
    assert "Manoj Kumar Tripathi" in names


def test_every_companion_in_a_list_of_offices_made_the_trip(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Reza Karimi travelled to Muscat on Saturday for indirect talks. Karimi was "
        "accompanied by Deputy Foreign Minister for Political Affairs Ali Mohseni and Foreign Ministry "
        "spokesman Hamid Rostami.",
        DAY,
    )
    assert {("Ali Mohseni", "OMN"), ("Hamid Rostami", "OMN")} <= visitors(record)


def test_the_other_delegations_head_came_to_the_talks_abroad(extract: Extract) -> None:
    record = extract(
        "Iran's Foreign Minister Reza Karimi travelled to Muscat on Saturday at the head of a delegation "
        "for indirect talks with the United States. The US delegation was headed by Special Envoy Mark "
        "Hollis, who also met the Omani foreign minister separately.",
        DAY,
    )
    assert ("Mark Hollis", "OMN") in visitors(record)


def test_the_visiting_delegation_includes_companions_told_through_it(extract: Extract) -> None:
    record = extract(
        "New Zealand Foreign Minister Wiremu Peters arrived in Honiara yesterday for a two-day visit. He "
        "is accompanied by a cross-party delegation that includes Labour spokesperson Hemi Tane and Green "
        "Party lawmaker Rawiri Moana. The visiting delegation also met Leader of the Opposition "
        "Matthew Wale.",
        DAY,
    )
    pairs = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Hemi Tane", "Matthew Wale"}) in pairs
    assert frozenset({"Rawiri Moana", "Matthew Wale"}) in pairs


def test_an_mp_named_after_the_party_is_a_person(extract: Extract) -> None:
    record = extract("Also on the trip is Green Party MP Rawiri Moana, who met the minister on Monday.", DAY)
    assert "Rawiri Moana" in {p.name for p in record.persons}


def test_a_delegation_which_includes_a_member_is_the_party_and_the_member(extract: Extract) -> None:
    record = extract(
        "Pyongyang, July 12 (KCNA) -- A delegation of the Lao party led by Somphone Keo arrived here on "
        "Friday. The delegation, which includes Bounmy Vong, vice-chairman of the commission, was greeted "
        "at the airport by Ri Chol Min, director of the International Department.",
        date(2025, 7, 12),
    )
    pairs = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Somphone Keo", "Ri Chol Min"}) in pairs
    assert frozenset({"Bounmy Vong", "Ri Chol Min"}) in pairs


def test_a_companion_on_the_tour_made_every_leg(extract: Extract) -> None:
    record = extract(
        "KUWAIT -- Kuwait's Foreign Minister Sheikh Salem Al-Jaber returned home Wednesday, concluding "
        "a tour of three Maghreb countries. The tour began Sunday in Tunis, where Sheikh Salem was "
        "received by President Kamel Ben Ali. On Monday, he flew to Algiers. The minister arrived in "
        "Rabat on Tuesday. The Kuwaiti minister was accompanied on the tour by Assistant Foreign "
        "Minister Fahad Al-Ali.",
        date(2021, 3, 4),
    )
    assert {("Salem Al-Jaber", "TUN"), ("Salem Al-Jaber", "DZA"), ("Salem Al-Jaber", "MAR")} <= visitors(
        record
    )
    assert {("Fahad Al-Ali", "TUN"), ("Fahad Al-Ali", "DZA"), ("Fahad Al-Ali", "MAR")} <= visitors(record)


def test_those_who_joined_the_visitor_on_the_trip_made_it(extract: Extract) -> None:
    record = extract(
        "President Ramon Cruz arrived in Hanoi on Monday for a two-day state visit to Vietnam. Cruz was "
        "joined on the trip by Foreign Affairs Secretary Elena Manalo and Agriculture Secretary Tomas "
        "Laurel.",
        date(2024, 1, 31),
    )
    assert {("Elena Manalo", "VNM"), ("Tomas Laurel", "VNM")} <= visitors(record)


def test_a_companion_told_with_the_arrival_meets_no_host_at_the_airport(extract: Extract) -> None:
    record = extract(
        "WINDHOEK -- President Anna Shikongo received President Tebogo Molefe of Botswana at State House "
        "on Monday. Molefe, who was on a one-day working visit, was accompanied by Minister of "
        "International Relations Kago Sethebe.",
        date(2025, 5, 13),
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Anna Shikongo", "Kago Sethebe"}) not in met
    assert ("Kago Sethebe", "NAM") in visitors(record)


def test_part_of_the_delegation_made_the_trip(extract: Extract) -> None:
    record = extract(
        "MANILA -- New Zealand Foreign Minister Peter Whitcombe arrived in Manila on Monday for a "
        "two-day visit. Trade envoy Hamish Tait is part of his delegation.\n\nDefence Minister Ana Nur, "
        "who is part of the visiting delegation, held separate talks with her Philippine counterpart "
        "Jose Reyes.",
        date(2025, 4, 29),
    )
    assert {("Hamish Tait", "PHL"), ("Ana Nur", "PHL")} <= visitors(record)


def test_a_companion_in_a_relative_clause_of_the_traveller_made_the_trip(extract: Extract) -> None:
    record = extract(
        "TAIPEI -- Tuvalu Prime Minister Feleti Tafao arrived in Taipei on Monday for a four-day visit. "
        "Tafao, who is accompanied by Foreign Minister Saufatu Tealei, was greeted at Taoyuan "
        "International Airport by Taiwan's Minister of Foreign Affairs, Hsu Wen-chieh.",
        date(2026, 3, 17),
    )
    assert ("Saufatu Tealei", "TWN") in visitors(record)


def test_a_companion_along_with_another_made_the_trip_too(extract: Extract) -> None:
    record = extract(
        "MALE -- President Anura Dissan arrived in Male on Monday for a three-day state visit to the "
        "Maldives, where he held talks with President Mohamed Zameer. Foreign Minister Anil Perera, "
        "who is accompanying the President along with Fisheries Minister Sunil Wije, also held a "
        "separate meeting with Zameer on the same day.",
        date(2026, 3, 19),
    )
    assert {("Anil Perera", "MDV"), ("Sunil Wije", "MDV")} <= visitors(record)


def test_members_of_the_delegation_the_traveller_travels_with_made_the_trip(extract: Extract) -> None:
    record = extract(
        "BERLIN -- German Foreign Minister Karl Weber arrived in Bamako on Monday for a two-day visit to "
        "Mali. Weber is travelling with a delegation that includes the chairman of the foreign affairs "
        "committee, Jonas Brandt, who also attended the meeting with President Amadou Keita.",
        date(2016, 9, 18),
    )
    assert ("Jonas Brandt", "MLI") in visitors(record)


def test_the_subject_who_began_the_tour_in_a_country_visited_it(extract: Extract) -> None:
    record = extract(
        "Pretoria, Oct 17 - Cuban Foreign Minister Bruno Diaz held talks here on Thursday with South "
        "Africa's foreign minister, Naledi Mokoena. The Cuban foreign minister began the tour on Monday "
        "in Namibia, where he was welcomed at the airport by Deputy Minister Christine Hamutenya.",
        date(2019, 10, 17),
    )
    assert ("Bruno Diaz", "NAM") in visitors(record)
    assert not any(person == "Christine Hamutenya" for person, _ in visitors(record))
