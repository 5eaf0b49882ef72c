"""Who is who: people within one article, and across articles.

Rules (issue 3):
- full names (two words or more) that fold to the same letters are one
  person ("Choe Son Hui", "Choe Son-hui", "CHOE SON-HUI", "Antony J.
  Blinken" = "Antony Blinken"), even when articles disagree on the country:
  extraction assigns countries noisily, and the majority country wins;
- transliteration variants (Sergey/Sergei Lavrov) are one person only when
  the surname, the country and the title all agree;
- a bare one-word name never merges across articles: within its article it
  refers back to the one full name it ends or starts with, otherwise it is
  a person of its own, scoped to that article.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from graph.keys import exact_key, fold, person_slug, short_hash, tokens, translit_key
from graph.model import Mention, Person, TitleSeen
from ingest.schema import ExtractionRecord


@dataclass
class PersonEntry:
    """One person as one article names them, before resolution."""

    name: str
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    country: str | None = None
    organization: str | None = None

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


def name_keys(names: list[str]) -> tuple[list[str], list[str]]:
    """(exact keys, transliteration keys) of the multi-word names."""
    full = [n for n in names if len(tokens(n)) >= 2]
    exact = sorted({exact_key(n) for n in full})
    translit = sorted({k for n in full if (k := translit_key(n)) is not None})
    return exact, translit


def collect_people(record: ExtractionRecord) -> tuple[list[PersonEntry], dict[str, PersonEntry]]:
    """The article's distinct people and a map from every folded name they go by.

    Names used only in facts become entries too; a one-word name that ends or
    starts exactly one multi-word name of the article refers back to it.
    """
    entries: list[PersonEntry] = []
    by_name: dict[str, PersonEntry] = {}
    for rec in record.persons:
        known = next((by_name[fold(n)] for n in [rec.name, *rec.aliases] if fold(n) in by_name), None)
        if known is None:
            known = PersonEntry(rec.name, list(rec.aliases), rec.title, rec.country, rec.organization)
            entries.append(known)
        else:
            known.aliases.extend(a for a in [rec.name, *rec.aliases] if a not in known.names)
            known.title = known.title or rec.title
            known.country = known.country or rec.country
            known.organization = known.organization or rec.organization
        for n in known.names:
            by_name.setdefault(fold(n), known)
    for fact in record.facts:
        for n in [*(fact.persons or []), *(fact.parties or []), *([fact.person] if fact.person else [])]:
            if fold(n) and fold(n) not in by_name:
                entry = PersonEntry(n)
                entries.append(entry)
                by_name[fold(n)] = entry
    # Bare surnames refer back to the one full name they belong to, if exactly one.
    for entry in list(entries):
        parts = tokens(entry.name)
        if len(parts) != 1 or entry.aliases:
            continue
        owners = [
            e for e in entries if e is not entry and len(tokens(e.name)) >= 2 and parts[0] in _ends(e.name)
        ]
        if len(owners) == 1:
            owner = owners[0]
            owner.title = owner.title or entry.title
            owner.country = owner.country or entry.country
            by_name[fold(entry.name)] = owner
            entries.remove(entry)
    return entries, by_name


def _ends(name: str) -> tuple[str, str]:
    parts = tokens(name)
    return parts[0], parts[-1]


def _titles_agree(entry: PersonEntry, person: Person) -> bool:
    if not entry.title:
        return False
    wanted = fold(entry.title)
    return any(fold(t.title) == wanted for t in person.titles)


def match_person(entry: PersonEntry, candidates: list[Person]) -> Person | None:
    """The stored person this entry is, or None for a new person."""
    exact, translit = name_keys(entry.names)
    if not exact:
        return None  # a bare name never merges across articles
    exact_set, translit_set = set(exact), set(translit)
    same_letters = [c for c in candidates if exact_set & set(c.keys)]
    if same_letters:
        same_letters.sort(key=lambda c: (c.country != entry.country, c.id))
        return same_letters[0]
    for c in candidates:
        if (
            translit_set & set(c.keys)
            and entry.country is not None
            and c.country == entry.country
            and _titles_agree(entry, c)
        ):
            return c
    return None


def new_person_id(entry: PersonEntry, article_id: str, taken: Callable[[str], bool]) -> str:
    """A deterministic id for a person not seen before.

    One-word names are scoped to their article, so two articles' "Kim" stay apart.
    """
    base = person_slug(entry.name)
    if len(tokens(entry.name)) < 2:
        return f"{base}--{short_hash(article_id, length=8)}"
    if not taken(base):
        return base
    suffix = (entry.country or "").lower() or short_hash(article_id, length=8)
    candidate = f"{base}-{suffix}"
    counter = 2
    while taken(candidate):
        candidate = f"{base}-{suffix}-{counter}"
        counter += 1
    return candidate


def _display_rank(name: str, count: int) -> tuple[int, bool, bool, str]:
    # Most frequent spelling wins; then one not in capitals, then the hyphenated
    # romanisation ("Choe Son-hui"); then alphabetical, for determinism.
    return (count, not name.isupper(), "-" in name, name)


_NO_DATE = dt.date.min


def refresh_person(person: Person) -> None:
    """Recompute name, aliases, country, titles and keys from the tally (the mentions, counted)."""
    groups = person.tally
    if not groups:
        return
    counts: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for g in groups:
        counts[g.name] += g.count
        if g.country:
            countries[g.country] += g.count
    person.name = max(counts, key=lambda n: _display_rank(n, counts[n]))
    spellings = {g.name for g in groups} | {a for g in groups for a in g.aliases}
    person.aliases = sorted(spellings - {person.name})
    person.country = min(countries, key=lambda c: (-countries[c], c)) if countries else None
    titles: dict[tuple[str, str | None], TitleSeen] = {}
    for g in groups:
        if not g.title:
            continue
        seen = TitleSeen(title=g.title, country=g.country, date=g.first, article_id=g.first_article,
                         last_date=g.last, articles=g.count)  # fmt: skip
        known = titles.get((g.title, g.country))
        if known is not None:
            first = min(known, seen, key=_first_seen)
            last = max((d for d in (known.last_date, seen.last_date) if d), default=None)
            seen = first.model_copy(update={"last_date": last, "articles": known.articles + seen.articles})
        titles[(g.title, g.country)] = seen
    person.titles = sorted(titles.values(), key=lambda t: (*_first_seen(t), t.title))
    person.organizations = sorted({g.organization for g in groups if g.organization})
    exact, translit = name_keys(sorted(spellings))
    person.keys = exact + translit


def _first_seen(seen: TitleSeen) -> tuple[bool, dt.date, str]:
    return (seen.date is None, seen.date or _NO_DATE, seen.article_id)


def mention_of(entry: PersonEntry, article_id: str, published: object) -> Mention:
    return Mention.model_validate(
        {
            "article_id": article_id,
            "name": entry.name,
            "aliases": tuple(entry.aliases),
            "title": entry.title,
            "country": entry.country,
            "organization": entry.organization,
            "date": published,
        }
    )
