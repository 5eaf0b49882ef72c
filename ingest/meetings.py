"""MET and CALLED facts: who met whom, read from the order of people around a meeting trigger.

People before the trigger are one side, people after it (up to the end of its clause) the other;
"talks between A and B" pairs A and B; a group meeting pairs everyone; members of one side are not
paired with each other.
"""

from __future__ import annotations

import re
from itertools import combinations

from ingest.context import FactContext, SentenceView, event_city, unique
from ingest.fact_dates import forward_if_planned, sentence_date, trip_date, visit_span
from ingest.people import Mention, Person
from ingest.schema import Fact, FactStatus
from ingest.triggers import CALL, MET, REPORTING, planned_before

NEW_CLAUSE = re.compile(
    r"(?:;|,\s+(?:and|but|while|whereas)\s+)(?=(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,7}(?:also\s+)?[a-z]+(?:ed|s)\b)"
)


def _side_split(
    mentions: list[Mention], at: int, end: int, text: str | None = None
) -> tuple[list[int], list[int]]:
    """People before the trigger, and people after it up to the end of its clause."""
    stop = None
    if text is not None:
        clause_end = NEW_CLAUSE.search(text, end)
        stop = clause_end.start() if clause_end else None
    before = unique([m.person for m in mentions if m.end <= at])
    after = unique(
        [
            m.person
            for m in mentions
            if m.start >= end and m.person not in before and (stop is None or m.start < stop)
        ]
    )
    return before, after


def different_sides(a: Person, b: Person, group_size: int) -> bool:
    if any("ambassador" in (p.title or "").lower() for p in (a, b)):
        return True  # an ambassador is posted abroad and meets their own delegations there
    if a.country and b.country:
        return a.country != b.country
    # One side unknown: only a lone pair can be read as two sides; both unknown: not at all.
    return group_size == 2 and (a.country is not None or b.country is not None)


BETWEEN = re.compile(r"[\w\s-]{0,40}?\bbetween\b", re.IGNORECASE)
GROUP_MEETING = re.compile(
    r"\b(?:trilateral|tripartite|three-way|quadrilateral|four-way|multilateral|group)\s+(?:meeting|talks|summit)|"
    r"\battend(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:official\s+)?(?:welcom(?:e|ing)\s+ceremony|state\s+banquet|"
    r"welcome\s+dinner)",
    re.IGNORECASE,
)
GUEST_OBJECT = re.compile(
    r"\b(?:the|a|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?:delegation|guests?|visitors?|mission)\b", re.IGNORECASE
)


# Triggers whose other side must follow them: the host receives, greets, sees off someone.
ONE_WAY = re.compile(
    r"(?:received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|greeted|greets|greeting|saw|seeing|"
    r"see|seen|to\s+see|came|joined|courtesy|audience|presented)\b",
    re.IGNORECASE,
)
PRESENT = re.compile(
    r"^(?:Also\s+)?(?:present|on\s+hand)\s+(?:there|at\s+the\s+\w+|on\s+the\s+occasion)\s+(?:was|were)\b",
    re.IGNORECASE,
)
POSSESSIVE_OF_PERSON = re.compile(r"^(?:'s|’s)\s+(?:[a-z-]+,?\s+){0,3}$")


def _drop_reporters(view: SentenceView) -> list[Mention]:
    """People who only report ("..., Lavrov said") are not participants."""
    text = view.sentence.text
    kept = []
    for n, m in enumerate(view.mentions):
        after = text[m.end : m.end + 20]
        following = view.mentions[n + 1] if n + 1 < len(view.mentions) else None
        if following and POSSESSIVE_OF_PERSON.match(text[m.end : following.start]):
            continue  # "Kim's top aide Kim Yong Chol": the aide is the participant
        if REPORTING.match(after.strip(" ,")) and not (
            MET.search(text[m.end :]) or CALL.search(text[m.end :])
        ):
            continue
        kept.append(m)
    return kept


def _best_trigger(triggers: list[re.Match[str]], mentions: list[Mention]) -> re.Match[str] | None:
    """The first trigger with people on both sides of it, else the first trigger."""
    for trigger in triggers:
        before, after = _side_split(mentions, trigger.start(), trigger.end())
        if before and after:
            return trigger
    return triggers[0] if triggers else None


