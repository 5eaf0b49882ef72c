"""Encounters in one parsed sentence: a meeting or call trigger and the people on each side.

A trigger is a verb or an event noun from `ingest/lexicon.py`.  Its participants are its
subject and its objects ("with", "between", "on", passive "by"), expanded over conjuncts,
appositions and "the delegation led by X"; people in other clauses (relative, reported, "as",
"whether") and possessors of other nouns are not participants.
"""

from __future__ import annotations

from pydantic import BaseModel

from ingest.context import FactContext, unique
from ingest.coref import people_at
from ingest.factuality import is_unreal
from ingest.lexicon import (
    ATTENDANCE_CUES,
    CALL_MEDIA,
    CALL_MODIFIERS,
    CALL_NOUNS,
    CALL_VERBS,
    COPRESENCE_VERBS,
    DELIVER_VERBS,
    DIRECTED_MEET_VERBS,
    GROUP_NOUNS,
    JOINT_CONFERENCE,
    LIGHT_VERBS,
    MEETING_NOUNS,
    MESSAGE_NOUNS,
    PARTICLE_MEET_VERBS,
    PLACED_TOGETHER_VERBS,
    RECIPROCAL_MEET_VERBS,
    SPEECH_VERBS,
    TOGETHER_OBJECTS,
    TOGETHER_VERBS,
    VISIT_OR_MEET_VERBS,
    WITH_ONLY_MEET_VERBS,
)
from ingest.syntax import Parse, governing_verb

_OTHER_SIDE_PREPS = ("with", "between", "alongside", "and")


class Encounter(BaseModel):
    """One meeting or call found in a sentence: two sides, or one group that all met."""

    trigger: int  # token index
    clause: int  # the verb whose clause dates it
    call: bool
    hosts: list[int]
    guests: list[int]
    everyone: list[int] = []  # "A, B and C met": every pair
    unreal: bool = False
    basis: str = "syntax"


def encounters_at(parse: Parse, i: int, context: FactContext) -> list[Encounter]:
    tok = parse.tokens[i]
    lemma = tok.lemma.lower()
    if tok.pos in ("VERB", "AUX") or tok.tag.startswith("VB"):
        return _verb_encounter(parse, i, lemma, context)
    if tok.pos in ("NOUN", "PROPN"):
        return _noun_encounter(parse, i, lemma, context)
    return []


def _objects(parse: Parse, v: int, context: FactContext, *preps: str) -> list[int]:
    found: list[int] = []
    objects = parse.children(v, "dobj") + parse.pobjs(v, *preps)
    for o in objects:
        found += people_at(parse, o, context)
    if objects:
        # "met with A, the premier of X; B, ...; and C, the king of Y": after a semicolon the
        # parser hangs the last name on the verb; a verbless name conjunct is one more object.
        for c in parse.children(v, "conj"):
            if parse.tokens[c].pos == "PROPN" and not parse.children(c, "nsubj", "dobj", "prep"):
                found += people_at(parse, c, context)
    return unique(found)


def _with_on_medium(parse: Parse, v: int, context: FactContext) -> list[int]:
    """ "had also spoken by phone with X": the parser hangs "with X" on the medium."""
    return [
        p
        for medium in parse.pobjs(v, "by", "over", "via")
        for w in parse.pobjs(medium, "with")
        for p in people_at(parse, w, context)
    ]


def _subjects(parse: Parse, v: int, context: FactContext) -> list[int]:
    found: list[int] = []
    for s in parse.subject(v):
        found += people_at(parse, s, context)
    found += _presence(parse, v, context)
    return unique(found)


def _presence(parse: Parse, v: int, context: FactContext) -> list[int]:
    """'in the presence of B': B is on the subject's side."""
    found: list[int] = []
    for noun in parse.pobjs(v, "in"):
        if parse.tokens[noun].lemma.lower() == "presence":
            for o in parse.pobjs(noun, "of"):
                found += people_at(parse, o, context)
    return found


def _guest_group(parse: Parse, v: int, context: FactContext) -> list[int]:
    """'received the delegation' / 'greeted the guests': the article's visitor."""
    for o in parse.children(v, "dobj", "nsubjpass"):
        if parse.tokens[o].lemma.lower() in GROUP_NOUNS | {"guest", "visitor"} and not people_at(
            parse, o, context
        ):
            return [context.main_visitor] if context.main_visitor is not None else []
    return []


