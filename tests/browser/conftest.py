"""A live DiploGraph server with the demo articles, and Debian's Chromium driven by Playwright.

The server runs in a thread on a free 127.0.0.1 port over an embedded store in a
temporary folder, filled once per session from `examples/`.  Chromium is the
system one (`apt-get install chromium`; `.ci/run` installs it): Playwright is
told its path and never downloads a browser.  Without Chromium or Playwright the
tests skip, except under CI, where they fail.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.ingest_service import discover, ingest_paths
from diplograph.settings import Settings
from graph.factory import open_store
from graph.store import GraphStore
from tests.conftest import embedded_settings

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_NAMES = ("chromium", "chromium-browser")


def chromium_path() -> str | None:
    explicit = os.environ.get("DIPLOGRAPH_CHROMIUM")
    if explicit:
        return explicit
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {reason}: the browser tests must run in CI (.ci/run installs chromium)")
    pytest.skip(reason)


def serve(settings: Settings, store: GraphStore) -> Iterator[str]:
    """The app over `store`, in a thread on a free 127.0.0.1 port, after ingesting examples/."""
    import uvicorn

    from app.api import create_app

    summary = ingest_paths(store, discover([ROOT / "examples"]), settings)
    assert summary.failed == 0, summary.errors
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(settings, store=store)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        pytest.fail("the explorer's test server did not start")
    yield base
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The demo graph in an embedded store."""
    settings = embedded_settings(tmp_path_factory.mktemp("explorer") / "data")
    store = open_store(settings)
    yield from serve(settings, store)
    store.close()


@pytest.fixture
def live_server_neo4j(tmp_path: Path) -> Iterator[str]:
    """The demo graph in the test Neo4j (wiped first), for the same explorer."""
    if not os.environ.get("NEO4J_URI"):
        _missing("NEO4J_URI is not set (scripts/test sets it)")
    settings = Settings(store="neo4j", data_dir=tmp_path / "data")  # type: ignore[call-arg]
    store = open_store(settings)
    store.clear()
    try:
        yield from serve(settings, store)
    finally:
        store.clear()
        store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        _missing("chromium is not installed (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed (make install)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


@dataclass
class Console:
    """What the page said: console errors and uncaught exceptions, and every URL it requested."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, Console]]:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    console = Console()
    tab.on("console", lambda msg: console.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: console.errors.append(f"uncaught: {exc}"))
    tab.on("request", lambda req: console.requests.append(req.url))
    yield tab, console
    context.close()


def screenshot(tab: Any, name: str) -> None:
    """With DIPLOGRAPH_SCREENSHOTS=DIR (scripts/screenshots), keep what the test saw for the docs."""
    folder = os.environ.get("DIPLOGRAPH_SCREENSHOTS")
    if folder:
        tab.screenshot(path=str(Path(folder) / f"{name}.png"))