def _attendance(
    present: re.Match[str],
    mentions: list[Mention],
    view: SentenceView,
    context: FactContext,
    fallback: str | None,
) -> list[Fact]:
    persons = context.people.persons
    attendees = unique([m.person for m in mentions if m.start >= present.end()])
    when = sentence_date(view, present.start(), fallback)
    return [
        Fact(
            type="MET",
            persons=[persons[guest].name, persons[attendee].name],
            date=when,
            evidence=view.sentence.text,
        )
        for attendee in attendees
        for guest in _met_by(attendee, context)
        if guest != attendee and different_sides(persons[guest], persons[attendee], 2)
    ]


def _met_by(attendee: int, context: FactContext) -> list[int]:
    """Whom an attendee of the last meeting met: its other side, or only the visitor when the
    attendee's own side is unknown (state media list the host's officials without their state)."""
    if context.people.persons[attendee].country is None and context.main_visitor in context.last_meeting:
        return [context.main_visitor] if context.main_visitor is not None else []
    return context.last_meeting


def meeting_facts(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    text = view.sentence.text
    call = CALL.search(text)
    mentions = _drop_reporters(view)
    present = PRESENT.match(text)
    if present and context.last_meeting and mentions:
        # "Present there were A and B": they attended the meeting just reported.
        return _attendance(present, mentions, view, context, fallback)
    trigger = call or _best_trigger(list(MET.finditer(text)), mentions)
    if trigger is None:
        return []
    if len({m.person for m in mentions}) < 2 and not (mentions and context.main_visitor is not None):
        return []
    persons = context.people.persons
    before, after = _side_split(mentions, trigger.start(), trigger.end(), text)
    pairs: list[tuple[int, int]] = [(a, b) for a in before for b in after if a != b]
    guest = context.main_visitor
    if GROUP_MEETING.search(text):
        # A trilateral or group meeting: every named participant met every other one.
        everyone = unique(before + after)
        pairs = [(a, b) for a, b in combinations(everyone, 2) if different_sides(persons[a], persons[b], 2)]
    elif (
        (not before or not after)
        and guest is not None
        and GUEST_OBJECT.search(text)
        and guest not in before + after
    ):
        # "Among those who saw off the delegation were A, B and C": each met the delegation's head.
        hosts = before or after
        pairs = [(h, guest) for h in hosts if different_sides(persons[h], persons[guest], 2)]
    elif not before or BETWEEN.match(text, trigger.start()):
        # "talks between A and B" pairs A and B; anyone "present at" them (before) meets the other side.
        # With nobody before the trigger and no "between", the people after it are not said to meet.
        pairs = []
        if (
            call
            or BETWEEN.match(text, trigger.start())
            or BETWEEN.search(text[trigger.end() : trigger.end() + 12])
        ):
            pairs = [
                (a, b)
                for a, b in combinations(after, 2)
                if different_sides(persons[a], persons[b], len(after))
            ]
        pairs += [
            (a, b) for a in before for b in after if a != b and different_sides(persons[a], persons[b], 2)
        ]
    elif not after:
        pairs = [
            (a, b) for a, b in combinations(before, 2) if different_sides(persons[a], persons[b], len(before))
        ]
        if not call and ONE_WAY.match(trigger.group(0)):
            pairs = []  # "A and B received ..." says nothing of A meeting B
    # "agreed to resume visits at a summit": the summit itself happened; only a future marker
    # right before a setting phrase ("will hold talks at a summit") makes it planned.
    setting = trigger.group(0).lower().startswith(("at ", "during "))
    planned = planned_before(text, trigger.start()) and (
        not setting or re.search(r"\b(?:will|would|to\s+be)\b[^,.]{0,25}$", text[: trigger.start()])
    )
    status: FactStatus = "planned" if planned else "happened"
    when = visit_span(view, sentence_date(view, trigger.start(), fallback), context)
    when = forward_if_planned(view, when, status, context.published)
    place = event_city(view, trigger.start())
    own_date = any(d.value for d in view.dates)
    if pairs and not call:
        context.last_meeting = unique([p for pair in pairs for p in pair])
    return [
        Fact(
            type="CALLED" if call else "MET",
            persons=[persons[a].name, persons[b].name],
            date=when if own_date or call else trip_date(context, persons[a].name, persons[b].name, when),
            place=None if call else (place.text if place else None),
            country=None if call else (place.country if place else None),
            evidence=text,
            status=status,
        )
        for a, b in pairs
    ]
