"""Turn sentences, people, places and dates into MET / CALLED / VISITED / SIGNED facts.

Rules are per sentence and read the surface order around a trigger:
people before a meeting trigger are one side, people after it the other;
the visitor is named before the travel verb (or after "led by"), the
destination after it; the signers before "signed" (or after "signing of
... between").  Everything here is general English news style, nothing is
keyed to particular names.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import combinations

from pydantic import BaseModel, Field

from ingest.countries import country_from_any
from ingest.dates import DateMention, as_day, duration_days, find_dates, shift, span
from ingest.nlp import Sentence
from ingest.people import Mention, PeopleResult, Person
from ingest.places import Place, find_places
from ingest.schema import Fact, FactStatus
from ingest.triggers import AGREEMENT_HEAD, CALL, MET, REPORTING, SIGN, VISIT, planned_before

PRONOUN = re.compile(r"^(?:He|She)\b")
TITLE_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?P<adj>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?P<head>(?:[Pp]rime\s+)?[Mm]inister|[Pp]resident|PM|"
    r"[Pp]remier|[Ll]eader|[Aa]mbassador|[Dd]iplomat|[Ee]nvoy|[Cc]hancellor|[Ss]ecretary|[Kk]ing|[Qq]ueen|"
    r"[Cc]rown\s+[Pp]rince|[Ee]mperor|[Ff]oreign\s+[Mm]inister|top\s+diplomat)\b(?!\s+[A-Z])"
)
RETURN_CUE = re.compile(
    r"\b(?:returned|wrapped\s+up|concluded|ended|left\s+(?:[\w-]+\s+){0,3}?for\s+home|flew\s+home|"
    r"departed)\b",
    re.IGNORECASE,
)


class SentenceView(BaseModel):
    sentence: Sentence
    mentions: list[Mention]
    places: list[Place]
    dates: list[DateMention]


class FactContext(BaseModel):
    """What the fact rules know about the article as a whole."""

    published: date | None
    people: PeopleResult
    main_countries: list[str]
    visit_end: str | None = None
    dateline: Place | None = None  # where "here" is
    main_visitor: int | None = None  # the first person reported travelling: "the delegation", "the guests"
    trip_dates: dict[str, str] = Field(default_factory=dict)  # visitor -> trip date, for meetings during it


def build_views(
    sentences: list[Sentence], people: PeopleResult, published: date | None
) -> list[SentenceView]:
    views: list[SentenceView] = []
    narrative: date | None = None
    last_subject: int | None = None
    for sent in sentences:
        dates = find_dates(sent.text, published, narrative)
        mentions = list(people.in_sentence(sent.index))
        pronoun = PRONOUN.match(sent.text)
        if pronoun and last_subject is not None:
            mentions.insert(
                0,
                Mention(
                    sentence=sent.index,
                    start=0,
                    end=pronoun.end(),
                    text=pronoun.group(0),
                    person=last_subject,
                ),
            )
        for ref in TITLE_REFERENCE.finditer(sent.text):
            target = _resolve_title_reference(ref, people, mentions, sent.index)
            if target is not None and not any(m.start <= ref.start() < m.end for m in mentions):
                mentions.append(
                    Mention(
                        sentence=sent.index,
                        start=ref.start(),
                        end=ref.end(),
                        text=ref.group(0),
                        person=target,
                    )
                )
        pair = TWO_REFERENCE.search(sent.text)
        recent = _recent_people(views, mentions)
        if pair and len(recent) >= 2 and not any(m.start <= pair.start() < m.end for m in mentions):
            # "The two leaders held talks": the last two people named.
            for person_id in recent[:2]:
                mentions.append(
                    Mention(
                        sentence=sent.index,
                        start=pair.start(),
                        end=pair.end(),
                        text=pair.group(0),
                        person=person_id,
                    )
                )
        mentions.sort(key=lambda m: m.start)
        if mentions:
            last_subject = mentions[0].person
        days = [d for d in dates if as_day(d.value)]
        if days:
            narrative = as_day(days[0].value)
        views.append(SentenceView(sentence=sent, mentions=mentions, places=find_places(sent), dates=dates))
    return views


TWO_REFERENCE = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:men|women|leaders|presidents|ministers|foreign\s+ministers|"
    r"prime\s+ministers|heads\s+of\s+state|sides|diplomats|officials)\b"
)


def _recent_people(views: list[SentenceView], current: list[Mention]) -> list[int]:
    """Distinct people of the last two sentences, most recent first, when the sentence names nobody."""
    if current:
        return []
    seen: list[int] = []
    for view in reversed(views[-2:]):
        for mention in sorted(view.mentions, key=lambda m: -m.start):
            if mention.person not in seen:
                seen.append(mention.person)
    return seen


def _resolve_title_reference(
    ref: re.Match[str], people: PeopleResult, mentions: list[Mention], sentence: int
) -> int | None:
    """'the Uzbek President' -> the one person seen so far with that office (and state)."""
    head = ref.group("head").lower().split()[-1]
    if head in ("diplomat",):
        head = "minister"
    if head == "pm":
        head = "prime"
    adj = (ref.group("adj") or "").strip()
    code = country_from_any(adj) if adj else None
    if adj and code is None:
        return None
    seen = {m.person for m in people.mentions if m.sentence <= sentence}
    candidates = [
        p
        for p in people.persons
        if p.id in seen
        and p.title
        and head in p.title.lower().split()[-1:] + p.title.lower().split()[:1]
        and (code is None or p.country == code)
    ]
    if code is not None and not candidates:
        candidates = [p for p in people.persons if p.id in seen and p.country == code]
    in_sentence = {m.person for m in mentions}
    candidates = [p for p in candidates if p.id not in in_sentence]
    if len(candidates) > 1:
        # Several presidents: the article's protagonist, if one is clearly mentioned most.
        counts = sorted(
            ((sum(m.person == p.id for m in people.mentions), p.id) for p in candidates), reverse=True
        )
        return counts[0][1] if counts[0][0] > counts[1][0] else None
    return candidates[0].id if candidates else None


ONGOING = re.compile(r"\b(?:has|have|had)\s+been\b|\b(?:is|are|was|were)\s+\w+ing\b")


def _is_since(mention: DateMention, text: str) -> bool:
    return mention.relative == "since" or bool(re.search(r"\bsince\s+$", text[: mention.start]))


def _sentence_date(view: SentenceView, at: int, fallback: str | None) -> str | None:
    """The date nearest the trigger; a 'since X' start joined with a known end into a span."""
    dates = [d for d in view.dates if d.value]
    if not dates:
        return None if view.dates else fallback
    since = next((d for d in dates if d.relative == "since" and as_day(d.value)), None)
    if since:
        ends = [d for d in dates if d.start > since.start and as_day(d.value) and d.value != since.value]
        if ends and ends[0].value:
            return span(since.value or "", ends[0].value)
        if ONGOING.search(view.sentence.text):
            return since.value  # "had been visiting since Friday": the visit's start
    # "his first visit since July 2000": a point of comparison, not the event's date.
    dates = [d for d in dates if not _is_since(d, view.sentence.text)]
    if not dates:
        return fallback
    best = min(dates, key=lambda d: abs(d.start - at) if d.start >= at else (at - d.end) * 1.2)
    return best.value


def _forward_if_planned(
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


def _visit_span(view: SentenceView, value: str | None, context: FactContext) -> str | None:
    if value is None or "/" in value:
        return value
    since = next((d for d in view.dates if d.relative == "since" and d.value == value), None)
    if since and context.visit_end and context.visit_end > value:
        return span(value, context.visit_end)
    days = duration_days(view.sentence.text)
    if days and as_day(value):
        end = shift(value, days - 1)
        return span(value, end) if end else value
    return value


# ", and Deputy Foreign Minister X discussed ...": a new clause with its own subject and verb.
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
    before = _unique([m.person for m in mentions if m.end <= at])
    after = _unique(
        [
            m.person
            for m in mentions
            if m.start >= end and m.person not in before and (stop is None or m.start < stop)
        ]
    )
    return before, after


def _unique(ids: list[int]) -> list[int]:
    seen: list[int] = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    return seen


def _different_sides(a: Person, b: Person, group_size: int) -> bool:
    if any("ambassador" in (p.title or "").lower() for p in (a, b)):
        return True  # an ambassador is posted abroad and meets their own delegations there
    if a.country and b.country:
        return a.country != b.country
    return group_size == 2 and not (a.country is None and b.country is None and group_size > 2)


BETWEEN = re.compile(r"[\w\s-]{0,40}?\bbetween\b", re.IGNORECASE)
GROUP_MEETING = re.compile(
    r"\b(?:trilateral|tripartite|three-way|quadrilateral|four-way|multilateral|group)\s+(?:meeting|talks|summit)",
    re.IGNORECASE,
)
GUEST_OBJECT = re.compile(
    r"\b(?:the|a|its|his|her)\s+(?:[\w-]+\s+){0,3}?(?:delegation|guests?|visitors?|mission)\b", re.IGNORECASE
)


def _drop_reporters(view: SentenceView) -> list[Mention]:
    """People who only report ("..., Lavrov said") are not participants."""
    text = view.sentence.text
    kept = []
    for m in view.mentions:
        after = text[m.end : m.end + 20]
        if REPORTING.match(after.strip(" ,")) and not (
            MET.search(text[m.end :]) or CALL.search(text[m.end :])
        ):
            continue
        kept.append(m)
    return kept


def _trip_date(context: FactContext, a: str, b: str, fallback: str | None) -> str | None:
    """A meeting with no date of its own happened during the visitor's trip, when the trip is dated."""
    return context.trip_dates.get(a) or context.trip_dates.get(b) or fallback


