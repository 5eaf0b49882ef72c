"""MET and CALLED facts of a parsed sentence: its encounters, dated, placed and paired.

Finding the encounters is `ingest/encounters.py`; this module turns them into facts (one per
pair of sides, or every pair of a group of people of different states), dates each from its
own clause; the people an earlier meeting's frame brings in ("In attendance were ...") are
`ingest/attendance.py`'s.
Whether it happened is read from its own clause (`ingest/factuality.py`).
"""

from __future__ import annotations

import re
from itertools import combinations

from ingest.attendance import attendees
from ingest.context import FactContext, SentenceView, event_city, unique
from ingest.coref import (
    main_subject_person,
    resolve_delegation,
    resolve_family_names,
    resolve_office_group,
    resolve_offices_of_states,
    resolve_pronouns,
    resolve_visiting_party,
)
from ingest.dates import interval
from ingest.encounters import Encounter, encounters_at
from ingest.fact_dates import (
    AT_THE_AIRPORT,
    SAME_DAY,
    clause_date,
    forward_if_planned,
    noun_phrase_date,
    ordinal_day,
    trip_date,
)
from ingest.factuality import dated_in_past
from ingest.gatherings import gathering_facts
from ingest.lexicon import MEETING_NOUNS
from ingest.meeting_verbs import multilateral
from ingest.name_words import ENVOY_TITLE
from ingest.people import Person
from ingest.schema import Fact, FactStatus
from ingest.sided_talks import sided_talk_facts
from ingest.sides import assign_side_states, side_members
from ingest.syntax import Parse


