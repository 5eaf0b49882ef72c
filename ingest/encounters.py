"""Encounters in one parsed sentence: a meeting or call trigger and the people on each side.

A trigger is a verb or an event noun from `ingest/lexicon.py`.  Its participants are its
subject and its objects ("with", "between", "on", passive "by"), expanded over conjuncts,
appositions and "the delegation led by X"; people in other clauses (relative, reported, "as",
"whether") and possessors of other nouns are not participants.
"""

from __future__ import annotations

import re

from ingest.context import FactContext
from ingest.encounter_base import Encounter
from ingest.lexicon import MEETING_NOUNS
from ingest.meeting_nouns import noun_encounters
from ingest.meeting_verbs import verb_encounters
from ingest.syntax import Parse

__all__ = ["Encounter", "encounters_at"]


def encounters_at(parse: Parse, i: int, context: FactContext) -> list[Encounter]:
    tok = parse.tokens[i]
    lemma = tok.lemma.lower()
    if tok.text.lower().startswith("co-"):
        # "co-chaired", "co-hosted": the tagger has no lemma for the prefixed verb.
        lemma = "co-" + re.sub(r"(?:ed|ing|s)$", "", tok.text.lower()[3:])
    if tok.pos == "PROPN" and lemma.endswith("s") and lemma[:-1] in MEETING_NOUNS:
        lemma = lemma[:-1]  # "held the Foreign Office Consultations": a name's plural keeps its "s"
    if tok.pos in ("VERB", "AUX") or tok.tag.startswith("VB"):
        return verb_encounters(parse, i, lemma, context)
    # "had a bilateral with X": the tagger keeps the adjective's tag on the noun
    if tok.pos in ("NOUN", "PROPN") or (lemma == "bilateral" and tok.dep in ("dobj", "pobj", "nsubj")):
        return noun_encounters(parse, i, lemma, context)
    return []
