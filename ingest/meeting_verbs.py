"""Encounters told by a verb: "A met B", "B received A", "A and B held talks by phone", "was greeted by X"."""

from __future__ import annotations

import re

from ingest.context import FactContext, SentenceView, unique
from ingest.coref import people_at
from ingest.encounter_base import Encounter, past_story, presence, subject_side
from ingest.factuality import is_unreal
from ingest.lexicon import (
    CALL_MEDIA,
    CALL_VERBS,
    COPRESENCE_VERBS,
    DELIVER_VERBS,
    DIRECTED_MEET_VERBS,
    GROUP_NOUNS,
    MEETING_NOUNS,
    MESSAGE_NOUNS,
    PARTICLE_MEET_VERBS,
    PLACED_TOGETHER_VERBS,
    RECIPROCAL_MEET_VERBS,
    TOGETHER_OBJECTS,
    TOGETHER_VERBS,
    VISIT_OR_MEET_VERBS,
    WITH_ONLY_MEET_VERBS,
)
from ingest.name_words import ENVOY_TITLE, PERSON_NOUNS
from ingest.sides import one_group_subject
from ingest.syntax import RELATIVE_WORDS, Parse

_OTHER_SIDE_PREPS = ("with", "between", "alongside", "and")
# Every lemma a branch of `verb_encounters` reads; a verb of any other lemma tells a meeting only
# through a phone-call object ("got a phone call from X").
_MEETING_VERB_LEMMAS = frozenset(
    {*PARTICLE_MEET_VERBS, *CALL_VERBS, *RECIPROCAL_MEET_VERBS, *WITH_ONLY_MEET_VERBS, *TOGETHER_VERBS}
    | {*DIRECTED_MEET_VERBS, *VISIT_OR_MEET_VERBS, *DELIVER_VERBS, *COPRESENCE_VERBS, "bring", "gather"}
)


