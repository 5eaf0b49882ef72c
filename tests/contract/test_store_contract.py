"""The GraphStore contract: every store gives these answers, ordering included."""

from __future__ import annotations

from datetime import date

import pytest

from graph.model import EdgeQuery, NodeRef
from graph.store import GraphStore
from tests.contract.builders import agreement, batch, country, edge, person

CHOE = person("Choe Son-hui", "PRK", "a1")
LAVROV = person("Sergei Lavrov", "RUS", "a1")
WANG = person("Wang Yi", "CHN", "a2")
PUTIN = person("Vladimir Putin", "RUS", "a3")
KIM = person("Kim Jong-un", "PRK", "a3")

MET_MOSCOW = edge(
    "MET", "choe-son-hui", "sergei-lavrov", "2024-11-01",
    [("a1", "Lavrov held talks with Choe Son-hui in Moscow on Friday.")], place="Moscow",
)  # fmt: skip
VISIT_RUS = edge(
    "VISITED", "choe-son-hui", "RUS", "2024-10-31/2024-11-02",
    [("a1", "Choe Son-hui arrived in Moscow on Thursday.")], place="Moscow",
)  # fmt: skip


def seed_basic(store: GraphStore) -> None:
    store.write_article(batch("a1", [CHOE, LAVROV, country("RUS", "Russia")], [MET_MOSCOW, VISIT_RUS]))


def ids(edges: object) -> list[str]:
    return [e.id for e in edges]  # type: ignore[attr-defined]


def test_written_article_reads_back(store: GraphStore) -> None:
    seed_basic(store)
    assert store.article_hash("a1") == "h1"
    assert store.article_hash("nope") is None
    got = store.get_node("Person", "choe-son-hui")
    assert got is not None and got.name == "Choe Son-hui" and got.country == "PRK"  # type: ignore[union-attr]
    assert store.get_node("Person", "nobody") is None
    assert store.get_node("Country", "RUS") is not None
    article = store.get_node("Article", "a1")
    assert article is not None and article.content_hash == "h1"  # type: ignore[union-attr]
    [met] = store.edges_between("MET", "choe-son-hui", "sergei-lavrov")
    assert met == MET_MOSCOW
    assert store.edges_between("MET", "sergei-lavrov", "choe-son-hui") == []
    assert store.edges_between("VISITED", "choe-son-hui", "RUS") == [VISIT_RUS]


def test_lookup_by_keys_and_article(store: GraphStore) -> None:
    seed_basic(store)
    found = store.nodes_by_keys("Person", ["n:choesonhui", "n:nobody", "n:sergeilavrov"])
    assert [n.id for n in found] == ["choe-son-hui", "sergei-lavrov"]
    assert store.nodes_by_keys("Person", []) == []
    assert store.nodes_by_keys("Agreement", ["n:choesonhui"]) == []
    assert [(n.label, n.id) for n in store.nodes_of_article("a1")] == [
        ("Person", "choe-son-hui"),
        ("Person", "sergei-lavrov"),
    ]
    assert ids(store.edges_of_article("a1")) == sorted([MET_MOSCOW.id, VISIT_RUS.id])
    assert store.edges_of_article("a2") == []


def test_write_replaces_nodes_and_edges_wholesale(store: GraphStore) -> None:
    seed_basic(store)
    renamed = CHOE.model_copy(update={"name": "Choe Son Hui", "keys": ["n:choesonhui", "n:other"]})
    richer = MET_MOSCOW.model_copy(
        update={
            "evidence": [
                *MET_MOSCOW.evidence,
                edge("MET", "x", "y", None, [("a2", "They met.")]).evidence[0],
            ],
            "article_count": 2,
        }
    )
    store.write_article(batch("a2", [renamed], [richer], content_hash="h2"))
    assert store.get_node("Person", "choe-son-hui").name == "Choe Son Hui"  # type: ignore[union-attr]
    assert [n.id for n in store.nodes_by_keys("Person", ["n:other"])] == ["choe-son-hui"]
    [met] = store.edges_between("MET", "choe-son-hui", "sergei-lavrov")
    assert [ev.article_id for ev in met.evidence] == ["a1", "a2"] and met.article_count == 2
    assert ids(store.edges_of_article("a2")) == [MET_MOSCOW.id]
    # Replacing the edge with fewer evidence items removes the dropped ones.
    store.write_article(batch("a2", [], [MET_MOSCOW], content_hash="h3"))
    assert store.edges_of_article("a2") == []
    assert store.article_hash("a2") == "h3"


