"""MET and CALLED facts read from the dependency parse: each trigger's own arguments.

A trigger is a verb or an event noun from `ingest/lexicon.py`.  Its participants are its
subject and its objects ("with", "between", "on", passive "by"), expanded over conjuncts,
appositions and "the delegation led by X"; people in other clauses (relative, reported, "as",
"whether") and possessors of other nouns are not participants.  Whether it happened is read
from its own clause: modals, negation, "plans to", "the planned summit", "ahead of the talks".
"""

from __future__ import annotations

from itertools import combinations

from pydantic import BaseModel

from ingest.context import FactContext, SentenceView, event_city, unique
from ingest.fact_dates import forward_if_planned, ordinal_day, sentence_date, trip_date
from ingest.factuality import dated_in_past, is_unreal
from ingest.lexicon import (
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
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
    RECIPROCAL_MEET_VERBS,
    TOGETHER_OBJECTS,
    TOGETHER_VERBS,
    VISIT_OR_MEET_VERBS,
    WITH_ONLY_MEET_VERBS,
)
from ingest.people import Person
from ingest.schema import Fact, FactStatus
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


def meeting_facts_parsed(view: SentenceView, context: FactContext, fallback: str | None) -> list[Fact]:
    """MET/CALLED facts of one parsed sentence."""
    parse = Parse(view.sentence.tokens, view.mentions)
    parse.past = dated_in_past(view, context)
    _resolve_pronouns(parse, view, context)
    encounters = [e for t in range(len(parse.tokens)) for e in _encounters_at(parse, t, context)]
    encounters = _drop_nested(encounters)
    facts: list[Fact] = []
    persons = context.people.persons
    for enc in encounters:
        pairs = _pairs(enc, persons)
        if not pairs:
            continue
        status: FactStatus = "planned" if enc.unreal else "happened"
        when, source = _event_date(parse, view, enc, fallback)
        when = forward_if_planned(view, when, status, context.published)
        # "on the second day of his trip" dates the meeting to the story's day, not the whole trip.
        own_date = any(d.value for d in view.dates) or ordinal_day(view.sentence.text) is not None
        place = None if enc.call else event_city(view, parse.tokens[enc.trigger].start)
        if not enc.call and status == "happened":
            context.last_sides = (unique(enc.hosts + enc.everyone), unique(enc.guests))
        for a, b in pairs:
            names = [persons[a].name, persons[b].name]
            date = when if own_date or enc.call else trip_date(context, names[0], names[1], when)
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
    facts += _attendees(parse, view, context, fallback, bool(encounters))
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
    if len(group) >= 2:
        context.salient_group = group
    # Who "he" or "she" is in the next sentence: this one's main subject, else its first person.
    main = _main_subject_person(parse)
    if main is not None and main >= 0:
        context.salient = [main]
    elif view.mentions:
        context.salient = [view.mentions[0].person]
    return facts


def _pairs(enc: Encounter, persons: list[Person] | None = None) -> list[tuple[int, int]]:
    pairs = [(a, b) for a in enc.hosts for b in enc.guests if a != b]
    group = unique(enc.everyone)
    for a, b in combinations(group, 2):
        if persons is None or _two_sides(persons[a], persons[b], len(group)):
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
        kept.append(enc)
    return sorted(kept, key=lambda e: e.trigger)


def _resolve_pronouns(parse: Parse, view: SentenceView, context: FactContext) -> None:
    """he/she/his/her -> the sentence's own earlier subject, else the last sentence's subject;
    they/their -> the last encounter's people."""
    for tok in parse.tokens:
        if tok.i in parse.person_of or tok.pos != "PRON":
            continue
        word = tok.text.lower()
        if word in PRONOUNS_SINGULAR:
            target = _antecedent(parse, tok.i, context)
            if target is not None:
                parse.person_of[tok.i] = target
                parse.people_at[tok.i] = [target]
                if target not in parse.named:
                    parse.coreferent.add(target)
        elif word in PRONOUNS_PLURAL:
            # "In their meeting, A and B discussed ...": the sentence's own plural subject first.
            root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
            subject = parse.subject(root) if root is not None else []
            own = [p for s in subject for p in parse.persons(parse.group(s)) if s != tok.i]
            if len(own) >= 2 and tok.dep not in ("nsubj", "nsubjpass"):
                parse.person_of[tok.i] = own[0]
                parse.people_at[tok.i] = own
            elif context.salient_group:
                # Plural pronouns stand for a group: mark the token; _people expands it.
                parse.person_of[tok.i] = -1
                parse.people_at[tok.i] = [-1]