def verb_encounters(parse: Parse, v: int, lemma: str, context: FactContext) -> list[Encounter]:
    if lemma not in _MEETING_VERB_LEMMAS and not any(
        _phone_call(parse, o) for o in parse.children(v, "dobj")
    ):
        return []  # most verbs of a sentence tell no meeting: skip reading their subjects
    passive = bool(parse.children(v, "nsubjpass", "auxpass"))
    subjects = subject_side(parse, v, context)
    if lemma != "call" and any(_phone_call(parse, o) for o in parse.children(v, "dobj")):
        # "received a phone call from X": the call noun tells it; when the parser hangs X on the
        # verb as a second object, the verb's subject and that object spoke by phone.
        callers = [
            p
            for o in parse.children(v, "dobj")
            if not _phone_call(parse, o)
            for p in people_at(parse, o, context)
        ]
        return [_encounter(parse, v, context, subjects, callers, call=True)] if callers and subjects else []
    call = False
    if lemma in PARTICLE_MEET_VERBS:
        particle = PARTICLE_MEET_VERBS[lemma]
        objects = _objects(parse, v, context, particle) if particle == "on" else []
        if particle == "off" and "off" in parse.child_lemmas(v, "prt", "advmod", "prep"):
            objects = _objects(parse, v, context) or _guest_group(parse, v, context)
        if (
            lemma == "call"
            and particle == "on"
            and any(
                "to" in parse.child_lemmas(c, "aux") or parse.tokens[c].tag == "VB"
                for c in parse.children(v, "xcomp", "advcl")
            )
        ):
            # "called on X to show restraint": an appeal, not a visit ("called on X at the end of
            # a visit focused on trade" is one)
            objects = []
        if lemma == "call" and not objects and not parse.pobjs(v, "on", "for", "off"):
            call_objects = [p for o in parse.children(v, "dobj") for p in people_at(parse, o, context)]
            if call_objects and not parse.children(v, "oprd", "xcomp", "ccomp"):
                objects, call = call_objects, True
        if not objects:
            return []
    elif lemma in CALL_VERBS:
        objects = _objects(parse, v, context, "with")
        call = True
    elif lemma in TOGETHER_VERBS and passive and (chairs := _chairs_after_by(parse, v)):
        # "The session was co-chaired by minister ... A and her Angolan counterpart B": the parser
        # loses the names in the long offices; every person after "by" chaired it
        return [_group(parse, v, context, chairs, call=False)]
    elif lemma in RECIPROCAL_MEET_VERBS or lemma in WITH_ONLY_MEET_VERBS or lemma in TOGETHER_VERBS:
        if lemma in WITH_ONLY_MEET_VERBS:
            objects = _objects(parse, v, context, "with", "alongside")
            if lemma == "sit":
                # "sat across from X", "sat opposite X": the other side of the table
                across = any(parse.tokens[c].lower_text() == "across" for c in parse.kids[v])
                objects += _objects(parse, v, context, "opposite", *(("from",) if across else ()))
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
        # "discussed the visit by telephone with X": the parser may hang the medium on the object
        holders = [v, *parse.children(v, "dobj")]
        media = {
            parse.tokens[t].lemma.lower()
            for h in holders
            for o in parse.pobjs(h, "by", "over", "via", "on", "in")
            for t in parse.subtree(o)
            if t == o or parse.tokens[t].dep in ("compound", "amod", "nmod")
        }
        call = bool(media & CALL_MEDIA)
        if call and lemma in ("speak", "talk", "chat") and not objects:
            # "spoke to X by phone": on the telephone, "to" names the other end of the line
            objects = _objects(parse, v, context, "to")
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
        if lemma in ("receive", "welcome", "host"):
            objects = unique(objects + _visit_of(parse, v, context))
        if lemma in ("receive", "accept"):
            credentials = [p for o in parse.children(v, "dobj") for p in _credentials_of(parse, o, context)]
            # "accepted the credentials of X" is a meeting; "accepted X's offer" is not.
            objects = credentials if lemma == "accept" else objects + credentials
            if subjects and _message(parse, v):
                # "accepted the credentials of five new ambassadors. Presenting them were A, B and C"
                context.last_recipients = subjects
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
        # "presented her credentials to the Austrian President": someone unnamed, not the last one
        objects = recipients or ([] if parse.pobjs(v, "to") else list(context.last_recipients))
        if not subjects:
            # "Presenting their credentials to the President were A and B": the parser makes the
            # gerund the root and the presenters its attributes
            copulas = [v, *parse.children(v, "aux")]
            subjects = [
                p for c in copulas for a in parse.children(c, "attr") for p in people_at(parse, a, context)
            ]
            be = [a for a in parse.children(v, "aux") if parse.tokens[a].lemma.lower() == "be" and a > v]
            if not subjects and be:
                # "... were Ambassador A of X; Ambassador B of Y": a list the parser hangs anywhere
                subjects = [p for p in parse.persons(range(be[0] + 1, len(parse.tokens))) if p not in objects]
        subjects = [p for p in subjects if p not in _senders(parse, v, context)]
        if passive:
            agents = [p for o in parse.pobjs(v, "by") for p in people_at(parse, o, context)]
            if not agents:
                return []
            return [_encounter(parse, v, context, agents, objects, call=False)] if objects else []
    elif lemma in ("bring", "gather") and "together" in parse.child_lemmas(v, "advmod", "prt"):
        # "The plenary session brought together A, B and C": everyone it gathered met.
        gathered = [p for o in parse.children(v, "dobj") for p in people_at(parse, o, context)]
        # "brought together A, the host, B and C": an apposition breaks the parser's list
        gathered = unique(gathered + parse.persons(parse.after_in_clause(v)))
        gathered = unique(_chairs_before(parse, v) + gathered)
        return [_group(parse, v, context, gathered, call=False)] if len(gathered) >= 2 else []
    elif lemma in COPRESENCE_VERBS:
        witnesses = [p for o in parse.pobjs(v, "by") for p in people_at(parse, o, context)] or subjects
        if len(witnesses) < 2:
            return []
        return [_group(parse, v, context, witnesses, call=False)]
    else:
        return []
    if not passive and objects:
        objects = unique(objects + _met_next(parse, v, context))
    between = [p for o in parse.pobjs(v, "between") for p in people_at(parse, o, context)]
    if len(between) >= 2:
        return [_group(parse, v, context, between, call=call)]
    if passive:
        # "B was received by A": the agent is the host.
        agents = [p for o in parse.pobjs(v, "by") for p in people_at(parse, o, context)] or _stray_agents(
            parse, v, context
        )
        if not agents and parse.pobjs(v, "by"):
            # "was seen off by the Crown Prince and Minister X": the parser makes X an object
            agents = objects
        elif agents:
            # "greeted by A, vice-minister of X, and B, director-general": B hangs on the verb
            agents = unique(agents + _verbless_conjuncts(parse, v, context))
        if lemma in PARTICLE_MEET_VERBS and _a_departing_delegation(parse, v):
            # "It was seen off at the airport by A and B": a delegation leaving home is seen off by
            # its own officials, who meet no one, and by foreign envoys, who do
            persons = context.people.persons
            agents = [p for p in agents if ENVOY_TITLE.search(persons[p].title or "")]
        # "was received by A, in the presence of B": B sat with the host
        agents = unique(agents + (presence(parse, v, context) or _trailing_presence(parse, v, context)))
        guests = [p for s in parse.children(v, "nsubjpass") for p in people_at(parse, s, context)]
        if not guests:
            guests = [p for s in parse.subject(v) for p in people_at(parse, s, context)]
        if not guests and _UPON_ARRIVAL.match(" ".join(t.text for t in parse.tokens[:4])):
            guests = _arriving_guests(parse, v, context, agents)
        hosts, guests = agents, guests
    else:
        hosts, guests = subjects, objects
        if lemma in DELIVER_VERBS:
            hosts, guests = objects, subjects  # the envoy presenting credentials is the guest
        if lemma == "call" and not call:
            hosts, guests = objects, subjects  # "X called on the Prime Minister": X is the guest
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
    if together and passive and not guests:
        # "were co-chaired by A and State Secretary B": everyone named after "by" in the clause.
        by = [b for b in parse.children(v, "agent", "prep") if parse.tokens[b].lower_text() == "by"]
        hosts = unique(
            hosts + [p for b in by for t in parse.after_in_clause(b) for p in parse.people_at.get(t, [])]
        )
    if together and not guests and len(hosts) == 1:
        hosts = unique(hosts + _misparsed_co_subject(parse, v))
    if not guests and (lemma in RECIPROCAL_MEET_VERBS or together) and len(hosts) >= 2:
        hosts, everyone = [], hosts
        if one_group_subject(parse, v):
            return []  # "The delegation held talks on migration": one side, no one it met
    if len(guests) >= 2 and multilateral(parse, v):
        # "A hosted B and C for the three-way talks": the guests met each other too.
        everyone = list(guests)
    summit = (lemma in ("host", "welcome") and _guests_of_a_summit(parse, hosts, guests, context)) or (
        lemma in RECIPROCAL_MEET_VERBS and not call and _states_at_one_table(hosts, guests, context)
    )
    if summit:
        # "X hosted his counterparts A of M, B of G and C of H" in a story of a four-state summit.
        everyone = unique(hosts + guests)
    if not (hosts and guests) and not everyone:
        return []
    found = _encounter(parse, v, context, hosts, guests, call=call, everyone=everyone)
    return [found.model_copy(update={"summit": True}) if summit else found]


