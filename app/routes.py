"""HTTP routes: parse parameters, call `app.service`, return its models. No queries here."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool

from app import service
from app.errors import documented
from app.ingest_service import IngestSummary, Item, delete_article, ingest_item, ingest_items, parse_item
from app.jobs import Job
from app.schemas import (
    MAX_PAGE,
    AgreementView,
    ArticleView,
    Event,
    Page,
    PathView,
    PersonHit,
    PersonProfile,
    TitleHolder,
)
from app.validation import load_json
from diplograph.errors import InvalidInputError, MalformedBodyError
from graph.build import IngestOutcome, check_record
from graph.delete import DeleteOutcome
from graph.keys import short_hash
from graph.model import Agreement, EdgeType, Health, Stats
from graph.store import GraphStore
from ingest.reader import article_from_text
from ingest.schema import Article


def _as_json(result: Any) -> Any:
    if isinstance(result, BaseModel):
        return Response(result.model_dump_json(by_alias=True), media_type="application/json")
    return result


def _model_json(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """The endpoint, answering a returned model as its JSON, serialized once by pydantic."""
    if getattr(endpoint, "answers_json", False):
        return endpoint  # already wrapped (a router included in another keeps its route class)

    if getattr(endpoint, "inline", False):

        @functools.wraps(endpoint)  # FastAPI reads the parameters through __wrapped__
        async def answer_inline(*args: Any, **kwargs: Any) -> Any:
            store = kwargs["request"].app.state.stores.store
            if store is not None:
                with store.held_at_once() as held:
                    if held:
                        return _as_json(endpoint(*args, **kwargs))
            return _as_json(await run_in_threadpool(endpoint, *args, **kwargs))

        answer_inline.answers_json = True  # type: ignore[attr-defined]
        return answer_inline

    @functools.wraps(endpoint)  # FastAPI reads the parameters through __wrapped__
    def answer(*args: Any, **kwargs: Any) -> Any:
        return _as_json(endpoint(*args, **kwargs))

    answer.answers_json = True  # type: ignore[attr-defined]
    return answer


_F = TypeVar("_F", bound=Callable[..., Any])


def inline(endpoint: _F) -> _F:
    """Mark a read whose answer costs about a page: it runs on the event loop when the store is
    `held_at_once` (a hand-over to the thread pool costs about as much CPU as the page itself,
    profiled), in the thread pool otherwise.  Not for searches or paths (tens to hundreds of ms)."""
    endpoint.inline = True  # type: ignore[attr-defined]
    return endpoint


class ModelJSONRoute(APIRoute):
    """A read route whose model answer skips FastAPI's response pipeline.

    FastAPI validates a sync endpoint's answer against `response_model` again
    and turns it into plain data for `json.dumps`, in another trip through the
    thread pool; the service functions already return exactly the response
    model, so their JSON is the answer.  `response_model` stays declared for
    the OpenAPI document.  Only for 200 answers without extra headers (reads).
    """

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, _model_json(endpoint), **kwargs)


public = APIRouter()
router = APIRouter(route_class=ModelJSONRoute)  # reads: app/security.require_read
writes = APIRouter()  # ingest, delete, jobs: app/security.require_write

# Name-taking routes answer 404 (nothing matches) or 409 (several do).
BY_NAME = documented(404, 409)

Offset = Annotated[int, Query(ge=0, le=100_000_000, description="Items to skip")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, 1-{MAX_PAGE}")]
Since = Annotated[dt.date | None, Query(description="Only events on or after this day (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="Only events on or before this day (YYYY-MM-DD)")]

SYNC_BATCH_LIMIT = 10
MAX_BATCH = 10_000

_ARTICLE_EXAMPLE = {
    "id": "example-2024-11-01-choe-lavrov",
    "source": "Example Wire",
    "published": "2024-11-01",
    "title": "North Korean foreign minister holds talks in Moscow",
    "text": "MOSCOW, Nov. 1 -- Russian Foreign Minister Sergei Lavrov held talks with North Korean "
    "Foreign Minister Choe Son-hui in Moscow on Friday.",
}
_RECORD_EXAMPLE = {
    "id": "example-record-1",
    "published": "2024-11-01",
    "persons": [{"name": "Choe Son-hui", "title": "Foreign Minister", "country": "PRK"}],
    "facts": [
        {
            "type": "MET",
            "persons": ["Sergei Lavrov", "Choe Son-hui"],
            "date": "2024-11-01",
            "place": "Moscow",
            "country": "RUS",
            "evidence": "Lavrov held talks with Choe Son-hui in Moscow on Friday.",
        }
    ],
}
_POST_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"oneOf": [{"type": "object"}, {"type": "array", "items": {"type": "object"}}]},
                "examples": {
                    "article": {"summary": "An article to extract", "value": _ARTICLE_EXAMPLE},
                    "record": {"summary": "A ready-made extraction record", "value": _RECORD_EXAMPLE},
                    "batch": {
                        "summary": "A batch (large ones run in the background)",
                        "value": [_ARTICLE_EXAMPLE],
                    },
                },
            },
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


def _store(request: Request) -> GraphStore:
    store: GraphStore = request.app.state.stores.get()
    return store


# ----- ingest -------------------------------------------------------------------------
def _validated_batch(data: list[Any]) -> list[Item]:
    if not data:
        raise InvalidInputError("the batch is empty")
    if len(data) > MAX_BATCH:
        raise InvalidInputError(f"a batch holds at most {MAX_BATCH} items, got {len(data)}")
    items = [parse_item(obj, f"item {i}") for i, obj in enumerate(data)]
    for i, item in enumerate(items):
        if not isinstance(item, Article):
            try:
                check_record(item)
            except InvalidInputError as exc:
                raise InvalidInputError(f"item {i}: {exc.message}") from exc
    return items


class BatchResult(BaseModel):
    summary: IngestSummary
    outcomes: list[IngestOutcome]


class JobAccepted(BaseModel):
    job: Job
    status_url: str


@writes.post(
    "/articles",
    tags=["ingest"],
    openapi_extra=_POST_DOC,
    responses={
        200: {"model": IngestOutcome | BatchResult, "description": "Unchanged (skipped), or a small batch"},
        201: {"model": IngestOutcome, "description": "Added or replaced"},
        202: {"model": JobAccepted, "description": "Batch accepted; poll `status_url`"},
        **documented(400, 413, 415, 422),
    },
)
async def post_articles(
    request: Request,
    id: Annotated[str | None, Query(max_length=300, description="Article id (text/HTML bodies)")] = None,
    published: Annotated[dt.date | None, Query(description="Publication date (text/HTML bodies)")] = None,
    title: Annotated[str | None, Query(max_length=1000)] = None,
    url: Annotated[str | None, Query(max_length=2000)] = None,
    source: Annotated[str | None, Query(max_length=300)] = None,
    background: Annotated[bool, Query(description="Always process in the background")] = False,
) -> Response:
    """Ingest one article (JSON article or extraction record, or a text/HTML body) or a batch.

    Re-posting an unchanged article changes nothing (`status: skipped`); a
    changed one replaces what its previous version contributed.
    """
    settings = request.app.state.settings
    body = await request.body()
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    store = _store(request)
    if content_type in ("text/plain", "text/html"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedBodyError(f"the body is not UTF-8 text: {exc.reason}") from exc
        if not text.strip():
            raise InvalidInputError("the body is empty")
        article = article_from_text(
            text, article_id=id or f"text-{short_hash(text)}", published=published, title=title, url=url,
            source=source, is_html=content_type == "text/html",
        )  # fmt: skip
        outcome = await run_in_threadpool(ingest_item, store, article, settings)
        return _outcome_response(outcome)
    if content_type != "application/json":
        return JSONResponse(
            {"error": "UnsupportedMediaType", "message": f"unsupported content type {content_type!r}; "
             "send application/json, text/plain or text/html"}, status_code=415,
        )  # fmt: skip
    data = load_json(body)
    if isinstance(data, list):
        items = _validated_batch(data)
        if background or len(items) > SYNC_BATCH_LIMIT:
            job: Job = request.app.state.jobs.submit(items)
            status_url = str(request.url_for("get_job", job_id=job.id))
            return JSONResponse(
                {"job": job.model_dump(mode="json"), "status_url": status_url}, status_code=202
            )
        outcomes, summary = await run_in_threadpool(ingest_items, store, items, settings)
        return JSONResponse(_batch_body(outcomes, summary))
    item = parse_item(data)
    outcome = await run_in_threadpool(ingest_item, store, item, settings)
    return _outcome_response(outcome)


def _outcome_response(outcome: IngestOutcome) -> JSONResponse:
    code = 200 if outcome.status == "skipped" else 201
    return JSONResponse(outcome.model_dump(mode="json"), status_code=code)


def _batch_body(outcomes: list[IngestOutcome], summary: IngestSummary) -> dict[str, Any]:
    return {
        "summary": summary.model_dump(mode="json"),
        "outcomes": [o.model_dump(mode="json") for o in outcomes],
    }


@writes.get("/jobs/{job_id}", tags=["ingest"], response_model=Job, responses=documented(404))
def get_job(request: Request, job_id: str) -> Job:
    """Progress and summary of a background batch."""
    job: Job = request.app.state.jobs.get(job_id)
    return job


@router.get(
    "/articles/{article_id:path}", tags=["ingest"], response_model=ArticleView, responses=documented(404)
)
def get_article(request: Request, article_id: str) -> ArticleView:
    """An article's facts and evidence: every edge it contributed to, and its people."""
    return service.article(_store(request), article_id)


