"""Find date expressions in a sentence and resolve them against a reference date.

Values are ISO 8601 at the precision the text supports: "2025-03-17",
"2025-03", "2025", or a span "2025-03-14/2025-03-17".  Relative expressions
("Monday", "the previous day", "last month", "in June") resolve against the
publication date, or, for "the previous day", against the date the sentence
is already about.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = (
    {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    | {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    | {"sept": 9}
)
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<{g}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
# A roundup's section heads are in capitals ("TUESDAY — The President received ...").
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"  # noqa: E501
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "6": 6,
    "7": 7,
}


def number_value(word: str) -> int:
    """ "three" or "3" -> 3; 0 for anything else."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 0)


def _m(group: str) -> str:
    return _MONTH.format(g=group)


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "Nov 20-22, 2019", "November 20 to 22", "from November 20 to 22"
    (
        "md_range",
        re.compile(
            rf"\b{_m('mon')}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b"
            r"(?:,?\s*(?P<y>(?:19|20)\d\d))?"
        ),
    ),
    # "20-22 November 2019", "from 20 to 22 November"
    (
        "dm_range",
        re.compile(
            rf"\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_m('mon')}"
            r"(?:,?\s*(?P<y>(?:19|20)\d\d))?"
        ),
    ),
    (
        "cross_range",
        re.compile(
            rf"\b{_m('mon')}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*{_m('mon2')}\s+"
            r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s*(?P<y>(?:19|20)\d\d))?"
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b{_m('mon')}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:\s*,\s*|\s+)?(?P<y>(?:19|20)\d\d)?"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_m('mon')}(?:,?\s*(?P<y>(?:19|20)\d\d))?"
        ),
    ),
    ("my", re.compile(rf"\b{_m('mon')}\s*(?:of\s+|,\s*)?(?P<y>(?:19|20)\d\d)\b")),
    ("month_rel_year", re.compile(rf"\b(?:in\s+)?{_m('mon')}\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b")),
    (
        "month",
        re.compile(
            rf"\b(?P<rel>[Ll]ast|[Tt]his(?:\s+past)?|[Pp]ast|[Ee]arly|[Ll]ate|[Mm]id|[Ii]n|[Ss]ince|[Dd]uring|"
            rf"[Uu]ntil|[Nn]ext|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]+{_m('mon')}(?!\s*\d)"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<rel>last|this|next|on|since|from|until|late|early)\s+)?{_WEEKDAY}\b"
            r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
            # "on Monday last week", "on Tuesday of last week": that day of the week before
            r"(?:\s+(?:of\s+)?(?P<prev>last|the\s+previous)\s+week\b)?"
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>yesterday|today|tonight|earlier today|the previous day|the day before|the same day|"
            r"later (?:in )?(?:the|that) day|(?:later )?that (?:same )?(?:day|evening|afternoon)|"
            r"the following day|"
            r"the next day|(?:a|one|two|three|four|five|six|\d)\s+days?\s+(?:later|earlier)|"
            r"last month|this month|earlier this month|last year|this year|earlier this year|"
            r"last week|this week|earlier this week|last night|last evening|yesterday evening|"
            r"yesterday morning|yesterday afternoon|this morning|this afternoon|this evening|overnight)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "year",
        re.compile(r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|of|[Ff]rom|[Uu]ntil|[Bb]y)\s+(?P<y>(?:19|20)\d\d)\b(?!-)"),
    ),
]


_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|'ll|is\s+to|are\s+to|is\s+due|are\s+due|scheduled|expected|set\s+to|plans?\s+to|"
    r"planned|upcoming|next)\b(?![^.;]*\b(?:said|told|announced)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None  # ISO value; None when it cannot be resolved (no anchor)
    kind: str
    text: str
    relative: str | None = None  # "since", "until", "next" ...: how it bounds the event


def month_back(month: int, anchor: date) -> int:
    """Year of the most recent `month` on or before the anchor's month."""
    return anchor.year if month <= anchor.month else anchor.year - 1


