"""Whose companion: "A called on X at the palace, accompanied by Y" — Y travels with A, the caller,
not with X, whom A called on. The phrase after an active verb of calling on or meeting tells of its
subject; X, the one called on, may well serve another state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.mentions import Mention

# Between the caller and the one called on: "A called on Prime Minister", "A, the envoy, paid a
# courtesy call on", "A met with", "A held talks with". One clause: no sentence stop, no second
# clause after "and" or "while".
_CALLS_ON = re.compile(
    r"^[^.;:]{0,80}?\b(?:called\s+on|calls\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)s?\s+(?:on|to)|"
    r"met(?:\s+with)?|meets(?:\s+with)?|held\s+(?:[a-z-]+\s+){0,2}?talks\s+with)\s+[^.;:]{0,60}$"
)
_NEW_CLAUSE = re.compile(r"\b(?:and|while|whereas|but)\b|,\s*(?:who|which)\b")


def companion_leader(text: str, leaders: list[Mention]) -> Mention:
    """The one "accompanied by" follows: the caller when the last person named is whom he called on."""
    last = leaders[-1]
    if len(leaders) < 2:
        return last
    caller = leaders[-2]
    gap = text[caller.end : last.start]
    found = _CALLS_ON.match(gap)
    if found is None or _NEW_CLAUSE.search(gap):
        return last
    return caller
