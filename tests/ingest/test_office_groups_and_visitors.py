"""Groups named by office ("the three Kazakh ministers", "their delegations, which included ... the
two Guinean ministers"), "the visiting dignitary" when the host is named most, an airport welcome
recalled after the story's stated day, and a dateline's day as the story's "today".

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2024, 9, 12)  # a Thursday


def pairs(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET" and f.status == "happened"}


STORY = (
    "DHAKA, Sep 12: Bangladesh and Kazakhstan on Thursday signed four agreements, as Kazakh Prime "
    "Minister Arman Seitkali held talks with Prime Minister Rafiqul Haque Chowdhury "
    "at the State Guest House.\n\n"
    "The Kazakh premier arrived here on Wednesday and was received at the airport by Civil Aviation "
    "Minister Jamal Uddin Sarkar. He is accompanied by Foreign Minister Nurlan Abenov, Energy Minister "
    "Daulet Kassymov and Trade Minister Aigerim Tokayeva.\n\n"
    "Earlier, the visiting dignitary was presented a guard of honour by a contingent of the army. "
    "Prime Minister Chowdhury later hosted "
    "a lunch for the guest, and Prime Minister Chowdhury briefed reporters.\n\n"
    "The delegation-level talks were attended by the three Kazakh ministers and, on the Bangladeshi side, "
    "by Foreign Minister Selina Akter.\n\n"
    "The two leaders then witnessed the signing of the following documents:\n"
    "- Agreement on air services;\n"
    "- MoU on cooperation in energy.\n\n"
    "The visitor later called on President Abdul Karim Mollah at Bangabhaban."
)


def test_the_three_ministers_of_a_state_are_the_ones_named_with_that_state(extract: Extract) -> None:
    record = extract(STORY, DAY)
    met = pairs(record)
    for guest in ("Nurlan Abenov", "Daulet Kassymov", "Aigerim Tokayeva"):
        assert frozenset({guest, "Selina Akter"}) in met
        assert frozenset({guest, "Rafiqul Haque Chowdhury"}) in met
    # the premier is not one of "the three ministers" with him
    assert frozenset({"Arman Seitkali", "Nurlan Abenov"}) not in met


def test_the_visiting_dignitary_is_the_foreigner_not_the_host_named_most(extract: Extract) -> None:
    record = extract(STORY, DAY)
    visitors = {f.person for f in record.facts if f.type == "VISITED"}
    assert "Rafiqul Haque Chowdhury" not in visitors
    assert frozenset({"Arman Seitkali", "Abdul Karim Mollah"}) in pairs(record)
    assert frozenset({"Rafiqul Haque Chowdhury", "Abdul Karim Mollah"}) not in pairs(record)
    host = next(p for p in record.persons if p.name == "Rafiqul Haque Chowdhury")
    assert host.country == "BGD"


def test_an_airport_welcome_recalled_after_the_stated_day_leaves_the_story_on_its_day(
    extract: Extract,
) -> None:
    record = extract(STORY, DAY)
    signed = {f.agreement: f.date for f in record.facts if f.type == "SIGNED"}
    assert signed.get("MoU on cooperation in energy") == "2024-09-12"
    welcome = next(f for f in record.facts if f.type == "MET" and "Jamal Uddin Sarkar" in (f.persons or []))
    assert welcome.date == "2024-09-11"


def test_today_is_the_datelines_day_when_the_page_went_out_the_next_day(extract: Extract) -> None:
    record = extract(
        "Muscat, September 11, 2024, ONA -- Foreign Minister Salim bin Nasser Al Harthy received in Muscat "
        "today Foreign Minister Rania Haddad of Jordan, who is currently visiting the Sultanate.",
        DAY,
    )
    met = next(f for f in record.facts if f.type == "MET")
    assert met.date == "2024-09-11"


def test_the_members_of_the_delegations_at_expanded_talks_meet_across(extract: Extract) -> None:
    record = extract(
        "Banjul (AFP) – Guinean President Alpha Sory Camara arrived in Banjul on Wednesday for a two-day "
        "visit.\n\nCamara is travelling with Foreign Minister Kadiatou Bah Sylla and Mines Minister Ibrahima "
        "Kaba Touré.\n\nHe was welcomed at the airport by his host, President Lamin Jobe Ceesay.\n\n"
        "The two leaders first held a closed-door meeting, followed by expanded talks with their "
        "delegations, which included Gambian Vice President Fatou Njie Drammeh as well as the two Guinean "
        "ministers.",
        DAY,
    )
    met = pairs(record)
    assert frozenset({"Fatou Njie Drammeh", "Kadiatou Bah Sylla"}) in met
    assert frozenset({"Lamin Jobe Ceesay", "Ibrahima Kaba Touré"}) in met
    assert frozenset({"Kadiatou Bah Sylla", "Ibrahima Kaba Touré"}) not in met


def test_a_welcome_at_the_airport_is_on_the_first_day_of_the_trip(extract: Extract) -> None:
    record = extract(
        "Lomé (AFP) – Beninese President Rodrigue Agbo Houngbo arrived in Lomé on Wednesday for a two-day "
        "visit.\n\nHe was welcomed at the airport by his host, President Komla Edem Akakpo.",
        DAY,
    )
    welcome = next(f for f in record.facts if f.type == "MET")
    assert welcome.date == "2024-09-11"


def test_seeing_off_is_on_the_last_day_of_the_trip(extract: Extract) -> None:
    record = extract(
        "Lomé (AFP) – Beninese President Rodrigue Agbo Houngbo arrived in Lomé on Tuesday for a two-day "
        "visit.\n\nHe was seen off at the airport by Prime Minister Yawa Mensah Dogbe.",
        DAY,
    )
    farewell = next(f for f in record.facts if f.type == "MET")
    assert farewell.date == "2024-09-11"


def test_a_meeting_with_no_day_during_a_visit_span_is_on_the_storys_day(extract: Extract) -> None:
    record = extract(
        "Lomé (AFP) – Beninese President Rodrigue Agbo Houngbo arrived in Lomé on Monday for a four-day "
        "visit.\n\nOn Tuesday he toured the port. He also held talks with Prime Minister Yawa Mensah Dogbe.",
        DAY,
    )
    talks = next(f for f in record.facts if f.type == "MET")
    assert talks.date == "2024-09-10"


def test_the_day_someone_took_office_does_not_date_the_event(extract: Extract) -> None:
    record = extract(
        "President Ana Lucía Ferreyra received at the palace her Chilean counterpart, Tomás Ibarra Soto, "
        "in what was his first trip abroad after taking office on September 1.",
        DAY,
    )
    met = next(f for f in record.facts if f.type == "MET")
    assert met.date != "2024-09-01"