def _verb_encounter(parse: Parse, v: int, lemma: str, context: FactContext) -> list[Encounter]:
    passive = bool(parse.children(v, "nsubjpass", "auxpass"))
    subjects = _subjects(parse, v, context)
    call = False
    if lemma in PARTICLE_MEET_VERBS:
        particle = PARTICLE_MEET_VERBS[lemma]
        objects = _objects(parse, v, context, particle) if particle == "on" else []
        if particle == "off" and "off" in parse.child_lemmas(v, "prt", "advmod", "prep"):
            objects = _objects(parse, v, context) or _guest_group(parse, v, context)
        if lemma == "call" and particle == "on" and parse.children(v, "xcomp", "advcl"):
            objects = []  # "called on X to show restraint": an appeal, not a visit
        if lemma == "call" and not objects and not parse.pobjs(v, "on", "for", "off"):
            call_objects = [p for o in parse.children(v, "dobj") for p in people_at(parse, o, context)]
            if call_objects and not parse.children(v, "oprd", "xcomp", "ccomp"):
                objects, call = call_objects, True
        if not objects:
            return []
    elif lemma in CALL_VERBS:
        objects = _objects(parse, v, context, "with")
        call = True
    elif lemma in RECIPROCAL_MEET_VERBS or lemma in WITH_ONLY_MEET_VERBS or lemma in TOGETHER_VERBS:
        if lemma in WITH_ONLY_MEET_VERBS:
            objects = _objects(parse, v, context, "with", "alongside")
            # "exchanged views with X", "discussed the crisis with X": the phrase may hang on the object.
            objects += [
                p
                for o in parse.children(v, "dobj")
                for w in parse.pobjs(o, "with")
                for p in people_at(parse, w, context)
            ]
            objects += _with_on_medium(parse, v, context)
            objects = [p for p in objects if p not in _dobj_people(parse, v, context)]
        else:
            objects = _objects(parse, v, context, *_OTHER_SIDE_PREPS)
            objects += _with_on_medium(parse, v, context)
            if not objects and parse.pobjs(v, "with"):
                # "met with Ambassador ... of X to the Russian Federation Y": the parser hangs the
                # name on "to" under the verb; the "with" phrase named no one.
                objects = [p for o in parse.pobjs(v, "to") for p in people_at(parse, o, context)]
        media = {
            parse.tokens[t].lemma.lower()
            for o in parse.pobjs(v, "by", "over", "via", "on", "in")
            for t in parse.subtree(o)
            if t == o or parse.tokens[t].dep in ("compound", "amod", "nmod")
        }
        call = bool(media & CALL_MEDIA)
        if lemma in ("speak", "talk", "chat") and not call and not objects:
            return []
        if call and not objects and len(subjects) >= 2:
            # "The two ministers discussed the border by phone": the subjects called each other.
            return [_group(parse, v, context, subjects, call=True)]
    elif lemma in DIRECTED_MEET_VERBS:
        objects = (
            _objects(parse, v, context, "to", "with")
            or _guest_group(parse, v, context)
            or _misparsed_guest(parse, v, context)
        )
        if lemma in ("receive", "accept"):
            credentials = [p for o in parse.children(v, "dobj") for p in _credentials_of(parse, o, context)]
            # "accepted the credentials of X" is a meeting; "accepted X's offer" is not.
            objects = credentials if lemma == "accept" else objects + credentials
        if lemma == "accredit":
            # "accredited the ambassadors of A, X, and of B, Y": every envoy the clause names.
            mine = {p for s in parse.subject(v) for p in people_at(parse, s, context)}
            objects = unique(objects + [p for p in parse.persons(parse.after_in_clause(v)) if p not in mine])
    elif lemma in VISIT_OR_MEET_VERBS:
        objects = [p for o in parse.children(v, "dobj") for p in people_at(parse, o, context)]
        if not objects:
            return []
    elif lemma in DELIVER_VERBS and _message(parse, v):
        # "X handed over a message from Y to Z": X met Z; the sender Y did not.
        recipients = [p for o in parse.pobjs(v, "to") for p in people_at(parse, o, context)]
        if recipients:
            context.last_recipients = recipients
        objects = recipients or list(context.last_recipients)
        subjects = [p for p in subjects if p not in _senders(parse, v, context)]
        if passive:
            agents = [p for o in parse.pobjs(v, "by") for p in people_at(parse, o, context)]
            if not agents:
                return []
            return (
                [
                    Encounter(
                        trigger=v,
                        clause=v,
                        call=False,
                        hosts=agents,
                        guests=objects,
                        unreal=is_unreal(parse, v, _past_story(parse, context)),
                    )
                ]
                if objects
                else []
            )
    elif lemma in ("bring", "gather") and "together" in parse.child_lemmas(v, "advmod", "prt"):
        # "The plenary session brought together A, B and C": everyone it gathered met.
        gathered = [p for o in parse.children(v, "dobj") for p in people_at(parse, o, context)]
        return [_group(parse, v, context, gathered, call=False)] if len(gathered) >= 2 else []
    elif lemma in COPRESENCE_VERBS:
        witnesses = [p for o in parse.pobjs(v, "by") for p in people_at(parse, o, context)] or subjects
        if len(witnesses) < 2:
            return []
        return [_group(parse, v, context, witnesses, call=False)]
    else:
        return []
    between = [p for o in parse.pobjs(v, "between") for p in people_at(parse, o, context)]
    if len(between) >= 2:
        return [_group(parse, v, context, between, call=call)]
    if passive:
        # "B was received by A": the agent is the host.
        agents = [p for o in parse.pobjs(v, "by") for p in people_at(parse, o, context)] or _stray_agents(
            parse, v, context
        )
        guests = [p for s in parse.children(v, "nsubjpass") for p in people_at(parse, s, context)]
        if not guests:
            guests = [p for s in parse.subject(v) for p in people_at(parse, s, context)]
        hosts, guests = agents, guests
    else:
        hosts, guests = subjects, objects
        if not hosts and guests and _listed_elsewhere(parse, v):
            # "Among those who saw off the delegation were A, B and C": the list is the hosts.
            inside = parse.subtree(v)
            hosts = [p for p in parse.persons(range(len(parse.tokens))) if p not in guests]
            hosts = [p for p in hosts if not any(parse.person_of.get(t) == p for t in inside)]
    everyone: list[int] = []
    together = (
        lemma in TOGETHER_VERBS
        or bool({parse.tokens[o].lemma.lower() for o in parse.children(v, "dobj")} & TOGETHER_OBJECTS)
        or (lemma in PLACED_TOGETHER_VERBS and not call and _in_one_place(parse, v))
    )
    if not guests and (lemma in RECIPROCAL_MEET_VERBS or together) and len(hosts) >= 2:
        hosts, everyone = [], hosts
    if not (hosts and guests) and not everyone:
        return []
    return [
        Encounter(
            trigger=v,
            clause=v,
            call=call,
            hosts=hosts,
            guests=guests,
            everyone=everyone,
            unreal=is_unreal(parse, v, _past_story(parse, context)),
        )
    ]