@writes.delete(
    "/articles/{article_id:path}", tags=["ingest"], response_model=DeleteOutcome, responses=documented(404)
)
def remove_article(request: Request, article_id: str) -> DeleteOutcome:
    """Delete an article: its evidence and mentions go, and every edge and node left with none.

    Everything other articles said stays (a person named elsewhere keeps those
    mentions, titles and edges).  Posting the article again restores it.
    """
    return delete_article(_store(request), article_id)


# ----- persons ------------------------------------------------------------------------
@router.get("/persons", tags=["persons"], response_model=Page[PersonHit])
def list_persons(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Name, spelling or part of a name")] = None,
    offset: Offset = 0,
    limit: Limit = 50,
) -> Page[PersonHit]:
    """Search persons by name, with fuzzy matches ("Choe Son Hui", "choe")."""
    return service.persons(_store(request), q, offset, limit)


@router.get("/persons/{ref}", tags=["persons"], response_model=PersonProfile, responses=BY_NAME)
@inline
def get_person(request: Request, ref: str) -> PersonProfile:
    """Profile: names, country, titles over time, counts."""
    return service.person_profile(_store(request), ref)


@router.get("/titles", tags=["persons"], response_model=Page[TitleHolder], responses=BY_NAME)
def titles(
    request: Request,
    title: Annotated[str, Query(min_length=1, max_length=200, description='e.g. "Foreign Minister"')],
    country: Annotated[
        str | None, Query(description="The state the title was held for (ISO3 or name)")
    ] = None,
    offset: Offset = 0,
    limit: Limit = 50,
) -> Page[TitleHolder]:
    """Who held a title, with the first and last day it was reported: the roles over time."""
    return service.title_holders(_store(request), title, country=country, offset=offset, limit=limit)


