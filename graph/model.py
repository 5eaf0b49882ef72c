"""The graph's nodes and edges, shared by every store.

Ids are derived from content (see `graph/keys.py`) so that two writers that
see the same names converge on the same ids.  Node ids are unique within a
label; an edge id is unique in the whole graph.

Properties that articles contribute (a person's spellings, titles, country)
are kept as `mentions`, one per article and spelling, stored as rows keyed by
(node, article) beside the node, so that re-ingesting a changed article can
remove exactly what it contributed.  A node's derived properties (`name`,
`aliases`, `country`, `titles`) come from its `tally`: the mentions grouped
by everything but the article, counted.  The tally grows with the distinct
spellings and titles, not with the number of articles, so a new article
updates it (and the node) in time independent of how famous the node is
(`graph/plan.py`).  An edge's evidence and `EdgeTally` work the same way.
Stores never compute derived properties.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

NodeLabel = Literal["Person", "Country", "Organization", "Agreement", "Place", "Article"]
EdgeType = Literal["MET", "CALLED", "VISITED", "SIGNED"]
DatePrecision = Literal["day", "month", "year", "span"]
Direction = Literal["out", "in", "any"]

# The fixed allow-lists: labels and relationship types that may ever reach a store
# (the Neo4j store interpolates only these into Cypher).
NODE_LABELS: tuple[NodeLabel, ...] = ("Person", "Country", "Organization", "Agreement", "Place", "Article")
EDGE_TYPES: tuple[EdgeType, ...] = ("MET", "CALLED", "VISITED", "SIGNED")
# MET and CALLED are symmetric: stored with src < dst so one pair has one direction.
SYMMETRIC_TYPES: frozenset[str] = frozenset({"MET", "CALLED"})
# Which labels each edge type may connect (src labels, dst labels).
EDGE_ENDPOINTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "MET": (("Person",), ("Person",)),
    "CALLED": (("Person",), ("Person",)),
    "VISITED": (("Person",), ("Country",)),
    "SIGNED": (("Person", "Country"), ("Agreement",)),
}


class Mention(BaseModel):
    """What one article said about a node (one per article and spelling)."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    # The article's publication date: when this title/spelling was seen.
    date: dt.date | None = None
    # Agreements only: the states party to it and the signing date as reported.
    countries: tuple[str, ...] = ()
    reported_date: str | None = None
    # Persons only: why this mention joined its node (graph/resolve.py), and an analyst's or an
    # actor dictionary's decisions, which outlive re-ingest: the articles whose person this node
    # is (`claims`), the persons it is not (`apart`), and the offices an actor dictionary gives
    # ("Foreign Minister|2004-03-09|", office|start|end).
    why: str | None = None
    claims: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()
    # Persons only: the article inferred the state rather than stating it (a weaker vote).
    country_inferred: bool = False


class MentionGroup(BaseModel):
    """Mentions that agree on everything but the article and its date, counted."""

    model_config = ConfigDict(frozen=True)

    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    country: str | None = None
    organization: str | None = None
    countries: tuple[str, ...] = ()
    reported_date: str | None = None
    why: str | None = None
    claims: tuple[str, ...] = ()
    apart: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()
    country_inferred: bool = False
    count: int = 1
    # The earliest sighting (undated ones last, then by article id), and the latest dated one.
    first: dt.date | None = None
    first_article: str = ""
    last: dt.date | None = None


class TitleSeen(BaseModel):
    """A title (for a state) as reported: first sighting, last dated sighting, how often."""

    model_config = ConfigDict(frozen=True)

    title: str
    country: str | None = None
    date: dt.date | None = None
    article_id: str
    last_date: dt.date | None = None
    articles: int = 1


class NodeBase(BaseModel):
    id: str
    name: str
    # Not part of the stored node: in a batch, mention rows to write; read back only by
    # `GraphStore.nodes_of_article` and `GraphStore.mentions_of` (empty from other reads).
    mentions: list[Mention] = Field(default_factory=list)
    # Every stored mention, grouped: what the derived properties are computed from.
    tally: list[MentionGroup] = Field(default_factory=list)
    article_count: int = 0
    # Lookup keys (folded names, transliteration keys) for `GraphStore.nodes_by_keys`.
    keys: list[str] = Field(default_factory=list)


class Person(NodeBase):
    label: Literal["Person"] = "Person"
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    titles: list[TitleSeen] = Field(default_factory=list)
    organizations: list[str] = Field(default_factory=list)
    # Why each spelling or article joined this person ("Andrey Rudenko [art-3]: transliteration ...").
    resolution: list[str] = Field(default_factory=list)


class Country(NodeBase):
    """id is the ISO 3166-1 alpha-3 code."""

    label: Literal["Country"] = "Country"


class Organization(NodeBase):
    label: Literal["Organization"] = "Organization"
    kind: str | None = None
    country: str | None = None


class Agreement(NodeBase):
    label: Literal["Agreement"] = "Agreement"
    countries: list[str] = Field(default_factory=list)
    date: str | None = None
    # Other names reports gave it ("the mutual defence pact").
    aliases: list[str] = Field(default_factory=list)
    # "package": the documents one signing produced ("11 cooperation documents"), `documents` their count.
    kind: str | None = None
    documents: int | None = None


class Place(NodeBase):
    label: Literal["Place"] = "Place"
    country: str | None = None
    # The city or area a named venue is in ("Vostochny Cosmodrome" -> "Tsiolkovsky").
    city: str | None = None


