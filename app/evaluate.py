"""Score extraction against gold articles annotated by hand (`diplograph evaluate GOLD_DIR`).

A gold file is one article in the project's extraction-record format with the
article fields beside it (`eval/README.md`): `id`, `published`, `text`, the
`persons` and the `facts` a careful reader finds. The extractor reads the
article, and its record is compared fact by fact:

- MET / CALLED match on the unordered pair of persons, VISITED on the person and
  the destination country, SIGNED on a shared content word of the agreement (or
  overlapping dates) plus one shared signer or state party;
- names match after folding case, accents, hyphens and spaces, or through any
  alias either record lists; each gold fact matches at most one extracted fact,
  date-compatible pairs first;
- planned or otherwise unhappened extracted facts are not counted; a gold fact
  marked `"optional": true` neither rewards nor punishes.

Reported: precision, recall and F1 per fact type and overall (MET + VISITED +
SIGNED; CALLED apart), date accuracy over matched facts (exact, and overlapping),
persons found, their countries, and every error (missed, spurious, misdated).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from diplograph.errors import InvalidInputError

MAIN_TYPES = ("MET", "VISITED", "SIGNED")
ALL_TYPES = (*MAIN_TYPES, "CALLED")
NOT_HAPPENED = frozenset({"planned", "expected", "proposed", "denied", "hypothetical", "cancelled"})
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "on",
        "and",
        "between",
        "for",
        "in",
        "to",
        "with",
        "by",
        "at",
        "its",
        "their",
        "new",
    ]
)

Record = dict[str, Any]
Aliases = dict[str, set[str]]


class Score(BaseModel):
    correct: int = 0
    extracted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> dict[str, float | int]:
        return {
            **self.model_dump(),
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


class EvalError(BaseModel):
    article_id: str
    kind: Literal["missed", "spurious", "date"]
    fact: dict[str, Any]
    extracted_date: str | None = None

    def line(self) -> str:
        brief = json.dumps(self.fact, ensure_ascii=False)
        if self.kind == "date":
            dates = f"gold={self.fact.get('date')} extracted={self.extracted_date}"
            return f"{self.article_id}: DATE {dates} {brief}"
        return f"{self.article_id}: {self.kind.upper()} {brief}"


class Report(BaseModel):
    articles: int
    types: dict[str, Score]
    date_exact: float
    date_overlap: float
    persons: Score
    person_country_accuracy: float
    errors: list[EvalError] = Field(default_factory=list)

    @property
    def overall(self) -> Score:
        return Score(
            **{
                k: sum(getattr(self.types[t], k) for t in MAIN_TYPES)
                for k in ("correct", "extracted", "gold")
            }
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "overall": self.overall.summary(),
            **{t: s.summary() for t, s in self.types.items()},
            "date_exact": self.date_exact,
            "date_overlap": self.date_overlap,
            "persons": self.persons.summary(),
            "person_country_accuracy": self.person_country_accuracy,
            "errors": [e.model_dump(mode="json", exclude_none=True) for e in self.errors],
        }


# ----- names and dates ------------------------------------------------------------------------
def fold(name: str | None) -> str:
    """'Kim Jong-un' and 'KIM JONG UN' -> 'kimjongun'."""
    text = unicodedata.normalize("NFKD", name or "")
    return re.sub(r"[^0-9a-z]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def aliases(record: Record) -> Aliases:
    """Every folded name or alias of a person -> all folded forms of that person."""
    index: Aliases = {}
    for person in record.get("persons") or []:
        forms = {fold(person.get("name"))} | {fold(a) for a in person.get("aliases") or []}
        forms.discard("")
        for form in forms:
            index.setdefault(form, set()).update(forms)
    return index


def same_person(a: str | None, a_index: Aliases, b: str | None, b_index: Aliases) -> bool:
    ka, kb = fold(a), fold(b)
    return bool(ka and kb) and bool((a_index.get(ka, set()) | {ka}) & (b_index.get(kb, set()) | {kb}))


def _bound(text: str, first: bool) -> dt.date:
    bits = [int(b) for b in text.strip().split("-")]
    if len(bits) == 1:
        return dt.date(bits[0], 1, 1) if first else dt.date(bits[0], 12, 31)
    if len(bits) == 2:
        if first:
            return dt.date(bits[0], bits[1], 1)
        following = dt.date(bits[0] + bits[1] // 12, bits[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(bits[0], bits[1], bits[2])


def interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """'2024-06' -> (June 1, June 30); '2025-03-14/2025-03-17' -> the span; None if unusable."""
    if not value:
        return None
    parts = str(value).split("/")
    try:
        lo, hi = _bound(parts[0], first=True), _bound(parts[-1], first=False)
    except ValueError:
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


def dates_overlap(a: str | None, b: str | None) -> bool:
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return ia is None and ib is None
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (text or "").lower()) if w not in _STOP and len(w) > 2}


# ----- matching ---------------------------------------------------------------------------------
def facts_match(gold: Record, g_index: Aliases, found: Record, f_index: Aliases) -> bool:
    kind = gold.get("type")
    if found.get("type") != kind:
        return False
    if kind in ("MET", "CALLED"):
        g, f = gold.get("persons") or [], found.get("persons") or []
        if len(g) != 2 or len(f) != 2:
            return False
        pair = same_person(g[0], g_index, f[0], f_index) and same_person(g[1], g_index, f[1], f_index)
        return pair or (
            same_person(g[0], g_index, f[1], f_index) and same_person(g[1], g_index, f[0], f_index)
        )
    if kind == "VISITED":
        return str(gold.get("country") or "").upper() == str(
            found.get("country") or ""
        ).upper() and same_person(gold.get("person"), g_index, found.get("person"), f_index)
    if kind == "SIGNED":
        party = any(
            same_person(g, g_index, f, f_index)
            for g in gold.get("parties") or []
            for f in found.get("parties") or []
        )
        state = bool(
            {c.upper() for c in gold.get("countries") or []}
            & {c.upper() for c in found.get("countries") or []}
        )
        if not (party or state):
            return False
        return bool(_words(gold.get("agreement")) & _words(found.get("agreement"))) or (
            gold.get("date") is not None and dates_overlap(gold.get("date"), found.get("date"))
        )
    return False


def pair_facts(gold: list[Record], g_index: Aliases, found: list[Record], f_index: Aliases) -> dict[int, int]:
    """Gold fact index -> extracted fact index; pairs whose dates overlap are taken first."""
    pairing: dict[int, int] = {}
    taken: set[int] = set()
    for need_date in (True, False):
        for n, g in enumerate(gold):
            if n in pairing:
                continue
            for i, f in enumerate(found):
                if i in taken or not facts_match(g, g_index, f, f_index):
                    continue
                if need_date and not dates_overlap(g.get("date"), f.get("date")):
                    continue
                pairing[n] = i
                taken.add(i)
                break
    return pairing


def _brief(fact: Record) -> dict[str, Any]:
    return {k: v for k, v in fact.items() if k not in ("evidence", "optional")}


# ----- scoring --------------------------------------------------------------------------------
def score(gold: dict[str, Record], extracted: dict[str, Record]) -> Report:
    types = {t: Score() for t in ALL_TYPES}
    persons = Score()
    matched = exact = overlap = countries_right = countries_total = 0
    errors: list[EvalError] = []
    for article_id, g in gold.items():
        e = extracted.get(article_id) or {"persons": [], "facts": []}
        g_index, e_index = aliases(g), aliases(e)
        found = [
            f
            for f in e.get("facts") or []
            if f.get("type") in types and str(f.get("status") or "").lower() not in NOT_HAPPENED
        ]
        wanted = [f for f in g.get("facts") or [] if f.get("type") in types and not f.get("optional")]
        optional = [f for f in g.get("facts") or [] if f.get("type") in types and f.get("optional")]
        pairing = pair_facts(wanted, g_index, found, e_index)
        used = set(pairing.values())
        rest = [i for i in range(len(found)) if i not in used]
        neutral = {rest[j] for j in pair_facts(optional, g_index, [found[i] for i in rest], e_index).values()}
        for n, fact in enumerate(wanted):
            types[fact["type"]].gold += 1
            if n not in pairing:
                errors.append(EvalError(article_id=article_id, kind="missed", fact=_brief(fact)))
                continue
            types[fact["type"]].correct += 1
            if fact["type"] in MAIN_TYPES:
                got = found[pairing[n]].get("date") or None
                matched += 1
                exact += (fact.get("date") or None) == got
                overlap += dates_overlap(fact.get("date"), got)
                if (fact.get("date") or None) != got:
                    errors.append(
                        EvalError(article_id=article_id, kind="date", fact=_brief(fact), extracted_date=got)
                    )
        for i, fact in enumerate(found):
            if i in neutral:
                continue
            types[fact["type"]].extracted += 1
            if i not in used:
                errors.append(EvalError(article_id=article_id, kind="spurious", fact=_brief(fact)))
        gold_people, found_people = g.get("persons") or [], e.get("persons") or []
        persons.gold += len(gold_people)
        persons.extracted += len(found_people)
        claimed: set[int] = set()
        for person in gold_people:
            for j, other in enumerate(found_people):
                if j in claimed or not same_person(person.get("name"), g_index, other.get("name"), e_index):
                    continue
                claimed.add(j)
                persons.correct += 1
                if person.get("country"):
                    countries_total += 1
                    countries_right += str(other.get("country") or "").upper() == person["country"].upper()
                break
    ratio: Callable[[int, int], float] = lambda a, b: round(a / b, 3) if b else 0.0  # noqa: E731
    return Report(
        articles=len(gold),
        types=types,
        date_exact=ratio(exact, matched),
        date_overlap=ratio(overlap, matched),
        persons=persons,
        person_country_accuracy=ratio(countries_right, countries_total),
        errors=errors,
    )


# ----- files ------------------------------------------------------------------------------------
def load_gold(folder: Path) -> dict[str, Record]:
    """Every `*.json` in `folder`: one annotated article each; a bad one is named in the error."""
    if not folder.is_dir():
        raise InvalidInputError(f"{folder}: not a folder of gold articles (*.json)")
    gold: dict[str, Record] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidInputError(f"{path}: not a readable JSON file ({exc})") from exc
        missing = [k for k in ("id", "text", "facts") if k not in data] if isinstance(data, dict) else ["id"]
        if missing:
            raise InvalidInputError(f"{path}: a gold article needs {', '.join(missing)} (see eval/README.md)")
        if data["id"] in gold:
            raise InvalidInputError(f"{path}: id {data['id']!r} is used twice")
        gold[data["id"]] = data
    if not gold:
        raise InvalidInputError(f"{folder}: no gold articles (*.json) in it")
    return gold


def load_records(path: Path) -> dict[str, Record]:
    """Extraction records already made (`diplograph extract` JSONL, a JSON list, or a folder of JSON)."""
    try:
        if path.is_dir():
            records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json"))]
        else:
            text = path.read_text(encoding="utf-8")
            stripped = text.lstrip()
            records = (
                json.loads(text)
                if stripped.startswith("[")
                else [json.loads(x) for x in text.splitlines() if x.strip()]
            )
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInputError(f"{path}: cannot read extraction records ({exc})") from exc
    return {r["id"]: r for r in records if isinstance(r, dict) and "id" in r}


def extract_gold(gold: Iterable[Record], model_name: str) -> dict[str, Record]:
    """Run the extractor on the gold articles' text, exactly as `diplograph extract` does."""
    from ingest.pipeline import extract_article
    from ingest.schema import Article

    records = {}
    for g in gold:
        fields = {k: g.get(k) for k in ("id", "source", "url", "title", "published", "text")}
        article = Article.model_validate(fields)
        records[article.id] = extract_article(article, model_name).model_dump(mode="json")
    return records
