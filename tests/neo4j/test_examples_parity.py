"""The shipped examples/ ingested into Neo4j and into the embedded store give the same graph."""

from __future__ import annotations

from pathlib import Path

from app.ingest_service import discover, ingest_paths
from diplograph.settings import Settings
from graph.embedded import EmbeddedStore
from graph.neo4j_store import Neo4jStore

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_examples_make_the_same_graph_in_both_stores(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    files = discover([EXAMPLES])
    settings = Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]
    embedded = EmbeddedStore(tmp_path / "data")
    try:
        on_embedded = ingest_paths(embedded, files, settings)
        on_neo4j = ingest_paths(neo4j_store, files, settings)
        assert on_neo4j == on_embedded and on_neo4j.failed == 0 and on_neo4j.added == len(files)
        assert neo4j_store.stats() == embedded.stats()
        assert list(neo4j_store.iter_nodes()) == list(embedded.iter_nodes())
        assert list(neo4j_store.iter_edges()) == list(embedded.iter_edges())
        assert neo4j_store.name_index("Person") == embedded.name_index("Person")
    finally:
        embedded.close()
