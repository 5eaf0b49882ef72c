"""Encounters told by a noun: "talks between A and B", "A's meeting with B", "a phone call from X"."""

from __future__ import annotations

from ingest.context import FactContext, unique
from ingest.coref import people_at
from ingest.dates import WEEKDAYS
from ingest.encounter_base import Encounter, past_story, subject_side
from ingest.factuality import is_unreal
from ingest.lexicon import (
    ATTENDANCE_CUES,
    CALL_MODIFIERS,
    CALL_NOUNS,
    JOINT_CONFERENCE,
    LIGHT_VERBS,
    MEETING_NOUNS,
    SPEECH_VERBS,
    TRAVEL_VERBS,
)
from ingest.sides import one_group_subject
from ingest.syntax import Parse, governing_verb

# Events held one by one: their participants were not in one room with each other.
_APART = frozenset({"separate", "individual", "respective", "successive", "consecutive"})
_CHAIRMANSHIPS = frozenset(
    {"chairmanship", "co-chairmanship", "chairship", "co-chairship", "chairpersonship"}
)
_POSITIONS = frozenset({"left", "right", "center", "centre", "top", "bottom", "front", "back"})


def noun_encounters(parse: Parse, n: int, lemma: str, context: FactContext) -> list[Encounter]:
    tok = parse.tokens[n]
    mods = parse.child_lemmas(n, "amod", "compound", "nmod")
    call = _is_call_noun(parse, n)
    # "a courtesy call on", "paid calls on the king": a visit to a person is a meeting.
    # "received a farewell call from the outgoing envoy": a leave-taking in person
    courtesy = lemma in ("visit", "call") and (bool({"courtesy", "farewell"} & mods) or _on_someone(parse, n))
    if tok.dep == "compound" and parse.tokens[tok.head].lemma.lower() in MEETING_NOUNS:
        return []  # "the welcome ceremony" is one event, read at its head
    if _purpose_of_trip(parse, n):
        return []  # "who flew in from Beijing for the talks": the talks are told where they are held
    # "X played host to Y": Y was X's guest
    played_host = lemma == "host" and _light_verb_is(parse, n, "play")
    if not call and not played_host:
        captioned = lemma == "visit" and not _has_verb(parse)
        if lemma not in MEETING_NOUNS and not courtesy and not captioned:
            return []
        if lemma == "conference" and not mods & JOINT_CONFERENCE:
            return []
        if lemma == "courtesy":
            return []
        if lemma in ("exchange", "bilateral") and not parse.pobjs(n, "with", "between"):
            return []
        if lemma == "reception" and not parse.pobjs(n, "for", "with"):
            return []
    others: list[int] = []
    between: list[int] = []
    light = _light_verb(parse, n)
    for holder in [n] + ([light] if light is not None else []):
        for prep in parse.children(holder, "prep", "agent"):
            word = parse.tokens[prep].lower_text()
            objs = [p for o in parse.children(prep, "pobj") for p in people_at(parse, o, context)]
            if word == "between":
                between += objs
            elif word == "by" and holder == n and lemma in ("welcome", "farewell", "send-off", "reception"):
                others += objs  # "a warm welcome by the president"
            elif word in ("with", "alongside", "on", "to", "for", "from"):
                if (
                    word in ("on", "to")
                    and not courtesy
                    and not (word == "to" and lemma in ("audience", "host", "farewell"))
                ):
                    continue  # "an audience to the envoy" names the guest
                if word == "for" and lemma not in ("reception", "dinner", "lunch", "luncheon", "banquet"):
                    continue
                if word == "from" and not call:
                    continue
                if not objs and word == "with" and parse.children(prep, "pobj"):
                    objs = _named_after_office(parse, prep)
                others += objs
            elif word == "in" and any(
                parse.tokens[o].lemma.lower() in ("honour", "honor") for o in parse.children(prep, "pobj")
            ):
                # "a banquet in honour of X"
                others += [
                    p
                    for o in parse.children(prep, "pobj")
                    for q in parse.pobjs(o, "of")
                    for p in people_at(parse, q, context)
                ]
    others += _joined_for(parse, n, context)
    # "a dinner hosted by X", "talks chaired by X": the host is a participant too.
    hosted_by = [
        p
        for acl in parse.children(n, "acl")
        if parse.tokens[acl].lemma.lower()
        in ("host", "give", "chair", "co-chair", "offer", "throw", "organise", "organize")
        for o in parse.pobjs(acl, "by")
        for p in people_at(parse, o, context)
    ]
    others += hosted_by
    # "the meeting of the commission was held under the co-chairmanship of A and B": its chairs
    # met each other
    held_by = parse.head(n) if tok.dep == "nsubjpass" else None
    between += [
        p
        for holder in ([n, held_by] if held_by is not None else [n])
        for chair in parse.pobjs(holder, "under")
        if parse.tokens[chair].lemma.lower() in _CHAIRMANSHIPS
        for o in parse.pobjs(chair, "of")
        for p in people_at(parse, o, context)
    ]
    between += _partner_after_comma(parse, between, context)
    actor = [p for o in parse.children(n, "poss") for p in people_at(parse, o, context)]
    told = None if others or between else _told_during(parse, n, context)
    if told is not None:
        actor, others = told
    # "the Moon-Khurelsukh summit", "Lee-Ishiba talks": the names written into the noun.
    named_in = [
        p
        for c in parse.children(n, "compound", "nmod", "amod")
        for p in parse.persons(parse.subtree(c))
        if parse.tokens[c].dep != "prep"
    ]
    actor = unique(actor + named_in)
    held = [a for a in parse.children(n, "amod") if parse.tokens[a].lemma.lower() == "hold"]
    if not actor and held and tok.dep == "appos" and tok.head in parse.person_of:
        # "President X, who left for Y on Tuesday, held official talks with Z": after a long
        # relative clause the parser makes "held talks" an apposition of X
        actor = people_at(parse, tok.head, context)
    involved = _involved(parse, n, actor, context)
    if involved:
        return involved
    clause = light if light is not None else governing_verb(parse, n)
    if not actor and clause is not None and tok.dep not in ("nsubj", "nsubjpass"):
        actor = subject_side(parse, clause, context)
        if light is not None and parse.children(light, "nsubjpass") and parse.pobjs(light, "by"):
            # "He was bid farewell by X": X holds the event, the subject is its guest.
            guests_of = [p for s in parse.children(light, "nsubjpass") for p in people_at(parse, s, context)]
            actor = [p for o in parse.pobjs(light, "by") for p in people_at(parse, o, context)]
            others += [p for p in guests_of if p not in actor]
    if not _has_verb(parse):
        # A caption without a verb: "A, left, and B during a visit to X".
        clause = None
        actor = [p for p in parse.persons(range(len(parse.tokens))) if p not in others]
    others = [p for p in unique(others) if p not in actor]
    everyone: list[int] = list(between)
    hosts, guests = actor, others
    if between and not others:
        # "X was present at the talks between A and B": X meets the side that is not X's own.
        persons = context.people.persons
        hosts, guests = [], []
        extra = [
            Encounter(trigger=n, clause=n, call=call, hosts=[a], guests=[b], basis="syntax")
            for a in actor
            for b in between
            if persons[a].country and persons[b].country and persons[a].country != persons[b].country
        ]
    else:
        extra = []
    if not others and not between and _joins_last_meeting(parse, n, light, actor, context):
        return []  # attendees of the meeting just reported: `events._attendees` pairs them
    if not others and not between and len(actor) >= 2:
        if light is not None and one_group_subject(parse, light):
            return []  # "The delegation held talks on migration": one side, no one it met
        if mods & _APART:
            return []  # "A, B and C presented their credentials in separate ceremonies": never together
        hosts, everyone = [], actor
    if hosts and len(guests) >= 2 and mods & {"trilateral", "tripartite", "quadrilateral", "multilateral"}:
        everyone = unique(hosts + guests)  # "X hosted a trilateral meeting with A and B": all three met
    if not ((hosts and guests) or len(everyone) >= 2):
        return []
    past = past_story(parse, context)
    unreal = is_unreal(parse, n, past) or (light is not None and is_unreal(parse, light, past))
    for e in extra:
        e.unreal = unreal
    return extra + [
        Encounter(
            trigger=n,
            clause=clause if clause is not None else n,
            call=call,
            hosts=hosts,
            guests=guests,
            everyone=everyone,
            unreal=unreal,
        )
    ]