class ArticleNode(NodeBase):
    """One ingested article; `content_hash` makes re-ingest idempotent."""

    label: Literal["Article"] = "Article"
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    content_hash: str
    warnings: list[str] = Field(default_factory=list)
    fact_count: int = 0


Node = Annotated[
    Person | Country | Organization | Agreement | Place | ArticleNode, Field(discriminator="label")
]


def copy_node(node: Node) -> Node:
    """A copy safe to change: fresh lists, shared items (mentions, titles and strings are immutable).

    Much cheaper than a deep copy for people named in thousands of articles.
    """
    return node.model_copy(update={name: list(value) for name, value in node if isinstance(value, list)})


_M = TypeVar("_M", bound=BaseModel)


def construct(cls: type[_M], values: dict[str, Any]) -> _M:
    """A model from trusted, already-valid values for EVERY field, without validation.

    What `model_construct` does, without its per-field Python loop (defaults,
    aliases): reads build thousands of edges and evidence items a second from
    what the store validated when it was written.
    """
    model = cls.__new__(cls)
    object.__setattr__(model, "__dict__", values)
    object.__setattr__(model, "__pydantic_fields_set__", set(values))
    object.__setattr__(model, "__pydantic_extra__", None)
    object.__setattr__(model, "__pydantic_private__", None)
    return model


NODE_CLASSES: dict[str, type[NodeBase]] = {
    "Person": Person,
    "Country": Country,
    "Organization": Organization,
    "Agreement": Agreement,
    "Place": Place,
    "Article": ArticleNode,
}


class Evidence(BaseModel):
    """One article's report of an edge: the sentence and what it said."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    sentence: str
    date: str | None = None  # as reported (ISO day/month/year/span)
    place: str | None = None
    country: str | None = None  # ISO3 of where it happened, as reported


class EdgeTally(BaseModel):
    """Counts over all of an edge's evidence: what its date, place and country derive from."""

    dates: dict[str, int] = Field(default_factory=dict)
    places: dict[str, int] = Field(default_factory=dict)
    countries: dict[str, int] = Field(default_factory=dict)
    evidence: int = 0


class Edge(BaseModel):
    id: str
    type: EdgeType
    src_label: NodeLabel
    src: str
    dst_label: NodeLabel
    dst: str
    date: str | None = None  # ISO day, month, year or "start/end"
    precision: DatePrecision | None = None
    start: dt.date | None = None  # first day the date/span covers
    end: dt.date | None = None  # last day it covers
    place: str | None = None
    country: str | None = None  # ISO3 of where it happened
    # Ordered by (article_id, sentence).  Stored as rows keyed by (edge, article); in a
    # batch, the rows to write.  Reads return all of it, except `edges_between(...,
    # evidence=False)`, which returns none of it but the `tally` instead.
    evidence: list[Evidence] = Field(default_factory=list)
    article_count: int = 0
    # Only where the store returns it (see above); None means "derive it from `evidence`".
    tally: EdgeTally | None = None


class NodeRef(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: NodeLabel
    id: str


class ArticleBatch(BaseModel):
    """Everything one article's (re-)ingest changes, written as one unit.

    Computed by `graph/build.py`: the final properties of every node and edge
    that the old or the new version of the article touches (when the article
    shows two stored persons are one, that includes every edge of the person
    merged away: `graph/merge.py`), with the mention and evidence rows to
    write (see `GraphStore.write_article`).  Stores apply it verbatim; they
    never compute properties.
    """

    article: ArticleNode
    upsert_nodes: list[Node] = Field(default_factory=list)
    delete_nodes: list[NodeRef] = Field(default_factory=list)
    upsert_edges: list[Edge] = Field(default_factory=list)
    delete_edges: list[str] = Field(default_factory=list)
    # The article is being deleted (graph/delete.py): its node is in `delete_nodes`, not written.
    delete_article: bool = False
    # Nodes whose mention rows are replaced wholesale by their `mentions` (an analyst's split moves
    # other articles' mentions off a node: app/people_service.py).
    replace_mentions: list[NodeRef] = Field(default_factory=list)

    def written_nodes(self) -> list[Node]:
        """The Article node (unless deleted) and `upsert_nodes`: every node to write."""
        return list(self.upsert_nodes) if self.delete_article else [self.article, *self.upsert_nodes]


class EdgeQuery(BaseModel):
    """A filtered, paginated edge listing (see `GraphStore.find_edges`)."""

    model_config = ConfigDict(extra="forbid")

    types: list[EdgeType] | None = None
    node: NodeRef | None = None
    direction: Direction = "any"
    # The endpoint that is not `node`: a Person with this country, or this Country.
    counterpart_country: str | None = None
    # The src endpoint is a Person whose country is this ISO3.
    src_person_country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    offset: int = Field(default=0, ge=0)
    limit: int | None = Field(default=50, ge=0)


class EdgePage(BaseModel):
    total: int
    items: list[Edge]


class NodePage(BaseModel):
    total: int
    items: list[Node]


class NameEntry(BaseModel):
    """A node's names, for fuzzy lookup done in shared code (immutable: stores may cache them)."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    aliases: Sequence[str] = ()
    country: str | None = None


class PathHop(BaseModel):
    src: str
    dst: str
    # Every edge of the requested types between src and dst, ordered as in find_edges.
    edges: list[Edge]


class Stats(BaseModel):
    nodes: dict[str, int]
    edges: dict[str, int]
    evidence: int


class Health(BaseModel):
    store: str
    ok: bool
    detail: str = ""
