"""What only the Neo4j store can get wrong: Cypher injection, schema, atomicity, concurrency.

(The answers themselves are the store contract, tests/contract/, run on both stores.)
"""

from __future__ import annotations

import threading
import time

import pytest

from diplograph.errors import StoreError, StoreUnavailableError
from graph import cypher
from graph.model import Node
from graph.neo4j_store import Neo4jStore
from tests.contract.builders import batch, country, edge, person
from tests.neo4j.conftest import open_neo4j

HOSTILE = "x'}) DETACH DELETE n //"


def test_hostile_text_is_stored_as_text(neo4j_store: Neo4jStore) -> None:
    ann = person("Ann Alpha", "RUS", "a1")
    hostile = person(HOSTILE, "RUS", "a1").model_copy(update={"id": "hostile"})
    sentence = f'He said "{HOSTILE}" MATCH (m) DELETE m'
    met = edge("MET", "ann-alpha", "hostile", "2024-01-01", [("a1", sentence)])
    neo4j_store.write_article(batch("a1", [ann, hostile, country("RUS", "Russia")], [met]))
    before = neo4j_store.stats()

    stored = neo4j_store.get_node("Person", "hostile")
    assert stored is not None and stored.name == HOSTILE
    assert [n.id for n in neo4j_store.nodes_by_keys("Person", hostile.keys)] == ["hostile"]
    [back] = neo4j_store.edges_between("MET", "ann-alpha", "hostile")
    assert back.evidence[0].sentence.startswith('He said "x')
    # Hostile text used as ids in reads finds nothing and deletes nothing.
    assert neo4j_store.get_node("Person", HOSTILE) is None
    assert neo4j_store.nodes_of_article(HOSTILE) == []
    assert neo4j_store.article_hash("a1' OR 1=1 //") is None
    assert neo4j_store.stats() == before
    assert before.nodes["Person"] == 2 and before.edges["MET"] == 1


def test_labels_and_types_outside_the_allow_list_are_refused(neo4j_store: Neo4jStore) -> None:
    with pytest.raises(StoreError, match="not a node label"):
        neo4j_store.get_node("Person) DETACH DELETE (n", "x")  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="not a relationship type"):
        neo4j_store.edges_between("MET]->() DELETE r //", "a", "b")  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        cypher.shortest_paths(("MET",), 10**6)
    assert all(cypher.label(lbl) == lbl for lbl in ("Person", "Country", "Article"))


def test_schema_setup_is_idempotent_and_complete(neo4j_store: Neo4jStore) -> None:
    # Opening twice more re-runs every CREATE ... IF NOT EXISTS without error.
    for _ in range(2):
        open_neo4j().close()
    # Checked with the driver directly, independent of the store's own queries.
    with neo4j_store._driver.session(database=neo4j_store._database) as session:
        constraints = {r["name"] for r in session.run("SHOW CONSTRAINTS YIELD name")}
        indexes = {r["name"]: r["type"] for r in session.run("SHOW INDEXES YIELD name, type")}
    expected = {f"{n}_id" for n in ("person", "country", "organization", "agreement", "place", "article")}
    expected |= {f"{t}_id" for t in ("met", "called", "visited", "signed")}
    assert expected <= constraints
    assert indexes[cypher.PERSON_FULLTEXT_INDEX] == "FULLTEXT"


def test_a_failed_batch_leaves_nothing_behind(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write_article(batch("a1", [person("Ann Alpha", None, "a1")]))
    before = neo4j_store.stats()
    dangling = edge("MET", "ann-alpha", "nobody-known", "2024-01-01", [("a2", "Ann met someone.")])
    with pytest.raises(StoreError, match="not stored"):
        neo4j_store.write_article(batch("a2", [person("Ben Beta", None, "a2")], [dangling]))
    assert neo4j_store.stats() == before
    assert neo4j_store.get_node("Person", "ben-beta") is None
    assert neo4j_store.article_hash("a2") is None


def test_writes_are_durable_for_a_new_connection(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write_article(batch("a1", [person("Ann Alpha", "RUS", "a1")]))
    other = open_neo4j()
    try:
        assert other.get_node("Person", "ann-alpha") is not None
        assert other.article_hash("a1") == "h1"
    finally:
        other.close()


def test_concurrent_writers_of_the_same_batch_make_no_duplicates(neo4j_store: Neo4jStore) -> None:
    people: list[Node] = [person(n, "RUS", "a1") for n in ("Ann Alpha", "Ben Beta", "Cy Gamma")]
    edges = [
        edge("MET", "ann-alpha", "ben-beta", "2024-01-01", [("a1", "Ann met Ben.")]),
        edge("MET", "ben-beta", "cy-gamma", "2024-01-02", [("a1", "Ben met Cy.")]),
    ]
    work = batch("a1", people, edges)
    stores = [open_neo4j() for _ in range(3)]
    errors: list[BaseException] = []

    def write(store: Neo4jStore) -> None:
        try:
            for _ in range(5):
                store.write_article(work)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    for s in stores:
        s.close()
    assert errors == []
    stats = neo4j_store.stats()
    assert stats.nodes["Person"] == 3 and stats.nodes["Article"] == 1
    assert stats.edges["MET"] == 2 and stats.evidence == 2


def test_ingest_lock_excludes_another_connection_until_released(neo4j_store: Neo4jStore) -> None:
    # A second store has its own driver and connections: as another process would.
    other = open_neo4j()
    acquired = threading.Event()

    def take() -> None:
        with other.ingest_lock():
            acquired.set()

    try:
        with neo4j_store.ingest_lock(), neo4j_store.ingest_lock():  # re-entrant in one thread
            waiter = threading.Thread(target=take)
            waiter.start()
            time.sleep(1.5)
            assert not acquired.is_set()
        assert acquired.wait(timeout=30)
        waiter.join(timeout=30)
        # The lock node is not part of the graph.
        assert sum(neo4j_store.stats().nodes.values()) == 0
    finally:
        other.close()


def test_waiting_for_the_ingest_lock_is_bounded(neo4j_store: Neo4jStore) -> None:
    impatient = open_neo4j(lock_timeout=1.0)
    try:
        with neo4j_store.ingest_lock():
            started = time.monotonic()
            with pytest.raises(StoreUnavailableError, match="ingest lock"), impatient.ingest_lock():
                pass
            assert time.monotonic() - started < 15
        with impatient.ingest_lock():  # free again
            pass
    finally:
        impatient.close()


def test_nodes_and_edges_named_by_very_many_articles_are_still_found(neo4j_store: Neo4jStore) -> None:
    # So many article ids that their index tags cannot fit one index entry.
    articles = [f"a-very-long-article-identifier-from-some-wire-service-{i:05d}" for i in range(800)]
    popular = person("Ann Alpha", "RUS", *articles)
    other = person("Ben Beta", "RUS", articles[0])
    reports = [(a, f"Ann met Ben ({a}).") for a in articles]
    met = edge("MET", "ann-alpha", "ben-beta", "2024-01-01", reports)
    neo4j_store.write_article(batch(articles[-1], [popular, other], [met]))
    assert [n.id for n in neo4j_store.nodes_of_article(articles[-1])] == ["ann-alpha"]
    assert [n.id for n in neo4j_store.nodes_of_article(articles[0])] == ["ann-alpha", "ben-beta"]
    assert [e.id for e in neo4j_store.edges_of_article(articles[400])] == [met.id]
    assert neo4j_store.edges_of_article("a-very-long") == []
    assert [n.id for n in neo4j_store.nodes_by_keys("Person", popular.keys)] == ["ann-alpha"]