def _group(parse: Parse, v: int, context: FactContext, people: list[int], call: bool) -> Encounter:
    """One group of people who all met (or called): every pair of different sides."""
    unreal = is_unreal(parse, v, _past_story(parse, context))
    return Encounter(trigger=v, clause=v, call=call, hosts=[], guests=[], everyone=people, unreal=unreal)


def _past_story(parse: Parse, context: FactContext) -> bool:
    return parse.past


def _listed_elsewhere(parse: Parse, v: int) -> bool:
    """The verb's subject is a stand-in ("those who", "officials who") for people listed in the
    main clause."""
    subject = parse.subject(v)
    return bool(subject) and all(
        parse.tokens[s].lemma.lower() in ("those", "who", "official", "dignitary", "people", "leader")
        and not parse.persons(parse.group(s))
        for s in subject
    )


def _message(parse: Parse, v: int) -> bool:
    """'handed over a message', 'presented a copy of his credentials'."""
    objects = parse.children(v, "dobj", "nsubjpass")
    objects += [c for o in objects if parse.tokens[o].lemma.lower() == "copy" for c in parse.pobjs(o, "of")]
    return any(parse.tokens[o].lemma.lower() in MESSAGE_NOUNS for o in objects)


def _senders(parse: Parse, v: int, context: FactContext) -> list[int]:
    """'a message from President X': X wrote it, someone else carried it."""
    return [
        p
        for o in parse.children(v, "dobj", "nsubjpass")
        for f in parse.pobjs(o, "from")
        for p in people_at(parse, f, context)
    ]


def _dobj_people(parse: Parse, v: int, context: FactContext) -> list[int]:
    return [p for o in parse.children(v, "dobj") for p in people_at(parse, o, context)]


def _credentials_object(parse: Parse, v: int) -> bool:
    return any(
        parse.tokens[o].lemma.lower() in ("credential", "credentials", "letter", "copy")
        for o in parse.children(v, "dobj")
    )


def _credentials_of(parse: Parse, noun: int, context: FactContext) -> list[int]:
    """'received the credentials of X' / 'the letters of credence from X'."""
    if parse.tokens[noun].lemma.lower() not in ("credential", "credentials", "letter", "copy"):
        return []
    if parse.tokens[noun].lemma.lower() == "copy":
        # "a copy of the credentials of X": the credentials are one level down.
        inner = [o for o in parse.pobjs(noun, "of") if parse.tokens[o].lemma.lower().startswith("credential")]
        if inner:
            noun = inner[0]
    found = [p for o in parse.pobjs(noun, "of", "from") for p in people_at(parse, o, context)]
    if parse.tokens[noun].lemma.lower().startswith("credential"):
        # "the credentials of the ambassadors of A, X; of B, Y; and of C, Z": a list the parser
        # breaks apart; everyone named after "credentials" presented them.
        found += [p for t in range(noun + 1, len(parse.tokens)) for p in parse.people_at.get(t, [])]
    return unique(found)


