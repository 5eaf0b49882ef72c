"""What a name or a title says on its own: is it a person's name, is it the same office.

General knowledge only: kinds of things that get capitalised names in news
(storms, rockets, ships, buildings, bodies), and how one office is written
several ways ("minister of Foreign Affairs" = "Foreign Minister").
"""

from __future__ import annotations

import re

from graph.keys import fold, tokens
from ingest.countries import country_from_any


def _split(words: str) -> list[str]:
    return words.split()


# A name containing one of these words names a thing, not a person.
_THING_WORDS = frozenset(
    _split(
        """
    cyclone hurricane typhoon storm tornado earthquake tsunami flood wildfire
    rocket missile satellite spacecraft spaceship launcher shuttle station cosmodrome spaceport
    ship frigate destroyer carrier submarine cruiser vessel tanker airliner aircraft jet plane train
    palace house tower building centre center stadium arena hotel resort airport port bridge
    square street avenue cathedral mosque museum university college school academy
    ministry department agency office embassy consulate committee commission council assembly
    parliament congress senate court bank fund party union alliance front army navy force forces
    corporation company holdings inc ltd llc plc corp news times daily tass kcna xinhua
    yonhap reuters sputnik network channel radio television tv
    summit forum conference games olympics cup expo festival
    treaty agreement accord pact declaration statement memorandum programme program project initiative
    operation doctrine plan strategy
    """
    )
)
# Well-known rockets, spacecraft and missiles that news names bare, like a surname.
_THING_NAMES = frozenset(
    _split(
        """
    angara soyuz proton vostok voskhod zenit falcon starship ariane vega atlas delta titan
    hwasong taepodong nodong musudan pukguksong chollima malligyong
    sarmat iskander kinzhal zircon avangard burevestnik poseidon bulava topol yars kalibr
    tomahawk patriot himars atacms javelin storm-shadow taurus
    """
    )
)


def not_a_person(name: str) -> str | None:
    """Why this name cannot be a person's ('a storm', 'a place'), or None when it may be one."""
    parts = tokens(name)
    if not parts:
        return "no letters"
    if country_from_any(name):
        return "a country or city"
    if any(p in _THING_WORDS for p in parts):
        return "a thing's name (storm, vehicle, building or body)"
    if len(parts) == 1 and parts[0] in _THING_NAMES:
        return "a rocket, spacecraft or weapon"
    return None


# Writing variants of one office: "minister of foreign affairs" -> "foreign minister".
_OFFICE_FORMS = (
    (re.compile(r"\bminister (?:of|for) foreign affairs\b"), "foreign minister"),
    (re.compile(r"\bforeign affairs minister\b"), "foreign minister"),
    (re.compile(r"\bminister (?:of|for) (?:defen[cs]e)\b"), "defence minister"),
    (re.compile(r"\bdefense minister\b"), "defence minister"),
    (re.compile(r"\bminister (?:of|for) (\w+)\b"), r"\1 minister"),
    (re.compile(r"\btop diplomat\b"), "foreign minister"),
    (re.compile(r"\bchairman\b|\bchairwoman\b|\bchairperson\b"), "chair"),
    (re.compile(r"\bvice[ -]"), "vice "),
)
# Words that make another office of the same head ("Deputy Foreign Minister" is not "Foreign Minister").
_RANKS = frozenset({"deputy", "vice", "first", "assistant", "acting", "former", "state", "under", "junior"})
_FILLER = frozenset({"the", "of", "and", "for", "to", "a", "an"})


def office_words(title: str) -> frozenset[str]:
    """The words that identify an office, written one way, without states, fillers and punctuation."""
    text = fold(title)
    for pattern, repl in _OFFICE_FORMS:
        text = pattern.sub(repl, text)
    words = [w for w in text.split() if w not in _FILLER and not country_from_any(w)]
    return frozenset(words)


def same_office(a: str, b: str) -> bool:
    """'Foreign Minister' = 'minister of Foreign Affairs of the DPRK'; not 'Deputy Foreign Minister'."""
    wa, wb = office_words(a), office_words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    small, large = sorted((wa, wb), key=len)
    # "President" vs "President of the Russian Federation": the longer adds no rank and no other office.
    return small <= large and not ((large - small) & _RANKS) and len(large - small) <= 2


# Offices one state has one holder of at a time: two people who hold two of them at the same
# time are two people, and one-word names holding the same one are one person (graph/resolve.py).
_SOLE_OFFICES = {
    frozenset({"president"}): "president",
    frozenset({"vice", "president"}): "vice president",
    frozenset({"prime", "minister"}): "prime minister",
    frozenset({"premier"}): "prime minister",
    frozenset({"foreign", "minister"}): "foreign minister",
    frozenset({"chancellor"}): "chancellor",
}
# Words that name the state itself in an office ("President of the Republic"), not another office.
_STATE_WORDS = frozenset({"republic", "federation", "federal", "kingdom", "union", "islamic", "democratic",
                          "people", "peoples", "s", "country", "nation"})  # fmt: skip


def sole_office(title: str) -> str | None:
    """'President of the Republic' -> 'president', 'Minister of Foreign Affairs' -> 'foreign minister';
    an office with more holders, or another rank of one ('Deputy Foreign Minister') -> None."""
    return _SOLE_OFFICES.get(office_words(title) - _STATE_WORDS)