def test_deletes_nodes_and_edges(store: GraphStore) -> None:
    seed_basic(store)
    store.write_article(batch("a1", [], [], content_hash="h9", delete_edges=[VISIT_RUS.id, "missing-id"]))
    assert store.edges_between("VISITED", "choe-son-hui", "RUS") == []
    store.write_article(batch("a1", [], [], content_hash="h9", delete_nodes=[("Person", "sergei-lavrov")]))
    assert store.get_node("Person", "sergei-lavrov") is None
    # Deleting a node deletes its remaining edges.
    assert store.edges_between("MET", "choe-son-hui", "sergei-lavrov") == []
    assert store.nodes_by_keys("Person", ["n:sergeilavrov"]) == []


def test_evidence_and_mentions_come_back_sorted(store: GraphStore) -> None:
    shuffled = edge(
        "MET", "choe-son-hui", "sergei-lavrov", "2024-11-01", [("b", "z"), ("a", "y"), ("b", "a")]
    )
    store.write_article(batch("a", [CHOE, LAVROV], [shuffled]))
    [got] = store.edges_between("MET", "choe-son-hui", "sergei-lavrov")
    assert [(e.article_id, e.sentence) for e in got.evidence] == [("a", "y"), ("b", "a"), ("b", "z")]


def _seed_many(store: GraphStore) -> dict[str, str]:
    edges = {
        "early": edge("MET", "choe-son-hui", "sergei-lavrov", "2024-06", [("a1", "s1")]),
        "day": edge("MET", "choe-son-hui", "sergei-lavrov", "2024-06-19", [("a1", "s2")]),
        "late": edge("CALLED", "choe-son-hui", "wang-yi", "2025-01-10", [("a2", "s3")]),
        "undated": edge("MET", "choe-son-hui", "wang-yi", None, [("a2", "s4")]),
        "visit": edge("VISITED", "choe-son-hui", "RUS", "2024-11-01", [("a1", "s5")]),
        "putin": edge("VISITED", "vladimir-putin", "PRK", "2024-06-19", [("a3", "s6")]),
        "kim": edge("MET", "kim-jong-un", "vladimir-putin", "2024-06-19", [("a3", "s7")]),
    }
    nodes = [CHOE, LAVROV, WANG, PUTIN, KIM, country("RUS", "Russia"), country("PRK", "North Korea")]
    store.write_article(batch("a1", nodes, list(edges.values())))
    return {k: e.id for k, e in edges.items()}


def test_find_edges_orders_by_date_then_id_with_undated_last(store: GraphStore) -> None:
    e = _seed_many(store)
    page = store.find_edges(EdgeQuery(node=NodeRef(label="Person", id="choe-son-hui"), limit=None))
    # 2024-06 starts before 2024-06-19; undated last.
    assert ids(page.items) == [e["early"], e["day"], e["visit"], e["late"], e["undated"]]
    assert page.total == 5


