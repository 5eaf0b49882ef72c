"""`diplograph extract --shards` on a Dask cluster of 2 worker processes, then `diplograph ingest` of them.

The graph loaded from the shards is the graph `diplograph ingest` builds from the
articles themselves; re-running keeps unchanged shards and rewrites or removes the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.ingest_service import discover
from app.parallel import ingest_files
from app.scaleout import extract_to_shards
from diplograph.settings import get_settings
from graph.embedded import EmbeddedStore
from tests.app.stories import STORIES as _STORIES
from tests.conftest import embedded_settings

distributed = pytest.importorskip("distributed")


def _write_articles(folder: Path, stories: list[tuple[str, str, str]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "articles.jsonl"
    rows = [
        {"id": i, "published": day, "source": "Test Ledger", "title": i, "text": text}
        for i, day, text in stories
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return [path]


def _snapshot(store: EmbeddedStore) -> tuple[list[str], list[tuple[str, int, list[str]]]]:
    nodes = sorted(f"{n.label}:{n.id}:{n.name}" for n in store.iter_nodes())
    edges = sorted(
        (e.id, e.article_count, sorted(ev.sentence for ev in e.evidence)) for e in store.iter_edges()
    )
    return nodes, edges


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A local Dask cluster of 2 worker processes, one thread each (as `extract --shards` starts)."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
    ) as local:
        yield local.scheduler_address


def _client(address: str):  # type: ignore[no-untyped-def]
    @contextmanager
    def connect() -> Iterator[object]:
        from distributed import Client

        with Client(address, timeout="60s") as client:
            yield client

    return connect


def test_shards_load_into_the_graph_the_articles_build(tmp_path: Path, cluster: str) -> None:
    files = _write_articles(tmp_path / "in", _STORIES)
    settings = embedded_settings(tmp_path / "unused")
    out = tmp_path / "shards"
    summary = extract_to_shards(files, out, settings, partition_size=2, workers=2, client=_client(cluster))
    assert (summary.shards, summary.written, summary.kept, summary.failed) == (3, 3, 0, 0), summary.errors
    assert sorted(p.name for p in out.glob("*.jsonl")) == ["part-00000.jsonl", "part-00001.jsonl",
                                                           "part-00002.jsonl"]  # fmt: skip
    ids = [json.loads(line)["id"] for p in discover([out]) for line in p.read_text().splitlines()]
    assert ids == [s[0] for s in _STORIES]  # shards sorted by name are the input in article order

    from_shards = EmbeddedStore(tmp_path / "a")
    loaded = ingest_files(from_shards, discover([out]), settings, workers=2)
    direct = EmbeddedStore(tmp_path / "b")
    ingest_files(direct, files, settings, workers=1)
    assert loaded.added == len(_STORIES) and loaded.failed == 0
    assert loaded.facts_new > 0
    assert _snapshot(from_shards) == _snapshot(direct)
    assert ingest_files(from_shards, discover([out]), settings, workers=2).skipped == len(_STORIES)
    from_shards.close()
    direct.close()


def test_rerun_keeps_unchanged_shards_and_rewrites_or_removes_the_rest(tmp_path: Path, cluster: str) -> None:
    settings = embedded_settings(tmp_path / "unused")
    out = tmp_path / "shards"
    extract_to_shards(_write_articles(tmp_path / "in", _STORIES), out, settings, partition_size=2, workers=2,
                      client=_client(cluster))  # fmt: skip
    before = {p.name: p.read_bytes() for p in out.glob("*.jsonl")}

    again = extract_to_shards(_write_articles(tmp_path / "in", _STORIES), out, settings, partition_size=2,
                              workers=2, client=_client(cluster))  # fmt: skip
    assert (again.written, again.kept, again.removed) == (0, 3, 0)
    assert {p.name: p.read_bytes() for p in out.glob("*.jsonl")} == before

    changed = list(_STORIES[:4])
    changed[3] = (changed[3][0], changed[3][1], changed[3][2].replace("Saturday", "Friday"))
    third = extract_to_shards(_write_articles(tmp_path / "in", changed), out, settings, partition_size=2,
                              workers=2, client=_client(cluster))  # fmt: skip
    assert (third.shards, third.written, third.kept, third.removed) == (2, 1, 1, 1)
    assert sorted(p.name for p in out.iterdir()) == [
        "part-00000.jsonl", "part-00000.jsonl.done", "part-00001.jsonl", "part-00001.jsonl.done"
    ]  # fmt: skip
    assert (out / "part-00000.jsonl").read_bytes() == before["part-00000.jsonl"]


def test_cli_extracts_on_the_scheduler_named_in_the_settings(
    tmp_path: Path, cluster: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOGRAPH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DIPLOGRAPH_DASK_SCHEDULER", cluster)
    monkeypatch.delenv("DIPLOGRAPH_API_KEY", raising=False)
    get_settings.cache_clear()
    try:
        files = _write_articles(tmp_path / "in", _STORIES[:3])
        out = tmp_path / "shards"
        runner = CliRunner()
        result = runner.invoke(cli, ["extract", str(files[0]), "--shards", str(out), "--partition-size", "2"])
        assert result.exit_code == 0, result.output
        assert "shards: 2 (2 written" in result.output
        loaded = runner.invoke(cli, ["ingest", str(out)])
        assert loaded.exit_code == 0, loaded.output
        assert "3 added, 0 replaced, 0 skipped, 0 failed" in loaded.output
    finally:
        get_settings.cache_clear()


def test_without_a_scheduler_a_local_cluster_of_the_asked_size_runs() -> None:
    from app.scaleout import dask_client

    with dask_client(None, 2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        assert client.submit(sum, [1, 2], pure=False).result(timeout=60) == 3


def test_cli_refuses_shards_with_printing_options(tmp_path: Path) -> None:
    files = _write_articles(tmp_path / "in", _STORIES[:1])
    result = CliRunner().invoke(cli, ["extract", str(files[0]), "--shards", str(tmp_path / "s"), "--explain"])
    assert result.exit_code == 1 and "--shards writes JSONL records" in result.output
    assert not (tmp_path / "s").exists()
