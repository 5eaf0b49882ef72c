"""A deterministic, heavy-tailed stream of extraction records for the benchmarks.

Shaped like years of wire copy: a few leaders are in thousands of articles,
most officials in a handful (participants drawn from a Zipf-like law); some
people go by several spellings ("Son-hui" / "Son Hui" / capitals); one event
is reported by one to five outlets, a day apart at most, some without a date;
an article reports one to three events.  Records go straight to the graph
half of ingest (`graph.build.ingest_record`): extraction is measured by
`bench/extract_speed.py`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

SEED = 20261130
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = 11 * 365
OUTLETS = ("wire", "courier", "ledger", "meridian", "herald", "tribune", "gazette", "post")
COUNTRIES = (
    "RUS", "CHN", "USA", "PRK", "KOR", "JPN", "IND", "FRA", "DEU", "GBR", "TUR", "IRN", "BRA", "ZAF",
    "EGY", "SAU", "ARE", "IDN", "VNM", "MYS", "PAK", "KAZ", "UKR", "POL", "ITA", "ESP", "CAN", "MEX",
    "ARG", "NGA", "ETH", "KEN", "AUS", "NZL", "THA", "PHL", "SGP", "QAT", "ISR", "JOR",
)  # fmt: skip
TITLES = ("Foreign Minister", "Deputy Foreign Minister", "Defence Minister", "Trade Minister", "Ambassador")
LEADER_TITLES = ("President", "Prime Minister")
_SYLLABLES = tuple(
    [
        "ka",
        "lo",
        "mi",
        "ser",
        "gei",
        "an",
        "to",
        "ni",
        "vla",
        "dim",
        "xi",
        "wang",
        "choe",
        "son",
        "hui",
        "ra",
        "de",
        "ya",
        "ko",
        "zu",
        "pe",
        "tri",
        "ol",
        "ga",
        "be",
        "ru",
        "sha",
        "jin",
    ]
)
# Facts per event type: MET 55%, CALLED 10%, VISITED 25%, SIGNED 10%.
_TYPES = (("MET", 55), ("CALLED", 10), ("VISITED", 25), ("SIGNED", 10))


@dataclass(frozen=True)
class Official:
    name: str
    variants: tuple[str, ...]
    title: str
    country: str


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def officials(count: int, rng: random.Random) -> list[Official]:
    """`count` people, the first ones the leaders; about one in five has spelling variants."""
    people = []
    seen: set[str] = set()
    for i in range(count):
        while True:
            given, family = _word(rng, rng.choice((2, 3))), _word(rng, 2)
            name = f"{given} {family}-{_word(rng, 1).lower()}" if rng.random() < 0.25 else f"{given} {family}"
            if name.lower() not in seen:
                seen.add(name.lower())
                break
        variants: tuple[str, ...] = ()
        if "-" in name:
            variants = (name.replace("-", " "), name.upper())
        elif rng.random() < 0.15:
            variants = (name.upper(),)
        title = LEADER_TITLES[i % 2] if i < 20 else rng.choice(TITLES)
        people.append(Official(name, variants, title, COUNTRIES[(i * 7) % len(COUNTRIES)]))
    return people


def _zipf_weights(count: int, exponent: float = 1.0, offset: int = 3) -> list[float]:
    return [1.0 / (rank + offset) ** exponent for rank in range(count)]


def records(articles: int, seed: int = SEED) -> Iterator[dict]:
    """`articles` extraction records (dicts in the API's record shape), in publication order."""
    rng = random.Random(seed)
    people = officials(max(200, articles // 8), rng)
    cumulative = list(itertools.accumulate(_zipf_weights(len(people))))
    kinds, kind_weights = zip(*_TYPES, strict=True)
    agreements = [f"{_word(rng, 2)} Partnership Agreement" for _ in range(max(20, articles // 200))]

    def someone() -> Official:
        return rng.choices(people, cum_weights=cumulative)[0]

    produced = 0
    event_no = 0
    pending: list[tuple[int, dict, Official, Official | None]] = []  # (day, fact, persons...)
    while produced < articles:
        # One event, reported by 1-5 outlets (mostly one or two).
        event_no += 1
        day = min(DAYS - 1, event_no * DAYS // max(1, articles))
        when = (FIRST_DAY + dt.timedelta(days=day)).isoformat()
        kind = rng.choices(kinds, kind_weights)[0]
        a = someone()
        b = someone()
        while b is a:
            b = someone()
        reports = min(5, 1 + int(rng.expovariate(1.3)))
        for r in range(reports):
            dated = rng.random() > 0.1
            spoken_a = rng.choice((a.name, *a.variants))
            spoken_b = rng.choice((b.name, *b.variants))
            sentence = (
                f"{spoken_a} and {spoken_b} held talks ({OUTLETS[r % len(OUTLETS)]}, event {event_no})."
            )
            fact: dict = {"type": kind, "evidence": sentence, "date": when if dated else None}
            if kind in ("MET", "CALLED"):
                fact["persons"] = [spoken_a, spoken_b]
            elif kind == "VISITED":
                fact.update(person=spoken_a, country=b.country, evidence=f"{spoken_a} arrived in {b.country}"
                            f" ({OUTLETS[r % len(OUTLETS)]}, event {event_no}).")  # fmt: skip
            else:
                fact.update(parties=[spoken_a, spoken_b], countries=sorted({a.country, b.country}),
                            agreement=agreements[event_no % len(agreements)])  # fmt: skip
            pending.append((day + min(r, 1), fact, a, b))
        # Articles of 1-3 facts, drawn from the reports waiting (outlets interleave).
        while len(pending) >= 6 or (pending and rng.random() < 0.3):
            take = min(len(pending), rng.choice((1, 1, 2, 3)))
            chunk = [pending.pop(rng.randrange(len(pending))) for _ in range(take)]
            produced += 1
            yield _article(produced, chunk, rng)
            if produced >= articles:
                return


def _article(
    number: int, chunk: list[tuple[int, dict, Official, Official | None]], rng: random.Random
) -> dict:
    day = max(d for d, _, _, _ in chunk)
    published = (FIRST_DAY + dt.timedelta(days=day)).isoformat()
    persons: dict[str, dict] = {}
    for _, fact, a, b in chunk:
        for official, spoken in ((a, _spoken(fact, 0)), (b, _spoken(fact, 1))):
            if official is not None and spoken is not None and spoken not in persons:
                persons[spoken] = {"name": spoken, "title": official.title, "country": official.country}
    outlet = OUTLETS[number % len(OUTLETS)]
    digest = hashlib.sha1(f"{number}".encode()).hexdigest()[:6]
    return {
        "id": f"{outlet}-{published}-{number:07d}-{digest}",
        "published": published,
        "persons": list(persons.values()),
        "facts": [fact for _, fact, _, _ in chunk],
    }


def _spoken(fact: dict, i: int) -> str | None:
    names = fact.get("persons") or fact.get("parties") or ([fact["person"]] if fact.get("person") else [])
    return names[i] if i < len(names) else None
