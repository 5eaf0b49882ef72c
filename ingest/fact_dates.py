"""The date a fact gets: from its own sentence, the story so far, or the visitor's trip."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ingest.context import FactContext, SentenceView
from ingest.dates import DateMention, as_day, duration_days, shift, span
from ingest.syntax import Parse

ONGOING = re.compile(r"\b(?:has|have|had)\s+been\b|\b(?:is|are|was|were)\s+\w+ing\b")


def is_since(mention: DateMention, text: str) -> bool:
    """ "since July", "after taking office on January 1": a point of comparison, not the event's day."""
    return (
        mention.relative == "since"
        or mention.text.lower().startswith("since")
        or bool(re.search(r"\bsince\s+$", text[: mention.start]))
        or bool(_TOOK_OFFICE.search(text[max(0, mention.start - 40) : mention.start]))
        or (
            mention.text.lower() in ("this year", "this month", "this week")
            and bool(_COUNTED_WITHIN.search(text[max(0, mention.start - 50) : mention.start]))
        )
    )


# "her first trip abroad this year", "his second visit this month": the period counts trips, it does
# not date this one.
_COUNTED_WITHIN = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|only|latest|\d+(?:st|nd|rd|th))\b[^.;,]{0,40}$",
    re.IGNORECASE,
)