@router.get("/persons/{ref}/meetings", tags=["persons"], response_model=Page[Event], responses=BY_NAME)
@inline
def person_meetings(
    request: Request,
    ref: str,
    since: Since = None,
    until: Until = None,
    country: Annotated[str | None, Query(description="Counterpart's country (ISO3 or name)")] = None,
    type: Annotated[list[Literal["MET", "CALLED"]] | None, Query(description="MET and/or CALLED")] = None,
    offset: Offset = 0,
    limit: Limit = 50,
) -> Page[Event]:
    """Who met X: counterparts with date, place and evidence, in date order."""
    types: list[EdgeType] | None = list(type) if type else None
    return service.meetings(
        _store(request),
        ref,
        since=since,
        until=until,
        country=country,
        types=types,
        offset=offset,
        limit=limit,
    )


@router.get("/persons/{ref}/visits", tags=["persons"], response_model=Page[Event], responses=BY_NAME)
@inline
def person_visits(
    request: Request,
    ref: str,
    since: Since = None,
    until: Until = None,
    offset: Offset = 0,
    limit: Limit = 50,
) -> Page[Event]:
    """Countries this person visited."""
    return service.visits(_store(request), ref, since=since, until=until, offset=offset, limit=limit)


# ----- countries, agreements, timeline, paths ----------------------------------------------
@router.get("/countries/{ref}/visitors", tags=["countries"], response_model=Page[Event], responses=BY_NAME)
@inline
def country_visitors(
    request: Request,
    ref: str,
    since: Since = None,
    until: Until = None,
    offset: Offset = 0,
    limit: Limit = 50,
) -> Page[Event]:
    """Who visited this country (ISO3 or name): `/countries/RUS/visitors?since=2025-03-01`."""
    return service.country_visitors(
        _store(request), ref, since=since, until=until, offset=offset, limit=limit
    )


