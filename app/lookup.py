"""From what a user typed (an id, a name, a spelling) to one node, or a clear error."""

from __future__ import annotations

import pycountry
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from app.schemas import NodeSummary, PersonHit
from diplograph.errors import AmbiguousNameError, NotFoundError
from graph.keys import exact_key, fold, tokens, translit_key
from graph.model import NameEntry, Person
from graph.store import GraphStore
from ingest.countries import country_from_name

SUGGESTIONS = 5


def _as_summary(entry: NameEntry) -> dict[str, str | None]:
    return NodeSummary(id=entry.id, label="Person", name=entry.name, country=entry.country).model_dump()


def _suggest(index: list[NameEntry], text: str) -> list[dict[str, str | None]]:
    wanted = fold(text)
    typos = [e for e in index if any(typo_score(wanted, fold(n)) for n in [e.name, *e.aliases])]
    choices = {i: fold(" ".join([e.name, *e.aliases])) for i, e in enumerate(index)}
    best = process.extract(wanted, choices, scorer=fuzz.WRatio, limit=SUGGESTIONS, score_cutoff=50)
    ranked = list({e.id: e for e in [*typos, *(index[i] for _, _, i in best)]}.values())
    return [_as_summary(e) for e in ranked[:SUGGESTIONS]]


def resolve_person(store: GraphStore, ref: str) -> Person:
    """An id or an unambiguous name -> the Person.

    Tried in order: the id; the folded full name or alias ("choe son hui");
    a transliteration ("Sergey Lavrov"); a single family or given name
    ("Choe").  Several matches -> AmbiguousNameError with the candidates;
    none -> NotFoundError with close names as suggestions.
    """
    ref = ref.strip()
    node = store.get_node("Person", ref)
    if isinstance(node, Person):
        return node
    exact = [n for n in store.nodes_by_keys("Person", [exact_key(ref)]) if isinstance(n, Person)]
    if not exact and (tkey := translit_key(ref)):
        exact = [n for n in store.nodes_by_keys("Person", [tkey]) if isinstance(n, Person)]
    if len(exact) == 1:
        return exact[0]
    index = store.name_index("Person")
    if not exact:
        parts = tokens(ref)
        if len(parts) == 1:
            hits = [e for e in index if any(parts[0] in _ends(n) for n in [e.name, *e.aliases])]
        else:
            hits = [e for e in index if any(fold(n) == fold(ref) for n in [e.name, *e.aliases])]
        if len(hits) == 1:
            found = store.get_node("Person", hits[0].id)
            if isinstance(found, Person):
                return found
        if len(hits) > 1:
            raise AmbiguousNameError(
                f"{ref!r} matches {len(hits)} persons; use one of their ids",
                candidates=[_as_summary(h) for h in hits],
            )
        raise NotFoundError(f"no person matches {ref!r}", suggestions=_suggest(index, ref))
    candidates = [
        NodeSummary(id=p.id, label="Person", name=p.name, country=p.country).model_dump() for p in exact
    ]
    raise AmbiguousNameError(
        f"{ref!r} matches {len(exact)} persons; use one of their ids", candidates=candidates
    )


def _ends(name: str) -> tuple[str, ...]:
    parts = tokens(name)
    return (parts[0], parts[-1]) if parts else ()


def search_persons(store: GraphStore, q: str) -> list[PersonHit]:
    """Persons whose names contain the query's words, then fuzzy matches, best first."""
    wanted = fold(q)
    compact = wanted.replace(" ", "")
    hits: list[PersonHit] = []
    for entry in store.name_index("Person"):
        names = [fold(n) for n in [entry.name, *entry.aliases]]
        if any(compact and compact in n.replace(" ", "") for n in names):
            score = 100.0 if any(n.replace(" ", "") == compact for n in names) else 90.0
        else:
            score = max(max(fuzz.WRatio(wanted, n), typo_score(wanted, n)) for n in names)
            if score < 80:
                continue
        hits.append(
            PersonHit(id=entry.id, label="Person", name=entry.name, country=entry.country,
                      aliases=list(entry.aliases), score=round(score, 1))
        )  # fmt: skip
    hits.sort(key=lambda h: (-h.score, h.id))
    return hits


def _typos_allowed(word: str, alone: bool) -> int:
    # Short words get fewer: one typo in a lone three-letter word ("kin") matches too much.
    if len(word) < 3 or (alone and len(word) == 3):
        return 0
    return 1 if len(word) < 6 else 2


def typo_score(query: str, name: str) -> float:
    """85 when every word of the query is a word of the name up to one or two typos ("lavrof"), else 0.

    WRatio alone misses a typo in one word of a longer name ("lavrof" vs "sergei lavrov");
    this counts edits (a swap of two letters is one) per word, more for longer words.
    """
    words, parts = query.split(), name.split()
    if not words or not parts:
        return 0.0
    edits = 0
    for word in words:
        best = min(DamerauLevenshtein.distance(word, part) for part in parts)
        if best > _typos_allowed(word, alone=len(words) == 1):
            return 0.0
        edits += best
    return 85.0 - 2 * edits


def resolve_country(store: GraphStore, ref: str, *, strict: bool = False) -> str:
    """An ISO3 code or a country name -> ISO3; NotFoundError with suggestions otherwise.

    `strict` accepts only codes and exact names (used where the text may be a person).
    """
    text = ref.strip()
    if len(text) == 3 and text.isalpha() and pycountry.countries.get(alpha_3=text.upper()):
        return text.upper()
    wanted = fold(text)
    for entry in store.name_index("Country"):
        if fold(entry.name) == wanted:
            return entry.id
    # The extractor's own table: ISO names plus the everyday ones ("North Korea", "DPRK", "the US").
    code = country_from_name(text)
    if code:
        return code
    if not strict:
        try:
            found = pycountry.countries.search_fuzzy(text)
        except LookupError:
            found = []
        if len(found) == 1:
            return str(found[0].alpha_3)
    known = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    best = process.extract(text, known, scorer=fuzz.WRatio, limit=SUGGESTIONS, score_cutoff=60)
    raise NotFoundError(
        f"no country matches {ref!r}; use an ISO 3166-1 alpha-3 code such as RUS",
        suggestions=[{"id": code, "name": name} for name, _, code in best],
    )