def test_find_edges_filters(store: GraphStore) -> None:
    e = _seed_many(store)
    choe = NodeRef(label="Person", id="choe-son-hui")
    assert ids(store.find_edges(EdgeQuery(node=choe, types=["MET"])).items) == [
        e["early"],
        e["day"],
        e["undated"],
    ]
    # The month 2024-06 overlaps a window starting on the 20th; the day 19 does not.
    since = EdgeQuery(node=choe, since=date(2024, 6, 20), until=date(2024, 12, 31))
    assert ids(store.find_edges(since).items) == [e["early"], e["visit"]]
    assert ids(store.find_edges(EdgeQuery(node=choe, counterpart_country="CHN")).items) == [
        e["late"],
        e["undated"],
    ]
    assert ids(store.find_edges(EdgeQuery(node=choe, counterpart_country="RUS")).items) == [
        e["early"], e["day"], e["visit"],
    ]  # fmt: skip
    lavrov = NodeRef(label="Person", id="sergei-lavrov")
    assert store.find_edges(EdgeQuery(node=lavrov, direction="out")).total == 0
    assert store.find_edges(EdgeQuery(node=lavrov, direction="in")).total == 2
    visitors = EdgeQuery(node=NodeRef(label="Country", id="PRK"), types=["VISITED"], direction="in")
    assert ids(store.find_edges(visitors).items) == [e["putin"]]
    abroad = EdgeQuery(src_person_country="RUS", types=["VISITED"])
    assert ids(store.find_edges(abroad).items) == [e["putin"]]
    everything = store.find_edges(EdgeQuery(limit=None))
    assert everything.total == 7
    assert store.find_edges(EdgeQuery(node=NodeRef(label="Person", id="ghost"))).total == 0


def test_find_edges_paginates(store: GraphStore) -> None:
    _seed_many(store)
    choe = NodeRef(label="Person", id="choe-son-hui")
    full = ids(store.find_edges(EdgeQuery(node=choe, limit=None)).items)
    pages = [store.find_edges(EdgeQuery(node=choe, offset=o, limit=2)) for o in (0, 2, 4, 6)]
    assert [p.total for p in pages] == [5, 5, 5, 5]
    assert [ids(p.items) for p in pages] == [full[0:2], full[2:4], full[4:5], []]
    assert store.find_edges(EdgeQuery(node=choe, limit=0)).items == []


def test_a_nodes_edges_count_a_self_loop_once_and_follow_a_changed_date(store: GraphStore) -> None:
    ann, ben = person("Ann Alpha", None, "a1"), person("Ben Beta", None, "a1")
    loop = edge("MET", "ann-alpha", "ann-alpha", "2024-03-01", [("a1", "Ann met herself.")])
    spans = [edge("MET", "ann-alpha", "ben-beta", when, [("a1", when)]) for when in ("2024-03", "2024")]
    call = edge("CALLED", "ann-alpha", "ben-beta", "2024-03-01", [("a1", "A call.")])
    store.write_article(batch("a1", [ann, ben], [loop, *spans, call]))
    node = NodeRef(label="Person", id="ann-alpha")
    # Same start (March 1st): the shorter span first, then by id; the loop once, in every direction.
    by_date = sorted([loop, call], key=lambda e: e.id)
    assert ids(store.find_edges(EdgeQuery(node=node)).items) == [spans[1].id, *ids(by_date), spans[0].id]
    for direction in ("out", "in", "any"):
        page = store.find_edges(EdgeQuery(node=node, types=["MET"], direction=direction, limit=1))
        assert page.total == (3 if direction != "in" else 1)
    # A later report moves the meeting to 2023: its place in the order moves with it.
    moved = spans[1].model_copy(update={"start": date(2023, 1, 1), "end": date(2023, 12, 31), "date": "2023"})
    store.write_article(batch("a2", [], [moved]))
    after_first = store.find_edges(EdgeQuery(node=node, offset=1, limit=None))
    assert ids(after_first.items) == [*ids(by_date), spans[0].id]
    assert ids(store.find_edges(EdgeQuery(node=node, limit=1)).items) == [spans[1].id]


def test_list_nodes_and_name_index(store: GraphStore) -> None:
    _seed_many(store)
    page = store.list_nodes("Person", offset=1, limit=2)
    assert page.total == 5
    assert [n.id for n in page.items] == ["kim-jong-un", "sergei-lavrov"]
    assert [n.id for n in store.list_nodes("Person", limit=None).items] == [
        "choe-son-hui", "kim-jong-un", "sergei-lavrov", "vladimir-putin", "wang-yi",
    ]  # fmt: skip
    index = store.name_index("Person")
    assert [(n.id, n.name, n.country) for n in index][:2] == [
        ("choe-son-hui", "Choe Son-hui", "PRK"),
        ("kim-jong-un", "Kim Jong-un", "PRK"),
    ]
    assert [n.id for n in store.name_index("Country")] == ["PRK", "RUS"]


