"""Talks whose sentence names each side's people by state.

"The two presidents held talks in an enlarged format, with, on the Senegalese side, the Prime
Minister and the Foreign Minister, X, and, on the Mauritanian side, Y and Z": everyone of one side
met everyone of the other (the guideline's delegation cross-pairs), principals included.
"""

from __future__ import annotations

import re

from ingest.context import FactContext, SentenceView, unique
from ingest.countries import country_from_any
from ingest.frame_facts import frame_meeting
from ingest.schema import Fact

# ", on the Senegalese side,", "from the Kenyan side:", "for the Peruvian side -"
_SIDE_MARK = re.compile(
    r"(?:^|[,;(]\s*|\s)(?:and\s+)?(?:on|from|for)\s+the\s+(?P<state>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+side\b"
)
# "Attending from the Azerbaijani side were A and B, and from the Georgian side C": the people at
# the meeting just told, listed by side.
_ATTENDING = re.compile(r"\b(?:[Aa]ttend|[Pp]resent|[Pp]articipat|took\s+part|[Tt]aking\s+part)")
# "The session was chaired on the Omani side by A and on the Tanzanian side by B": the parser hangs
# the chairs on the sides, so one person a side is still the meeting's pair.
_CHAIRED = re.compile(r"\b(?:co-)?chaired\s*$|\b(?:was|were)\s+(?:co-)?chaired\b", re.IGNORECASE)
_TALKS = re.compile(
    r"\b(?:talks|meeting|consultations|negotiations|format|session|discussions|dialogue)\b", re.IGNORECASE
)


def sided_talk_facts(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    """MET facts between the two sides a sentence lists by state; a listed member of no stated
    state takes the state of the side it is listed for."""
    text = view.sentence.text
    marks = [(m, country_from_any(m.group("state"))) for m in _SIDE_MARK.finditer(text)]
    states = unique([state for _, state in marks if state])
    opening = text[: marks[0][0].start()] if marks else ""
    listing = bool(_ATTENDING.search(opening))
    if len(marks) < 2 or len(states) != 2 or not (_TALKS.search(opening) or listing):
        return []
    ends = [m.start() for m, _ in marks[1:]] + [len(text)]
    if any(
        not any(m.end() <= x.start < end for x in view.mentions)
        for (m, _), end in zip(marks, ends, strict=True)
    ):
        return []  # "..., while X took part from the Kazakh side": a side named after its people
    sides = _members_by_side(view, context, marks, states)
    if sides is None:
        return []
    one, other = (unique(sides[state]) for state in states)
    pairs = [(a, b) for a in one for b in other if a != b]
    chaired = _CHAIRED.search(opening) is not None
    if not chaired and not any(a not in one[:1] or b not in other[:1] for a, b in pairs):
        return []  # nobody beyond one person a side: the sentence's own syntax told that
    at = marks[0][0].start()
    # the two sides are the meeting's: those named as attending next join the side they serve
    context.last_sides = (list(one), list(other))
    return [frame_meeting(context, view, pair, "on the ... side", at, fallback) for pair in pairs]


def _members_by_side(
    view: SentenceView, context: FactContext, marks: list[tuple[re.Match[str], str | None]], states: list[str]
) -> dict[str, list[int]] | None:
    """Each state's people: the principals named before the lists (by the state they serve) and the
    members listed after each mark; with no principal in the sentence, the last meeting's sides.
    None when those sides do not fit the two states."""
    persons = context.people.persons
    sides: dict[str, list[int]] = {state: [] for state in states}
    first = marks[0][0].start()
    for mention in view.mentions:
        if mention.person < 0:
            continue
        if mention.start < first:
            state = persons[mention.person].country
            if state in sides:
                sides[state].append(mention.person)
            continue
        owner = next((st for m, st in reversed(marks) if m.end() <= mention.start), None)
        if owner in sides:
            sides[owner].append(mention.person)
            persons[mention.person].country = persons[mention.person].country or owner
    principals = {m.person for m in view.mentions if m.start < first and m.person >= 0}
    if principals & {p for side in sides.values() for p in side}:
        return sides
    # "Attending from the Azerbaijani side were ...": the sides of the meeting just told, when each
    # side's known states are one of the two the sentence names
    # (or, with no meeting told that fits, the people listed for each side alone)
    listed = sides if all(sides.values()) else None
    hosts, guests = context.last_sides
    for told in (hosts, guests):
        known = {persons[p].country for p in told} - {None}
        if len(known) != 1 or not known <= set(sides):
            return listed
    if {persons[p].country for p in hosts} & {persons[p].country for p in guests}:
        return listed
    for p in [*hosts, *guests]:
        state = persons[p].country
        if state in sides:
            sides[state].insert(0, p)
    return sides
