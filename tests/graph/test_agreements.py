"""One agreement, one node, across articles: names, states, dates and packages (our own records)."""

from __future__ import annotations

from typing import Any

from graph.model import Agreement, EdgeQuery
from graph.store import GraphStore
from tests.records import ingest, person, record


def signed(agreement: str, states: list[str], when: str | None, parties: list[str] | None = None) -> dict:
    return {
        "type": "SIGNED",
        "parties": parties or [],
        "countries": states,
        "agreement": agreement,
        "date": when,
        "evidence": f"They signed the {agreement}.",
    }


def agreements(store: GraphStore) -> list[Agreement]:
    return [a for a in store.list_nodes("Agreement", limit=None).items if isinstance(a, Agreement)]


def report(article_id: str, *facts: dict[str, Any]) -> dict[str, Any]:
    people = [person("Vladimir Putin", "President", "RUS"), person("Kim Jong Un", "leader", "PRK")]
    return record(article_id, "2024-06-20", people, list(facts))


def test_one_treaty_under_several_descriptions_is_one_node(store: GraphStore) -> None:
    both = ["Vladimir Putin", "Kim Jong Un"]
    ingest(
        store,
        report(
            "a1", signed("Treaty on Comprehensive Strategic Partnership", ["RUS", "PRK"], "2024-06-19", both)
        ),
    )
    ingest(
        store,
        report("a2", signed("comprehensive strategic partnership treaty", ["PRK", "RUS"], "2024-06-19")),
    )
    ingest(store, report("a3", signed("mutual defence pact", ["RUS", "PRK"], "2024-06-19/2024-06-20")))
    ingest(store, report("a4", signed("the strategic partnership treaty", ["RUS", "PRK"], "2024-06")))
    [treaty] = agreements(store)
    assert treaty.name == "Treaty on Comprehensive Strategic Partnership"
    assert treaty.countries == ["PRK", "RUS"] and treaty.date == "2024-06-19"
    assert "mutual defence pact" in treaty.aliases


def test_a_state_only_one_report_names_is_not_a_signer(store: GraphStore) -> None:
    ingest(
        store,
        report("a1", signed("Treaty on Comprehensive Strategic Partnership", ["RUS", "PRK"], "2024-06-19")),
    )
    outcome = ingest(
        store,
        report(
            "a2", signed("Treaty on Comprehensive Strategic Partnership", ["RUS", "PRK", "USA"], "2024-06-19")
        ),
    )
    [treaty] = agreements(store)
    signers = {e.src for e in store.find_edges(EdgeQuery(types=["SIGNED"], limit=None)).items}
    assert signers == {"PRK", "RUS"} and treaty.countries == ["PRK", "RUS"]
    assert any("USA not recorded as a signer" in w for w in outcome.warnings)


def test_same_name_other_states_is_another_treaty(store: GraphStore) -> None:
    ingest(
        store,
        report("a1", signed("Treaty on Comprehensive Strategic Partnership", ["RUS", "PRK"], "2024-06-19")),
    )
    ingest(
        store,
        report("a2", signed("Treaty on Comprehensive Strategic Partnership", ["RUS", "IRN"], "2025-01-17")),
    )
    assert sorted(a.countries[0] + a.countries[1] for a in agreements(store)) == ["IRNRUS", "PRKRUS"]


def test_two_agreements_about_different_things_signed_the_same_day_stay_apart(store: GraphStore) -> None:
    ingest(store, report("a1", signed("agreement on visa waivers", ["RUS", "PRK"], "2024-06-19")))
    ingest(store, report("a2", signed("agreement on health care", ["RUS", "PRK"], "2024-06-19")))
    assert len(agreements(store)) == 2


def test_a_count_of_documents_is_an_attribute_of_one_signing(store: GraphStore) -> None:
    ingest(store, report("a1", signed("11 cooperation documents", ["RUS", "VNM"], "2024-06-20")))
    ingest(store, report("a2", signed("a number of agreements", ["VNM", "RUS"], "2024-06-20")))
    [package] = agreements(store)
    assert package.kind == "package" and package.documents == 11
    assert package.name.startswith("Documents signed by Russia and") and package.name.endswith("2024-06-20")