def meeting_facts_parsed(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    """MET/CALLED facts of one parsed sentence."""
    parse = Parse(view.sentence.tokens, view.mentions)
    parse.past = dated_in_past(view, context)
    # groups first: "the delegation travelled to Brno, where they met X" - "they" is the delegation
    resolve_delegation(parse, context)
    resolve_family_names(parse, context)
    resolve_visiting_party(parse, context)
    resolve_office_group(parse, view, context)
    resolve_offices_of_states(parse, view, context)
    resolve_pronouns(parse, view, context)
    assign_side_states(parse, context.people.persons)
    encounters = [e for t in range(len(parse.tokens)) for e in encounters_at(parse, t, context)]
    encounters = _drop_nested(encounters)
    facts: list[Fact] = []
    persons = context.people.persons
    for enc in encounters:
        enc = _by_state(_with_attendees(parse, enc, persons), persons, _a_welcome(parse, view, enc))
        # "A, B and C held a trilateral summit": a meeting of more than two sides is every pair,
        # whatever the states the text gives them
        summit = (
            bool(enc.everyone) and len(enc.everyone) <= 5 and (enc.summit or multilateral(parse, enc.clause))
        )
        pairs = _pairs(enc, persons, summit)
        if not pairs:
            continue
        status: FactStatus = "planned" if enc.unreal else "happened"
        when, source = _event_date(parse, view, enc, fallback, context)
        when = forward_if_planned(view, when, status, context.published)
        # "on the second day of his trip" dates the meeting to the story's day, not the whole trip.
        own_date = (
            any(d.value for d in view.dates)
            or ordinal_day(view.sentence.text) is not None
            or SAME_DAY.search(view.sentence.text) is not None  # "the same evening": the day just told
        )
        place = None if enc.call else event_city(view, parse.tokens[enc.trigger].start)
        known = set(context.last_sides[0]) | set(context.last_sides[1])
        # "During the meeting, they reviewed ...": the same people again keep the meeting's sides.
        people = set(enc.hosts + enc.everyone)
        # ... but two who sat on one side of the last meeting and now meet each other are a new one
        one_side = len(people) >= 2 and any(people <= set(side) for side in context.last_sides)
        restated = not enc.guests and people <= known and not one_side
        # "He was received at the airport by X", told after the talks: the talks stay the meeting
        # that "also present at the meeting were ..." goes on
        greeting = AT_THE_AIRPORT.search(view.sentence.text) is not None and bool(context.last_sides[1])
        if (
            not enc.call
            and status == "happened"
            and not restated
            and not greeting
            and not _recalled(when, fallback)
        ):
            context.last_sides = _sides_of(enc, persons, context.travellers)
            context.last_meeting_date = when
            if summit and len(enc.everyone) > 2:
                # "The meeting, chaired by A, was attended by B, C and D. E also took part."
                context.open_gathering = list(enc.everyone)
                context.open_gathering_sentence = view.sentence.index
        for a, b in pairs:
            names = [persons[a].name, persons[b].name]
            date = (
                when
                if own_date or enc.call
                else trip_date(context, names[0], names[1], when, view.sentence.text)
            )
            coref = {a, b} & parse.coreferent
            facts.append(
                Fact(
                    type="CALLED" if enc.call else "MET",
                    persons=names,
                    date=date,
                    trigger=_trigger_words(parse, enc),
                    date_source=source if date == when else "the visitor's trip",
                    place=place.text if place else None,
                    country=place.country if place else None,
                    evidence=view.sentence.text,
                    status=status,
                    basis="coreference" if coref and enc.basis == "syntax" else enc.basis,  # type: ignore[arg-type]
                )
            )
    # An encounter that paired no one ("A was accompanied by B", one side) leaves the attendees to us.
    facts += attendees(parse, view, context, fallback, bool(facts))
    facts += gathering_facts(parse, view, context, fallback, bool(encounters) or bool(facts))
    if not facts and not view.mentions and _unpeopled_meeting(parse):
        # "The fifth round of consultations was held on 30 July": a new meeting whose sides the
        # next sentences list; the last one's sides are closed.
        context.last_sides = ([], [])
        context.side_rosters = {}
        context.last_meeting_date = None
    facts += side_members(parse, view, context, fallback)
    facts += sided_talk_facts(view, context, fallback)
    # Who "they" are next: this sentence's meeting, else its plural subject ("A, B and C took
    # the train. They held talks").
    met = [e for e in encounters if not e.unreal]
    group = unique([p for e in met for p in e.hosts + e.guests + e.everyone])
    if not group:
        root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
        group = [
            p
            for s in (parse.subject(root) if root is not None else [])
            for p in parse.persons(parse.group(s))
        ]
        one_side = root is not None and any(
            parse.tokens[s].lemma.lower() in ("side", "delegation", "team", "entourage")
            for s in parse.subject(root)
        )
        if (
            not group
            and root is not None
            and parse.tokens[root].lemma.lower() in ("include", "comprise")
            and not one_side  # "The Kenyan side included A and B": one side, not "the two sides"
        ):
            # "Leaders at the summit included A, B and C. X hosted them ...": the listed people.
            group = [p for o in parse.children(root, "dobj", "attr") for p in parse.persons(parse.group(o))]
    if len(group) >= 2:
        context.salient_group = group
    # Who "he" or "she" is in the next sentence: this one's main subject, else its first person.
    main = main_subject_person(parse)
    if main is not None and main >= 0:
        context.salient = [main]
    elif view.mentions:
        context.salient = [view.mentions[0].person]
    return facts


def _recalled(when: str | None, story_day: str | None) -> bool:
    """ "... recalled that the premier had hosted him in Tbilisi in May": a meeting months before the
    story's day is background; the talks the story tells stay the meeting later sentences join."""
    then, now = interval(when or ""), interval(story_day or "")
    return then is not None and now is not None and (now[0] - then[1]).days > 31


# Greeting someone on arrival or seeing them off: the visitor's own envoy stands with the hosts.
_WELCOME_LEMMAS = frozenset({"greet", "welcome", "see", "send", "bid"})


def _a_welcome(parse: Parse, view: SentenceView, enc: Encounter) -> bool:
    return (
        parse.tokens[enc.trigger].lemma.lower() in _WELCOME_LEMMAS
        or AT_THE_AIRPORT.search(view.sentence.text) is not None
    )


def _by_state(enc: Encounter, persons: list[Person], welcome: bool) -> Encounter:
    """ "A received B in the presence of C, B's foreign minister D and E": the ones told as present
    sit on the side of the state they serve, once the text has said it (D and a D-state E with B);
    so does B's ambassador at talks, but not at a welcome, where the envoy greets B with the hosts."""
    if not enc.hosts or not enc.guests:
        return enc
    lead_host, lead_guest = persons[enc.hosts[0]].country, persons[enc.guests[0]].country
    if not lead_guest or lead_host == lead_guest:
        return enc
    # only a state the words about the person give: an inferred one may be the guess being corrected
    moved = [
        h
        for h in enc.hosts[1:]
        if persons[h].country == lead_guest
        and not persons[h].country_inferred
        and not (welcome and ENVOY_TITLE.search(persons[h].title or ""))
    ]
    if not moved:
        return enc
    return enc.model_copy(
        update={"hosts": [h for h in enc.hosts if h not in moved], "guests": unique([*enc.guests, *moved])}
    )


def _with_attendees(parse: Parse, enc: Encounter, persons: list[Person]) -> Encounter:
    """ "a working lunch with X, which was also attended by A and B": A and B sat at it, each on
    the side of the state they serve (unknown states join no side)."""
    hosts, guests = list(enc.hosts), list(enc.guests)
    principals = len(enc.everyone) == 2 and not (hosts or guests)
    if principals:
        # "The two leaders chaired talks attended by A and B": two principals of two states are
        # two sides.
        a, b = enc.everyone
        if not (persons[a].country or persons[b].country) or persons[a].country == persons[b].country:
            return enc
        hosts, guests = [a], [b]
    elif enc.everyone or not (hosts and guests):
        return enc
    attend = next(
        (
            t
            for t in parse.tokens[enc.trigger + 1 :]
            # "... which was also attended by", "... and attended by the ministers, among them X"
            if t.lemma.lower() == "attend" and t.dep in ("relcl", "acl", "conj", "dep", "advcl")
        ),
        None,
    )
    if attend is None:
        return enc
    host_states = {persons[p].country for p in hosts} - {None}
    guest_states = {persons[p].country for p in guests} - {None}
    # the whole clause: the parser hangs "..., among them X" apart from the "by" phrase
    for person in parse.persons(sorted(parse.subtree(attend.i))):
        state = persons[person].country
        if state in host_states - guest_states:
            hosts.append(person)
        elif state in guest_states - host_states:
            guests.append(person)
        elif state and not host_states and guest_states:
            hosts.append(person)  # a side whose state the text has not given yet: the other one's
        elif state and not guest_states and host_states:
            guests.append(person)
    hosts, guests = unique(hosts), unique(guests)
    if principals and len(hosts) == len(guests) == 1:
        return enc  # no attendee joined a side: the two stay one group
    update: dict[str, object] = {"hosts": hosts, "guests": guests}
    if principals:
        update["everyone"] = []
    return enc.model_copy(update=update)


def _pairs(
    enc: Encounter, persons: list[Person] | None = None, summit: bool = False
) -> list[tuple[int, int]]:
    pairs = [(a, b) for a in enc.hosts for b in enc.guests if a != b]
    group = unique(enc.everyone)
    for a, b in combinations(group, 2):
        if persons is None or _two_sides(persons[a], persons[b], 2 if summit else len(group)):
            pairs.append((a, b))
    return unique(tuple(sorted(p)) for p in pairs)  # type: ignore[misc]


def _two_sides(a: Person, b: Person, size: int) -> bool:
    """In a group everyone met everyone of the other side: two of one state did not "meet";
    in a crowd (three or more) only people of known, different states are two sides."""
    if a.country and b.country:
        return a.country != b.country
    return size == 2


def _drop_nested(encounters: list[Encounter]) -> list[Encounter]:
    """'held talks' is one encounter through 'held' and 'talks'; keep the one with more people."""
    kept: list[Encounter] = []
    for enc in sorted(encounters, key=lambda e: -len(_pairs(e))):
        if any(k.clause == enc.clause and set(_pairs(enc)) <= set(_pairs(k)) for k in kept):
            continue
        if any(_one_side_of(enc, k) for k in encounters):
            # "A, B and C handed over their credentials during the ceremony": one side of the
            # handing over, not a group that met itself
            continue
        kept.append(enc)
    return sorted(kept, key=lambda e: e.trigger)


def _one_side_of(group: Encounter, other: Encounter) -> bool:
    members = set(group.everyone)
    return (
        not group.hosts
        and len(members) >= 2
        and other.clause == group.clause
        and (members <= set(other.guests) or members <= set(other.hosts))
    )


def _trigger_words(parse: Parse, enc: Encounter) -> str:
    words = [parse.tokens[enc.trigger].text]
    if enc.clause != enc.trigger:
        words.insert(0, parse.tokens[enc.clause].text)
    return " ... ".join(words)


_OPENING_VERBS = frozenset({"hold", "take", "begin", "open", "start", "convene", "get"})


def _unpeopled_meeting(parse: Parse) -> bool:
    """A sentence whose main verb opens a meeting named by a noun ("Talks have begun", "The third
    round of consultations was held in Colombo")."""
    root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
    if root is None or parse.tokens[root].lemma.lower() not in _OPENING_VERBS:
        return False
    for subject in parse.children(root, "nsubj", "nsubjpass"):
        nouns = [subject, *parse.pobjs(subject, "of")]
        if not any(parse.tokens[n].lemma.lower().removesuffix("s") in MEETING_NOUNS for n in nouns):
            continue
        # "the meeting took place at the Presidential Complex" tells more of the meeting just told;
        # "the fourth round of talks was held" and "consultations were held" open a new one
        definite = any(
            parse.tokens[d].lower_text() in ("the", "this", "that") for d in parse.children(subject, "det")
        )
        counted = any(
            parse.tokens[a].tag in ("JJ", "CD") and _ORDINAL.fullmatch(parse.tokens[a].lower_text())
            for a in parse.children(subject, "amod", "nummod")
        )
        return not definite or counted or parse.tokens[subject].lemma.lower() == "round"
    return False


_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th"
)


