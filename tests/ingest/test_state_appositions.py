"""A person's state from an office in apposition, the Holy See's offices, companions and travellers
(our own news-style texts)."""

from __future__ import annotations

from datetime import date

from tests.ingest.conftest import Extract


def states(extract: Extract, text: str) -> dict[str, str | None]:
    record = extract(text, published=date(2024, 5, 2))
    return {p.name: p.country for p in record.persons}


def test_a_cardinal_secretary_of_state_serves_the_holy_see(extract: Extract) -> None:
    found = states(
        extract,
        "The Holy Father received in audience the President of the Republic of Chile, Mr. Tomas Aravena, "
        "who then met with His Eminence Cardinal Luigi Marchetti, Secretary of State, accompanied by "
        "Archbishop Paul Keane, Secretary for Relations with States. At the end of the meeting, Cardinal "
        "Marchetti and Minister Elena Rojas signed an agreement between the Holy See and Chile.",
    )
    assert found["Luigi Marchetti"] == "VAT"
    assert found["Paul Keane"] == "VAT"
    # Who signs with the Cardinal is the other side, not his companion.
    assert found.get("Elena Rojas") != "VAT"


def test_a_bare_secretary_of_state_is_still_american(extract: Extract) -> None:
    found = states(
        extract,
        "Secretary of State Mark Halvorsen met Italian Foreign Minister Carla Benedetti in Rome on Monday "
        "to discuss sanctions.",
    )
    assert found["Mark Halvorsen"] == "USA"


def test_an_apostolic_nuncio_serves_the_holy_see(extract: Extract) -> None:
    found = states(
        extract,
        "President Milan Horvat received the Apostolic Nuncio, Archbishop Giorgio Vitale, in Zagreb on "
        "Tuesday.",
    )
    assert found["Giorgio Vitale"] == "VAT"


def test_an_office_with_another_name_in_it_is_not_an_apposition(extract: Extract) -> None:
    found = states(
        extract,
        "The talks were attended by Mr Quispe, the Bolivian foreign minister Ana Ruiz Soliz and Chilean "
        "Foreign Minister Tomas Vera Pinto, who flew in on Sunday.",
    )
    assert found.get("Quispe") != "BOL"
    assert found["Ana Ruiz Soliz"] == "BOL"


def test_a_special_representative_in_apposition(extract: Extract) -> None:
    found = states(
        extract,
        "Peru's Special Representative for Climate, Tomas Vera Pinto, who travelled with the minister, "
        "also joined the talks. Accompanying him was Jane Holt, the U.S. special representative for the "
        "Andes.",
    )
    assert found["Tomas Vera Pinto"] == "PER"
    assert found["Jane Holt"] == "USA"


def test_a_clause_after_a_name_is_no_apposition(extract: Extract) -> None:
    found = states(
        extract,
        "Secretary-General of ASEAN, Dato' Ahmad Rahim, today received the newly appointed Permanent "
        "Representative of Chile to ASEAN, Ambassador Rodrigo Silva Munoz, at the ASEAN Secretariat.",
    )
    assert found.get("Ahmad Rahim") != "CHL"
    assert found["Rodrigo Silva Munoz"] == "CHL"


def test_an_office_of_a_state_then_a_style(extract: Extract) -> None:
    found = states(
        extract,
        "The official visit of the Prime Minister of Laos, Dr. Somphet Vongsa, to Thailand has been "
        "postponed. Earlier, the minister received in Bangkok the Ambassador of Chile to Thailand, "
        "Rodrigo Silva Munoz, at the end of his mission.",
    )
    assert found["Somphet Vongsa"] == "LAO"
    assert found["Rodrigo Silva Munoz"] == "CHL"


def test_who_will_be_received_in_a_capital_is_not_its_host(extract: Extract) -> None:
    found = states(
        extract,
        "The Minister of Foreign Affairs, Ambassador Paulo Mendes Rocha, will travel to Quito on June 3 "
        "at the invitation of Ecuador. In Quito, Minister Mendes Rocha will be received by President "
        "Luis Andrade Cueva. Brazil and Ecuador signed a trade accord last year, and Brazil is Ecuador's "
        "partner.",
    )
    assert found["Paulo Mendes Rocha"] == "BRA"
    assert found["Luis Andrade Cueva"] == "ECU"


