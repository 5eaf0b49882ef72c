"""The explorer for keyboard and screen-reader users, and behind an API key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.factory import open_store
from tests.browser.conftest import Console, serve
from tests.browser.test_explorer import LAVROV_EDGE, _drawn
from tests.conftest import embedded_settings

UNNAMED_CONTROLS = """() => [...document.querySelectorAll('main button, main input, main a, header a')]
    .filter(el => el.offsetParent !== null)
    .filter(el => {
        const labels = el.labels ? [...el.labels].map(l => l.textContent).join('') : '';
        const label = el.getAttribute('aria-label') || labels || el.textContent || el.getAttribute('title');
        return !label || !label.trim();
    }).map(el => el.outerHTML.slice(0, 120))"""


def test_every_control_has_a_name_and_the_keyboard_reaches_the_evidence(
    live_server: str, page: tuple[Any, Console]
) -> None:
    tab, console = page
    tab.goto(f"{live_server}/#/person/choe-son-hui")
    tab.wait_for_selector("body[data-ready=true]")
    assert tab.evaluate(UNNAMED_CONTROLS) == []
    assert tab.locator("#graph").get_attribute("role") == "img"
    assert "counterparts" in (tab.locator("#graph").get_attribute("aria-label") or "")
    # Tab to the Lavrov row's Evidence button and press Enter: no mouse needed.
    button = tab.get_by_role("button", name="Evidence: MET Sergei Lavrov")
    for _ in range(60):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.getAttribute('aria-label')") == "Evidence: MET Sergei Lavrov":
            break
    else:
        pytest.fail("the Evidence button cannot be reached with Tab")
    tab.keyboard.press("Enter")
    assert button.is_visible()
    assert tab.locator("#evidence").get_attribute("aria-live") == "polite"
    assert any("Lavrov" in q for q in tab.locator("#evidence blockquote").all_inner_texts())
    assert console.errors == []


@pytest.fixture(scope="module")
def keyed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = embedded_settings(tmp_path_factory.mktemp("keyed") / "data", api_key="s3cret-key")
    store = open_store(settings)
    yield from serve(settings, store)
    store.close()


def test_with_an_api_key_the_page_asks_for_it(
    keyed_server: str, page: tuple[Any, Console], tmp_path: Path
) -> None:
    tab, console = page
    tab.goto(f"{keyed_server}/#/person/choe-son-hui")
    tab.get_by_label("This server requires an API key").fill("s3cret-key")
    tab.get_by_role("button", name="Use key").click()
    tab.wait_for_function("() => window.explorer.state.cy && window.explorer.state.cy.edges().length > 0")
    assert LAVROV_EDGE in _drawn(tab)["edges"]
    # The only console errors are the browser's own notes on the first, refused requests.
    assert all("401" in e for e in console.errors), console.errors
