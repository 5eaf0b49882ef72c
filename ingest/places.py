"""Places named in a sentence: countries, capitals and cities, with their ISO3."""

from __future__ import annotations

import re

from pydantic import BaseModel

from ingest.countries import (
    CITIES,
    DEMONYMS,
    country_from_any,
    country_from_city,
    country_from_name,
    fold,
    mention_pattern,
)
from ingest.nlp import Sentence


class Place(BaseModel):
    start: int
    end: int
    text: str
    country: str
    is_city: bool
    is_demonym: bool = False


# "her New Zealand counterpart": a country name used as an adjective names no destination.
_ADJECTIVAL = re.compile(
    r"\s+(?:counterparts?|officials?|government|side|delegation|leaders?|president|minister|ambassador|embassy|"
    r"troops|forces|media|diplomats?|authorities|envoy|premier|prime\s+minister)\b"
)
_AMBIGUOUS_CASE = {"us", "north", "america", "saudi"}


def find_places(sentence: Sentence) -> list[Place]:
    found: list[Place] = []
    text = sentence.text
    for match in mention_pattern().finditer(text):
        surface = match.group(0)
        if not surface[0].isupper():
            continue
        # "the North" means North Korea only in that form.
        the_north = (
            surface == "North"
            and re.search(r"\bthe\s+$", text[: match.start()])
            and not re.match(r"\s+[A-Z]", text[match.end() :])
        )
        if surface.lower() in _AMBIGUOUS_CASE and surface not in ("US", "U.S.") and not the_north:
            continue
        if surface in ("US", "U.S.") and re.match(r"\s*-", text[match.end() :]):
            pass
        code = country_from_any("the north" if surface == "North" else surface)
        if not code:
            continue
        following = text[match.end() :]
        if (
            surface.lower() in CITIES
            and re.match(r"\s+[A-Z][a-z]", following)
            and not country_from_name(surface)
        ):
            continue  # "Shanghai Cooperation Organisation", "Moscow State University"
        adjectival = bool(_ADJECTIVAL.match(following))
        # "Korean" alone names no state.
        found.append(
            Place(
                start=match.start(),
                end=match.end(),
                text=surface,
                country=code,
                is_city=surface.lower() in CITIES,
                is_demonym=adjectival
                or fold(surface) in DEMONYMS
                and not country_from_name(surface)
                and not re.match(r"\s*'s", text[match.end() :]),
            )
        )
    for capital in re.finditer(r"\bthe\s+(?P<adj>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+capital\b", text):
        code = country_from_any(capital.group("adj"))
        if code:
            found.append(
                Place(
                    start=capital.start(),
                    end=capital.end(),
                    text=capital.group(0),
                    country=code,
                    is_city=False,
                )
            )
    for ent in sentence.entities:
        if ent.label in ("GPE", "LOC", "FAC") and not any(p.start <= ent.start < p.end for p in found):
            code = country_from_city(ent.text)
            if code:
                found.append(Place(start=ent.start, end=ent.end, text=ent.text, country=code, is_city=True))
    found.sort(key=lambda p: p.start)
    return found
