"""Turn an article's sentences into MET / CALLED / VISITED / SIGNED facts, one event per fact.

Each fact type has its module (events for meetings and calls, visits, signings); this one walks
the sentences in order, carries the story's current date, and merges what several sentences said
about one event.
Everything is general English news style; nothing is keyed to particular names.
"""

from __future__ import annotations

import re
from datetime import date

from ingest.all_meetings import present_at_all_meetings
from ingest.companions import companion_visits
from ingest.context import FactContext, SentenceView, build_views, visit_end_date
from ingest.dates import DateMention, interval
from ingest.escort_trips import escorted_trips
from ingest.events import meeting_facts_parsed
from ingest.fact_dates import AT_THE_AIRPORT, SAME_DAY, is_since
from ingest.guest_lists import listed_guest_facts, open_guest_list
from ingest.relative_attendees import relative_attendees
from ingest.schema import Fact
from ingest.signing_frames import continue_signing, drop_counted_lead, signed_list_item
from ingest.signings import agreement_head, drop_bare_signings, signing_facts
from ingest.stay_ends import shared_stays, stay_ends
from ingest.tour_legs import tour_legs
from ingest.visits import visit_facts, welcomed_visits

__all__ = ["FactContext", "SentenceView", "build_views", "extract_facts", "merge_facts", "visit_end_date"]

# "10:00 — ", "9.05am: ", "17:40 GMT - ": the clock time that heads a live blog's entry.
LIVE_ENTRY = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?[—–:-]\s")
_UNDER_WAY = re.compile(r"\b(?:is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?\w+ing\b")


def _not_yet(fact: Fact, published: date | None) -> Fact:
    """An event dated after publication has not happened yet, unless the text says it is under way."""
    if fact.status != "happened" or not fact.date or published is None:
        return fact
    start = fact.date.split("/")[0]
    if start[: len(start)] <= published.isoformat()[: len(start)] or _UNDER_WAY.search(fact.evidence):
        return fact
    return fact.model_copy(update={"status": "planned"})


_WHOLE_TOUR = re.compile(
    r"\b(?:on|throughout|during|for)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+)?(?:tour|journey)\b"
)


def _legs_here(view: SentenceView, context: FactContext, told: list[Fact]) -> list[Fact]:
    """The legs of the latest trip a companion sentence speaks of: those in the states it names
    ("who travelled with the minister to Guatemala"), else all of them; "accompanied on the tour by
    X": every leg of the traveller's tour told so far."""
    legs = context.last_trip_legs or ([context.last_trip] if context.last_trip else [])
    if context.last_trip is not None and _WHOLE_TOUR.search(view.sentence.text):
        tour = [
            f
            for f in told
            if f.type == "VISITED" and f.status == "happened" and f.person == context.last_trip.person
        ]
        legs = list({f.country: f for f in tour}.values()) or legs
    named = {p.country for p in view.places}
    return [leg for leg in legs if leg.country in named] or legs


def _earlier_arrival(
    view: SentenceView,
    visits: list[Fact],
    facts: list[Fact],
    day: str,
    current_day: str | None,
    published: date | None,
    day_stated: bool,
) -> bool:
    """ "The session concluded on Tuesday. ... X arrived on Sunday for a four-day visit. At the close
    of the session, X signed ...": an arrival told after the day the story is on recalls how the
    trip began; the story stays on its day."""
    # a span ("the session took place on 21-22 January") is the story's day from its first day on
    if current_day is None or len(current_day) < 10 or day[:10] >= current_day[:10]:
        return False
    # a welcome at the airport is part of the arrival, not an event that moves the story
    welcome = AT_THE_AIRPORT.search(view.sentence.text) is not None
    told_here = [
        f
        for f in facts
        if f.evidence == view.sentence.text and f.type != "VISITED" and not (f.type == "MET" and welcome)
    ]
    # the day stated is the arrival's own ("who arrived on Monday, held talks on Tuesday" is not)
    arrivals = [
        v
        for v in visits
        if v.status == "happened"
        and re.match(r"arriv|land", v.trigger or "")
        and (v.date or "")[:10] == day[:10]
    ]
    # the story's day was stated by an earlier sentence ("on Thursday", the publication day too),
    # not taken from the publication date
    stated_before = published is None or day_stated or current_day != published.isoformat()
    return bool(arrivals) and not told_here and stated_before


