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


def subject_side(parse: Parse, v: int, context: FactContext) -> list[int]:
    found: list[int] = []
    for s in parse.subject(v):
        found += people_at(parse, s, context)
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
