"""Companions of a visitor, told in a sentence of their own, made the visitor's trip.

"The minister was accompanied by A and B", "X, who accompanied the minister on the trip", "X, who is
travelling with the prime minister", "Accompanying the President were A; B", "Also in the delegation
is X", "The delegation included A and B": each companion gets the trip's VISITED fact; the envoy
posted in the host country, who "accompanied" the visitor there, made no trip.
"""

from __future__ import annotations

import re

from ingest.context import FactContext, SentenceView, unique
from ingest.factuality import is_unreal
from ingest.lexicon import GROUP_NOUNS, MEETING_NOUNS, TRAVEL_NOUNS, TRAVEL_VERBS
from ingest.name_words import ENVOY_TITLE, PERSON_NOUNS
from ingest.schema import Fact
from ingest.sides import side_state
from ingest.syntax import RELATIVE_WORDS, Parse, subject_persons


def companion_visits(view: SentenceView, context: FactContext, trip: Fact) -> list[Fact]:
    """'The minister was accompanied by A and B' after a trip: A and B made it too."""
    if not view.sentence.tokens:
        return []
    parse = Parse(view.sentence.tokens, view.mentions)
    persons = context.people.persons
    traveller = next((p for p in persons if p.name == trip.person), None)
    companions = _fronted_companions(parse, view, context, trip)
    for tok in parse.tokens:
        lemma = tok.lemma.lower()
        if lemma == "part" and tok.dep == "attr":
            companions += _part_of_the_delegation(parse, tok.i, trip)
            continue
        if lemma not in ("accompany", "include", "comprise", "compose", "travel", "join") or is_unreal(
            parse, tok.i, True
        ):
            continue
        if lemma == "join":
            # "Marcos was joined on the trip by A, B and C": company on the trip, not at a meeting
            on_the_trip = any(parse.tokens[o].lemma.lower() in TRAVEL_NOUNS for o in parse.pobjs(tok.i, "on"))
            # "X arrived in Kyiv by train. He was joined by A and B": right after the arrival, with
            # no meeting in the sentence, the company on the trip
            after_arrival = (
                view.sentence.index - context.last_trip_sentence == 1
                and bool(parse.children(tok.i, "nsubjpass"))
                and not any(t.lemma.lower() in MEETING_NOUNS for t in parse.tokens)
            )
            if on_the_trip or after_arrival:
                companions += _escorts(parse, tok.i, view, context, trip)
        elif lemma == "travel":
            companions += _travelling_with(parse, tok.i, view, context, trip)
        elif lemma != "accompany":
            companions += _delegation_members(parse, tok.i, lemma, trip)
        else:
            companions += _escorts(parse, tok.i, view, context, trip)
    facts: list[Fact] = []
    for companion in unique(companions):
        person = persons[companion]
        if (
            person.name == trip.person
            or posted_there(person.title or "")
            or _named_as_posted(view, companion)
        ):
            continue  # the envoy posted there "accompanied" the visitor but made no trip
        if person.country == trip.country:
            if not person.country_inferred or traveller is None or traveller.country in (None, trip.country):
                continue
            # Told to travel with the visitor: the companion serves the visitor's state, whatever
            # the dateline suggested.
            person.country = traveller.country
        facts.append(
            trip.model_copy(update={"person": person.name, "evidence": view.sentence.text, "basis": "frame"})
        )
    return facts


# "Special Envoy for Climate X", "trade envoy X": a roving envoy travels with the principal.
_ROVING_ENVOY = re.compile(
    r"\b(?:[Ss]pecial|[Tt]rade|[Cc]limate|[Pp]residential)\s+[Ee]nvoy\b|\b[Ee]nvoy\s+(?:for|on)\b"
)


def posted_there(title: str) -> bool:
    """An ambassador, consul or envoy "accompanying" a visitor is the one posted in the host
    country, unless the office is a roving one."""
    return ENVOY_TITLE.search(title) is not None and _ROVING_ENVOY.search(title) is None


# "Ghana's High Commissioner to Nigeria, Mr. X": the office, as written right before the name.
_POSTED_BEFORE = re.compile(
    r"\b(?:[Aa]mbassador|High\s+Commissioner|[Cc]harg[eé]\s+d|[Cc]onsul)[^,.;]{0,40}?\bto\s+[^,.;]{1,40},?\s*"
    r"(?:(?:Mr|Ms|Mrs|Dr|H\.\s?E|Amb)\.?\s+)?$"
)


def named_inside(parse: Parse, noun: int) -> list[int]:
    """ "by Foreign Minister A and Energy Minister B": the parser may nest A inside B's office
    words; every name in the phrase outside its clauses is on the list."""
    stack, names = [noun], []
    while stack:
        t = stack.pop()
        names.append(t)
        stack += [
            c for c in parse.children(t) if parse.tokens[c].dep not in ("relcl", "acl", "advcl", "prep")
        ]
    return parse.persons(sorted(names))


