"""Officials of the Holy See: a Cardinal who is "Secretary of State" is no American.

The Holy See's own offices share their names with other states' ("Secretary of State", "Secretary
for Relations with States"), and its officials are named with church styles ("His Eminence Cardinal
X", "Archbishop Y"), which the name finder strips. Runs first in ingest/states.py, before an office
alone decides a state.
"""

from __future__ import annotations

import re

from ingest.mentions import Mention
from ingest.nlp import Sentence
from ingest.people import Person
from ingest.places import find_places

HOLY_SEE = "VAT"
# A style of the Church's hierarchy right before a name ("Cardinal X", "Msgr. Y", "Pope Z").
_CHURCH_STYLE = re.compile(
    r"\b(?:Cardinal|Archbishop|Monsignor|Msgr|Mgr|Pope|His\s+Eminence|His\s+Holiness)\.?\s+$"
)
# Offices of the Holy See's diplomacy and curia; "Secretary" covers "Secretary of State" and
# "Secretary for Relations with States".
_CURIA_OFFICE = re.compile(
    r"\b(?:secretary|nuncio|substitute|prefect|pope|pontiff|relations\s+with\s+states)\b", re.IGNORECASE
)
_NUNCIO = re.compile(r"\b(?:apostolic\s+)?nuncios?\b|\bpope\b", re.IGNORECASE)


def names_holy_see(sentences: list[Sentence]) -> bool:
    """Whether the story is about the Holy See and not also about the United States: then a bare
    "Secretary of State" may be the Holy See's."""
    named = {p.country for s in sentences for p in find_places(s)}
    return HOLY_SEE in named and "USA" not in named


# States whose governments have junior ministers titled "Secretary of State" (general knowledge:
# the Portuguese-, Spanish-, French- and German-speaking cabinets).
_OWN_SECRETARIES_OF_STATE = frozenset(
    {"PRT", "ESP", "FRA", "DEU", "AUT", "BEL", "LUX", "CHE", "AGO", "MOZ", "CPV"}
)


def bare_secretary_is_american(sentences: list[Sentence]) -> bool:
    """A bare "Secretary of State" is the American office, unless the story is the Holy See's or
    about a state with secretaries of state of its own, and does not name the United States."""
    named = {p.country for s in sentences for p in find_places(s)}
    return "USA" in named or not (named & (_OWN_SECRETARIES_OF_STATE | {HOLY_SEE}))


def _named_after(sentences: list[Sentence], mentions: list[Mention], words: re.Pattern[str]) -> set[int]:
    """The people with these words right before one of their names."""
    by_index = {s.index: s.text for s in sentences}
    return {
        m.person
        for m in mentions
        if m.person >= 0 and words.search(by_index.get(m.sentence, "")[: m.start][-50:])
    }


# "the Apostolic Nuncio, Archbishop X": the office, a comma and a style before the name.
_NUNCIO_BEFORE = re.compile(r"\bnuncio\s*,?\s*(?:(?:Archbishop|Monsignor|Msgr|Mgr|Mr|Dr)\.?\s+)?$", re.I)


def holy_see_states(sentences: list[Sentence], mentions: list[Mention], people: list[Person]) -> None:
    """A nuncio, or a cleric holding a curia office ("Cardinal X, Secretary of State"), serves the
    Holy See; so does a cleric with no office read in a story about the Holy See. A cardinal who is
    a city's archbishop, in a story about his country, keeps what the text says of him."""
    styled = _named_after(sentences, mentions, _CHURCH_STYLE)
    nuncios = _named_after(sentences, mentions, _NUNCIO_BEFORE)
    about_holy_see = names_holy_see(sentences)
    for person in people:
        if person.country is not None:
            continue
        nuncio = bool(_NUNCIO.search(person.title or "")) or person.id in nuncios
        curia = bool(_CURIA_OFFICE.search(person.title or "")) or (about_holy_see and not person.title)
        if nuncio or (person.id in styled and curia):
            person.country = HOLY_SEE
