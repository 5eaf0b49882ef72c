"""Companions named anywhere in a story made the trip of the one they accompanied.

`companions.py` reads a companion told right after the trip ("She arrived on Monday. She was
accompanied by X"). Stories also name them before the trip ("X and Y, who accompanied the
President, were present. The President arrived on Saturday"), in an aside far from it ("Y, who
accompanied him, had spent the year shuttling between the capitals") or through a delegation ("He
is accompanied by a delegation that includes X and Y"). Once every trip of the story is known,
each of these companions gets the trip of the person they accompanied.
"""

from __future__ import annotations

import re

from ingest.companions import posted_there
from ingest.context import FactContext, SentenceView, unique
from ingest.coref import people_at
from ingest.factuality import is_unreal
from ingest.lexicon import GROUP_NOUNS
from ingest.schema import Fact
from ingest.syntax import Parse, singular_subject


def escorted_trips(views: list[SentenceView], context: FactContext, facts: list[Fact]) -> list[Fact]:
    """VISITED facts for the companions of travellers, wherever the story names them."""
    persons = context.people.persons
    trips: dict[str, list[Fact]] = {}
    for fact in facts:
        if fact.type == "VISITED" and fact.status == "happened" and fact.person and fact.country:
            trips.setdefault(fact.person, []).append(fact)
    if not trips:
        return []
    visited = {(f.person, f.country) for f in facts if f.type == "VISITED"}
    added: list[Fact] = []
    for view in views:
        if not view.sentence.tokens or "accompan" not in view.sentence.text.lower():
            continue
        parse = Parse(view.sentence.tokens, view.mentions)
        for tok in parse.tokens:
            if tok.lemma.lower() != "accompany" or is_unreal(parse, tok.i, True):
                continue
            principals, companions = _escort(parse, tok.i, context)
            participle = tok.dep in ("acl", "advcl") and not parse.children(tok.i, "nsubjpass")
            # "who accompanied him to Moscow": the trip the clause names, else the principal's first
            named = {p.country for p in view.places if p.start >= tok.start} - {None}
            for principal in principals:
                own = trips.get(persons[principal].name, [])
                # a tour of several states: only the leg the clause names is sure to be shared
                alone = own[0] if len({t.country for t in own}) == 1 else None
                trip = next((t for t in own if t.country in named), alone)
                if trip is None:
                    continue
                for c in companions:
                    if _HOST_BEFORE.search(_words_before(view, c)):
                        continue  # "his host, President X, who accompanied him": the host
                    person = persons[c]
                    if c == principal or (person.name, trip.country) in visited:
                        continue
                    if person.country == trip.country and not person.country_inferred:
                        continue  # a host who accompanied the visitor around made no trip
                    if participle and (not person.country or person.country != persons[principal].country):
                        continue  # "Accompanied by the prince, the president inspected ...": a host
                    if person.title and posted_there(person.title):
                        continue  # the envoy posted there
                    visited.add((person.name, trip.country))
                    added.append(
                        trip.model_copy(
                            update={
                                "person": person.name,
                                "evidence": view.sentence.text,
                                "trigger": tok.text,
                                "basis": "frame",
                            }
                        )
                    )
    return added


_HOST_BEFORE = re.compile(r"\b(?:his|her|their)\s+hosts?\b[^.;]{0,60}$", re.IGNORECASE)


def _words_before(view: SentenceView, person: int) -> str:
    start = next((m.start for m in view.mentions if m.person == person), 0)
    return view.sentence.text[max(0, start - 70) : start]


def _escort(parse: Parse, verb: int, context: FactContext) -> tuple[list[int], list[int]]:
    """(whom, who) an "accompany" verb tells: "A, who accompanied X", "X was accompanied by A",
    "X, accompanied by A, ...", "He is accompanied by a delegation that includes A and B"."""
    tok = parse.tokens[verb]
    head = parse.head(verb)
    if tok.dep == "relcl" and head is not None:
        # "A and B, who is accompanying X on the visit": a singular clause is about B alone
        single = singular_subject(parse, verb)
        escorts = [single] if single is not None else people_at(parse, head, context)
        return _people(parse, parse.children(verb, "dobj"), context), escorts
    agents = parse.pobjs(verb, "by") or parse.stray_pobjs(verb, "by")
    companions = unique(p for o in agents for p in _everyone_in(parse, o))
    if parse.children(verb, "nsubjpass"):
        return _people(parse, parse.children(verb, "nsubjpass"), context), companions
    if tok.dep == "acl" and head is not None:
        return people_at(parse, head, context), companions
    if tok.dep == "advcl" and head is not None:
        return _people(parse, parse.subject(head), context), companions
    return [], []


def _people(parse: Parse, nouns: list[int], context: FactContext) -> list[int]:
    """The people the nouns name; "him"/"her" is the visitor the story follows."""
    found = [p for n in nouns for p in people_at(parse, n, context)]
    if not found and any(parse.tokens[n].pos == "PRON" for n in nouns) and context.main_visitor is not None:
        found = [context.main_visitor]
    return unique(found)


def _everyone_in(parse: Parse, noun: int) -> list[int]:
    """Every person inside the agent's phrase: "Foreign Minister A and Trade Minister B", and a
    group's members ("a delegation that includes A and B"), but not the people a companion's own
    clause names ("A, who held talks with her counterpart B")."""
    if parse.tokens[noun].lemma.lower() in GROUP_NOUNS:
        return parse.persons(sorted(parse.subtree(noun)))
    # "by Deputy Minister for Political Affairs A and spokesman B": the parser may hang B inside
    # A's office phrase; only the companions' own clauses are left out
    clauses = {
        t
        for c in parse.subtree(noun)
        if parse.tokens[c].dep in ("relcl", "acl", "advcl")
        for t in parse.subtree(c)
    }
    return parse.persons(sorted(set(parse.subtree(noun)) - clauses))
