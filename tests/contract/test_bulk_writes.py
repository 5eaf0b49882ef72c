"""`write_articles` (many batches as one unit) ends where `write_article` one by one ends."""

from __future__ import annotations

from typing import Any

import pytest

from graph.keys import exact_key
from graph.model import ArticleBatch, Mention, NodeRef
from graph.store import GraphStore
from tests.contract.builders import batch, country, edge, person


def snapshot(store: GraphStore) -> dict[str, Any]:
    """Everything a reader can see: nodes with their mention rows, edges with evidence, counts."""
    nodes = []
    for node in store.iter_nodes():
        rows = store.mentions_of(node.label, node.id)
        nodes.append((node.model_dump_json(exclude={"mentions"}), [m.model_dump_json() for m in rows]))
    edges = [e.model_dump_json() for e in store.iter_edges()]
    by_article = {
        a: (
            [(n.label, n.id) for n in store.nodes_of_article(a)],
            [e.id for e in store.edges_of_article(a)],
        )
        for a in ("a1", "a2", "a3", "a4", "a5")
    }
    return {"nodes": nodes, "edges": edges, "stats": store.stats(), "articles": by_article}


def tricky_batches() -> list[ArticleBatch]:
    """Re-ingest within the run, a node deleted and written again, an edge deleted, mention rows replaced."""
    choe, lavrov, wang = (
        person("Choe Son-hui", "PRK", "a1"),
        person("Sergei Lavrov", "RUS", "a1"),
        person("Wang Yi", "CHN", "a2"),
    )
    met = edge("MET", "choe-son-hui", "sergei-lavrov", "2024-11-01", [("a1", "Lavrov met Choe.")])
    visit = edge("VISITED", "choe-son-hui", "RUS", "2024-10-31", [("a1", "Choe arrived in Moscow.")])
    met_wang = edge("MET", "sergei-lavrov", "wang-yi", "2024-11-03", [("a2", "Lavrov met Wang Yi.")])
    # a2 also names Lavrov: its mention row is added beside a1's.
    lavrov2 = lavrov.model_copy(update={"mentions": [Mention(article_id="a2", name="Sergei Lavrov")]})
    # a1 again, changed: another sentence, another spelling.
    choe_again = person("Choe Son Hui", "PRK", "a1").model_copy(update={"id": "choe-son-hui"})
    met_again = met.model_copy(
        update={"evidence": met.evidence[:0] + [met.evidence[0].model_copy(update={"sentence": "They met."})]}
    )
    # a3 deletes Wang Yi (and with him the edge to Lavrov); a4 names him again.
    wang4 = person("Wang Yi", "CHN", "a4")
    met_wang4 = edge("MET", "sergei-lavrov", "wang-yi", "2024-11-03", [("a4", "Wang Yi met Lavrov again.")])
    return [
        batch("a1", [choe, lavrov, country("RUS", "Russia")], [met, visit]),
        batch("a2", [lavrov2, wang], [met_wang]),
        batch("a1", [choe_again], [met_again], content_hash="h2"),
        batch("a3", [], [], delete_nodes=[("Person", "wang-yi")]),
        batch("a4", [wang4], [met_wang4]),
        batch("a5", [], [], delete_edges=[visit.id]),
        # An analyst's split: Lavrov keeps only a2's mention row (a1's goes).
        batch("a5", [lavrov2], [], content_hash="h3").model_copy(
            update={"replace_mentions": [NodeRef(label="Person", id="sergei-lavrov")]}
        ),
    ]


def test_write_articles_equals_one_by_one(store: GraphStore) -> None:
    batches = tricky_batches()
    for item in batches:
        store.write_article(item)
    one_by_one = snapshot(store)
    store.clear()
    store.write_articles(tricky_batches())
    assert snapshot(store) == one_by_one
    # And split in two runs, the second re-ingesting what the first wrote.
    store.clear()
    store.write_articles(batches[:2])
    store.write_articles(batches[2:])
    assert snapshot(store) == one_by_one


