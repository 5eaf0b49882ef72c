"""Attendees of both sides, and guests hosted together for talks of more than two sides.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2024, 6, 12)


def pairs(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET" and f.status == "happened"}


def test_attendees_of_the_two_sides_met_each_other(extract: Extract) -> None:
    record = extract(
        "NEW DELHI - Nepalese Foreign Minister Hari Khanal and his Indian counterpart Ravi Kumar held the "
        "Joint Commission meeting on Monday. The meeting was also attended by Foreign Secretary Kamal Thapa "
        "and his Indian counterpart Sunil Verma.",
        DAY,
    )
    assert frozenset({"Kamal Thapa", "Sunil Verma"}) in pairs(record)
    assert frozenset({"Hari Khanal", "Kamal Thapa"}) not in pairs(record)


def test_the_officials_present_at_a_courtesy_call_met_across_sides(extract: Extract) -> None:
    record = extract(
        "MANILA - Philippine President Ramon Cruz received visiting Japanese Foreign Minister Hiro Tanaka "
        "at Malacanang Palace on Friday. Present during the courtesy call were Executive Secretary Luis "
        "Bautista and Japanese Ambassador to the Philippines Kenji Mori.",
        DAY,
    )
    assert frozenset({"Luis Bautista", "Kenji Mori"}) in pairs(record)


def test_guests_hosted_for_three_way_talks_met_each_other(extract: Extract) -> None:
    record = extract(
        "MANILA - Philippine Defense Secretary Jose Santos hosted Australian Defence Minister Liam Carter "
        "and Japanese Defense Minister Aiko Kato for the three-way talks at Camp Aguinaldo on Saturday.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Jose Santos", "Liam Carter"}),
        frozenset({"Jose Santos", "Aiko Kato"}),
        frozenset({"Liam Carter", "Aiko Kato"}),
    }


def test_guests_hosted_one_after_another_did_not_meet(extract: Extract) -> None:
    record = extract(
        "NAIROBI - President Daniel Kiprop hosted Ugandan Prime Minister Robinah Nankya and Rwandan Foreign "
        "Minister Eric Mugabo at State House on Monday.",
        DAY,
    )
    assert frozenset({"Robinah Nankya", "Eric Mugabo"}) not in pairs(record)


def test_a_name_after_his_host_and_a_comma_is_the_host(extract: Extract) -> None:
    record = extract(
        "DODOMA - Zambian President Mwila Banda held talks with his host, President Neema Salum, at State "
        "House on Monday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Mwila Banda", "Neema Salum"})}


def test_the_one_present_at_a_reception_told_in_a_where_clause_met_the_guest(extract: Extract) -> None:
    record = extract(
        "DAKAR - French Foreign Minister Claire Dubois began her tour in Dakar on Tuesday, where she was "
        "received in audience by Senegalese President Moussa Sow at the presidential palace, in the "
        "presence of Foreign Minister Awa Ndiaye.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Claire Dubois", "Moussa Sow"}),
        frozenset({"Claire Dubois", "Awa Ndiaye"}),
    }


def test_being_sent_off_by_a_minister_is_a_meeting(extract: Extract) -> None:
    record = extract(
        "BANDAR SERI BEGAWAN - Malaysian Prime Minister Rahman Ali wrapped up his official visit to Brunei "
        "on Monday. He was sent off at the airport by the Crown Prince and Brunei's Home Affairs Minister "
        "Yusof Hamid before flying to Jakarta.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Rahman Ali", "Yusof Hamid"})}


def test_it_after_a_delegation_led_by_x_is_the_delegation(extract: Extract) -> None:
    record = extract(
        "Pyongyang, March 3 (KCNA) -- A delegation of the DPRK Ministry of Culture led by Vice-Minister Ri "
        "Chol Ho left Pyongyang on Sunday to visit Belarus. It was seen off at the airport by Vice-Minister "
        "of Culture Kim Song Il and Pavel Ivanov, Belarusian ambassador to the DPRK.",
        DAY,
    )
    # the colleague seeing the delegation off at home met no one
    assert pairs(record) == {frozenset({"Ri Chol Ho", "Pavel Ivanov"})}


def test_attendees_of_a_lunch_join_the_side_of_their_state(extract: Extract) -> None:
    record = extract(
        "PUERTO IGUAZU - Brazilian President Lucio Amaral held a working lunch with Argentine President "
        "Martin Echeverri at a hotel, which was also attended by Argentine Foreign Minister Laura Beltran "
        "and Brazilian Foreign Minister Celso Prado.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Lucio Amaral", "Martin Echeverri"}),
        frozenset({"Lucio Amaral", "Laura Beltran"}),
        frozenset({"Celso Prado", "Martin Echeverri"}),
        frozenset({"Celso Prado", "Laura Beltran"}),
    }


def test_a_monarch_is_named_without_the_form_of_address_and_also_without_the_style(extract: Extract) -> None:
    record = extract(
        "AMMAN - His Majesty King Hassan III received Cypriot President Nikos Andreou at the Royal Palace "
        "on Monday.",
        DAY,
    )
    king = next(p for p in record.persons if "Hassan III" in p.name)
    assert king.name == "King Hassan III"
    assert "Hassan III" in king.aliases
    assert pairs(record) == {frozenset({"King Hassan III", "Nikos Andreou"})}


def test_the_minister_present_at_a_credentials_ceremony_met_the_envoys(extract: Extract) -> None:
    record = extract(
        "ASTANA - President Arman Seitkali received the credentials of the new ambassadors of Chile and "
        "Norway at the Akorda on Wednesday. Presenting their credentials to the President were "
        "Ambassador of Chile Rosa Vidal and Ambassador of Norway Lars Holm. Also present at the ceremony "
        "was Foreign Minister Nurlan Abenov.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Arman Seitkali", "Rosa Vidal"}),
        frozenset({"Arman Seitkali", "Lars Holm"}),
        frozenset({"Nurlan Abenov", "Rosa Vidal"}),
        frozenset({"Nurlan Abenov", "Lars Holm"}),
    }
    assert "Akorda" not in {p.name for p in record.persons}


def test_three_leaders_at_a_trilateral_summit_all_met(extract: Extract) -> None:
    record = extract(
        "His Majesty King Hassan III, Egyptian President Omar Fathy and Iraqi Prime Minister Ali Jaber held "
        "a trilateral summit in Baghdad on Sunday.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"King Hassan III", "Omar Fathy"}),
        frozenset({"King Hassan III", "Ali Jaber"}),
        frozenset({"Omar Fathy", "Ali Jaber"}),
    }


def test_the_chair_of_a_summit_that_brought_leaders_together_met_them(extract: Extract) -> None:
    record = extract(
        "The summit, chaired by Prime Minister Abebe Tadesse, brought together President Joseph Mwangi of "
        "Kenya and President Ali Warsame of Somalia on Thursday.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Abebe Tadesse", "Joseph Mwangi"}),
        frozenset({"Abebe Tadesse", "Ali Warsame"}),
        frozenset({"Joseph Mwangi", "Ali Warsame"}),
    }


def test_the_guests_ambassador_named_among_attendees_sat_on_the_guests_side(extract: Extract) -> None:
    record = extract(
        "MUSCAT - Foreign Minister Sayyid Badr bin Hamad Al Busaidi received on Thursday Kazem Gharibi "
        "Farahani, Deputy Foreign Minister of Iran, who is visiting the Sultanate.\n\nThe meeting was "
        "attended by Sheikh Khalifa Ali Al Harthi, Undersecretary of the Foreign Ministry for Political "
        "Affairs, and Ali Najafi Khoshrudi, Ambassador of Iran to Oman.",
        DAY,
    )
    assert frozenset({"Badr bin Hamad Al Busaidi", "Ali Najafi Khoshrudi"}) in pairs(record)
    assert frozenset({"Khalifa Ali Al Harthi", "Ali Najafi Khoshrudi"}) in pairs(record)
    assert frozenset({"Kazem Gharibi Farahani", "Ali Najafi Khoshrudi"}) not in pairs(record)
    countries = {p.name: p.country for p in record.persons}
    assert countries["Ali Najafi Khoshrudi"] == "IRN"


def test_each_side_named_in_its_own_half_of_the_sentence(extract: Extract) -> None:
    record = extract(
        "ASTANA - On Tuesday, the second day of his state visit to Kazakhstan, President of Uzbekistan "
        "Anvar Tashkentov held talks with Kazakh President Daulet Nurmagambetov. Taking part in the talks "
        "on the Kazakh side were Foreign Minister Arman Zhaksylykov and Deputy Prime Minister Serik "
        "Baimukhanov, while the Uzbek side was represented by Foreign Minister Dilshod Yusupov.",
        DAY,
    )
    met = pairs(record)
    assert frozenset({"Anvar Tashkentov", "Daulet Nurmagambetov"}) in met
    assert frozenset({"Anvar Tashkentov", "Arman Zhaksylykov"}) in met
    assert frozenset({"Dilshod Yusupov", "Daulet Nurmagambetov"}) in met
    assert frozenset({"Arman Zhaksylykov", "Serik Baimukhanov"}) not in met
    assert {p.name: p.country for p in record.persons}["Arman Zhaksylykov"] == "KAZ"


def test_ministers_who_were_also_at_the_meeting_met_the_guest(extract: Extract) -> None:
    record = extract(
        "ABUJA - Nigerian President Bola Adeyemi received Ghanaian Vice President Kwame Asante Boateng at "
        "the State House on Tuesday. Nigeria's Minister of Foreign Affairs, Yusuf Danladi Bello, and the "
        "Minister of Industry, Trade and Investment, Ngozi Eze-Nwosu, were also at the meeting.",
        DAY,
    )
    met = pairs(record)
    assert frozenset({"Kwame Asante Boateng", "Yusuf Danladi Bello"}) in met
    assert frozenset({"Kwame Asante Boateng", "Ngozi Eze-Nwosu"}) in met
    assert frozenset({"Yusuf Danladi Bello", "Ngozi Eze-Nwosu"}) not in met


def test_talks_the_two_leaders_chaired_and_others_attended(extract: Extract) -> None:
    record = extract(
        "Gaborone - Namibian President Helena Shikongo arrived on Monday for a state visit, accompanied by "
        "her Minister of Mines, Petrus Amutenya.\n\nBotswana's President Kagiso Molefhe and his Namibian "
        "counterpart Helena Shikongo first held a one-on-one meeting. The two leaders then chaired bilateral "
        "talks attended by Namibian Foreign Minister Selma Nangolo.",
        DAY,
    )
    assert frozenset({"Kagiso Molefhe", "Helena Shikongo"}) in pairs(record)
    assert frozenset({"Kagiso Molefhe", "Selma Nangolo"}) in pairs(record)
    assert frozenset({"Helena Shikongo", "Selma Nangolo"}) not in pairs(record)