def _event_date(
    parse: Parse, view: SentenceView, enc: Encounter, fallback: str | None, context: FactContext
) -> tuple[str | None, str]:
    if enc.call and enc.trigger != enc.clause:
        own = noun_phrase_date(parse, view, enc.trigger, fallback)
        if own is not None:
            return own, "its clause"
    return clause_date(parse, view, enc.trigger, enc.clause, fallback, context.published, context.day_stated)


def _sides_of(enc: Encounter, persons: list[Person], travellers: set[str]) -> tuple[list[int], list[int]]:
    """The two sides of an encounter; "A and B co-chaired the commission", one of each of two
    states, are two sides too, so the attendees named next meet the side they do not serve."""
    if enc.guests or len(enc.everyone) != 2:
        return unique(enc.hosts + enc.everyone), unique(enc.guests)
    a, b = enc.everyone
    if persons[a].country and persons[b].country and persons[a].country != persons[b].country:
        return [a], [b]
    # One of them is the visitor the story follows, the other serves a state: visitor and host.
    for visitor, host in ((a, b), (b, a)):
        travelling = persons[visitor].name in travellers and persons[host].name not in travellers
        if travelling and persons[host].country:
            return [host], [visitor]
    if (persons[a].country is None) != (persons[b].country is None):
        # "A and B met", one of a stated state and one of none yet: still two sides
        return [a], [b]
    return unique(enc.hosts + enc.everyone), []