def _best_trigger(triggers: list[re.Match[str]], mentions: list[Mention]) -> re.Match[str] | None:
    """The first trigger with people on both sides of it, else the first trigger."""
    for trigger in triggers:
        before, after = _side_split(mentions, trigger.start(), trigger.end())
        if before and after:
            return trigger
    return triggers[0] if triggers else None


def meeting_facts(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    text = view.sentence.text
    call = CALL.search(text)
    mentions = _drop_reporters(view)
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
        everyone = _unique(before + after)
        pairs = [(a, b) for a, b in combinations(everyone, 2) if _different_sides(persons[a], persons[b], 2)]
    elif (
        (not before or not after)
        and guest is not None
        and GUEST_OBJECT.search(text)
        and guest not in before + after
    ):
        # "Among those who saw off the delegation were A, B and C": each met the delegation's head.
        hosts = before or after
        pairs = [(h, guest) for h in hosts if _different_sides(persons[h], persons[guest], 2)]
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
                if _different_sides(persons[a], persons[b], len(after))
            ]
        pairs += [
            (a, b) for a in before for b in after if a != b and _different_sides(persons[a], persons[b], 2)
        ]
    elif not after:
        pairs = [
            (a, b)
            for a, b in combinations(before, 2)
            if _different_sides(persons[a], persons[b], len(before))
        ]
        if not call and not re.search(
            r"\b(?:held|talks|met|summit|meetings?|during)\b", text[trigger.start() : trigger.end() + 5]
        ):
            pairs = []
    # "agreed to resume visits at a summit": the summit itself happened; only a future marker
    # right before a setting phrase ("will hold talks at a summit") makes it planned.
    setting = trigger.group(0).lower().startswith(("at ", "during "))
    planned = planned_before(text, trigger.start()) and (
        not setting or re.search(r"\b(?:will|would|to\s+be)\b[^,.]{0,25}$", text[: trigger.start()])
    )
    status: FactStatus = "planned" if planned else "happened"
    when = _visit_span(view, _sentence_date(view, trigger.start(), fallback), context)
    when = _forward_if_planned(view, when, status, context.published)
    place = next((p for p in view.places if p.is_city), None)
    own_date = any(d.value for d in view.dates)
    return [
        Fact(
            type="CALLED" if call else "MET",
            persons=[persons[a].name, persons[b].name],
            date=when if own_date or call else _trip_date(context, persons[a].name, persons[b].name, when),
            place=None if call else (place.text if place else None),
            country=None if call else (place.country if place else None),
            evidence=text,
            status=status,
        )
        for a, b in pairs
    ]