_TOOK_OFFICE = re.compile(
    r"\b(?:(?:tak(?:ing|en|es)|took|assum(?:ing|ed|es))\s+office|(?:being\s+)?sworn\s+in|"
    r"(?:was\s+|being\s+)?(?:inaugurated|elected|re-elected))\s+(?:(?:on|in)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


VAGUE_PAST = re.compile(
    r"\b(?:recently|previously|in the past|in recent (?:weeks|months|years))\b", re.IGNORECASE
)


def sentence_date(view: SentenceView, at: int, fallback: str | None) -> str | None:
    """The date nearest the trigger; a 'since X' start joined with a known end into a span."""
    dates = [d for d in view.dates if d.value]
    if not dates:
        # "recently paid a visit": undated on purpose, not the story's day.
        return None if view.dates or VAGUE_PAST.search(view.sentence.text) else fallback
    since = next((d for d in dates if d.relative == "since" and as_day(d.value)), None)
    if since:
        ends = [d for d in dates if d.start > since.start and as_day(d.value) and d.value != since.value]
        if ends and ends[0].value:
            return span(since.value or "", ends[0].value)
        if ONGOING.search(view.sentence.text):
            return since.value  # "had been visiting since Friday": the visit's start
    text = view.sentence.text
    for d in dates:
        # "since July 2000, when he met X": the 'when' clause happened on the date just before it.
        if re.fullmatch(r"\s*,?\s*when\b[^,.;]{0,40}", text[d.end : at]):
            return d.value
    # "his first visit since July 2000": a point of comparison, not the event's date.
    dates = [d for d in dates if not is_since(d, text)]
    if not dates:
        return fallback
    best = min(dates, key=lambda d: abs(d.start - at) if d.start >= at else (at - d.end) * 1.2)
    return best.value


_DAYS_APART = re.compile(r"(?i)(?P<n>a|one|two|three|four|\d)\s+days?\s+(?P<rel>after|before)\s+")
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _days_apart(parse: Parse, view: SentenceView, trigger: int, fallback: str | None) -> str | None:
    """ "A day after meeting X, Rice travelled here": the main clause's day, moved back."""
    text = view.sentence.text
    offset = _DAYS_APART.match(text)
    if offset is None or not 0 < parse.tokens[trigger].start < text.find(","):
        return None
    n = offset["n"].lower()
    days = int(n) if n.isdigit() else _COUNTS[n]
    main = sentence_date(view, len(text), fallback)
    if not main or not as_day(main):
        return None
    return shift(main, -days if offset["rel"].lower() == "after" else days)


def noun_phrase_date(parse: Parse, view: SentenceView, noun: int, fallback: str | None) -> str | None:
    """ "followed a call between A and B on Saturday and a call between C and D last Wednesday": an
    event noun's own phrase, less the next conjunct's, dates it; None when it holds no date."""
    if parse.tokens[noun].pos not in ("NOUN", "PROPN"):
        return None
    theirs = {u for c in parse.children(noun, "conj") for u in parse.subtree(c)}
    phrase = [(parse.tokens[t].start, parse.tokens[t].end) for t in parse.subtree(noun) if t not in theirs]
    dates = [d for d in view.dates if any(s <= d.start < e for s, e in phrase)]
    if not dates:
        return None
    return sentence_date(view.model_copy(update={"dates": dates}), parse.tokens[noun].start, fallback)


def _head_date(view: SentenceView) -> DateMention | None:
    """The day or span that heads a diary's entry ("8 October — ", "10-12 October: ")."""
    first = next((d for d in view.dates if d.start <= 1 and d.value and len(d.value) >= 10), None)
    if first is None or not re.match(r"\s*[—–:-]\s", view.sentence.text[first.end :]):
        return None
    return first


# "X, who arrived on Friday, was received at the airport by Y": met as they arrived.
AT_THE_AIRPORT = re.compile(
    r"\b(?:airport|airbase|air\s+base|tarmac|(?:on|upon)\s+(?:his\s+|her\s+|their\s+)?(?:arrival|landing|arriving))\b",
    re.I,
)


def clause_date(
    parse: Parse,
    view: SentenceView,
    trigger: int,
    clause: int,
    fallback: str | None,
    published: date | None = None,
    day_stated: bool = False,
) -> tuple[str | None, str]:
    """The date stated in the event's own clause ("its clause"); other clauses' dates (a report's
    "said on Monday", a "since" clause) are not its own. Also says where the date came from.
    `day_stated`: the story's current day (`fallback`) was told by the text, not assumed."""
    apart = _days_apart(parse, view, trigger, fallback)
    if apart is not None:
        return apart, "its sentence" if view.dates else "the story so far"
    at = parse.tokens[trigger].start
    view = _without_since_clauses(parse, view, trigger)
    own = parse.clause_tokens(clause) | parse.subtree(trigger)
    spans = [(parse.tokens[t].start, parse.tokens[t].end) for t in own]
    mine = [d for d in view.dates if any(s <= d.start < e or s < d.end <= e for s, e in spans)]
    # "received X, who arrived on Monday, ... on Tuesday": with a date of the event's own, a relative
    # clause's date belongs to its noun.
    inner = [
        (parse.tokens[u].start, parse.tokens[u].end)
        for t in own
        if parse.tokens[t].dep == "relcl" and trigger not in parse.subtree(t)
        for u in parse.subtree(t)
    ]
    direct = [d for d in mine if not any(s <= d.start < e for s, e in inner)]
    if direct:
        mine = direct
    elif (
        mine
        and fallback
        and len(fallback) == 10
        and published
        # "held meetings here today ... A, who arrived yesterday, first met B": today, as told
        and (fallback != published.isoformat() or day_stated)
        and not AT_THE_AIRPORT.search(view.sentence.text)
    ):
        # "A, who arrived on Tuesday, sat across from B", after "the talks were held on Wednesday":
        # the arrival came first; the later day an earlier sentence stated is the event's.
        arrival = sentence_date(view.model_copy(update={"dates": mine}), at, fallback)
        if arrival and len(arrival) == 10 and arrival < fallback:
            return fallback, "the story so far"

    head = _head_date(view)
    if head is not None and not any(d is not head and d.value and len(d.value) >= 10 for d in mine):
        # "10-12 October — X paid a state visit to Slovenia, his first this year": a diary's
        # heading dates its entry; a vaguer date inside is not the event's
        return head.value, "its sentence"
    if mine:
        return sentence_date(view.model_copy(update={"dates": mine}), at, fallback), "its clause"
    # "met X, who takes office in August": a relative clause dates its noun, not the event.
    described = [
        (parse.tokens[u].start, parse.tokens[u].end)
        for t in range(len(parse.tokens))
        if parse.tokens[t].dep == "relcl" and t not in own and trigger not in parse.subtree(t)
        for u in parse.subtree(t)
    ]
    others = [d for d in view.dates if not any(s <= d.start < e for s, e in described)]
    if others != view.dates and not others:
        when = sentence_date(view.model_copy(update={"dates": []}), at, fallback)
        return when, "the story so far" if when else "none stated"
    if view.dates:
        return sentence_date(view.model_copy(update={"dates": others}), at, fallback), "its sentence"
    when = sentence_date(view, at, fallback)
    return when, "the story so far" if when else "none stated"


def _without_since_clauses(parse: Parse, view: SentenceView, trigger: int) -> SentenceView:
    """ "his first visit to the city since it was retaken last November": the date of a "since"
    clause is a point of comparison, never the event's, unless the event is told inside it."""
    since = [
        (parse.tokens[u].start, parse.tokens[u].end)
        for t in range(len(parse.tokens))
        if any(parse.tokens[m].lower_text() == "since" for m in parse.children(t, "mark"))
        and trigger not in parse.subtree(t)
        for u in parse.subtree(t)
    ]
    if not since:
        return view
    kept = [d for d in view.dates if not any(s <= d.start < e for s, e in since)]
    return view if len(kept) == len(view.dates) else view.model_copy(update={"dates": kept})


def forward_if_planned(
    view: SentenceView, value: str | None, status: str, published: date | None
) -> str | None:
    """A planned event's 'in April' is the next April, not the last one."""
    if (
        status != "planned"
        or not value
        or published is None
        or value[:10] >= published.isoformat()[: len(value[:10])]
    ):
        return value
    source = next((d for d in view.dates if d.value == value), None)
    if source is None or re.search(r"\d{4}", source.text):
        return value
    if source.kind == "weekday":
        return shift(value, 7)
    parts = [p.split("-") for p in value.split("/")]
    return "/".join("-".join([str(int(p[0]) + 1), *p[1:]]) for p in parts)


_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "last": 0,
}
ORDINAL_DAY = re.compile(
    r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|sixth|seventh|\d)(?:st|nd|rd|th)?\s+day\s+of\s+"
    r"(?:his|her|their|the|a|its)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|stay)",
    re.IGNORECASE,
)


