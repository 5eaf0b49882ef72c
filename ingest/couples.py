"""A couple referred to as one: "welcomed the Turkish couple", "the presidential couple toured".

Reports of state visits name a leader's spouse once ("accompanied by first lady X") and then speak
of the two together. The couple is a spouse named so far and the partner who shares the family
name; the state, when the reference gives one, picks the couple.
"""

from __future__ import annotations

import re

from ingest.countries import country_from_any
from ingest.nlp import Sentence
from ingest.people import Mention, PeopleResult, Person

COUPLE = re.compile(
    r"\b[Tt]he\s+(?P<adj>[A-Z][\w-]+\s+|presidential\s+|royal\s+|visiting\s+|imperial\s+)?couple\b"
)
_SPOUSE_TITLE = re.compile(r"\b(?:first\s+lady|first\s+gentleman|wife|husband|spouse|consort)\b", re.I)


def couple_mentions(sentence: Sentence, people: PeopleResult, mentions: list[Mention]) -> list[Mention]:
    """Two mentions, spouse and partner, at each couple reference of `sentence`."""
    found: list[Mention] = []
    for ref in COUPLE.finditer(sentence.text):
        if any(m.start <= ref.start() < m.end for m in mentions):
            continue
        adj = (ref.group("adj") or "").strip()
        state = country_from_any(adj) if adj[:1].isupper() else None
        if adj[:1].isupper() and state is None:
            continue
        here = {m.person for m in mentions}
        couples = [
            pair
            for pair in _couples(people, sentence.index)
            if not here & set(pair) and (state is None or state in {people.persons[p].country for p in pair})
        ]
        if len(couples) == 1:
            found += [
                Mention(
                    sentence=sentence.index, start=ref.start(), end=ref.end(), text=ref.group(0), person=p
                )
                for p in couples[0]
            ]
    return found


def _couples(people: PeopleResult, before: int) -> list[tuple[int, int]]:
    seen = {m.person for m in people.mentions if m.sentence <= before}
    named = [p for p in people.persons if p.id in seen]
    pairs = []
    for spouse in named:
        if not _SPOUSE_TITLE.search(spouse.title or ""):
            continue
        partners = [p for p in named if p.id != spouse.id and _same_family(p, spouse)]
        if len(partners) == 1:
            pairs.append((partners[0].id, spouse.id))
    return pairs


def _same_family(a: Person, b: Person) -> bool:
    """ "Ilham Aliyev" and "Mehriban Aliyeva": one family name, also in its feminine form."""
    x, y = a.name.split()[-1].lower(), b.name.split()[-1].lower()
    shorter, longer = sorted((x, y), key=len)
    return len(shorter) >= 3 and longer.startswith(shorter) and len(longer) - len(shorter) <= 1
