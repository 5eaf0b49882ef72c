"""Analysts correct who is who: split a person, merge two, load an actor dictionary.

Each correction is written like an article's ingest (one atomic batch under
the store's ingest lock) and is kept as a mention from a pseudo-article
(`analyst-corrections`, `actor-dictionary`) that no article's re-ingest
removes: `claims` pins the articles whose person a node is, `apart` keeps
two nodes from being merged again (see graph/resolve.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections import defaultdict

from pydantic import BaseModel

from app.lookup import resolve_person
from diplograph.errors import ConflictError, InvalidInputError
from graph.build import batch_of
from graph.keys import exact_key, fold, is_full_name, parse_date, person_slug, short_hash, slug
from graph.merge import merge, partners
from graph.model import SYMMETRIC_TYPES, ArticleNode, EdgeQuery, Mention, NodeRef, Person
from graph.plan import Plan, Report
from graph.resolve import (
    ACTOR_NOTE,
    CORRECTIONS,
    DICTIONARY,
    lookup_keys,
    period_text,
    person_profile,
    refresh_person,
    same_person,
)
from graph.store import GraphStore
from ingest.countries import country_from_any

# A plan id no article has: corrections strip nothing when they start.
_NO_ARTICLE = "\x00correction"


def _article(article_id: str, title: str, payload: str) -> ArticleNode:
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    return ArticleNode(id=article_id, name=title, title=title, content_hash=digest)


def _real_articles(person: Person) -> list[str]:
    return sorted({m.article_id for m in person.mentions if m.article_id not in (CORRECTIONS, DICTIONARY)})


def _person(plan: Plan, person_id: str) -> Person:
    node = plan.node("Person", person_id)
    if not isinstance(node, Person):
        raise InvalidInputError(f"no person with id {person_id!r}")
    plan.complete(node)  # every mention, not only a tally: corrections move and pin articles
    return node


def _write(store: GraphStore, plan: Plan, article_id: str, title: str, note: str) -> None:
    existing = store.get_node("Article", article_id)
    log = f"{existing.content_hash if isinstance(existing, ArticleNode) else ''}\n{note}"
    batch = batch_of(plan, _article(article_id, title, log))
    # A correction moves mentions between persons: the rows a person no longer has must go.
    corrected = [NodeRef(label="Person", id=n.id) for n in batch.upsert_nodes if n.label == "Person"
                 and ("Person", n.id) in plan.complete_nodes]  # fmt: skip
    store.write_article(batch.model_copy(update={"replace_mentions": corrected}))


def _with_correction(mentions: list[Mention], correction: Mention) -> list[Mention]:
    """The mentions with one more correction; one per node and spelling, so it joins an earlier one."""
    earlier = [m for m in mentions if m.article_id == CORRECTIONS and m.name == correction.name]
    for m in earlier:
        correction = correction.model_copy(
            update={
                "claims": tuple(sorted({*m.claims, *correction.claims})),
                "apart": tuple(sorted({*m.apart, *correction.apart})),
                "aliases": tuple(sorted({*m.aliases, *correction.aliases})),
            }
        )
    return [m for m in mentions if m not in earlier] + [correction]


class MentionWhy(BaseModel):
    """One article's (or one correction's) spelling of a person, and why it joined them."""

    article_id: str
    name: str
    title: str | None = None
    country: str | None = None
    why: str | None = None


class PersonResolution(BaseModel):
    """Who a person node is and why: what `people show` prints and `GET /persons/{id}/resolution` answers."""

    id: str
    name: str
    country: str | None = None
    aliases: list[str]
    article_count: int
    notes: list[str]  # why each spelling or article joined ("same name" goes without saying)
    mentions: list[MentionWhy]  # analysts' corrections are mentions of `analyst-corrections`


def resolution(store: GraphStore, ref: str) -> PersonResolution:
    """A person (id or unambiguous name) with every mention and why it is theirs."""
    person = resolve_person(store, ref)
    mentions = sorted(store.mentions_of("Person", person.id), key=lambda m: (m.article_id, m.name))
    return PersonResolution(
        id=person.id,
        name=person.name,
        country=person.country,
        aliases=person.aliases,
        article_count=person.article_count,
        notes=person.resolution,
        mentions=[
            MentionWhy(article_id=m.article_id, name=m.name, title=m.title, country=m.country, why=m.why)
            for m in mentions
        ],
    )


def merge_people(store: GraphStore, a_ref: str, b_ref: str) -> Person:
    """Make two persons one, for good: later and re-ingested articles naming either go to the survivor."""
    with store.ingest_lock():
        a, b = resolve_person(store, a_ref), resolve_person(store, b_ref)
        if a.id == b.id:
            raise ConflictError(f"{a_ref!r} and {b_ref!r} are already one person ({a.id})")
        plan = Plan(store, _NO_ARTICLE)
        first, second = _person(plan, a.id), _person(plan, b.id)
        # An earlier split kept them apart: this decision replaces it.
        for node in (first, second):
            plan.recount(
                node,
                [m.model_copy(update={"apart": tuple(x for x in m.apart if x not in (a.id, b.id))})
                 for m in node.mentions],
            )  # fmt: skip
        names = sorted({first.name, *first.aliases, second.name, *second.aliases})
        articles = tuple(sorted({*_real_articles(first), *_real_articles(second)}))
        survivor = merge(plan, first, second, "an analyst merged them")
        correction = Mention(
            article_id=CORRECTIONS,
            name=survivor.name,
            aliases=tuple(n for n in names if n != survivor.name),
            why=f"an analyst merged {a.id} and {b.id}",
            claims=articles,
        )
        plan.recount(survivor, _with_correction(survivor.mentions, correction))
        refresh_person(survivor)
        _write(store, plan, CORRECTIONS, "Analyst corrections", f"merge {a.id} {b.id}")
        return survivor


def split_person(
    store: GraphStore, ref: str, articles: list[str] | None = None, names: list[str] | None = None
) -> list[Person]:
    """Move some of a person's articles to a new person that resolution will never merge back.

    Without `articles` or `names`, every spelling of the name becomes its own person (the most
    reported stays).  Returns the persons the split leaves: the original first.
    """
    with store.ingest_lock():
        person = resolve_person(store, ref)
        plan = Plan(store, _NO_ARTICLE)
        node = _person(plan, person.id)
        groups = _split_groups(node, articles or [], names or [])
        created = [_split_off(plan, node, group) for group in groups]
        refresh_person(node)
        note = f"split {person.id} {[sorted(g) for g in groups]}"
        _write(store, plan, CORRECTIONS, "Analyst corrections", note)
        return [node, *created]


def _split_groups(node: Person, articles: list[str], names: list[str]) -> list[set[str]]:
    mine = _real_articles(node)
    if articles or names:
        wanted = {fold(n) for n in names}
        group = {a for a in articles if a in mine} | {
            m.article_id for m in node.mentions if m.article_id in mine and fold(m.name) in wanted
        }
        unknown = sorted(set(articles) - set(mine))
        if unknown:
            raise InvalidInputError(f"{node.id} is not named in {', '.join(unknown)}")
        if not group:
            raise InvalidInputError(f"none of {node.id}'s mentions is spelled {', '.join(names)}")
        if group >= set(mine):
            raise ConflictError("a split must leave some of the person's articles where they are")
        return [group]
    by_spelling: dict[str, set[str]] = defaultdict(set)
    for m in node.mentions:
        if m.article_id in mine:
            by_spelling[exact_key(m.name) if is_full_name(m.name) else fold(m.name)].add(m.article_id)
    if len(by_spelling) < 2:
        raise ConflictError(
            f"every article spells {node.name!r} the same way; name the articles to split off"
        )
    ordered = sorted(by_spelling.values(), key=lambda g: (-len(g), sorted(g)))
    kept = ordered[0]
    return [g - kept for g in ordered[1:] if g - kept]


def _split_off(plan: Plan, node: Person, group: set[str]) -> Person:
    moving = [m for m in node.mentions if m.article_id in group]
    first = sorted(moving, key=lambda m: (not is_full_name(m.name), m.article_id))[0]
    new_id = f"{person_slug(first.name)}--{short_hash(node.id, *sorted(group), length=8)}"
    fresh = Person(id=new_id, name=first.name)
    plan.created(fresh)
    moved = [m.model_copy(update={"why": f"an analyst split it from {node.id}"}) for m in moving]
    pin = Mention(
        article_id=CORRECTIONS,
        name=first.name,
        why=f"an analyst split it from {node.id}",
        claims=tuple(sorted(group)),
        apart=(node.id,),
    )
    plan.recount(fresh, _with_correction(moved, pin))
    remaining = [m for m in node.mentions if m.article_id not in group]
    keep = Mention(
        article_id=CORRECTIONS,
        name=node.name,
        why=f"an analyst split {new_id} from it",
        claims=tuple(sorted({m.article_id for m in remaining} - {CORRECTIONS, DICTIONARY})),
        apart=(new_id,),
    )
    plan.recount(node, _with_correction(remaining, keep))
    refresh_person(fresh)
    # Every report of the person is put again on the person its article now names.
    for edge in plan.store.find_edges(EdgeQuery(node=NodeRef(label="Person", id=node.id), limit=None)).items:
        if edge.id not in plan.edges:
            plan.keep_edge(edge)
    for edge in [e for e in list(plan.edges.values()) if node.id in (e.src, e.dst)]:
        reports = plan.take_evidence(edge)
        for evidence in reports:
            who = new_id if evidence.article_id in group else node.id
            src = who if edge.src_label == "Person" and edge.src == node.id else edge.src
            dst = who if edge.dst_label == "Person" and edge.dst == node.id else edge.dst
            if src == dst and edge.type in SYMMETRIC_TYPES:
                continue
            span = parse_date(evidence.date)
            plan.add(Report(edge.type, (edge.src_label, src), (edge.dst_label, dst), span, evidence))
    return fresh


class ActorRow(BaseModel):
    name: str
    aliases: list[str]
    state: str | None
    office: str | None
    start: dt.date | None
    end: dt.date | None
    key: str


class ImportSummary(BaseModel):
    actors: int
    rows: int
    attached: int  # actors found among the persons articles named
    created: int


def _date(text: str, line: int, column: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        span = parse_date(text[:10] if len(text) > 10 and text[4] == "-" else text)
    except InvalidInputError as exc:
        raise InvalidInputError(f"line {line}: {column}: {exc.message}") from exc
    return span.start if span else None


def read_actors(text: str) -> list[ActorRow]:
    """Rows of name, aliases, state, office, start, end (an optional id column groups rows of one actor)."""
    reader = csv.DictReader(io.StringIO(text))
    fields = {fold(f): f for f in reader.fieldnames or []}
    if "name" not in fields:
        raise InvalidInputError("the actor file needs a header row with at least a 'name' column")
    rows = []
    for line, raw in enumerate(reader, start=2):

        def get(column: str, raw: dict[str, str | None] = raw) -> str:
            return (raw.get(fields.get(column, ""), "") or "").strip()

        name = get("name")
        if not fold(name):
            raise InvalidInputError(f"line {line}: a name is needed")
        state_text = get("state") or get("country")
        state = None
        if state_text:
            state = (
                state_text.upper()
                if len(state_text) == 3 and state_text.isalpha()
                else country_from_any(state_text)
            )
            if state is None:
                raise InvalidInputError(
                    f"line {line}: unknown state {state_text!r}; use an ISO 3166-1 alpha-3 code"
                )
        aliases = [a.strip() for a in get("aliases").replace("|", ";").split(";") if a.strip()]
        key = get("id") or f"{fold(name)}|{state or ''}"
        rows.append(
            ActorRow(
                name=name,
                aliases=aliases,
                state=state,
                office=get("office") or get("position") or None,
                start=_date(get("start"), line, "start"),
                end=_date(get("end"), line, "end"),
                key=key,
            )
        )
    return rows


def import_actors(store: GraphStore, text: str) -> ImportSummary:
    """Load (or reload: the previous dictionary is replaced) an actor dictionary into the graph."""
    rows = read_actors(text)
    actors: dict[str, list[ActorRow]] = defaultdict(list)
    for row in rows:
        actors[row.key].append(row)
    attached = created = 0
    with store.ingest_lock():
        plan = Plan(store, DICTIONARY)  # takes the previous dictionary's mentions away
        for key, group in sorted(actors.items()):
            first = group[0]
            mention = Mention(
                article_id=DICTIONARY,
                name=first.name,
                aliases=tuple(sorted({a for r in group for a in r.aliases} - {first.name})),
                title=next((r.office for r in group if r.office), None),
                country=next((r.state for r in group if r.state), None),
                why=ACTOR_NOTE,
                periods=tuple(period_text(r.office, r.start, r.end) for r in group if r.office),
            )
            node = _actor_node(plan, first)
            if node is None:
                # The full written name, initials too: "George H. W. Bush" is not "George W. Bush".
                node_id = slug(first.name)[:120]
                while plan.node("Person", node_id) is not None:
                    node_id = f"{slug(first.name)[:120]}-{short_hash(key, length=6)}"
                node = Person(id=node_id, name=first.name)
                plan.created(node)
                created += 1
            else:
                attached += 1
            plan.mention(node, mention)
            refresh_person(node)
            while same := partners(plan, node):
                other, reason = same[0]
                node = merge(plan, node, other, reason)
        _write(store, plan, DICTIONARY, "Actor dictionary", text)
    return ImportSummary(actors=len(actors), rows=len(rows), attached=attached, created=created)


def _actor_node(plan: Plan, row: ActorRow) -> Person | None:
    """The one stored person (not another dictionary actor) this actor is, if exactly one."""
    probe = Person(id="", name=row.name, aliases=row.aliases, country=row.state)
    mine = person_profile(probe)
    found = []
    for node in plan.candidates("Person", lookup_keys([row.name, *row.aliases])):
        if (
            isinstance(node, Person)
            and node.tally
            and not person_profile(node).anchored
            and same_person(mine, person_profile(node))
        ):
            found.append(node)
    if len(found) != 1:
        return None
    adopted = plan.adopt(found[0])  # the plan's copy: what the caller changes lands in the batch
    assert isinstance(adopted, Person)
    return adopted