def _states_at_one_table(hosts: list[int], guests: list[int], context: FactContext) -> bool:
    """ "The foreign ministers of Spain, France and Italy met with their Portuguese host": each
    subject serves a state of their own, the host another; all of them sat at one table."""
    persons = context.people.persons
    subject_states = [persons[h].country for h in hosts]
    guest_states = {persons[g].country for g in guests}
    return (
        len(hosts) >= 2
        and bool(guests)
        and None not in subject_states
        and None not in guest_states
        and len(set(subject_states)) == len(subject_states)
        and not guest_states & set(subject_states)
    )


def _encounter(
    parse: Parse,
    v: int,
    context: FactContext,
    hosts: list[int],
    guests: list[int],
    call: bool,
    everyone: list[int] | None = None,
) -> Encounter:
    """An encounter told by the verb at v, dated and judged real or not by its own clause."""
    unreal = is_unreal(parse, v, past_story(parse, context))
    return Encounter(
        trigger=v, clause=v, call=call, hosts=hosts, guests=guests, everyone=everyone or [], unreal=unreal
    )


# "Upon arrival at King Khalid Airport, the Syrian President, accompanied by A, was welcomed by B":
# the parser hangs the guest on the airport, not on the verb.
_UPON_ARRIVAL = re.compile(r"^(?:Upon|On)\s+(?:(?:his|her|their)\s+)?arrival\b", re.IGNORECASE)


