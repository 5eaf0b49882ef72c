"""One harness for the reliability tests: the API and the CLI over the `store` fixture's store.

`Harness.client` is the app with that store injected; `Harness.cli` runs
`diplograph` against the same store (same data dir, or the same Neo4j).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from app.api import create_app
from app.cli import cli
from diplograph.settings import Settings, get_settings
from graph.store import GraphStore


def snapshot(store: GraphStore) -> tuple[Any, ...]:
    """Everything a store holds, comparable with ==."""
    return (
        store.stats(),
        [n.model_dump() for n in store.iter_nodes()],
        [e.model_dump() for e in store.iter_edges()],
    )


def order_free(snap: tuple[Any, ...]) -> tuple[Any, ...]:
    """The snapshot less what records arrival order on purpose.

    A node's mention tally groups its mentions with their provenance (which
    article was first, how each mention was resolved): of several
    articles published the same day, "first" is the one that came first.
    Counts, names, titles, countries, every edge and all evidence must match.
    """
    stats, nodes, edges = snap

    def node(data: dict[str, Any]) -> dict[str, Any]:
        data = dict(data)
        tally = data.pop("tally", None)
        if tally is not None:
            data["mentions_total"] = sum(group["count"] for group in tally)
            data["forms"] = sorted({(g["name"], g["title"] or "", g["country"] or "") for g in tally})
        return data

    return stats, [node(n) for n in nodes], edges


def store_settings(store: GraphStore, data_dir: Path, **overrides: Any) -> Settings:
    kind = "neo4j" if store.name == "neo4j" else "embedded"
    return Settings(store=kind, data_dir=data_dir, **overrides)  # type: ignore[arg-type]


@dataclass
class Harness:
    store: GraphStore
    client: TestClient
    settings: Settings
    runner: CliRunner

    def cli(self, *args: str) -> Result:
        get_settings.cache_clear()
        try:
            return self.runner.invoke(cli, list(args))
        finally:
            get_settings.cache_clear()


@pytest.fixture
def harness(store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Harness]:
    # The `store` fixture's embedded store lives in tmp_path / "data".
    data_dir = tmp_path / "data"
    monkeypatch.setenv("DIPLOGRAPH_STORE", "neo4j" if store.name == "neo4j" else "embedded")
    monkeypatch.setenv("DIPLOGRAPH_DATA_DIR", str(data_dir))
    for name in ("DIPLOGRAPH_API_KEY", "DIPLOGRAPH_PUBLIC_READS"):
        monkeypatch.delenv(name, raising=False)
    settings = store_settings(store, data_dir)
    with TestClient(create_app(settings, store=store)) as client:
        yield Harness(store=store, client=client, settings=settings, runner=CliRunner())
    get_settings.cache_clear()
