"""Turn one extraction record into one `ArticleBatch` and write it.

This is the only place where the graph changes, for every store:
1. under the store's ingest lock, an unchanged article (same content hash)
   is skipped;
2. what the article's previous version contributed (mentions, evidence) is
   stripped from the nodes and edges it touched;
3. its people are resolved (`graph/resolve.py`) and its facts become
   evidence on existing compatible edges (same type, same endpoints,
   overlapping dates; an undated report fits any) or on new edges;
4. derived properties are recomputed; nodes and edges left with nothing are
   deleted; the batch is written atomically.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Literal, cast

import pycountry
from pydantic import BaseModel, Field

from diplograph.errors import InvalidInputError
from graph.agreements import (
    content_words,
    package_count,
    package_id,
    package_name,
    refresh_agreement,
    report_mention,
    same_agreement,
    state_keys,
)
from graph.keys import DateSpan, exact_key, fold, parse_date, short_hash, slug
from graph.merge import merge, partners
from graph.model import (
    NODE_CLASSES,
    SYMMETRIC_TYPES,
    Agreement,
    ArticleBatch,
    ArticleNode,
    Country,
    EdgeType,
    Evidence,
    Mention,
    Node,
    NodeLabel,
    NodeRef,
    Organization,
    Person,
    Place,
)
from graph.plan import Plan, Report, refresh_edge
from graph.resolve import collect_people, lookup_keys, match_person, mention_of, new_person_id
from graph.resolve import refresh_person as _refresh_person
from graph.store import GraphStore
from ingest.countries import venue
from ingest.schema import ExtractionRecord, Fact


class ArticleMeta(BaseModel):
    id: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    content_hash: str


class PersonOutcome(BaseModel):
    name: str
    id: str
    # new: first seen here; merged: joined a person other articles named.
    status: Literal["new", "merged"]


class FactOutcome(BaseModel):
    type: EdgeType
    edge_id: str
    # new edge, or corroborated: evidence added to an edge other articles reported.
    status: Literal["new", "corroborated"]


class IngestOutcome(BaseModel):
    article_id: str
    status: Literal["added", "replaced", "skipped"]
    persons: list[PersonOutcome] = Field(default_factory=list)
    facts: list[FactOutcome] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def _iso3(code: str | None, where: str) -> str | None:
    if code is None:
        return None
    code = code.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise InvalidInputError(f"{where}: country {code!r} is not an ISO 3166-1 alpha-3 code")
    return code


MAX_NAME = 200


def _check_name(name: str, where: str) -> None:
    if not fold(name):
        raise InvalidInputError(f"{where}: a person's name must contain letters, got {name!r}")
    if len(name) > MAX_NAME:
        raise InvalidInputError(f"{where}: a person's name is longer than {MAX_NAME} characters")


def check_record(record: ExtractionRecord) -> None:
    """Raise InvalidInputError naming the first unusable part of the record."""
    if not record.id.strip():
        raise InvalidInputError("the record needs a non-empty 'id'")
    for i, fact in enumerate(record.facts):
        where = f"facts[{i}] ({fact.type})"
        for name in [*(fact.persons or []), *(fact.parties or []), *([fact.person] if fact.person else [])]:
            _check_name(name, where)
        parse_date_at(fact.date, where)
        _iso3(fact.country, where)
        for c in fact.countries or []:
            _iso3(c, where)
        if fact.type in SYMMETRIC_TYPES and (not fact.persons or len(fact.persons) != 2):
            raise InvalidInputError(f"{where}: needs exactly two names in 'persons'")
        if fact.type == "VISITED" and not fact.person:
            raise InvalidInputError(f"{where}: needs 'person'")
        if fact.type == "SIGNED" and not (fact.agreement and fact.agreement.strip()):
            raise InvalidInputError(f"{where}: needs 'agreement'")
        if not fact.evidence.strip():
            raise InvalidInputError(f"{where}: needs an evidence sentence")
    for i, p in enumerate(record.persons):
        _check_name(p.name, f"persons[{i}]")
        for alias in p.aliases:
            _check_name(alias, f"persons[{i}].aliases")
        _iso3(p.country, f"persons[{i}]")
    if record.published:
        parse_date_at(record.published, "published")


def drop_invalid(record: ExtractionRecord) -> ExtractionRecord:
    """The record without the facts and persons `check_record` would refuse, each dropped with a warning.

    For records our own extractor made: one odd fact should not cost the whole article.
    """
    warnings = list(record.warnings)
    persons = []
    for person in record.persons:
        try:
            check_record(ExtractionRecord(id=record.id, persons=[person]))
            persons.append(person)
        except InvalidInputError as exc:
            warnings.append(f"person dropped: {exc.message}")
    facts = []
    for i, fact in enumerate(record.facts):
        try:
            check_record(ExtractionRecord(id=record.id, facts=[fact]))
            facts.append(fact)
        except InvalidInputError as exc:
            warnings.append(f"facts[{i}] dropped: {exc.message.split(': ', 1)[-1]}")
    published = record.published
    try:
        parse_date(published)
    except InvalidInputError:
        warnings.append(f"published date {published!r} dropped")
        published = None
    return record.model_copy(
        update={"persons": persons, "facts": facts, "warnings": warnings, "published": published}
    )


def parse_date_at(text: str | None, where: str) -> DateSpan | None:
    try:
        return parse_date(text)
    except InvalidInputError as exc:
        raise InvalidInputError(f"{where}: {exc.message}") from exc


# Names people use where the ISO name is formal ("Russian Federation").
_SHORT_NAMES = {"RUS": "Russia", "TUR": "Turkey", "MDA": "Moldova", "FSM": "Micronesia", "BRN": "Brunei"}


def country_name(iso3: str) -> str:
    if iso3 in _SHORT_NAMES:
        return _SHORT_NAMES[iso3]
    found = pycountry.countries.get(alpha_3=iso3)
    return getattr(found, "common_name", None) or getattr(found, "name", None) or iso3


class _Work(Plan):
    def __init__(self, store: GraphStore, meta: ArticleMeta) -> None:
        super().__init__(store, meta.id)
        self.meta = meta
        # Persons whose derived properties are up to date (refreshing a much-named person is costly).
        self.fresh: set[str] = set()


def _report(
    plan: _Work,
    edge_type: EdgeType,
    src: tuple[NodeLabel, str],
    dst: tuple[NodeLabel, str],
    fact: Fact,
    span: DateSpan | None,
) -> FactOutcome:
    evidence = Evidence(
        article_id=plan.meta.id,
        sentence=fact.evidence.strip(),
        date=span.text if span else None,
        place=fact.place,
        country=fact.country,
    )
    edge, status = plan.add(Report(edge_type, src, dst, span, evidence))
    return FactOutcome(type=edge_type, edge_id=edge.id, status=status)


def _mentioned(plan: _Work, node: Node, mention: Mention) -> None:
    plan.mention(node, mention)


def _resolve_people(plan: _Work, record: ExtractionRecord, outcome: IngestOutcome) -> dict[str, str]:
    entries, by_name, rejected = collect_people(record)
    for name, reason in sorted(rejected.items()):
        outcome.warnings.append(f"{name!r} is not taken for a person: {reason}")
    ids: dict[int, str] = {}
    renamed: dict[str, str] = {}  # merged-away person id -> the id it was merged into
    for entry in entries:
        candidates = [c for c in plan.candidates("Person", lookup_keys(entry.names)) if isinstance(c, Person)]
        match = match_person(entry, candidates, plan.meta.published, plan.meta.id)
        why: str | None = None
        if match is not None:
            person_id, why = match[0].id, match[1]
            elsewhere = plan.named_elsewhere(match[0])
            status: Literal["new", "merged"] = "merged" if elsewhere else "new"
            why = why if elsewhere else None
        else:
            person_id = new_person_id(entry, plan.meta.id, lambda i: plan.node("Person", i) is not None)
            status = "new"
        node = plan.node("Person", person_id)
        if node is None:
            node = Person(id=person_id, name=entry.name)
            plan.created(node)
        _mentioned(plan, node, mention_of(entry, plan.meta.id, plan.meta.published, why))
        assert isinstance(node, Person)
        _refresh_person(node)
        # What this article adds may show that two stored persons are one.
        while same := partners(plan, node):
            other, reason = same[0]
            survivor = merge(plan, node, other, reason)
            victim_id = other.id if survivor is node else node.id
            renamed[victim_id] = survivor.id
            node, status = survivor, "merged"
        plan.fresh.add(node.id)
        ids[id(entry)] = node.id
        outcome.persons.append(PersonOutcome(name=entry.name, id=node.id, status=status))

    def final(person_id: str) -> str:
        while person_id in renamed:
            person_id = renamed[person_id]
        return person_id

    for item in outcome.persons:
        item.id = final(item.id)
    return {folded: final(ids[id(entry)]) for folded, entry in by_name.items() if id(entry) in ids}


def _ensure_country(plan: _Work, iso3: str) -> None:
    if plan.node("Country", iso3) is None:
        plan.created(Country(id=iso3, name=country_name(iso3)))


def _named_node(plan: _Work, label: NodeLabel, name: str, mention: Mention, **fields: object) -> Node:
    """Find or create an Organization/Place/Agreement by its folded name."""
    key = exact_key(name)
    found = plan.candidates(label, [key])
    if found:
        node = plan.adopt(found[0])
    else:
        node_id = slug(name)[:80]
        node = plan.nodes.get((label, node_id)) or cast(
            Node, NODE_CLASSES[label].model_validate({"id": node_id, "name": name, "keys": [key], **fields})
        )
        plan.created(node)
    _mentioned(plan, node, mention)
    _refresh_node(node)
    return node


def _days(text: str) -> int:
    span = parse_date(text)
    return span.days if span else 1 << 30


def _refresh_node(node: Node) -> None:
    """Recompute what a node's properties derive from its mentions."""
    if isinstance(node, Person):
        _refresh_person(node)
    elif isinstance(node, Agreement):
        refresh_agreement(
            node, {g.reported_date: _days(g.reported_date) for g in node.tally if g.reported_date}
        )
    elif isinstance(node, Organization | Place):
        countries: Counter[str] = Counter()
        for g in node.tally:
            if g.country:
                countries[g.country] += g.count
        node.country = min(countries, key=lambda c: (-countries[c], c)) if countries else node.country