def visit_facts(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    text = view.sentence.text
    persons = context.people.persons
    facts: list[Fact] = []
    for trigger in VISIT.finditer(text):
        word = trigger.group(0).lower()
        if word.startswith(("led by", "headed by")):
            visitors = [m.person for m in view.mentions if m.start >= trigger.end()][:1]
            search_from = 0
        elif re.match(r"visit\w*\s+(?:of|by)\b", text[trigger.start() : trigger.start() + 12].lower()):
            visitors = [m.person for m in view.mentions if m.start >= trigger.end()][:1]
            search_from = trigger.end()
        else:
            visitors = _subjects_before(view.mentions, text, trigger.start())
            if re.search(r"\b(?:his|her)\s+(?:[\w-]+\s+)?$", text[: trigger.start()]) and view.mentions:
                # "A met B following his arrival in X": the possessive is the sentence's subject.
                visitors = [view.mentions[0].person]
            inside = "returned" in word or word.startswith("in ") or "been in" in word
            search_from = trigger.start() if inside else trigger.end()
            if not visitors:
                continue
        if not visitors:
            continue
        status: FactStatus = "planned" if planned_before(text, trigger.start()) else "happened"
        when = _visit_span(view, _sentence_date(view, trigger.start(), fallback), context)
        when = _forward_if_planned(view, when, status, context.published)
        leader = word.startswith(("led by", "headed by"))
        for visitor in visitors:
            # Each visitor's own destination: a host standing next to them is not travelling home.
            destination = _destination(
                view.places, text, [visitor], persons, 0 if leader else search_from, skip_origin=leader
            )
            if destination is None and (
                re.search(r"\bhere\b", text[trigger.end() : trigger.end() + 25])
                or re.search(r"\b(?:state|official|working|\w+-day)\s+visit", text)
            ):
                destination = _default_destination(context, {persons[visitor].country})
            if destination is None or persons[visitor].country == destination.country:
                continue
            facts.append(
                Fact(
                    type="VISITED",
                    person=persons[visitor].name,
                    country=destination.country,
                    place=destination.text if destination.is_city else None,
                    date=when,
                    evidence=text,
                    status=status,
                )
            )
    return facts


def _subjects_before(mentions: list[Mention], text: str, at: int) -> list[int]:
    """The person right before a travel verb, and the ones joined to it by 'and' ('A and B arrived')."""
    before = [m for m in mentions if m.end <= at]
    if not before:
        return []
    chosen = [before[-1]]
    for m in reversed(before[:-1]):
        if re.fullmatch(
            r"\s*(?:,\s*(?:left|right|centre|center)\s*)?(?:,|,?\s*and)\s*(?:(?:his|her|the)\s+)?"
            r"(?:[\w'’-]+\s+){0,4}?,?\s*",
            text[m.end : chosen[-1].start],
        ):
            chosen.append(m)
        else:
            break
    return _unique([m.person for m in reversed(chosen)])


def _default_destination(context: FactContext, home: set[str | None]) -> Place | None:
    """Where 'here' is: the dateline city, else the article's other main country."""
    if context.dateline and context.dateline.country not in home:
        return context.dateline
    if None in home:
        return None
    code = next((c for c in context.main_countries if c not in home), None)
    return Place(start=0, end=0, text="", country=code, is_city=False) if code else None


def _destination(
    places: list[Place], text: str, visitors: list[int], persons: list[Person], start: int, skip_origin: bool
) -> Place | None:
    home = {persons[v].country for v in visitors}
    for place in places:
        if place.start < start or place.country in home or place.is_demonym:
            continue
        before = text[max(0, place.start - 12) : place.start].lower()
        if (
            re.search(r"\b(?:from|left|of)\s+(?:the\s+)?$", before)
            and not re.search(r"\b(?:city|town|port|capital|region|island|province)\s+of\s+$", before)
            and "returned" not in text[start : place.start]
        ):
            continue
        if skip_origin and re.search(r"\bleft\s+$", before):
            continue
        return place
    return None


def signing_facts(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    text = view.sentence.text
    trigger = SIGN.search(text)
    if trigger is None:
        return []
    heads = list(AGREEMENT_HEAD.finditer(text))
    if not heads:
        return []
    persons = context.people.persons
    nominal = bool(
        re.match(r"signing\s+of|signed\s+by", text[trigger.start() : trigger.start() + 14], re.IGNORECASE)
    )
    if nominal or re.search(r"\b(?:was|were|been|be)\s+$", text[: trigger.start()]):
        parties = _unique([m.person for m in view.mentions if m.start > trigger.end()])
    else:
        parties = _unique([m.person for m in view.mentions if m.end <= trigger.start()])
    countries = _unique_codes([persons[p].country for p in parties])
    if len(countries) < 2:
        countries += [c for c in _countries_between(view, text) if c not in countries]
    if len(countries) < 2:
        for code in context.main_countries:
            if code not in countries and len(countries) < 2:
                countries.append(code)
    names = _agreement_names(text, heads, trigger.end())
    if not names or not (parties or countries):
        return []
    status: FactStatus = "planned" if planned_before(text, trigger.start()) else "happened"
    when = _sentence_date(view, trigger.start(), fallback)
    place = next((p for p in view.places if p.is_city), None)
    return [
        Fact(
            type="SIGNED",
            parties=[persons[p].name for p in parties],
            countries=countries,
            agreement=name,
            date=when,
            place=place.text if place else None,
            evidence=text,
            status=status,
        )
        for name in names
    ]


def _unique_codes(codes: list[str | None]) -> list[str]:
    out: list[str] = []
    for code in codes:
        if code and code not in out:
            out.append(code)
    return out


def _countries_between(view: SentenceView, text: str) -> list[str]:
    codes = [p.country for p in view.places if not p.is_city]
    return _unique_codes(list(codes))


_AGREEMENT_PHRASE = re.compile(
    r"(?P<name>(?<![\w'’-])(?:(?!(?:which|that|who|was|were|is|are|to|has|have|had)\s)[\"“]?(?:[\w'’-]+|\d+)\s+){0,6}?"
    r"(?i:agreements?|treaty|treaties|memorand(?:ums|um|a)(?:\s+of\s+understanding)?|MoUs?|protocols?|contracts?|"
    r"accords?|pacts?|declarations?|joint\s+statements?|communiqu[eé]s?|charter|conventions?|partnership|documents|"
    r"deals?)(?:\s+(?i:agreement|treaty|accord|pact|declaration|charter|convention))?[\"”]?(?:\s*\([A-Z]{2,6}\))?"
    r"(?:\s+(?:on|of|for|to|in\s+the\s+field\s+of)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December|the\s+sidelines)\b)"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,7}?"
    r"(?=\s*[,.;]|\s+(?:in|at|with|during|and|between|which|that|on|as|was|were)\b|\s*$))?)"
)
_LEAD_WORDS = re.compile(
    r"^(?:(?:a|an|the|their|its|his|her|two|both|several|new|also|have|has|had|were|was|"
    r"on|of|off|up|into|today|yesterday|landmark|historic)\s+)+",
    re.IGNORECASE,
)


_GAP = re.compile(r"^[\s,]*(?:(?:and|as\s+well\s+as|plus|including)\s+)?(?:[\w'’-]+\s+){0,3}?$")
BARE_AGREEMENT = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:agreements?|treaty|accord|pact|deal|documents?|memorandum|text)$",
    re.IGNORECASE,
)


