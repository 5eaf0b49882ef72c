"""The one place where DiploGraph errors become HTTP status codes."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from starlette.exceptions import HTTPException as StarletteHTTPException

from diplograph.errors import (
    AmbiguousNameError,
    BodyTooLargeError,
    ConflictError,
    DiploGraphError,
    ForbiddenError,
    InvalidInputError,
    MalformedBodyError,
    NotFoundError,
    RateLimitedError,
    StoreError,
    StoreUnavailableError,
    UnauthorizedError,
)


class ErrorBody(BaseModel):
    """Every error answer: `error` names the kind, `message` says what is wrong in words."""

    model_config = ConfigDict(extra="allow")

    error: str
    message: str
    errors: list[str] | None = None
    suggestions: list[Any] | None = None
    candidates: list[Any] | None = None


_WHAT = {
    400: "Unparseable body (broken JSON, not UTF-8, nested too deeply)",
    401: "API key missing or wrong (`X-API-Key` or `Authorization: Bearer`)",
    403: "Writes from another machine need DIPLOGRAPH_API_KEY set on the server",
    404: "Nothing matches; `suggestions` may list close names",
    409: "The name matches several entities (`candidates` lists them), or a correction conflicts",
    413: "Body larger than DIPLOGRAPH_MAX_BODY_BYTES",
    415: "Unsupported content type",
    422: "Invalid input; `message` names the field and the problem",
    429: "Too many writes from this client; retry after `Retry-After` seconds",
    503: "The store is unavailable; `message` names it; retry after `Retry-After` seconds",
}


def documented(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for these error codes, each with the ErrorBody model."""
    return {code: {"model": ErrorBody, "description": _WHAT[code]} for code in codes}


# Most specific first: the first class an error is an instance of decides.
STATUS_BY_ERROR: list[tuple[type[DiploGraphError], int]] = [
    (BodyTooLargeError, 413),
    (MalformedBodyError, 400),
    (ConflictError, 409),
    (InvalidInputError, 422),
    (NotFoundError, 404),
    (AmbiguousNameError, 409),
    (UnauthorizedError, 401),
    (ForbiddenError, 403),
    (RateLimitedError, 429),
    (StoreUnavailableError, 503),
    (StoreError, 500),
    (DiploGraphError, 500),
]


def status_for(exc: DiploGraphError) -> int:
    return next(code for cls, code in STATUS_BY_ERROR if isinstance(exc, cls))


def error_body(kind: str, message: str, **details: Any) -> dict[str, Any]:
    return {"error": kind, "message": message, **details}


async def _diplograph_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DiploGraphError)
    headers = None
    if isinstance(exc, StoreUnavailableError):
        headers = {"Retry-After": "5"}
    elif isinstance(exc, RateLimitedError):
        headers = {"Retry-After": str(exc.details.get("retry_after", 1))}
    elif isinstance(exc, UnauthorizedError):
        headers = {"WWW-Authenticate": 'Bearer realm="diplograph"'}
    return JSONResponse(
        error_body(type(exc).__name__, exc.message, **exc.details),
        status_code=status_for(exc),
        headers=headers,
    )


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()))
        problems.append(f"{where}: {err.get('msg')}")
    return JSONResponse(
        error_body("InvalidInputError", "; ".join(problems) or "invalid request", errors=problems),
        status_code=422,
    )


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    # Unknown routes and wrong methods answer in the same shape as every other error.
    assert isinstance(exc, StarletteHTTPException)
    kind = {404: "NotFoundError", 405: "MethodNotAllowed"}.get(exc.status_code, "HTTPError")
    if exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
        return JSONResponse(error_body(kind, message), status_code=405, headers=exc.headers)
    message = f"no route {request.method} {request.url.path}" if exc.status_code == 404 else str(exc.detail)
    return JSONResponse(error_body(kind, message), status_code=exc.status_code, headers=exc.headers)


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    # A bug, not the caller's fault: the same JSON shape, and no internals in the answer
    # (the traceback goes to the server log).
    return JSONResponse(
        error_body("InternalError", "internal error; the server log has the details"), status_code=500
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Exception, _unexpected_error)
    app.add_exception_handler(DiploGraphError, _diplograph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