def _named_as_posted(view: SentenceView, person: int) -> bool:
    text = view.sentence.text
    return any(
        _POSTED_BEFORE.search(text[max(0, m.start - 90) : m.start])
        for m in view.mentions
        if m.person == person
    )


def _part_of_the_delegation(parse: Parse, part: int, trip: Fact) -> list[int]:
    """ "Tait is part of his delegation", "X, who is part of the visiting delegation,": a member of
    the traveller's party (not of a side the text says is the hosts')."""
    groups = [g for g in parse.pobjs(part, "of") if parse.tokens[g].lemma.lower() in GROUP_NOUNS]
    verb = parse.head(part)
    if not groups or verb is None or any(side_state(parse, g) == trip.country for g in groups):
        return []
    return subject_persons(parse, verb)


def _delegation_members(parse: Parse, verb: int, lemma: str, trip: Fact) -> list[int]:
    """ "The delegation ... arrived in X. It included A and B." / "The delegation was composed of
    A and B": the delegation's members."""
    subjects = [parse.tokens[s] for s in parse.children(verb, "nsubj", "nsubjpass")]
    if not any(s.lower_text() == "it" or s.lemma.lower() in GROUP_NOUNS for s in subjects):
        return []
    if any(side_state(parse, s.i) == trip.country for s in subjects):
        return []  # "The Pakistani side at the talks included X": the hosts made no trip
    members = parse.children(verb, "dobj") + (parse.pobjs(verb, "of") if lemma == "compose" else [])
    companions = [p for o in members for p in parse.persons_of(o)]
    if lemma == "compose" and not companions:
        # "was composed of the Vice Minister of X, A, who ...": the parser loses the name off the
        # list; it is the person named in the verb's own clause.
        companions = parse.persons(parse.after_in_clause(verb))
    return companions


def _escorts(parse: Parse, verb: int, view: SentenceView, context: FactContext, trip: Fact) -> list[int]:
    """Who "accompanied" the visitor: "accompanied on the visit by X", "X, who is accompanying
    the minister", "Accompanying the Minister was X"."""
    escorted = parse.children(verb, "nsubjpass", "dobj")
    by = [c for c in parse.children(verb) if parse.tokens[c].lower_text() == "by"]
    if by:
        # "accompanied by A and Joint Secretary (Region) B": the parser may make B, after the
        # parenthesis, an object; who is escorted stands before "by"
        escorted = [e for e in escorted if e < by[0]]
    head = parse.head(verb)
    if (
        not escorted
        and parse.tokens[verb].dep in ("advcl", "acl")
        and head is not None
        and parse.tokens[head].lemma.lower() in TRAVEL_VERBS
        and trip.evidence == view.sentence.text
    ):
        # "X arrived in Buenos Aires on Thursday, accompanied by Y": the one who arrived, on the
        # trip this sentence tells ("Accompanied by the Prince, the president inspected ..." is not)
        escorted = parse.subject(head)
    if any(parse.tokens[e].lower_text() in RELATIVE_WORDS for e in escorted):
        # "Tafao, who is accompanied by X, was greeted ...": the one the relative clause is about
        escorted = parse.subject(verb)
    if not _is_the_traveller(parse, escorted, view, context, trip):
        return []  # a host escorting the visitor ("accompanied by the prince") made no trip
    # "accompanied on the visit by X": the parser may hang "by X" on "visit".
    agents = parse.pobjs(verb, "by") or parse.stray_pobjs(verb, "by")
    companions = [p for o in agents for p in parse.persons_of(o) + named_inside(parse, o)]
    if agents:
        companions += _listed_after_by(parse, verb, min(agents))
    companions += subject_persons(parse, verb, context.people.persons)
    # "X, who is accompanying the President along with Fisheries Minister Y,": Y too
    companions += [
        p
        for along in parse.children(verb, "prep")
        if parse.tokens[along].lower_text() in ("along", "together")
        for w in parse.pobjs(along, "with")
        for p in parse.persons_of(w)
    ]
    copula = parse.head(verb) if parse.tokens[verb].dep == "csubj" else None
    if copula is not None:
        # "Accompanying the Minister was the Secretary of X, Y": Y is the companion.
        companions += [p for a in parse.children(copula, "attr", "nsubj") for p in parse.persons_of(a)]
    return companions


def _listed_after_by(parse: Parse, verb: int, first: int) -> list[int]:
    """ "accompanied by Deputy Foreign Minister for Political Affairs A and Foreign Ministry
    spokesman B": after a long office the parser drops B off the list and hangs it on the verb; a
    name in the verb's clause after the first companion is on the list unless a phrase of its own
    ("at the talks with C") holds it."""
    found = []
    for t in parse.after_in_clause(verb):
        if t <= first or t not in parse.person_of:
            continue
        head: int | None = t
        while (
            head is not None
            and head != verb
            and not (parse.tokens[head].dep == "prep" and parse.tokens[head].lower_text() != "by")
        ):
            head = parse.head(head)
        if head == verb:
            found.append(parse.person_of[t])
    return found


