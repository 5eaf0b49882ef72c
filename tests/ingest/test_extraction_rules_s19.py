"""Extraction rules of session 19: a credentials roll after its lead ("Presenting their credentials
were A, B and C"), a second delegation's head with the verb left out, "the two ministers arrived".

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from .conftest import Extract


def test_presenting_their_credentials_were_names_the_envoys_the_lead_counted(extract: Extract) -> None:
    text = (
        "ULAANBAATAR, March 14 -- President of Mongolia B.Altangerel received the letters of credence "
        "of newly appointed ambassadors of three countries at the State Palace on Thursday.\n\n"
        "Presenting their credentials in separate ceremonies were Ambassador of the Republic of "
        "Kazakhstan Aidos Serikov, Ambassador of the Arab Republic of Egypt Hany Mahmoud Fahmy, and "
        "Ambassador of the Republic of Chile Jorge Pablo Fuentes.\n\n"
        "Minister of Foreign Affairs D.Narantsetseg attended the ceremonies."
    )
    pairs = {frozenset(f.persons or []) for f in extract(text, date(2024, 3, 14)).facts if f.type == "MET"}
    for envoy in ("Aidos Serikov", "Hany Mahmoud Fahmy", "Jorge Pablo Fuentes"):
        assert frozenset({"B.Altangerel", envoy}) in pairs
        assert frozenset({"D.Narantsetseg", envoy}) in pairs


def test_the_second_delegation_headed_by_with_its_verb_left_out_is_the_other_side(extract: Extract) -> None:
    text = (
        "BISHKEK -- The government delegations of Kyrgyzstan and Tajikistan on border delimitation "
        "held another round of talks in Batken region on December 2-3.\n\n"
        "The Kyrgyz delegation was headed by Security Council Secretary Marat Osmonov and the Tajik "
        "delegation by Deputy Prime Minister Farrukh Sharipzoda."
    )
    pairs = {frozenset(f.persons or []) for f in extract(text, date(2024, 12, 4)).facts if f.type == "MET"}
    assert frozenset({"Marat Osmonov", "Farrukh Sharipzoda"}) in pairs


def test_the_two_ministers_who_arrived_are_the_guests_not_the_host(extract: Extract) -> None:
    text = (
        "DOHA -- Prime Minister and Minister of Foreign Affairs Sheikh Abdullah bin Hamad Al Thani "
        "met separately yesterday with the foreign ministers of Chad and Sudan.\n\n"
        "During the meetings, Sheikh Abdullah reviewed with Chadian Foreign Minister Abakar Haroun "
        "Mahamat and Sudanese Foreign Minister Omer Siddig Elamin the progress of the negotiations.\n\n"
        "The two ministers arrived in Doha on Monday last week at the invitation of the State of Qatar."
    )
    visits = {(f.person, f.date) for f in extract(text, date(2025, 7, 22)).facts if f.type == "VISITED"}
    assert visits == {("Abakar Haroun Mahamat", "2025-07-14"), ("Omer Siddig Elamin", "2025-07-14")}