def _arriving_guests(parse: Parse, v: int, context: FactContext, agents: list[int]) -> list[int]:
    """The first person named before the verb, and whoever accompanied them."""
    before = [t for t in range(v) if parse.person_of.get(t, -1) >= 0]
    escorted = {u for t in range(v) if parse.tokens[t].lemma.lower() == "accompany" for u in parse.subtree(t)}
    principal = [p for t in before if t not in escorted for p in people_at(parse, t, context)][:1]
    escorts = [p for t in before if t in escorted for p in people_at(parse, t, context)]
    return [p for p in unique(principal + escorts) if p not in agents] if principal else []


def _verbless_conjuncts(parse: Parse, v: int, context: FactContext) -> list[int]:
    """Names the parser hung on the verb as conjuncts, though they have no verb of their own."""
    return [
        p
        for c in parse.children(v, "conj")
        if parse.tokens[c].pos == "PROPN" and not parse.children(c, "nsubj", "dobj", "aux")
        for p in people_at(parse, c, context)
    ]


def _met_next(parse: Parse, v: int, context: FactContext) -> list[int]:
    """ "first met A at the centre, followed by B and C": the people the meetings went on with."""
    return [
        p
        for c in parse.children(v, "advcl", "acl")
        if parse.tokens[c].lemma.lower() == "follow" and not parse.children(c, "nsubj", "nsubjpass")
        for o in parse.pobjs(c, "by")
        for p in people_at(parse, o, context)
    ]


def _objects(parse: Parse, v: int, context: FactContext, *preps: str) -> list[int]:
    found: list[int] = []
    objects = parse.children(v, "dobj") + parse.pobjs(v, *preps)
    if not objects and "with" in preps:
        # "co-chaired on Wednesday in Algiers with X": the parser hangs "with" on the place
        objects = [o for o in parse.stray_pobjs(v, "with") if _on_the_setting(parse, o, v)]
    for o in objects:
        found += people_at(parse, o, context)
    if objects:
        # "met with A, the premier of X; B, ...; and C, the king of Y": after a semicolon the
        # parser hangs the last name on the verb; a verbless name conjunct is one more object.
        found += _verbless_conjuncts(parse, v, context)
        # "met President A, her Foreign Minister B and Trade Minister C": after a possessive the
        # parser hangs C on the verb as an adverb and B inside C's name; both are objects
        for c in parse.children(v, "npadvmod"):
            if c > min(objects) and c in parse.person_of:
                found += people_at(parse, c, context)
                found += [p for n in parse.children(c, "nmod") for p in people_at(parse, n, context)]
    return unique(found)


def _on_the_setting(parse: Parse, o: int, v: int) -> bool:
    """Whether the phrase holding `o` hangs on the verb's own place or day ("in Algiers with X")."""
    prep = parse.head(o)
    noun = parse.head(prep) if prep is not None else None
    setting = parse.head(noun) if noun is not None else None
    return (
        setting is not None
        and parse.tokens[setting].lower_text() in ("in", "on", "at")
        and parse.head(setting) == v
    )


def _visit_of(parse: Parse, v: int, context: FactContext) -> list[int]:
    """ "received on Monday the visit of X" / "a visit from X" (Spanish and French usage): the
    guest hangs on the visit noun, not on the verb."""
    return [
        p
        for o in parse.children(v, "dobj")
        if parse.tokens[o].lemma.lower() in ("visit", "call")
        for w in parse.pobjs(o, "of", "from")
        for p in people_at(parse, w, context)
    ]


def _with_on_medium(parse: Parse, v: int, context: FactContext) -> list[int]:
    """ "had also spoken by phone with X": the parser hangs "with X" on the medium."""
    return [
        p
        for medium in parse.pobjs(v, "by", "over", "via")
        for w in parse.pobjs(medium, "with")
        for p in people_at(parse, w, context)
    ]