def _is_call_noun(parse: Parse, n: int) -> bool:
    mods = parse.child_lemmas(n, "amod", "compound", "nmod")
    media = {parse.tokens[o].lemma.lower() for o in parse.pobjs(n, "by", "over", "via")}
    lemma = parse.tokens[n].lemma.lower()
    if lemma == "call":
        # "paid calls on the king" is a visit; "a call with", "a call from" is by phone.
        light = parse.head(n)
        paid = light is not None and parse.tokens[light].lemma.lower() == "pay"
        return "courtesy" not in mods and not paid and not parse.pobjs(n, "on")
    return lemma in CALL_NOUNS and bool((mods | media) & CALL_MODIFIERS)


def _noun_encounter(parse: Parse, n: int, lemma: str, context: FactContext) -> list[Encounter]:
    tok = parse.tokens[n]
    mods = parse.child_lemmas(n, "amod", "compound", "nmod")
    call = _is_call_noun(parse, n)
    # "a courtesy call on", "paid calls on the king": a visit to a person is a meeting.
    courtesy = lemma in ("visit", "call") and ("courtesy" in mods or bool(parse.pobjs(n, "on")))
    if tok.dep == "compound" and parse.tokens[tok.head].lemma.lower() in MEETING_NOUNS:
        return []  # "the welcome ceremony" is one event, read at its head
    if not call:
        captioned = lemma == "visit" and not _has_verb(parse)
        if lemma not in MEETING_NOUNS and not courtesy and not captioned:
            return []
        if lemma == "conference" and not mods & JOINT_CONFERENCE:
            return []
        if lemma == "courtesy":
            return []
        if lemma == "exchange" and not parse.pobjs(n, "with", "between"):
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
                if word in ("on", "to") and not courtesy and not (word == "to" and lemma == "audience"):
                    continue  # "an audience to the envoy" names the guest
                if word == "for" and lemma not in ("reception", "dinner", "lunch", "luncheon", "banquet"):
                    continue
                if word == "from" and not call:
                    continue
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
    involved = _involved(parse, n, actor, context)
    if involved:
        return involved
    clause = light if light is not None else governing_verb(parse, n)
    if not actor and clause is not None and tok.dep not in ("nsubj", "nsubjpass"):
        actor = _subjects(parse, clause, context)
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
        hosts, everyone = [], actor
    if not ((hosts and guests) or len(everyone) >= 2):
        return []
    past = _past_story(parse, context)
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
    definite = any(parse.tokens[d].lower_text() in ("the", "this", "that") for d in parse.children(n, "det"))
    if present and not any(t.lemma.lower() in ATTENDANCE_CUES for t in parse.tokens):
        return False
    return definite and not parse.children(n, "prep")


_POSITIONS = frozenset({"left", "right", "center", "centre", "top", "bottom", "front", "back"})


def _has_verb(parse: Parse) -> bool:
    """Captions name people with their place in the photo ("A, left, and B"): not verbs."""
    return any(t.pos in ("VERB", "AUX") and t.text.lower() not in _POSITIONS for t in parse.tokens)


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


def _in_one_place(parse: Parse, v: int) -> bool:
    """ "discussed the crisis in Cairo" / "at their talks": a named place or a meeting holds the verb."""
    for o in parse.pobjs(v, "in", "at", "during"):
        tok = parse.tokens[o]
        if tok.lemma.lower() in MEETING_NOUNS or (tok.tag == "NNP" and o not in parse.person_of):
            return True
    return False


def _misparsed_guest(parse: Parse, v: int, context: FactContext) -> list[int]:
    """ "received at his office on Wednesday Minister X": with no object, the parser hangs the
    guest on a time or place phrase; the first person named after the verb in its clause is it."""
    if parse.children(v, "dobj", "nsubjpass", "auxpass") or parse.tokens[v].pos != "VERB":
        return []
    subjects = {p for s in parse.subject(v) for p in people_at(parse, s, context)}
    for t in parse.after_in_clause(v):
        found = [p for p in parse.people_at.get(t, []) if p not in subjects]
        if found:
            return found[:1]
    return []


def _stray_agents(parse: Parse, v: int, context: FactContext) -> list[int]:
    """ "was greeted at the station by X": the parser hangs "by X" on the place, not the verb."""
    return unique([p for o in parse.stray_pobjs(v, "by") for p in people_at(parse, o, context)])