def test_the_companion_of_a_head_of_government(extract: Extract) -> None:
    found = states(
        extract,
        "Prime Minister Kofi Mensah Boateng of Ghana arrived in Dakar on Monday. The Ghanaian head of "
        "government was accompanied at the audience by his Minister of Fisheries, Ama Owusu Darko.",
    )
    assert found["Ama Owusu Darko"] == "GHA"


def test_a_family_name_the_names_missed_keeps_its_own_words(extract: Extract) -> None:
    found = states(
        extract,
        "President Musa Ali Farah of Somalia arrived in Nairobi on Monday with Foreign Minister Abdi Nur "
        "Warsame. The talks were attended by Kenyan Foreign Minister Peter Kamau Otieno and his Somali "
        "counterpart Warsame.",
    )
    assert found["Abdi Nur Warsame"] == "SOM"


def test_a_state_ending_in_s_owns_its_office(extract: Extract) -> None:
    found = states(
        extract,
        "Jamaica's Foreign Minister Andrea Blake and Barbados' Foreign Minister Dwight Thorne signed a "
        "memorandum on nursing qualifications in Kingston.",
    )
    assert found["Dwight Thorne"] == "BRB"


def test_two_ministers_who_act_together_are_two_sides(extract: Extract) -> None:
    found = states(
        extract,
        "Mongolian Foreign Minister Batbold Tsend arrived in Budapest on Monday. On Tuesday, Minister "
        "Batbold Tsend and Minister Gergely Kovacs held official talks at the Foreign Ministry. The "
        "agreements were signed by Foreign Minister Batbold Tsend and Foreign Minister Kovacs.",
    )
    assert found.get("Gergely Kovacs") != "MNG"


def test_a_traveller_to_both_states_named_serves_neither(extract: Extract) -> None:
    found = states(
        extract,
        "Foreign Minister Lee Kwan Ho made an official visit to Germany and Poland this week. In Berlin, "
        "Minister Lee held a bilateral meeting with Federal Minister for Foreign Affairs Katrin Vogel on "
        "Monday.",
    )
    assert found["Katrin Vogel"] == "DEU"
    assert found["Lee Kwan Ho"] not in ("DEU", "POL")


def test_his_spokesman_serves_the_one_named_before(extract: Extract) -> None:
    found = states(
        extract,
        "Argentine President Mateo Echeverri met Brazilian President Paulo Andrade on the border bridge. "
        "Echeverri did not comment on the meeting, but his spokesman Manuel Lagos Paz said it had been "
        "positive.",
    )
    assert found["Manuel Lagos Paz"] == "ARG"


def test_who_sees_off_a_guest_in_a_city_is_of_its_state(extract: Extract) -> None:
    found = states(
        extract,
        "Before his departure from Manila, Lacsa was seen off at the air base by Vice President Lorna "
        "Dimalanta and Executive Secretary Lucas Ramos.",
    )
    assert found["Lorna Dimalanta"] == "PHL"


def test_who_sees_off_a_guest_is_of_the_city_of_that_scene_not_the_next(extract: Extract) -> None:
    found = states(
        extract,
        "President Alvaro Mendes was seen off at the airport in Tegucigalpa early on Monday by Vice "
        "President Rosa Ulloa and Foreign Minister Hector Bonilla, and was welcomed on arrival in Managua "
        "by Nicaraguan Vice President Ana Reyes.",
    )
    assert found["Rosa Ulloa"] == "HND"
    assert found["Hector Bonilla"] == "HND"
    assert found["Ana Reyes"] == "NIC"


def test_a_guest_seen_off_after_a_trip_elsewhere_gives_no_host_state(extract: Extract) -> None:
    found = states(
        extract,
        "After two days in Hanoi, Minister Lukas Berger was received on Friday by Deputy Minister Somchai "
        "Vongsa in Vientiane.",
    )
    assert found.get("Somchai Vongsa") != "VNM"


