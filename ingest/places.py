"""Places named in a sentence: countries, capitals and cities, with their ISO3."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from pydantic import BaseModel

from ingest.countries import (
    capital_of,
    cities,
    country_from_any,
    country_from_city,
    country_from_geonames,
    country_from_name,
    demonyms,
    fold,
    geonames_states,
    iter_place_names,
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
# "since the new government in Kabul took office": a city after a word for those who rule names the
# regime, not where anything happened or where anyone went.
_REGIME_IN = re.compile(
    r"\b(?:government|authorities|regime|administration|leadership|rulers|junta)\s+in\s+$", re.IGNORECASE
)


def names_a_regime(text: str, place: Place) -> bool:
    return _REGIME_IN.search(text[max(0, place.start - 40) : place.start]) is not None


def find_places(sentence: Sentence) -> list[Place]:
    """Countries, demonyms and cities named in the sentence, in order (cached per sentence)."""
    entities = tuple(
        _joined_by_particles(sentence.text, [(e.start, e.end, e.label, e.text) for e in sentence.entities])
    )
    return [p.model_copy() for p in _find_places(sentence.text, entities)]


# "the Palais du Luxembourg", "Palacio de la Moneda", "Hôtel de Brienne": a venue named after a
# place is no visit to that place.
_VENUE_OF = re.compile(
    r"\b(?:Palais|Palacio|Palazzo|Palácio|Jardin|Jardins|Musée|Museo|Hôtel|Hotel|Place|Plaza|Praça|Gare|Rue|"
    r"Avenue|Avenida|Pont|Quai|Château|Castillo|Casa|Villa|Teatro|Théâtre)\s+(?:du|de\s+la|de|des|della|del|do|da|of)?\s*$"
)
# Name particles that join a town's name ("Colonia del Sacramento").
_PARTICLES = r"(?:de|del|da|do|dos|das|di)"
_PARTICLE_GAP = re.compile(rf"\s+(?:{_PARTICLES}|de\s+la)\s+")


def _joined_by_particles(
    text: str, entities: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """ "Colonia del Sacramento", "Santiago de Compostela": two place spans the recogniser split at a
    name particle are one town."""
    joined: list[tuple[int, int, str, str]] = []
    for ent in entities:
        if (
            joined
            and ent[2] in ("GPE", "LOC")
            and joined[-1][2] in ("GPE", "LOC")
            and _PARTICLE_GAP.fullmatch(text[joined[-1][1] : ent[0]])
            # "Santiago de Chile" stays a city and its state; only a town known whole is joined
            and geonames_states(text[joined[-1][0] : ent[1]])
        ):
            start = joined[-1][0]
            joined[-1] = (start, ent[1], "GPE", text[start : ent[1]])
        else:
            joined.append(ent)
    return joined


@lru_cache(maxsize=4096)
def _find_places(text: str, entities: tuple[tuple[int, int, str, str], ...]) -> tuple[Place, ...]:
    found: list[Place] = []
    for start, end, surface in iter_place_names(text):
        # "the North" means North Korea only in that form.
        the_north = (
            surface == "North"
            and re.search(r"\bthe\s+$", text[:start])
            and not re.match(r"\s+[A-Z]", text[end:])
        )
        if surface.lower() in _AMBIGUOUS_CASE and surface not in ("US", "U.S.") and not the_north:
            continue
        code = country_from_any("the north" if surface == "North" else surface)
        if not code or _VENUE_OF.search(text[max(0, start - 30) : start]):
            continue
        following = text[end:]
        if re.match(r"\s+(?:Sea|Ocean|Strait|Straits)\b", following):
            continue  # "the South China Sea", "the Taiwan Strait": waters, not the state
        if (
            fold(surface) in cities()
            and re.match(r"\s+[A-Z][a-z]", following)
            and not country_from_name(surface)
        ):
            continue  # "Shanghai Cooperation Organisation", "Moscow State University"
        adjectival = bool(_ADJECTIVAL.match(following))
        # "Korean" alone names no state.
        found.append(
            Place(
                start=start,
                end=end,
                text=surface,
                country=code,
                is_city=fold(surface) in cities(),
                is_demonym=adjectival
                or fold(surface) in demonyms()
                and not country_from_name(surface)
                and not re.match(r"\s*'s", text[end:]),
            )
        )
    for capital in re.finditer(
        r"\bthe\s+(?P<adj>(?:[A-Z][\w-]+\s+){1,4})(?:capital|city|port|town|region|resort|island|province)\b",
        text,
    ):
        # "the Russian capital", "the North Korean port", "the Russian Far East city"
        words = capital.group("adj").split()
        code = country_from_any(" ".join(words[:2])) if len(words) > 1 else None
        code = code or country_from_any(words[0])
        if code and not any(p.start <= capital.start("adj") < p.end and not p.is_demonym for p in found):
            # "the Moroccan capital" is the town: Rabat
            capital_city = capital_of(code) if capital.group(0).endswith("capital") else None
            found.append(
                Place(
                    start=capital.start(),
                    end=capital.end(),
                    text=capital_city or capital.group(0),
                    country=code,
                    is_city=capital_city is not None,
                )
            )
    for town in _TOWN_AFTER_PREPOSITION.finditer(text):
        # "flew to Santiago", "arrived in Male": a city whose name is also a word or a given name,
        # after a preposition of place and before no other name
        whole = _PARTICLE_NAME.match(text, town.end(1))
        if whole and len(geonames_states(text[town.start(1) : whole.end()])) == 1:
            continue  # the whole name is a town of its own, read from the recogniser's spans
        code = country_from_city(town.group(1))
        if code is None and _TRAVEL_BEFORE.search(text[max(0, town.start() - 30) : town.start()]):
            # "arrived in Entebbe", which the recogniser missed: a town only one state has
            towns = geonames_states(town.group(1))
            code = next(iter(towns)) if len(towns) == 1 else None
        if code and not any(p.start <= town.start(1) < p.end for p in found):
            found.append(
                Place(start=town.start(1), end=town.end(1), text=town.group(1), country=code, is_city=True)
            )
    for ent_start, ent_end, label, ent_text in entities:
        if label in ("GPE", "LOC", "FAC") and not any(p.start <= ent_start < p.end for p in found):
            code = country_from_city(ent_text) or (
                country_from_geonames(ent_text) if label == "GPE" else None
            )
            if (
                not code
                and label == "GPE"
                and _PLACE_PREPOSITION.search(text[max(0, ent_start - 12) : ent_start])
            ):
                # "arrived in Nadi", "in Tapachula, Chiapas": a smaller town the recogniser calls a
                # place after a preposition, when only one state has a town of that name.
                towns = geonames_states(ent_text)
                code = next(iter(towns)) if len(towns) == 1 else None
            if code:
                found.append(Place(start=ent_start, end=ent_end, text=ent_text, country=code, is_city=True))
            elif label == "GPE" and country_from_name(ent_text):
                # "Jordan", "Chad", "Georgia": names the tables skip as ambiguous, which the
                # entity recogniser read as places here.
                state = country_from_name(ent_text) or ""
                found.append(Place(start=ent_start, end=ent_end, text=ent_text, country=state, is_city=False))
    found.sort(key=lambda p: p.start)
    return tuple(found)


_PLACE_PREPOSITION = re.compile(r"\b(?:in|to|at|from)\s+$")
_TRAVEL_BEFORE = re.compile(
    r"\b(?:arrived|arrives|arriving|landed|lands|flew|flown|travell?ed|headed|returned|went)\s+$"
)
_TOWN_AFTER_PREPOSITION = re.compile(r"\b(?:in|to|from|into)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])(?!['’]s)")
# "in Colonia del Sacramento": a particle may join the next word into the town's name.
_PARTICLE_NAME = re.compile(rf"\s+{_PARTICLES}\s+[A-Z][a-z]+\b")


def ambiguous_town(place: Place) -> bool:
    return place.is_city and country_from_city(place.text) is None and len(geonames_states(place.text)) > 1


def settle_ambiguous_towns(place_lists: Iterable[list[Place]], states: Iterable[str]) -> None:
    """A town name several states share ("Windsor", "Valencia", "Hyderabad") is the one in a state
    the story is about, not the world's most populous namesake."""
    lists = list(place_lists)
    named = Counter(p.country for places in lists for p in places if not ambiguous_town(p))
    named.update(states)
    # "Colonia" after "Colonia del Sacramento": the short form of a town the story named in full
    full = {p.text: p.country for places in lists for p in places if p.is_city and " " in p.text}
    for places in lists:
        for place in places:
            longer = next((c for t, c in full.items() if t.startswith(place.text + " ")), None)
            if place.is_city and longer and named[place.country] <= 1 and place.country != longer:
                named[place.country] -= 1
                place.country = longer
                named[longer] += 1
    for places in lists:
        for place in places:
            if not ambiguous_town(place) or named[place.country]:
                continue
            options = [code for code in geonames_states(place.text) if named[code]]
            if options:
                place.country = max(options, key=lambda code: named[code])
