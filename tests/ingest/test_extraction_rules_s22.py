"""Extraction rules of session 22: offices that end at another holder's name or at a place,
names hung loose after long offices, and the length of a session a visitor came for.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract


def _met(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}


def _titles(record: ExtractionRecord) -> dict[str, str | None]:
    return {p.name: p.title for p in record.persons}


def test_office_after_another_holder_starts_after_that_name(extract: Extract) -> None:
    text = (
        "Foreign Minister Karim Haddad received Jordanian Foreign Minister Salim Nasser in Amman on Monday. "
        "The meeting was attended by Minister of Energy Fadi Khoury and Jordanian Minister of Water and "
        "Irrigation Omar Zuabi."
    )
    titles = _titles(extract(text, date(2025, 2, 18)))
    assert titles["Omar Zuabi"] == "Minister of Water and Irrigation"
    assert titles["Fadi Khoury"] == "Minister of Energy"


def test_place_before_a_demonym_is_not_part_of_the_office(extract: Extract) -> None:
    text = "Prime Minister Lina Haddad received on Monday in Beirut Cypriot Foreign Minister Andreas Pavlou."
    assert _titles(extract(text, date(2025, 2, 18)))["Andreas Pavlou"] == "Foreign Minister"


def test_name_after_a_long_office_and_a_comma_is_the_office_holder(extract: Extract) -> None:
    text = (
        "Ms Solveig Berg held talks on Wednesday with the Tánaiste and Minister for Foreign Affairs, "
        "Ciarán Ó Dálaigh, at Iveagh House."
    )
    assert frozenset({"Solveig Berg", "Ciarán Ó Dálaigh"}) in _met(extract(text, date(2024, 2, 22)))


def test_name_after_a_one_word_office_is_a_person(extract: Extract) -> None:
    text = (
        "Norwegian Foreign Minister Solveig Berg arrived in Dublin on Tuesday.\n\n"
        "Later she met the Taoiseach, Donal Mac Giolla Bhríde, at Government Buildings."
    )
    record = extract(text, date(2024, 2, 22))
    assert "Donal Mac Giolla Bhríde" in {p.name for p in record.persons}
    assert frozenset({"Solveig Berg", "Donal Mac Giolla Bhríde"}) in _met(record)


def test_a_visit_for_a_three_day_session_spans_three_days(extract: Extract) -> None:
    text = (
        "Ghana's Minister for Foreign Affairs, Efua Mensah, arrived in Abuja on Tuesday for the three-day "
        "session of the joint commission."
    )
    visits = [f for f in extract(text, date(2024, 3, 21)).facts if f.type == "VISITED"]
    assert [v.date for v in visits] == ["2024-03-19/2024-03-21"]


def test_members_a_delegation_also_included_meet_its_hosts(extract: Extract) -> None:
    text = (
        "The Malawian delegation, which arrived in Lusaka on Tuesday, was led by Vice President Grace "
        "Phiri. It also included Foreign Minister Peter Banda and Trade Minister Ruth Mwale.\n\n"
        "The delegation met President Joseph Mwansa on Wednesday."
    )
    met = _met(extract(text, date(2025, 1, 16)))
    for member in ("Grace Phiri", "Peter Banda", "Ruth Mwale"):
        assert frozenset({member, "Joseph Mwansa"}) in met


def test_south_sudanese_delegation_is_not_korean(extract: Extract) -> None:
    text = (
        "The South Sudanese delegation, which arrived in Kampala on Monday, was led by Vice President "
        "Deng Malual."
    )
    states = {p.name: p.country for p in extract(text, date(2025, 1, 16)).persons}
    assert states["Deng Malual"] == "SSD"


def test_delegation_members_share_the_stated_span_of_the_visit(extract: Extract) -> None:
    text = (
        "ISLAMABAD: Uzbek Foreign Minister Rustam Aliev arrived in the federal capital on Tuesday for a "
        "two-day official visit.\n\n"
        "On Wednesday, the visiting minister held talks with Foreign Minister Tariq Qureshi. The Uzbek "
        "delegation included Deputy Transport Minister Botir Saidov."
    )
    visits = {f.person: f.date for f in extract(text, date(2024, 5, 16)).facts if f.type == "VISITED"}
    assert visits["Botir Saidov"] == visits["Rustam Aliev"] == "2024-05-14/2024-05-15"


def test_is_expected_to_travel_is_no_trip(extract: Extract) -> None:
    text = (
        "Nepalese Foreign Minister Sita Karki arrived in Dhaka on Monday and held talks with Foreign "
        "Adviser Mahfuz Alam.\n\nAlam was expected to travel to Kathmandu early next year, officials said."
    )
    trips = [
        f for f in extract(text, date(2025, 9, 24)).facts if f.type == "VISITED" and f.status == "happened"
    ]
    assert [f.person for f in trips] == ["Sita Karki"]


def test_verb_after_a_relative_clause_has_the_name_as_subject(extract: Extract) -> None:
    text = (
        "Kathmandu, March 4 (RSS): Indian Foreign Secretary Vikram Rao, who arrived here on Monday on a "
        "two-day official visit, called on President Hari Prasad Koirala at Sheetal Niwas today."
    )
    assert frozenset({"Vikram Rao", "Hari Prasad Koirala"}) in _met(extract(text, date(2025, 3, 4)))


def test_talks_partner_before_a_reporting_clause(extract: Extract) -> None:
    text = (
        "MOSCOW, October 9. /TASS/. Secretary of the Russian Security Council Pavel Orlov held talks in "
        "Moscow on Wednesday with Secretary of Iran's Supreme National Security Council Hamid Rezaei, "
        "the Security Council's press service reported."
    )
    record = extract(text, date(2024, 10, 9))
    assert frozenset({"Pavel Orlov", "Hamid Rezaei"}) in _met(record)
    assert {p.name: p.country for p in record.persons}["Hamid Rezaei"] == "IRN"


def test_co_chair_with_a_long_office_then_the_name(extract: Extract) -> None:
    text = (
        "ALGIERS- Minister of State, Minister of Foreign Affairs and African Affairs, Karim Haddadi, "
        "co-chaired on Wednesday in Algiers with Mauritanian Minister of Foreign Affairs, Cooperation and "
        "Mauritanians Abroad, Sidi Ould Ahmed, the proceedings of the joint commission."
    )
    record = extract(text, date(2025, 3, 20))
    assert frozenset({"Karim Haddadi", "Sidi Ould Ahmed"}) in _met(record)
    people = {p.name: (p.title, p.country) for p in record.persons}
    assert people["Sidi Ould Ahmed"] == (
        "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad",
        "MRT",
    )
    assert people["Karim Haddadi"][1] == "DZA"


def test_ambassador_of_a_state_posted_in_a_capital_serves_that_state(extract: Extract) -> None:
    text = (
        "Rabat - Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Samir Tazi, "
        "held talks on Thursday in Rabat with the Minister of Foreign Affairs of Cabo Verde, Rui Lopes "
        "Tavares. The talks were attended by the Secretary-General of the Ministry, Leila Bennis, and the "
        "Ambassador of Cabo Verde in Rabat, Ilda Semedo Fortes. On this occasion, the two ministers signed a "
        "roadmap for cooperation."
    )
    record = extract(text, date(2025, 6, 13))
    people = {p.name: (p.title, p.country) for p in record.persons}
    assert people["Ilda Semedo Fortes"][1] == "CPV"
    assert (
        people["Samir Tazi"][0] == "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates"
    )
    met = _met(record)
    assert frozenset({"Samir Tazi", "Ilda Semedo Fortes"}) in met
    assert frozenset({"Rui Lopes Tavares", "Ilda Semedo Fortes"}) not in met
    signers = [set(f.parties or []) for f in record.facts if f.type == "SIGNED"]
    assert signers == [{"Samir Tazi", "Rui Lopes Tavares"}]


def test_joined_by_right_after_an_arrival_is_company_on_the_trip(extract: Extract) -> None:
    text = (
        "Estonian President Kaarel Tamm arrived in Kyiv by train on Wednesday morning.\n\n"
        "He was joined by Foreign Minister Liis Kask and Defence Minister Jaan Saar.\n\n"
        "Tamm held talks with President Ostap Melnyk. Kask also took part in the talks."
    )
    record = extract(text, date(2025, 5, 22))
    visitors = {f.person for f in record.facts if f.type == "VISITED"}
    assert {"Kaarel Tamm", "Liis Kask", "Jaan Saar"} <= visitors
    assert {p.name: p.country for p in record.persons}["Liis Kask"] == "EST"


def test_travelled_with_her_after_the_arrival(extract: Extract) -> None:
    text = (
        "Venezuela's Executive Vice President Carmen Rojas arrived in Port of Spain yesterday.\n\n"
        "She was met at the airport by Foreign Minister Dev Persad. Venezuela's Oil Minister, Luis "
        "Parra Ochoa, travelled with her."
    )
    visitors = {f.person for f in extract(text, date(2024, 4, 25)).facts if f.type == "VISITED"}
    assert visitors == {"Carmen Rojas", "Luis Parra Ochoa"}


def test_singular_relative_clause_is_about_the_last_name_only(extract: Extract) -> None:
    text = (
        "KUALA LUMPUR, Aug 6 (Bernama) -- Tan Boon Kiat, who arrived in Kuala Lumpur yesterday for a "
        "two-day working visit, held a bilateral meeting with Foreign Minister Razak Hamid at the ministry. "
        "Secretary-General Aziz Rahman and Singapore Second Permanent Secretary for Foreign Affairs Goh "
        "Mei Ling, who is accompanying Tan on the visit, also attended the meeting."
    )
    record = extract(text, date(2025, 8, 6))
    visitors = {f.person for f in record.facts if f.type == "VISITED"}
    assert visitors == {"Tan Boon Kiat", "Goh Mei Ling"}
    met = _met(record)
    assert frozenset({"Tan Boon Kiat", "Aziz Rahman"}) in met
    assert frozenset({"Razak Hamid", "Aziz Rahman"}) not in met


def _called(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "CALLED"}


def test_discussed_by_telephone_with_is_a_call(extract: Extract) -> None:
    text = (
        "Prime Minister Rohan Maharaj arrived on Monday.\n\nMaharaj said he had discussed the visit by "
        "telephone on Monday with Venezuela's President, Jorge Luis Palacios."
    )
    record = extract(text, date(2024, 4, 25))
    assert frozenset({"Rohan Maharaj", "Jorge Luis Palacios"}) in _called(record)
    assert frozenset({"Rohan Maharaj", "Jorge Luis Palacios"}) not in _met(record)


def test_spoke_to_someone_by_phone_is_a_call(extract: Extract) -> None:
    text = (
        "Foreign Minister Thandi Mokoena met Brazilian Foreign Minister Paulo Alves in Pretoria on "
        "Tuesday.\n\n"
        "She did, however, speak to Russian Foreign Minister Oleg Sidorov by phone on Monday, the "
        "department confirmed."
    )
    assert frozenset({"Thandi Mokoena", "Oleg Sidorov"}) in _called(extract(text, date(2023, 6, 28)))


def test_a_denied_report_of_a_meeting_is_no_meeting(extract: Extract) -> None:
    text = (
        "Foreign Minister Thandi Mokoena met Brazilian Foreign Minister Paulo Alves in Pretoria on "
        "Tuesday.\n\n"
        "Mokoena's department denied a report that she had met Russian ambassador Ivan Kozlov secretly "
        "on Sunday."
    )
    happened = [f for f in extract(text, date(2023, 6, 28)).facts if f.status == "happened"]
    assert not any("Ivan Kozlov" in (f.persons or []) for f in happened)


def test_terms_of_reference_are_a_signed_document(extract: Extract) -> None:
    text = (
        "Defense Secretary Ramon Cruz and his Japanese counterpart, Hiroshi Tanaka, signed on Tuesday the "
        "terms of reference for cooperation on maritime domain awareness."
    )
    names = {f.agreement for f in extract(text, date(2024, 11, 21)).facts if f.type == "SIGNED"}
    assert names == {"terms of reference for cooperation on maritime domain awareness"}


def test_a_member_of_the_visitors_delegation_sits_with_the_visitor(extract: Extract) -> None:
    text = (
        "MANILA - Defense Secretary Ramon Cruz and his Japanese counterpart, Hiroshi Tanaka, signed on "
        "Tuesday an arrangement on coast guard training during the Filipino official's visit to Tokyo. "
        "Cruz arrived in Tokyo on Monday.\n\n"
        "The two defense chiefs held a bilateral meeting at the Japanese Ministry of Defense. Philippine "
        "Ambassador to Japan Lourdes Santos, Defense Undersecretary Paolo Reyes, who is part of the "
        "Secretary's delegation, and Japanese State Minister of Defense Kenta Mori joined the meeting."
    )
    met = _met(extract(text, date(2024, 11, 21)))
    assert frozenset({"Paolo Reyes", "Hiroshi Tanaka"}) in met
    assert frozenset({"Paolo Reyes", "Ramon Cruz"}) not in met


def test_consultations_named_in_capitals_are_a_meeting(extract: Extract) -> None:
    text = (
        "COLOMBO: Foreign Secretary Rakesh Menon held the Foreign Office Consultations with his Sri Lankan "
        "counterpart Nilmini Perera in Colombo on Wednesday.\n\n"
        "The two Foreign Secretaries also signed a memorandum of understanding on a joint working group on "
        "fisheries, and reviewed the agreement on the port terminal that the two countries signed in "
        "January 2022."
    )
    record = extract(text, date(2023, 8, 3))
    assert frozenset({"Rakesh Menon", "Nilmini Perera"}) in _met(record)
    assert "Secretaries" not in {p.name for p in record.persons}
    signed = [f for f in record.facts if f.type == "SIGNED" and "fisheries" in (f.agreement or "")]
    assert [(set(f.parties or []), f.date) for f in signed] == [
        ({"Rakesh Menon", "Nilmini Perera"}, "2023-08-02")
    ]


def test_name_after_a_parenthesised_qualifier_is_a_person(extract: Extract) -> None:
    text = (
        "Foreign Secretary Rakesh Menon arrived in Colombo on Tuesday. He was accompanied by Joint "
        "Secretary (Indian Ocean Region) Arjun Mehra Sood and Director (Sri Lanka) Kavya Iyer."
    )
    names = {p.name for p in extract(text, date(2023, 8, 3)).persons}
    assert {"Arjun Mehra Sood", "Kavya Iyer"} <= names


def test_an_office_set_in_capitals_as_the_first_word_still_names_its_holder(extract: Extract) -> None:
    text = (
        "PRESIDENT Tendai Marufu yesterday received letters of credence from three new ambassadors at "
        "State House in Harare.\n\n"
        "Those who presented their credentials were Ambassador of the Republic of Ghana Mr Kofi Mensah, "
        "High Commissioner of Malaysia Datuk Azlan bin Omar and Ambassador of Cuba Mr Raul Ortega Diaz."
    )
    met = _met(extract(text, date(2025, 2, 21)))
    for envoy in ("Kofi Mensah", "Azlan bin Omar", "Raul Ortega Diaz"):
        assert frozenset({"Tendai Marufu", envoy}) in met


def test_session_co_chaired_by_two_ministers_behind_long_offices(extract: Extract) -> None:
    text = (
        "The three-day session was co-chaired by minister of international relations and trade Hon. Maria "
        "Nangolo Shipanga and her Angolan counterpart Joao Manuel Cassoma, who arrived in the capital on "
        "Sunday evening."
    )
    assert frozenset({"Maria Nangolo Shipanga", "Joao Manuel Cassoma"}) in _met(
        extract(text, date(2025, 5, 16))
    )


def test_agreements_with_their_topics_set_off_by_commas(extract: Extract) -> None:
    text = (
        "Ghana and Togo yesterday signed three agreements at the end of the joint commission in Accra.\n\n"
        "The agreements, on maritime boundary demarcation, on cocoa pricing and on the coastal corridor, "
        "were signed by the Minister for Foreign Affairs, Hon. Dr Kwame Boateng, and the Togolese Minister "
        "of Foreign Affairs, Mrs Akossiwa Amegan."
    )
    signed = [f for f in extract(text, date(2024, 6, 28)).facts if f.type == "SIGNED"]
    assert {f.agreement for f in signed} == {
        "agreement on maritime boundary demarcation",
        "agreement on cocoa pricing",
        "agreement on the coastal corridor",
    }
    assert all(set(f.parties or []) == {"Kwame Boateng", "Akossiwa Amegan"} for f in signed)


def test_counterparts_of_three_states_hosted_together_meet_each_other(extract: Extract) -> None:
    text = (
        "VILNIUS – Lithuanian Prime Minister Jonas Petraitis hosted his Latvian, Estonian and Polish "
        "counterparts, Anna Ozola, Mart Kask and Piotr Nowak, in Vilnius on Monday.\n\n"
        "EU Commissioner for Defence Jan de Vries joined part of the meeting by video link from Brussels."
    )
    record = extract(text, date(2025, 2, 5))
    states = {p.name: p.country for p in record.persons}
    assert (states["Anna Ozola"], states["Mart Kask"], states["Piotr Nowak"]) == ("LVA", "EST", "POL")
    met = _met(record)
    assert frozenset({"Anna Ozola", "Piotr Nowak"}) in met
    assert not any("Jan de Vries" in pair for pair in met)


def test_session_chaired_on_each_side_then_attendees_of_each_side(extract: Extract) -> None:
    text = (
        "MUSCAT, DEC 4 - The 5th session of the Omani-Kenyan Joint Commission concluded in Muscat on "
        "Tuesday.\n\n"
        "The session was chaired on the Omani side by Sayyid Badr bin Salim Al Harthi, Secretary-General "
        "of the Ministry of Foreign Affairs, and on the Kenyan side by Hon. Peter Kamau Njoroge, Cabinet "
        "Secretary for Foreign Affairs, who arrived in Muscat on Sunday.\n\n"
        "Attending from the Omani side was Sheikh Hamed bin Saif Al Rawahi, Undersecretary of the Ministry "
        "of Agriculture. The Kenyan delegation included Kenya's Ambassador to Oman Mr David Otieno Ouma."
    )
    record = extract(text, date(2024, 12, 4))
    states = {p.name: p.country for p in record.persons}
    assert states["Peter Kamau Njoroge"] == "KEN"
    met = _met(record)
    for omani in ("Badr bin Salim Al Harthi", "Hamed bin Saif Al Rawahi"):
        for kenyan in ("Peter Kamau Njoroge", "David Otieno Ouma"):
            assert frozenset({omani, kenyan}) in met


def test_a_family_name_in_the_plural_is_the_couple(extract: Extract) -> None:
    text = (
        "French President Luc Moreau and his wife, Sophie Moreau, arrived in London on Tuesday for a "
        "state visit.\n\n"
        "On Wednesday Prime Minister Edward Hale hosted the Moreaus for lunch at Downing Street."
    )
    met = _met(extract(text, date(2025, 7, 10)))
    assert frozenset({"Edward Hale", "Luc Moreau"}) in met
    assert frozenset({"Edward Hale", "Sophie Moreau"}) in met
