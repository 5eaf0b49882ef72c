"""Namesakes stay apart across articles; the rewritings of one name still join (invented people)."""

from __future__ import annotations

from graph.model import Person
from graph.store import GraphStore
from tests.records import ingest, person, record


def people(store: GraphStore) -> dict[str, Person]:
    return {p.id: p for p in store.list_nodes("Person", limit=None).items if isinstance(p, Person)}


def test_father_and_son_of_one_lineage_stay_apart(store: GraphStore) -> None:
    # The son is written with his lineage and its short form; the father's name has the same words.
    son = person("Rashid bin Nasser bin Khalid Al Marri", "Emir", "QAT", aliases=["Rashid bin Nasser"])
    ingest(store, record("a1", "2024-03-01", [son], []))
    ingest(store, record("a2", "2024-03-02", [person("Nasser bin Rashid", "Former Emir", "QAT")], []))
    ingest(store, record("a3", "2024-03-03", [person("Nasser bin Rashid Al Marri", None, "QAT")], []))
    found = people(store)
    assert "nasser-bin-rashid" in found
    son_node = next(p for p in found.values() if "Rashid bin Nasser" in {p.name, *p.aliases})
    assert not {"Nasser bin Rashid", "Nasser bin Rashid Al Marri"} & {son_node.name, *son_node.aliases}


def test_a_lineage_written_out_joins_only_its_own_short_form(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-03-01", [person("Rashid bin Nasser", "Emir", "QAT")], []))
    long_form = person("Rashid bin Nasser bin Khalid Al Marri", "Emir", "QAT")
    ingest(store, record("a2", "2024-03-02", [long_form], []))
    assert len(people(store)) == 1


def test_the_same_words_in_another_order_are_another_person(store: GraphStore) -> None:
    ingest(store, record("a1", "2023-05-01", [person("Tran Duc Vinh", "Deputy Minister", "VNM")], []))
    ingest(store, record("a2", "2023-05-02", [person("Tran Vinh Duc", "Ambassador", "VNM")], []))
    assert set(people(store)) == {"tran-duc-vinh", "tran-vinh-duc"}


def test_family_name_moved_to_the_front_is_still_the_same_person(store: GraphStore) -> None:
    ingest(store, record("a1", "2023-05-01", [person("Haruto Kuwabara", "Foreign Minister", "JPN")], []))
    ingest(store, record("a2", "2023-05-02", [person("KUWABARA Haruto", "Foreign Minister", "JPN")], []))
    ingest(store, record("a3", "2023-05-03", [person("Kuwabara Haruto", None, "JPN")], []))
    assert list(people(store)) == ["haruto-kuwabara"]


def test_different_patronymics_are_two_people(store: GraphStore) -> None:
    ingest(
        store,
        record("a1", "2022-02-01", [person("Oleg Borisovich Zimin", "Deputy Prime Minister", "RUS")], []),
    )
    ingest(
        store, record("a2", "2022-02-02", [person("Oleg Petrovich Zimin", "Ambassador to Chile", "RUS")], [])
    )
    # Written without a patronymic, a name still joins the one person who has it.
    ingest(store, record("a3", "2022-02-03", [person("Oleg Zimin", "Deputy Prime Minister", "RUS")], []))
    found = people(store)
    assert len(found) == 2
    deputy = next(p for p in found.values() if "Oleg Borisovich Zimin" in {p.name, *p.aliases})
    assert "Oleg Petrovich Zimin" not in {deputy.name, *deputy.aliases}


def test_a_spelling_variant_in_another_order_is_another_person(store: GraphStore) -> None:
    ingest(store, record("a1", "2021-01-01", [person("Ri Song Chol", "Vice Foreign Minister", "PRK")], []))
    ingest(store, record("a2", "2021-01-02", [person("Rhee Chol Song", "Ambassador", "PRK")], []))
    ingest(store, record("a3", "2021-01-03", [person("Rhee Song Chol", None, "PRK")], []))
    found = people(store)
    assert len(found) == 2
    vice = next(p for p in found.values() if "Ri Song Chol" in {p.name, *p.aliases})
    assert {vice.name, *vice.aliases} == {"Ri Song Chol", "Rhee Song Chol"}
