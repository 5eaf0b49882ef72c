"""Who may read and write, how often, and the headers every answer carries.

- With `DIPLOGRAPH_API_KEY` set, writes (ingest, delete, jobs) need it, as
  `X-API-Key: KEY` or `Authorization: Bearer KEY`; reads need it too unless
  `DIPLOGRAPH_PUBLIC_READS=true`.  The key is compared in constant time and
  is never logged or echoed.
- With no key set, reads are open and writes are accepted only from this
  machine (a loopback client address); `diplograph serve` binds loopback by
  default.
- Writes are rate-limited per client address (`DIPLOGRAPH_WRITE_RATE_PER_MINUTE`).
- CORS is closed unless `DIPLOGRAPH_CORS_ORIGINS` lists origins.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import secrets
import threading
import time
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diplograph.errors import ForbiddenError, RateLimitedError, UnauthorizedError
from diplograph.settings import Settings

log = logging.getLogger("diplograph.security")

# Declared for the OpenAPI document (the lock in /docs); checked by hand below.
_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="The server's DIPLOGRAPH_API_KEY")
_bearer = HTTPBearer(auto_error=False, description="The server's DIPLOGRAPH_API_KEY as a bearer token")


def is_loopback(host: str | None) -> bool:
    if host is None:
        return False
    if host == "testclient":  # Starlette's in-process test transport; no socket can claim it
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _key_matches(settings: Settings, given: str | None) -> bool:
    if given is None or settings.api_key is None:
        return False
    expected = settings.api_key.get_secret_value()
    # compare_digest over equal-length digests: no early exit, and not even the length leaks.
    return secrets.compare_digest(_digest(given), _digest(expected))


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).digest()


def _check_key(request: Request, key: str | None, bearer: HTTPAuthorizationCredentials | None) -> None:
    settings: Settings = request.app.state.settings
    given = key if key is not None else (bearer.credentials if bearer is not None else None)
    if not _key_matches(settings, given):
        what = "wrong API key" if given is not None else "an API key is required"
        raise UnauthorizedError(f"{what}: send it as 'X-API-Key: KEY' or 'Authorization: Bearer KEY'")


async def require_read(  # async: no I/O, so no trip through the thread pool per request
    request: Request,
    key: Annotated[str | None, Depends(_key_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    settings: Settings = request.app.state.settings
    if settings.api_key is None or settings.public_reads:
        return
    _check_key(request, key, bearer)


def require_write(
    request: Request,
    key: Annotated[str | None, Depends(_key_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    settings: Settings = request.app.state.settings
    client = request.client.host if request.client else None
    if settings.api_key is not None:
        _check_key(request, key, bearer)
    elif not is_loopback(client):
        raise ForbiddenError(
            "writes are accepted only from this machine while no DIPLOGRAPH_API_KEY is set; "
            "set one on the server and send it as X-API-Key"
        )
    if request.method != "GET":
        request.app.state.write_limiter.take(client or "unknown")


class RateLimiter:
    """A token bucket per client: `per_minute` writes a minute, bursts up to the same number."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> None:
        if self.per_minute <= 0:
            return
        rate = self.per_minute / 60.0
        now = time.monotonic()
        with self._lock:
            tokens, seen = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - seen) * rate)
            if tokens < 1.0:
                self._buckets[client] = (tokens, now)
                wait = max(1, round((1.0 - tokens) / rate + 0.5))
                raise RateLimitedError(
                    f"too many writes from {client}: at most {self.per_minute} a minute; retry in {wait} s",
                    retry_after=wait,
                )
            self._buckets[client] = (tokens - 1.0, now)
            if len(self._buckets) > 10_000:  # forget idle clients rather than grow for ever
                self._buckets = {c: v for c, v in self._buckets.items() if now - v[1] < 60}


_JSON_CSP = b"default-src 'none'; frame-ancestors 'none'"
_HTML_CSP = b"frame-ancestors 'none'"


class SecurityHeadersMiddleware:
    """nosniff, no framing, no referrer; a locked-down CSP on everything that is not a page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cross-origin-resource-policy", b"same-origin"),
                    (b"content-security-policy", _HTML_CSP if b"html" in content_type else _JSON_CSP),
                ]
                headers += [(k, v) for k, v in extra if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def startup_notice(settings: Settings) -> str:
    """What the server says at start about who may write."""
    if settings.api_key is None:
        return (
            "no DIPLOGRAPH_API_KEY set: reads are open and writes are accepted only from this machine "
            "(loopback); set a key to accept writes from elsewhere"
        )
    reads = "open to anyone" if settings.public_reads else "need the key too"
    return f"API key set: writes need it (X-API-Key or Authorization: Bearer); reads {reads}"
