"""The embedded store's durability: restarts, failed writes, a second process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from diplograph.errors import StoreError
from graph.embedded import EmbeddedStore
from graph.model import EdgeQuery, NodeRef
from tests.records import MOSCOW_TASS, MOSCOW_YONHAP, WONSAN, ingest


def snapshot(store: EmbeddedStore) -> tuple:
    return store.stats(), list(store.iter_nodes()), list(store.iter_edges())


def test_restart_keeps_everything(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    for rec in (MOSCOW_TASS, MOSCOW_YONHAP, WONSAN):
        ingest(store, rec)
    before = snapshot(store)
    store.close()
    reopened = EmbeddedStore(tmp_path)
    assert snapshot(reopened) == before
    assert ingest(reopened, MOSCOW_TASS).status == "skipped"
    reopened.close()


def test_failed_write_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = EmbeddedStore(tmp_path)
    ingest(store, MOSCOW_TASS)
    before = snapshot(store)
    real = store._db.write

    def crash_midway(batch: object, orphaned: list[str]) -> None:
        real(batch, orphaned)  # type: ignore[arg-type]
        raise StoreError("disk on fire")  # after every row is written, before COMMIT

    monkeypatch.setattr(store._db, "write", crash_midway)
    with pytest.raises(StoreError):
        ingest(store, WONSAN)
    assert snapshot(store) == before
    store.close()
    reopened = EmbeddedStore(tmp_path)
    assert snapshot(reopened) == before
    assert reopened.article_hash("reuters-2025-07-12") is None
    reopened.close()


def test_second_process_sees_new_articles(tmp_path: Path) -> None:
    server = EmbeddedStore(tmp_path)
    cli = EmbeddedStore(tmp_path)
    ingest(server, MOSCOW_TASS)
    ingest(cli, WONSAN)  # another writer, e.g. `diplograph ingest` while serving
    choe = NodeRef(label="Person", id="choe-son-hui")
    assert server.find_edges(EdgeQuery(node=choe, types=["MET"])).total == 2
    ingest(server, MOSCOW_YONHAP)
    [moscow, _] = cli.find_edges(EdgeQuery(node=choe, types=["MET"])).items
    assert moscow.article_count == 2
    cli.clear()
    assert server.stats().evidence == 0
    server.close()
    cli.close()


def test_second_process_replays_a_bulk_write(tmp_path: Path) -> None:
    from tests.contract.test_bulk_writes import snapshot as full_snapshot
    from tests.contract.test_bulk_writes import tricky_batches

    server = EmbeddedStore(tmp_path)
    server.stats()  # loaded before the other process writes: it must replay, not reload
    loader = EmbeddedStore(tmp_path)
    loader.write_articles(tricky_batches())  # logged as one change row for the whole write
    assert full_snapshot(server) == full_snapshot(loader)
    assert full_snapshot(EmbeddedStore(tmp_path)) == full_snapshot(loader)
    server.close()
    loader.close()


def test_a_big_bulk_load_is_read_whole_by_other_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A load that touches more than RELOAD_ABOVE nodes and edges logs "reload", not its keys: a
    process that holds the store in memory loads it again; the loader's own memory is built at
    its first read; and re-ingesting an article of the load (by-article indexes built after the
    rows) removes exactly its rows."""
    from graph import embedded_sqlite
    from tests.contract.test_bulk_writes import load_batches, tricky_batches
    from tests.contract.test_bulk_writes import snapshot as full_snapshot

    monkeypatch.setattr(embedded_sqlite, "RELOAD_ABOVE", 2)
    reference = EmbeddedStore(tmp_path / "reference")
    for item in [*load_batches(), *tricky_batches()]:
        reference.write_article(item)
    server = EmbeddedStore(tmp_path / "data")
    server.stats()  # loaded before the load
    loader = EmbeddedStore(tmp_path / "data")
    with loader.bulk(), loader.ingest_lock():
        loader.write_articles(load_batches())
    assert full_snapshot(server) == full_snapshot(loader)
    for item in tricky_batches():
        loader.write_article(item)
    assert full_snapshot(server) == full_snapshot(loader) == full_snapshot(reference)
    assert full_snapshot(EmbeddedStore(tmp_path / "data")) == full_snapshot(reference)
    for store in (reference, server, loader):
        store.close()


def test_a_failed_bulk_load_leaves_nothing_behind(tmp_path: Path) -> None:
    from tests.contract.test_bulk_writes import load_batches
    from tests.contract.test_bulk_writes import snapshot as full_snapshot

    store = EmbeddedStore(tmp_path)
    ingest(store, WONSAN)
    before = full_snapshot(store)
    with pytest.raises(RuntimeError, match="the load stops"), store.bulk():
        with store.ingest_lock():
            store.write_articles(load_batches())
        raise RuntimeError("the load stops")
    assert full_snapshot(store) == before
    assert full_snapshot(EmbeddedStore(tmp_path)) == before
    store.close()


