"""The FastAPI application: factory, lifespan, body limit; who may call it is in app/security.py."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import documented, error_body, install_error_handlers
from app.explorer import install_explorer
from app.jobs import JobRunner
from app.security import RateLimiter, SecurityHeadersMiddleware, require_read, require_write, startup_notice
from diplograph.errors import BodyTooLargeError, DiploGraphError, StoreUnavailableError
from diplograph.settings import Settings, get_settings
from graph.factory import open_store
from graph.store import GraphStore

log = logging.getLogger("diplograph")

DESCRIPTION = """
A knowledge graph of diplomatic exchanges read from news articles: who met whom
(MET), who called whom (CALLED), who visited which country (VISITED) and who
signed what (SIGNED), each edge dated and backed by the sentences that reported it.

Path parameters naming a person accept an id (`choe-son-hui`) or an unambiguous
name (`Choe Son Hui`, `choe`): an ambiguous name answers 409 with the
candidates, an unknown one 404 with suggestions.  Every list paginates with
`offset` and `limit` (1-500).
"""


class BodyLimitMiddleware:
    """Refuse request bodies over `max_bytes` (413) before they are read whole."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            response = JSONResponse(
                error_body("BodyTooLargeError", f"request body is larger than {self.max_bytes} bytes"),
                status_code=413,
            )
            await response(scope, receive, send)
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLargeError(f"request body is larger than {self.max_bytes} bytes")
            return message

        await self.app(scope, counting_receive, send)


class StoreHolder:
    """Opens the store once; if it is down at startup, retries on the next request."""

    def __init__(self, settings: Settings, store: GraphStore | None) -> None:
        self.settings = settings
        self.store = store
        self.owned = store is None
        self.error: str | None = None
        self._lock = threading.Lock()

    def get(self) -> GraphStore:
        with self._lock:
            if self.store is None:
                try:
                    self.store = open_store(self.settings)
                    self.error = None
                except DiploGraphError as exc:
                    self.error = exc.message
                    raise StoreUnavailableError(
                        f"the {self.settings.store} store is unavailable: {exc.message}"
                    ) from exc
            return self.store

    def close(self) -> None:
        if self.store is not None and self.owned:
            self.store.close()
        self.store = None


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The application; `store` is injected by tests, else opened from `settings` at startup."""
    from app.routes import public, router, writes
    from app.routes_people import people_reads, people_writes

    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        log.warning("DiploGraph: %s", startup_notice(settings))
        holder = StoreHolder(settings, store)
        app.state.stores = holder
        with suppress(StoreUnavailableError):
            holder.get()  # if down, /health reports it and requests retry
        app.state.jobs = JobRunner(holder.get, settings)
        try:
            yield
        finally:
            app.state.jobs.close()
            holder.close()

    app = FastAPI(
        title="DiploGraph",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served offline by app.explorer
        redoc_url=None,
        responses=documented(401, 422, 503),
    )
    app.state.settings = settings
    app.state.write_limiter = RateLimiter(settings.write_rate_per_minute)
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    if settings.cors_origins:  # closed unless asked: no Access-Control-Allow-Origin at all
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["X-API-Key", "Authorization", "Content-Type"],
        )
    app.add_middleware(SecurityHeadersMiddleware)
    # Reads check the key only where one is needed: a dependency with its two security schemes
    # costs ~0.1 ms of FastAPI's per-request work (of ~2 ms a page of who-met; profiled).
    reads = [Depends(require_read)] if settings.api_key is not None and not settings.public_reads else []
    app.include_router(public)
    app.include_router(router, dependencies=reads)
    app.include_router(writes, dependencies=[Depends(require_write)], responses=documented(403, 429))
    app.include_router(people_reads, dependencies=reads)
    app.include_router(people_writes, dependencies=[Depends(require_write)], responses=documented(403, 429))
    install_explorer(app)
    return app