def _apply_facts(
    plan: _Work, record: ExtractionRecord, people: dict[str, str], outcome: IngestOutcome
) -> int:
    written = 0
    article_id = plan.meta.id

    def person(name: str) -> tuple[NodeLabel, str]:
        return ("Person", people[fold(name)])

    def not_people(fact: Fact) -> list[str]:
        names = [*(fact.persons or []), *(fact.parties or []), *([fact.person] if fact.person else [])]
        return [n for n in names if fold(n) not in people]

    for i, fact in enumerate(record.facts):
        where = f"facts[{i}] ({fact.type})"
        if fact.status != "happened":
            outcome.warnings.append(f"{where}: skipped, status is {fact.status!r}")
            continue
        span = parse_date_at(fact.date, where)
        country = _iso3(fact.country, where)
        known = venue(fact.place) if fact.place else None
        if known and fact.type != "VISITED":
            # A named venue or city is in one state, whatever else the sentence names.
            country = known[1]
            fact = fact.model_copy(update={"country": country})
        if fact.type != "SIGNED" and (odd := not_people(fact)):
            outcome.warnings.append(f"{where}: skipped, {', '.join(map(repr, odd))} is not a person")
            continue
        if fact.place and fold(fact.place):
            _named_node(
                plan,
                "Place",
                fact.place,
                Mention(article_id=article_id, name=fact.place, country=known[1] if known else country),
                country=known[1] if known else country,
                city=known[0] if known else None,
            )
        if fact.type in SYMMETRIC_TYPES:
            a, b = (person(n) for n in fact.persons or [])
            if a == b:
                outcome.warnings.append(f"{where}: skipped, both names are the same person")
                continue
            outcome.facts.append(_report(plan, fact.type, a, b, fact, span))
        elif fact.type == "VISITED":
            if country is None:
                outcome.warnings.append(f"{where}: skipped, no destination country")
                continue
            _ensure_country(plan, country)
            outcome.facts.append(
                _report(plan, "VISITED", person(fact.person or ""), ("Country", country), fact, span)
            )
        else:
            states = sorted({c for c in (_iso3(c, where) for c in fact.countries or []) if c})
            treaty, parties = _agreement(plan, (fact.agreement or "").strip(), states, span, outcome, where)
            signers: list[tuple[NodeLabel, str]] = [
                person(n) for n in fact.parties or [] if fold(n) in people
            ]
            for state in parties:
                _ensure_country(plan, state)
                signers.append(("Country", state))
            if not signers:
                outcome.warnings.append(f"{where}: agreement recorded without signers")
            for signer in signers:
                outcome.facts.append(_report(plan, "SIGNED", signer, ("Agreement", treaty.id), fact, span))
        written += 1
    return written


