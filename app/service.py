"""Questions users ask of the graph; the API and the CLI both call these.

Every function takes the store first and returns models from
`app/schemas.py`; none holds a query language, only `GraphStore` calls.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

from app.lookup import resolve_country, resolve_person, search_persons
from app.schemas import (
    MAX_PAGE,
    AgreementView,
    ArticleView,
    Event,
    NodeSummary,
    Page,
    PathView,
    PersonHit,
    PersonProfile,
    TitleHolder,
    TitleSpan,
    summary,
)
from diplograph.errors import InvalidInputError, NotFoundError
from graph.keys import fold
from graph.model import (
    SYMMETRIC_TYPES,
    Agreement,
    ArticleNode,
    Edge,
    EdgePage,
    EdgeQuery,
    EdgeType,
    Health,
    NodeRef,
    Person,
    Stats,
    construct,
)
from graph.store import GraphStore

__all__ = [
    "agreement",
    "agreements",
    "article",
    "country_visitors",
    "country_visits",
    "health",
    "meetings",
    "paths",
    "person_profile",
    "persons",
    "stats",
    "timeline",
    "title_holders",
    "visits",
]


def check_window(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise InvalidInputError(f"'since' ({since}) is after 'until' ({until})")


def check_page(offset: int, limit: int) -> None:
    if offset < 0:
        raise InvalidInputError(f"offset must be >= 0, got {offset}")
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInputError(f"limit must be between 1 and {MAX_PAGE}, got {limit}")


_F = TypeVar("_F", bound=Callable[..., Any])


def _one_read(fn: _F) -> _F:
    """Answer from one hold of the store (`GraphStore.reading`): resolve, page and names together."""

    @functools.wraps(fn)
    def run(store: GraphStore, *args: Any, **kwargs: Any) -> Any:
        with store.reading():
            return fn(store, *args, **kwargs)

    return cast(_F, run)


class _Names:
    """Summaries of edge endpoints, fetched once per answer."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.cache: dict[tuple[str, str], NodeSummary] = {}

    def prefetch(self, keys: Sequence[tuple[str, str]]) -> None:
        """Fetch the summaries of a page's endpoints in one store call per label."""
        by_label: dict[str, list[str]] = defaultdict(list)
        for label, node_id in keys:
            if (label, node_id) not in self.cache:
                by_label[label].append(node_id)
        for label, ids in by_label.items():
            found = self.store.get_nodes(label, ids)  # type: ignore[arg-type]
            for node_id, node in found.items():
                self.cache[(label, node_id)] = summary(node)

    def __call__(self, label: str, node_id: str) -> NodeSummary:
        key = (label, node_id)
        if key not in self.cache:
            node = self.store.get_node(label, node_id)  # type: ignore[arg-type]
            self.cache[key] = summary(node) if node else NodeSummary(id=node_id, label=label, name=node_id)
        return self.cache[key]


def _event(edge: Edge, names: _Names, subject: tuple[str, str] | None = None) -> Event:
    src, dst = (edge.src_label, edge.src), (edge.dst_label, edge.dst)
    # Symmetric edges read from the asked-about person; directed ones keep their direction
    # (a visitor stays the subject of VISITED even on the country's timeline).
    if subject is not None and subject == dst and edge.type in SYMMETRIC_TYPES:
        src, dst = dst, src
    # From the store's validated edge: no second validation (a page builds 50 of these per request).
    return construct(
        Event,
        {
            "edge_id": edge.id,
            "type": edge.type,
            "subject": names(*src),
            "counterpart": names(*dst),
            "date": edge.date,
            "precision": edge.precision,
            "start": edge.start,
            "end": edge.end,
            "place": edge.place,
            "country": edge.country,
            "article_count": edge.article_count,
            "evidence": edge.evidence,
        },
    )


# pydantic keeps a parametrised generic only weakly: without this reference, a garbage
# collection dropped Page[Event] and the next answer built the class again (~1-3 ms of CPU).
_EVENT_PAGE = Page[Event]


def _events(
    store: GraphStore, query: EdgeQuery, subject: tuple[str, str] | None = None, found: EdgePage | None = None
) -> Page[Event]:
    """The answer for `query` (`found`: its page, if already read)."""
    check_window(query.since, query.until)
    check_page(query.offset, query.limit or 0)
    if found is None:
        found = store.find_edges(query)
    names = _Names(store)
    names.prefetch([(e.src_label, e.src) for e in found.items] + [(e.dst_label, e.dst) for e in found.items])
    items = [_event(e, names, subject) for e in found.items]
    return _EVENT_PAGE(total=found.total, offset=query.offset, limit=query.limit or 0, items=items)


