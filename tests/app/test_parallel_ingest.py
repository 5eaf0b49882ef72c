"""`diplograph ingest --workers N`: the same graph whatever N, written in article order."""

from __future__ import annotations

from pathlib import Path

from app.ingest_service import discover
from app.parallel import Progress, ingest_files
from graph.embedded import EmbeddedStore
from tests.conftest import embedded_settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _snapshot(store: EmbeddedStore) -> tuple[list[str], list[tuple[str, int, list[str]]]]:
    nodes = [f"{n.label}:{n.id}:{n.name}" for n in store.iter_nodes()]
    edges = [(e.id, e.article_count, [ev.sentence for ev in e.evidence]) for e in store.iter_edges()]
    return nodes, edges


def test_two_workers_build_the_graph_one_worker_builds(tmp_path: Path) -> None:
    files = discover([EXAMPLES])[:8]
    graphs = []
    for workers in (1, 2):
        settings = embedded_settings(tmp_path / f"w{workers}")
        store = EmbeddedStore(settings.data_dir)
        seen: list[Progress] = []
        summary = ingest_files(store, files, settings, workers, progress=seen.append)
        assert summary.failed == 0 and summary.added == len(seen) == seen[-1].total
        assert seen[-1].facts == summary.facts_new + summary.facts_corroborated
        graphs.append(_snapshot(store))
        again = ingest_files(store, files, settings, workers)
        assert again.skipped == summary.added and again.added == 0
        store.close()
    assert graphs[0] == graphs[1]
