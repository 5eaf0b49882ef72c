"""Facts found by ingest.pipeline.extract_article: MET, VISITED, SIGNED, CALLED, planned events, bad input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from ingest.schema import ExtractionRecord, Fact

Extract = Callable[..., ExtractionRecord]


def facts(record: ExtractionRecord, kind: str, status: str = "happened") -> list[Fact]:
    return [f for f in record.facts if f.type == kind and f.status == status]


def pairs(record: ExtractionRecord, kind: str = "MET") -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in facts(record, kind)}


def visits(record: ExtractionRecord) -> dict[str, Fact]:
    found = facts(record, "VISITED")
    by_person = {f.person or "": f for f in found}
    assert len(by_person) == len(found), f"several visits for one person: {found}"
    return by_person


# MET ------------------------------------------------------------------------------------------------


def test_held_talks_with_is_one_dated_placed_meeting(extract: Extract) -> None:
    text = (
        "North Korean Foreign Minister Choe Son-hui held talks with Russian Foreign Minister "
        "Sergei Lavrov in Moscow on Friday, Yonhap reported, citing KCNA."
    )
    record = extract(text, date(2024, 11, 2))
    [met] = facts(record, "MET")
    assert set(met.persons or []) == {"Choe Son-hui", "Sergei Lavrov"}
    assert (met.date, met.place, met.country) == ("2024-11-01", "Moscow", "RUS")
    assert met.evidence == text


def test_one_met_fact_per_pair_across_sentences(extract: Extract) -> None:
    record = extract(
        "North Korean Foreign Minister Choe Son-hui held talks with Russian Foreign Minister Sergei Lavrov "
        "in Moscow on Friday.\n"
        "Choe and Lavrov met again at a dinner later that evening, the Russian foreign ministry said.",
        date(2024, 11, 2),
    )
    assert len([f for f in record.facts if f.type == "MET"]) == 1
    assert pairs(record) == {frozenset({"Choe Son-hui", "Sergei Lavrov"})}


def test_a_met_b_and_c_pairs_a_with_each_but_not_b_with_c(extract: Extract) -> None:
    record = extract(
        "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi and Chinese President "
        "Xi Jinping in Kazan on Tuesday.",
        date(2024, 10, 23),
    )
    assert pairs(record) == {
        frozenset({"Vladimir Putin", "Narendra Modi"}),
        frozenset({"Vladimir Putin", "Xi Jinping"}),
    }
    assert {f.date for f in facts(record, "MET")} == {"2024-10-22"}


def test_members_of_the_same_side_are_not_paired(extract: Extract) -> None:
    record = extract(
        "North Korean Foreign Minister Choe Son-hui and Vice Foreign Minister Im Chon-il held talks with "
        "Russian Foreign Minister Sergei Lavrov in Moscow on Friday.",
        date(2024, 11, 2),
    )
    assert pairs(record) == {
        frozenset({"Choe Son-hui", "Sergei Lavrov"}),
        frozenset({"Im Chon-il", "Sergei Lavrov"}),
    }


def test_trilateral_meeting_pairs_every_participant(extract: Extract) -> None:
    record = extract(
        "Chinese Foreign Minister Wang Yi, Japanese Foreign Minister Yoko Kamikawa and South Korean "
        "Foreign Minister Park Jin held a trilateral meeting in Busan on Sunday.",
        date(2023, 11, 27),
    )
    assert pairs(record) == {
        frozenset({"Wang Yi", "Yoko Kamikawa"}),
        frozenset({"Wang Yi", "Park Jin"}),
        frozenset({"Yoko Kamikawa", "Park Jin"}),
    }
    assert {(f.date, f.country) for f in facts(record, "MET")} == {("2023-11-26", "KOR")}


def test_receiving_a_delegation_is_meeting_its_leader(extract: Extract) -> None:
    record = extract(
        "A North Korean delegation led by Foreign Minister Choe Son-hui arrived in Moscow on Thursday.\n"
        "Russian President Vladimir Putin received the delegation at the Kremlin on Monday.",
        date(2024, 11, 5),
    )
    assert pairs(record) == {frozenset({"Vladimir Putin", "Choe Son-hui"})}
    assert facts(record, "MET")[0].date == "2024-11-04"


# VISITED --------------------------------------------------------------------------------------------


def test_arrived_in_for_a_two_day_visit(extract: Extract) -> None:
    record = extract(
        "Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for a two-day state "
        "visit, KCNA said.",
        date(2024, 6, 19),
    )
    visit = visits(record)["Vladimir Putin"]
    assert (visit.country, visit.place) == ("PRK", "Pyongyang")
    assert visit.date == "2024-06-19/2024-06-20"


def test_visited_a_capital(extract: Extract) -> None:
    record = extract(
        "Indian Prime Minister Narendra Modi visited Vienna on Tuesday, the first trip by an Indian prime "
        "minister to Austria in 41 years.",
        date(2024, 7, 10),
    )
    visit = visits(record)["Narendra Modi"]
    assert (visit.country, visit.place, visit.date) == ("AUT", "Vienna", "2024-07-09")


@pytest.mark.parametrize(
    ("text", "published", "leader", "day"),
    [
        (
            "A Russian government delegation led by Natural Resources Minister Alexander Kozlov arrived "
            "in Pyongyang on Tuesday, KCNA reported.",
            date(2023, 11, 16),
            "Alexander Kozlov",
            "2023-11-14",
        ),
        (
            "A Chinese delegation led by Zhao Leji, chairman of the Standing Committee of the National "
            "People's Congress, arrived in Pyongyang on Thursday for an official goodwill visit.",
            date(2024, 4, 12),
            "Zhao Leji",
            "2024-04-11",
        ),
    ],
)
def test_delegation_led_by_is_its_leaders_visit(
    extract: Extract, text: str, published: date, leader: str, day: str
) -> None:
    visit = visits(extract(text, published))[leader]
    assert (visit.country, visit.date) == ("PRK", day)


def test_arrived_here_goes_to_the_dateline_city(extract: Extract) -> None:
    record = extract(
        "PYONGYANG, June 19 (KCNA) -- Russian President Vladimir Putin arrived here early on Wednesday "
        "for a state visit.",
        date(2024, 6, 20),
    )
    visit = visits(record)["Vladimir Putin"]
    assert (visit.country, visit.date) == ("PRK", "2024-06-19")


def test_arrival_the_previous_day_is_dated_from_the_sentence_before(extract: Extract) -> None:
    record = extract(
        "Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing "
        "on Tuesday.\n"
        "Lavrov had arrived in Beijing the previous day.",
        date(2024, 4, 10),
    )
    visit = visits(record)["Sergei Lavrov"]
    assert (visit.country, visit.date) == ("CHN", "2024-04-08")


def test_visit_with_an_explicit_date_range(extract: Extract) -> None:
    record = extract(
        "Indian External Affairs Minister Subrahmanyam Jaishankar visited Moscow "
        "from December 25 to 29, 2023.",
        date(2024, 1, 2),
    )
    visit = visits(record)["Subrahmanyam Jaishankar"]
    assert (visit.country, visit.date) == ("RUS", "2023-12-25/2023-12-29")


def test_visiting_since_weekday_until_return_is_a_span(extract: Extract) -> None:
    record = extract(
        "Chinese President Xi Jinping has been visiting Moscow since Monday, Xinhua said.\n"
        "Xi returned home on Wednesday after talks with Russian President Vladimir Putin.",
        date(2023, 3, 23),
    )
    visit = visits(record)["Xi Jinping"]
    assert (visit.country, visit.date) == ("RUS", "2023-03-20/2023-03-22")


def test_visiting_since_weekday_until_left_country_for_home_is_a_span(extract: Extract) -> None:
    record = extract(
        "North Korean leader Kim Jong Un has been visiting Russia since Tuesday, KCNA said.\n"
        "Kim left Russia for home on Sunday.",
        date(2023, 9, 18),
    )
    visit = visits(record)["Kim Jong Un"]
    assert (visit.country, visit.date) == ("RUS", "2023-09-12/2023-09-17")


def test_left_x_for_y_is_a_visit_to_y(extract: Extract) -> None:
    record = extract(
        "Russian President Vladimir Putin left Pyongyang for Hanoi on Wednesday night after a state visit "
        "to North Korea.",
        date(2024, 6, 20),
    )
    assert "Vladimir Putin" in {p.name for p in record.persons}
    hanoi = [f for f in facts(record, "VISITED") if f.country == "VNM"]
    assert [(f.person, f.place, f.date) for f in hanoi] == [("Vladimir Putin", "Hanoi", "2024-06-19")]


def test_has_been_in_since_weekday_on_a_visit(extract: Extract) -> None:
    record = extract(
        "Chinese Premier Li Qiang has been in Australia since Saturday on an official visit.\n"
        "He left Perth for Kuala Lumpur on Tuesday.",
        date(2024, 6, 19),
    )
    [visit] = [f for f in facts(record, "VISITED") if f.person == "Li Qiang" and f.country == "AUS"]
    assert (visit.date or "").startswith("2024-06-15")


# SIGNED ---------------------------------------------------------------------------------------------


def test_signed_a_treaty(extract: Extract) -> None:
    record = extract(
        "North Korean leader Kim Jong Un and Russian President Vladimir Putin signed a treaty on "
        "comprehensive strategic partnership in Pyongyang on Wednesday.",
        date(2024, 6, 20),
    )
    [signed] = facts(record, "SIGNED")
    assert set(signed.parties or []) == {"Kim Jong Un", "Vladimir Putin"}
    assert set(signed.countries or []) == {"PRK", "RUS"}
    assert "treaty on comprehensive strategic partnership" in (signed.agreement or "").lower()
    assert (signed.date, signed.place) == ("2024-06-19", "Pyongyang")


def test_agreement_name_stops_before_place_and_date(extract: Extract) -> None:
    record = extract(
        "North Korean leader Kim Jong Un and Russian President Vladimir Putin signed a treaty on "
        "comprehensive strategic partnership in Pyongyang on Wednesday.",
        date(2024, 6, 20),
    )
    [signed] = facts(record, "SIGNED")
    assert signed.agreement == "treaty on comprehensive strategic partnership"


def test_signed_an_agreement_between_two_ministers(extract: Extract) -> None:
    record = extract(
        "Japanese Foreign Minister Yoko Kamikawa and Philippine Defense Secretary Gilberto Teodoro signed "
        "a reciprocal access agreement in Manila on Monday.",
        date(2024, 7, 9),
    )
    [signed] = facts(record, "SIGNED")
    assert set(signed.countries or []) == {"JPN", "PHL"}
    assert "reciprocal access agreement" in (signed.agreement or "").lower()
    assert signed.date == "2024-07-08"


@pytest.mark.parametrize(
    ("text", "published", "words"),
    [
        (
            "Japanese Foreign Minister Yoko Kamikawa and Philippine Defense Secretary Gilberto Teodoro "
            "signed the Reciprocal Access Agreement in Manila on Monday.",
            date(2024, 7, 9),
            "reciprocal access agreement",
        ),
        (
            "Kim Jong Un and Vladimir Putin signed the Comprehensive Strategic Partnership Treaty in "
            "Pyongyang on Wednesday.",
            date(2024, 6, 20),
            "comprehensive strategic partnership treaty",
        ),
    ],
)
def test_signed_a_capitalised_agreement_name(
    extract: Extract, text: str, published: date, words: str
) -> None:
    [signed] = facts(extract(text, published), "SIGNED")
    assert words in (signed.agreement or "").lower()


# CALLED ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "pair", "day"),
    [
        (
            "U.S. President Joe Biden held a phone call with Chinese President Xi Jinping on Tuesday to "
            "discuss Taiwan, trade and fentanyl.",
            date(2024, 4, 3),
            {"Joe Biden", "Xi Jinping"},
            "2024-04-02",
        ),
        (
            "Chinese President Xi Jinping held a video call with U.S. President Joe Biden on Monday evening.",
            date(2021, 11, 16),
            {"Xi Jinping", "Joe Biden"},
            "2021-11-15",
        ),
        (
            "German Chancellor Olaf Scholz and Russian President Vladimir Putin discussed Ukraine in a "
            "telephone conversation on Friday.",
            date(2024, 11, 16),
            {"Olaf Scholz", "Vladimir Putin"},
            "2024-11-15",
        ),
    ],
)
def test_calls_are_called_never_met(
    extract: Extract, text: str, published: date, pair: set[str], day: str
) -> None:
    record = extract(text, published)
    assert [f for f in record.facts if f.type == "MET"] == []
    [call] = facts(record, "CALLED")
    assert (set(call.persons or []), call.date) == (pair, day)


# Planned, expected, invited: not facts that happened --------------------------------------------------


def test_will_visit_is_not_a_visit_that_happened(extract: Extract) -> None:
    record = extract(
        "Japanese Prime Minister Fumio Kishida will make a state visit to Washington in April, "
        "the White House said.",
        date(2024, 3, 8),
    )
    assert facts(record, "VISITED") == []


def test_expected_to_meet_is_not_a_meeting_that_happened(extract: Extract) -> None:
    record = extract(
        "Chinese Foreign Minister Wang Yi is expected to meet U.S. Secretary of State Antony Blinken in "
        "Munich on Friday.",
        date(2024, 2, 15),
    )
    assert facts(record, "MET") == []


def test_invited_to_visit_is_not_a_visit_that_happened(extract: Extract) -> None:
    record = extract(
        "North Korean leader Kim Jong Un invited Russian President Vladimir Putin to visit Pyongyang at a "
        "convenient time, and Putin accepted, KCNA said.",
        date(2023, 9, 14),
    )
    assert facts(record, "VISITED") == []


def test_planned_visit_month_is_in_the_future(extract: Extract) -> None:
    record = extract(
        "Japanese Prime Minister Fumio Kishida will make a state visit to Washington in April, "
        "the White House said.",
        date(2024, 3, 8),
    )
    [planned] = facts(record, "VISITED", status="planned")
    assert (planned.country, planned.date) == ("USA", "2024-04")


# Whole-article behaviour and bad input ----------------------------------------------------------------


def test_headlines_of_other_stories_never_become_facts(extract: Extract) -> None:
    record = extract(
        "Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing "
        "on Tuesday.\n"
        "Related Articles\n"
        "Blinken meets Kishida in Tokyo\n"
        "Putin arrives in Pyongyang for summit\n"
        "More in World\n"
        "Macron visits Berlin for talks with Scholz\n",
        date(2024, 4, 10),
    )
    assert pairs(record) == {frozenset({"Sergei Lavrov", "Wang Yi"})}
    assert facts(record, "VISITED") == []
    assert {p.name for p in record.persons} == {"Sergei Lavrov", "Wang Yi"}


def test_every_fact_cites_a_sentence_of_the_article(extract: Extract) -> None:
    text = (
        "A North Korean delegation led by Foreign Minister Choe Son-hui arrived in Moscow on Thursday.\n"
        "Russian President Vladimir Putin received the delegation at the Kremlin on Monday."
    )
    record = extract(text, date(2024, 11, 5))
    assert record.facts
    for fact in record.facts:
        assert fact.evidence in text


def test_no_publication_date_warns_and_leaves_relative_dates_null(extract: Extract) -> None:
    record = extract(
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on "
        "Tuesday. The two leaders discussed trade and security.",
        None,
    )
    assert record.published is None
    assert any("no publication date" in w for w in record.warnings)
    [met] = facts(record, "MET")
    assert set(met.persons or []) == {"Narendra Modi", "Fumio Kishida"}
    assert met.date is None


def test_no_publication_date_keeps_explicit_dates(extract: Extract) -> None:
    record = extract(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome "
        "on September 13, 2023.",
        None,
    )
    [met] = facts(record, "MET")
    assert met.date == "2023-09-13"


def test_no_publication_date_unresolved_relative_date_is_not_borrowed(extract: Extract) -> None:
    record = extract(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the Vostochny Cosmodrome "
        "on September 13, 2023.\n"
        "Putin had met Chinese President Xi Jinping in Moscow in March.",
        None,
    )
    [xi] = [f for f in facts(record, "MET") if "Xi Jinping" in (f.persons or [])]
    assert xi.date is None


def test_non_english_text_warns_and_gives_no_facts(extract: Extract) -> None:
    record = extract(
        "Le président français Emmanuel Macron a rencontré le chancelier allemand Olaf Scholz à Berlin "
        "mardi pour discuter de la situation en Ukraine et de la politique européenne, a indiqué "
        "l'Élysée dans un communiqué publié le soir même.",
        date(2024, 9, 4),
    )
    assert record.facts == []
    assert any("English" in w for w in record.warnings)


def test_five_megabyte_article_gives_a_result_with_a_warning(extract: Extract) -> None:
    paragraph = (
        "Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing "
        "on Tuesday. The two ministers discussed trade, energy and regional security at length.\n"
    )
    text = paragraph * (5_000_000 // len(paragraph) + 1)
    record = extract(text, date(2024, 4, 10))
    assert record.warnings
    assert pairs(record) == {frozenset({"Sergei Lavrov", "Wang Yi"})}
