"""Rules that read beyond one sentence or one name: references, settings, trips, signings.

Texts are written for these tests, about real public events.
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord, Fact

from .conftest import Extract


def facts(record: ExtractionRecord, kind: str, status: str = "happened") -> list[Fact]:
    return [f for f in record.facts if f.type == kind and f.status == status]


def pairs(record: ExtractionRecord, kind: str = "MET") -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in facts(record, kind)}


def test_the_two_leaders_are_the_last_two_people_named(extract: Extract) -> None:
    record = extract(
        "Russian President Vladimir Putin arrived in Hanoi on Wednesday and was welcomed by "
        "Vietnamese President To Lam.\n"
        "The two leaders held talks on Thursday.",
        date(2024, 6, 20),
    )
    assert frozenset({"Vladimir Putin", "To Lam"}) in pairs(record)


def test_talks_between_two_people_pair_them_and_whoever_was_present(extract: Extract) -> None:
    record = extract(
        "North Korean Foreign Minister Choe Son Hui was present at the talks between North Korean "
        "leader Kim Jong Un and Russian President Vladimir Putin in Vladivostok in April.",
        date(2019, 11, 25),
    )
    met = pairs(record)
    assert frozenset({"Kim Jong Un", "Vladimir Putin"}) in met
    assert frozenset({"Choe Son Hui", "Vladimir Putin"}) in met
    assert frozenset({"Choe Son Hui", "Kim Jong Un"}) not in met


def test_a_meeting_of_ministers_is_not_a_meeting_between_the_people_named(extract: Extract) -> None:
    record = extract(
        "Indian Defence Minister Rajnath Singh travelled to Moscow to attend a meeting of defence "
        "ministers, days after External Affairs Minister S Jaishankar visited Tehran.",
        date(2020, 9, 8),
    )
    assert pairs(record) == set()


def test_three_part_korean_name_is_a_person(extract: Extract) -> None:
    record = extract(
        "Chinese Premier Li Qiang met with Choe Son Hui, minister of Foreign Affairs of the "
        "Democratic People's Republic of Korea, in Beijing on Monday.",
        date(2025, 9, 29),
    )
    persons = {p.name: p for p in record.persons}
    assert persons["Choe Son Hui"].country == "PRK"
    assert pairs(record) == {frozenset({"Li Qiang", "Choe Son Hui"})}


def test_office_of_a_state_before_the_name(extract: Extract) -> None:
    record = extract(
        "Andrey Rudenko was received by Minister of Foreign Affairs of the DPRK Choe Son Hui in "
        "Pyongyang on Saturday.",
        date(2025, 3, 17),
    )
    assert frozenset({"Andrey Rudenko", "Choe Son Hui"}) in pairs(record)


def test_agreement_at_a_summit_is_not_a_planned_summit(extract: Extract) -> None:
    record = extract(
        "South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed to "
        "resume regular visits at a summit in Tokyo on Thursday.",
        date(2023, 3, 17),
    )
    [met] = facts(record, "MET")
    assert met.date == "2023-03-16"


def test_an_undated_meeting_takes_the_date_of_the_visitors_trip(extract: Extract) -> None:
    record = extract(
        "Mongolian Prime Minister Luvsannamsrai Oyun-Erdene paid a visit to Japan from July 21 to 25.\n"
        "The prime minister held a meeting with Japanese Prime Minister Yoshihide Suga.",
        date(2021, 7, 26),
    )
    [met] = facts(record, "MET")
    assert met.date == "2021-07-21/2021-07-25"


def test_a_first_visit_since_a_year_is_not_dated_by_that_year(extract: Extract) -> None:
    record = extract(
        "Russian President Vladimir Putin arrived in Pyongyang on Wednesday, his first visit to "
        "North Korea since July 2000.",
        date(2024, 6, 19),
    )
    [visit] = facts(record, "VISITED")
    assert (visit.country, visit.date) == ("PRK", "2024-06-19")


def test_quoted_agreement_and_a_later_bare_mention_are_one_signing(extract: Extract) -> None:
    record = extract(
        'Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a "Comprehensive '
        'Strategic Partnership Treaty" in Pyongyang on Wednesday.\n'
        "The treaty was signed after hours of talks.",
        date(2024, 6, 19),
    )
    [signed] = facts(record, "SIGNED")
    assert signed.agreement == "Comprehensive Strategic Partnership Treaty"
    assert set(signed.countries or []) == {"RUS", "PRK"}


def test_initialled_is_not_signed(extract: Extract) -> None:
    record = extract(
        "Ukraine and the European Union initialled the political part of the Association Agreement "
        "in Brussels on Friday.",
        date(2012, 3, 30),
    )
    assert facts(record, "SIGNED") == []


def test_an_event_dated_after_publication_is_planned(extract: Extract) -> None:
    record = extract(
        "Chinese President Xi Jinping welcomed the Russian leader's state visit to China in July "
        "this year, Foreign Minister Wang Yi said.",
        date(2001, 6, 14),
    )
    assert facts(record, "VISITED") == []


def test_a_visitor_in_a_caption_travels_and_the_host_stays(extract: Extract) -> None:
    record = extract(
        "Australian Foreign Minister Penny Wong, left, and Fijian Prime Minister Sitiveni Rabuka "
        "during a visit to Suva in August 2024.",
        date(2025, 5, 20),
    )
    [visit] = facts(record, "VISITED")
    assert (visit.person, visit.country, visit.date) == ("Penny Wong", "FJI", "2024-08")
    assert pairs(record) == {frozenset({"Penny Wong", "Sitiveni Rabuka"})}


def test_officials_present_at_a_reception_meet_the_guest(extract: Extract) -> None:
    record = extract(
        "Pyongyang, October 19 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of Korea, "
        "received Sergei Lavrov, foreign minister of the Russian Federation, who is on an official "
        "goodwill visit to the DPRK, on October 19.\n"
        "Present there was Choe Son Hui, minister of Foreign Affairs.",
        date(2023, 10, 19),
    )
    met = pairs(record)
    assert frozenset({"Kim Jong Un", "Sergei Lavrov"}) in met
    assert frozenset({"Choe Son Hui", "Sergei Lavrov"}) in met
    assert frozenset({"Choe Son Hui", "Kim Jong Un"}) not in met


def test_a_possessor_is_not_a_participant(extract: Extract) -> None:
    record = extract(
        "Secretary of State Mike Pompeo met Kim Jong Un's top aide Kim Yong Chol in New York in May.",
        date(2018, 6, 12),
    )
    assert pairs(record) == {frozenset({"Mike Pompeo", "Kim Yong Chol"})}


def test_the_demonym_city_is_that_state(extract: Extract) -> None:
    record = extract(
        "North Korean leader Kim Jong Un arrived in the Russian Far East city by armoured train "
        "on Wednesday.",
        date(2019, 4, 26),
    )
    [visit] = facts(record, "VISITED")
    assert (visit.country, visit.date) == ("RUS", "2019-04-24")


def test_reporters_credited_at_the_end_are_not_people(extract: Extract) -> None:
    record = extract(
        "U.S. President Joe Biden met Chinese President Xi Jinping in Woodside, California, on Wednesday.\n"
        "Reporting by Trevor Hunnicutt; Editing by Don Durfee",
        date(2023, 11, 16),
    )
    assert {p.name for p in record.persons} == {"Joe Biden", "Xi Jinping"}


def test_one_name_spelt_two_ways_is_one_person(extract: Extract) -> None:
    record = extract(
        "German President Frank-Walter Steinmeier and his wife, Elke Buedenbender, arrived in London "
        "on Wednesday.\n"
        "King Charles welcomed Steinmeier and Elke Budenbender at Windsor Castle.",
        date(2025, 12, 3),
    )
    names = {p.name for p in record.persons}
    assert len(names & {"Elke Buedenbender", "Elke Budenbender"}) == 1
    spouse = next(p for p in record.persons if p.name.startswith("Elke"))
    assert spouse.country == "DEU"  # a spouse shares the partner's state


def test_the_us_president_is_the_protagonist(extract: Extract) -> None:
    record = extract(
        "Donald Trump arrived at Buckingham Palace on Monday morning.\n"
        "Trump waved to the crowds.\n"
        "The US president and the first lady, Melania Trump, landed on the palace lawn for the "
        "British state visit.",
        date(2019, 6, 4),
    )
    trump = next(p for p in record.persons if p.name == "Donald Trump")
    assert trump.country == "USA"
    visits = {(f.person, f.country) for f in facts(record, "VISITED")}
    assert ("Donald Trump", "GBR") in visits


def test_a_welcome_ceremony_caption_pairs_the_two_sides(extract: Extract) -> None:
    record = extract(
        "Image: Britain's Prince William and German President Frank-Walter Steinmeier attend a welcome "
        "ceremony. Pic: Reuters",
        date(2025, 12, 3),
    )
    assert pairs(record) == {frozenset({"Prince William", "Frank-Walter Steinmeier"})}


def test_bodies_with_their_state_and_members(extract: Extract) -> None:
    record = extract(
        "PYONGYANG, March 17 (KCNA) -- A delegation of the Public Health Ministry of the DPRK led by "
        "Public Health Minister Chon Sol Ryong left here for Moscow on Sunday.\n"
        "The delegation will attend a meeting of the DPRK-Russia intergovernmental committee for "
        "economic cooperation, the Korean Central News Agency said.",
        date(2025, 3, 18),
    )
    bodies = {o.name: o for o in record.organizations}
    assert bodies["Public Health Ministry"].country == "PRK"
    assert bodies["Public Health Ministry"].members == ["Chon Sol Ryong"]
    assert bodies["Korean Central News Agency"].kind == "news agency"
    assert bodies["Korean Central News Agency"].country == "PRK"
    assert any("intergovernmental committee" in name for name in bodies)
    [visit] = facts(record, "VISITED")
    assert (visit.person, visit.country, visit.place) == ("Chon Sol Ryong", "RUS", "Moscow")


def test_calling_on_someone_is_a_courtesy_call_but_calling_on_them_to_act_is_not(extract: Extract) -> None:
    met = extract(
        "Indian Prime Minister Narendra Modi called on Singaporean President Tharman Shanmugaratnam "
        "at the Istana on Thursday.",
        date(2024, 9, 6),
    )
    assert pairs(met) == {frozenset({"Narendra Modi", "Tharman Shanmugaratnam"})}
    urged = extract(
        "German Chancellor Olaf Scholz called on Russian President Vladimir Putin to withdraw his troops.",
        date(2022, 3, 1),
    )
    assert urged.facts == []


def test_a_visit_wrapped_up_on_a_day_ends_that_day(extract: Extract) -> None:
    record = extract(
        "U.S. Secretary of State Antony Blinken wrapped up a two-day visit to China on Monday.",
        date(2023, 6, 20),
    )
    [visit] = facts(record, "VISITED")
    assert (visit.country, visit.date) == ("CHN", "2023-06-18/2023-06-19")


def test_the_three_leaders_signed_and_honorifics_stay_out_of_names_and_titles(extract: Extract) -> None:
    record = extract(
        "Ethiopian Prime Minister Abiy Ahmed held talks with Somali President Hassan Sheikh Mohamud in "
        "Ankara on Wednesday, under the mediation of Turkish President Recep Tayyip Erdogan.\n"
        "The three leaders signed the Ankara Declaration.\n"
        "Malaysian Prime Minister Datuk Seri Anwar Ibrahim welcomed the agreement.",
        date(2024, 12, 12),
    )
    [signed] = facts(record, "SIGNED")
    assert signed.agreement == "Ankara Declaration"
    assert set(signed.parties or []) == {"Abiy Ahmed", "Hassan Sheikh Mohamud", "Recep Tayyip Erdogan"}
    anwar = next(p for p in record.persons if "Anwar" in p.name)
    assert (anwar.name, anwar.title, anwar.country) == ("Anwar Ibrahim", "Prime Minister", "MYS")


def test_the_two_presidents_are_the_presidents_not_the_last_two_named(extract: Extract) -> None:
    record = extract(
        "Kyrgyz President Almaz Toktomushev arrived in Astana on Sunday for talks with his Kazakh "
        "counterpart Nurlan Abenov. He was greeted at the airport by Prime Minister Serik Zhumabayev. "
        "On Monday, the two presidents held talks at the Akorda palace.",
        date(2024, 11, 20),
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET" and f.status == "happened"}
    assert frozenset({"Almaz Toktomushev", "Nurlan Abenov"}) in met
    talks = [f for f in record.facts if f.type == "MET" and "Akorda" in f.evidence]
    assert all(set(f.persons or []) == {"Almaz Toktomushev", "Nurlan Abenov"} for f in talks)
