"""The days of each leg of a tour told as one trip: "a five-day visit to Kenya, Tanzania and
Zambia ... In Nairobi on Monday, she met X. On Tuesday, she visited a camp. On Wednesday, the
minister was in Dar es Salaam. In Lusaka on Thursday and Friday, she held talks".

One travel word gives every leg the tour's whole span. The sentences after it say where the
traveller is, leg by leg, and which days: each leg runs from the first to the last day told while
the story is in that leg's state. Days outside the tour ("last visited Tanzania in 2024") are
background and move nothing.
"""

from __future__ import annotations

from ingest.context import FactContext, SentenceView
from ingest.dates import as_day, span
from ingest.schema import Fact


def tour_legs(views: list[SentenceView], context: FactContext, facts: list[Fact]) -> list[Fact]:
    """`facts` with the legs of each tour dated by the sentences that follow it."""
    for tour in _tours(facts):
        first = tour[0]
        whole = first.date
        start, _, end = (whole or "").partition("/")
        if not as_day(start) or not as_day(end or start):
            continue
        bound = (start, end or (context.published.isoformat() if context.published else start))
        told = next((v.sentence.index for v in views if v.sentence.text == first.evidence), None)
        if told is None:
            continue
        days = _days_by_leg(views[told + 1 :], {f.country for f in tour if f.country}, bound)
        if len(days) < 2:
            continue  # one leg placed is no itinerary; the span stays the tour's
        for fact in facts:
            if (
                fact.type == "VISITED"
                and fact.status == "happened"
                and fact.date == whole
                and fact.country in days
                and fact.evidence in {f.evidence for f in tour} | {v.sentence.text for v in views[told:]}
            ):
                legs = days[fact.country]
                fact.date = span(min(legs), max(legs))
    return facts


def _tours(facts: list[Fact]) -> list[list[Fact]]:
    """VISITED facts one travel word gave several states on one date: a tour's legs."""
    groups: dict[tuple[str | None, str | None, str | None, str], list[Fact]] = {}
    for fact in facts:
        if fact.type == "VISITED" and fact.status == "happened" and fact.date:
            groups.setdefault((fact.person, fact.trigger, fact.date, fact.evidence), []).append(fact)
    return [g for g in groups.values() if len({f.country for f in g}) >= 2]


def _days_by_leg(
    views: list[SentenceView], legs: set[str | None], bound: tuple[str, str]
) -> dict[str, list[str]]:
    days: dict[str, list[str]] = {}
    current: str | None = None
    for view in views:
        named = {p.country for p in view.places if not p.is_demonym and p.country in legs}
        if len(named) == 1:
            current = named.pop()
        elif named:
            current = None  # a sentence over several legs says no one leg's days
        # "on Thursday and Friday" is one mention of two days: both ends count
        stated = [
            part
            for d in view.dates
            if d.value
            for part in d.value.split("/")
            if as_day(part) and bound[0] <= part <= bound[1]
        ]
        if current is not None and stated:
            days.setdefault(current, []).extend(stated)
    return days
