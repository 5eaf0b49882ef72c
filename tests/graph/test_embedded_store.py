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
