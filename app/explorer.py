"""The browser side: the graph explorer at `/` and the API docs at `/docs` and `/redoc`.

Everything is served from `app/static/` (JavaScript libraries vendored from npm,
see `app/static/vendor/VENDORED.md`): no CDN, no build step, so the explorer and
the docs work with no network.  The pages hold no inline script, so they keep
working under a strict Content-Security-Policy.  They are public like `/health`;
the data they show comes from the API routes, which ask for the API key when one
is configured (the explorer then asks the user for it).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"

pages = APIRouter(include_in_schema=False)

_DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
{head}
</head>
<body>
{body}
</body>
</html>
"""


def _docs_page(title: str, head: str, body: str) -> HTMLResponse:
    return HTMLResponse(_DOCS_PAGE.format(title=title, head=head, body=body))


@pages.get("/")
def explorer_page() -> FileResponse:
    """The explorer (a single page; its views live in the URL fragment, so every view has a URL)."""
    return FileResponse(STATIC / "index.html", media_type="text/html")


@pages.get("/explore")
def explore_redirect() -> RedirectResponse:
    return RedirectResponse("/")


@pages.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")


@pages.get("/docs")
def swagger_ui() -> HTMLResponse:
    return _docs_page(
        "DiploGraph API - Swagger UI",
        '<link rel="stylesheet" href="/static/vendor/swagger-ui.css">',
        '<div id="swagger-ui"></div>\n<script src="/static/vendor/swagger-ui-bundle.js"></script>\n'
        '<script src="/static/docs-init.js"></script>',
    )


@pages.get("/redoc")
def redoc() -> HTMLResponse:
    return _docs_page(
        "DiploGraph API - ReDoc",
        "",
        '<redoc spec-url="/openapi.json"></redoc>\n'
        '<script src="/static/vendor/redoc.standalone.js"></script>',
    )


def install_explorer(app: FastAPI) -> None:
    """Serve the explorer, the offline docs and their static files (create the app with docs_url=None)."""
    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