def test_shortest_paths(store: GraphStore) -> None:
    people = [person(n, None, "p") for n in ("Ann Alpha", "Ben Beta", "Cy Gamma", "Dee Delta", "Eve Echo")]
    edges = [
        edge("MET", "ann-alpha", "ben-beta", "2024-01-01", [("p", "1")]),
        edge("CALLED", "ann-alpha", "ben-beta", "2024-02-01", [("p", "2")]),
        edge("MET", "ben-beta", "dee-delta", "2024-03-01", [("p", "3")]),
        edge("MET", "ann-alpha", "cy-gamma", "2024-04-01", [("p", "4")]),
        edge("MET", "cy-gamma", "dee-delta", "2024-05-01", [("p", "5")]),
    ]
    store.write_article(batch("p", people, edges))
    paths = store.shortest_paths("ann-alpha", "dee-delta")
    assert [[h.src for h in p] + [p[-1].dst] for p in paths] == [
        ["ann-alpha", "ben-beta", "dee-delta"],
        ["ann-alpha", "cy-gamma", "dee-delta"],
    ]
    first_hop = paths[0][0]
    assert [e.date for e in first_hop.edges] == ["2024-01-01", "2024-02-01"]
    # Reverse direction walks the symmetric edges backwards.
    back = store.shortest_paths("dee-delta", "ann-alpha", max_paths=1)
    assert [[h.src for h in p] + [p[-1].dst] for p in back] == [["dee-delta", "ben-beta", "ann-alpha"]]
    assert store.shortest_paths("ann-alpha", "eve-echo") == []
    assert store.shortest_paths("ann-alpha", "ann-alpha") == []
    assert store.shortest_paths("ann-alpha", "dee-delta", max_hops=1) == []
    assert len(store.shortest_paths("ann-alpha", "dee-delta", types=("CALLED",))) == 0


def test_stats_export_clear(store: GraphStore) -> None:
    _seed_many(store)
    store.write_article(
        batch("a9", [agreement("Treaty on Comprehensive Strategic Partnership", ["PRK", "RUS"], "a9")])
    )
    stats = store.stats()
    assert stats.nodes == {
        "Person": 5, "Country": 2, "Organization": 0, "Agreement": 1, "Place": 0, "Article": 2,
    }  # fmt: skip
    assert stats.edges == {"MET": 4, "CALLED": 1, "VISITED": 2, "SIGNED": 0}
    assert stats.evidence == 7
    nodes = list(store.iter_nodes())
    assert [(n.label, n.id) for n in nodes] == sorted((n.label, n.id) for n in nodes)
    exported = list(store.iter_edges())
    assert [e.id for e in exported] == sorted(e.id for e in exported) and len(exported) == 7
    assert all(e.evidence for e in exported)
    assert store.health().ok
    store.clear()
    assert store.stats().evidence == 0 and store.get_node("Person", "choe-son-hui") is None
    assert list(store.iter_edges()) == []


def test_signed_edges_from_person_and_country(store: GraphStore) -> None:
    treaty = agreement("Treaty on Comprehensive Strategic Partnership", ["PRK", "RUS"], "a3")
    signed = [
        edge("SIGNED", "vladimir-putin", treaty.id, "2024-06-19", [("a3", "Putin signed the treaty.")]),
        edge("SIGNED", "RUS", treaty.id, "2024-06-19", [("a3", "Russia and North Korea signed it.")],
             src_label="Country"),
    ]  # fmt: skip
    store.write_article(batch("a3", [PUTIN, treaty, country("RUS", "Russia")], signed))
    by_treaty = store.find_edges(EdgeQuery(node=NodeRef(label="Agreement", id=treaty.id), direction="in"))
    assert sorted(e.src_label for e in by_treaty.items) == ["Country", "Person"]
    assert len(store.edges_between("SIGNED", "RUS", treaty.id)) == 1


@pytest.mark.parametrize("bad", ["", "x" * 3])
def test_unknown_ids_are_empty_not_errors(store: GraphStore, bad: str) -> None:
    assert store.get_node("Agreement", bad) is None
    assert store.edges_between("MET", bad, bad) == []
    assert store.nodes_of_article(bad) == []
