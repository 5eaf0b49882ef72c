"""People a relative clause puts at the meeting its sentence tells.

"X held talks with Y, in which Z also took part", "X was accompanied by A and B, both of whom were
present at his meeting with Y", "X received Y at the palace, in the presence of Z": the clause hangs
off the meeting (or off the companions), and the small model attaches it to whichever noun is
nearest, so the parse alone misses it. The words are plain enough to read from the surface: whoever
the clause names sat in on that meeting and, as the guideline has it for anyone "present at" talks,
met the other side.

Sides come from the states people serve. Someone whose state is not known yet still joins a side
when they travelled (a companion told earlier) and exactly one of the two principals did too.
"""

from __future__ import annotations

import re

from ingest.context import FactContext, SentenceView, unique
from ingest.people import Person
from ingest.schema import Fact

_SAT_IN = (
    r"(?:also\s+|too\s+)?(?:took\s+part|participated|joined|sat\s+in|attended|"
    r"(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance))"
)

# ", in which Z (also) took part": Z is named between "which" and the verb.
_IN_WHICH = re.compile(r",\s+(?:in|at|during)\s+which\s+(?P<who>[^;]+?)\s+" + _SAT_IN + r"\b")

# "A and B, both of whom were present at his meeting with Y": A and B are named before the clause.
_OF_WHOM = re.compile(
    r",\s+(?:both|all|each)\s+of\s+whom\s+(?:also\s+)?(?:were\s+(?:also\s+)?present\s+at|attended|"
    r"took\s+part\s+in|sat\s+in\s+on|joined)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:meeting|talks)\b"
)

# "A received B at the palace today, in the presence of C": C sat in on the audience.
_IN_THE_PRESENCE = re.compile(r",\s+in\s+the\s+presence\s+of\s+(?P<who>[^;]+?)\s*(?:[.;]|$)")
# ... but not at a signing, where presence only makes a meeting optional (GUIDELINE).
_SIGNING = re.compile(r"\b(?:sign(?:ed|ing)|inked|exchanged)\b", re.IGNORECASE)

# The list the "of whom" clause refers back to: the run of names before it, joined by "and" or commas.
_LIST_GAP = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$")


def relative_attendees(views: list[SentenceView], context: FactContext, facts: list[Fact]) -> list[Fact]:
    persons = context.people.persons
    by_name = {p.name: p for p in reversed(persons)}  # the first of a name, as in the facts
    found: list[Fact] = []
    for view in views:
        text = view.sentence.text
        attendees = _named_in_clause(view) or _named_before_clause(view)
        if not attendees:
            continue
        meetings = [
            f
            for f in facts
            if f.type == "MET" and f.status == "happened" and f.evidence == text and len(f.persons or []) == 2
        ]
        for meeting in meetings[:1]:
            principals = [by_name[n] for n in meeting.persons or [] if n in by_name]
            if len(principals) != 2:
                continue
            sides: list[list[str]] = [[principals[0].name], [principals[1].name]]
            for attendee in (persons[a] for a in attendees):
                side = _side_of(attendee.name, attendee.country, principals, context)
                if side is not None and attendee.name not in sides[0] + sides[1]:
                    sides[side].append(attendee.name)
            # every member of one side met every member of the other; the principals' pair is told
            pairs = [(a, b) for a in sides[0] for b in sides[1]][1:]
            found += [
                meeting.model_copy(
                    update={"persons": [a, b], "basis": "frame", "trigger": "present at the meeting"}
                )
                for a, b in pairs
            ]
    return found


def _named_in_clause(view: SentenceView) -> list[int]:
    cue = _IN_WHICH.search(view.sentence.text)
    if cue is None and not _SIGNING.search(view.sentence.text):
        cue = _IN_THE_PRESENCE.search(view.sentence.text)
    if cue is None:
        return []
    return unique(
        m.person for m in view.mentions if m.person >= 0 and cue.start("who") <= m.start < cue.end("who")
    )


def _named_before_clause(view: SentenceView) -> list[int]:
    cue = _OF_WHOM.search(view.sentence.text)
    if cue is None:
        return []
    text = view.sentence.text
    before = sorted(
        (m for m in view.mentions if m.person >= 0 and m.end <= cue.start()), key=lambda m: m.start
    )
    listed: list[int] = []
    end = cue.start()
    for m in reversed(before):
        # the names run back from the clause through "A, B and C" and the titles before each name
        gap = text[m.end : end]
        if listed and not _LIST_GAP.match(_without_title(gap)):
            break
        if not listed and gap.strip():
            break
        listed.insert(0, m.person)
        end = m.start
    return unique(listed)


def _without_title(gap: str) -> str:
    """ "Luna and Economy Minister ": the gap between two names, less the second one's title."""
    return re.sub(r"(?:\s+[A-Z][\w.'’-]*)+\s*$", " ", gap) if re.search(r"\band\s", gap) else gap


def _side_of(name: str, state: str | None, principals: list[Person], context: FactContext) -> int | None:
    """Which principal's side the attendee sits on: 0, 1 or None when the text does not say."""
    states = [p.country for p in principals]
    if state and states[0] != states[1]:
        if state == states[0]:
            return 0
        if state == states[1]:
            return 1
        return None
    if state is None and name in context.travellers:
        travelled = [p.name in context.travellers for p in principals]
        if travelled.count(True) == 1:
            return travelled.index(True)
    return None