def ordinal_day(text: str) -> int | None:
    """'on the second day of her four-day visit' -> 2."""
    match = ORDINAL_DAY.search(text)
    if match is None:
        return None
    word = match.group("nth").lower()
    return int(word) if word.isdigit() else _ORDINALS.get(word) or None


def visit_span(
    view: SentenceView, value: str | None, context: FactContext, arrival: bool = False
) -> str | None:
    if value is None or "/" in value:
        return value
    since = next((d for d in view.dates if d.relative == "since" and d.value == value), None)
    if since and context.visit_end and context.visit_end > value:
        return span(value, context.visit_end)
    days = duration_days(view.sentence.text)
    if arrival and not days and as_day(value):
        return _arrival_span(view, value)
    if days and as_day(value):
        nth = ordinal_day(view.sentence.text)
        if nth:
            # "on the second day of his four-day trip": the trip began nth - 1 days earlier.
            start = shift(value, -(nth - 1))
            end = shift(start, days - 1) if start else None
            return span(start, end) if start and end else value
        began = any(
            d.value == value and _BEGAN.search(view.sentence.text[max(0, d.start - 20) : d.start])
            for d in view.dates
        )
        if WRAP_UP.search(view.sentence.text) and not began:
            # "wrapped up a two-day visit on Monday": the date is the last day.
            start = shift(value, -(days - 1))
            return span(start, value) if start else value
        end = shift(value, days - 1)
        return span(value, end) if end else value
    return value


