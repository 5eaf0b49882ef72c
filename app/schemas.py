"""Answers of the service functions (and so of the API and the CLI)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from graph.model import Agreement, ArticleNode, Edge, EdgeType, Evidence, Node, Person, construct
from ingest.schema import ExtractionRecord, Fact, OrganizationRecord, PersonRecord

T = TypeVar("T")

MAX_PAGE = 500
MAX_RECORD_PERSONS = 500
MAX_RECORD_FACTS = 1000


class Page(BaseModel, Generic[T]):
    total: int
    offset: int
    limit: int
    items: list[T]


class NodeSummary(BaseModel):
    id: str
    label: str
    name: str
    country: str | None = None


class PersonHit(NodeSummary):
    aliases: list[str] = Field(default_factory=list)
    score: float


class TitleSpan(BaseModel):
    title: str
    country: str | None
    first_seen: dt.date | None
    last_seen: dt.date | None
    articles: int


class TitleHolder(TitleSpan):
    person: NodeSummary


class PersonProfile(BaseModel):
    person: Person
    titles: list[TitleSpan]
    counts: dict[str, int]


_CHOE = {"id": "choe-son-hui", "label": "Person", "name": "Choe Son-hui", "country": "PRK"}
_LAVROV = {"id": "sergei-lavrov", "label": "Person", "name": "Sergei Lavrov", "country": "RUS"}
_IN_MOSCOW = {"date": "2024-11-01", "place": "Moscow", "country": "RUS"}
_EVENT_EXAMPLE: dict[str, Any] = {
    "edge_id": "met-e03055c9ac94",
    "type": "MET",
    "subject": _CHOE,
    "counterpart": _LAVROV,
    "precision": "day",
    "start": "2024-11-01",
    "end": "2024-11-01",
    **_IN_MOSCOW,
    "article_count": 2,
    "evidence": [
        {
            "article_id": "tass-2024-11-01",
            "sentence": "Lavrov held talks with Choe Son-hui in Moscow.",
            **_IN_MOSCOW,
        },
        {
            "article_id": "yonhap-2024-11-02",
            "sentence": "Choe Son Hui met Sergey Lavrov on Friday.",
            **_IN_MOSCOW,
        },
    ],
}


class Event(BaseModel):
    """One edge seen from one of its endpoints."""

    model_config = ConfigDict(json_schema_extra={"examples": [_EVENT_EXAMPLE]})  # type: ignore[list-item]

    edge_id: str
    type: EdgeType
    subject: NodeSummary
    counterpart: NodeSummary
    date: str | None
    precision: str | None
    start: dt.date | None
    end: dt.date | None
    place: str | None
    country: str | None
    article_count: int
    evidence: list[Evidence]


class AgreementView(BaseModel):
    agreement: Agreement
    signers: list[NodeSummary]
    events: list[Event]


class PathView(BaseModel):
    persons: list[NodeSummary]
    hops: list[list[Event]]


class ArticleView(BaseModel):
    article: ArticleNode
    nodes: list[NodeSummary]
    edges: list[Edge]


class StrictPersonRecord(PersonRecord):
    model_config = ConfigDict(extra="forbid")


class StrictOrganizationRecord(OrganizationRecord):
    model_config = ConfigDict(extra="forbid")


class StrictFact(Fact):
    model_config = ConfigDict(extra="forbid")


class StrictRecord(ExtractionRecord):
    """An ExtractionRecord as posted by a client: unknown fields are errors."""

    model_config = ConfigDict(extra="forbid")

    # Bounded: a record is one article, and planning one costs time per person squared.
    persons: list[StrictPersonRecord] = Field(  # type: ignore[assignment]
        default_factory=list, max_length=MAX_RECORD_PERSONS
    )
    organizations: list[StrictOrganizationRecord] = Field(  # type: ignore[assignment]
        default_factory=list, max_length=MAX_RECORD_PERSONS
    )
    facts: list[StrictFact] = Field(default_factory=list, max_length=MAX_RECORD_FACTS)  # type: ignore[assignment]
    # Optional article metadata travelling with a ready-made record.
    url: str | None = None
    title: str | None = None
    source: str | None = None


def summary(node: Node) -> NodeSummary:
    # From a stored (validated) node: no second validation.
    return construct(
        NodeSummary,
        {"id": node.id, "label": node.label, "name": node.name, "country": getattr(node, "country", None)},
    )