_WHEN_WORDS = frozenset(WEEKDAYS) | {
    "day",
    "evening",
    "morning",
    "night",
    "afternoon",
    "occasion",
    "eve",
    "sideline",
    "sidelines",
    "margin",
    "margins",
}


def _on_someone(parse: Parse, n: int) -> bool:
    """ "a call on the king" visits someone; "a call on Sunday" is only dated."""
    return any(
        parse.tokens[o].lemma.lower() not in _WHEN_WORDS and parse.tokens[o].tag != "CD"
        for o in parse.pobjs(n, "on")
    )


def _is_call_noun(parse: Parse, n: int) -> bool:
    mods = parse.child_lemmas(n, "amod", "compound", "nmod")
    media = {parse.tokens[o].lemma.lower() for o in parse.pobjs(n, "by", "over", "via")}
    lemma = parse.tokens[n].lemma.lower()
    if lemma == "call":
        # "paid calls on the king" is a visit; "a call with", "a call from" is by phone.
        light = parse.head(n)
        paid = light is not None and parse.tokens[light].lemma.lower() == "pay"
        return not {"courtesy", "farewell"} & mods and not paid and not _on_someone(parse, n)
    return lemma in CALL_NOUNS and bool((mods | media) & CALL_MODIFIERS)


def _involved(parse: Parse, n: int, actor: list[int], context: FactContext) -> list[Encounter]:
    """ "The A-B meeting also involved C": C met the participants who are not of C's state."""
    verb = parse.head(n)
    if verb is None or parse.tokens[n].dep != "nsubj" or len(actor) < 2:
        return []
    if parse.tokens[verb].lemma.lower() not in ("involve", "include", "feature"):
        return []
    joined = [p for o in parse.children(verb, "dobj") for p in people_at(parse, o, context)]
    persons = context.people.persons
    unreal = is_unreal(parse, verb)
    return [
        Encounter(trigger=n, clause=verb, call=False, hosts=[a], guests=[j], unreal=unreal)
        for j in joined
        for a in actor
        if a != j and not (persons[a].country and persons[a].country == persons[j].country)
    ]


