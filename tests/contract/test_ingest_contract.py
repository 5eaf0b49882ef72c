"""Ingest through the shared build logic gives the same graph on every store."""

from __future__ import annotations

import copy

import pytest

from diplograph.errors import InvalidInputError
from graph.model import EdgeQuery, NodeRef
from graph.store import GraphStore
from tests.records import (
    MOSCOW_KCNA,
    MOSCOW_TASS,
    MOSCOW_YONHAP,
    WONSAN,
    ingest,
    met,
    person,
    record,
)


def meetings(store: GraphStore, person_id: str) -> list:
    return store.find_edges(
        EdgeQuery(node=NodeRef(label="Person", id=person_id), types=["MET"], limit=None)
    ).items


def test_three_reports_of_one_meeting_make_one_edge_with_three_evidence(store: GraphStore) -> None:
    for rec in (MOSCOW_TASS, MOSCOW_YONHAP, MOSCOW_KCNA):
        ingest(store, rec)
    [edge] = meetings(store, "choe-son-hui")
    assert (edge.src, edge.dst) == ("choe-son-hui", "sergei-lavrov")
    assert edge.article_count == 3 and len(edge.evidence) == 3
    # The day-precise reports win over the month one.
    assert edge.date == "2024-11-01" and edge.precision == "day" and edge.place == "Moscow"
    choe = store.get_node("Person", "choe-son-hui")
    assert choe is not None and choe.name == "Choe Son-hui"
    assert set(choe.aliases) == {"Choe Son Hui", "CHOE SON-HUI"}  # type: ignore[union-attr]
    assert store.stats().nodes["Person"] == 2


def test_outcome_reports_merges_and_corroboration(store: GraphStore) -> None:
    first = ingest(store, MOSCOW_TASS)
    assert first.status == "added"
    assert {p.status for p in first.persons} == {"new"} and {f.status for f in first.facts} == {"new"}
    second = ingest(store, MOSCOW_YONHAP)
    assert [(p.name, p.id, p.status) for p in second.persons] == [
        ("Choe Son Hui", "choe-son-hui", "merged"),
        ("Sergey Lavrov", "sergei-lavrov", "merged"),
    ]
    assert [f.status for f in second.facts] == ["corroborated"]


def test_meetings_months_apart_stay_separate_edges(store: GraphStore) -> None:
    ingest(store, MOSCOW_TASS)
    ingest(store, WONSAN)
    assert [e.date for e in meetings(store, "choe-son-hui")] == ["2024-11-01", "2025-07-12"]


def test_same_article_twice_changes_nothing(store: GraphStore) -> None:
    ingest(store, MOSCOW_TASS)
    before = (store.stats(), list(store.iter_edges()), list(store.iter_nodes()))
    again = ingest(store, MOSCOW_TASS)
    assert again.status == "skipped"
    assert (store.stats(), list(store.iter_edges()), list(store.iter_nodes())) == before


def test_changed_article_replaces_its_evidence(store: GraphStore) -> None:
    ingest(store, MOSCOW_TASS)
    ingest(store, MOSCOW_YONHAP)
    changed = copy.deepcopy(MOSCOW_TASS)
    changed["facts"] = [
        met("Sergei Lavrov", "Choe Son-hui", "2024-11-01",
            "Updated: Lavrov and Choe Son-hui spoke for two hours in Moscow on Friday.")
    ]  # fmt: skip
    outcome = ingest(store, changed)
    assert outcome.status == "replaced"
    [edge] = meetings(store, "choe-son-hui")
    assert [ev.sentence.split(":")[0] for ev in edge.evidence if ev.article_id == "tass-2024-11-01"] == [
        "Updated"
    ]
    assert edge.article_count == 2 and len(edge.evidence) == 2
    # The visit only the old version reported is gone, and so is the country's edge count.
    visits = store.find_edges(EdgeQuery(types=["VISITED"], limit=None))
    assert visits.total == 0


def test_replacement_removes_people_only_the_old_version_named(store: GraphStore) -> None:
    ingest(store, MOSCOW_TASS)
    changed = record("tass-2024-11-01", "2024-11-01", [person("Choe Son-hui", "Foreign Minister", "PRK")], [])
    ingest(store, changed)
    assert store.get_node("Person", "sergei-lavrov") is None
    assert store.get_node("Person", "choe-son-hui") is not None
    assert store.stats().edges["MET"] == 0
    assert store.nodes_by_keys("Person", ["n:sergeilavrov"]) == []