def test_the_guests_office_after_the_verb_is_not_the_hosts(extract: Extract) -> None:
    found = states(
        extract,
        "DOHA, May 2 (Example Wire) -- His Highness Sheikh Hamad bin Khalid Al Kuwari, Minister of Foreign "
        "Affairs, received at the ministry's headquarters in Doha today His Excellency Tomas Reinholt Aasen, "
        "Prime Minister of the Kingdom of Norway, who is on an official visit to the country.",
    )
    assert found["Tomas Reinholt Aasen"] == "NOR"
    assert found["Hamad bin Khalid Al Kuwari"] != "NOR"


def test_a_sentence_opening_on_an_office_of_a_state(extract: Extract) -> None:
    found = states(
        extract,
        "The Angolan minister met his counterpart in Brazzaville on Saturday. Recently re-elected President "
        "of the Republic of Gabon, Paul Mba Obame, also chairs the regional bloc.",
    )
    assert found["Paul Mba Obame"] == "GAB"


def stated(extract: Extract, text: str) -> dict[str, tuple[str | None, bool]]:
    record = extract(text, published=date(2024, 5, 2))
    return {p.name: (p.country, p.country_inferred) for p in record.persons}


def test_an_office_listing_its_portfolios_with_commas_is_read_whole(extract: Extract) -> None:
    found = stated(
        extract,
        "Brazilian Minister Paulo Nogueira and the Saudi Minister of Environment, Water and Agriculture, "
        "Fahd bin Nasser Al-Qarni, signed a protocol on poultry exports.",
    )
    assert found["Fahd bin Nasser Al-Qarni"] == ("SAU", False)


def test_the_second_item_of_a_list_of_offices_may_drop_its_of(extract: Extract) -> None:
    found = stated(
        extract,
        "The ambassadors of Ghana, Kofi Mensah, and Norway, Erik Dahl, presented their credentials "
        "on Monday.",
    )
    assert found["Kofi Mensah"] == ("GHA", False)
    assert found["Erik Dahl"] == ("NOR", False)


def test_a_name_list_is_no_list_of_portfolios(extract: Extract) -> None:
    found = stated(
        extract,
        "The defence ministers of Chile, Jorge Luis Pardo, and Peru, Andres Castillo Mora, signed a "
        "memorandum.",
    )
    assert found["Jorge Luis Pardo"] == ("CHL", False)
    assert found["Andres Castillo Mora"] == ("PER", False)


def test_a_states_possessive_and_a_military_rank_before_the_name(extract: Extract) -> None:
    found = stated(
        extract,
        "SEOUL, May 2 - President Lee met Japanese Prime Minister Ito Hiro on Monday. Myanmar's military "
        "leader Senior General Than Htut Aung met him on Friday.",
    )
    assert found["Than Htut Aung"] == ("MMR", False)


def test_a_charge_d_affaires_of_a_states_embassy(extract: Extract) -> None:
    found = stated(
        extract,
        "SEOUL, May 2 - President Lee met Japanese Prime Minister Ito Hiro on Monday. The delegation was "
        "seen off at the airport by Sergei Ivanov, charge d'affaires ad interim of the Russian embassy here.",
    )
    assert found["Sergei Ivanov"] == ("RUS", False)


def test_an_adviser_to_a_states_leader_is_of_that_state(extract: Extract) -> None:
    found = stated(
        extract,
        "GENEVA, May 2 - Talks on the nuclear issue resumed. Ali Karimi, an adviser to Iran's supreme "
        "leader, said the talks would go on.",
    )
    assert found["Ali Karimi"] == ("IRN", False)


def test_who_heads_a_states_delegation_is_of_that_state(extract: Extract) -> None:
    found = stated(
        extract,
        "GENEVA, May 2 - Talks on the nuclear issue resumed. Olga Petrova, who heads the Russian "
        "delegation, said the talks would go on.",
    )
    assert found["Olga Petrova"] == ("RUS", False)


def test_an_ambassador_to_a_state_is_still_not_of_it(extract: Extract) -> None:
    found = stated(
        extract,
        "GENEVA, May 2 - Talks on the nuclear issue resumed. Jean Dupont, ambassador to Canada, said the "
        "talks would go on.",
    )
    assert found["Jean Dupont"][0] != "CAN"