def _partner_after_comma(parse: Parse, between: list[int], context: FactContext) -> list[int]:
    """ "talks between Prime Minister A, and his Australian counterpart, B": the comma breaks the
    parser's coordination; the partner is the person right after the next "and"."""
    if len(between) != 1:
        return []
    tokens = [t.i for t in parse.tokens if between[0] in parse.people_at.get(t.i, [])]
    if not tokens:
        return []
    after = tokens[0] + 1
    while after in tokens:  # the end of the name's first mention (a later "his" is the same person)
        after += 1
    window = parse.tokens[after : after + 8]
    if len(window) < 2 or not (window[0].text == "," and window[1].lower_text() == "and"):
        return []
    for tok in window[2:]:
        if tok.pos in ("VERB", "AUX"):
            return []
        found = [p for p in parse.people_at.get(tok.i, []) if p != between[0]]
        if found:
            return found[:1]
    return []


def _told_during(parse: Parse, n: int, context: FactContext) -> tuple[list[int], list[int]] | None:
    """ "X told A and B during their courtesy call": the speaker and the people spoken to, not
    whoever "their" stood for in the last sentence."""
    prep = parse.head(n)
    if (
        prep is None
        or parse.tokens[n].dep != "pobj"
        or parse.tokens[prep].lower_text() not in ("during", "at")
    ):
        return None
    if not all(parse.tokens[o].lower_text() in ("their", "the") for o in parse.children(n, "poss", "det")):
        return None
    verb = parse.head(prep)
    if verb is None or parse.tokens[verb].lemma.lower() not in SPEECH_VERBS:
        return None
    speakers = [p for s in parse.subject(verb) for p in people_at(parse, s, context)]
    heard = [p for o in parse.children(verb, "dobj", "dative") for p in people_at(parse, o, context)]
    heard += [p for o in parse.pobjs(verb, "to") for p in people_at(parse, o, context)]
    if not speakers or not heard:
        return None
    return speakers, [p for p in unique(heard) if p not in speakers]


