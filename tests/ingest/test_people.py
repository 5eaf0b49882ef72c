"""People found by ingest.pipeline.extract_article: names, titles, states, name variants, references back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ingest.schema import ExtractionRecord, PersonRecord

Extract = Callable[..., ExtractionRecord]


def person(record: ExtractionRecord, name: str) -> PersonRecord:
    """The one person record whose name or alias is `name`."""
    found = [p for p in record.persons if name == p.name or name in p.aliases]
    assert len(found) == 1, f"{name!r} not found once in {[p.name for p in record.persons]}"
    return found[0]


def names(record: ExtractionRecord) -> set[str]:
    return {p.name for p in record.persons} | {a for p in record.persons for a in p.aliases}


def pairs(record: ExtractionRecord, kind: str = "MET") -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == kind and f.status == "happened"}


def test_title_and_state_from_a_demonym_before_the_name(extract: Extract) -> None:
    record = extract(
        "North Korean Foreign Minister Choe Son-hui held talks with Russian Foreign Minister "
        "Sergei Lavrov in Moscow on Friday.",
        date(2024, 11, 2),
    )
    choe, lavrov = person(record, "Choe Son-hui"), person(record, "Sergei Lavrov")
    assert (choe.title, choe.country) == ("Foreign Minister", "PRK")
    assert (lavrov.title, lavrov.country) == ("Foreign Minister", "RUS")


def test_ambassador_serves_the_sending_state_not_the_host(extract: Extract) -> None:
    record = extract(
        "Russian Ambassador to North Korea Alexander Matsegora met North Korean Vice Foreign Minister "
        "Im Chon-il in Pyongyang on Thursday, KCNA said.",
        date(2024, 3, 8),
    )
    ambassador = person(record, "Alexander Matsegora")
    assert ambassador.country == "RUS"
    assert ambassador.title is not None and ambassador.title.startswith("Ambassador")
    vice = person(record, "Im Chon-il")
    assert (vice.title, vice.country) == ("Vice Foreign Minister", "PRK")


def test_hyphenated_given_names_stay_whole(extract: Extract) -> None:
    record = extract(
        "North Korean Minister of External Economic Relations Yun Jong-ho and Russian Natural Resources "
        "Minister Alexander Kozlov held talks in Pyongyang on Wednesday.",
        date(2023, 11, 16),
    )
    assert "Yun Jong-ho" in names(record)
    assert not any(n.endswith("-") or n == "Yun Jong" for n in names(record))
    assert person(record, "Yun Jong-ho").country == "PRK"


def test_spelling_variants_with_and_without_hyphen_are_one_person(extract: Extract) -> None:
    record = extract(
        "North Korean Foreign Minister Choe Son Hui met Russian Foreign Minister Sergei Lavrov in Moscow "
        "on Friday.\n"
        "Choe Son-hui told reporters after the meeting that the talks had been productive.\n"
        "Choe said the two countries would deepen their ties.",
        date(2024, 11, 2),
    )
    choes = [p for p in record.persons if p.name.startswith("Choe")]
    assert len(choes) == 1
    assert {choes[0].name, *choes[0].aliases} >= {"Choe Son Hui", "Choe Son-hui"}
    assert pairs(record) == {frozenset({choes[0].name, "Sergei Lavrov"})}


def test_spelling_variants_with_and_without_diacritics_are_one_person(extract: Extract) -> None:
    record = extract(
        "Brazilian President Luiz Inácio Lula da Silva held talks with French President Emmanuel Macron "
        "in Paris on Friday.\n"
        "Luiz Inacio Lula da Silva had arrived in Paris from Rome on Wednesday.\n"
        "Lula said the talks were warm and productive.",
        date(2023, 6, 24),
    )
    lulas = [p for p in record.persons if "Lula" in p.name]
    assert len(lulas) == 1
    assert lulas[0].country == "BRA"


def test_later_bare_surname_refers_back_to_the_full_name(extract: Extract) -> None:
    record = extract(
        "Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday.\n"
        "On Tuesday, Lavrov held talks with Chinese Foreign Minister Wang Yi.",
        date(2024, 4, 10),
    )
    assert "Lavrov" not in {p.name for p in record.persons}
    [met] = [f for f in record.facts if f.type == "MET"]
    assert set(met.persons or []) == {"Sergei Lavrov", "Wang Yi"}
    assert met.date == "2024-04-09"


def test_the_minister_refers_back_to_the_one_minister_named(extract: Extract) -> None:
    record = extract(
        "North Korean Foreign Minister Choe Son-hui arrived in Moscow last week.\n"
        "The minister was received by Russian President Vladimir Putin at the Kremlin on Monday.",
        date(2024, 11, 5),
    )
    assert pairs(record) == {frozenset({"Choe Son-hui", "Vladimir Putin"})}
    [met] = [f for f in record.facts if f.type == "MET"]
    assert met.date == "2024-11-04"


def test_pronoun_subject_refers_back(extract: Extract) -> None:
    record = extract(
        "German Foreign Minister Annalena Baerbock arrived in Beijing on Friday after a stop in Tianjin. "
        "She met Chinese Foreign Minister Qin Gang on Friday.",
        date(2023, 4, 15),
    )
    assert pairs(record) == {frozenset({"Annalena Baerbock", "Qin Gang"})}


def test_news_agencies_are_not_people(extract: Extract) -> None:
    record = extract(
        "South Korean Foreign Minister Park Jin held talks with U.S. Secretary of State Antony Blinken "
        "in Washington on Monday, Yonhap News Agency reported.\n"
        "Yonhap said the two discussed North Korea. KCNA did not comment on the meeting, and Xinhua "
        "carried only a short report. Kyodo quoted a Japanese official as welcoming the talks.",
        date(2023, 2, 14),
    )
    assert names(record) == {"Park Jin", "Antony Blinken"}
    assert pairs(record) == {frozenset({"Park Jin", "Antony Blinken"})}


def test_bylines_are_not_people(extract: Extract) -> None:
    record = extract(
        "By Jane Doe\n"
        "North Korean Foreign Minister Choe Son-hui met Russian Foreign Minister Sergei Lavrov in Moscow "
        "on Friday.\n"
        "Reporting by John Smith; Editing by Alex Brown",
        date(2024, 11, 2),
    )
    assert names(record) == {"Choe Son-hui", "Sergei Lavrov"}


def test_photographers_reporters_and_places_are_not_people(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Ana Lima met Foreign Minister Tom Berg in Amman on Monday. (Photo by Omar "
        "Haddad/Xinhua)\n"
        "Both sides discussed the Middle East and the Senkaku Isla dispute. Writing by Dan Reeve; "
        "Editing by Sara Cole.",
        date(2025, 3, 18),
    )
    names = {p.name for p in record.persons}
    assert names == {"Ana Lima", "Tom Berg"}


def test_names_after_long_offices_lower_case_titles_and_particle_chains(extract: Extract) -> None:
    record = extract(
        "Secretary of Foreign Affairs of Chile Tomas L Vidal met Omani envoy Khalid bin Ali bin Omar "
        "al-Harthy in Lima on Monday, presidential spokesman Ajuri Ndeze said.",
        date(2025, 3, 18),
    )
    names = {p.name for p in record.persons}
    assert {"Tomas L Vidal", "Khalid bin Ali bin Omar al-Harthy", "Ajuri Ndeze"} <= names


def test_an_official_with_no_stated_state_in_a_story_from_a_capital_serves_it(extract: Extract) -> None:
    record = extract(
        "NAIROBI, March 17 -- President Sam Kuria received Foreign Minister Ana Lima of Peru, who "
        "arrived in Nairobi on Sunday.",
        date(2025, 3, 18),
    )
    states = {p.name: p.country for p in record.persons}
    assert states["Sam Kuria"] == "KEN"
    assert states["Ana Lima"] == "PER"


def test_a_name_joined_by_a_lineage_particle_is_one_name(extract: Extract) -> None:
    record = extract("Salma bint Khalid Al Mansoori received the envoy of Chile, Pedro Lagos, on Monday.")
    names = {p.name for p in record.persons}
    assert "Salma bint Khalid Al Mansoori" in names


def test_honorifics_of_the_pacific_and_brunei_are_not_names(extract: Extract) -> None:
    record = extract(
        "Ratu Joeli Tabua, the Fijian Prime Minister, welcomed Hon. Sione Taufa of Tonga in Suva on Monday."
    )
    assert {"Joeli Tabua", "Sione Taufa"} <= names(record)


def test_an_office_ending_in_adviser_or_member_is_no_part_of_the_name(extract: Extract) -> None:
    record = extract(
        "Chief Adviser Professor Karim Uddin received Cabinet Member Omar Nasser of Jordan in Dhaka "
        "on Monday."
    )
    assert {"Karim Uddin", "Omar Nasser"} <= names(record)


def test_offices_with_acronyms_and_portfolio_words_are_not_names(extract: Extract) -> None:
    record = extract(
        "Minister of Transport and Logistics Dawit Alemu met the UN Secretary-General in Addis Ababa on "
        "Monday, a day after the Cabinet approved the plan."
    )
    assert names(record) == {"Dawit Alemu"}


def test_a_two_letter_family_name_alone_refers_back(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Wu Jianguo met Kenyan Foreign Minister Peter Otieno in Beijing on Monday. "
        "Wu said the two countries would expand trade."
    )
    assert "Wu" not in names(record)


def test_no_sentence_break_without_a_stop_inside_a_name(extract: Extract) -> None:
    record = extract(
        "Chinese Foreign Minister Li Zhaoming on Tuesday hosted his counterparts from three Central "
        "Asian states in Chengdu. Li met Kazakh Foreign Minister Erlan Abdrakhmanov."
    )
    assert "Li Zhaoming" in names(record)
    assert pairs(record) == {frozenset({"Li Zhaoming", "Erlan Abdrakhmanov"})}


def test_a_word_of_a_place_is_no_ones_surname(extract: Extract) -> None:
    record = extract(
        "The accords were signed in 1992 by then-President Jaime Paz Ortega of Bolivia. Minister Elena "
        "Quispe Rojas was accompanied by Peru's ambassador in La Paz, Rosa Arroyo Pinto.",
        published=date(2024, 5, 2),
    )
    persons = {p.name: p for p in record.persons}
    assert persons["Jaime Paz Ortega"].country == "BOL"
    assert persons["Rosa Arroyo Pinto"].country == "PER"


def test_initials_and_a_name_are_the_full_name_told_before(extract: Extract) -> None:
    record = extract(
        "Ulaanbaatar, May 2 /Example Wire/. President of Mongolia Ts.Batbayar received the credentials of "
        "Ambassador of Hungary Istvan Varkonyi. In his conversation with Ambassador I.Varkonyi, President "
        "Ts.Batbayar noted the strategic partnership.",
        published=date(2024, 5, 2),
    )
    assert "I.Varkonyi" not in names(record)
    assert person(record, "Istvan Varkonyi").country == "HUN"


def test_two_given_names_after_a_style_belong_to_the_name(extract: Extract) -> None:
    record = extract(
        "President Kofi Mensah has received letters of credence from two envoys. They are Mr Tae-ho "
        "Park, Ambassador of the Republic of Korea; and Mr Luiz Henrique Sobreira Lopes, Ambassador of "
        "the Federative Republic of Brazil.",
        date(2019, 11, 14),
    )
    assert "Luiz Henrique Sobreira Lopes" in {p.name for p in record.persons}


def test_a_family_name_a_town_shares_is_the_person_when_no_preposition_places_it(extract: Extract) -> None:
    record = extract(
        "Cuban Foreign Minister Bruno Rodríguez Parrilla held talks in Pretoria on Thursday with Naledi "
        "Pandor.\n\nRodríguez left Windhoek for Pretoria on Wednesday.",
        date(2019, 10, 17),
    )
    assert ("Bruno Rodríguez Parrilla", "ZAF") in {
        (f.person, f.country) for f in record.facts if f.type == "VISITED"
    }


def test_a_plural_portfolio_ends_an_office_not_a_name(extract: Extract) -> None:
    record = extract(
        "The delegation comprises the Minister of Petroleum, Energy and Renewable Energies, Mr. Moussa "
        "Barke, who arrived in Algiers on Friday.",
        date(2022, 5, 22),
    )
    assert "Renewable Energies" not in names(record)
