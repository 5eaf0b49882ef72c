"""Bulk ingest through `BufferedStore` builds the graph that article-by-article ingest builds."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from app.ingest_service import record_meta
from app.schemas import StrictRecord
from graph.buffered import buffered
from graph.build import IngestOutcome, ingest_record
from graph.store import GraphStore
from tests.contract.test_bulk_writes import snapshot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import generate  # noqa: E402 - the benchmark's heavy-tailed load, with spelling variants


def _records() -> list[StrictRecord]:
    records = [StrictRecord.model_validate(data) for data in generate.records(200)]
    # Re-ingest within the load: one article unchanged (skipped), two changed (replaced), one
    # changed twice; the changes drop a fact and rename a person, so nodes and edges lose rows.
    changed = []
    for n, original in enumerate((records[10], records[120], records[10])):
        data = original.model_dump(mode="json")
        data["facts"] = data["facts"][:1]
        if data["persons"]:
            data["persons"][0]["title"] = f"Special Envoy {n}"
        changed.append(StrictRecord.model_validate(data))
    return [*records[:130], records[5], changed[0], *records[130:], changed[1], changed[2]]


def _ingest(store: GraphStore, records: list[StrictRecord]) -> list[IngestOutcome]:
    return [ingest_record(store, r, record_meta(r)) for r in records]


def _outcomes(outcomes: list[IngestOutcome]) -> list[Any]:
    return [o.model_dump() for o in outcomes]


def test_buffered_ingest_builds_the_same_graph(store: GraphStore) -> None:
    records = _records()
    one_by_one = _outcomes(_ingest(store, records))
    expected = snapshot(store)
    store.clear()
    with buffered(store, articles=64, seconds=60) as writer:
        in_windows = _outcomes(_ingest(writer, records))
        flushes = writer.flushes  # type: ignore[attr-defined]
    assert in_windows == one_by_one
    assert snapshot(store) == expected
    assert flushes < len(records) / 4  # written in windows, not article by article
