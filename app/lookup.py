"""From what a user typed (an id, a name, a spelling) to one node, or a clear error."""

from __future__ import annotations

import pycountry
from rapidfuzz import fuzz, process

from app.schemas import NodeSummary, PersonHit
from diplograph.errors import AmbiguousNameError, NotFoundError
from graph.keys import exact_key, fold, tokens, translit_key
from graph.model import NameEntry, Person
from graph.name_search import typo_score
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
    if not exact:
        parts = tokens(ref)
        # Only names with the reference's first word can match (the store indexes names by word).
        near = store.names_with_word("Person", parts[0]) if parts else store.name_index("Person")
        if len(parts) == 1:
            hits = [e for e in near if any(parts[0] in _ends(n) for n in [e.name, *e.aliases])]
        else:
            hits = [e for e in near if any(fold(n) == fold(ref) for n in [e.name, *e.aliases])]
        if len(hits) == 1:
            found = store.get_node("Person", hits[0].id)
            if isinstance(found, Person):
                return found
        if len(hits) > 1:
            raise AmbiguousNameError(
                f"{ref!r} matches {len(hits)} persons; use one of their ids",
                candidates=[_as_summary(h) for h in hits],
            )
        suggestions = _suggest(store.name_index("Person"), ref)  # the error path: every name is compared
        raise NotFoundError(f"no person matches {ref!r}", suggestions=suggestions)
    candidates = [
        NodeSummary(id=p.id, label="Person", name=p.name, country=p.country).model_dump() for p in exact
    ]
    raise AmbiguousNameError(
        f"{ref!r} matches {len(exact)} persons; use one of their ids", candidates=candidates
    )


def _ends(name: str) -> tuple[str, ...]:
    parts = tokens(name)
    return (parts[0], parts[-1]) if parts else ()


def search_persons(
    store: GraphStore, q: str, offset: int = 0, limit: int | None = None
) -> tuple[int, list[PersonHit]]:
    """How many persons match `q` (names holding its words, then fuzzy matches), and the page, best first.

    Matching and scores: graph/name_search.py.
    """
    found = store.search_names("Person", q)
    page = found[offset:] if limit is None else found[offset : offset + limit]
    hits = [
        PersonHit(id=entry.id, label="Person", name=entry.name, country=entry.country,
                  aliases=list(entry.aliases), score=round(score, 1))
        for entry, score in page
    ]  # fmt: skip
    return len(found), hits


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
