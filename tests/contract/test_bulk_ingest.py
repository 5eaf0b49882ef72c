"""Ingest inside `bulk()` (as `diplograph ingest` runs it) builds the graph article-by-article ingest builds.

On Neo4j the planner then reads from the load's overlay (`graph/neo4j_bulk.py`) and the load is
written in windows; elsewhere `bulk()` groups commits.  Both must give the same outcomes and graph,
with re-ingests inside the load, a load into a store that earlier loads filled, and deletions.
"""

from __future__ import annotations

from graph.buffered import buffered
from graph.build import ingest_record
from graph.delete import delete_article
from graph.store import GraphStore
from tests.contract.test_buffered_ingest import _ingest, _outcomes, _records
from tests.contract.test_bulk_writes import snapshot


def _bulk_ingest(store: GraphStore, records: list) -> list:  # type: ignore[type-arg]
    from app.ingest_service import record_meta

    with store.bulk(), buffered(store) as writer:
        return [ingest_record(writer, r, record_meta(r)) for r in records]


def test_a_bulk_ingest_builds_the_same_graph(store: GraphStore) -> None:
    records = _records()
    one_by_one = _outcomes(_ingest(store, records))
    expected = snapshot(store)
    store.clear()
    assert _outcomes(_bulk_ingest(store, records)) == one_by_one
    assert snapshot(store) == expected


def test_loads_into_a_filled_store_and_deletions_between_them(store: GraphStore) -> None:
    records = _records()
    first, second = records[:90], records[90:]
    one_by_one = _outcomes(_ingest(store, first))
    delete_article(store, first[3].id)
    one_by_one += _outcomes(_ingest(store, second))
    expected = snapshot(store)
    store.clear()
    # The second load plans against what the first one stored (persons, pairs, article hashes).
    in_loads = _outcomes(_bulk_ingest(store, first))
    delete_article(store, first[3].id)
    in_loads += _outcomes(_bulk_ingest(store, second))
    assert in_loads == one_by_one
    assert snapshot(store) == expected


def test_reads_and_deletions_inside_a_bulk_ingest(store: GraphStore) -> None:
    records = _records()[:60]
    _ingest(store, records[:40])
    delete_article(store, records[7].id)
    _ingest(store, records[40:])
    expected = snapshot(store)
    stats = store.stats()
    store.clear()
    from app.ingest_service import record_meta

    with store.bulk(), buffered(store) as writer:
        for r in records[:40]:
            ingest_record(writer, r, record_meta(r))
        delete_article(writer, records[7].id)  # a deletion in the middle of the load
        for r in records[40:]:
            ingest_record(writer, r, record_meta(r))
        assert writer.stats() == stats  # a read the overlay does not answer sees the whole queue
    assert snapshot(store) == expected


def test_a_bulk_ingest_in_many_small_windows_builds_the_same_graph(store: GraphStore, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Window boundaries (Neo4j: a transaction each, CREATE for what earlier windows did not write,
    the ingest lock renewed) change nothing: windows of 7 articles instead of thousands."""
    import graph.neo4j_bulk

    monkeypatch.setattr(graph.neo4j_bulk, "WINDOW", 7)
    records = _records()
    first, second = records[:90], records[90:]
    one_by_one = _outcomes(_ingest(store, first))
    delete_article(store, first[3].id)
    one_by_one += _outcomes(_ingest(store, second + first[10:20]))  # re-ingests
    expected = snapshot(store)
    store.clear()
    in_loads = _outcomes(_bulk_ingest(store, first))
    delete_article(store, first[3].id)
    in_loads += _outcomes(_bulk_ingest(store, second + first[10:20]))
    assert in_loads == one_by_one
    assert snapshot(store) == expected