def _guest_group(parse: Parse, v: int, context: FactContext) -> list[int]:
    """'received the delegation' / 'greeted the guests': the article's visitor."""
    for o in parse.children(v, "dobj", "nsubjpass"):
        if parse.tokens[o].lemma.lower() in GROUP_NOUNS | {"guest", "visitor"} and not people_at(
            parse, o, context
        ):
            return [context.main_visitor] if context.main_visitor is not None else []
    return []


_MULTILATERAL = frozenset(
    {
        "trilateral",
        "three-way",
        "four-way",
        "tripartite",
        "quadrilateral",
        "multilateral",
        "summit",
        "trilogue",
    }
)


def multilateral(parse: Parse, v: int) -> bool:
    """Whether the verb's clause names a meeting of more than two sides."""
    words = {parse.tokens[t].lower_text() for t in parse.clause_tokens(v)}
    return bool(words & _MULTILATERAL) or ("way" in words and bool(words & {"three", "four", "five"}))


_CHAIR_VERBS = frozenset({"chair", "co-chair", "host", "preside", "convene", "open"})


def _chairs_before(parse: Parse, v: int) -> list[int]:
    """ "The summit, chaired by X, brought together A and B" / "Hosted by X, the dinner brought
    together A and B": the chair was at it too.  The parser hangs the chair's name on the nearest
    noun or makes it an apposition of the subject, so every name between the participle and the
    verb is the chair's."""
    subject_words = {t for s in parse.children(v, "nsubj") for t in parse.subtree(s)}
    for c in range(v):
        tok = parse.tokens[c]
        if tok.lemma.lower() not in _CHAIR_VERBS or tok.tag != "VBN":
            continue
        if (tok.dep == "acl" and c in subject_words) or (tok.dep == "advcl" and tok.head == v):
            return parse.persons(range(c + 1, v))
    return []


def _guests_of_a_summit(parse: Parse, hosts: list[int], guests: list[int], context: FactContext) -> bool:
    """Guests of two or more states, none the host's, hosted together in a story of a meeting of
    more than two states; not when the text says each was seen on their own."""
    # "hosted his Latvian, Estonian and Polish counterparts": peers of three states at one table
    peers = any(t.lower_text() == "counterparts" for t in parse.tokens)
    if not (context.group_meeting or peers) or len(guests) < 2 or not hosts:
        return False
    if any(t.lower_text() in _ONE_BY_ONE for t in parse.tokens):
        return False
    persons = context.people.persons
    guest_states = [persons[g].country for g in guests]
    host_states = {persons[h].country for h in hosts} - {None}
    return None not in guest_states and len(set(guest_states)) >= 2 and not set(guest_states) & host_states


_ONE_BY_ONE = frozenset(
    {"separately", "respectively", "individually", "bilateral", "separate", "each", "sidelines", "margins"}
)


def group_meeting_story(views: list[SentenceView]) -> bool:
    """Whether a sentence tells of a meeting of more than two states: a multilateral word with
    three or more states named beside it ("The leaders of A, B, C and D met for a mini-summit")."""
    for view in views:
        if len({p.country for p in view.places}) < 3:
            continue
        # "three-way" as written, and "mini-summit" as its parts
        text = view.sentence.text.lower()
        words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", text)) | set(re.findall(r"[a-z]+", text))
        if words & _MULTILATERAL:
            return True
    return False


def _a_departing_delegation(parse: Parse, v: int) -> bool:
    return any(parse.tokens[s].lower_text() == "it" for s in parse.children(v, "nsubjpass"))


def _trailing_presence(parse: Parse, v: int, context: FactContext) -> list[int]:
    """ "..., where she was received by A, in the presence of B": the parser hangs the presence
    phrase on the main clause's verb; after the reception, it is the reception's."""
    return [
        p
        for t in parse.tokens[v + 1 :]
        if t.lemma.lower() == "presence" and t.dep == "pobj" and parse.tokens[t.head].lower_text() == "in"
        for o in parse.pobjs(t.i, "of")
        for p in people_at(parse, o, context)
    ]