def _agreement_names(text: str, heads: list[re.Match[str]], after: int) -> list[str]:
    """Agreements named right after the signing verb ('signed X and Y'), else the last one before it."""
    names: list[str] = []
    window = text[after:]
    cursor = 0
    for match in _AGREEMENT_PHRASE.finditer(window):
        gap = window[cursor : match.start()]
        # "signed a law which makes the treaty ...": the treaty is not what was signed here.
        if not _GAP.match(gap) or re.search(r"\b(?:which|that|who|whose|law|bill|decree)\b", gap):
            break
        cursor = match.end()
        name = _LEAD_WORDS.sub("", match.group("name").strip())
        name = re.sub(r"^(?:and|or|signed|inked|concluded)\s+", "", name).strip('"“” ')
        if name and name.lower() not in {n.lower() for n in names}:
            names.append(name)
    if not names:
        before = text[:after]
        found = list(_AGREEMENT_PHRASE.finditer(before))
        if found:
            names.append(_LEAD_WORDS.sub("", found[-1].group("name").strip()))
    return names[:6]


_UNDER_WAY = re.compile(r"\b(?:is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?\w+ing\b")


def _not_yet(fact: Fact, published: date | None) -> Fact:
    """An event dated after publication has not happened yet, unless the text says it is under way."""
    if fact.status != "happened" or not fact.date or published is None:
        return fact
    start = fact.date.split("/")[0]
    if start[: len(start)] <= published.isoformat()[: len(start)] or _UNDER_WAY.search(fact.evidence):
        return fact
    return fact.model_copy(update={"status": "planned"})


