"""Extraction rules of session 23: documents listed after "signed by", names after a portfolio,
the state each delegate speaks for, "the chancellor" of Latin American stories, companions placed at
the talks by "Both", the verb after a long apposition, agency datelines and running tallies.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract


def _met(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}


def _states(record: ExtractionRecord) -> dict[str, str | None]:
    return {p.name: p.country for p in record.persons}


def _signed(record: ExtractionRecord) -> list[str]:
    return [f.agreement or "" for f in record.facts if f.type == "SIGNED"]


def test_documents_signed_by_two_and_covering_topics_are_one_signing_each(extract: Extract) -> None:
    text = (
        "ISLAMABAD, March 4 (APP): Minister for Commerce Zafar Iqbal Rana received a delegation from Oman "
        "on Tuesday. Later, three agreements were exchanged in a ceremony. The documents, signed by Imran "
        "Ali Sheikh and Said bin Ali Al-Harthy, cover cooperation in fisheries, the upgrading of Gwadar "
        "port and training of customs officers."
    )
    record = extract(text, date(2025, 3, 5))
    signed = _signed(record)
    assert len(signed) == 3
    assert any("fisheries" in s for s in signed) and any("customs" in s for s in signed)
    assert all(
        set(f.parties or []) == {"Imran Ali Sheikh", "Said bin Ali Al-Harthy"}
        for f in record.facts
        if f.type == "SIGNED"
    )


def test_a_name_after_a_portfolio_keeps_its_given_name(extract: Extract) -> None:
    text = (
        "Special Assistant to the Prime Minister on Investment Kamran Ali Shigri and Saudi Ambassador "
        "Nayef bin Saad Al-Malki attended the meeting in Islamabad on Tuesday."
    )
    names = {p.name for p in extract(text, date(2025, 2, 19)).persons}
    assert "Kamran Ali Shigri" in names


def test_a_body_before_a_name_is_not_a_given_name(extract: Extract) -> None:
    text = (
        "The memorandum was signed by Minister of Transport Tran Van Long and Chairman of China's "
        "National Development and Reform Commission Gao Weiming in Hanoi on Monday."
    )
    names = {p.name for p in extract(text, date(2024, 8, 20)).persons}
    assert "Gao Weiming" in names


def test_each_delegate_serves_the_state_named_after_them(extract: Extract) -> None:
    text = (
        "Uruguayan Foreign Minister Lucia Ferrer Sosa and her Argentine counterpart Tomas Ibarra Lafuente "
        "met in Colonia del Sacramento on Wednesday. The meeting was also attended by the heads of the two "
        "delegations to the river commission, Alvaro Cabrera del Castillo for Uruguay and Mirta Lucero "
        "Diaz for Argentina."
    )
    record = extract(text, date(2024, 4, 12))
    states = _states(record)
    assert states["Alvaro Cabrera del Castillo"] == "URY"
    assert states["Mirta Lucero Diaz"] == "ARG"
    met = _met(record)
    assert frozenset({"Tomas Ibarra Lafuente", "Alvaro Cabrera del Castillo"}) in met
    assert frozenset({"Lucia Ferrer Sosa", "Mirta Lucero Diaz"}) in met
    assert frozenset({"Tomas Ibarra Lafuente", "Mirta Lucero Diaz"}) not in met


def test_joining_someone_for_the_legs_of_a_trip_names_no_state(extract: Extract) -> None:
    text = (
        "Foreign Minister Helen Ward flew to Suva on Tuesday. Senator Grace Lim joined Ms Ward for the "
        "Fiji and Tonga legs of the trip."
    )
    assert _states(extract(text, date(2024, 6, 7))).get("Helen Ward") != "FJI"


def test_the_chancellor_of_a_latin_american_state_is_its_foreign_minister(extract: Extract) -> None:
    text = (
        "Santo Domingo.- Haitian Foreign Minister Claire Dorval held talks with Dominican Foreign Minister "
        "Luis Pena Soto at the Foreign Ministry on Wednesday. The Haitian chancellor, who arrived in Santo "
        "Domingo on Tuesday, was accompanied by Haiti's consul in Santiago, Marc Etienne, and by the "
        "director of the Haitian migration office, Rose Bastien. Both attended the talks."
    )
    record = extract(text, date(2025, 4, 4))
    visited = {f.person for f in record.facts if f.type == "VISITED"}
    assert "Claire Dorval" in visited
    met = _met(record)
    assert frozenset({"Luis Pena Soto", "Marc Etienne"}) in met
    assert frozenset({"Luis Pena Soto", "Rose Bastien"}) in met
    places = {f.place for f in record.facts if f.type == "MET"}
    assert "Santo Domingo" in places


def test_the_german_chancellor_is_not_the_foreign_minister(extract: Extract) -> None:
    text = (
        "German Foreign Minister Jonas Weber met Polish Foreign Minister Adam Nowak in Warsaw on Monday. "
        "The German chancellor later received Polish Deputy Prime Minister Ewa Lis in Berlin."
    )
    assert frozenset({"Jonas Weber", "Ewa Lis"}) not in _met(extract(text, date(2025, 3, 4)))


def test_a_verb_after_a_long_apposition_takes_the_next_person_as_object(extract: Extract) -> None:
    text = (
        "Phnom Penh, September 10, 2024 AKP -- Samdech Chea Sophal, President of the Senate of the "
        "Kingdom of Cambodia, received here yesterday afternoon H.E. Zhou Minghua, Vice Chairman of the "
        "Standing Committee of the National People's Congress of China, and his delegation."
    )
    record = extract(text, date(2024, 9, 10))
    assert frozenset({"Chea Sophal", "Zhou Minghua"}) in _met(record)


def test_a_tally_of_documents_signed_over_the_years_is_no_signing(extract: Extract) -> None:
    text = (
        "Prime Minister Hun Vireak received Chinese Vice Premier Liu Jian in Phnom Penh on Monday. "
        "According to Hun Vireak, Cambodia and China have signed more than 30 cooperation documents "
        "under the Belt and Road Initiative."
    )
    assert _signed(extract(text, date(2024, 9, 10))) == []


def test_a_cambodian_style_is_not_part_of_the_name(extract: Extract) -> None:
    text = "Lok Chumteav Sok Dara, Vice President of the National Assembly, met the Lao delegation on Monday."
    names = {p.name for p in extract(text, date(2024, 9, 10)).persons}
    assert "Sok Dara" in names


def test_the_leaders_met_next_are_met_too(extract: Extract) -> None:
    text = (
        "VIENTIANE, Oct 10 (Bernama) -- Prime Minister Datuk Seri Hafiz Rahman held bilateral meetings "
        "with three leaders on the sidelines of the summit here today.\n\nHafiz, who arrived here "
        "yesterday afternoon, first met Lao Prime Minister Somphone Keola at the convention centre, "
        "followed by Thai Prime Minister Kanya Srisuk and Vietnamese Prime Minister Tran Van Minh."
    )
    record = extract(text, date(2024, 10, 10))
    met = {frozenset(f.persons or []): f.date for f in record.facts if f.type == "MET"}
    for other in ("Somphone Keola", "Kanya Srisuk", "Tran Van Minh"):
        # met on the day the lead told, not on the day of the arrival in the relative clause
        assert met.get(frozenset({"Hafiz Rahman", other})) == "2024-10-10", other


def test_a_style_inside_a_malay_name_is_no_one_s_surname(extract: Extract) -> None:
    text = (
        "Prime Minister Datuk Seri Hafiz Rahman met Lao Prime Minister Somphone Keola in Vientiane on "
        "Thursday. He was accompanied by Investment Minister Tengku Datuk Seri Iskandar Tengku Ahmad."
    )
    met = _met(extract(text, date(2024, 10, 10)))
    assert frozenset({"Hafiz Rahman", "Tengku Datuk Seri Iskandar Tengku Ahmad"}) not in met


def test_with_someone_before_a_purpose_is_the_other_side(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Omar Haddad held talks on Tuesday with Prime Minister Ali Khan to review the "
        "project. Haddad also spoke by phone on Monday with Cypriot Foreign Minister Petros Andreou to "
        "brief him ahead of the talks.",
        date(2024, 9, 26),
    )
    assert frozenset({"Omar Haddad", "Ali Khan"}) in _met(record)
    calls = {frozenset(f.persons or []) for f in record.facts if f.type == "CALLED"}
    assert frozenset({"Omar Haddad", "Petros Andreou"}) in calls
    assert frozenset({"Omar Haddad", "Petros Andreou"}) not in _met(record)


def test_a_name_after_mr_or_mme_without_a_stop_is_a_person(extract: Extract) -> None:
    text = (
        "Mme Claire Martin, Minister for Europe and Foreign Affairs, received Mr Cheikh Ibrahima Ndiaye, "
        "Senegal's Minister of Foreign Affairs, at the Quai d'Orsay on 12 February. The two ministers held "
        "a working lunch, also attended by Ms Awa Diallo Sow, Senegal's Minister of Trade."
    )
    record = extract(text, date(2025, 2, 13))
    names = {p.name for p in record.persons}
    assert {"Claire Martin", "Cheikh Ibrahima Ndiaye"} <= names
    met = _met(record)
    assert frozenset({"Claire Martin", "Cheikh Ibrahima Ndiaye"}) in met
    assert frozenset({"Claire Martin", "Awa Diallo Sow"}) in met


def test_a_release_s_office_reference_points_to_the_holder_named_later(extract: Extract) -> None:
    text = (
        "In Astana on Wednesday 23 April, the Foreign Secretary met Foreign Minister Dana Nurpeisova. "
        "The visit was the first by a Foreign Secretary in four years.\n\n"
        "Foreign Secretary Richard Palmer said: Central Asia matters to us."
    )
    record = extract(text, date(2025, 4, 25), source="GOV.UK - Foreign, Commonwealth & Development Office")
    assert frozenset({"Richard Palmer", "Dana Nurpeisova"}) in _met(record)


def test_the_ministers_are_the_holders_of_one_state_named_so_far(extract: Extract) -> None:
    text = (
        "Today, Minister for Foreign Affairs Anna Lindgren is in Kyiv, together with Minister for Foreign "
        "Trade Erik Sandberg. During the visit, the ministers met Ukraine's Minister of Foreign Affairs, "
        "Andrii Melnyk, and Prime Minister Denys Tkachenko."
    )
    met = _met(extract(text, date(2025, 3, 27), source="Government Offices of Sweden"))
    for guest in ("Anna Lindgren", "Erik Sandberg"):
        for host in ("Andrii Melnyk", "Denys Tkachenko"):
            assert frozenset({guest, host}) in met, (guest, host)


def test_the_minister_is_one_who_is_also_a_deputy_prime_minister(extract: Extract) -> None:
    text = (
        "Deputy Prime Minister and Minister of Foreign Affairs Lorenzo Bassi concluded yesterday a "
        "two-day mission to North Africa. On Wednesday, in Tunis, the Minister was received at Carthage "
        "Palace by the President of the Republic of Tunisia, Hichem Trabelsi. He then held a meeting with "
        "the Tunisian Minister of Foreign Affairs, Mohamed Ali Gharbi."
    )
    met = _met(extract(text, date(2024, 10, 18)))
    assert frozenset({"Lorenzo Bassi", "Hichem Trabelsi"}) in met
    assert frozenset({"Hichem Trabelsi", "Mohamed Ali Gharbi"}) not in met


def test_the_side_represented_by_named_people_meets_the_other_side(extract: Extract) -> None:
    text = (
        "Prime Minister of Georgia Levan Gelashvili held talks with Prime Minister of Armenia Hayk "
        "Sarkisian in Yerevan today. The Armenian side was represented at the expanded talks by "
        "Foreign Minister Aram Petrosyan and Minister of Economy Davit Grigoryan, among others."
    )
    met = _met(extract(text, date(2025, 1, 22)))
    for armenian in ("Aram Petrosyan", "Davit Grigoryan"):
        assert frozenset({"Levan Gelashvili", armenian}) in met, armenian
    assert frozenset({"Hayk Sarkisian", "Aram Petrosyan"}) not in met
