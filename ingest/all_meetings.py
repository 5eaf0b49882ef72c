"""Someone present "at all his meetings": they met everyone the principal met.

"The High Commissioner accompanied the Minister at all his meetings", "X, who is accompanying the
Prime Minister, was present at all three bilateral meetings": the meetings are told around this
sentence one by one; the one who sat in on all of them met each of the principal's partners there,
on the day and in the place of that meeting (not the principal's own companions).

"The meetings were attended by A; B; and C", after two meetings of one day: the plural takes in
that day's meetings told before it, not the airport welcome of the day before.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.context import FactContext, SentenceView, unique
from ingest.people import Person
from ingest.schema import Fact

_AT_ALL = re.compile(
    r"\b(?:at|in|during)\s+all\s+(?:of\s+)?(?:(?:his|her|their|the|these|those|two|three|four|five|six|"
    r"bilateral|official)\s+){0,3}(?:meetings|talks|engagements|bilaterals)\b",
    re.IGNORECASE,
)

# "The meetings were attended by", "Both meetings were also attended by": the day's meetings.
_THE_MEETINGS = re.compile(
    r"^(?:The|Both|These|All\s+(?:the|three|four))\s+(?:two\s+|three\s+|bilateral\s+)?meetings\s+"
    r"(?:were|was)\s+(?:also\s+)?attended\s+by\b"
)


def present_at_all_meetings(views: list[SentenceView], context: FactContext, facts: list[Fact]) -> list[Fact]:
    persons = context.people.persons
    by_name = {p.name: p for p in reversed(persons)}  # the first of a name, as in the facts
    found: list[Fact] = []
    met = [f for f in facts if f.type == "MET" and f.status == "happened" and len(f.persons or []) == 2]
    told_in = {view.sentence.text: view.sentence.index for view in views}
    for view in views:
        cue = _AT_ALL.search(view.sentence.text) or _THE_MEETINGS.match(view.sentence.text)
        if cue is None:
            continue
        named = unique(m.person for m in view.mentions if m.person >= 0)
        if cue.re is _THE_MEETINGS:
            principal, meetings = _the_days_meetings(met, told_in, view.sentence.index, by_name)
        else:
            principal, meetings = _all_meetings_of(named, met, context)
        if principal is None:
            continue
        principal_name = persons[principal].name
        for attendee in (p for p in named if p != principal):
            side = persons[attendee].country
            for f in meetings:
                partner = next(n for n in f.persons or [] if n != principal_name)
                other = by_name.get(partner)
                if other is None or other.id == attendee or (side and other.country == side):
                    continue  # the principal's own people are the attendee's side
                found.append(
                    f.model_copy(
                        update={
                            "persons": [persons[attendee].name, partner],
                            "evidence": view.sentence.text,
                            "basis": "frame",
                            "trigger": cue.group(0),
                        }
                    )
                )
    return found


def _all_meetings_of(
    named: list[int], met: list[Fact], context: FactContext
) -> tuple[int | None, list[Fact]]:
    """The principal, the one named here who met most people, else the story's traveller, and
    every meeting they had."""
    persons = context.people.persons
    meetings_of = {p: [f for f in met if persons[p].name in (f.persons or [])] for p in named}
    principal = max((p for p in named if meetings_of[p]), key=lambda p: len(meetings_of[p]), default=None)
    if principal is None:
        principal = context.main_visitor
    if principal is None:
        return None, []
    return principal, [f for f in met if persons[principal].name in (f.persons or [])]


def _the_days_meetings(
    met: list[Fact], told_in: dict[str, int], at: int, by_name: dict[str, Person]
) -> tuple[int | None, list[Fact]]:
    """The meetings of the day last told before sentence `at`, and the one who had them all."""
    before = [f for f in met if told_in.get(f.evidence, at) < at]
    if not before:
        return None, []
    day = [f for f in before if f.date == before[-1].date]
    counts = Counter(n for f in day for n in f.persons or [])
    name, _ = counts.most_common(1)[0]
    if name not in by_name or (len(day) > 1 and counts[name] < len(day)):
        return None, []
    return by_name[name].id, [f for f in day if name in (f.persons or [])]
