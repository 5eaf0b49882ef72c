"""Who else sat at talks already told: people who "joined the President in the talks", a group
named by its office ("the two Cabinet Secretaries"), and those who attended "the meeting with X".

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2025, 4, 12)


def met(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}


def test_ministers_who_joined_the_president_in_the_talks_met_the_other_side(extract: Extract) -> None:
    record = extract(
        "Kenyan President Daniel Chebet held talks with his Ghanaian counterpart Kwame Mensah in Accra on "
        "Monday. Foreign Affairs Cabinet Secretary Jane Wairimu and Trade Cabinet Secretary Paul Otieno "
        "joined the President in the talks, while the Ghanaian side included Vice President Ama Owusu "
        "and Foreign Minister Kofi Badu.",
        DAY,
    )
    pairs = met(record)
    for kenyan in ("Daniel Chebet", "Jane Wairimu", "Paul Otieno"):
        for ghanaian in ("Ama Owusu", "Kofi Badu"):
            assert frozenset({kenyan, ghanaian}) in pairs
    assert frozenset({"Kwame Mensah", "Jane Wairimu"}) in pairs
    # the ones who joined the President sat on his side
    assert frozenset({"Daniel Chebet", "Jane Wairimu"}) not in pairs
    assert frozenset({"Ama Owusu", "Kofi Badu"}) not in pairs


def test_a_group_named_by_its_office_is_the_companions_who_hold_it(extract: Extract) -> None:
    record = extract(
        "Kenyan President Daniel Chebet held talks with his Ghanaian counterpart Kwame Mensah in Accra on "
        "Monday. Chebet is accompanied by Foreign Affairs Cabinet Secretary Jane Wairimu and Trade Cabinet "
        "Secretary Paul Otieno. The two Cabinet Secretaries joined the President in the talks.",
        DAY,
    )
    pairs = met(record)
    assert frozenset({"Kwame Mensah", "Jane Wairimu"}) in pairs
    assert frozenset({"Kwame Mensah", "Paul Otieno"}) in pairs


def test_those_at_the_meeting_with_the_host_met_the_host(extract: Extract) -> None:
    record = extract(
        "Prime Minister Arjun Malhotra of India held talks with Chinese President Li Wenhua in Beijing on "
        "Friday, on the third day of his visit to China. The meeting with President Li was also attended "
        "by Foreign Minister Ravi Kapoor and Planning Minister Sunil Dutta.",
        DAY,
    )
    pairs = met(record)
    assert frozenset({"Li Wenhua", "Ravi Kapoor"}) in pairs
    assert frozenset({"Li Wenhua", "Sunil Dutta"}) in pairs
    assert frozenset({"Arjun Malhotra", "Ravi Kapoor"}) not in pairs


def test_envoys_listed_one_per_line_after_they_are_met_the_head_of_state(extract: Extract) -> None:
    record = extract(
        "The President of the Republic, Mr. Karim Benali, received on Monday at the palace the "
        "credentials of three new ambassadors accredited to Algeria.\n"
        "They are:\n"
        "- Mrs. Anna Berg, Ambassador of the Kingdom of Sweden,\n"
        "- Mr. Tiago Moreira, Ambassador of the Portuguese Republic,\n"
        "- Mr. Samba Ndour, Ambassador of the Republic of Senegal.\n"
        "The ceremony took place in the presence of the Minister of Foreign Affairs, Mr. Yacine Hamdi.",
        DAY,
    )
    pairs = met(record)
    for envoy in ("Anna Berg", "Tiago Moreira", "Samba Ndour"):
        assert frozenset({"Karim Benali", envoy}) in pairs
        assert frozenset({"Yacine Hamdi", envoy}) in pairs


def test_an_office_whose_clause_runs_on_to_a_name_still_refers_back(extract: Extract) -> None:
    record = extract(
        "President Karim Benali of Algeria received on Monday the credentials of the new Ambassador of "
        "Sweden, Mrs. Anna Berg. The President of the Republic then received the outgoing Ambassador of "
        "Japan, Mr. Kenji Sato, who came to bid him farewell at the end of his mission.",
        DAY,
    )
    assert frozenset({"Karim Benali", "Kenji Sato"}) in met(record)
    # "came to bid him farewell" is a purpose, not a trip
    assert not [f for f in record.facts if f.type == "VISITED" and f.person == "Kenji Sato"]


def test_a_secretary_who_joined_the_president_in_receiving_envoys_met_them(extract: Extract) -> None:
    record = extract(
        "14 April 2025 – President Ramon Dizon accepted the credentials of two new ambassadors at the "
        "palace on Friday, 11 April 2025.\n"
        "Presenting their letters of credence were:\n"
        "• H.E. Mr. Lars Holm, Ambassador Extraordinary and Plenipotentiary of the Kingdom of Denmark;\n"
        "• H.E. Ms. Elena Marin, Ambassador Extraordinary and Plenipotentiary of Romania.\n"
        "Foreign Affairs Secretary Luz Aquino joined the President in receiving the envoys.",
        date(2025, 4, 14),
    )
    pairs = met(record)
    for envoy in ("Lars Holm", "Elena Marin"):
        assert frozenset({"Ramon Dizon", envoy}) in pairs
        assert frozenset({"Luz Aquino", envoy}) in pairs
    assert frozenset({"Ramon Dizon", "Luz Aquino"}) not in pairs
    # the release's own date line is not the ceremony's day
    assert {f.date for f in record.facts if f.type == "MET"} == {"2025-04-11"}


def test_a_family_name_with_al_and_an_international_office_holder_are_people(extract: Extract) -> None:
    record = extract(
        "The Amir received at the palace on Tuesday Secretary-General of the League of Arab States "
        "Hamid Saleh Mansour, who is visiting the country. Earlier, Minister Al-Rashidi met "
        "Foreign Minister Karim Nazarov of Tajikistan.",
        date(2025, 1, 15),
    )
    names = {p.name for p in record.persons}
    assert "Hamid Saleh Mansour" in names
    assert any(n.endswith("Al-Rashidi") for n in names)
    assert any(
        "Karim Nazarov" in pair and any(n.endswith("Al-Rashidi") for n in pair) for pair in met(record)
    )


def test_an_envoy_named_after_his_post_and_a_host_of_another_event(extract: Extract) -> None:
    record = extract(
        "South Korean Foreign Minister Kim Do-yun held talks with Japanese Foreign Minister Sato Kenta, "
        "who is visiting Korea, in Busan on Tuesday. Also present was Ambassador to Korea Tanaka Hiroshi. "
        "Before the meeting, the two Ministers attended the official luncheon hosted by President "
        "Moon Jae-sung.",
        DAY,
    )
    assert "Tanaka Hiroshi" in {p.name for p in record.persons}
    # the luncheon's host is no one at the ministers' talks
    assert not any("Moon Jae-sung" in pair for pair in met(record))


def test_those_present_sit_with_the_state_they_serve(extract: Extract) -> None:
    record = extract(
        "President Omar Haddad received on Monday Eritrean President Tesfay Berhe at the palace in Cairo, "
        "in the presence of Foreign Minister Nabil Sami and Eritrean Foreign Minister Daniel Kidane. "
        "The two presidents last met in Asmara in October 2024, with Presidential Advisor Yonas Tekle.",
        DAY,
    )
    pairs = met(record)
    assert frozenset({"Omar Haddad", "Daniel Kidane"}) in pairs
    assert frozenset({"Nabil Sami", "Daniel Kidane"}) in pairs
    assert frozenset({"Tesfay Berhe", "Nabil Sami"}) in pairs
    assert frozenset({"Tesfay Berhe", "Daniel Kidane"}) not in pairs


def test_a_meeting_attended_by_a_list_the_parser_split_still_has_every_attendee(extract: Extract) -> None:
    record = extract(
        "Turkish President Kemal Arslan received Syrian President Samir Haddad in Istanbul on Saturday. "
        "The closed-door meeting was attended by Foreign Minister Emre Yilmaz, Defense Minister Cem Kaya "
        "and National Intelligence Organization (MIT) chief Tarik Oz.",
        DAY,
    )
    pairs = met(record)
    for turk in ("Emre Yilmaz", "Cem Kaya", "Tarik Oz"):
        assert frozenset({"Samir Haddad", turk}) in pairs


def test_the_visitors_delegation_in_a_list_of_those_present_met_the_hosts(extract: Extract) -> None:
    record = extract(
        "ABU DHABI, 6th May, 2025 (WAM) -- President Sheikh Hamad bin Saif Al Qasimi today received "
        "President Sidi Ould Brahim of the Islamic Republic of Mauritania, who is on a state visit to the "
        "UAE. "
        "In attendance were H.H. Sheikh Khalid bin Saif Al Qasimi, Minister of Foreign Affairs; and "
        "Dr. Rashid bin Ali Al Mansoori, Minister of Industry, as well as members of the accompanying "
        "delegation of the Mauritanian President, including Ahmed Ould Salem, Minister of Foreign Affairs, "
        "Cooperation and Mauritanians Abroad.",
        date(2025, 5, 6),
    )
    pairs = met(record)
    for emirati in ("Hamad bin Saif Al Qasimi", "Khalid bin Saif Al Qasimi", "Rashid bin Ali Al Mansoori"):
        assert frozenset({emirati, "Ahmed Ould Salem"}) in pairs
    assert frozenset({"Sidi Ould Brahim", "Ahmed Ould Salem"}) not in pairs
    assert "Mauritanians Abroad" not in {p.name for p in record.persons}


def test_an_airport_welcome_told_after_the_talks_leaves_the_talks_open(extract: Extract) -> None:
    record = extract(
        "Prime Minister Hamid Rahman of Malaysia and Indonesian President Budi Santoso held a bilateral "
        "meeting at the palace on Friday. Rahman arrived at the airport on Thursday and was received by "
        "Indonesian Foreign Minister Joko Wibowo. Also present at the meeting were Malaysian Foreign "
        "Minister Aziz Osman, while the Indonesian side included Wibowo and Economy Minister Lina Hartati.",
        DAY,
    )
    pairs = met(record)
    assert frozenset({"Aziz Osman", "Budi Santoso"}) in pairs
    assert frozenset({"Hamid Rahman", "Lina Hartati"}) in pairs


def test_a_courtesy_call_at_the_end_of_a_visit_focused_on_trade_is_a_meeting(extract: Extract) -> None:
    record = extract(
        "Malaysian Foreign Minister Ahmad Hasan called on Prime Minister Suda Wong on Thursday, at the "
        "end of a two-day visit to Bangkok focused on security. Separately, the UN chief called on "
        "President Ali Musa to show restraint.",
        DAY,
    )
    pairs = met(record)
    assert frozenset({"Ahmad Hasan", "Suda Wong"}) in pairs
    assert not any("Ali Musa" in pair for pair in pairs)


def test_the_spokesman_who_reports_the_attendance_was_not_at_the_talks(extract: Extract) -> None:
    record = extract(
        "President Omar Fathy received Sudan's Sovereignty Council Chairman Hamid Osman in Cairo on "
        "Tuesday. The talks were attended by Egypt's General Intelligence chief Samir Lotfy and, from "
        "the Sudanese side, Foreign Minister Adil Karim, presidential spokesman Nabil Saad said.",
        date(2023, 8, 29),
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Samir Lotfy", "Hamid Osman"}) in met
    assert not any("Nabil Saad" in pair for pair in met)
    assert "Intelligence" not in {p.name for p in record.persons}


def test_those_at_a_summit_told_in_passing_did_not_attend_the_talks(extract: Extract) -> None:
    record = extract(
        "President Omar Fathy received Sudan's Sovereignty Council Chairman Hamid Osman in Cairo on "
        "Tuesday. Egypt hosted a summit of Sudan's neighbours in Cairo in July, which was attended by "
        "leaders including Chad's President Idriss Mahamat and Ethiopian Prime Minister Tesfaye Alemu.",
        date(2023, 8, 29),
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET" and f.status == "happened"}
    assert frozenset({"Hamid Osman", "Idriss Mahamat"}) not in met
    assert frozenset({"Hamid Osman", "Tesfaye Alemu"}) not in met
