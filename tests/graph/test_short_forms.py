"""Shorter forms of a name join the one person they fit, never a namesake (invented people).

"K. Varenko" is "Kirill Varenko", "Lucia Ferrand" is "Lucia Mercedes Ferrand Oyarzun", "King Idris"
is "Idris III bin Karim", two articles' "President Suharyo" of one state are one person, when no
other compatible person fits and nothing tells them apart.
"""

from __future__ import annotations

from graph.keys import initials_form, royal_name
from graph.model import Person
from graph.names import sole_office
from graph.store import GraphStore
from tests.records import ingest, person, record


def people(store: GraphStore) -> list[Person]:
    return [p for p in store.list_nodes("Person", limit=None).items if isinstance(p, Person)]


def holder(store: GraphStore, name: str) -> Person:
    return next(p for p in people(store) if name in {p.name, *p.aliases})


def test_the_forms() -> None:
    assert initials_form("K. Varenko") == (["k"], ["varenko"])
    assert initials_form("T.Oyunbileg") == (["t"], ["oyunbileg"])
    assert initials_form("Kirill Varenko") is None
    assert royal_name("Idris III bin Karim") == ("idris", "iii")
    assert royal_name("Juan I. Perez") is None  # an initial, not a regnal number
    assert sole_office("Minister of Foreign Affairs") == "foreign minister"
    assert sole_office("President of the Republic") == "president"
    assert sole_office("Deputy Foreign Minister") is None
    assert sole_office("President of the Senate") is None


# Initials


def test_initials_join_the_one_full_name_they_fit_in_either_order(store: GraphStore) -> None:
    ingest(store, record("i1", "2024-04-01", [person("Kirill-Anton Varenko", "President", "KAZ")], []))
    ingest(store, record("i2", "2024-04-03", [person("K. Varenko", "President", "KAZ")], []))
    # The initials first, the full name later: the two nodes merge.
    ingest(store, record("i3", "2024-04-04", [person("T.Oyunbileg", "Prime Minister", "MNG")], []))
    ingest(store, record("i4", "2024-04-05", [person("Tsend Oyunbileg", "Prime Minister", "MNG")], []))
    found = people(store)
    assert len(found) == 2
    varenko = holder(store, "K. Varenko")
    assert varenko.name == "Kirill-Anton Varenko" and varenko.article_count == 2
    assert any("initials of" in note for note in varenko.resolution)
    oyunbileg = holder(store, "T.Oyunbileg")
    assert oyunbileg.id == "tsend-oyunbileg" and oyunbileg.name == "Tsend Oyunbileg"
    assert any("initials of" in note for note in oyunbileg.resolution)


def test_initials_that_fit_two_people_join_neither(store: GraphStore) -> None:
    ingest(store, record("j1", "2024-04-01", [person("Jonas Pellworm", "Ambassador", "DEU")], []))
    ingest(store, record("j2", "2024-04-02", [person("Jakob Pellworm", "State Secretary", "DEU")], []))
    ingest(store, record("j3", "2024-04-03", [person("J. Pellworm", None, "DEU")], []))
    assert len(people(store)) == 3
    # The full name arriving after the initials does not take them while the other one fits too.
    ingest(store, record("j4", "2024-04-04", [person("Jonas Pellworm", "Ambassador", "DEU")], []))
    assert len(people(store)) == 3


def test_a_person_known_by_initials_and_full_name_is_no_short_form_of_another(store: GraphStore) -> None:
    ingest(store, record("l1", "2024-04-01", [person("Kirill Varenko", "President", "KAZ")], []))
    ingest(store, record("l2", "2024-04-02", [person("K. Varenko", "President", "KAZ")], []))
    ingest(store, record("l3", "2024-05-02", [person("Karina Varenko", "Ambassador", None)], []))
    found = people(store)
    assert len(found) == 2
    assert {p.name for p in found} == {"Kirill Varenko", "Karina Varenko"}


def test_initials_of_another_state_or_letter_stay_apart(store: GraphStore) -> None:
    ingest(store, record("k1", "2024-04-01", [person("Marek Dolansky", "Foreign Minister", "CZE")], []))
    ingest(store, record("k2", "2024-04-02", [person("M. Dolansky", "Ambassador", "SVK")], []))
    ingest(store, record("k3", "2024-04-03", [person("P. Dolansky", "Foreign Minister", "CZE")], []))
    assert len(people(store)) == 3


# Without the middle names


def test_first_and_family_name_without_the_middle_names(store: GraphStore) -> None:
    long_name = person("Lucia Mercedes Ferrand Oyarzun", "Minister", "CHL")
    ingest(store, record("m1", "2023-03-01", [long_name], []))
    ingest(store, record("m2", "2023-03-02", [person("Lucia Ferrand", "Minister", "CHL")], []))
    ingest(store, record("m3", "2023-03-03", [person("Tunde Adewale Okonjo", "President", "NGA")], []))
    ingest(store, record("m4", "2023-03-04", [person("Tunde Okonjo", None, None)], []))
    found = people(store)
    assert len(found) == 2
    ferrand = holder(store, "Lucia Ferrand")
    assert ferrand.name == "Lucia Mercedes Ferrand Oyarzun"
    assert any("without the middle names" in note for note in ferrand.resolution)