@router.get("/countries/{ref}/visits", tags=["countries"], response_model=Page[Event], responses=BY_NAME)
@inline
def country_visits(
    request: Request,
    ref: str,
    since: Since = None,
    until: Until = None,
    offset: Offset = 0,
    limit: Limit = 50,
) -> Page[Event]:
    """This country's officials abroad."""
    return service.country_visits(_store(request), ref, since=since, until=until, offset=offset, limit=limit)


@router.get("/agreements", tags=["agreements"], response_model=Page[Agreement], responses=BY_NAME)
def list_agreements(
    request: Request,
    country: Annotated[str | None, Query(description="A state party (ISO3 or name)")] = None,
    signer: Annotated[str | None, Query(description="A person who signed (id or name)")] = None,
    since: Since = None,
    until: Until = None,
    offset: Offset = 0,
    limit: Limit = 50,
) -> Page[Agreement]:
    return service.agreements(
        _store(request), country=country, signer=signer, since=since, until=until, offset=offset, limit=limit
    )


@router.get(
    "/agreements/{agreement_id}", tags=["agreements"], response_model=AgreementView, responses=BY_NAME
)
def get_agreement(request: Request, agreement_id: str) -> AgreementView:
    return service.agreement(_store(request), agreement_id)


@router.get("/timeline", tags=["graph"], response_model=Page[Event], responses=BY_NAME)
def timeline(
    request: Request,
    entity: Annotated[str, Query(min_length=1, max_length=200, description="A person or a country")],
    since: Since = None,
    until: Until = None,
    offset: Offset = 0,
    limit: Limit = 50,
) -> Page[Event]:
    """Dated events of a person or country, in date order (undated last)."""
    return service.timeline(_store(request), entity, since=since, until=until, offset=offset, limit=limit)


@router.get("/paths", tags=["graph"], response_model=list[PathView], responses=BY_NAME)
def paths(
    request: Request,
    src: Annotated[str, Query(alias="from", min_length=1, max_length=200)],
    dst: Annotated[str, Query(alias="to", min_length=1, max_length=200)],
    max_paths: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[PathView]:
    """How two people are connected through meetings and calls: the shortest paths, with dates."""
    return service.paths(_store(request), src, dst, max_paths=max_paths)


@router.get("/stats", tags=["graph"], response_model=Stats)
def stats(request: Request) -> Stats:
    return service.stats(_store(request))


class HealthAnswer(BaseModel):
    status: Literal["ok", "degraded"]
    api: dict[str, bool]
    store: Health
    down: list[str] | None = None


@public.get(
    "/health",
    tags=["graph"],
    responses={
        200: {"model": HealthAnswer, "description": "API and store up"},
        503: {"model": HealthAnswer, "description": "The store named in `store` is down"},
    },
)
def health(request: Request) -> JSONResponse:
    """Is the API up, and is the store? 503 names the part that is down."""
    holder = request.app.state.stores
    try:
        store_health = service.health(holder.get()).model_dump()
    except Exception as exc:  # noqa: BLE001 - health must answer, whatever failed
        store_health = {"store": holder.settings.store, "ok": False, "detail": str(exc)}
    ok = bool(store_health["ok"])
    body: dict[str, Any] = {"status": "ok" if ok else "degraded", "api": {"ok": True}, "store": store_health}
    if not ok:
        body["down"] = ["store"]
    return JSONResponse(body, status_code=200 if ok else 503)
