"""One exception tree for the whole project.

Every layer raises these; the API maps them to HTTP codes once
(`app/errors.py`), the CLI prints their message.  Store drivers' own
exceptions are translated at the store edge and never escape it.
"""

from __future__ import annotations

from typing import Any


class DiploGraphError(Exception):
    """Root of every error DiploGraph raises on purpose."""

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class InvalidInputError(DiploGraphError):
    """The caller sent something we cannot use (bad JSON, bad date, empty file...)."""


class ArticleError(InvalidInputError):
    """One article could not be read or extracted; names the source."""

    def __init__(self, source: str, message: str, **details: Any) -> None:
        super().__init__(f"{source}: {message}", source=source, **details)
        self.source = source


class ConflictError(InvalidInputError):
    """The request contradicts what the graph holds (merging a person with itself, a split that
    would move every article): well-formed, but refused as the graph stands."""


class NotFoundError(DiploGraphError):
    """No entity matches; `details['suggestions']` may hold close names."""


class AmbiguousNameError(DiploGraphError):
    """A name matches several entities; `details['candidates']` lists them."""


class StoreError(DiploGraphError):
    """The graph store failed in a way that is not the caller's fault."""


class StoreUnavailableError(StoreError):
    """The store's server cannot be reached right now; retrying later may work."""


class MalformedBodyError(InvalidInputError):
    """The request body is not parseable at all (broken JSON, wrong encoding)."""


class BodyTooLargeError(InvalidInputError):
    """The request body is larger than `Settings.max_body_bytes`."""


class UnauthorizedError(DiploGraphError):
    """An API key is configured and the request did not present it."""


class ForbiddenError(DiploGraphError):
    """The request may not do this from where it comes (a write from another machine, no key set)."""


class RateLimitedError(DiploGraphError):
    """Too many writes from one client; `details['retry_after']` says when to try again (seconds)."""
