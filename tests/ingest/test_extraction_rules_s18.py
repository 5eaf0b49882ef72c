"""Extraction rules of session 18: a lot of documents ("a package of documents was signed") opens
a list of its items; "agreements on A, B and C" is one agreement per field.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

TALKS = (
    "ASTANA, May 13 -- Kazakh President Daulet Serikbayev and Hungarian Prime Minister Laszlo "
    "Kertesz held talks in Astana on Tuesday. "
)


def signed(record: ExtractionRecord) -> set[str]:
    return {f.agreement or "" for f in record.facts if f.type == "SIGNED"}


def test_a_package_of_documents_opens_the_list_of_its_items(extract: Extract) -> None:
    text = TALKS + (
        "A package of documents was signed in the presence of the two leaders. Among them are an "
        "intergovernmental agreement on visa exemption, a memorandum on nuclear energy, and a "
        "roadmap for trade."
    )
    assert signed(extract(text, date(2025, 5, 14))) == {
        "intergovernmental agreement on visa exemption",
        "memorandum on nuclear energy",
        "roadmap for trade",
    }


def test_a_package_named_without_its_items_is_the_signing_told(extract: Extract) -> None:
    record = extract(TALKS + "The ministers signed a package of documents.", date(2025, 5, 14))
    assert signed(record) == {"package of documents"}


def test_agreements_on_three_fields_are_three_agreements(extract: Extract) -> None:
    text = TALKS + "They also signed agreements on education, search and rescue and culture."
    assert signed(extract(text, date(2025, 5, 14))) == {
        "agreement on education",
        "agreement on search and rescue",
        "agreement on culture",
    }


def test_a_set_of_agreements_names_each_field_without_the_set(extract: Extract) -> None:
    text = TALKS + "The ministers signed a set of agreements on trade, nuclear energy, and health."
    assert signed(extract(text, date(2025, 5, 14))) == {
        "agreement on trade",
        "agreement on nuclear energy",
        "agreement on health",
    }


def test_agreements_on_two_fields_may_be_one_document(extract: Extract) -> None:
    text = TALKS + "The ministers signed agreements on trade and investment."
    assert signed(extract(text, date(2025, 5, 14))) == {"agreements on trade and investment"}