def _drop_bare_signings(facts: list[Fact]) -> list[Fact]:
    """'The accord was signed ...' repeats a named agreement when the article names one."""
    named = [f for f in facts if f.type == "SIGNED" and not BARE_AGREEMENT.match(f.agreement or "")]
    if not named:
        return facts
    for bare in (f for f in facts if f.type == "SIGNED" and f not in named):
        # The bare mention may be the one that names the signers or the day: keep what it adds.
        twin = next((n for n in named if set(n.countries or []) & set(bare.countries or [])), None)
        if twin is not None:
            twin.parties = twin.parties or bare.parties
            if bare.date and (twin.date is None or bare.evidence in twin.evidence):
                twin.date = bare.date
    return [f for f in facts if f.type != "SIGNED" or f in named]


def extract_facts(views: list[SentenceView], context: FactContext) -> list[Fact]:
    facts: list[Fact] = []
    current_day: str | None = context.published.isoformat() if context.published else None
    for view in views:
        facts += meeting_facts(view, context, current_day)
        visits = visit_facts(view, context, current_day)
        if context.main_visitor is None:
            first = next((f for f in visits if f.status == "happened"), None)
            if first is not None:
                context.main_visitor = next(p.id for p in context.people.persons if p.name == first.person)
        for visit in visits:
            if visit.status == "happened" and visit.date and visit.person:
                context.trip_dates.setdefault(visit.person, visit.date)
        facts += visits
        facts += signing_facts(view, context, current_day)
        # The story's current date moves with each sentence that states a day or a month.
        stated = [
            d.value
            for d in view.dates
            if d.value and len(d.value.split("/")[0]) >= 7 and not _is_since(d, view.sentence.text)
        ]
        if stated and stated[0]:
            current_day = stated[0]
    return merge_facts(_drop_bare_signings([_not_yet(f, context.published) for f in facts]))


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """One MET/CALLED per pair, one VISITED per person and trip, one SIGNED per agreement."""
    kept: list[Fact] = []
    for fact in facts:
        twin = next((k for k in kept if _same_event(k, fact)), None)
        if twin is None:
            kept.append(fact)
        elif twin.status == "planned" and fact.status == "happened":
            kept[kept.index(twin)] = fact
        elif twin.date is None and fact.date is not None:
            twin.date = fact.date
        if (
            twin is not None
            and fact.type == "SIGNED"
            and len(fact.agreement or "") > len(twin.agreement or "")
        ):
            twin.agreement = fact.agreement
            twin.parties = twin.parties or fact.parties
    return kept


