"""ingest.dates: date expressions resolved against the publication date, at the precision the text gives."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.dates import duration_days, find_dates

# A Friday, three days into a new year: every relative expression has to cross a month or year boundary.
NEW_YEAR = date(2025, 1, 3)


def values(text: str, published: date | None = NEW_YEAR, context: date | None = None) -> list[str | None]:
    return [mention.value for mention in find_dates(text, published, context)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two ministers met in Hanoi on Monday.", "2024-12-30"),  # back across the year boundary
        ("The two ministers met in Hanoi on Thursday.", "2025-01-02"),
        ("The two ministers met in Hanoi on Friday.", "2025-01-03"),  # the publication day itself
        ("The envoy arrived on Wednesday evening.", "2025-01-01"),
        ("The envoy arrived last Monday.", "2024-12-30"),
    ],
)
def test_weekday_is_the_most_recent_such_day_on_or_before_publication(sentence: str, expected: str) -> None:
    assert values(sentence) == [expected]


def test_last_weekday_on_the_publication_weekday_means_a_week_earlier() -> None:
    assert values("The foreign minister left for Tokyo last Friday.") == ["2024-12-27"]


def test_previous_day_is_relative_to_an_earlier_date_in_the_sentence() -> None:
    sentence = "Lavrov held talks with Wang Yi on January 2 after arriving in Beijing the previous day."
    assert values(sentence) == ["2025-01-02", "2025-01-01"]


def test_previous_day_crosses_the_year_boundary() -> None:
    sentence = "The leaders met on January 1, having arrived in the capital the previous day."
    assert values(sentence) == ["2025-01-01", "2024-12-31"]


def test_following_day_is_relative_to_an_earlier_date_in_the_sentence() -> None:
    sentence = "He flew into Moscow on December 31 and met Lavrov the following day."
    assert values(sentence) == ["2024-12-31", "2025-01-01"]


def test_previous_day_uses_the_date_the_narrative_is_about() -> None:
    assert values("The delegation had arrived the previous day.", context=date(2024, 11, 1)) == ["2024-10-31"]


def test_previous_day_without_any_anchor_stays_unresolved() -> None:
    assert values("The delegation had arrived the previous day.", published=None) == [None]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The two sides held talks in December.", NEW_YEAR, "2024-12"),
        ("The two sides held talks last month.", NEW_YEAR, "2024-12"),
        ("The two sides held talks in January.", NEW_YEAR, "2025-01"),
        ("The two sides held talks earlier this month.", NEW_YEAR, "2025-01"),
        ("The two sides held talks last year.", NEW_YEAR, "2024"),
        ("The two sides held talks in late December.", NEW_YEAR, "2024-12"),
        ("The two sides held talks last month.", date(2024, 3, 1), "2024-02"),
        ("The two sides held talks in June.", date(2025, 7, 15), "2025-06"),
        ("The two sides held talks in June.", date(2025, 5, 20), "2024-06"),  # June has not come yet
    ],
)
def test_month_expressions_around_month_and_year_boundaries(
    sentence: str, published: date, expected: str
) -> None:
    assert values(sentence, published) == [expected]


def test_sentence_initial_in_month() -> None:
    assert values("In December, the two sides held talks in Seoul.") == ["2024-12"]


def test_modal_may_is_not_a_month() -> None:
    assert values("The minister may visit Seoul soon.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The treaty was signed on March 5, 2024 in Moscow.", "2024-03-05"),
        ("The treaty was signed on 5 March 2024 in Moscow.", "2024-03-05"),
        ("The treaty was signed on 2024-03-05 in Moscow.", "2024-03-05"),
        ("The treaty was signed on December 30 in Moscow.", "2024-12-30"),  # no year: last year's December
        ("The treaty was signed on Dec. 30 in Moscow.", "2024-12-30"),
        ("The treaty was signed on January 2 in Moscow.", "2025-01-02"),
        ("The treaty was signed on 28 December in Moscow.", "2024-12-28"),
    ],
)
def test_explicit_dates_with_and_without_year(sentence: str, expected: str) -> None:
    assert values(sentence) == [expected]


def test_explicit_date_with_year_needs_no_publication_date() -> None:
    assert values("They met on June 19, 2024 and again on Monday.", published=None) == ["2024-06-19", None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The forum ran Nov 20-22 in Islamabad.", "2024-11-20/2024-11-22"),
        ("The visit lasted from 20 to 22 November.", "2024-11-20/2024-11-22"),
        ("The visit lasted from November 20 to 22, 2019.", "2019-11-20/2019-11-22"),
        ("Talks were held on 30-31 December 2024.", "2024-12-30/2024-12-31"),
    ],
)
def test_day_ranges_become_spans(sentence: str, expected: str) -> None:
    assert values(sentence) == [expected]


def test_day_range_across_a_year_boundary() -> None:
    assert values("The state visit lasted from December 30 to January 2.") == ["2024-12-30/2025-01-02"]


@pytest.mark.parametrize(
    ("phrase", "days"),
    [
        ("He arrived for a three-day visit.", 3),
        ("He arrived for a 4-day official visit.", 4),
        ("She began a five-day state visit to Japan.", 5),
        ("a two day trip to Seoul", 2),
        ("He paid a visit to Seoul.", None),
    ],
)
def test_duration_days(phrase: str, days: int | None) -> None:
    assert duration_days(phrase) == days


def test_last_night_this_morning_last_week_and_earlier_this_week() -> None:
    from ingest.dates import find_dates

    published = date(2025, 3, 19)  # a Wednesday
    values = {
        d.text: d.value
        for d in find_dates(
            "He arrived last night, met her this morning, saw them last week and earlier this week. "
            "In 2015, he came too.",
            published,
        )
    }
    assert values["last night"] == "2025-03-18"
    assert values["this morning"] == "2025-03-19"
    assert values["last week"] == "2025-03-10/2025-03-16"
    assert values["earlier this week"] == "2025-03-17/2025-03-18"
    assert values["In 2015"] == "2015"


def test_a_weekday_after_will_is_the_coming_one_and_never_the_story_day() -> None:
    from ingest.dates import find_dates

    published = date(2025, 3, 19)  # a Wednesday
    [ahead] = find_dates("The minister will visit Kenya on Saturday.", published)
    assert ahead.value == "2025-03-22"
    [back] = find_dates("The minister visited Kenya on Saturday.", published)
    assert back.value == "2025-03-15"


def test_a_weekday_range_is_one_span() -> None:
    assert values("He paid a state visit from Monday to Friday.", date(2016, 9, 18)) == [
        "2016-09-12/2016-09-16"
    ]


def test_a_weekday_with_its_day_in_brackets_is_that_day() -> None:
    assert values("Lula arrived in Johannesburg on Monday (21) for the summit.", date(2023, 8, 28)) == [
        "2023-08-21"
    ]


def test_a_weekday_of_last_week_is_that_day_of_the_week_before() -> None:
    text = "They arrived on Monday last week and left on Tuesday of last week."
    assert values(text, date(2025, 7, 22)) == ["2025-07-14", "2025-07-15"]
