"""The host of a meeting the sentence places in a city or state: of that place's state.

"The tour began in Kingstown, Saint Vincent and the Grenadines, where the minister met Prime Minister
X", "from Roseau, the capital of Dominica, where he was received by Prime Minister Y", "In Apia on
June 4, A and B held talks with Prime Minister Z", "will leave for Spain, during which he is to meet
King W": who is met, received or hosted in that clause is of the place's state; the travellers who
stand before the verb are not.
"""

from __future__ import annotations

import re

from ingest.mentions import Mention
from ingest.places import Place

# ", where ..." / ", during which ...": a clause told at the place named right before it.
_WHERE = re.compile(r",\s*(?:where|during\s+which)\b")
# What may stand between the place and its "where": "Roseau, the capital of Dominica", "Madrid on
# Monday", "Spain on Tuesday for a state visit" (no verb, no other clause).
_PLACE_TAIL = re.compile(r"[^.;:()]{0,60}")
_TAIL_VERB = re.compile(r"\b(?:is|was|were|are|has|had|have|will|said|says|who|which|and\s+then)\b")
# "In Apia on June 4, ...", "On Monday in Brussels, ...", "At Kigali, ...": a sentence set at a place.
_OPENING = re.compile(
    r"^\s*(?:(?:On|Later\s+on|Earlier\s+on)\s+[^,]{1,30}?\s+)?(?:[Ii]n|[Aa]t)\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?:\s+(?:on|last|this|earlier|later)\s+[\w ]{1,25}?)?\s*,\s*"
)
# What stands before the place: a preposition of place or the comma of "Kingstown, Saint Vincent".
_INTO = re.compile(r"(?:\b(?:in|to|at|for|from|of|visit\w*|reach\w*)\s+(?:the\s+)?|,\s*)$")
# Where the clause ends: another clause of the sentence is another scene.
_CLAUSE_END = re.compile(
    r";|,\s+(?:and|but|while|before|after|whereas)\s+(?:then\s+)?(?:he|she|they|the|[A-Z])|"
    # "received by President A, to whom he conveyed greetings from President B": B is not met there.
    r",\s+(?:(?:to|with|in|at|during)\s+(?:whom|which)|who|whom|whose|which)\b"
)
# A meeting with the person, the person as the one who hosts ("was received by X"), or called on.
_MET = re.compile(
    r"\b(?:met|meet|meets|meeting|talks\s+with|talked\s+with|held\s+[\w\s-]{0,30}?\bwith|"
    r"(?:received|welcomed|greeted|hosted)\s+(?:[\w\s-]{0,60}?\s)?by|call(?:ed|s)?\s+on|"
    r"(?:breakfasted|lunched|dined|conferred)\s+with|audience\s+with)\b"
)
# Who travels with the visitor is no host: "accompanied by X", "joined by Y", "together with Z".
_COMPANY = re.compile(
    r"\b(?:accompanied|joined|escorted|together|along|flanked)\s+(?:\w+\s+){0,2}?(?:by|with)\b[^.;]*$"
)
# "its ambassador to Samoa, X": posted at the place, the sender's.
_POSTED = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Cc]harg[eé]\s+d['’]affaires|[Cc]onsul)"
    r"[^,.;]{0,50}?\b(?:to|in)\s+[^,.;]{1,40},?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$"
)


def _scenes(text: str, places: list[Place]) -> list[tuple[int, int, str]]:
    """(start, end, state) of each clause the sentence places somewhere."""
    found = []
    for where in _WHERE.finditer(text):
        before = [p for p in places if p.end <= where.start() and not p.is_demonym]
        if not before:
            continue
        place = before[-1]
        # "as America's top diplomat, where": a possessive names no place; the place is one gone to.
        if not _INTO.search(text[: place.start]) or re.match(r"['’]s\b", text[place.end :]):
            continue
        gap = text[place.end : where.start()]
        if not _PLACE_TAIL.fullmatch(gap) or _TAIL_VERB.search(gap):
            continue
        end = _CLAUSE_END.search(text, where.end())
        found.append((where.end(), end.start() if end else len(text), place.country))
    opening = _OPENING.match(text)
    if opening:
        named = [
            p for p in places if opening.start("place") <= p.start < opening.end("place") and not p.is_demonym
        ]
        if len(named) == 1:
            end = _CLAUSE_END.search(text, opening.end())
            found.append((opening.end(), end.start() if end else len(text), named[0].country))
    return found


def scene_hosts(
    text: str,
    here: list[Mention],
    places: list[Place],
    countries: dict[int, str | None],
    carried: str | None = None,
) -> tuple[dict[int, str], str | None]:
    """The people met, received or hosted in a clause the sentence places in a state: that state's.

    `countries` are the states known so far of the sentence's people; a clause whose travellers (the
    people before its verb) are of the place's state is a trip home, and gives nobody a state.
    `carried` is the state of the scene the sentence before ended in: a sentence naming no place goes
    on there, one sentence and no further ("... in Namibia, where he was welcomed by A. On Tuesday,
    he was received by President B"). Returns the hosts and the scene the sentence ends in.
    """
    named = [p for p in places if not p.is_demonym]
    scenes = _scenes(text, places)
    if not named and carried:
        stop = _CLAUSE_END.search(text)
        scenes = [(0, stop.start() if stop else len(text), carried)]
    hosts: dict[int, str] = {}
    for start, end, code in scenes:
        inside = [m for m in here if start <= m.start < end]
        verb = _MET.search(text, start, end)
        if verb is None:
            continue
        travellers = {m.person for m in here if m.start < verb.start()}
        if code in {countries.get(p) for p in travellers}:
            continue
        for m in inside:
            if m.start < verb.end() or m.person in travellers or countries.get(m.person):
                continue
            before = text[verb.end() : m.start]
            if _COMPANY.search(before) or _POSTED.search(text[max(0, m.start - 90) : m.start]):
                continue
            # A place named between the verb and the name is another scene ("met X, then flew to
            # Y, where ...") unless it names the same state.
            if any(verb.end() <= p.start < m.start and p.country != code for p in named):
                continue
            hosts.setdefault(m.person, code)
    if not named:
        return hosts, None  # a scene goes on one sentence, no further
    last = max(scenes, key=lambda s: s[1], default=None)
    return hosts, last[2] if last and last[1] == len(text) else None