def _chairs_after_by(parse: Parse, v: int) -> list[int]:
    """The people named in the verb's clause after its "by" (at least two), up to a relative clause."""
    by = next((c for c in parse.children(v, "agent") if parse.tokens[c].lower_text() == "by"), None)
    if by is None:
        return []
    inside = [t for t in parse.after_in_clause(v) if t > by]
    stop = next((t for t in inside if parse.tokens[t].lower_text() in RELATIVE_WORDS), None)
    people = unique(parse.persons([t for t in inside if stop is None or t < stop]))
    return people if len(people) >= 2 else []


def _group(parse: Parse, v: int, context: FactContext, people: list[int], call: bool) -> Encounter:
    """One group of people who all met (or called): every pair of different sides."""
    return _encounter(parse, v, context, [], [], call=call, everyone=people)


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
    credence = any(parse.tokens[o].lemma.lower() == "credence" for o in parse.pobjs(noun, "of"))
    if parse.tokens[noun].lemma.lower().startswith("credential") or credence:
        # "the credentials of the ambassadors of A, X; of B, Y; and of C, Z": a list the parser
        # breaks apart; everyone named after "credentials" presented them.
        found += [p for t in range(noun + 1, len(parse.tokens)) for p in parse.people_at.get(t, [])]
    return unique(found)


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
    # "received the AU's facilitator for the Great Lakes, X": an office for object that names no one
    unnamed_office = [
        o
        for o in parse.children(v, "dobj")
        if parse.tokens[o].lemma.lower() in PERSON_NOUNS and not parse.persons(parse.group(o))
    ]
    objects = [o for o in parse.children(v, "dobj", "nsubjpass", "auxpass") if o not in unnamed_office]
    if objects or parse.tokens[v].pos != "VERB":
        return []
    subjects = {p for s in parse.subject(v) for p in people_at(parse, s, context)}
    # "received Angolan President X at the Palacio do Planalto": a "do" read as a verb makes the
    # guest's name a clause of its own
    named_clauses = [
        p
        for c in parse.children(v, "ccomp")
        for n in [c, *parse.children(c, "nsubj")]
        if n in parse.person_of
        for p in people_at(parse, n, context)
        if p not in subjects
    ]
    if named_clauses:
        return named_clauses[:1]
    if parse.tokens[v].dep == "acl":
        # "President His Highness Sheikh A received at the palace today B, President of X": the
        # style makes the verb a modifier of the host's title and the guest the sentence's head
        root = next((t.i for t in parse.tokens if t.dep == "ROOT"), None)
        if root is not None and root > v and root in parse.person_of:
            guests = [p for p in people_at(parse, root, context) if p not in subjects]
            if guests:
                return guests[:1]
    for t in parse.after_in_clause(v):
        found = [p for p in parse.people_at.get(t, []) if p not in subjects]
        if found:
            return found[:1]
    return []


def _stray_agents(parse: Parse, v: int, context: FactContext) -> list[int]:
    """ "was greeted at the station by X": the parser hangs "by X" on the place, not the verb."""
    return unique([p for o in parse.stray_pobjs(v, "by") for p in people_at(parse, o, context)])


def _phone_call(parse: Parse, noun: int) -> bool:
    return parse.tokens[noun].lemma.lower() == "call" and bool(
        parse.child_lemmas(noun, "compound", "amod") & CALL_MEDIA
    )


def _misparsed_co_subject(parse: Parse, v: int) -> list[int]:
    """ "On the sidelines of the visit, A and Turkish Deputy Minister B co-chaired a round": the
    parser hangs A on "visit"; the person right before "and <subject>" is a subject too."""
    found: list[int] = []
    for s in parse.children(v, "nsubj"):
        at = min(parse.subtree(s)) - 1
        # back over the subject's office ("Turkish Deputy Foreign Minister"), which the parser may
        # have attached elsewhere
        while at >= 0 and parse.tokens[at].pos in ("PROPN", "ADJ") and at not in parse.person_of:
            at -= 1
        if at >= 1 and parse.tokens[at].lower_text() == "and":
            person = parse.person_of.get(at - 1)
            if person is not None and person >= 0 and person != parse.person_of.get(s):
                found.append(person)
    return found