@pytest.mark.parametrize(
    "fact",
    [
        met("Choe Son-hui", "Sergei Lavrov", "2024-13-45", "Bad date."),
        met("Choe Son-hui", "Sergei Lavrov", "last Friday", "Words for a date."),
        met("Choe Son-hui", "Sergei Lavrov", "2024-11-05/2024-11-01", "Span ends first."),
        {"type": "MET", "persons": ["Choe Son-hui"], "evidence": "Only one name."},
        {"type": "VISITED", "person": "Choe Son-hui", "country": "Russia", "evidence": "Not ISO3."},
        {"type": "SIGNED", "parties": ["Choe Son-hui"], "evidence": "No agreement named."},
    ],
)
def test_bad_record_is_rejected_and_store_unchanged(store: GraphStore, fact: dict) -> None:
    ingest(store, MOSCOW_TASS)
    before = (store.stats(), list(store.iter_edges()), list(store.iter_nodes()))
    bad = copy.deepcopy(MOSCOW_TASS)
    bad["facts"].append(fact)
    with pytest.raises(InvalidInputError, match=r"facts\[2\]"):
        ingest(store, bad)
    assert (store.stats(), list(store.iter_edges()), list(store.iter_nodes())) == before


def test_signed_agreement_links_signers_and_states(store: GraphStore) -> None:
    treaty = record(
        "kcna-2024-06-20",
        "2024-06-20",
        [person("Kim Jong-un", "leader", "PRK"), person("Vladimir Putin", "President", "RUS")],
        [
            {"type": "SIGNED", "parties": ["Kim Jong-un", "Vladimir Putin"], "countries": ["PRK", "RUS"],
             "agreement": "Treaty on Comprehensive Strategic Partnership", "date": "2024-06-19",
             "place": "Pyongyang", "country": "PRK",
             "evidence": "Kim Jong-un and Vladimir Putin signed the Treaty on Comprehensive Strategic "
                         "Partnership in Pyongyang on Wednesday."},
        ],
    )  # fmt: skip
    outcome = ingest(store, treaty)
    assert len(outcome.facts) == 4
    [agreement] = store.list_nodes("Agreement").items
    assert agreement.countries == ["PRK", "RUS"] and agreement.date == "2024-06-19"  # type: ignore[union-attr]
    signers = store.find_edges(EdgeQuery(node=NodeRef(label="Agreement", id=agreement.id), limit=None)).items
    assert sorted(e.src for e in signers) == ["PRK", "RUS", "kim-jong-un", "vladimir-putin"]
    assert store.get_node("Country", "PRK").name == "North Korea"  # type: ignore[union-attr]


def test_names_without_letters_are_refused(store: GraphStore) -> None:
    bad = record("x1", "2024-01-01", [person("  -- ", None, None)], [])
    with pytest.raises(InvalidInputError, match=r"persons\[0\]"):
        ingest(store, bad)
    assert store.stats().nodes["Article"] == 0


def test_replacing_an_article_recomputes_shared_agreements(store: GraphStore) -> None:
    def treaty_report(article_id: str, countries: list[str], when: str) -> dict:
        return record(
            article_id,
            "2024-06-20",
            [person("Vladimir Putin", "President", "RUS")],
            [
                {"type": "SIGNED", "parties": ["Vladimir Putin"], "countries": countries,
                 "agreement": "Treaty on Comprehensive Strategic Partnership", "date": when,
                 "evidence": f"{article_id}: the treaty was signed."},
            ],
        )  # fmt: skip

    ingest(store, treaty_report("r1", ["RUS", "PRK"], "2024-06"))
    ingest(store, treaty_report("r2", ["RUS", "PRK", "BLR"], "2024-06-19"))
    [treaty] = store.list_nodes("Agreement").items
    assert treaty.countries == ["PRK", "RUS"] and treaty.date == "2024-06-19"  # type: ignore[union-attr]
    ingest(store, treaty_report("r2", ["RUS", "PRK"], "2024-06"))  # r2 corrected
    [treaty] = store.list_nodes("Agreement").items
    assert treaty.countries == ["PRK", "RUS"] and treaty.date == "2024-06"  # type: ignore[union-attr]
    assert store.find_edges(EdgeQuery(types=["SIGNED"], src_person_country=None)).total == 3