def test_write_articles_is_all_or_nothing(store: GraphStore) -> None:
    if store.name != "neo4j":
        pytest.skip("only Neo4j refuses an edge to a missing node (the embedded store trusts its batches)")
    store.write_article(batch("a1", [person("Wang Yi", "CHN", "a1")]))
    before = snapshot(store)
    dangling = edge("MET", "nobody-here", "wang-yi", "2024-11-03", [("a2", "Nobody met Wang Yi.")])
    try:
        store.write_articles([batch("a2", [person("Kim Jong-un", "PRK", "a2")]), batch("a3", [], [dangling])])
    except Exception:  # noqa: BLE001 - which error is the store's to choose; the state is what counts
        pass
    else:
        raise AssertionError("an edge to a node that does not exist was written")
    assert snapshot(store) == before


def load_batches() -> list[ArticleBatch]:
    """A load's usual batches: each article once, with rows of its own article only."""
    met = edge("MET", "choe-son-hui", "sergei-lavrov", "2024-11-01", [("a1", "Lavrov met Choe.")])
    # a2 reports the same meeting: the edge is written again wholesale, its evidence rows add up.
    met2 = met.model_copy(
        update={"evidence": [met.evidence[0].model_copy(update={"article_id": "a2"})], "article_count": 2}
    )
    met_wang = edge("MET", "sergei-lavrov", "wang-yi", "2024-11-03", [("a2", "Lavrov met Wang Yi.")])
    visit = edge("VISITED", "wang-yi", "RUS", "2024-11-02", [("a3", "Wang Yi arrived in Moscow.")])
    choe, lavrov = person("Choe Son-hui", "PRK", "a1"), person("Sergei Lavrov", "RUS", "a1")
    return [
        batch("a1", [choe, lavrov, country("RUS", "Russia")], [met]),
        batch("a2", [person("Sergei Lavrov", "RUS", "a2"), person("Wang Yi", "CHN", "a2")], [met2, met_wang]),
        batch("a3", [person("Wang Yi", "CHN", "a3")], [visit]),
    ]


def test_a_bulk_load_ends_where_one_by_one_ends(store: GraphStore) -> None:
    """Inside `bulk()` a store may gather a load's rows and write them at the end (the embedded one
    does): usual batches, then re-ingested articles, deletions and replaced rows in the same load."""
    batches = [*load_batches(), *tricky_batches()]
    for item in batches:
        store.write_article(item)
    one_by_one = snapshot(store)
    store.clear()
    with store.bulk():
        with store.ingest_lock():
            store.write_articles(load_batches())
        with store.ingest_lock():
            store.write_articles(tricky_batches())
    assert snapshot(store) == one_by_one
    # And a second load into the store the first one filled (its rows are not the first ones).
    store.clear()
    with store.bulk(), store.ingest_lock():
        store.write_articles(load_batches())
    with store.bulk(), store.ingest_lock():
        store.write_articles(tricky_batches())
    assert snapshot(store) == one_by_one


def test_reads_in_the_middle_of_a_bulk_load_see_what_was_written(store: GraphStore) -> None:
    batches = load_batches()
    for item in batches:
        store.write_article(item)
    one_by_one = snapshot(store)
    store.clear()
    with store.bulk():
        with store.ingest_lock():
            store.write_articles(batches[:2])
            # What the planner reads between articles, and what the API reads.
            assert store.article_hash("a2") == "h1"
            [lavrov] = store.nodes_by_keys("Person", [exact_key("Sergei Lavrov")])
            assert lavrov.id == "sergei-lavrov"
            [met] = store.edges_between("MET", "choe-son-hui", "sergei-lavrov", evidence=False)
            assert met.article_count == 2
            reported = {e.id: [item.article_id for item in e.evidence] for e in store.edges_of_article("a2")}
            assert reported[met.id] == ["a1", "a2"]
            assert store.stats().edges == {"MET": 2, "CALLED": 0, "VISITED": 0, "SIGNED": 0}
            store.write_articles(batches[2:])
        assert snapshot(store) == one_by_one
    assert snapshot(store) == one_by_one
