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
from graph.translit import CYRILLIC_GIVEN_NAMES, cyrillic_variant

_NON_ALNUM = re.compile(r"[^0-9a-z]+")

# Given-name spellings of one name (transliterations, short forms); all map to the first.  The
# Russian and Ukrainian ones, with the reasoning, are in graph/translit.py.
_GIVEN_NAME_VARIANTS: dict[str, str] = {}
for _group in (
    *CYRILLIC_GIVEN_NAMES,
    ("luis", "luiz"),
    # English and Spanish short forms of given names ("Teddy Locsin" = "Teodoro Locsin").
    ("william", "bill", "billy"),
    ("robert", "bob", "bobby"),
    ("joseph", "joe"),
    ("james", "jim", "jimmy"),
    ("richard", "dick", "rick"),
    ("edward", "eddie"),
    ("theodore", "teodoro", "teddy"),
    ("michael", "mike"),
    ("thomas", "tom"),
    ("charles", "chuck"),
    ("stephen", "steven", "steve"),
    ("daniel", "dan"),
    ("nicholas", "nick"),
    ("christopher", "chris"),
    ("jeffrey", "jeff"),
    ("kenneth", "ken"),
    ("anthony", "tony"),
    ("francisco", "pancho"),
    ("jose", "pepe"),
    ("mohammad", "mohammed", "muhammad", "mohamed", "muhammed", "mohamad"),
    ("hassan", "hasan"),
    ("hussein", "husain", "hussain", "husein"),
):
    for _variant in _group:
        _GIVEN_NAME_VARIANTS[_variant] = _group[0]


# Letters that NFKD does not take apart into an ASCII letter and a diacritic, written the way
# English-language news writes them ("Kalın" -> "Kalin", "Sikorski" for "Radosław"'s "ł", "Støre",
# "Əliyev" -> "Aliyev"). Without this they fold to a space and split a name in two ("kal n").
_UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",  # Turkish dotless i
        "ł": "l",  # Polish, Sorbian
        "ø": "o",  # Danish, Norwegian
        "ß": "ss",
        "đ": "d",  # Croatian, Serbian, Vietnamese
        "ð": "d",  # Icelandic, Faroese
        "þ": "th",  # Icelandic
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",  # Maltese
        "ŧ": "t",  # Sami
        "ŋ": "ng",  # Sami
        "ə": "a",  # Azerbaijani schwa, romanised "a" (Əliyev / Aliyev)
        "ĸ": "q",  # old Greenlandic kra
        "·": "",  # Catalan "l·l" (Col·lboni) is one word
    }
)


