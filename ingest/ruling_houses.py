"""The Gulf's ruling houses: a family name that says which state its bearer serves.

Gulf wires name their princes and ministers by lineage ("Sheikh X bin Y Al Thani") and seldom add
the state: an Emir's story filed from Cairo names him bare, and the home-side guess then gives him
Egypt. The ruling families are general knowledge; their members serve their own state. Only houses
whose name is not a common surname elsewhere are listed ("Al Said" is also an Egyptian family name,
"Al Nuaimi" a tribe across the Gulf).
"""

from __future__ import annotations

import re

from ingest.people import Person

# Family name after "Al" -> the state its house rules.
_HOUSES = {
    "thani": "QAT",
    "sabah": "KWT",
    "nahyan": "ARE",
    "nahayan": "ARE",
    "maktoum": "ARE",
    "qasimi": "ARE",
    "qassimi": "ARE",
    "khalifa": "BHR",
    "saud": "SAU",
}

# "... Al Thani", "... Al-Sabah", "... al Nahyan": the house closes a name of two words or more.
_HOUSE_AT_END = re.compile(r"\s(?:Al|al|AL)[\s-]+(?P<house>[A-Za-z]+)$")


def house_state(name: str | None) -> str | None:
    """The state whose ruling house closes a person's name ("Hamad bin Isa Al Khalifa" -> BHR)."""
    match = _HOUSE_AT_END.search((name or "").strip())
    return _HOUSES.get(match.group("house").lower()) if match else None


def ruling_house_states(persons: list[Person]) -> None:
    """A ruling house in the name outweighs a state guessed from the story around the person (the
    dateline's, a partner's); what the words next to the name state stays. Last, so that no guess made
    from the others' states changes with it."""
    for person in persons:
        code = house_state(person.name)
        if code and (person.country is None or person.country_inferred):
            person.country, person.country_inferred = code, True