def _antecedent(parse: Parse, i: int, context: FactContext) -> int | None:
    """A subject pronoun ("he met") is the sentence's last earlier subject, else its first person,
    else the last sentence's; an object pronoun ("met with her") is never its own clause's subject
    but the nearest other person named before it."""
    tok = parse.tokens[i]
    earlier = [t for t in parse.tokens[:i] if t.i in parse.person_of and parse.person_of[t.i] >= 0]
    fallback = context.salient[0] if context.salient else None
    if tok.dep in ("nsubj", "nsubjpass", "poss"):
        subjects = [parse.person_of[t.i] for t in earlier if t.dep in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[-1]
        if earlier:
            return parse.person_of[earlier[0].i]
        # "When she emerged from the talks, Rice said ...": a pronoun in a clause before the main
        # one points ahead to the main clause's subject.
        main = _main_subject_person(parse)
        return main if main is not None and _in_fronted_clause(parse, i) else fallback
    verb = parse.head(i)
    while verb is not None and parse.tokens[verb].pos not in ("VERB", "AUX"):
        verb = parse.head(verb)
    own_subject = set()
    if verb is not None:
        own_subject = {p for s in parse.subject(verb) for p in parse.persons(parse.group(s))}
    others = [parse.person_of[t.i] for t in earlier if parse.person_of[t.i] not in own_subject]
    if others:
        return others[-1]
    return fallback if fallback not in own_subject else None


def _main_subject_person(parse: Parse) -> int | None:
    root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
    if root is None:
        return None
    for s in parse.subject(root):
        found = parse.persons(parse.group(s))
        if found:
            return found[0]
    return None


def _in_fronted_clause(parse: Parse, i: int) -> bool:
    """Token i sits in an adverbial clause that comes before its main clause's verb."""
    t: int | None = i
    while t is not None:
        head = parse.head(t)
        if head is None:
            return False
        if parse.tokens[t].dep == "advcl":
            return t < head
        t = head
    return False


def _people(parse: Parse, i: int, context: FactContext) -> list[int]:
    found: list[int] = []
    for t in parse.group(i):
        for person in parse.people_at.get(t, []):
            found += context.salient_group if person == -1 else [person]
    return unique(found)


def _encounters_at(parse: Parse, i: int, context: FactContext) -> list[Encounter]:
    tok = parse.tokens[i]
    lemma = tok.lemma.lower()
    if tok.pos in ("VERB", "AUX") or tok.tag.startswith("VB"):
        return _verb_encounter(parse, i, lemma, context)
    if tok.pos in ("NOUN", "PROPN"):
        return _noun_encounter(parse, i, lemma, context)
    return []


def _objects(parse: Parse, v: int, context: FactContext, *preps: str) -> list[int]:
    found: list[int] = []
    for o in parse.children(v, "dobj") + parse.pobjs(v, *preps):
        found += _people(parse, o, context)
    return unique(found)


def _subjects(parse: Parse, v: int, context: FactContext) -> list[int]:
    found: list[int] = []
    for s in parse.subject(v):
        found += _people(parse, s, context)
    found += _presence(parse, v, context)
    return unique(found)


def _presence(parse: Parse, v: int, context: FactContext) -> list[int]:
    """'in the presence of B': B is on the subject's side."""
    found: list[int] = []
    for noun in parse.pobjs(v, "in"):
        if parse.tokens[noun].lemma.lower() == "presence":
            for o in parse.pobjs(noun, "of"):
                found += _people(parse, o, context)
    return found


def _guest_group(parse: Parse, v: int, context: FactContext) -> list[int]:
    """'received the delegation' / 'greeted the guests': the article's visitor."""
    for o in parse.children(v, "dobj", "nsubjpass"):
        if parse.tokens[o].lemma.lower() in GROUP_NOUNS | {"guest", "visitor"} and not _people(
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
            call_objects = [p for o in parse.children(v, "dobj") for p in _people(parse, o, context)]
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
                for p in _people(parse, w, context)
            ]
            objects = [p for p in objects if p not in _dobj_people(parse, v, context)]
        else:
            objects = _objects(parse, v, context, *_OTHER_SIDE_PREPS)
        media = {
            parse.tokens[t].lemma.lower()
            for o in parse.pobjs(v, "by", "over", "via", "on")
            for t in [o, *parse.children(o, "compound")]
        }
        call = bool(media & CALL_MEDIA)
        if lemma in ("speak", "talk", "chat") and not call and not objects:
            return []
        if call and not objects and len(subjects) >= 2:
            # "The two ministers discussed the border by phone": the subjects called each other.
            return [
                Encounter(
                    trigger=v,
                    clause=v,
                    call=True,
                    hosts=[],
                    guests=[],
                    everyone=subjects,
                    unreal=is_unreal(parse, v, _past_story(parse, context)),
                )
            ]
    elif lemma in DIRECTED_MEET_VERBS:
        objects = _objects(parse, v, context, "to", "with") or _guest_group(parse, v, context)
        if lemma == "receive":
            objects += [p for o in parse.children(v, "dobj") for p in _credentials_of(parse, o, context)]
    elif lemma in VISIT_OR_MEET_VERBS:
        objects = [p for o in parse.children(v, "dobj") for p in _people(parse, o, context)]
        if not objects:
            return []
    elif lemma in DELIVER_VERBS and _message(parse, v):
        # "X handed over a message from Y to Z": X met Z; the sender Y did not.
        recipients = [p for o in parse.pobjs(v, "to") for p in _people(parse, o, context)]
        if recipients:
            context.last_recipients = recipients
        objects = recipients or list(context.last_recipients)
        subjects = [p for p in subjects if p not in _senders(parse, v, context)]
        if passive:
            agents = [p for o in parse.pobjs(v, "by") for p in _people(parse, o, context)]
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
    elif lemma in COPRESENCE_VERBS:
        witnesses = [p for o in parse.pobjs(v, "by") for p in _people(parse, o, context)] or subjects
        if len(witnesses) < 2:
            return []
        return [
            Encounter(
                trigger=v,
                clause=v,
                call=False,
                hosts=[],
                guests=[],
                everyone=witnesses,
                unreal=is_unreal(parse, v, _past_story(parse, context)),
            )
        ]
    else:
        return []
    between = [p for o in parse.pobjs(v, "between") for p in _people(parse, o, context)]
    if len(between) >= 2:
        return [
            Encounter(
                trigger=v,
                clause=v,
                call=call,
                hosts=[],
                guests=[],
                everyone=between,
                unreal=is_unreal(parse, v, _past_story(parse, context)),
            )
        ]
    if passive:
        # "B was received by A": the agent is the host.
        agents = [p for o in parse.pobjs(v, "by") for p in _people(parse, o, context)]
        guests = [p for s in parse.children(v, "nsubjpass") for p in _people(parse, s, context)]
        if not guests:
            guests = [p for s in parse.subject(v) for p in _people(parse, s, context)]
        hosts, guests = agents, guests
    else:
        hosts, guests = subjects, objects
        if not hosts and guests and _listed_elsewhere(parse, v):
            # "Among those who saw off the delegation were A, B and C": the list is the hosts.
            inside = parse.subtree(v)
            hosts = [p for p in parse.persons(range(len(parse.tokens))) if p not in guests]
            hosts = [p for p in hosts if not any(parse.person_of.get(t) == p for t in inside)]
    everyone: list[int] = []
    together = lemma in TOGETHER_VERBS or bool(
        {parse.tokens[o].lemma.lower() for o in parse.children(v, "dobj")} & TOGETHER_OBJECTS
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
    return any(parse.tokens[o].lemma.lower() in MESSAGE_NOUNS for o in parse.children(v, "dobj", "nsubjpass"))


def _senders(parse: Parse, v: int, context: FactContext) -> list[int]:
    """'a message from President X': X wrote it, someone else carried it."""
    return [
        p
        for o in parse.children(v, "dobj", "nsubjpass")
        for f in parse.pobjs(o, "from")
        for p in _people(parse, f, context)
    ]


def _dobj_people(parse: Parse, v: int, context: FactContext) -> list[int]:
    return [p for o in parse.children(v, "dobj") for p in _people(parse, o, context)]


def _credentials_object(parse: Parse, v: int) -> bool:
    return any(
        parse.tokens[o].lemma.lower() in ("credential", "credentials", "letter", "copy")
        for o in parse.children(v, "dobj")
    )


def _credentials_of(parse: Parse, noun: int, context: FactContext) -> list[int]:
    """'received the credentials of X' / 'the letters of credence from X'."""
    if parse.tokens[noun].lemma.lower() not in ("credential", "credentials", "letter", "copy"):
        return []
    return [p for o in parse.pobjs(noun, "of", "from") for p in _people(parse, o, context)]


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
        for prep in parse.children(holder, "prep"):
            word = parse.tokens[prep].lower_text()
            objs = [p for o in parse.children(prep, "pobj") for p in _people(parse, o, context)]
            if word == "between":
                between += objs
            elif word in ("with", "alongside", "on", "to", "for", "from"):
                if word in ("on", "to") and not courtesy:
                    continue
                if word == "for" and lemma not in ("reception", "dinner", "lunch", "luncheon", "banquet"):
                    continue
                if word == "from" and not call:
                    continue
                others += objs
    actor = [p for o in parse.children(n, "poss") for p in _people(parse, o, context)]
    # "the Moon-Khurelsukh summit", "Lee-Ishiba talks": the names written into the noun.
    named_in = [
        p
        for c in parse.children(n, "compound", "nmod", "amod")
        for p in parse.persons(parse.subtree(c))
        if parse.tokens[c].dep != "prep"
    ]
    actor = unique(actor + named_in)
    clause = light if light is not None else governing_verb(parse, n)
    if not actor and clause is not None and tok.dep not in ("nsubj", "nsubjpass"):
        actor = _subjects(parse, clause, context)
        if light is not None and parse.children(light, "nsubjpass"):
            actor = [p for o in parse.pobjs(light, "by") for p in _people(parse, o, context)]
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


def _trigger_words(parse: Parse, enc: Encounter) -> str:
    words = [parse.tokens[enc.trigger].text]
    if enc.clause != enc.trigger:
        words.insert(0, parse.tokens[enc.clause].text)
    return " ... ".join(words)


def _event_date(
    parse: Parse, view: SentenceView, enc: Encounter, fallback: str | None
) -> tuple[str | None, str]:
    """The date stated in the event's own clause; other clauses' dates are not its own."""
    own = parse.clause_tokens(enc.clause) | parse.subtree(enc.trigger)
    starts = {parse.tokens[t].start for t in own}
    ends = {parse.tokens[t].end for t in own}
    mine = [d for d in view.dates if d.start in starts or d.end in ends or _inside(d.start, parse, own)]
    at = parse.tokens[enc.trigger].start
    if mine:
        return sentence_date(view.model_copy(update={"dates": mine}), at, fallback), "its clause"
    if view.dates:
        return sentence_date(view, at, fallback), "its sentence"
    return fallback, "the story so far" if fallback else "none stated"


def _inside(char: int, parse: Parse, own: set[int]) -> bool:
    return any(parse.tokens[t].start <= char < parse.tokens[t].end for t in own)


def _attendees(
    parse: Parse, view: SentenceView, context: FactContext, fallback: str | None, found: bool
) -> list[Fact]:
    """'In attendance were A and B' / 'Also present was C' / 'X was accompanied by Y': people at
    the meeting just reported meet its other side."""
    if found or not context.last_sides[1]:
        return []
    cue = next(
        (
            t
            for t in parse.tokens
            if t.lemma.lower() in ("present", "attendance", "attend", "accompany", "join")
            and not parse.children(t.i, "dobj")
        ),
        None,
    )
    if cue is None or is_unreal(parse, cue.i):
        return []
    hosts, guests = context.last_sides
    principals = set(hosts) | set(guests)
    people = [p for p in parse.persons(range(len(parse.tokens))) if p not in principals]
    if not people:
        return []
    persons = context.people.persons
    principal_side = guests if any(p in guests for p in parse.persons(parse.subject(cue.i))) else hosts
    # A companion meets the side their principal met; someone "present" meets the guests.
    accompanying = cue.lemma.lower() == "accompany"
    others = (hosts if principal_side is guests else guests) if accompanying else guests
    facts = []
    for attendee in people:
        country = persons[attendee].country
        other = others
        if country and all(persons[g].country == country for g in others if persons[g].country):
            other = hosts if other is guests else guests
        for partner in other:
            if partner != attendee:
                facts.append(
                    Fact(
                        type="MET",
                        persons=[persons[partner].name, persons[attendee].name],
                        date=sentence_date(view, cue.start, fallback),
                        evidence=view.sentence.text,
                        basis="frame",  # type: ignore[arg-type]
                        trigger=cue.text,
                        date_source="its sentence" if view.dates else "the story so far",
                    )
                )
    return facts
