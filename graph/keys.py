"""Deterministic ids and lookup keys derived from names, and date spans.

Everything here is a pure function of its input, so that every writer (and
both stores) derive the same ids from the same names.
"""

from __future__ import annotations

import calendar
import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from diplograph.errors import InvalidInputError

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Given-name spellings that transliterate one Cyrillic name; all map to the first.
_GIVEN_NAME_VARIANTS: dict[str, str] = {}
for _group in (
    ("alexander", "aleksandr", "alexandr", "aleksander"),
    ("alexei", "aleksei", "alexey", "aleksey", "alexej"),
    ("andrei", "andrey", "andrej"),
    ("sergei", "sergey", "sergej"),
    ("dmitri", "dmitry", "dmitrij", "dmitriy"),
    ("yuri", "yury", "yuriy", "iouri", "yurii"),
    ("nikolai", "nikolay", "nikolaj"),
    ("mikhail", "michail"),
    ("maxim", "maksim"),
    ("vasili", "vasily", "vasiliy"),
    ("anatoli", "anatoly", "anatoliy"),
    ("gennadi", "gennady", "gennadiy"),
    ("georgi", "georgy", "georgiy"),
    ("yevgeny", "evgeny", "yevgeni", "evgeni", "evgenii", "yevgeniy"),
    ("pyotr", "petr"),
    ("fyodor", "fedor"),
    ("matvei", "matvey"),
    ("valentina", "valentyna"),
    ("tatiana", "tatyana"),
    ("natalia", "natalya"),
    ("yulia", "julia", "yuliya"),
    ("maria", "mariya"),
):
    for _variant in _group:
        _GIVEN_NAME_VARIANTS[_variant] = _group[0]


@functools.lru_cache(maxsize=1 << 16)  # the same names come back article after article
def fold(text: str) -> str:
    """Lowercase, strip diacritics, turn every run of non-alphanumerics into one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", plain.lower()).strip()


def tokens(name: str) -> list[str]:
    return fold(name).split()


def slug(text: str) -> str:
    """'Choe Son-hui' -> 'choe-son-hui'; used for readable ids."""
    return "-".join(tokens(text)) or "x"


# Forms of address that are not part of a name ("Comrade Kim Jong Un", "Shri Narendra Modi").
_HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "dame",
        "madam",
        "comrade",
        "shri",
        "sri",
        "smt",
        "hon",
        "he",
        "excellency",
    }
)
_PATRONYMIC_ENDINGS = ("ovich", "evich", "yevich", "ovna", "evna", "ichna", "inichna")


def name_tokens(name: str) -> list[str]:
    """Tokens that identify a person.

    Dropped, as long as two tokens remain: forms of address, initials
    ('Antony J. Blinken' = 'Antony Blinken') and Russian patronymics in the
    middle ('Vladimir Vladimirovich Putin' = 'Vladimir Putin').
    """
    parts = tokens(name)
    kept = [p for p in parts if p not in _HONORIFICS]
    kept = [p for p in kept if len(p) > 1 or p.isdigit()]
    if len(kept) >= 3:
        kept = [kept[0], *(p for p in kept[1:-1] if not p.endswith(_PATRONYMIC_ENDINGS)), kept[-1]]
    return kept if len(kept) >= 2 else parts


def person_slug(name: str) -> str:
    """A person's readable id: 'Comrade Kim Jong-un' -> 'kim-jong-un'."""
    return "-".join(name_tokens(name))[:120] or "x"


def exact_key(name: str) -> str:
    """Folded name without separators: 'Choe Son Hui' = 'CHOE SON-HUI' = 'choesonhui'."""
    return "n:" + "".join(name_tokens(name))


def translit_key(name: str) -> str | None:
    """Given names mapped to one spelling + the exact surname, or None.

    'Sergey Lavrov' and 'Sergei Lavrov' share 't:sergei|lavrov'.  Only for
    names of two or more tokens; the last token (surname) must match exactly.
    """
    parts = name_tokens(name)
    if len(parts) < 2:
        return None
    given = [_GIVEN_NAME_VARIANTS.get(p, p) for p in parts[:-1]]
    return "t:" + " ".join(given) + "|" + parts[-1]


def short_hash(*parts: str, length: int = 12) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def edge_id(edge_type: str, src: str, dst: str, date_text: str | None) -> str:
    return f"{edge_type.lower()}-{short_hash(edge_type, src, dst, date_text or '')}"


@dataclass(frozen=True)
class DateSpan:
    text: str
    precision: str  # day, month, year, span
    start: date
    end: date

    def overlaps(self, other: DateSpan) -> bool:
        return self.start <= other.end and other.start <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def _bounds(text: str) -> tuple[str, date, date]:
    try:
        if _DAY.match(text):
            day = date.fromisoformat(text)
            return "day", day, day
        if _MONTH.match(text):
            year, month = int(text[:4]), int(text[5:])
            last = calendar.monthrange(year, month)[1]
            return "month", date(year, month, 1), date(year, month, last)
        if _YEAR.match(text):
            year = int(text)
            return "year", date(year, 1, 1), date(year, 12, 31)
    except ValueError as exc:
        raise InvalidInputError(f"invalid date {text!r}: {exc}", date=text) from exc
    raise InvalidInputError(
        f"invalid date {text!r}: expected YYYY-MM-DD, YYYY-MM, YYYY or START/END", date=text
    )


def parse_date(text: str | None) -> DateSpan | None:
    """Parse a GUIDELINE date ('2025-03-17', '2024-06', '2024', 'A/B'); None -> None.

    Raises InvalidInputError for anything else (including end before start).
    """
    if text is None or not text.strip():
        return None
    text = text.strip()
    if "/" in text:
        first, _, last = text.partition("/")
        _, start, _ = _bounds(first.strip())
        _, _, end = _bounds(last.strip())
        if end < start:
            raise InvalidInputError(f"invalid date span {text!r}: ends before it starts", date=text)
        return DateSpan(text, "span", start, end)
    precision, start, end = _bounds(text)
    return DateSpan(text, precision, start, end)