def test_two_given_names_or_two_fits_or_a_lineage_stay_apart(store: GraphStore) -> None:
    ingest(store, record("n1", "2023-03-01", [person("Tunde Adewale Okonjo", "President", "NGA")], []))
    ingest(store, record("n2", "2023-03-02", [person("Femi Okonjo", "Senator", "NGA")], []))  # another given
    ingest(store, record("n3", "2023-03-03", [person("Rosa Maria Quintal", "Mayor", "PER")], []))
    ingest(store, record("n4", "2023-03-04", [person("Rosa Elena Quintal", "Minister", "PER")], []))
    ingest(store, record("n5", "2023-03-05", [person("Rosa Quintal", None, "PER")], []))  # two fit
    ingest(store, record("n6", "2023-03-06", [person("Faisal bin Nasser Al Hamdi", "Minister", "OMN")], []))
    ingest(store, record("n7", "2023-03-07", [person("Faisal Nasser", None, "OMN")], []))  # a lineage
    assert len(people(store)) == 7


def test_family_name_first_names_keep_their_middle_word(store: GraphStore) -> None:
    ingest(store, record("v1", "2023-03-01", [person("Tran Van Long", "Deputy Minister", "VNM")], []))
    ingest(store, record("v2", "2023-03-02", [person("Tran Long", None, "VNM")], []))
    assert len(people(store)) == 2


def test_two_offices_with_one_holder_at_one_time_are_two_people(store: GraphStore) -> None:
    ingest(store, record("p1", "2023-05-01", [person("Amara Kofi Mensbridge", "President", "GHA")], []))
    ingest(store, record("p2", "2023-05-10", [person("Amara Mensbridge", "Foreign Minister", "GHA")], []))
    ingest(store, record("p3", "2023-05-12", [person("A. Mensbridge", "Foreign Minister", "GHA")], []))
    found = people(store)
    assert len(found) == 2
    president = holder(store, "Amara Kofi Mensbridge")
    assert {president.name, *president.aliases} == {"Amara Kofi Mensbridge"}


# Royal titles


def test_a_royal_title_and_a_given_name_join_the_one_king_of_that_name(store: GraphStore) -> None:
    ingest(store, record("r1", "2024-02-01", [person("Idris III bin Karim", "King", "JOR")], []))
    ingest(store, record("r2", "2024-02-03", [person("King Idris", None, None)], []))
    ingest(store, record("r3", "2024-02-04", [person("King Idris III", "King", "JOR")], []))
    found = people(store)
    assert len(found) == 1 and found[0].article_count == 3


def test_a_word_read_into_a_royal_name_does_not_keep_it_apart(store: GraphStore) -> None:
    ingest(store, record("h1", "2024-02-01", [person("Idris III", "King", "JOR")], []))
    ingest(
        store,
        record("h2", "2024-02-03", [person("King Idris", None, None, aliases=["Lakeland King Idris"])], []),
    )
    found = people(store)
    assert len(found) == 1 and found[0].article_count == 2


def test_a_royal_given_name_with_two_kings_of_that_name_or_no_state_stays_apart(store: GraphStore) -> None:
    ingest(store, record("s1", "2024-02-01", [person("Idris III bin Karim", "King", "JOR")], []))
    ingest(store, record("s2", "2024-02-02", [person("King Idris II", "King", "LBY")], []))
    ingest(store, record("s3", "2024-02-03", [person("King Idris", None, None)], []))  # which one?
    ingest(store, record("s4", "2024-02-04", [person("Prince Osric", None, None)], []))
    ingest(store, record("s5", "2024-02-05", [person("Osric IV", None, None)], []))  # no state at all
    assert len(people(store)) == 5


def test_two_regnal_numbers_of_one_name_and_state_are_two_people(store: GraphStore) -> None:
    ingest(store, record("q1", "1950-02-01", [person("King Osric II", "King", "SWE")], []))
    ingest(store, record("q2", "1990-02-01", [person("King Osric III", "King", "SWE")], []))
    ingest(store, record("q3", "1991-02-01", [person("Osric III", None, "SWE")], []))
    found = people(store)
    assert len(found) == 2
    third = holder(store, "Osric III")
    assert {third.name, *third.aliases} == {"Osric III", "King Osric III"}


# One-word names


def test_a_one_word_name_of_one_state_and_one_sole_office_is_one_person(store: GraphStore) -> None:
    ingest(store, record("w1", "2024-01-10", [person("Suharyo", "President", "IDN")], []))
    ingest(store, record("w2", "2024-03-02", [person("Suharyo", "President of the Republic", "IDN")], []))
    found = people(store)
    assert len(found) == 1 and found[0].article_count == 2
    assert any("one-word name" in note for note in found[0].resolution)


def test_one_word_names_of_other_states_offices_or_inferred_states_stay_apart(store: GraphStore) -> None:
    ingest(store, record("x1", "2024-01-10", [person("Wirahadi", "President", "IDN")], []))
    ingest(store, record("x2", "2024-01-11", [person("Wirahadi", "President", "MYS")], []))  # another state
    ingest(store, record("x3", "2024-01-12", [person("Wirahadi", "Foreign Minister", "IDN")], []))  # office
    ingest(store, record("x4", "2024-01-13", [person("Wirahadi", "Ambassador", "IDN")], []))  # many holders
    inferred = person("Wirahadi", "President", "IDN", country_inferred=True)
    ingest(store, record("x5", "2024-01-14", [inferred], []))
    ingest(store, record("x6", "2031-01-14", [person("Wirahadi", "President", "IDN")], []))  # years later
    assert len(people(store)) == 6
