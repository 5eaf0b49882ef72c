"""What both kinds of encounter trigger share: the Encounter found, and the people on the subject's side."""

from __future__ import annotations

from pydantic import BaseModel

from ingest.context import FactContext, unique
from ingest.coref import people_at
from ingest.syntax import Parse


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
    summit: bool = False  # more than two states at one table: every pair of people met


_TIME_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "weekend", "time"})


def subject_side(parse: Parse, v: int, context: FactContext) -> list[int]:
    found: list[int] = []
    subjects = parse.subject(v)
    for s in subjects:
        found += people_at(parse, s, context)
    if not found and any(parse.tokens[s].lemma.lower() in _TIME_NOUNS for s in subjects):
        # "On Tuesday, the second day of his visit, President X held talks": the parser takes
        # the day for the subject; the name right before the verb is the one who held them
        before = parse.person_of.get(v - 1)
        if before is not None and before >= 0:
            found.append(before)
    found += presence(parse, v, context)
    return unique(found)


def presence(parse: Parse, v: int, context: FactContext) -> list[int]:
    """'in the presence of B': B is on the subject's side."""
    found: list[int] = []
    for noun in parse.pobjs(v, "in"):
        if parse.tokens[noun].lemma.lower() == "presence":
            for o in parse.pobjs(noun, "of"):
                found += people_at(parse, o, context)
    return found


def past_story(parse: Parse, context: FactContext) -> bool:
    return parse.past