def _travelling_with(
    parse: Parse, verb: int, view: SentenceView, context: FactContext, trip: Fact
) -> list[int]:
    """ "X, who is travelling with the prime minister": X made the visitor's trip."""
    principals = parse.pobjs(verb, "with")
    if not principals:
        return []
    subjects = parse.children(verb, "nsubj")
    head = parse.head(verb)
    if not subjects and parse.tokens[verb].dep == "advcl" and head is not None:
        # "Mr X, travelling with Associate Minister Y, arrived in Z": the main clause's subject
        subjects = parse.subject(head)
    if _is_the_traveller(parse, subjects, view, context, trip):
        # "Ms Thorn was travelling with Pacific Minister X": X is the companion; "with a delegation
        # that includes X": the members it names
        found = [p for o in principals for p in parse.persons_of(o)]
        for o in principals:
            if parse.tokens[o].lemma.lower() in GROUP_NOUNS:
                found += [
                    p
                    for c in parse.children(o, "relcl", "acl")
                    if parse.tokens[c].lemma.lower() in ("include", "comprise")
                    for d in parse.children(c, "dobj")
                    for p in parse.persons_of(d)
                ]
        return found
    if not _is_the_traveller(parse, principals, view, context, trip, _OBJECT_PRONOUNS):
        return []
    return subject_persons(parse, verb)


# "He was joined by A" names the traveller as the subject; "A travelled with her" as the object
# ("his host, B, who accompanied him" is the host's doing, not a companion's).
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _is_the_traveller(
    parse: Parse,
    nouns: list[int],
    view: SentenceView,
    context: FactContext,
    trip: Fact,
    pronouns: frozenset[str] = _SUBJECT_PRONOUNS,
) -> bool:
    """Whether the nouns name the visitor of the trip just told: by name, or as "the minister"
    while that trip is the story's latest."""
    persons = context.people.persons
    if trip.person in {persons[p].name for n in nouns for p in parse.persons_of(n)}:
        return True
    if (
        any(parse.tokens[n].lower_text() in pronouns for n in nouns)
        and 0 < view.sentence.index - context.last_trip_sentence <= 2
    ):
        return True  # "She was met at the airport by A. B travelled with her."
    described = any(
        parse.tokens[n].lemma.lower() in PERSON_NOUNS
        and parse.tokens[n].tag in ("NN", "NNP")
        and any(
            parse.tokens[d].lower_text() in ("the", "his", "her") for d in parse.children(n, "det", "poss")
        )
        for n in nouns
    )
    if described:
        # "The governor was accompanied by X" after a delegation's arrival: "the governor" is the
        # host the story named with that office, not the visitor of another one
        words = {parse.tokens[n].lemma.lower() for n in nouns}
        traveller_title = next((p.title or "" for p in persons if p.name == trip.person), "").lower()
        someone_else = any(
            p.name != trip.person and any(w in (p.title or "").lower().split() for w in words)
            for p in persons
        )
        if someone_else and not any(w in traveller_title.split() for w in words):
            return False
    return described and 0 < view.sentence.index - context.last_trip_sentence <= 3


# "Accompanying the President on the visit were A, B and C"; "Also in the delegation is X".
_FRONTED_ESCORT = re.compile(
    r"^(?:Also\s+)?(?:Accompanying|Among\s+(?:those|the\s+(?:members\s+of\s+the\s+)?(?:\w+\s+)?delegation)"
    r"\s+accompanying)\b"
)
_FRONTED_MEMBERSHIP = re.compile(
    r"^(?:Also\s+)?(?:in|on|with)\s+(?:the|his|her)\s+(?:\w+\s+)?(?:delegation|entourage|trip|visit)\s+"
    r"(?:is|are|was|were)\b"
)
_COPULAS = frozenset({"is", "are", "was", "were"})


def _fronted_companions(parse: Parse, view: SentenceView, context: FactContext, trip: Fact) -> list[int]:
    """Companions after a fronted phrase and an inverted copula. The parser often misreads these
    inversions, so the copula splits the sentence: the people after it are the companions."""
    text = view.sentence.text.lstrip()
    escort = _FRONTED_ESCORT.match(text)
    if escort is None and _FRONTED_MEMBERSHIP.match(text) is None:
        return []
    copula = next((t.i for t in parse.tokens if t.lower_text() in _COPULAS), None)
    if copula is None:
        return []
    if escort is not None:
        before = range(0, copula)
        if trip.person not in {context.people.persons[p].name for p in parse.persons(before)} and not (
            0 < view.sentence.index - context.last_trip_sentence <= 3
        ):
            return []
    # "Accompanying X was Y, who also attended the talks with Z": Z is who the clause tells of, no companion.
    end = next(
        (t.i for t in parse.tokens[copula + 1 :] if t.lower_text() in ("who", "whom", "whose", "which")),
        len(parse.tokens),
    )
    return parse.persons(range(copula + 1, end))
