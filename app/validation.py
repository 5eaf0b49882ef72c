"""Checks every posted or read item passes before it reaches the graph.

Pydantic checks shapes and types; these are the rules pydantic cannot say:
JSON that is too deep to be an article, ids that could not be named again
in a URL or a terminal, publication dates in the future, and country codes
that are not countries.  Each raises an `InvalidInputError` (or
`MalformedBodyError`) whose message names the field and the problem.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from functools import lru_cache
from typing import Any

import pycountry

from diplograph.errors import InvalidInputError, MalformedBodyError
from graph.keys import parse_date
from ingest.schema import Article, ExtractionRecord

# An article or record is at most ~6 levels deep (batch > record > facts > fact > persons);
# anything far deeper is an attack on the parser, not data.
MAX_JSON_DEPTH = 32
# A publication date may be a day ahead of UTC (an outlet east of it, just after midnight).
FUTURE_SLACK = dt.timedelta(days=1)


def load_json(body: bytes | str, source: str = "body") -> Any:
    """Parse JSON, refusing what Python's parser chokes on with a 400 naming the problem."""
    try:
        data = json.loads(body)
    except RecursionError as exc:
        raise MalformedBodyError(
            f"{source}: JSON nested too deeply (at most {MAX_JSON_DEPTH} levels)"
        ) from exc
    except UnicodeDecodeError as exc:
        raise MalformedBodyError(f"{source}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise MalformedBodyError(
            f"{source}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise MalformedBodyError(f"{source}: unusable JSON: {exc}") from exc
    check_depth(data, source)
    return data


def _too_deep(source: str) -> str:
    return f"{source}: JSON nested too deeply (at most {MAX_JSON_DEPTH} levels)"


def check_depth(data: Any, source: str = "body") -> None:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise MalformedBodyError(_too_deep(source))
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)


def check_id(value: str, where: str) -> None:
    """An id is named again in URLs, terminals and Cypher parameters: printable text only."""
    if not value.strip():
        raise InvalidInputError(f"{where}: the id is empty")
    bad = next((c for c in value if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn")), None)
    if bad is not None:
        raise InvalidInputError(
            f"{where}: the id {value!r} contains the control or invisible character U+{ord(bad):04X}"
        )


def check_published(published: dt.date | None, where: str) -> None:
    latest = dt.datetime.now(dt.UTC).date() + FUTURE_SLACK
    if published is not None and published > latest:
        raise InvalidInputError(f"{where}: published date {published.isoformat()} is in the future")


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes, plus the user-assigned ones the extractor uses (XKX: Kosovo)."""
    from ingest.countries import cities, demonyms

    codes = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    codes.update(v for v in [*cities().values(), *demonyms().values()] if v)
    return frozenset(codes)


def check_country(code: str | None, where: str) -> None:
    if code is not None and code.strip().upper() not in known_countries():
        raise InvalidInputError(f"{where}: {code!r} is not a known ISO 3166-1 alpha-3 country code")


# Characters no person, place or agreement is named with, but query languages and markup are.
_NOT_IN_NAMES = set("`{}[]<>\\|$;")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    return next((s for s in _SCRIPTS if name.startswith(s)), None)


def check_name(name: str, where: str) -> None:
    """A posted name: no control/invisible characters, no markup or query syntax, no look-alikes."""
    bad = next((c for c in name if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn")), None)
    if bad is not None:
        raise InvalidInputError(
            f"{where}: the name {name!r} contains the invisible character U+{ord(bad):04X}"
        )
    odd = sorted({c for c in name if c in _NOT_IN_NAMES})
    if odd or "//" in name:
        shown = " ".join(odd) if odd else "//"
        raise InvalidInputError(f"{where}: the name {name!r} contains characters names do not have: {shown}")
    for word in name.split():
        scripts = {s for c in word if (s := _script(c))}
        if len(scripts) > 1:
            raise InvalidInputError(
                f"{where}: the name {name!r} mixes {' and '.join(sorted(scripts))} letters in {word!r}"
                " (a look-alike spelling)"
            )


def _names(record: ExtractionRecord) -> list[tuple[str, str]]:
    found = []
    for i, person in enumerate(record.persons):
        found += [(f"persons[{i}]", n) for n in [person.name, *person.aliases]]
    for i, org in enumerate(record.organizations):
        found.append((f"organizations[{i}]", org.name))
    for i, fact in enumerate(record.facts):
        names = [*(fact.persons or []), *(fact.parties or []), fact.person, fact.agreement, fact.place]
        found += [(f"facts[{i}]", n) for n in names if n is not None]
    return found


def check_record_fields(record: ExtractionRecord, where: str) -> None:
    check_id(record.id, where)
    for at, name in _names(record):
        check_name(name, f"{where}: {at}")
    if record.published:
        try:
            span = parse_date(record.published)
        except InvalidInputError as exc:
            raise InvalidInputError(f"{where}: published: {exc.message}") from exc
        check_published(span.start if span else None, where)
    for i, person in enumerate(record.persons):
        check_country(person.country, f"{where}: persons[{i}]")
    for i, fact in enumerate(record.facts):
        check_country(fact.country, f"{where}: facts[{i}]")
        for code in fact.countries or []:
            check_country(code, f"{where}: facts[{i}].countries")


def check_item(item: Article | ExtractionRecord, where: str = "body", *, posted: bool = False) -> None:
    """Raise InvalidInputError naming the first thing in `item` the graph must not take.

    `posted`: the item is the caller's JSON as sent, so every date in it is the caller's claim.
    """
    if isinstance(item, Article):
        check_id(item.id, where)
        # A date read from the article's own dateline is the extractor's guess, not the caller's claim.
        if posted or item.published_from != "dateline":
            check_published(item.published, where)
        return
    check_record_fields(item, where)
