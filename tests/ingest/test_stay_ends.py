"""Dates of a stay whose end a later sentence tells ("X arrived in Y on Monday. ... X left Y on
Wednesday"): the stay spans them; a return after a tour of several states ends only its last stay.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract


def visits(record: ExtractionRecord) -> dict[tuple[str | None, str | None], str | None]:
    return {
        (f.person, f.country): f.date for f in record.facts if f.type == "VISITED" and f.status == "happened"
    }


LEFT_LATER = (
    "LUSAKA, Oct 11 -- Malawian Vice-President Chikondi Banda held talks with Zambian President "
    "Mwansa Tembo on Thursday on cross-border trade.\n\n"
    "Banda, who arrived in Lusaka on Wednesday, was accompanied by Trade Minister Esther Phiri.\n\n"
    "The two sides agreed to reopen the Mchinji border post to heavy goods vehicles.\n\n"
    "Banda departed Lusaka on Friday morning, officials said."
)


def test_a_stay_runs_to_the_day_a_later_sentence_says_the_visitor_left(extract: Extract) -> None:
    found = visits(extract(LEFT_LATER, date(2024, 10, 11)))
    assert found[("Chikondi Banda", "ZMB")] == "2024-10-09/2024-10-11"
    # the companion on that stay shares it
    assert found[("Esther Phiri", "ZMB")] == "2024-10-09/2024-10-11"


NOT_YET = (
    "VIENTIANE, March 5 -- Thai Foreign Minister Somchai Wongsawat arrived in Vientiane on Monday "
    "for talks with his Lao counterpart, Bounkham Sisouk.\n\n"
    "The two ministers discussed the Mekong dam projects on Tuesday.\n\n"
    "Somchai is due to leave for Hanoi on Thursday."
)


def test_a_planned_departure_ends_no_stay(extract: Extract) -> None:
    found = visits(extract(NOT_YET, date(2025, 3, 5)))
    assert found[("Somchai Wongsawat", "LAO")] == "2025-03-03"


TOUR = (
    "SANTIAGO, June 14 -- Chilean Foreign Minister Rodrigo Fuentes returned home on Friday after a "
    "tour of Peru and Bolivia.\n\n"
    "Fuentes arrived in Lima on Monday, where he met Peruvian President Ana Quispe.\n\n"
    "He then flew to La Paz on Wednesday for talks with Bolivian Foreign Minister Jorge Mamani."
)


def test_the_return_from_a_tour_ends_its_last_stay_only(extract: Extract) -> None:
    found = visits(extract(TOUR, date(2024, 6, 14)))
    assert found[("Rodrigo Fuentes", "PER")] == "2024-06-10"
    assert found[("Rodrigo Fuentes", "BOL")] == "2024-06-12/2024-06-14"