# "At the end of the meeting, A and B signed ...": the last day of the session the story is on.
_AT_THE_CLOSE = re.compile(
    r"^\W*(?:At|On|Towards?)\s+the\s+(?:end|close|conclusion)\s+of\s+the\b", re.IGNORECASE
)


def _closing_day(text: str, current_day: str | None) -> str | None:
    """The last day of a session of a few days; a week ("last week") says no more than its span."""
    if current_day is None or len(current_day) != 21 or not _AT_THE_CLOSE.match(text):
        return current_day
    first, last = date.fromisoformat(current_day[:10]), date.fromisoformat(current_day[11:])
    return current_day[11:] if (last - first).days <= 4 else current_day


def extract_facts(views: list[SentenceView], context: FactContext) -> list[Fact]:
    facts: list[Fact] = []
    current_day: str | None = context.published.isoformat() if context.published else None
    day_stated = False
    paragraph = -1
    previous_day: str | None = None
    for view in views:
        context.opens_paragraph, paragraph = view.sentence.paragraph != paragraph, view.sentence.paragraph
        if context.published is not None and LIVE_ENTRY.match(view.sentence.text):
            # A live blog's time-stamped entry is news of its own day, not of the day the entry
            # before it recalled ("08:30 - Recap: he landed on Tuesday. 10:00 - Talks have begun.").
            current_day = context.published.isoformat()
            day_stated = False
        day = _closing_day(view.sentence.text, current_day)
        context.day_stated = day_stated
        if (
            previous_day
            and SAME_DAY.search(view.sentence.text)
            and not any(d.value and len(d.value) >= 10 for d in view.dates)
        ):
            # "arrived in Colombo on Sunday. The same evening he held talks": the day just told
            day = previous_day
        facts += listed_guest_facts(view, context, day)
        if view.sentence.tokens:
            facts += meeting_facts_parsed(view, context, day)
        open_guest_list(view, context)
        if view.mentions and not view.sentence.tokens:
            context.salient = [view.mentions[0].person]
        visits = visit_facts(view, context, day) + welcomed_visits(view, context, day)
        if context.main_visitor is None:
            first = next((f for f in visits if f.status == "happened"), None)
            if first is not None:
                context.main_visitor = next(p.id for p in context.people.persons if p.name == first.person)
        for visit in visits:
            if visit.status == "happened" and visit.date and visit.person:
                context.trip_dates.setdefault(visit.person, visit.date)
        happened = [v for v in visits if v.status == "happened"]
        if happened:
            context.last_trip = happened[0]
            context.last_trip_sentence = view.sentence.index
            # legs of one travel word ("travelled to A and B"), not an earlier trip told alongside
            first = happened[0]
            context.last_trip_legs = [
                v
                for v in happened
                if (v.person, v.trigger, v.date) == (first.person, first.trigger, first.date)
            ]
        if context.last_trip is not None:
            # "A, who left for Accra on Tuesday, was accompanied by B": B made the trip just told,
            # in this sentence or an earlier one.
            known = {v.person for v in visits}
            companions = [
                c for leg in _legs_here(view, context, facts) for c in companion_visits(view, context, leg)
            ]
            if not companions:
                # "Gautam, who landed on Sunday, was received by X. He was accompanied by Y", told
                # after someone else's trip: the trip of the traveller this sentence names
                named = {context.people.persons[m.person].name for m in view.mentions if m.person >= 0}
                for name in sorted(named & set(context.trips) - {context.last_trip.person or ""}):
                    companions += companion_visits(view, context, context.trips[name])
            visits += [v for v in companions if v.person not in known]
            # "He is accompanied by a delegation that includes A and B": known as travellers now,
            # so "the visiting delegation" of the next sentences takes them in
            visits += escorted_trips([view], context, facts + visits)
        facts += visits
        for visit in visits:
            if visit.person and visit.status == "happened":
                context.trips[visit.person] = visit
        context.travellers.update(v.person for v in visits if v.person and v.status == "happened")
        signed = signing_facts(view, context, day)
        drop_counted_lead(context, facts, signed)
        if signed_list_item(view, context, facts, signed):
            pass
        elif signed or context.last_signing is None:
            context.last_signing = next((f for f in signed if f.status == "happened"), None)
            context.last_signing_sentence = view.sentence.index
        else:
            signed = continue_signing(view, context, facts)
        facts += signed
        towns = {(p.text, p.country) for p in view.places if p.is_city and not p.is_demonym}
        if len(towns) == 1:
            context.last_town = (view.sentence.index, next(p for p in view.places if p.is_city))
        # The story's current date moves with each sentence that states a day or a month.
        stated = [
            d
            for d in view.dates
            if d.value
            and len(d.value.split("/")[0]) >= 7
            and not is_since(d, view.sentence.text)
            and not BACKGROUND_DATE.search(view.sentence.text[max(0, d.start - 40) : d.start])
            and not _LAST_TIME.search(view.sentence.text[: d.start])
            and not _RECALLED.search(view.sentence.text[: d.start])
            and not _future(d.value, context.published)
            and not _in_relative_clause(view.sentence.text, d.start)
        ]
        days_told = [d.value[:10] for d in stated if d.value and len(d.value) >= 10]
        previous_day = (
            days_told[0] if days_told else (previous_day if SAME_DAY.search(view.sentence.text) else None)
        )
        if (
            stated
            and stated[0].value
            and not _background(stated[0], current_day)
            and not _earlier_arrival(
                view, visits, facts, stated[0].value, current_day, context.published, day_stated
            )
        ):
            current_day = stated[0].value
            day_stated = True
    facts += escorted_trips(views, context, facts)
    facts += present_at_all_meetings(views, context, facts)
    facts += relative_attendees(views, context, facts)
    facts = _talks_during_calls(facts)
    facts = stay_ends(views, context, facts)
    facts = tour_legs(views, context, facts)
    facts = shared_stays(context, facts)
    return merge_facts(drop_bare_signings([_not_yet(f, context.published) for f in facts]))


