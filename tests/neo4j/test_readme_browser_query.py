"""The README's first Neo4j Browser query finds Choe Son-hui's counterparts in the examples."""

from __future__ import annotations

import re
from pathlib import Path

from app.ingest_service import discover, ingest_paths
from diplograph.settings import Settings
from graph.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parents[2]


def test_readme_first_browser_query(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("### Neo4j Browser") :]
    query = re.search(r"```cypher\n(.*?)```", section, flags=re.DOTALL)
    assert query, "the Browser section shows a first query"
    assert "diplograph-test" in section and "`neo4j`" in section  # user and password are given
    summary = ingest_paths(neo4j_store, discover([ROOT / "examples"]), Settings(data_dir=tmp_path / "d"))  # type: ignore[call-arg]
    assert summary.failed == 0
    records, _, _ = neo4j_store._driver.execute_query(query.group(1), database_=neo4j_store._database)
    names = {r["other"]["name"] for r in records}
    assert {"Sergei Lavrov", "Vladimir Putin"} <= names, names
