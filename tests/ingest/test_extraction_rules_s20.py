"""Extraction rules of session 20: people a relative clause puts at the meeting of its sentence
("..., in which Z also took part", "A and B, both of whom were present at his meeting with Y").

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.pipeline import extract_article
from ingest.schema import Article

from .conftest import MODEL, Extract


def _met(extract: Extract, text: str, published: date) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in extract(text, published).facts if f.type == "MET"}


def test_in_which_clause_puts_a_companion_at_the_talks(extract: Extract) -> None:
    text = (
        "Kenyan President William Otieno arrived in Accra on Monday for a two-day state visit to Ghana. "
        "He is accompanied by Trade Minister Rebecca Wanjiru.\n\n"
        "On Tuesday, Otieno held talks with President Kwame Asante, in which Wanjiru also took part."
    )
    pairs = _met(extract, text, date(2025, 6, 11))
    assert frozenset({"Rebecca Wanjiru", "Kwame Asante"}) in pairs
    assert frozenset({"Rebecca Wanjiru", "William Otieno"}) not in pairs


def test_in_which_clause_with_both_sides_pairs_across_them_only(extract: Extract) -> None:
    text = (
        "Kenyan President William Otieno arrived in Accra on Monday for a state visit.\n\n"
        "Later, Otieno and Ghanaian President Kwame Asante chaired an expanded meeting of the "
        "delegations, in which Kenyan Foreign Minister Paul Kiprono and Ghanaian Finance Minister "
        "Kofi Mensah participated."
    )
    pairs = _met(extract, text, date(2025, 6, 11))
    assert {
        frozenset({"Paul Kiprono", "Kwame Asante"}),
        frozenset({"Paul Kiprono", "Kofi Mensah"}),
        frozenset({"William Otieno", "Kofi Mensah"}),
    } <= pairs
    assert frozenset({"Paul Kiprono", "William Otieno"}) not in pairs
    assert frozenset({"Kofi Mensah", "Kwame Asante"}) not in pairs


def test_both_of_whom_were_present_at_his_meeting_names_the_companions(extract: Extract) -> None:
    text = (
        "Chilean President Andres Valdivia returned to Santiago on Saturday from Japan, where he paid "
        "a state visit from Monday to Friday.\n\n"
        "Valdivia was accompanied by Foreign Minister Rosa Pizarro and Finance Minister Tomas "
        "Errazuriz, both of whom were present at his meeting with Japanese Prime Minister Kenji "
        "Morita in Tokyo on Tuesday."
    )
    pairs = _met(extract, text, date(2025, 9, 21))
    assert frozenset({"Rosa Pizarro", "Kenji Morita"}) in pairs
    assert frozenset({"Tomas Errazuriz", "Kenji Morita"}) in pairs


def test_a_clause_about_another_event_adds_no_one_to_the_meeting(extract: Extract) -> None:
    text = (
        "Kenyan President William Otieno met President Kwame Asante in Accra on Tuesday, a day after "
        "the business forum, which Trade Minister Rebecca Wanjiru attended."
    )
    pairs = _met(extract, text, date(2025, 6, 11))
    assert frozenset({"Rebecca Wanjiru", "Kwame Asante"}) not in pairs


def test_a_visitors_own_agency_lists_its_delegation_at_the_meetings() -> None:
    text = (
        "TASHKENT, 14th March, 2025 (WAM) -- H.H. Sheikh Mansour bin Zayed Al Nahyan, Vice President, "
        "today met with President Bakhtiyor Nazarov of Uzbekistan during an official visit.\n\n"
        "The meeting was attended by Dr. Khalid bin Salem Al Falasi, Minister of State for Trade; "
        "and Mariam Saeed Al Suwaidi, Ambassador to Uzbekistan."
    )
    article = Article(id="wam-tashkent", source="WAM", published=date(2025, 3, 14), text=text)
    pairs = {frozenset(f.persons or []) for f in extract_article(article, MODEL).facts if f.type == "MET"}
    assert frozenset({"Khalid bin Salem Al Falasi", "Bakhtiyor Nazarov"}) in pairs
    assert frozenset({"Khalid bin Salem Al Falasi", "Mansour bin Zayed Al Nahyan"}) not in pairs


def test_an_abbreviated_style_alone_is_the_person_it_last_styled(extract: Extract) -> None:
    text = (
        "DOHA, 3rd June, 2025 (WAM) -- H.H. Sheikh Tahnoun bin Saif Al Nahyan, Deputy Prime Minister, "
        "held a series of meetings with leaders attending the forum in Doha today.\n\n"
        "On the sidelines of the forum, H.H. met with President Rustam Ergashev of Tajikistan."
    )
    pairs = _met(extract, text, date(2025, 6, 3))
    assert frozenset({"Tahnoun bin Saif Al Nahyan", "Rustam Ergashev"}) in pairs


def test_the_meetings_were_attended_by_takes_in_each_meeting_of_the_day(extract: Extract) -> None:
    text = (
        "ASTANA, 3rd June, 2025 (WAM) -- H.H. Sheikh Tahnoun bin Saif Al Nahyan, Deputy Prime Minister, "
        "who arrived in Astana on Monday, was received at the airport by Deputy Prime Minister Serik "
        "Abenov.\n\n"
        "On Tuesday, H.H. Sheikh Tahnoun met with President Rustam Ergashev of Tajikistan. He also "
        "met with President Nurlan Seitkali of Kazakhstan.\n\n"
        "The meetings were attended by Omar Saif Al Ghobash, UAE Ambassador to Kazakhstan."
    )
    pairs = _met(extract, text, date(2025, 6, 4))
    assert frozenset({"Omar Saif Al Ghobash", "Rustam Ergashev"}) in pairs
    assert frozenset({"Omar Saif Al Ghobash", "Nurlan Seitkali"}) in pairs
    assert frozenset({"Omar Saif Al Ghobash", "Serik Abenov"}) not in pairs


def test_the_ambassadors_are_the_envoys_of_the_credentials_just_told(extract: Extract) -> None:
    text = (
        "ABU DHABI, 8th May, 2025 (WAM) -- H.H. Sheikh Mansour bin Saif Al Nahyan, Vice President, "
        "received on Thursday the credentials of newly appointed ambassadors to the UAE.\n\n"
        "H.H. Sheikh Mansour received the credentials of Pablo Andres Quiroga, Ambassador of Chile; "
        "Ewa Marta Nowicka, Ambassador of Poland; and Daniel Kofi Boateng, Ambassador of Ghana.\n\n"
        "H.H. welcomed the ambassadors and wished them success in their duties.\n\n"
        "In attendance at the ceremony was Sheikh Hamad bin Rashid Al Mualla, Minister of State."
    )
    pairs = _met(extract, text, date(2025, 5, 8))
    for envoy in ("Pablo Andres Quiroga", "Ewa Marta Nowicka", "Daniel Kofi Boateng"):
        assert frozenset({"Hamad bin Rashid Al Mualla", envoy}) in pairs


def test_her_first_trip_this_year_does_not_date_the_trip(extract: Extract) -> None:
    text = (
        "Estonia and Latvia agreed in Riga on Monday to link their border surveillance systems.\n\n"
        "The agreement came during a one-day visit to Riga by Estonian Prime Minister Liis Tamm, her "
        "first trip abroad this year. She held talks with Prime Minister Andris Ozols."
    )
    facts = extract(text, date(2026, 1, 20)).facts
    visit = next(f for f in facts if f.type == "VISITED")
    assert visit.date == "2026-01-19"


def _names(extract: Extract, text: str) -> set[str]:
    return {p.name for p in extract(text, date(2025, 5, 14)).persons}


def test_military_offices_do_not_run_into_names(extract: Extract) -> None:
    names = _names(
        extract,
        "Turkish Chief of General Staff Gen. Emre Yalcin hosted his Kyrgyz counterpart on Tuesday. "
        "The talks were attended by the Chairman of the Joint Chiefs of Staff, Major General Sami "
        "Haddad, and by Egypt's Minister of State for Military Production Adel Mansour.",
    )
    assert {"Emre Yalcin", "Sami Haddad", "Adel Mansour"} <= names
    assert not any(n.startswith(("Staff", "Gen.", "Joint", "Military")) for n in names)


def test_minister_responsible_for_is_an_office(extract: Extract) -> None:
    names = _names(
        extract, "The Sultan received Minister Responsible for Foreign Affairs Hamood al-Rawahi in Muscat."
    )
    assert "Responsible" not in names
    assert "Hamood al-Rawahi" in names


def test_bhutanese_styles_stay_out_of_names_and_the_prime_ministers_style_refers_back(
    extract: Extract,
) -> None:
    text = (
        "Thimphu - Lyonchhen Dasho Pema Wangchuk is on an official visit to India from February 9 to 12. "
        "He is accompanied by the Foreign Minister, Lyonpo Sonam Dema.\n\n"
        "Lyonchhen held talks with Prime Minister Arvind Kulkarni in New Delhi yesterday."
    )
    record = extract(text, date(2026, 2, 11))
    assert {"Pema Wangchuk", "Sonam Dema"} <= {p.name for p in record.persons}
    pairs = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Pema Wangchuk", "Arvind Kulkarni"}) in pairs


def test_a_delegation_list_that_names_its_state_gives_it_to_its_members(extract: Extract) -> None:
    text = (
        "MOSCOW, October 16. /TASS/. Chairman of the State Duma Pavel Zorin held talks in Moscow on "
        "Wednesday with President of the National Assembly of Laos Somsack Inthavong, whose delegation "
        "arrived on Monday.\n\n"
        "The Lao parliamentary delegation, which comprises Vice President of the National Assembly "
        "Bounmy Phetsarath, as well as head of the friendship group Khamla Sounthone, took part in the "
        "talks. Taking part on the Russian side was deputy Igor Belykh."
    )
    record = extract(text, date(2024, 10, 16))
    states = {p.name: p.country for p in record.persons}
    assert states["Bounmy Phetsarath"] == "LAO"
    assert states["Khamla Sounthone"] == "LAO"
    pairs = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Pavel Zorin", "Bounmy Phetsarath"}) in pairs
    assert frozenset({"Somsack Inthavong", "Bounmy Phetsarath"}) not in pairs


def test_a_royal_audience_for_envoys_listed_after_those_present(extract: Extract) -> None:
    text = (
        "Rabat - His Majesty King Hassan Idrissi, may God assist Him, received on Monday at the Royal "
        "Palace in Rabat several foreign ambassadors who presented to the Sovereign their credentials.\n\n"
        "The audience took place in the presence of the Minister of Foreign Affairs, Mr. Karim Tazi.\n\n"
        "The ambassadors who were received by His Majesty the King are:\n"
        "- Mr. Lars Nygaard, Ambassador of the Kingdom of Norway;\n"
        "- Mr. Kenta Ishikawa, Ambassador of Japan."
    )
    pairs = _met(extract, text, date(2024, 2, 6))
    for envoy in ("Lars Nygaard", "Kenta Ishikawa"):
        assert frozenset({"King Hassan Idrissi", envoy}) in pairs
        assert frozenset({"Karim Tazi", envoy}) in pairs
    assert frozenset({"King Hassan Idrissi", "Karim Tazi"}) not in pairs


def test_a_name_with_a_quoted_nickname_is_also_known_without_it(extract: Extract) -> None:
    record = extract(
        'Thai Prime Minister Somchai "Tong" Boonyarit held talks with Vietnamese Prime Minister '
        "Nguyen Van Long in Hanoi on Wednesday.",
        date(2025, 5, 14),
    )
    somchai = next(p for p in record.persons if p.name.startswith("Somchai"))
    assert somchai.name == 'Somchai "Tong" Boonyarit'  # as the article spells it
    assert "Somchai Boonyarit" in somchai.aliases


def test_the_secretary_general_refers_back_to_the_one_named(extract: Extract) -> None:
    text = (
        "DILI, 19 August 2026 - Secretary-General of ASEAN Dr. Rafael Mendoza Cruz today concluded a "
        "three-day working visit to Timor-Leste.\n\n"
        "During the visit, the Secretary-General paid a courtesy call on the Prime Minister, H.E. "
        "Joaquim da Silva Belo, on 18 August."
    )
    pairs = _met(extract, text, date(2026, 8, 19))
    assert frozenset({"Rafael Mendoza Cruz", "Joaquim da Silva Belo"}) in pairs


def test_envoys_a_host_received_named_between_dashes_in_the_next_sentence(extract: Extract) -> None:
    text = (
        "INCHEON - Incheon Mayor Park Sang-woo hosted the ambassadors of three Baltic states at City "
        "Hall on Tuesday.\n\n"
        "The envoys — Estonian Ambassador Mart Lepik, Latvian Ambassador Ilze Ozola and Lithuanian "
        "Ambassador Tomas Petrauskas — traveled from Seoul for the forum."
    )
    pairs = _met(extract, text, date(2025, 4, 30))
    for envoy in ("Mart Lepik", "Ilze Ozola", "Tomas Petrauskas"):
        assert frozenset({"Park Sang-woo", envoy}) in pairs


def test_names_after_parliamentary_offices_with_a_parenthesis_and_a_house(extract: Extract) -> None:
    text = (
        "Tehran, IRNA - Speaker of the Islamic Consultative Assembly (Majlis) Mahmoud Rezaei-Kia "
        "received Chairman of the House of Representatives of the National Assembly of the Republic "
        "of Belarus Viktor Karpenko on Sunday."
    )
    pairs = _met(extract, text, date(2025, 2, 10))
    assert frozenset({"Mahmoud Rezaei-Kia", "Viktor Karpenko"}) in pairs


def test_post_nominal_letters_are_no_part_of_the_name(extract: Extract) -> None:
    names = _names(
        extract,
        "The Assistant Minister for Foreign Affairs, Tim Gallagher MP, was also present when the "
        "envoy called on the Governor-General, Her Excellency the Honourable Margaret Lindsay AC.",
    )
    assert {"Tim Gallagher", "Margaret Lindsay"} <= names


def test_names_after_a_secretary_general_of_a_body(extract: Extract) -> None:
    names = _names(
        extract,
        "President Aziz Karimov received the Secretary General of the Organization for Security and "
        "Co-operation in Europe Ingrid Solheim on Tuesday, as did the Under-Secretary-General of the "
        "United Nations Pedro Almeida Costa.",
    )
    assert {"Aziz Karimov", "Ingrid Solheim", "Pedro Almeida Costa"} <= names
    assert "United Nations" not in names


def test_in_the_presence_of_at_an_audience_meets_the_guest(extract: Extract) -> None:
    text = (
        "KUWAIT, April 20 (KUNA) -- His Highness the Amir Sheikh Jaber Al-Ahmad Al-Sabah received at "
        "Bayan Palace today UK Chief of the Defence Staff Admiral Sir Peter Lawson, who is currently "
        "visiting the country, in the presence of His Highness the Crown Prince Sheikh Salem Nawaf "
        "Al-Sabah."
    )
    pairs = _met(extract, text, date(2026, 4, 20))
    assert frozenset({"Salem Nawaf Al-Sabah", "Peter Lawson"}) in pairs


def test_an_invitation_to_pay_a_state_visit_is_no_trip(extract: Extract) -> None:
    text = (
        "The Amir Sheikh Jaber Al-Ahmad Al-Sabah received British official Sir Peter Lawson in Kuwait "
        "on Monday. The Amir accepted an invitation conveyed by the British official to pay a state "
        "visit to the United Kingdom."
    )
    facts = extract(text, date(2026, 4, 20)).facts
    assert not any(f.type == "VISITED" and f.country == "GBR" and f.status == "happened" for f in facts)


def test_the_minister_in_a_ministrys_own_release_is_its_own_minister() -> None:
    text = (
        "Press Release\n\n"
        "1. The Minister of Foreign Affairs of Thailand, Mr. Somsak Prasert, paid an official visit to "
        "Bhutan from 30 July to 1 August 2023 at the invitation of Lyonpo Karma Wangdi, Minister for "
        "Foreign Affairs of Bhutan.\n\n"
        "2. On 31 July 2023, the Minister held talks with Lyonpo Karma Wangdi in Thimphu. Lyonpo Karma "
        "Wangdi hosted a dinner in honour of the Minister.\n\n"
        "3. On 1 August 2023, the Minister called on the Prime Minister of Bhutan, Lyonchhen Tashi "
        "Dorji."
    )
    article = Article(
        id="mfa-release",
        source="Ministry of Foreign Affairs of the Kingdom of Thailand",
        published=date(2023, 8, 3),
        text=text,
    )
    pairs = {frozenset(f.persons or []) for f in extract_article(article, MODEL).facts if f.type == "MET"}
    assert frozenset({"Somsak Prasert", "Tashi Dorji"}) in pairs
    assert frozenset({"Karma Wangdi", "Tashi Dorji"}) not in pairs


def test_the_head_of_government_is_the_prime_minister_named(extract: Extract) -> None:
    text = (
        "Dakar, 16 May (APS) - Prime Minister Ousmane Faye returned to Dakar on Wednesday night after a "
        "working visit to The Gambia.\n\n"
        "The head of government, who was accompanied by Foreign Minister Aminata Sow, travelled to "
        "Banjul on Tuesday morning. He was received at State House by President Lamin Ceesay."
    )
    pairs = _met(extract, text, date(2024, 5, 16))
    assert frozenset({"Ousmane Faye", "Lamin Ceesay"}) in pairs
