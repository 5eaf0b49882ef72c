"""Every Cypher query in docs/neo4j.md runs on the examples; the core ones find something.

The queries are read from the page, with the `:params` it tells readers to set.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.ingest_service import discover, ingest_paths
from diplograph.settings import Settings
from graph.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "neo4j.md").read_text()


def doc_queries() -> list[str]:
    return re.findall(r"```cypher\n(.*?)```", DOC, flags=re.DOTALL)


def doc_params() -> dict[str, str]:
    line = re.search(r"^:params \{(.*)\}$", DOC, flags=re.MULTILINE)
    assert line, "docs/neo4j.md must show the :params line"
    return dict(re.findall(r"(\w+): '([^']*)'", line.group(1)))


def test_the_page_has_the_promised_queries() -> None:
    queries = doc_queries()
    assert len(queries) >= 4
    text = "\n".join(queries)
    for needle in (":MET|CALLED", ":VISITED", "allShortestPaths", "count(DISTINCT other)"):
        assert needle in text
    used = set(re.findall(r"\$(\w+)", text))
    assert used <= set(doc_params()), used - set(doc_params())


def test_every_query_runs_on_the_examples(neo4j_store: Neo4jStore, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]
    summary = ingest_paths(neo4j_store, discover([ROOT / "examples"]), settings)
    assert summary.failed == 0
    params = doc_params()
    driver = neo4j_store._driver  # the store's own connection, as a Browser user's would be
    rows = {}
    for query in doc_queries():
        records, _, _ = driver.execute_query(query, params, database_=neo4j_store._database)
        rows[query] = len(records)
    # Every query runs; the core ones find something (the others depend on what
    # the extractor makes of particular articles).
    core = [q for q in rows if "counterpart" in q or "count(DISTINCT other)" in q or ":VISITED" in q]
    assert len(core) == 3 and all(rows[q] for q in core), rows