def _joins_last_meeting(
    parse: Parse, n: int, light: int | None, actor: list[int], context: FactContext
) -> bool:
    """ "Prince A and Minister B also attended the ceremony", after a reported meeting: they
    joined that meeting's hosts and guests, they did not meet each other."""
    clause = light if light is not None else governing_verb(parse, n)
    joining = light is not None and parse.tokens[light].lemma.lower() in ("attend", "join")
    # "Present at the meeting were A and B", "A and B took part in the talks".
    present = light is None and clause is not None and parse.tokens[n].dep == "pobj"
    if not (joining or present):
        return False
    hosts, guests = context.last_sides
    if not guests or set(actor) & (set(hosts) | set(guests)):
        return False
    # "attended both ceremonies": the ones just told
    definite = any(
        parse.tokens[d].lower_text() in ("the", "this", "that", "both", "these", "those", "all")
        for d in parse.children(n, "det", "predet")
    )
    being_there = (
        clause is not None and parse.tokens[clause].lemma.lower() == "be"
    )  # "were also at the meeting"
    if present and not being_there and not any(t.lemma.lower() in ATTENDANCE_CUES for t in parse.tokens):
        return False
    # "Attending the meeting from the UAE side were A and B": a side named, still that meeting
    own = [p for p in parse.children(n, "prep") if not _names_a_side(parse, p)]
    return definite and not own


def _names_a_side(parse: Parse, prep: int) -> bool:
    return parse.tokens[prep].lower_text() in ("from", "on") and any(
        parse.tokens[o].lemma.lower() in ("side", "part", "delegation") for o in parse.children(prep, "pobj")
    )


def _has_verb(parse: Parse) -> bool:
    """Captions name people with their place in the photo ("A, left, and B"): not verbs."""
    return any(t.pos in ("VERB", "AUX") and t.text.lower() not in _POSITIONS for t in parse.tokens)


def _light_verb_is(parse: Parse, n: int, lemma: str) -> bool:
    head = parse.head(n)
    return head is not None and parse.tokens[n].dep == "dobj" and parse.tokens[head].lemma.lower() == lemma


def _light_verb(parse: Parse, n: int) -> int | None:
    """'held talks', 'paid a courtesy call': the verb whose object the event noun is."""
    head = parse.head(n)
    if head is None or parse.tokens[n].dep not in ("dobj", "nsubjpass", "attr"):
        return None
    return head if parse.tokens[head].lemma.lower() in LIGHT_VERBS else None


def _joined_for(parse: Parse, n: int, context: FactContext) -> list[int]:
    """ "A joined B for a working lunch": the one joined is at the meal too."""
    prep = parse.head(n)
    if prep is None or parse.tokens[n].dep != "pobj" or parse.tokens[prep].lower_text() != "for":
        return []
    verb = parse.head(prep)
    if verb is None or parse.tokens[verb].lemma.lower() != "join":
        return []
    return [p for o in parse.children(verb, "dobj") for p in people_at(parse, o, context)]


def _purpose_of_trip(parse: Parse, n: int) -> bool:
    prep = parse.head(n)
    if prep is None or parse.tokens[n].dep != "pobj" or parse.tokens[prep].lower_text() != "for":
        return False
    verb = parse.head(prep)
    return (
        verb is not None
        and parse.tokens[verb].lemma.lower() in TRAVEL_VERBS
        and not parse.pobjs(n, "with", "between")
    )


def _named_after_office(parse: Parse, prep: int) -> list[int]:
    """ "held talks with Secretary-General of the Omani Foreign Ministry Sheikh X": the parser
    breaks the holder's name off the office; the first person named after "with" in the clause,
    when only office words stand between."""
    for t in range(prep + 1, len(parse.tokens)):
        found = parse.people_at.get(t, [])
        if found:
            return found[:1]
        tok = parse.tokens[t]
        if tok.text in (",", ";", ".") or tok.pos in ("VERB", "AUX", "PRON"):
            return []
    return []