def _agreement(
    plan: _Work, name: str, states: list[str], span: DateSpan | None, outcome: IngestOutcome, where: str
) -> tuple[Agreement, list[str]]:
    """The agreement this report is (stored or new), and the states to record as its signers."""
    mention = report_mention(plan.meta.id, name, states, span)
    keys = [exact_key(name), *(state_keys(states) if states else [])]
    found: Agreement | None = None
    for node in plan.candidates("Agreement", keys):
        if (
            isinstance(node, Agreement)
            and (node.tally or node.keys)
            and same_agreement(node, name, states, span)
        ):
            taken = plan.adopt(node)
            assert isinstance(taken, Agreement)
            found = taken
            break
    if found is None:
        package = package_count(name) is not None
        # A name that says nothing of its own ("the treaty") is told apart by its states and date.
        generic = not content_words(name)
        node_id = (
            package_id(states, span)
            if package
            else slug(f"{name} {' '.join(states)} {span.text if span else ''}" if generic else name)[:80]
        )
        while (existing := plan.node("Agreement", node_id)) is not None and existing.tally:
            node_id = f"{node_id}-{short_hash(plan.meta.id, name, length=6)}"
        display = package_name(states, span, {s: country_name(s) for s in states}) if package else name
        found = Agreement(id=node_id, name=display, kind="package" if package else None)
        plan.created(found)
    # What other reports said (this article's earlier version is already taken away).
    others = {c for g in found.tally for c in g.countries}
    parties = [s for s in states if not others or s in others]
    for state in sorted(set(states) - set(parties)):
        outcome.warnings.append(
            f"{where}: {state} not recorded as a signer: no other report of it names {state}"
        )
    _mentioned(plan, found, mention)
    _refresh_node(found)
    return found, parties


