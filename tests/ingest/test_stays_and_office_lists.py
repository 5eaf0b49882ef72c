"""A stay abroad told as a noun, "was in X, where he met", and offices whose holders are named
after a comma inside a list.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2024, 11, 20)


def pairs(record: ExtractionRecord, kind: str = "MET") -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == kind and f.status == "happened"}


def trips(record: ExtractionRecord) -> dict[tuple[str | None, str | None], str | None]:
    return {
        (f.person, f.country): f.date for f in record.facts if f.type == "VISITED" and f.status == "happened"
    }


def test_a_days_long_stay_in_a_capital_is_a_visit(extract: Extract) -> None:
    record = extract(
        "During his two-day stay in Lima, which began on Sunday, Chilean Foreign Minister Tomas Ibarra "
        "met President Rosa Quispe.",
        DAY,
    )
    assert trips(record) == {("Tomas Ibarra", "PER"): "2024-11-17/2024-11-18"}
    assert pairs(record) == {frozenset({"Tomas Ibarra", "Rosa Quispe"})}


def test_staying_in_power_is_no_trip(extract: Extract) -> None:
    record = extract("President Rosa Quispe said she would stay in office until the election.", DAY)
    assert trips(record) == {}


def test_being_in_a_capital_where_one_met_someone_is_a_visit(extract: Extract) -> None:
    record = extract(
        "Ghanaian Foreign Minister Ama Boateng was in Dakar on Monday, where she met President Ousmane Fall.",
        DAY,
    )
    assert ("Ama Boateng", "SEN") in trips(record)


def test_each_office_in_a_list_names_its_holder_after_a_comma(extract: Extract) -> None:
    record = extract(
        "Swedish Foreign Minister Karin Holm arrived in Amman on Tuesday. During the visit, the minister "
        "also met with the Speaker of the House of Representatives, Samir Nasser, and the governor of "
        "the central bank, Rana Khoury.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Karin Holm", "Samir Nasser"}),
        frozenset({"Karin Holm", "Rana Khoury"}),
    }
