"""Summits told by their host, chairs of gatherings, credentials ceremonies and their witnesses.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2026, 2, 11)


def pairs(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET" and f.status == "happened"}


def names(record: ExtractionRecord) -> set[str]:
    return {p.name for p in record.persons}


def test_counterparts_hosted_at_a_summit_of_four_states_all_met(extract: Extract) -> None:
    record = extract(
        "Lusaka (AFP) - The leaders of Zambia, Mauritania, Gambia and Guinea-Bissau met in Lusaka on "
        "Tuesday for a mini-summit on fisheries.\n\nZambian President Joseph Mwale Banda hosted his "
        "counterparts Ahmed Ould Cheikh Salem of Mauritania, Lamin Kebba Touray of Gambia and Carlos "
        "Mendes Có of Guinea-Bissau at the state house.",
        DAY,
    )
    guests = ["Ahmed Ould Cheikh Salem", "Lamin Kebba Touray", "Carlos Mendes Có"]
    assert set(guests) <= names(record)  # the last word before "of <state>" is part of the name
    for guest in guests:
        assert frozenset({"Joseph Mwale Banda", guest}) in pairs(record)
    assert frozenset({"Lamin Kebba Touray", "Carlos Mendes Có"}) in pairs(record)


def test_counterparts_received_one_by_one_did_not_meet_each_other(extract: Extract) -> None:
    record = extract(
        "Lusaka - The leaders of Zambia, Kenya, Ghana and Senegal met in Lusaka on Tuesday for a summit "
        "on trade.\n\nOn the sidelines, Zambian President Joseph Mwale Banda hosted Kenyan President "
        "Peter Otieno Kamau and Ghanaian President Kofi Asante Mensah separately.",
        DAY,
    )
    assert frozenset({"Joseph Mwale Banda", "Peter Otieno Kamau"}) in pairs(record)
    assert frozenset({"Peter Otieno Kamau", "Kofi Asante Mensah"}) not in pairs(record)


def test_the_chair_named_before_the_verb_met_everyone_gathered(extract: Extract) -> None:
    record = extract(
        "GABORONE - The extraordinary session of the SADC Council of Ministers, chaired by Botswana's "
        "Minister for Trade and Industry, Kabo Tlhalefang Molefe, brought together Zambia's Trade Minister "
        "Mwila Chanda Phiri and Namibia's Foreign Minister Peya Ndapewa Shilongo on Monday.\n\nHosted by "
        "Botswana's President Duma Gideon Keitseng, the dinner brought together Zambian President "
        "Hakainde Mwansa and Malawian President Lazarus Chiwenga Phiri.",
        DAY,
    )
    assert frozenset({"Kabo Tlhalefang Molefe", "Mwila Chanda Phiri"}) in pairs(record)
    assert frozenset({"Kabo Tlhalefang Molefe", "Peya Ndapewa Shilongo"}) in pairs(record)
    assert frozenset({"Duma Gideon Keitseng", "Hakainde Mwansa"}) in pairs(record)


def test_the_minister_in_whose_presence_a_ceremony_took_place_met_the_envoys(extract: Extract) -> None:
    record = extract(
        "TUNIS - President Kais Ben Salah received on Tuesday at Carthage Palace the letters of credence "
        "of the Ambassador of the Republic of Ghana, Kwame Mensah Boateng, and the Ambassador of the "
        "Kingdom of Thailand, Somchai Rattanakul.\n\nThe ceremony took place in the presence of the "
        "Minister of Foreign Affairs and the National Community Abroad, Nabil Ammar Trabelsi.",
        DAY,
    )
    assert frozenset({"Kais Ben Salah", "Kwame Mensah Boateng"}) in pairs(record)
    assert frozenset({"Nabil Ammar Trabelsi", "Somchai Rattanakul"}) in pairs(record)
    assert "National Community Abroad" not in names(record)


def test_a_witness_of_a_signing_is_no_attendee_of_the_talks(extract: Extract) -> None:
    record = extract(
        "ADDIS ABABA - Ethiopian Prime Minister Dawit Alemu held talks with Djiboutian President Ismail "
        "Hassan Farah on Monday.\n\nFollowing the talks, Foreign Minister Getachew Bekele and his "
        "Djiboutian counterpart Mahamoud Ali Youssouf signed three agreements in the presence of the two "
        "leaders.",
        DAY,
    )
    assert frozenset({"Getachew Bekele", "Ismail Hassan Farah"}) not in pairs(record)


def test_envoys_presenting_credentials_after_the_head_of_state_accepted_them(extract: Extract) -> None:
    record = extract(
        "NAIROBI - President Samuel Kiprono Ruto accepted on Thursday the credentials of three new "
        "ambassadors to Kenya in a ceremony at State House.\n\nPresenting their letters of credence were "
        "Ambassador Tran Van Minh of Vietnam; Ambassador Kenji Watanabe of Japan; and Ambassador Pedro "
        "Alvarez Ruiz of Peru.\n\nForeign Affairs Cabinet Secretary Musalia Odhiambo Wetangula was also "
        "present during the ceremony.",
        DAY,
    )
    for envoy in ("Tran Van Minh", "Kenji Watanabe", "Pedro Alvarez Ruiz"):
        assert frozenset({"Samuel Kiprono Ruto", envoy}) in pairs(record)
        assert frozenset({"Musalia Odhiambo Wetangula", envoy}) in pairs(record)
    assert frozenset({"Tran Van Minh", "Kenji Watanabe"}) not in pairs(record)


def test_envoys_handing_over_credentials_at_one_ceremony_did_not_meet_each_other(extract: Extract) -> None:
    record = extract(
        "ULAANBAATAR - President of Mongolia Batbold Erdene received letters of credence from newly "
        "appointed Ambassadors of Thailand and Chile on October 20.\n\nAmbassador of Thailand Mr. Somchai "
        "Wongsakul and Ambassador of Chile Mr. Diego Fuentes Mora handed over their letters of credence "
        "during the ceremony held at the State Palace.",
        DAY,
    )
    assert frozenset({"Batbold Erdene", "Somchai Wongsakul"}) in pairs(record)
    assert frozenset({"Somchai Wongsakul", "Diego Fuentes Mora"}) not in pairs(record)


def test_a_second_guest_received_later_in_the_same_sentence(extract: Extract) -> None:
    record = extract(
        "DOHA - The army delegation is headed by General Kamal Osman Idris. The militia delegation is led "
        "by Hamid Yousif Abakar.\n\nQatari Foreign Minister Khalid bin Hamad Al Thani received Idris at his "
        "office on Tuesday morning, and Abakar in the afternoon. US envoy Mark Ellison Harper, who co-chairs "
        "the talks, attended both meetings.",
        DAY,
    )
    assert frozenset({"Khalid bin Hamad Al Thani", "Hamid Yousif Abakar"}) in pairs(record)
    assert frozenset({"Mark Ellison Harper", "Hamid Yousif Abakar"}) in pairs(record)
    assert frozenset({"Kamal Osman Idris", "Hamid Yousif Abakar"}) not in pairs(record)


def test_a_name_with_the_fathers_initial_glued_on_after_a_title(extract: Extract) -> None:
    record = extract(
        "Ulaanbaatar, January 22 (MONTSAME). President of Mongolia Kh.Battulga received letters of "
        "credence from the newly appointed Ambassador of Chile Diego Fuentes Mora on January 21.\n\n"
        "Minister of Foreign Affairs B.Munkhbat attended the ceremony. The delegation later toured "
        "St.Petersburg Street.",
        DAY,
    )
    assert {"Kh.Battulga", "B.Munkhbat"} <= names(record)
    assert "St.Petersburg" not in names(record)
    assert frozenset({"Kh.Battulga", "Diego Fuentes Mora"}) in pairs(record)
    assert frozenset({"B.Munkhbat", "Diego Fuentes Mora"}) in pairs(record)


def test_gulf_styles_and_lineage_chains_in_names(extract: Extract) -> None:
    record = extract(
        "ABU DHABI - H.H. Sheikh Hamdan bin Saeed bin Rashid Al Nuaimi received on Tuesday Egyptian "
        "Minister of Planning Hisham Abdelaziz Sherbini.\n\nDOHA - His Highness the Amir Sheikh Nasser bin "
        "Khalifa Al Thani received Lebanese Prime Minister Ziad Michel Haddad on Monday. Qatari Prime "
        "Minister Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani has arrived in Cairo. Prince William "
        "greeted the guests.",
        DAY,
    )
    found = names(record)
    assert {"Hamdan bin Saeed bin Rashid Al Nuaimi", "Nasser bin Khalifa Al Thani"} <= found
    assert "Mohammed bin Abdulrahman bin Jassim Al Thani" in found
    assert not {n for n in found if n.startswith(("H.H.", "Sheikh", "Amir"))}
    assert "Prince William" in found
    assert frozenset({"Nasser bin Khalifa Al Thani", "Ziad Michel Haddad"}) in pairs(record)


def test_sheikh_inside_a_somali_name_and_sultan_as_a_given_name(extract: Extract) -> None:
    record = extract(
        "RIYADH, Feb 10 (SPA) -- Engineer Khalid bin Saad Al-Qahtani, Minister of Transport, received His "
        "Excellency Yusuf Sheikh Adan Farah, Minister of Ports of Somalia, in Riyadh today. Present at the "
        "meeting was the Kingdom's Ambassador to Somalia Sultan bin Nasser Al-Dosari.\n\nThe Amir of Kuwait "
        "Sheikh Jaber Ali Al Sabah later received Omar Sheikh Ali Warsame. Afterwards the delegation "
        "performed Umrah in Makkah.",
        DAY,
    )
    found = names(record)
    assert {"Yusuf Sheikh Adan Farah", "Omar Sheikh Ali Warsame", "Sultan bin Nasser Al-Dosari"} <= found
    assert {"Khalid bin Saad Al-Qahtani", "Jaber Ali Al Sabah"} <= found
    assert not {n for n in found if n.startswith(("Engineer", "Kuwait", "Sheikh")) or n == "Umrah"}
    assert frozenset({"Khalid bin Saad Al-Qahtani", "Yusuf Sheikh Adan Farah"}) in pairs(record)


def test_the_amir_named_by_his_style_is_the_amir_named_before(extract: Extract) -> None:
    record = extract(
        "Doha (QNA) - His Highness the Amir Sheikh Hamad bin Khalid Al Thani received on Tuesday the "
        "credentials of two new ambassadors.\n\nHH the Amir received the credentials of HE Ambassador of "
        "the Republic of Kenya Hassan Abdi Mohamud and HE Ambassador of the Kingdom of Norway Ingrid "
        "Solvang Aas.",
        DAY,
    )
    assert "Amir" not in names(record)
    assert frozenset({"Hamad bin Khalid Al Thani", "Hassan Abdi Mohamud"}) in pairs(record)


def test_places_after_a_preposition_and_bodies_are_no_people(extract: Extract) -> None:
    record = extract(
        "TAPACHULA - Mexican President Lucia Ramos Ortiz met her Guatemalan counterpart Julio Morales Pineda "
        "in Tapachula on Thursday. Morales, who traveled to Chiapas by helicopter from Quetzaltenango, held "
        "talks in Bukit Kayu Hitam last year. The meeting was attended by General Intelligence Service head "
        "Adel Farouk Sabry and Deputy Minister of Trade, Industry and Competition Zanele Mokoena.",
        DAY,
    )
    found = names(record)
    assert not found & {"Chiapas", "Quetzaltenango", "Bukit Kayu Hitam", "Intelligence Service"}
    assert "Zanele Mokoena" in found


def test_a_demonym_before_two_offices_gives_the_state(extract: Extract) -> None:
    record = extract(
        "KUWAIT - The Crown Prince received on Tuesday Iraqi Deputy Prime Minister and Foreign Minister "
        "Hoshyar Kamal Rasheed at Bayan Palace.",
        DAY,
    )
    assert {p.name: p.country for p in record.persons}["Hoshyar Kamal Rasheed"] == "IRQ"


def test_guests_of_a_trilateral_meeting_hosted_by_one_met_each_other(extract: Extract) -> None:
    record = extract(
        "ANTALYA - On Friday, Turkish Foreign Minister Hakan Aydemir hosted a trilateral meeting with "
        "Azerbaijani Foreign Minister Elnur Mammadli and Pakistani Foreign Minister Ahsan Rafiq Chaudhry.",
        DAY,
    )
    assert frozenset({"Elnur Mammadli", "Ahsan Rafiq Chaudhry"}) in pairs(record)
    assert frozenset({"Hakan Aydemir", "Elnur Mammadli"}) in pairs(record)


def test_talks_held_after_a_long_relative_clause_are_dated_by_their_own_clause(extract: Extract) -> None:
    record = extract(
        "MALE - President Ruwan Perera, who left for the Maldives on Tuesday on a three-day state "
        "visit, held official talks with Maldivian President Ahmed Naseer at the President's Office "
        "in Male yesterday, the President's Media Division said.",
        date(2026, 3, 19),
    )
    talks = [f for f in record.facts if f.type == "MET"]
    assert [frozenset(f.persons or []) for f in talks] == [frozenset({"Ruwan Perera", "Ahmed Naseer"})]
    assert talks[0].date == "2026-03-18"


def test_the_state_a_minister_serves_is_not_where_the_meeting_was(extract: Extract) -> None:
    record = extract(
        "OTTAWA - Foreign Minister Tao Lin of Singapore, who is in Ottawa for the annual consultations, "
        "also met Prime Minister Mark Carney on Wednesday. The Sahel ministers were then received in Rabat.",
        DAY,
    )
    met = [f for f in record.facts if f.type == "MET"]
    assert met and met[0].place == "Ottawa"
    assert "Sahel" not in names(record)


def test_the_statesman_is_the_head_of_state_named_before(extract: Extract) -> None:
    record = extract(
        "DAKAR - The Mauritanian Head of State, Mohamed Ould Sidiya, arrived in Dakar on Wednesday for a "
        "two-day working visit. The statesman was then received at the Palace of the Republic by his host, "
        "President Mamadou Lamine Ndiaye.",
        DAY,
    )
    assert frozenset({"Mohamed Ould Sidiya", "Mamadou Lamine Ndiaye"}) in pairs(record)


def test_the_chair_of_a_meeting_meets_those_listed_as_taking_part(extract: Extract) -> None:
    record = extract(
        "Dakar - Foreign Minister Awa Ndiaye Sall on Monday chaired in Dakar a ministerial meeting on the "
        "river basin with her counterparts from Mali and Guinea.\n\nTaking part in the meeting were Mali's "
        "Foreign Minister Oumar Traoré Keita and Guinea's Foreign Minister Mamadi Condé Diallo.",
        DAY,
    )
    assert frozenset({"Awa Ndiaye Sall", "Oumar Traoré Keita"}) in pairs(record)
    assert frozenset({"Awa Ndiaye Sall", "Mamadi Condé Diallo"}) in pairs(record)
    assert frozenset({"Oumar Traoré Keita", "Mamadi Condé Diallo"}) in pairs(record)
