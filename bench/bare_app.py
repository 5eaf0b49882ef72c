"""The framework's ceiling: a bare FastAPI route of the same shape as who-met.

Same framework, server and settings as `diplograph serve`; a sync route with
a path parameter and paging query parameters, answering a response model of
the same shape and size (a page of 50 events, each with one evidence item)
built in memory.  Run: `uvicorn bench.bare_app:app --port N`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import FastAPI, Query
from pydantic import BaseModel


class Person(BaseModel):
    id: str
    label: str
    name: str
    country: str | None = None


class Evidence(BaseModel):
    article_id: str
    sentence: str
    date: str | None = None


class Event(BaseModel):
    edge_id: str
    type: str
    date: str | None
    src: Person
    dst: Person
    place: str | None
    article_count: int
    evidence: list[Evidence]


class Page(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[Event]


app = FastAPI()


def _page(ref: str, offset: int, limit: int) -> Page:
    me = Person(id=ref, label="Person", name=ref.title(), country="RUS")
    items = [
        Event(
            edge_id=f"met-{i:012x}",
            type="MET",
            date="2024-11-01",
            src=me,
            dst=Person(id=f"p{i}", label="Person", name=f"Person {i}", country="CHN"),
            place="Moscow",
            article_count=2,
            evidence=[
                Evidence(
                    article_id=f"a{i}", sentence="They held talks in Moscow on Friday.", date="2024-11-01"
                )
            ],
        )
        for i in range(offset, offset + limit)
    ]
    return Page(total=1000, offset=offset, limit=limit, items=items)


@app.get("/persons/{ref}/meetings", response_model=Page)
def meetings(
    ref: str, offset: Annotated[int, Query(ge=0)] = 0, limit: Annotated[int, Query(ge=1, le=500)] = 50
) -> Page:
    return _page(ref, offset, limit)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
