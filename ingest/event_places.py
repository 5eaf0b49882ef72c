"""Where a meeting or signing took place when its own sentence names no place.

News names the place once ("X received Y in Dakar on Monday") and then tells the rest of the day
without it ("The meeting was attended by Z", "The two ministers signed a visa agreement"). Left
empty, those edges drop out of every "who met whom in Senegal" question. In order of trust:

1. the event it is part of: another meeting or signing of the same day that shares a participant
   and has a place ("the meeting it joins");
2. the trip it happened on: a participant's visit whose dates cover the event's ("the visit");
3. the dateline, for an event of the story's own days (the dateline is where the reporter
   filed, so it only fills what the text left open) ("the dateline").

A candidate that points to two states fills nothing: a wrong place is worse than none.
"""

from __future__ import annotations

from datetime import date, timedelta

from ingest.dates import interval
from ingest.places import Place
from ingest.schema import Fact

# How far before publication an event may lie and still be "the story's own days" for rule 3.
_STORY_DAYS = timedelta(days=3)

JOINED = "the meeting it joins"
VISIT = "the visit"
DATELINE = "the dateline"


def with_event_places(
    facts: list[Fact], dateline: Place | None, published: date | None, states: dict[str, str]
) -> list[Fact]:
    """Fill `place`/`country` of meetings and signings that have none, from the events around them;
    `states` maps each person's name to the state they serve."""
    facts = [f.model_copy() for f in facts]
    for f in facts:
        if _placeable(f) and f.country and f.place_source is None:
            f.place_source = "its sentence"
    _fill_until_stable(facts)
    if dateline is not None and dateline.country:
        for f in facts:
            if _placeable(f) and not f.country and _story_day(f, published, facts, dateline, states):
                f.place, f.country, f.place_source = dateline.text, dateline.country, DATELINE
        _fill_until_stable(facts)
    return facts


def _placeable(fact: Fact) -> bool:
    return fact.type in ("MET", "SIGNED")


def _participants(fact: Fact) -> set[str]:
    return set(fact.persons or fact.parties or ([fact.person] if fact.person else []))


def _fill_until_stable(facts: list[Fact]) -> None:
    changed = True
    while changed:
        changed = False
        for f in facts:
            if not _placeable(f) or f.country:
                continue
            found = _from_joined_event(f, facts) or _from_visit(f, facts)
            if found is not None:
                (f.place, f.country), f.place_source = found[0], found[1]
                changed = True


def _one_state(candidates: list[tuple[str | None, str]]) -> tuple[str | None, str] | None:
    """The state all candidates agree on, with their place when they also agree on it."""
    states = {country for _, country in candidates}
    if len(states) != 1:
        return None
    places = {place for place, _ in candidates if place}
    return (places.pop() if len(places) == 1 else None), states.pop()


def _from_joined_event(fact: Fact, facts: list[Fact]) -> tuple[tuple[str | None, str], str] | None:
    if fact.date is None:
        return None
    people = _participants(fact)
    candidates = [
        (other.place, other.country)
        for other in facts
        if other is not fact
        and _placeable(other)
        and other.country
        and other.date == fact.date
        # a signing with no named signer belongs to the day's meeting of the sides
        and (people & _participants(other) or (fact.type == "SIGNED" and not people and other.type == "MET"))
    ]
    found = _one_state(candidates)
    return (found, JOINED) if found else None


def _from_visit(fact: Fact, facts: list[Fact]) -> tuple[tuple[str | None, str], str] | None:
    span = interval(fact.date) if fact.date else None
    if span is None:
        return None
    people = _participants(fact)
    candidates = []
    for visit in facts:
        trip = interval(visit.date) if visit.type == "VISITED" and visit.date else None
        if trip and visit.person in people and visit.country and trip[0] <= span[1] and span[0] <= trip[1]:
            candidates.append((visit.place, visit.country))
    found = _one_state(candidates)
    return (found, VISIT) if found else None


def _story_day(
    fact: Fact, published: date | None, facts: list[Fact], dateline: Place, states: dict[str, str]
) -> bool:
    """An event of the days the story was filed, in a story that stays in the dateline's state,
    or at which the dateline's own side sat while none of its people travels elsewhere."""
    if published is None:
        return False
    span = interval(fact.date) if fact.date else (published - _STORY_DAYS, published)
    if span is None or not (published - _STORY_DAYS <= span[0] and span[1] <= published):
        return False
    elsewhere = [v for v in facts if v.type == "VISITED" and v.country != dateline.country]
    if not elsewhere:
        return True
    people = _participants(fact)
    # the dateline's own side at an event whose people travel nowhere else in the story
    return any(states.get(name) == dateline.country for name in people) and not any(
        v.person in people for v in elsewhere
    )
