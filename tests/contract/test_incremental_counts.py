"""Derived properties are maintained incrementally; they must equal a recount from the rows.

After new articles, corroborations, replaced articles and a merge of two
persons, every node's tally and article count, and every edge's tally,
article count, date, place and country, are what a full recount from the
stored mention and evidence rows gives.
"""

from __future__ import annotations

from graph.build import _refresh_node
from graph.model import EdgeQuery
from graph.plan import edge_tally_of, refresh_edge, tally_of
from graph.store import GraphStore
from tests.records import ALL_RECORDS, MOSCOW_YONHAP, ingest, met, person, record


def assert_counts_match_rows(store: GraphStore) -> None:
    for node in store.iter_nodes():
        if node.label in ("Article", "Country"):
            continue
        rows = store.mentions_of(node.label, node.id)
        assert rows, f"{node.label} {node.id} has no mention rows"
        assert node.tally == tally_of(rows), node.id
        assert node.article_count == len({m.article_id for m in rows}), node.id
        recounted = node.model_copy(deep=True)
        _refresh_node(recounted)
        assert recounted == node, node.id
    edges = store.find_edges(EdgeQuery(limit=None)).items
    assert edges
    for edge in edges:
        [lite] = [
            e for e in store.edges_between(edge.type, edge.src, edge.dst, evidence=False) if e.id == edge.id
        ]
        assert lite.evidence == [] and lite.tally == edge_tally_of(edge.evidence), edge.id
        assert edge.article_count == len({e.article_id for e in edge.evidence}), edge.id
        recounted = edge.model_copy(deep=True)
        recounted.tally = None
        refresh_edge(recounted)
        assert (recounted.date, recounted.place, recounted.country) == (edge.date, edge.place, edge.country)


def test_tallies_equal_a_recount_after_adds_replaces_and_merges(store: GraphStore) -> None:
    for data in ALL_RECORDS:
        ingest(store, data)
    assert_counts_match_rows(store)
    # A changed report: its old evidence and spellings go, the new ones come.
    changed = {
        **MOSCOW_YONHAP,
        "persons": [person("Choe Son-hui", "Minister", "PRK"), *MOSCOW_YONHAP["persons"][1:]],
    }
    changed["facts"] = [met("Choe Son-hui", "Sergey Lavrov", "2024-11", "They met in November, Yonhap said.")]
    ingest(store, changed)
    assert_counts_match_rows(store)
    # A spelling stored apart, later shown to be the same person: merged with its edges.
    sergej = met("Sergej Lavrov", "Choe Son-hui", "2024-11-01", "Sergej Lavrov met Choe.")
    ingest(store, record("x1", "2024-12-01", [person("Sergej Lavrov", None, None)], [sergej]))
    ingest(store, record("x2", "2024-12-02", [person("Sergei Lavrov", "Foreign Minister", "RUS",
                                                      aliases=["Sergej Lavrov"])], []))  # fmt: skip
    assert "sergej-lavrov" not in [p.id for p in store.list_nodes("Person", limit=None).items]
    assert_counts_match_rows(store)
    # Replacing the article that prompted the merge keeps the merge and the counts right.
    ingest(store, record("x2", "2024-12-02", [person("Sergei Lavrov", "Minister", "RUS")], []))
    assert_counts_match_rows(store)