def _same_event(a: Fact, b: Fact) -> bool:
    if a.type != b.type:
        return False
    if a.type in ("MET", "CALLED"):
        return sorted(a.persons or []) == sorted(b.persons or [])
    if a.type == "VISITED":
        if a.person != b.person or a.country != b.country:
            return False
        return a.date is None or b.date is None or _overlap(a.date, b.date) or _near(a.date, b.date, 31)
    return _agreement_head(a.agreement) == _agreement_head(b.agreement) and (
        a.date is None or b.date is None or _overlap(a.date, b.date)
    )


def _agreement_head(name: str | None) -> str:
    """'the Comprehensive Strategic Partnership Treaty' and 'the treaty' are one agreement."""
    found = list(AGREEMENT_HEAD.finditer(name or ""))
    head = (found[-1].group(0) if found else (name or "")).lower()
    return re.sub(r"(?:s|es)$", "", head) if not head.endswith("ss") else head


def _near(a: str, b: str, days: int) -> bool:
    """Two dates of one trip: starts within `days` of each other (month precision counts as its 1st)."""
    try:
        first = date.fromisoformat(_day_of(a.split("/")[0]))
        second = date.fromisoformat(_day_of(b.split("/")[0]))
    except ValueError:
        return False
    return abs((first - second).days) <= days


def _day_of(value: str) -> str:
    return value if len(value) == 10 else (value + "-01" if len(value) == 7 else value + "-01-01")


def _overlap(a: str, b: str) -> bool:
    a0, a1 = a.split("/")[0], a.split("/")[-1]
    b0, b1 = b.split("/")[0], b.split("/")[-1]
    return a0[: len(b1)] <= b1 and b0[: len(a1)] <= a1


def visit_end_date(views: list[SentenceView]) -> str | None:
    """The day a visit ended, from a 'returned home Monday' style sentence."""
    for view in views:
        cue = RETURN_CUE.search(view.sentence.text)
        if cue:
            days = [d.value for d in view.dates if as_day(d.value) and d.start > cue.start() - 40]
            if days:
                return days[0]
    return None