# Words that say two people talked, not that they were in one room.
_TALK_WORDS = re.compile(
    r"^(?:discuss\w*|talk\w*|spoke|speak\w*|exchang\w*|conversation|chat\w*)$", re.IGNORECASE
)


def _in_relative_clause(text: str, at: int) -> bool:
    """ "The minister, who arrived on Monday, met X": the day of an aside about the person is not
    the day the story has reached."""
    return any(m.start() < at < m.end() for m in _RELATIVE_ASIDE.finditer(text))


_RELATIVE_ASIDE = re.compile(
    r",\s*(?:who|which)\s[^,]*(?:,\s*\d[^,]*)?,"
    # "arrived from Brussels, where he had attended the summit on Monday": a leg before this one
    r"|,\s*where\s+(?:[\w'’-]+\s+){1,3}?had\s+(?:been\s+)?[a-z]+(?:ed|ne|en|ld|nt|t)\b[^.;]*"
)


def _background(mention: DateMention, current: str | None) -> bool:
    """ "In May, the two had met in Warsaw": a coarser, earlier month told in passing is background;
    the story's own day stays the day of the sentences after it. A flashback with its year ("In
    September 2022, ...") opens a story of its own."""
    new = (mention.value or "").split("/")[0]
    if (
        current is None
        or len(current.split("/")[0]) < 10
        or len(new) >= 10
        or re.search(r"\d{4}", mention.text)
    ):
        return False
    return new < current[: len(new)]