@functools.lru_cache(maxsize=1 << 16)  # the same names come back article after article
def fold(text: str) -> str:
    """Lowercase, strip diacritics (and fold letters like ł, ø, ı, ß to ASCII), turn every run of
    non-alphanumerics into one space."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSED))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", plain).strip()


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
# Generational suffixes ("Teddy Locsin Jr."): not part of what tells two people apart in news.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


# Royal and noble titles written as part of a name: honorifics that change over a life ("Prince
# Charles" became "King Charles III"), so not what tells two people apart.
_ROYAL_WORDS = frozenset(
    {"king", "queen", "prince", "princess", "crown", "emperor", "empress", "sultan", "emir", "grand", "duke",
     "duchess", "sheikh", "sheikha", "infanta", "infante"}
)  # fmt: skip
_REGNAL = re.compile(r"^(?:[ivx]{1,4}|\d{1,2})$")


# A regnal name written without a title: a given name, then a Roman numeral in capitals of two
# letters or more ("Abdullah II bin Al-Hussein", "Felipe VI"); one letter may be an initial ("Juan I.").
_UNTITLED_REGNAL = re.compile(r"^[^\W\d_]{2,}\s+([IVX]{2,4})(?:\s|$)")


def royal_name(name: str) -> tuple[str, str | None] | None:
    """'King Charles III' -> ('charles', 'iii'); 'Prince Charles' -> ('charles', None); not royal -> None.

    A given name with a regnal number and no title ('Abdullah II bin Al-Hussein') -> ('abdullah', 'ii').
    """
    parts = tokens(name)
    n = 0
    while n < len(parts) and parts[n] in _ROYAL_WORDS:
        n += 1
    rest = parts[n:]
    if n == 0 and (regnal := _UNTITLED_REGNAL.match(name.strip())) and len(parts) >= 2:
        return parts[0], regnal.group(1).lower()
    if n == 0 or not rest or (parts[n - 1] in {"crown", "grand"}):
        return None
    numeral = rest[-1] if len(rest) > 1 and _REGNAL.match(rest[-1]) else None
    given = rest[:-1] if numeral else rest
    return "".join(given), numeral


# The Arabic article is written al-, el-, Al , El  or glued ("Al-Rashid", "El Rashid", "Alrashid"), and
# before a "sun letter" it takes that letter's sound ("ash-Shami", "ad-Din", "ar-Rahman"). Written
# one way ("al"), the folded name without separators is the same: "n:abdelfattahalsisi" for
# "Abdel Fattah el-Sisi", "Abdel Fattah Al Sisi" and "Abdel Fattah Alsisi".  A separate "El" is
# the article only after another word ("El Sisi" alone may be Spanish "El ..."), or hyphenated.
_EL_HYPHEN = re.compile(r"(?<![^\W_])el[-\u2010\u2011](?=[^\W\d_])", re.IGNORECASE)
_EL_SPACED = re.compile(r"(?<=[^\W\d_]\s)el\s+(?=[^\W\d_]{2})", re.IGNORECASE)
_SUN_LETTER = re.compile(r"(?<![^\W_])a(dh|th|sh|[dtrzsn])[-\u2010\u2011](?=\1)", re.IGNORECASE)


def _article_as_al(name: str) -> str:
    """'el-Sisi' -> 'al-Sisi', 'ash-Shami' -> 'al-Shami' (see _EL_HYPHEN)."""
    if "l" not in name and "L" not in name and "-" not in name:
        return name
    name = _EL_HYPHEN.sub("al-", name)
    name = _EL_SPACED.sub("al ", name)
    return _SUN_LETTER.sub("al-", name)


def name_parts(name: str) -> list[str]:
    """tokens() of a person's name, the Arabic article written one way ('el-Sisi' -> al sisi)."""
    return tokens(_article_as_al(name))


def _kept_tokens(name: str) -> list[str]:
    parts = name_parts(name)
    # "Smith Jr." / "Smith II" is Smith, but "King Idris II" is not "King Idris III".
    while len(parts) > 2 and parts[-1] in _SUFFIXES and parts[0] not in _ROYAL_WORDS:
        parts = parts[:-1]
    kept = [p for p in parts if p not in _HONORIFICS]
    kept = [p for p in kept if len(p) > 1 or p.isdigit()]
    if len(kept) >= 3:
        kept = [kept[0], *(p for p in kept[1:-1] if not p.endswith(_PATRONYMIC_ENDINGS)), kept[-1]]
    return kept


def name_tokens(name: str) -> list[str]:
    """Tokens that identify a person.

    Dropped, as long as two tokens remain: forms of address, initials
    ('Antony J. Blinken' = 'Antony Blinken') and Russian patronymics in the
    middle ('Vladimir Vladimirovich Putin' = 'Vladimir Putin').
    """
    kept = _kept_tokens(name)
    return kept if len(kept) >= 2 else name_parts(name)


def is_full_name(name: str) -> bool:
    """Two tokens or more once forms of address are set aside ('Comrade Kim' is not, 'S. Jaishankar' is)."""
    return len([p for p in tokens(name) if p not in _HONORIFICS]) >= 2


def bare_token(name: str) -> str | None:
    """The one name token of a bare name ('Mr. Putin' -> 'putin'), else None."""
    if is_full_name(name):
        return None
    kept = _kept_tokens(name) or tokens(name)[-1:]
    return kept[0] if len(kept) == 1 else None


