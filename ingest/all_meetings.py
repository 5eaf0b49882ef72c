"""Someone present "at all his meetings": they met everyone the principal met.

"The High Commissioner accompanied the Minister at all his meetings", "X, who is accompanying the
Prime Minister, was present at all three bilateral meetings": the meetings are told around this
sentence one by one; the one who sat in on all of them met each of the principal's partners there,
on the day and in the place of that meeting (not the principal's own companions).
"""

from __future__ import annotations

import re

from ingest.context import FactContext, SentenceView, unique
from ingest.schema import Fact

_AT_ALL = re.compile(
    r"\b(?:at|in|during)\s+all\s+(?:of\s+)?(?:(?:his|her|their|the|these|those|two|three|four|five|six|"
    r"bilateral|official)\s+){0,3}(?:meetings|talks|engagements|bilaterals)\b",
    re.IGNORECASE,
)


def present_at_all_meetings(views: list[SentenceView], context: FactContext, facts: list[Fact]) -> list[Fact]:
    persons = context.people.persons
    by_name = {p.name: p for p in reversed(persons)}  # the first of a name, as in the facts
    found: list[Fact] = []
    met = [f for f in facts if f.type == "MET" and f.status == "happened" and len(f.persons or []) == 2]
    for view in views:
        cue = _AT_ALL.search(view.sentence.text)
        if cue is None:
            continue
        named = unique(m.person for m in view.mentions if m.person >= 0)
        meetings_of = {p: [f for f in met if persons[p].name in (f.persons or [])] for p in named}
        # the principal: the one named here who met most people, else the story's traveller
        principal = max((p for p in named if meetings_of[p]), key=lambda p: len(meetings_of[p]), default=None)
        if principal is None:
            principal = context.main_visitor
        if principal is None:
            continue
        principal_name = persons[principal].name
        meetings = [f for f in met if principal_name in (f.persons or [])]
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
