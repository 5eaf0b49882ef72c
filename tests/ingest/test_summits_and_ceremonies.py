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