def _organizations(plan: _Work, record: ExtractionRecord) -> None:
    for org in record.organizations:
        if not fold(org.name):
            continue
        country = org.country.upper() if org.country and len(org.country) == 3 else None
        mention = Mention(article_id=plan.meta.id, name=org.name, country=country)
        node = _named_node(plan, "Organization", org.name, mention, kind=org.kind, country=country)
        if isinstance(node, Organization):
            node.kind = node.kind or org.kind
            node.country = node.country or country


def plan_article(
    store: GraphStore, record: ExtractionRecord, meta: ArticleMeta
) -> tuple[ArticleBatch, IngestOutcome]:
    """Compute the batch for one article (caller holds the store's ingest lock)."""
    status: Literal["added", "replaced"] = "replaced" if store.article_hash(meta.id) else "added"
    outcome = IngestOutcome(article_id=meta.id, status=status, warnings=list(record.warnings))
    plan = _Work(store, meta)
    people = _resolve_people(plan, record, outcome)
    _organizations(plan, record)
    written = _apply_facts(plan, record, people, outcome)
    article = ArticleNode(
        id=meta.id,
        name=meta.title or meta.id,
        url=meta.url,
        title=meta.title,
        source=meta.source,
        published=meta.published,
        content_hash=meta.content_hash,
        warnings=outcome.warnings,
        fact_count=written,
    )
    return batch_of(plan, article), outcome


def batch_of(plan: Plan, article: ArticleNode) -> ArticleBatch:
    """The batch that writes everything the plan changed: nodes left without mentions are deleted."""
    fresh = plan.fresh if isinstance(plan, _Work) else set()
    upserts: list[Node] = []
    deletes: list[NodeRef] = []
    # Only what the plan changed is written (a looked-up node or edge stays as stored).
    for label, node_id in sorted(plan.dirty_nodes):
        node = plan.nodes[(label, node_id)]
        if node.tally and not (label == "Person" and node_id in fresh):
            _refresh_node(node)
        if node.tally or label == "Country":
            upserts.append(node)
        else:
            deletes.append(NodeRef.model_validate({"label": label, "id": node_id}))
    changed = [plan.edges[i] for i in sorted(plan.dirty_edges)]
    kept = [e for e in changed if e.tally is not None and e.tally.evidence]
    dropped = [e.id for e in changed if not (e.tally is not None and e.tally.evidence)]
    for edge in kept:
        refresh_edge(edge)
    return ArticleBatch(
        article=article, upsert_nodes=upserts, delete_nodes=deletes, upsert_edges=kept, delete_edges=dropped
    )


def ingest_record(store: GraphStore, record: ExtractionRecord, meta: ArticleMeta) -> IngestOutcome:
    """Validate, plan and write one article; an unchanged article is skipped."""
    check_record(record)
    if record.id != meta.id:
        raise InvalidInputError(f"record id {record.id!r} does not match article id {meta.id!r}")
    with store.ingest_lock():
        if store.article_hash(meta.id) == meta.content_hash:
            return IngestOutcome(article_id=meta.id, status="skipped")
        batch, outcome = plan_article(store, record, meta)
        store.write_article(batch)
    return outcome
