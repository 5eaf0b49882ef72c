"""The explorer in a real browser, over the demo articles: what an analyst does first."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.browser.conftest import Console, screenshot

LAVROV_EDGE = "MET:Person:sergei-lavrov"


def _drawn(tab: Any) -> dict[str, list[str]]:
    return tab.evaluate(
        """() => { const cy = window.explorer.state.cy;
            return { nodes: cy.nodes().map(n => n.data('name')), edges: cy.edges().map(e => e.id()) }; }"""
    )


def _open_choe(tab: Any, base: str) -> None:
    tab.goto(f"{base}/")
    tab.wait_for_selector("body[data-ready=true]")
    tab.get_by_role("combobox", name="Person").fill("Choe Son-hui")
    option = tab.get_by_role("option").filter(has_text="Choe Son")
    option.first.wait_for()
    tab.keyboard.press("ArrowDown")
    tab.keyboard.press("Enter")
    tab.wait_for_function("() => location.hash.startsWith('#/person/choe-son-hui')")
    tab.wait_for_selector("#person:not([hidden])")
    tab.wait_for_function("() => window.explorer.state.cy && window.explorer.state.cy.edges().length > 0")


def test_search_ego_network_evidence_and_filters(live_server: str, page: tuple[Any, Console]) -> None:
    tab, console = page
    _open_choe(tab, live_server)
    assert tab.locator("#person-name").inner_text().startswith("Choe Son")

    drawn = _drawn(tab)
    assert {"Sergei Lavrov", "Vladimir Putin", "Russia"} <= set(drawn["nodes"])
    assert LAVROV_EDGE in drawn["edges"]
    rows = tab.locator("#edges tbody tr")
    assert rows.count() == len(drawn["edges"])
    screenshot(tab, "explorer-person")

    # A real click on the drawn Lavrov edge (its midpoint on the canvas) shows the evidence.
    x, y = tab.evaluate(
        """(id) => { const p = window.explorer.state.cy.getElementById(id).renderedMidpoint();
            const box = document.querySelector('#graph').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y]; }""",
        LAVROV_EDGE,
    )
    tab.mouse.click(x, y)
    evidence = tab.locator("#evidence")
    evidence.locator("blockquote").first.wait_for()
    assert "Lavrov" in evidence.locator("h3").inner_text()
    quotes = evidence.locator("blockquote").all_inner_texts()
    assert len(quotes) >= 2 and any("Lavrov" in q for q in quotes)
    assert "Moscow" in evidence.inner_text() and "Pyongyang" in evidence.inner_text()
    screenshot(tab, "explorer-evidence")

    # Type filter: unticking VISITED removes the countries she visited, and the URL keeps it.
    tab.get_by_role("checkbox", name="VISITED").uncheck()
    after = _drawn(tab)
    assert "Russia" not in after["nodes"] and len(after["edges"]) < len(drawn["edges"])
    assert "types=MET,CALLED,SIGNED" in tab.evaluate("location.hash")

    # Date range: the last month alone keeps fewer edges; the shared URL restores the same view.
    tab.locator("#from").focus()
    tab.keyboard.press("End")
    narrowed = _drawn(tab)
    assert 0 < len(narrowed["edges"]) < len(after["edges"])
    shared = tab.evaluate("location.href")
    tab.goto("about:blank")
    tab.goto(shared)
    tab.wait_for_selector("body[data-ready=true]")
    assert sorted(_drawn(tab)["edges"]) == sorted(narrowed["edges"])

    assert console.errors == []


def test_typo_search_suggests(live_server: str, page: tuple[Any, Console]) -> None:
    tab, console = page
    tab.goto(f"{live_server}/")
    tab.wait_for_selector("body[data-ready=true]")
    tab.get_by_role("combobox", name="Person").fill("Lavrof")
    tab.get_by_role("option").filter(has_text="Sergei Lavrov").wait_for()
    assert console.errors == []


def test_country_and_path_views_and_csv_export(live_server: str, page: tuple[Any, Console]) -> None:
    tab, console = page
    tab.goto(f"{live_server}/#/country/RUS")
    tab.wait_for_selector("#country-out:not([hidden])")
    tab.wait_for_selector("#visitors tbody tr")
    visitors = tab.locator("#visitors tbody").inner_text()
    assert "Choe Son" in visitors
    assert tab.locator("#country-chart canvas").count() == 1
    first = tab.locator("#agreements li").first  # whichever agreement the extractor named first
    treaty = first.get_by_role("button")
    treaty.click()
    assert treaty.get_attribute("aria-expanded") == "true"
    details = first.locator(".agreement-more")
    details.locator("blockquote").first.wait_for()
    assert "Signed by:" in details.inner_text()
    screenshot(tab, "explorer-country")

    # Choe and Modi never met in the demo articles: the path runs through a go-between.
    tab.goto(f"{live_server}/#/path/choe-son-hui/Narendra%20Modi")
    tab.wait_for_selector("#paths li")
    assert "Narendra Modi" in tab.locator("#paths").inner_text()
    assert tab.evaluate("window.explorer.state.pathCy.nodes().length") >= 3  # through a go-between
    screenshot(tab, "explorer-path")

    _open_choe(tab, live_server)
    with tab.expect_download() as download:
        tab.get_by_role("button", name="CSV").click()
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("date,type,subject_id") and any("sergei-lavrov" in line for line in lines[1:])
    with tab.expect_download() as png:
        tab.get_by_role("button", name="PNG").click()
    assert Path(png.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert console.errors == []


@pytest.mark.parametrize(
    ("path", "title", "operation"),
    [("/docs", ".swagger-ui .info .title", "/persons/{ref}/meetings"), ("/redoc", "h1", "Person Meetings")],
)
def test_api_docs_render_with_local_assets_only(
    live_server: str, page: tuple[Any, Console], path: str, title: str, operation: str
) -> None:
    tab, console = page
    tab.goto(f"{live_server}{path}")
    assert "DiploGraph" in tab.locator(title).first.inner_text()
    tab.get_by_text(operation).first.wait_for(state="attached")
    hosts = {urlsplit(url).netloc for url in console.requests if url.startswith("http")}
    assert hosts == {urlsplit(live_server).netloc}
    assert console.errors == []
    if path == "/docs":
        screenshot(tab, "docs-offline")


def test_pages_and_assets_are_served_by_the_app(live_server: str) -> None:
    for path in ("/", "/static/explorer.js", "/static/vendor/cytoscape.min.js", "/favicon.ico"):
        assert httpx.get(f"{live_server}{path}", timeout=10).status_code == 200, path


@pytest.mark.neo4j
def test_the_explorer_draws_the_same_network_on_neo4j(
    live_server: str, live_server_neo4j: str, page: tuple[Any, Console]
) -> None:
    tab, console = page
    drawn = {}
    for name, base in (("embedded", live_server), ("neo4j", live_server_neo4j)):
        _open_choe(tab, base)
        drawn[name] = _drawn(tab)
    assert sorted(drawn["neo4j"]["edges"]) == sorted(drawn["embedded"]["edges"])
    assert LAVROV_EDGE in drawn["neo4j"]["edges"]
    tab.get_by_role("button", name="Evidence: MET Sergei Lavrov").click()
    assert any("Lavrov" in q for q in tab.locator("#evidence blockquote").all_inner_texts())
    assert console.errors == []
