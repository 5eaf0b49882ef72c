"""A made-up corpus whose graph does not depend on ingest order.

Each person is always spelled the same way and each pair's meetings fall on
dates far apart, so ids (of persons and edges) are the same whatever order
the records go in: any interleaving of concurrent writers must give exactly
the graph of one sequential ingest.  Names and sentences are invented.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

from app.ingest_service import ingest_item, parse_item
from diplograph.settings import Settings
from graph.embedded import EmbeddedStore
from graph.store import GraphStore
from tests.reliability.conftest import snapshot

PEOPLE = [
    ("Amara Okafor", "Foreign Minister", "NGA"),
    ("Lars Henningsen", "Foreign Minister", "DNK"),
    ("Mei Tanabe", "Prime Minister", "JPN"),
    ("Rafael Quintero", "President", "CHL"),
    ("Ines Duarte", "Foreign Minister", "PRT"),
    ("Omar Haddad", "Foreign Minister", "JOR"),
    ("Sofia Lindqvist", "Defence Minister", "SWE"),
    ("Tomas Novotny", "Prime Minister", "CZE"),
]
DAYS = [f"2024-{month:02d}-{day:02d}" for month in (1, 3, 5, 7, 9, 11) for day in (4, 18)]


def record(i: int, version: int = 1) -> dict[str, Any]:
    rng = random.Random(i)
    a, b, c = rng.sample(PEOPLE, 3)
    met_day, call_day, visit_day = (rng.choice(DAYS) for _ in range(3))
    facts = [
        {"type": "MET", "persons": [a[0], b[0]], "date": met_day, "country": b[2],
         "evidence": f"Dispatch {i}: {a[1]} {a[0]} held talks with {b[0]} on {met_day}."},
        {"type": "CALLED", "persons": [b[0], c[0]], "date": call_day,
         "evidence": f"Dispatch {i}: {b[0]} spoke by phone with {c[0]} on {call_day}."},
        {"type": "VISITED", "person": a[0], "country": c[2], "date": visit_day,
         "evidence": f"Dispatch {i}: {a[0]} arrived in the capital of {c[2]} on {visit_day}."},
    ]  # fmt: skip
    if version == 2:  # the corrected version: the call was a meeting's side event, reworded
        facts = [facts[0], facts[2]]
        facts[0] = {**facts[0], "evidence": f"Dispatch {i} (corrected): {a[0]} and {b[0]} met on {met_day}."}
    persons = [{"name": p[0], "title": p[1], "country": p[2]} for p in (a, b, c)]
    return {"id": f"dispatch-{i:03d}", "published": "2024-12-01", "persons": persons, "facts": facts}


def corrected(data: dict[str, Any]) -> dict[str, Any]:
    return record(int(data["id"].split("-")[1]), version=2)


def ingest(store: GraphStore, data: dict[str, Any]) -> None:
    """Exactly what POST /articles does with a record."""
    ingest_item(store, parse_item(copy.deepcopy(data)), Settings())  # type: ignore[call-arg]


def reference(records: list[dict[str, Any]], folder: Path) -> tuple[Any, ...]:
    """The snapshot of one sequential ingest of `records` into a fresh embedded store."""
    store = EmbeddedStore(folder)
    try:
        for data in records:
            ingest(store, data)
        return snapshot(store)
    finally:
        store.close()


def prefixes(records: list[dict[str, Any]], folder: Path) -> list[tuple[Any, ...]]:
    """Snapshots after 0, 1, ... len(records) records of one sequential ingest."""
    store = EmbeddedStore(folder)
    try:
        found = [snapshot(store)]
        for data in records:
            ingest(store, data)
            found.append(snapshot(store))
        return found
    finally:
        store.close()


def references_at(
    records: list[dict[str, Any]], folder: Path, marks: list[int]
) -> dict[int, tuple[Any, ...]]:
    """Snapshots after the first m records of one sequential ingest, for each m in `marks`."""
    store = EmbeddedStore(folder)
    found = {}
    try:
        with store.bulk():
            for m, data in enumerate([None, *records]):
                if data is not None:
                    ingest(store, data)
                if m in marks:
                    found[m] = snapshot(store)
                if m >= max(marks):
                    break
        return found
    finally:
        store.close()