def _talks_during_calls(facts: list[Fact]) -> list[Fact]:
    """'They discussed trade' after 'A called B' is the call, not a meeting; talks told before a
    call ("held talks in Tokyo ... had spoken by phone earlier") are not."""
    called: dict[frozenset[str], str | None] = {}
    # "held a phone call with X, during which he briefed him": the briefing is the call
    call_sentences = {(frozenset(f.persons or []), f.evidence): f.date for f in facts if f.type == "CALLED"}
    kept: list[Fact] = []
    for f in facts:
        pair = frozenset(f.persons or [])
        if f.type == "MET" and (
            (
                (pair, f.evidence) in call_sentences
                and not _another_day(f.date, call_sentences[(pair, f.evidence)])
                and not (f.trigger or "").startswith("met")  # "last met in June and spoke by phone on ..."
            )
            or (
                pair in called
                and _TALK_WORDS.match((f.trigger or "").split(" ... ")[-1])
                and not _another_day(f.date, called[pair])
            )
        ):
            f = f.model_copy(update={"type": "CALLED", "place": None, "country": None})
        if f.type == "CALLED" and f.status == "happened":
            called.setdefault(pair, f.date)
        kept.append(f)
    return kept


def _another_day(talks: str | None, call: str | None) -> bool:
    """ "In 2019 they held talks in Beijing": talks on another day than the call are a meeting."""
    return talks is not None and call is not None and not _overlap(talks, call)


# "after taking office on January 1", "since his election in May": a background date that does not
# move the story's day.
# "The Chinese minister last visited Kyrgyzstan in May 2025", "X's last visit to India took place
# in November": the time before, told in passing; the story stays on its own day.
_LAST_TIME = re.compile(
    r"\blast\s+(?:visited|met|travel+ed|came|went|was\s+in|were\s+in|held|hosted|spoke|called|"
    r"visit|trip|meeting|met\s+in)\b|\b(?:previous|earlier)\s+(?:visit|trip|meeting)\b",
    re.IGNORECASE,
)
# "The president recalled that the premier had hosted him in Tbilisi in May": a recalled event's
# date, in a past-perfect clause, is not the story's day.
_RECALLED = re.compile(
    r"\b(?:recalled|noted|remembered|said|added)\s+(?:that\s+)?[^.;]{0,60}?\bhad\s+(?:\w+ly\s+)?\w+(?:ed|en|t|d)\b[^.;]{0,60}$"
)
BACKGROUND_DATE = re.compile(
    r"\b(?:after|since|before|until)\s+(?:his|her|their|its|the)?\s*(?:\w+ing|election|inauguration|"
    r"appointment|re-election|swearing-in)\b[^,.;]*$",
    re.IGNORECASE,
)


def _future(value: str, published: date | None) -> bool:
    """A date after publication belongs to a plan; it never becomes the story's day."""
    start = value.split("/")[0]
    return published is not None and start > published.isoformat()[: len(start)]


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """One MET/CALLED per pair, one VISITED per person and trip, one SIGNED per agreement."""
    kept: list[Fact] = []
    by_key: dict[tuple[str, ...], list[Fact]] = {}
    for fact in facts:
        # Only facts of the same type and people can be one event: compare within that group.
        group = by_key.setdefault(_event_key(fact), [])
        twin = next((k for k in group if _same_event(k, fact)), None)
        if twin is None:
            group.append(fact)
            kept.append(fact)
        elif twin.status == "planned" and fact.status == "happened":
            kept[kept.index(twin)] = fact
            group[group.index(twin)] = fact
        elif (
            fact.type in ("MET", "CALLED")
            and fact.status == twin.status
            and (_months_apart(twin, fact) or _months_apart(fact, twin))
        ):
            # "The two leaders last met in August last year", after this week's talks: one fact per
            # pair, dated to the story's meeting, the later of the two
            if _months_apart(twin, fact):
                kept[kept.index(twin)] = fact
                group[group.index(twin)] = fact
        elif (
            fact.type in ("MET", "CALLED")
            and fact.status == twin.status
            and _recalled_last(fact) != _recalled_last(twin)
        ):
            # "The two had last met in New York in September", besides this week's talks: the
            # story's meeting keeps its own date
            if _recalled_last(twin):
                twin.date, twin.date_source = fact.date, fact.date_source
        elif fact.status == twin.status and _date_rank(fact) > _date_rank(twin):
            # One event told twice: keep the better date ("returned Sunday" < "from May 31 to June 6").
            twin.date, twin.date_source = fact.date, fact.date_source
        if (
            twin is not None
            and fact.type == "SIGNED"
            and len(fact.agreement or "") > len(twin.agreement or "")
        ):
            twin.agreement = fact.agreement
            twin.parties = twin.parties or fact.parties
    return kept