def _page_by_id(store: GraphStore, ref: str, query: EdgeQuery) -> EdgePage | None:
    """`query`'s page (its node: `ref` taken as an id), read before `ref` is resolved.

    Most reads of a person's page name the person by id (the explorer's links, the API's
    clients).  Asked at once, the page is one round trip on Neo4j where resolving first and
    then paging was two (under load the second one's wait was a third of who-met's p99;
    bench/README.md); the Neo4j store keeps the node the page read for the request, so
    resolving it afterwards costs no round trip either.  None when `ref` cannot be a stored
    id (spaces, capitals: a typed name) or the page would be refused (the caller resolves
    first and reports errors in the usual order).  A page with no edge proves nothing (no
    such person, or one without such edges): the caller resolves `ref` and reuses this page
    only if `ref` was that person's id.
    """
    if not ref or ref != ref.strip() or any(c.isspace() or c.isupper() for c in ref):
        return None
    if query.offset < 0 or not 1 <= (query.limit or 0) <= MAX_PAGE:
        return None
    return store.find_edges(query)


def persons(store: GraphStore, q: str | None, offset: int = 0, limit: int = 50) -> Page[PersonHit]:
    check_page(offset, limit)
    if q is not None and q.strip():
        total, hits = search_persons(store, q, offset, limit)
        return Page[PersonHit](total=total, offset=offset, limit=limit, items=hits)
    everyone = store.name_index("Person")
    hits = [
        PersonHit(
            id=e.id, label="Person", name=e.name, country=e.country, aliases=list(e.aliases), score=100.0
        )
        for e in everyone[offset : offset + limit]
    ]  # fmt: skip  (models for the page only)
    return Page[PersonHit](total=len(everyone), offset=offset, limit=limit, items=hits)


def title_spans(person: Person) -> list[TitleSpan]:
    """Each title (and the state it was held for) with the first and last day it was reported."""
    spans: dict[tuple[str, str | None], list[dt.date | None]] = defaultdict(list)
    articles: dict[tuple[str, str | None], int] = defaultdict(int)
    for seen in person.titles:
        key = (seen.title, seen.country)
        spans[key] += [seen.date, seen.last_date]
        articles[key] += seen.articles
    titles = []
    for (title, country), dates in spans.items():
        known = sorted(d for d in dates if d)
        titles.append(
            TitleSpan(
                title=title,
                country=country,
                first_seen=known[0] if known else None,
                last_seen=known[-1] if known else None,
                articles=articles[(title, country)],
            )
        )
    titles.sort(key=lambda t: (t.first_seen is None, t.first_seen or dt.date.min, t.title))
    return titles


def person_profile(store: GraphStore, ref: str) -> PersonProfile:
    person = resolve_person(store, ref)
    titles = title_spans(person)
    node = NodeRef(label="Person", id=person.id)
    counts = {
        edge_type.lower(): store.find_edges(EdgeQuery(node=node, types=[edge_type], limit=0)).total
        for edge_type in ("MET", "CALLED", "VISITED", "SIGNED")
    }
    counts["articles"] = person.article_count
    return PersonProfile(person=person, titles=titles, counts=counts)


def title_holders(
    store: GraphStore, title: str, *, country: str | None = None, offset: int = 0, limit: int = 50
) -> Page[TitleHolder]:
    """Who was reported holding a title ("Foreign Minister" of PRK), with the dates, earliest first."""
    check_page(offset, limit)
    wanted = fold(title)
    if not wanted:
        raise InvalidInputError("title must contain letters")
    iso3 = resolve_country(store, country) if country else None
    holders = []
    for node in store.list_nodes("Person", limit=None).items:
        if not isinstance(node, Person):
            continue
        for span in title_spans(node):
            if fold(span.title) == wanted and (iso3 is None or span.country == iso3):
                holders.append(TitleHolder(person=summary(node), **span.model_dump()))
    holders.sort(key=lambda h: (h.first_seen is None, h.first_seen or dt.date.min, h.person.id))
    return Page[TitleHolder](
        total=len(holders), offset=offset, limit=limit, items=holders[offset : offset + limit]
    )