def day_back(month: int, day: int, anchor: date) -> date | None:
    for year in (anchor.year, anchor.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor + timedelta(days=14):  # an itinerary may run a little past publication
            return candidate
    return None


def weekday_back(weekday: int, anchor: date, forward: bool = False) -> date:
    delta = (anchor.weekday() - weekday) % 7
    if forward:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor - timedelta(days=delta)


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_COUNTED_DAYS = re.compile(r"(?P<n>\w+)\s+days?\s+(?P<way>later|earlier)", re.IGNORECASE)


def day_step(relative: str) -> int | None:
    """How many days a relative phrase moves from the day told before: "the next day" +1, "two
    days later" +2, "the day before" -1; None for a phrase that is not a step."""
    if relative in ("the previous day", "the day before"):
        return -1
    if relative in ("the following day", "the next day"):
        return 1
    counted = _COUNTED_DAYS.fullmatch(relative)
    if counted is None:
        return None
    n = 1 if counted.group("n").lower() in ("a", "one") else number_value(counted.group("n"))
    return n if counted.group("way").lower() == "later" else -n


def find_dates(text: str, published: date | None, context: date | None = None) -> list[DateMention]:
    """Every date expression in `text`, resolved. Overlapping matches keep the first pattern's."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            mention = _resolve(kind, match, published, context)
            if mention is None:
                continue
            same_day = mention.relative is not None and (
                mention.relative == "the same day" or mention.relative.startswith(("later ", "that "))
            )
            step = day_step(mention.relative or "")
            if kind == "relative" and (same_day or step is not None):
                earlier = [m for m in found if m.end <= start and m.value and len(m.value) == 10]
                if earlier:
                    base = date.fromisoformat(max(earlier, key=lambda m: m.end).value or "")
                    # "arrived on Wednesday ... that same afternoon"
                    days = 0 if same_day or step is None else step
                    mention = DateMention(
                        start,
                        end,
                        (base + timedelta(days=days)).isoformat(),
                        kind,
                        mention.text,
                        mention.relative,
                    )
            if (
                kind == "weekday"
                and published
                and mention.value
                and _FUTURE_CUE.search(text[max(0, start - 60) : start])
            ):
                # "will visit on Saturday", "is due to arrive on Monday": the coming one.
                ahead = weekday_back(WEEKDAYS[match.group("wd").lower()], published, forward=True)
                mention = DateMention(start, end, ahead.isoformat(), kind, mention.text, mention.relative)
            taken.append((start, end))
            found.append(mention)
    found.sort(key=lambda m: m.start)
    return _weekday_ranges(text, [_day_in_brackets(text, m, published) for m in found])


_BRACKETED_DAY = re.compile(r"\s*\((?P<d>[0-3]?\d)\)")


def _day_in_brackets(text: str, mention: DateMention, published: date | None) -> DateMention:
    """ "on Monday (21)", the Brazilian and Portuguese press's way: the day of the month in brackets
    names which Monday, the latest one on or before publication with that day."""
    found = _BRACKETED_DAY.match(text, mention.end)
    if found is None or mention.kind != "weekday" or published is None or not mention.value:
        return mention
    named = date.fromisoformat(mention.value).weekday()
    day = int(found.group("d"))
    year, month = published.year, published.month
    for _ in range(3):
        candidate = _safe_date(year, month, day)
        if candidate and candidate <= published and candidate.weekday() == named:
            return DateMention(
                mention.start,
                found.end(),
                candidate.isoformat(),
                mention.kind,
                mention.text,
                mention.relative,
            )
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return mention


_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|-|–)\s*")


def _weekday_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "paid a state visit from Monday to Friday": one span, not two days."""
    merged: list[DateMention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.relative == "from"
            and last.kind == mention.kind == "weekday"
            and last.value
            and mention.value
            and last.value < mention.value
            and _RANGE_GAP.fullmatch(text[last.end : mention.start])
        ):
            merged[-1] = DateMention(
                last.start,
                mention.end,
                f"{last.value}/{mention.value}",
                "weekday_range",
                text[last.start : mention.end],
                None,
            )
            continue
        merged.append(mention)
    return merged


def _resolve(
    kind: str, match: re.Match[str], published: date | None, context: date | None
) -> DateMention | None:
    groups = match.groupdict()
    text = match.group(0)
    rel = (groups.get("rel") or "").lower() or None

    def mention(value: str | None) -> DateMention:
        return DateMention(match.start(), match.end(), value, kind, text, rel)

    if kind == "iso":
        d = _safe_date(int(groups["y"]), int(groups["mo"]), int(groups["d"]))
        return mention(d.isoformat()) if d else None
    if kind in ("cross_range", "md_range", "dm_range"):
        # "Nov 20-22", "20 to 22 November", "December 30 to January 2": one range resolver.
        m1 = MONTHS[groups["mon"].lower().rstrip(".")]
        m2 = MONTHS[(groups.get("mon2") or groups["mon"]).lower().rstrip(".")]
        d1, d2 = int(groups["d1"]), int(groups["d2"])
        if m1 == m2 and not 1 <= d1 < d2 <= 31:
            return None
        if groups.get("y"):
            end_year = int(groups["y"])
        elif published:
            last = day_back(m2, d2, published)
            if last is None:
                return None
            end_year = last.year
        else:
            return mention(None)
        a = _safe_date(end_year - (1 if m1 > m2 else 0), m1, d1)
        b = _safe_date(end_year, m2, d2)
        return mention(f"{a.isoformat()}/{b.isoformat()}") if a and b and a < b else None
    if kind in ("mdy", "dmy"):
        month = MONTHS[groups["mon"].lower().rstrip(".")]
        day = int(groups["d"])
        if not 1 <= day <= 31:
            return None
        if groups.get("y"):
            d = _safe_date(int(groups["y"]), month, day)
            return mention(d.isoformat()) if d else None
        if kind == "mdy" and groups["mon"].lower() == "may" and day > 31:
            return None
        anchor = published
        if anchor is None:
            return mention(None)
        d = day_back(month, day, anchor)
        return mention(d.isoformat()) if d else None
    if kind == "my":
        month = MONTHS[groups["mon"].lower().rstrip(".")]
        return mention(f"{int(groups['y']):04d}-{month:02d}")
    if kind == "month_rel_year":
        if published is None:
            return mention(None)
        month = MONTHS[groups["mon"].lower().rstrip(".")]
        year = published.year + {"last": -1, "this": 0, "next": 1}[rel or "this"]
        return DateMention(match.start(), match.end(), f"{year:04d}-{month:02d}", kind, text, None)
    if kind == "month":
        # "in May" is a month, but "may" is also a modal verb: only the capitalised form counts.
        if not groups["mon"][0].isupper():
            return None
        month = MONTHS[groups["mon"].lower().rstrip(".")]
        if published is None:
            return mention(None)
        if rel == "next":
            year = published.year if month > published.month else published.year + 1
        else:
            year = month_back(month, published)
        return mention(f"{year:04d}-{month:02d}")
    if kind == "weekday":
        if published is None:
            return mention(None)
        weekday = WEEKDAYS[groups["wd"].lower()]
        if rel == "next":
            return mention(weekday_back(weekday, published, forward=True).isoformat())
        if groups.get("prev"):
            monday = published - timedelta(days=published.weekday())
            return mention((monday - timedelta(days=7 - weekday)).isoformat())
        d = weekday_back(weekday, published)
        if rel == "last" and d == published:
            d -= timedelta(days=7)
        return mention(d.isoformat())
    if kind == "relative":
        assert rel is not None
        if rel == "the same day" or rel.startswith(("later ", "that ")):  # "later that day": the story's day
            base = context or published
            return mention(base.isoformat() if base else None)
        step = day_step(rel)
        if step is not None:
            # "two days later" counts from the day the story last told, never from publication
            base = context if abs(step) > 1 else context or published
            return mention((base + timedelta(days=step)).isoformat() if base else None)
        if published is None:
            return mention(None)
        if rel in ("yesterday", "last night", "last evening", "overnight") or rel.startswith("yesterday "):
            return mention((published - timedelta(days=1)).isoformat())
        if rel in ("today", "tonight", "earlier today", "this morning", "this afternoon", "this evening"):
            return mention(published.isoformat())
        monday = published - timedelta(days=published.weekday())
        if rel == "last week":
            # The Monday-to-Sunday week before the week of publication.
            start = monday - timedelta(days=7)
            return mention(f"{start.isoformat()}/{(start + timedelta(days=6)).isoformat()}")
        if rel == "earlier this week":
            end = published - timedelta(days=1)
            if end < monday:
                return None
            return mention(monday.isoformat() if end == monday else f"{monday.isoformat()}/{end.isoformat()}")
        if rel in ("last month",):
            prev = published.replace(day=1) - timedelta(days=1)
            return mention(f"{prev.year:04d}-{prev.month:02d}")
        if rel in ("this month", "earlier this month"):
            return mention(f"{published.year:04d}-{published.month:02d}")
        if rel == "last year":
            return mention(f"{published.year - 1:04d}")
        if rel in ("this year", "earlier this year"):
            return mention(f"{published.year:04d}")
        return None  # weeks are too vague to date an event
    if kind == "year":
        return mention(groups["y"])
    return None


def duration_days(text: str) -> int | None:
    """Length of a visit stated as "a three-day visit", "a 4-day trip", "for the two-day summit"."""
    match = re.search(
        r"\b(\w+)[- ]day\s+(?:state\s+|official\s+|working\s+)*(?:[A-Za-z-]+\s+)?"
        # "for the three-day session" of a joint commission the visitor came for
        r"(?:visit|trip|tour|stay|summit|conference|forum|session|consultations)\b",
        text,
        re.IGNORECASE,
    )
    if match:
        return NUMBER_WORDS.get(match.group(1).lower())
    return None


def span(start: str, end: str) -> str:
    return start if start == end else f"{start}/{end}"


def shift(value: str, days: int) -> str | None:
    try:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    except ValueError:
        return None


def interval(value: str) -> tuple[date, date] | None:
    """'2025-03-17', '2025-03', '2025' or 'start/end' -> its first and last day."""
    try:
        first, last = _bounds(value.split("/")[0]), _bounds(value.split("/")[-1])
    except ValueError:
        return None
    return first[0], last[1]


def _bounds(part: str) -> tuple[date, date]:
    bits = [int(b) for b in part.strip().split("-")]
    if len(bits) == 1:
        return date(bits[0], 1, 1), date(bits[0], 12, 31)
    if len(bits) == 2:
        return date(bits[0], bits[1], 1), date(bits[0], bits[1], calendar.monthrange(bits[0], bits[1])[1])
    day = date(bits[0], bits[1], bits[2])
    return day, day


def as_day(value: str | None) -> date | None:
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None