_PRECISION = {4: 1, 7: 2, 10: 3}  # year, month, day; a span ranks above a day


def _carried(fact: Fact) -> bool:
    return fact.date_source in ("the story so far", "none stated")


def _date_rank(fact: Fact) -> tuple[int, int]:
    """How good a fact's date is: stated for it (in its clause or sentence) beats carried from the
    story or a return; then a span beats a day, a day a month, a month a year."""
    if fact.date is None:
        return (0, 0)
    stated = {
        "its clause": 4,
        "its sentence": 3,
        "the story so far": 2,
        "the return": 1,
        "the visitor's trip": 1,
    }.get(fact.date_source or "", 1)
    precision = 4 if "/" in fact.date else _PRECISION.get(len(fact.date), 0)
    return (stated, precision)


def _event_key(fact: Fact) -> tuple[str, ...]:
    if fact.type in ("MET", "CALLED"):
        return (fact.type, *sorted(fact.persons or []))
    if fact.type == "VISITED":
        return (fact.type, fact.person or "", fact.country or "")
    return (fact.type, agreement_head(fact.agreement))


def _same_event(a: Fact, b: Fact) -> bool:
    if a.type != b.type:
        return False
    if a.type in ("MET", "CALLED"):
        return sorted(a.persons or []) == sorted(b.persons or [])
    if a.type == "VISITED":
        if a.person != b.person or a.country != b.country:
            return False
        if _carried(a) or _carried(b):
            return True  # a date carried from the story does not make it another trip
        return a.date is None or b.date is None or _overlap(a.date, b.date) or _near(a.date, b.date, 31)
    if a.evidence == b.evidence and a.agreement != b.agreement:
        return False  # one sentence that names two agreements lists two
    return (
        agreement_head(a.agreement) == agreement_head(b.agreement)
        and _same_agreement_words(a.agreement or "", b.agreement or "")
        and (a.date is None or b.date is None or _carried(a) or _carried(b) or _overlap(a.date, b.date))
    )


_NAME_STOP = {"the", "a", "an", "of", "on", "and", "for", "to", "in", "with", "between", "new"}
_KIND_WORDS = {
    "memorandum",
    "memorandums",
    "understanding",
    "mou",
    "agreement",
    "treaty",
    "protocol",
    "accord",
    "pact",
    "convention",
    "contract",
    "declaration",
    "statement",
    "joint",
    "document",
    "framework",
}


def _same_agreement_words(a: str, b: str) -> bool:
    """'the visa agreement' and 'the cultural cooperation agreement' are two agreements."""
    words_a = set(re.findall(r"[a-z]+", a.lower())) - _NAME_STOP
    words_b = set(re.findall(r"[a-z]+", b.lower())) - _NAME_STOP
    if len(words_a) <= 1 or len(words_b) <= 1:
        return True  # a bare "the agreement" refers back
    # "Memorandum of Understanding on X" and "... on Y": the kind of document is no shared content.
    content_a, content_b = words_a - _KIND_WORDS, words_b - _KIND_WORDS
    if content_a and content_b:
        return len(content_a & content_b) >= min(2, len(content_a), len(content_b))
    return len(words_a & words_b) >= 2


def _recalled_last(fact: Fact) -> bool:
    return _LAST_TIME.search(fact.evidence or "") is not None


def _months_apart(earlier: Fact, later: Fact) -> bool:
    """The later fact starts more than a month after the earlier one ends: two meetings, not one
    told twice."""
    first, second = interval(earlier.date or ""), interval(later.date or "")
    return first is not None and second is not None and (second[0] - first[1]).days > 31


def _near(a: str, b: str, days: int) -> bool:
    """Two dates of one trip: they start within `days` of each other."""
    first, second = interval(a), interval(b)
    return first is not None and second is not None and abs((first[0] - second[0]).days) <= days


def _overlap(a: str, b: str) -> bool:
    first, second = interval(a), interval(b)
    return first is not None and second is not None and first[0] <= second[1] and second[0] <= first[1]