def initials_form(name: str) -> tuple[list[str], list[str]] | None:
    """A name written with its given names as initials: 'K. Tokayev' -> (['k'], ['tokayev']),
    'U.Khurelsukh' -> (['u'], ['khurelsukh']); any other name -> None."""
    parts = [p for p in name_parts(name) if p not in _HONORIFICS]
    k = 0
    while k < len(parts) and len(parts[k]) == 1 and parts[k].isalpha():
        k += 1
    rest = parts[k:]
    if k == 0 or not rest or any(len(p) == 1 for p in rest):
        return None
    return parts[:k], rest


def shorter_name(name: str) -> list[str] | None:
    """The name without its first given name, if two tokens remain ('Mohammad Javad Zarif' -> javad zarif)."""
    parts = name_tokens(name)
    return parts[1:] if len(parts) >= 3 else None


def person_slug(name: str) -> str:
    """A person's readable id: 'Comrade Kim Jong-un' -> 'kim-jong-un'."""
    return "-".join(name_tokens(name))[:120] or "x"


def exact_key(name: str) -> str:
    """Folded name without separators: 'Choe Son Hui' = 'CHOE SON-HUI' = 'choesonhui'."""
    return "n:" + "".join(name_tokens(name))


def order_key(name: str) -> str | None:
    """The name's tokens in sorted order: 'KISHIDA Fumio' = 'Fumio Kishida' (family name first or last)."""
    parts = name_tokens(name)
    return "o:" + " ".join(sorted(parts)) if len(parts) >= 2 else None


# Romanisations of one Korean family name ("Choe"/"Choi", "Pak"/"Park", "Ri"/"Lee", "Yun"/"Yoon").
_KOREAN_VARIANTS: dict[str, str] = {}
for _group in (
    ("choe", "choi", "chwe"),
    ("pak", "park", "bak"),
    ("ri", "lee", "rhee", "yi", "rhie"),
    ("ro", "roh", "noh"),
    ("sin", "shin"),
    ("yun", "yoon"),
    ("jon", "jeon", "chon", "chun"),
    ("ryu", "yoo", "yu"),
    ("o", "oh"),
    ("im", "lim"),
):
    for _variant in _group:
        _KOREAN_VARIANTS[_variant] = _group[0]
# A Persian vowel written two ways (Raisi/Raeisi); the Cyrillic endings are in graph/translit.py.
_PERSIAN_AE = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])ae(?=[bcdfghjklmnpqrstvwxz]?i)")


def variant_token(token: str) -> str:
    """One spelling for a name token's usual romanisation variants."""
    token = _GIVEN_NAME_VARIANTS.get(token, token)
    token = _KOREAN_VARIANTS.get(token, token)
    if len(token) >= 5 and token.isalpha():
        token = _PERSIAN_AE.sub("a", cyrillic_variant(token))
    return token


def translit_key(name: str) -> str | None:
    """Every token mapped to one spelling of its variants, in sorted order, or None.

    'Sergey Lavrov' = 'Sergei Lavrov', 'Volodymyr Zelenskyy' = 'Volodymyr Zelensky',
    'Choi Son Hui' = 'Choe Son Hui'.  Only for names of two or more tokens.
    """
    parts = name_tokens(name)
    if len(parts) < 2:
        return None
    return "v:" + " ".join(sorted(variant_token(p) for p in parts))


def surname_keys(name: str) -> list[str]:
    """'s:' keys of a full name, by which a bare family name finds it: its first and last tokens.

    The first token counts because many names put the family name first ('Kim Jong Un', 'KISHIDA Fumio').
    """
    parts = name_tokens(name)
    if not parts:
        return []
    return sorted({f"s:{variant_token(parts[0])}", f"s:{variant_token(parts[-1])}"})


def initials(name: str) -> frozenset[str]:
    """Middle initials written in a name ('George H. W. Bush' -> {h, w}); they tell namesakes apart."""
    parts = [p for p in tokens(name) if p not in _HONORIFICS]
    return frozenset(p for p in parts[1:-1] if len(p) == 1 and p.isalpha())


def patronymics(name: str) -> frozenset[str]:
    """Russian patronymics written in a name ('Dmitry Arkadyevich Volkov' -> {arkadyevich}); like initials."""
    parts = [p for p in tokens(name) if p not in _HONORIFICS]
    return frozenset(p for p in parts[1:-1] if p.endswith(_PATRONYMIC_ENDINGS))


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
