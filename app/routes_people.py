"""HTTP routes for correcting who is who: the same service functions as `diplograph people ...`."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from app import people_service
from app.errors import documented
from app.people_service import PersonResolution
from graph.store import GraphStore

people_reads = APIRouter()  # app/security.require_read
people_writes = APIRouter()  # app/security.require_write

_REF = Field(min_length=1, max_length=300, description="A person's id or unambiguous name")


class SplitBody(BaseModel):
    """What to split off; both empty (or no body): one person per spelling, the most reported stays."""

    model_config = ConfigDict(extra="forbid")

    articles: list[str] = Field(
        default_factory=list, max_length=1000, description="Move these articles' mentions"
    )
    names: list[str] = Field(default_factory=list, max_length=100, description="Move the mentions spelled so")


class MergeBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    first: str = _REF
    second: str = _REF


def _store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.stores.get()
    return store


@people_reads.get(
    "/persons/{ref}/resolution",
    tags=["persons"],
    response_model=PersonResolution,
    responses=documented(404, 409),
)
def person_resolution(request: Request, ref: str) -> PersonResolution:
    """Why a person is one node: every spelling and article, and why it joined (as `people show`)."""
    return people_service.resolution(_store(request), ref)


@people_writes.post(
    "/persons/{ref}/split",
    tags=["persons"],
    response_model=list[PersonResolution],
    responses=documented(404, 409, 422),
)
def split_person(request: Request, ref: str, body: SplitBody | None = None) -> list[PersonResolution]:
    """Split a wrongly merged person (as `people split`); the original comes first. Kept across re-ingest.

    409 when the split would move every article, or every article spells the name the same way;
    422 when an article does not name the person or no mention has a given spelling.
    """
    store = _store(request)
    body = body or SplitBody()
    persons = people_service.split_person(store, ref, body.articles, body.names)
    return [people_service.resolution(store, p.id) for p in persons]


@people_writes.post(
    "/persons/merge",
    tags=["persons"],
    response_model=PersonResolution,
    responses=documented(404, 409, 422),
)
def merge_persons(request: Request, body: MergeBody) -> PersonResolution:
    """Merge two persons that are one (as `people merge`); kept across re-ingest. 409 if they already are."""
    store = _store(request)
    survivor = people_service.merge_people(store, body.first, body.second)
    return people_service.resolution(store, survivor.id)
