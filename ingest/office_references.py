"""Descriptions that name people by what they lead, resolved to people named before.

- "the head of the Kazakh foreign ministry", "the head of Angolan diplomacy": that state's foreign
  minister, when the story has named exactly one.
- "received the heads of delegations" after a meeting of several states: every head named so far
  who serves another state than the dateline's.
"""

from __future__ import annotations

import re

from ingest.countries import country_from_any
from ingest.nlp import Sentence
from ingest.people import Mention, PeopleResult

_MINISTRY_HEAD = re.compile(
    r"\b[Tt]he\s+(?:head|chief)\s+of\s+(?:the\s+)?(?P<adj>[A-Z][\w-]+)\s+"
    r"(?:[Ff]oreign\s+[Mm]inistry|diplomacy|Ministry\s+of\s+Foreign\s+Affairs)\b"
)
_HEADS_OF_DELEGATIONS = re.compile(
    r"\b[Tt]he\s+heads\s+of\s+(?:the\s+)?(?:foreign\s+|visiting\s+|participating\s+)?delegations\b"
    r"(?!\s+of\s+(?:the\s+)?[A-Z])"
)
_FOREIGN_OFFICE = re.compile(r"\bforeign\b|external\s+affairs|\bFM\b", re.IGNORECASE)


def office_mentions(
    sentence: Sentence, people: PeopleResult, mentions: list[Mention], home: str | None
) -> list[Mention]:
    """Mentions for the descriptions of `sentence` that name people said before."""
    found: list[Mention] = []
    seen = [
        p
        for p in people.persons
        if any(m.person == p.id and m.sentence < sentence.index for m in people.mentions)
    ]
    for ref in _MINISTRY_HEAD.finditer(sentence.text):
        state = country_from_any(ref.group("adj"))
        heads = [p.id for p in seen if state and p.country == state and _FOREIGN_OFFICE.search(p.title or "")]
        if len(heads) == 1 and not _covered(ref, mentions):
            found.append(_mention(sentence, ref, heads[0]))
    for ref in _HEADS_OF_DELEGATIONS.finditer(sentence.text):
        if home is None or _covered(ref, mentions):
            continue
        here = {m.person for m in mentions}
        guests = [p.id for p in seen if p.country not in (None, home) and p.id not in here]
        found += [_mention(sentence, ref, p) for p in guests]
    return found


def _covered(ref: re.Match[str], mentions: list[Mention]) -> bool:
    return any(m.start <= ref.start() < m.end for m in mentions)


def _mention(sentence: Sentence, ref: re.Match[str], person: int) -> Mention:
    return Mention(
        sentence=sentence.index, start=ref.start(), end=ref.end(), text=ref.group(0), person=person
    )