def test_pages_read_again_after_a_write_show_its_evidence(tmp_path: Path) -> None:
    """Pages keep their evidence in memory (the evidence cache): a write here or in another process
    must show in the next page."""
    from tests.contract.builders import batch, edge, person

    def page(store: EmbeddedStore) -> list[list[str]]:
        query = EdgeQuery(node=NodeRef(label="Person", id="wang-yi"), types=["MET"])
        return [[e.sentence for e in item.evidence] for item in store.find_edges(query).items]

    wang, lavrov = person("Wang Yi", "CHN", "a1"), person("Sergei Lavrov", "RUS", "a1")
    met = edge("MET", "sergei-lavrov", "wang-yi", "2024-11-03", [("a1", "Lavrov met Wang Yi.")])
    server, writer = EmbeddedStore(tmp_path), EmbeddedStore(tmp_path)
    server.write_article(batch("a1", [wang, lavrov], [met]))
    assert page(server) == [["Lavrov met Wang Yi."]]
    again = edge("MET", "sergei-lavrov", "wang-yi", "2024-11-03", [("a1", "Wang Yi and Lavrov held talks.")])
    server.write_article(batch("a1", [wang, lavrov], [again], content_hash="h2"))
    assert page(server) == [["Wang Yi and Lavrov held talks."]]
    assert page(writer) == [["Wang Yi and Lavrov held talks."]]
    third = edge("MET", "sergei-lavrov", "wang-yi", "2024-11-03", [("a1", "They met in Moscow.")])
    writer.write_article(batch("a1", [wang, lavrov], [third], content_hash="h3"))
    assert page(server) == [["They met in Moscow."]]
    server.close()
    writer.close()


def test_closed_store_raises_store_error(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.close()
    with pytest.raises(StoreError):
        store.stats()
    assert not store.health().ok


def test_unwritable_location_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(StoreError, match="cannot open"):
        EmbeddedStore(blocker / "data")


def test_data_is_in_one_sqlite_file(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    ingest(store, MOSCOW_TASS)
    store.close()
    with sqlite3.connect(tmp_path / "graph.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM evidence").fetchone()[0] == 2


_WRITER = """
import sys
from pathlib import Path
from graph.embedded import EmbeddedStore
from tests.records import ingest, met, person, record

store = EmbeddedStore(Path(sys.argv[1]))
for i in range(10_000):
    rec = record(f"wire-{i:05d}", "2024-11-01", [person("Choe Son-hui", "Foreign Minister", "PRK")],
                 [met("Choe Son-hui", f"Envoy Number{i}", "2024-11-01", f"Report {i}: they met.")])
    ingest(store, rec)
    print(f"ack wire-{i:05d}", flush=True)
"""


def test_killed_writer_loses_no_acknowledged_article(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(tmp_path)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    acked = [child.stdout.readline().split()[1] for _ in range(40)]
    child.send_signal(signal.SIGKILL)  # mid-stream, no clean shutdown
    child.wait()
    store = EmbeddedStore(tmp_path)
    stored = {n.id for n in store.list_nodes("Article", limit=None).items}
    assert set(acked) <= stored
    # Every stored article is whole: its meeting and its evidence are there too.
    for article_id in stored:
        [edge] = store.edges_of_article(article_id)
        assert [e.article_id for e in edge.evidence] == [article_id]
    store.close()


def test_a_file_in_another_format_is_refused_clearly(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / "graph.sqlite3") as conn:
        conn.execute("CREATE TABLE edges (id TEXT PRIMARY KEY, data TEXT)")  # the first, JSON-per-edge format
    with pytest.raises(StoreError, match="format 0.*ingest again"):
        EmbeddedStore(tmp_path)


def test_closing_while_memory_loads_does_not_wait_for_the_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import itertools
    import threading

    from graph.embedded_sqlite import SqliteFile

    store = EmbeddedStore(tmp_path)
    ingest(store, MOSCOW_TASS)
    [stored, *_] = list(store.iter_nodes())
    store.close()
    # A store whose load never ends by itself (a million edges, as far as closing can tell).
    monkeypatch.setattr(SqliteFile, "all_nodes", lambda self: itertools.repeat(stored))
    loading = EmbeddedStore(tmp_path)
    closer = threading.Thread(target=loading.close)
    closer.start()
    closer.join(timeout=30)
    assert not closer.is_alive()
    monkeypatch.undo()
    assert snapshot(EmbeddedStore(tmp_path, background=False))[0].nodes["Article"] == 1
