"""Name search on Neo4j: an index in each process, kept in step with what any process writes."""

from __future__ import annotations

from graph.model import NameEntry
from graph.name_search import brute_force
from graph.neo4j_store import Neo4jStore
from tests.contract.builders import batch, person
from tests.neo4j.conftest import open_neo4j

NAMES = ["Sergei Lavrov", "Sergey Ryabkov", "Choe Son-hui", "Wang Yi", "Wang Wenbin", "Kim Yo-jong"]
QUERIES = ["lavrof", "Wang", "choe son hui", "Ryabkov Sergey", "kim", "yi wang", "nobody at all"]


def _found(hits: list[tuple[NameEntry, float]]) -> list[tuple[str, float]]:
    return [(entry.id, score) for entry, score in hits]


def _same_as_scoring_every_name(store: Neo4jStore) -> None:
    everyone = store.name_index("Person")
    for query in QUERIES:
        assert _found(store.search_names("Person", query)) == _found(brute_force(everyone, query)), query


def test_search_follows_writes_deletes_and_clears_of_another_process(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write_article(batch("a1", [person(n, None, "a1") for n in NAMES[:4]]))
    _same_as_scoring_every_name(neo4j_store)  # loads the index
    other = open_neo4j()  # another process's store: its writes reach us only through the server
    try:
        other.write_article(batch("a2", [person(n, None, "a2") for n in NAMES[4:]]))
        renamed = person("Sergei Lavrov", None, "a3").model_copy(update={"aliases": ["Sergej Lawrow"]})
        other.write_article(batch("a3", [renamed], delete_nodes=[("Person", "wang-yi")]))
        _same_as_scoring_every_name(neo4j_store)
        assert [e.id for e, _ in neo4j_store.search_names("Person", "Lawrow")] == ["sergei-lavrov"]
        assert [e.id for e in neo4j_store.names_with_word("Person", "wang")] == ["wang-wenbin"]
        # Deleted and written again in one write: it stays.
        again = person("Wang Yi", None, "a4")
        other.write_article(batch("a4", [again], delete_nodes=[("Person", "wang-yi")]))
        assert [e.id for e in neo4j_store.names_with_word("Person", "wang")] == ["wang-wenbin", "wang-yi"]
        other.clear()
        assert neo4j_store.search_names("Person", "wang") == []
        other.write_article(batch("a5", [person("Kim Yo-jong", None, "a5")]))
        assert [e.id for e, _ in neo4j_store.search_names("Person", "kim")] == ["kim-yo-jong"]
    finally:
        other.close()
