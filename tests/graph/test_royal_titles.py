"""Royal titles change over a life: 'Prince Charles' and 'King Charles III' are one person (own texts)."""

from __future__ import annotations

from datetime import date

from graph.build import ArticleMeta, ingest_record
from graph.keys import royal_name
from graph.model import Person
from graph.store import GraphStore
from ingest.pipeline import extract_article
from ingest.schema import Article
from tests.records import ingest, person, record


def people(store: GraphStore) -> dict[str, Person]:
    return {p.id: p for p in store.list_nodes("Person", limit=None).items if isinstance(p, Person)}


def test_royal_names() -> None:
    assert royal_name("King Charles III") == ("charles", "iii")
    assert royal_name("Prince Charles") == ("charles", None)
    assert royal_name("Crown Prince Frederik") == ("frederik", None)
    assert royal_name("Charles Michel") is None


def test_a_prince_who_became_king_is_one_person(store: GraphStore) -> None:
    ingest(store, record("r2019", "2019-06-04", [person("Prince Charles", "Prince of Wales", "GBR")], []))
    ingest(store, record("r2025", "2025-12-03", [person("King Charles III", "King", "GBR")], []))
    ingest(store, record("r2026", "2026-01-10", [person("King Charles", None, "GBR")], []))
    found = people(store)
    assert len(found) == 1
    charles = next(iter(found.values()))
    assert charles.country == "GBR" and charles.article_count == 3
    assert any("royal title" in note for note in charles.resolution)


def test_other_states_or_other_numbers_stay_apart(store: GraphStore) -> None:
    ingest(store, record("s1", "2020-01-02", [person("Crown Prince Haakon", "Crown Prince", "NOR")], []))
    ingest(store, record("s2", "2020-01-03", [person("King Haakon", "King", "DNK")], []))  # another state
    ingest(store, record("s3", "1660-01-03", [person("King Louis XIII", "King", "FRA")], []))
    ingest(store, record("s4", "1700-01-03", [person("King Louis XIV", "King", "FRA")], []))
    ingest(store, record("s5", "2020-01-04", [person("Prince Harry", None, None)], []))
    ingest(store, record("s6", "2020-01-05", [person("King Harry", None, None)], []))  # no state: no evidence
    assert len(people(store)) == 6


def test_from_our_own_texts(store: GraphStore) -> None:
    texts = [
        ("uk-2018", "2018-05-20", "LONDON - Britain's Prince Charles welcomed the visiting Canadian "
         "prime minister to Clarence House on Sunday, the palace said."),
        ("uk-2024", "2024-03-02", "LONDON - Britain's King Charles received the visiting Japanese "
         "emperor at Buckingham Palace on Saturday."),
    ]  # fmt: skip
    for article_id, published, text in texts:
        day = date.fromisoformat(published)
        rec = extract_article(Article(id=article_id, published=day, text=text))
        ingest_record(
            store, rec, ArticleMeta(id=article_id, title=None, published=day, content_hash=article_id)
        )
    charles = [p for p in people(store).values() if "Charles" in p.name]
    assert len(charles) == 1 and charles[0].country == "GBR"
    assert {"King Charles", "Prince Charles"} <= {charles[0].name, *charles[0].aliases}