# "concluding a four-day visit that began on Monday": that day is the first one.
_BEGAN = re.compile(r"\b(?:began|begun|started|starting|beginning|commenced)\s+(?:on\s+|in\s+)?$")
# "arrived on Sunday and is due to leave on Friday", "... before returning to Tehran on Friday"
_LEAVING = (
    r"(?:before\s+returning|(?:is|are)\s+(?:due|scheduled|set)\s+to\s+(?:leave|depart|return))"
    r"(?:\s+\w+){0,4}?(?:\s+on)?"
)
_LEAVES = re.compile(r"\b" + _LEAVING + r"\s*$")
# "arrived on Wednesday for a state visit that will run until Saturday", "arrived Thursday night ...
# and returned to Asuncion on Friday evening": the day the stay ends, told with the arrival.
_UNTIL = re.compile(
    r"\b(?:until|till|through|ends?|ending|concludes?|returned\s+(?:\w+\s+){0,4}?(?:on|late\s+on)?|"
    r"left\s+(?:\w+\s+){0,3}?on|" + _LEAVING + r")\s*$"
)


def _arrival_span(view: SentenceView, arrived: str) -> str:
    """The stay an arrival day opens, to the day its own sentence says it ends. (The return or the
    length of visit told in other sentences moved unseen stories' dates the wrong way: a return
    from a later leg, a length of another trip.)"""
    text = view.sentence.text
    for d in view.dates:
        end = d.value if d.value and as_day(d.value) and len(d.value) == 10 else None
        lead = text[max(0, d.start - 40) : d.start]
        until = d.relative == "until" or _UNTIL.search(lead)
        if end and end <= arrived and d.kind == "weekday" and _LEAVES.search(lead):
            end = shift(end, 7)  # "before returning on Friday", read back from the day of writing
        if end and end > arrived and until:
            return span(arrived, end) if end <= (shift(arrived, 14) or end) else arrived
    return arrived


WRAP_UP = re.compile(
    r"\b(?:wrapped\s+up|wrapping\s+up|wraps\s+up|concluded|concludes|concluding|ended|ends|ending|wound\s+up|"
    r"rounded\s+off|"
    r"left\s+\w+\s+after|returned\s+(?:home\s+)?(?:\w+\s+){0,4}?(?:after|from|following)|"
    # "left Tonga on Friday afternoon at the end of a three-day visit"
    r"left\s+(?:[\w'’-]+\s+){1,5}?at\s+the\s+end\s+of)\b"
)


# ", and Deputy Foreign Minister X discussed ...": a new clause with its own subject and verb.


# "The same evening he held talks", "later that day": the day the sentence before told.
SAME_DAY = re.compile(r"\b(?:[Tt]he\s+same|[Tt]hat)\s+(?:day|evening|night|afternoon|morning)\b")
# Seeing a visitor off: the last day of the trip.
_SEEN_OFF = re.compile(
    r"\b(?:saw|seen|sees|seeing)\s+(?:\w+\s+){0,3}?off\b|\bbade\s+farewell|\bbid\s+farewell", re.I
)


def trip_date(context: FactContext, a: str, b: str, fallback: str | None, text: str = "") -> str | None:
    """A meeting with no date of its own happened during the visitor's trip, when the trip is dated:
    a send-off (`text` is the sentence) on its last day, a welcome at the airport on its first, any
    other on the story's day when that falls in the trip, else over the trip."""
    trip = context.trip_dates.get(a) or context.trip_dates.get(b)
    if trip and len(trip) == 21:
        if _SEEN_OFF.search(text):
            return trip[11:]
        if AT_THE_AIRPORT.search(text):
            return trip[:10]
    if trip and fallback and len(trip) == len(fallback) == 10 and trip < fallback <= _days_after(trip, 7):
        return fallback  # arrived on Monday, the story is at Tuesday: the meeting is the story's day
    if trip and fallback and len(fallback) == 10 and len(trip) == 21 and trip[:10] <= fallback <= trip[11:]:
        return fallback  # a visit from Monday to Thursday, the story is at Tuesday: that day
    return trip or fallback


def _days_after(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
