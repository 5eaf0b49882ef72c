"""The one place where DiploGraph errors become HTTP status codes."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from diplograph.errors import (
    AmbiguousNameError,
    BodyTooLargeError,
    DiploGraphError,
    InvalidInputError,
    MalformedBodyError,
    NotFoundError,
    StoreError,
    StoreUnavailableError,
    UnauthorizedError,
)

# Most specific first: the first class an error is an instance of decides.
STATUS_BY_ERROR: list[tuple[type[DiploGraphError], int]] = [
    (BodyTooLargeError, 413),
    (MalformedBodyError, 400),
    (InvalidInputError, 422),
    (NotFoundError, 404),
    (AmbiguousNameError, 409),
    (UnauthorizedError, 401),
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
    headers = {"Retry-After": "5"} if isinstance(exc, StoreUnavailableError) else None
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
    message = f"no route {request.method} {request.url.path}" if exc.status_code == 404 else str(exc.detail)
    return JSONResponse(error_body(kind, message), status_code=exc.status_code, headers=exc.headers)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(DiploGraphError, _diplograph_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
