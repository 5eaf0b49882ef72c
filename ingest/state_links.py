"""A person's state from another's: the one they met, the counterpart they were paired with, the
ministry the article names elsewhere with its state.

Runs inside ingest/states.py after the words next to each name were read, on people still without
a state:
- "A met his counterpart B" in a story of two states: B serves the side A does not;
- A met, called or signed with people of one of the story's two states only: A serves the other;
- "Foreign Ministry spokesperson X" where the article also writes "the Chinese Foreign Ministry"
  (or "China's foreign ministry", "the Ministry of Foreign Affairs of China"): X is Chinese.
"""

from __future__ import annotations

import re

from ingest.countries import country_from_demonym, country_from_name
from ingest.mentions import Mention
from ingest.nlp import Sentence
from ingest.people import Person

_BARE_COUNTERPART = re.compile(r"\b(?:his|her|their|its)\s+counterparts?\s*,?\s*$")
# "with" between the two names: "A held talks with his counterpart B" / "A and his counterpart B".
_TALKS = re.compile(r"\b(?:with|and|met|meets|meeting|called|received|hosted|told|to)\b")


def other_side(code: str | None, main: list[str]) -> str | None:
    if code is None or len(main) != 2 or code not in main:
        return None
    return main[1] if code == main[0] else main[0]


def bare_counterparts(text: str, here: list[Mention], people: list[Person], main: list[str]) -> None:
    """'A met his counterpart B' in a story of two states: the two serve different sides."""
    if len(main) != 2:
        return
    for n, m in enumerate(here):
        found = _BARE_COUNTERPART.search(text[: m.start])
        if not found or n == 0:
            continue
        earlier = [o for o in here[:n] if people[o.person] is not people[m.person]]
        if not earlier or not _TALKS.search(text[earlier[0].end : found.start()]):
            continue
        first, second = people[earlier[0].person], people[m.person]
        if second.country is None:
            second.country = other_side(first.country, main)
        elif first.country is None:
            first.country = other_side(second.country, main)


def partners(people: list[Person], pairs: set[tuple[int, int]], main: list[str]) -> None:
    """Who met, called or signed only with one side's people, in a story of two states, is the other side.

    A state decided here is not used to decide another's, so the order of people does not matter.
    """
    if len(main) != 2:
        return
    decided: dict[int, str] = {}
    for person in people:
        if person.country is not None:
            continue
        met = {people[b].country for a, b in pairs if a == person.id} | {
            people[a].country for a, b in pairs if b == person.id
        }
        met.discard(None)
        if len(met) == 1 and (code := other_side(next(iter(met)), main)):
            decided[person.id] = code
    for pid, code in decided.items():
        people[pid].country = code


_MINISTRY_TOPIC = (
    r"foreign(?:\s+affairs)?|external\s+affairs|defen[cs]e|national\s+defen[cs]e|trade|commerce|finance|"
    r"interior|home\s+affairs|justice|economy|energy|health|unification"
)
_STATE = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
# "Foreign Ministry", "Ministry of Foreign Affairs", "Defence Ministry", "Foreign Office" in a title.
_BODY_IN_TITLE = re.compile(
    rf"\b(?:(?P<a>{_MINISTRY_TOPIC})\s+(?:ministry|office)|ministry\s+of\s+(?P<b>{_MINISTRY_TOPIC}))\b",
    re.IGNORECASE,
)


def _topic(words: str) -> str:
    words = " ".join(words.lower().replace("defense", "defence").split())
    return {"foreign affairs": "foreign", "national defence": "defence", "home affairs": "interior"}.get(words, words)


def _body_pattern(topic: str) -> re.Pattern[str]:
    word = {"foreign": r"foreign(?:\s+affairs)?", "defence": r"(?:national\s+)?defen[cs]e"}.get(
        topic, re.escape(topic).replace(r"\ ", r"\s+")
    )
    return re.compile(
        rf"(?P<pre>{_STATE})(?:'s|’s)?\s+(?:{word})\s+(?:ministry|office)\b|"
        rf"(?P<pre2>{_STATE})(?:'s|’s)?\s+ministry\s+of\s+(?:{word})\b|"
        rf"\bministry\s+of\s+(?:{word})\s+of\s+(?:the\s+)?(?P<post>{_STATE})",
        re.IGNORECASE,
    )


def _named_state(words: str) -> str | None:
    """'the Chinese' / "China's" / 'the Democratic People's Republic of Korea' -> ISO3; the last words
    that name a state ("Beijing's Chinese" aside, a run of capitalised words ends with the state)."""
    parts = re.sub(r"(?:'s|’s)$", "", words.strip()).split()
    for n in range(len(parts)):
        tail = " ".join(parts[n:])
        if code := country_from_demonym(tail) or country_from_name(tail):
            return code
    return None


def ministry_states(sentences: list[Sentence], people: list[Person]) -> None:
    """'Foreign Ministry spokesperson X' serves the state whose foreign ministry the article names."""
    for person in people:
        if person.country is not None or not person.title:
            continue
        found = _BODY_IN_TITLE.search(person.title)
        if found is None:
            continue
        pattern = _body_pattern(_topic(found.group("a") or found.group("b")))
        codes = set()
        for sent in sentences:
            for match in pattern.finditer(sent.text):
                words = match.group("pre") or match.group("pre2") or match.group("post") or ""
                if code := _named_state(words):
                    codes.add(code)
        if len(codes) == 1:
            person.country = codes.pop()
