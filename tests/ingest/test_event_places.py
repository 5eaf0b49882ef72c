"""Where a meeting or signing took place when its own sentence names no place: the meeting it is
part of, the visit it happened on, the dateline for the story's own days; never a person's name.
A roundup's day heads date the items under them.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord, Fact

from .conftest import Extract

DAY = date(2025, 4, 8)


def meeting(record: ExtractionRecord, a: str, b: str) -> Fact:
    return next(f for f in record.facts if f.type == "MET" and set(f.persons or []) == {a, b})


def test_people_who_attended_a_meeting_met_where_it_was_held(extract: Extract) -> None:
    record = extract(
        "President Amadou Sall received Moroccan Foreign Minister Youssef Benali in Dakar on Monday. "
        "The meeting was attended by Foreign Minister Aida Ndiaye and the Moroccan ambassador, Karim Tazi.",
        DAY,
    )
    attended = meeting(record, "Youssef Benali", "Aida Ndiaye")
    assert (attended.place, attended.country, attended.place_source) == (
        "Dakar",
        "SEN",
        "the meeting it joins",
    )
    assert meeting(record, "Amadou Sall", "Youssef Benali").place_source == "its sentence"


def test_talks_during_a_visit_took_place_in_the_visited_state(extract: Extract) -> None:
    record = extract(
        "Chilean Foreign Minister Ana Ortiz arrived in Hanoi on Sunday for a three-day official visit. "
        "On Monday she held talks with Vietnamese Deputy Prime Minister Tran Van Long.",
        DAY,
    )
    talks = meeting(record, "Ana Ortiz", "Tran Van Long")
    assert talks.country == "VNM"


def test_a_signing_the_same_day_as_the_talks_is_where_the_talks_were(extract: Extract) -> None:
    record = extract(
        "Kenyan President Daniel Chebet held talks with Tanzanian President Amina Hassan in Nairobi on "
        "Monday. The two leaders then witnessed the signing of an agreement on cross-border trade.",
        DAY,
    )
    signing = next(f for f in record.facts if f.type == "SIGNED")
    assert (signing.place, signing.country) == ("Nairobi", "KEN")


def test_the_dateline_places_the_story_of_the_day(extract: Extract) -> None:
    record = extract(
        "DAKAR, April 8 (Reuters) - Senegalese President Amadou Sall received Gambian Vice President "
        "Lamin Jobe on Monday to discuss the fishing dispute.",
        DAY,
    )
    talks = meeting(record, "Amadou Sall", "Lamin Jobe")
    assert (talks.place, talks.country, talks.place_source) == ("Dakar", "SEN", "the dateline")


def test_the_dateline_does_not_place_a_tour_abroad(extract: Extract) -> None:
    record = extract(
        "ACCRA, April 8 - Ghanaian Vice President Kofi Mensah returned home on Tuesday from a tour that "
        "took him to Niamey and Ouagadougou. Mensah held talks with Burkinabe Prime Minister Jean "
        "Ouedraogo on Sunday.",
        DAY,
    )
    talks = meeting(record, "Kofi Mensah", "Jean Ouedraogo")
    assert talks.country != "GHA"


def test_a_bare_family_name_that_is_also_a_town_is_no_place(extract: Extract) -> None:
    record = extract(
        "Paraguayan President Luis Benitez met Cuban Foreign Minister Javier Rodriguez on Monday. "
        "Rodriguez said the talks in the capital had been fruitful.",
        DAY,
    )
    assert all(f.place != "Rodriguez" for f in record.facts)


def test_a_roundups_day_heads_date_the_items_under_them(extract: Extract) -> None:
    record = extract(
        "The week in African diplomacy.\n\n"
        "MONDAY — Ghana's Foreign Minister Ama Boateng travelled to Abuja, where she held talks with her "
        "Nigerian counterpart, Ibrahim Yakubu.\n\n"
        "TUESDAY — Kenyan President Daniel Ngeno received Ugandan Vice President Moses Okello in Nairobi.",
        date(2019, 3, 10),
    )
    assert meeting(record, "Ama Boateng", "Ibrahim Yakubu").date == "2019-03-04"
    assert meeting(record, "Daniel Ngeno", "Moses Okello").date == "2019-03-05"


def test_a_live_blog_entry_stamped_with_a_clock_time_is_news_of_the_day(extract: Extract) -> None:
    record = extract(
        "08:30 — Recap of last night: President Paul Martin landed in Hanoi late on Sunday. "
        "10:15 — Talks have begun between Martin and President Le Van Anh at the Presidential Palace.",
        DAY,
    )
    assert meeting(record, "Paul Martin", "Le Van Anh").date == DAY.isoformat()


def test_a_venue_named_after_a_place_is_no_visit_there(extract: Extract) -> None:
    record = extract(
        "President Paul Martin arrived at the Palais du Luxembourg on Tuesday, where Senate President "
        "Anne Roux received him.",
        DAY,
    )
    assert not any(f.country == "LUX" for f in record.facts)


def test_a_minister_delegate_is_an_office_not_a_person(extract: Extract) -> None:
    record = extract(
        "Vietnamese President Le Van Anh was greeted at the airport on Monday by France's Minister "
        "Delegate for Foreign Trade, Claire Dumont.",
        DAY,
    )
    assert "Delegate" not in {p.name for p in record.persons}


def test_talks_after_an_arrival_told_in_a_relative_clause_keep_the_day_already_stated(
    extract: Extract,
) -> None:
    record = extract(
        "Japan and the Philippines held their third meeting of foreign ministers in Manila on Monday. "
        "Japanese Foreign Minister Kenji Mori, who arrived on Sunday, sat across from Secretary of "
        "Foreign Affairs Maria Cruz at the ministry.",
        DAY,
    )
    assert meeting(record, "Kenji Mori", "Maria Cruz").date == "2025-04-07"


def test_a_welcome_at_the_airport_is_on_the_day_of_the_arrival(extract: Extract) -> None:
    record = extract(
        "Chinese President Wang Lei held talks in Kathmandu on Monday. Mr. Wang, who arrived in Chennai "
        "on Sunday afternoon, was received at the airport by Governor Ravi Menon.",
        DAY,
    )
    assert meeting(record, "Wang Lei", "Ravi Menon").date == "2025-04-06"


def test_a_diary_entry_is_dated_by_its_heading(extract: Extract) -> None:
    record = extract(
        "Our round-up of the week in European capitals.\n\n"
        "1-3 April — Slovak President Jan Horvath paid a three-day state visit to Slovenia, his first "
        "abroad this year. In Ljubljana he was received by President Matej Novak.",
        DAY,
    )
    visit = next(f for f in record.facts if f.type == "VISITED")
    assert visit.date == "2025-04-01/2025-04-03"


def test_an_arrival_in_a_fronted_town_read_as_its_apposition(extract: Extract) -> None:
    record = extract(
        "In Muscat, Iran's Deputy Foreign Minister Reza Tavakoli arrived on Monday for two days of "
        "consultations.",
        DAY,
    )
    visit = next(f for f in record.facts if f.type == "VISITED")
    assert (visit.person, visit.place, visit.country) == ("Reza Tavakoli", "Muscat", "OMN")


def test_a_family_name_with_its_article_in_lower_case_is_the_person(extract: Extract) -> None:
    record = extract(
        "Kuwait's Foreign Minister Sheikh Salem Al-Sabah on Sunday received Iraqi Foreign Minister "
        "Hassan al-Amiri at Bayan Palace. It was al-Amiri's second visit to Kuwait this year.",
        DAY,
    )
    visit = next(f for f in record.facts if f.type == "VISITED")
    # the year counts his visits; the visit is Sunday's
    assert (visit.person, visit.country, visit.date) == ("Hassan al-Amiri", "KWT", "2025-04-06")


def test_an_arrival_recalled_after_the_day_of_the_talks_does_not_move_the_story_back(
    extract: Extract,
) -> None:
    record = extract(
        "Kenya and Oman on Monday concluded the second session of their joint commission in Muscat. "
        "Kenyan Foreign Minister Jane Mwangi arrived in Muscat on Saturday for a four-day official "
        "visit. At the close of the session, Mwangi and Omani Secretary-General Khalid Al Harthy "
        "signed the agreed minutes.",
        DAY,
    )
    signing = next(f for f in record.facts if f.type == "SIGNED")
    assert signing.date == "2025-04-07"


def test_the_subject_within_the_framework_of_the_visit_made_it(extract: Extract) -> None:
    record = extract(
        "Within the framework of the official visit to Mongolia at the invitation of Foreign Minister "
        "Bold Batbayar, Kazakh Foreign Minister Arman Tokayev held official talks with his Mongolian "
        "counterpart on Monday at the State Palace.",
        DAY,
    )
    visit = next(f for f in record.facts if f.type == "VISITED")
    assert (visit.person, visit.country) == ("Arman Tokayev", "MNG")


def test_a_host_receiving_during_the_visit_did_not_make_it(extract: Extract) -> None:
    record = extract(
        "During the visit to Ghana, President Kofi Mensah received Nigerian Foreign Minister Musa Bello "
        "at the Jubilee House.",
        DAY,
    )
    assert all(f.person != "Kofi Mensah" for f in record.facts if f.type == "VISITED")


def test_companions_of_an_arrival_told_in_a_participle_made_the_trip(extract: Extract) -> None:
    record = extract(
        "President Santiago Ortega arrived in Buenos Aires on Thursday morning for a one-day working "
        "visit, accompanied by Foreign Minister Ruben Lezcano.",
        DAY,
    )
    assert {(f.person, f.country) for f in record.facts if f.type == "VISITED"} == {
        ("Santiago Ortega", "ARG"),
        ("Ruben Lezcano", "ARG"),
    }


def test_an_escort_at_a_ceremony_made_no_trip(extract: Extract) -> None:
    record = extract(
        "US President Tom Baker arrived in London on Monday for a three-day state visit. Accompanied by "
        "Prince Edward, the president then inspected the guard of honour.",
        DAY,
    )
    assert all(f.person != "Prince Edward" for f in record.facts if f.type == "VISITED")


def test_waters_named_after_a_state_are_not_the_state(extract: Extract) -> None:
    record = extract(
        "The two leaders are wary of China's assertiveness in the South China Sea. President Ramon "
        "Cruz arrived in Tokyo on Wednesday for a five-day official visit.",
        DAY,
    )
    assert {f.country for f in record.facts if f.type == "VISITED"} == {"JPN"}


def test_travel_to_a_town_the_tables_do_not_know_is_not_guessed_elsewhere(extract: Extract) -> None:
    record = extract(
        "Thai Foreign Minister Somchai Wong held talks in Beijing last month. On Tuesday Wong "
        "travelled to Xiengkhouangville.",
        DAY,
    )
    assert [(f.country, f.date) for f in record.facts if f.type == "VISITED" and f.date == "2025-04-08"] == []


def test_all_of_whom_arrived_takes_everyone_listed(extract: Extract) -> None:
    record = extract(
        "Indonesian Foreign Minister Sri Lestari welcomed Malaysia's Foreign Minister Ahmad Razak and "
        "Thailand's Foreign Minister Somchai Boonmee, both of whom arrived in Jakarta early on Tuesday.",
        DAY,
    )
    assert {f.person for f in record.facts if f.type == "VISITED"} == {"Ahmad Razak", "Somchai Boonmee"}
