"""The day a stay ended, told in a sentence of its own: "X arrived in Y on Monday. ... X left Y on
Wednesday" is a stay from Monday to Wednesday."""

from __future__ import annotations

import re

from ingest.context import FactContext, SentenceView
from ingest.dates import as_day, interval, shift, span
from ingest.schema import Fact

# "left Belgrade on Tuesday", "departed Abuja", "returned to Chisinau", "concluded his two-day visit
# on Monday", "was seen off", "travelled on to Addis Ababa": the traveller's last day there.
_DEPARTURE = re.compile(
    r"\b(?:left|departed|returned|flew\s+(?:back|home|on)|headed\s+(?:back|home)|travel+ed\s+on|"
    r"(?:was|were)\s+seen\s+off|"
    r"(?:concluded|wrapped\s+up|ended|completed|rounded\s+off)\s+(?:on\s+\w+\s+)?(?:his|her|their|the|an?|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:visit|trip|stay|tour))\b",
    re.IGNORECASE,
)
# "is due to leave", "will return", "was expected to return", "before returning": not yet done.
_NOT_YET = re.compile(r"\b(?:to|will|would|shall|should|may|might|could)\s+(?:\w+\s+)?$", re.IGNORECASE)
# An arrival, or a visit whose first day the text states.
_ARRIVAL = re.compile(r"^(?:arriv|land|flew|fly|touch|reach|came|come|travel|visit)", re.IGNORECASE)
_TOUR = re.compile(r"\b(?:tour|tours|legs?)\b", re.IGNORECASE)
_LONGEST_STAY = 7  # days: a later departure belongs to another trip


def _departures(views: list[SentenceView], context: FactContext) -> dict[str, list[tuple[str, bool]]]:
    """Each traveller's stated departure days: the persons named before the cue, the day after it
    (or next to it)."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for view in views:
        text = view.sentence.text
        for cue in _DEPARTURE.finditer(text):
            if (
                _NOT_YET.search(text[max(0, cue.start() - 30) : cue.start()])
                or text[cue.start() - 1 : cue.start()] == "("  # a caption's "(left)"
                or text[cue.end() : cue.end() + 1] in (")", "-")
            ):
                continue
            # "returned home on Sunday after a tour of A, B and C": the end of the whole tour, not
            # of one stay; only a traveller with one stay has it as theirs
            home = re.match(r"returned|concluded|wrapped|ended|completed|rounded", cue.group(), re.IGNORECASE)
            tour = bool(home) and bool(_TOUR.search(text) or cue.group().lower().startswith("returned"))
            days = [d for d in view.dates if d.value and as_day(d.value) and d.relative != "since"]
            # the day in the cue's own clause: after it, or just before it ("on Tuesday left")
            after = [
                d
                for d in days
                if d.start > cue.start() and not re.search(r"[,;(]", text[cue.end() : d.start])
            ]
            ahead = [d for d in days if d.end <= cue.start() and cue.start() - d.end < 20]
            near = after[0] if after else (ahead[-1] if ahead else None)
            if near is None or near.value is None:
                continue
            # the clause's subject: the last person named before the cue, and any joined to them
            named = [m for m in view.mentions if m.person >= 0 and m.end <= cue.start()]
            if not named:
                continue
            subject = named[-1]
            joined = [
                m
                for m in named
                if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[m.end : subject.start]) or m is subject
            ]
            for m in joined:
                name = context.people.persons[m.person].name
                out.setdefault(name, []).append((near.value, tour))
    return out


def stay_ends(views: list[SentenceView], context: FactContext, facts: list[Fact]) -> list[Fact]:
    """A stay that opens on a stated day runs to the day a later sentence says the traveller left,
    when no other stop of theirs falls between; their companions on that stay share it."""
    published = context.published.isoformat() if context.published else None
    left = _departures(views, context)
    visits = [f for f in facts if f.type == "VISITED" and f.status == "happened" and f.person]
    spans: dict[tuple[str, str, str], str] = {}  # (person, country, first day) -> span
    for v in visits:
        first = v.date or ""
        if (
            len(first) != 10
            or not _ARRIVAL.match(v.trigger or "")
            or v.date_source not in ("its clause", "its sentence")
        ):
            continue
        limit = shift(first, _LONGEST_STAY) or first
        # the tour's end is the end of its last stay
        last = not any(
            o.person == v.person and o.country != v.country and (o.date or "")[:10] > first for o in visits
        )
        ends = [
            d
            for d, tour in left.get(v.person or "", [])
            if first < d <= limit and (published is None or d <= published) and (last or not tour)
        ]
        if not ends:
            continue
        end = min(ends)
        # "arrived in A on Monday ... in B on Wednesday ... returned home on Friday": A's stay ended
        # when B's began
        if any(
            o.person == v.person and o.country != v.country and first < (o.date or "")[:10] < end
            for o in visits
        ):
            continue
        spans[(v.person or "", v.country or "", first)] = span(first, end)
    if not spans:
        return facts
    by_trip = {(c, d): s for (_, c, d), s in spans.items()}
    out = []
    for f in facts:
        if f.type == "VISITED" and f.status == "happened" and f.date and len(f.date) == 10:
            own = spans.get((f.person or "", f.country or "", f.date))
            shared = by_trip.get((f.country or "", f.date)) if f.basis == "frame" else None
            new = own or (shared if f.person not in left else None)
            if new:
                f = f.model_copy(update={"date": new})
        out.append(f)
    return out


def shared_stays(context: FactContext, facts: list[Fact]) -> list[Fact]:
    """ "The Uzbek delegation included A and B", dated to the talks they joined: a companion's stay
    on a trip whose span the text gave is that span (when the companion serves the traveller's
    state, or no stated one)."""
    states = {p.name: p.country for p in context.people.persons}
    spans = [f for f in facts if f.type == "VISITED" and f.status == "happened" and f.date and "/" in f.date]
    shared = []
    for fact in facts:
        day = (
            fact.date
            if fact.type == "VISITED" and fact.basis == "frame" and fact.status == "happened"
            else None
        )
        inside = interval(day) if day and as_day(day) else None
        trip = next(
            (
                s
                for s in spans
                if inside is not None
                and s.person != fact.person
                and s.country == fact.country
                and (s.place == fact.place or not fact.place)
                and (bounds := interval(s.date or "")) is not None
                and bounds[0] <= inside[0] <= bounds[1]
                and states.get(fact.person or "") in (None, states.get(s.person or ""))
            ),
            None,
        )
        if trip is not None:
            fact = fact.model_copy(update={"date": trip.date, "date_source": "the trip it joins"})
        shared.append(fact)
    return shared