@_one_read
def meetings(
    store: GraphStore,
    ref: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    country: str | None = None,
    types: list[EdgeType] | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page[Event]:
    """Who met (or called) this person: counterparts with date, place, evidence."""
    wanted = types or ["MET", "CALLED"]
    first = None
    if country is None and since is None and until is None and set(wanted) <= {"MET", "CALLED"}:
        by_id = EdgeQuery(node=NodeRef(label="Person", id=ref), types=wanted, offset=offset, limit=limit)
        first = _page_by_id(store, ref, by_id)
        if first is not None and first.total:
            return _events(store, by_id, ("Person", ref), first)
    person = resolve_person(store, ref)
    if not set(wanted) <= {"MET", "CALLED"}:
        raise InvalidInputError(f"type must be MET or CALLED, got {', '.join(wanted)}")
    query = EdgeQuery(
        node=NodeRef(label="Person", id=person.id),
        types=wanted,
        counterpart_country=resolve_country(store, country) if country else None,
        since=since,
        until=until,
        offset=offset,
        limit=limit,
    )
    # `ref` was the person's id after all (a person without such edges): its page was read.
    return _events(store, query, ("Person", person.id), first if person.id == ref else None)


@_one_read
def visits(
    store: GraphStore,
    ref: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page[Event]:
    person = resolve_person(store, ref)
    query = EdgeQuery(
        node=NodeRef(label="Person", id=person.id),
        types=["VISITED"],
        direction="out",
        since=since,
        until=until,
        offset=offset,
        limit=limit,
    )
    return _events(store, query)


@_one_read
def country_visitors(
    store: GraphStore,
    ref: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page[Event]:
    """Who visited this country ("who visited Russia in March 2025")."""
    iso3 = resolve_country(store, ref)
    query = EdgeQuery(
        node=NodeRef(label="Country", id=iso3),
        types=["VISITED"],
        direction="in",
        since=since,
        until=until,
        offset=offset,
        limit=limit,
    )
    return _events(store, query)


@_one_read
def country_visits(
    store: GraphStore,
    ref: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page[Event]:
    """This country's officials abroad."""
    iso3 = resolve_country(store, ref)
    query = EdgeQuery(
        types=["VISITED"], src_person_country=iso3, since=since, until=until, offset=offset, limit=limit
    )
    return _events(store, query)


def _agreement_dates_fit(item: Agreement, since: dt.date | None, until: dt.date | None) -> bool:
    if since is None and until is None:
        return True
    from graph.keys import parse_date

    span = parse_date(item.date) if item.date else None
    if span is None:
        return False
    return (since is None or span.end >= since) and (until is None or span.start <= until)


def agreements(
    store: GraphStore,
    *,
    country: str | None = None,
    signer: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page[Agreement]:
    check_window(since, until)
    check_page(offset, limit)
    iso3 = resolve_country(store, country) if country else None
    signed: set[str] | None = None
    if signer:
        person = resolve_person(store, signer)
        found = store.find_edges(
            EdgeQuery(node=NodeRef(label="Person", id=person.id), types=["SIGNED"], limit=None)
        )
        signed = {e.dst for e in found.items}
    items = [
        a
        for a in store.list_nodes("Agreement", limit=None).items
        if isinstance(a, Agreement)
        and (iso3 is None or iso3 in a.countries)
        and (signed is None or a.id in signed)
        and _agreement_dates_fit(a, since, until)
    ]
    return Page[Agreement](total=len(items), offset=offset, limit=limit, items=items[offset : offset + limit])


def agreement(store: GraphStore, agreement_id: str) -> AgreementView:
    node = store.get_node("Agreement", agreement_id)
    if not isinstance(node, Agreement):
        matches = [
            a for a in store.list_nodes("Agreement", limit=None).items if fold(a.name) == fold(agreement_id)
        ]
        if len(matches) != 1 or not isinstance(matches[0], Agreement):
            known = [a.id for a in store.list_nodes("Agreement", limit=None).items]
            raise NotFoundError(f"no agreement {agreement_id!r}", suggestions=known[:10])
        node = matches[0]
    found = store.find_edges(EdgeQuery(node=NodeRef(label="Agreement", id=node.id), limit=None))
    names = _Names(store)
    events = [_event(e, names) for e in found.items]
    signers = list({ev.subject.id: ev.subject for ev in events}.values())
    return AgreementView(agreement=node, signers=signers, events=events)


@_one_read
def timeline(
    store: GraphStore,
    entity: str,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Page[Event]:
    """Dated events of a person or a country, in date order (undated last)."""
    try:
        iso3 = resolve_country(store, entity, strict=True)
        subject = ("Country", iso3)
    except NotFoundError:
        subject = ("Person", resolve_person(store, entity).id)
    query = EdgeQuery(
        node=NodeRef.model_validate({"label": subject[0], "id": subject[1]}),
        since=since,
        until=until,
        offset=offset,
        limit=limit,
    )
    return _events(store, query, subject)


def paths(store: GraphStore, src: str, dst: str, max_paths: int = 10) -> list[PathView]:
    """How two people are connected through meetings and calls (shortest paths)."""
    a, b = resolve_person(store, src), resolve_person(store, dst)
    if a.id == b.id:
        raise InvalidInputError(f"'from' and 'to' are the same person ({a.id})")
    names = _Names(store)
    views = []
    for path in store.shortest_paths(a.id, b.id, max_paths=max_paths):
        people = [names("Person", path[0].src)] + [names("Person", hop.dst) for hop in path]
        hops = [[_event(e, names, ("Person", hop.src)) for e in hop.edges] for hop in path]
        views.append(PathView(persons=people, hops=hops))
    return views


def article(store: GraphStore, article_id: str) -> ArticleView:
    node = store.get_node("Article", article_id)
    if not isinstance(node, ArticleNode):
        raise NotFoundError(f"no article {article_id!r}")
    nodes = [summary(n) for n in store.nodes_of_article(article_id)]
    return ArticleView(article=node, nodes=nodes, edges=store.edges_of_article(article_id))


def stats(store: GraphStore) -> Stats:
    return store.stats()


def health(store: GraphStore) -> Health:
    return store.health()


def person_or_none(store: GraphStore, person_id: str) -> Person | None:
    node = store.get_node("Person", person_id)
    return node if isinstance(node, Person) else None
