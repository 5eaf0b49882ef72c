"""'The delegation' of a visitor whose state the text has not yet given, 'they' in a clause after the
delegation, and names after a style ('Hon. X') or a parliamentary office ('the Chief Whip').

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2023, 5, 12)  # a Friday

STORY = (
    "VIENNA — The Speaker of Kenya's National Assembly, Rt. Hon. Peter Mwangi Otieno, is on a five-day "
    "official visit to Austria that began on Monday.\n\n"
    "On Tuesday, Otieno held talks with the President of the National Council, Helga Brunnbauer, at the "
    "Parliament. The Kenyan delegation included the Majority Chief Whip, Hon. Wanjiru Akinyi Kamau, and "
    "the Chairman of the Budget Committee, Hon. Daniel Kiprono Rotich.\n\n"
    "On Wednesday, the delegation was received by the President of the Federal Council, "
    "Markus Oberhauser.\n\n"
    "On Thursday, the Kenyan delegation travelled to Graz, where they toured a tractor plant and met the "
    "Governor of Styria, Elisabeth Pichler-Moser."
)


def pairs(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET" and f.status == "happened"}


def test_a_name_after_a_style_and_a_whips_office_is_a_person(extract: Extract) -> None:
    record = extract(STORY, DAY)
    names = {p.name for p in record.persons}
    assert "Wanjiru Akinyi Kamau" in names
    assert "Whip" not in names


def test_the_delegation_is_the_party_on_the_main_trip(extract: Extract) -> None:
    met = pairs(extract(STORY, DAY))
    for member in ("Peter Mwangi Otieno", "Wanjiru Akinyi Kamau", "Daniel Kiprono Rotich"):
        assert frozenset({member, "Markus Oberhauser"}) in met


def test_they_after_the_delegation_in_a_where_clause_is_the_delegation(extract: Extract) -> None:
    met = pairs(extract(STORY, DAY))
    assert frozenset({"Wanjiru Akinyi Kamau", "Elisabeth Pichler-Moser"}) in met
    assert frozenset({"Markus Oberhauser", "Elisabeth Pichler-Moser"}) not in met
