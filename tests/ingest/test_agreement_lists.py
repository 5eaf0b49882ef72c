"""Agreements coordinated after one signing verb, and topics listed after "The agreements cover".

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.agreement_lists import coordinated_agreements
from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2024, 6, 12)


def signed(record: ExtractionRecord) -> list[str | None]:
    return [f.agreement for f in record.facts if f.type == "SIGNED" and f.status == "happened"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "signed an agreement on the avoidance of double taxation and the prevention of fiscal evasion, "
            "and a memorandum of understanding on maritime transport.",
            [
                "agreement on the avoidance of double taxation and the prevention of fiscal evasion",
                "memorandum of understanding on maritime transport",
            ],
        ),
        (
            "signed six agreements, including the fisheries agreement, a protocol on the shared aquifer "
            "and an agreement on road transport.",
            ["fisheries agreement", "protocol on the shared aquifer", "agreement on road transport"],
        ),
        (
            "signed three documents, which include a framework agreement on the railway corridor and an "
            "agreement on transit trade.",
            ["framework agreement on the railway corridor", "agreement on transit trade"],
        ),
        ("signed an agreement on the use of a port in the north.", []),
        ("signed an agreement on trade, and the treaty will enter into force in May.", []),
    ],
)
def test_items_of_a_coordinated_list(text: str, items: list[str]) -> None:
    assert coordinated_agreements(text, len("signed")) == items


def test_each_coordinated_agreement_is_a_signing(extract: Extract) -> None:
    record = extract(
        "Venezuelan Foreign Minister Jorge Rivas received his Bolivian counterpart Ana Quispe in Caracas on "
        "Monday. At the end of the meeting, the two foreign ministers signed the Work Plan for 2025 of the "
        "Bolivia-Venezuela Cooperation Agreement and an addendum to the agreement on educational "
        "cooperation.",
        DAY,
    )
    assert signed(record) == [
        "Work Plan for 2025 of the Bolivia-Venezuela Cooperation Agreement",
        "addendum to the agreement on educational cooperation",
    ]


def test_topics_the_counted_agreements_cover_when_the_parse_breaks_the_list(extract: Extract) -> None:
    record = extract(
        "Kenyan President Daniel Kiprop held talks with Ethiopian Prime Minister Abiy Tesfaye in Addis Ababa "
        "on Monday. Following the talks, the two leaders witnessed the signing of four agreements. The "
        "agreements cover road construction, cross-border trade, the avoidance of double taxation, and "
        "cooperation in tourism.",
        DAY,
    )
    assert signed(record) == [
        "agreement on road construction",
        "agreement on cross-border trade",
        "agreement on avoidance of double taxation",
        "agreement on cooperation in tourism",
    ]


def test_the_following_acts_were_signed_by_the_ministers_with_a_list(extract: Extract) -> None:
    record = extract(
        "BRASILIA - President Paulo Mendes received Paraguayan President Carlos Gimenez at the Planalto "
        "Palace on Wednesday.\n\nAfter the meeting, the following acts were signed by the two foreign "
        "ministers:\n- Agreement on the Border Bridge Tariff;\n- Memorandum of Understanding on River "
        "Navigation.",
        DAY,
    )
    assert signed(record) == [
        "Agreement on the Border Bridge Tariff",
        "Memorandum of Understanding on River Navigation",
    ]


def test_documents_signed_by_named_ministers_then_listed_after_they_are(extract: Extract) -> None:
    record = extract(
        "Lusaka\nPresident Daniel Mwanza and his Malawian counterpart Grace Chirwa have signed three "
        "agreements to ease cross-border trade.\nThe agreements were signed at State House on Tuesday by "
        "Foreign Minister Peter Banda and Malawi's Minister of Foreign Affairs Ellen Phiri, in the presence "
        "of the two Heads of State. They are:\n1. A Memorandum of Understanding on the joint management of "
        "border markets;\n2. An Agreement on the Avoidance of Double Taxation;\n3. A Protocol on the "
        "operation of the Mwami One-Stop Border Post.",
        DAY,
    )
    signings = [f for f in record.facts if f.type == "SIGNED"]
    assert [f.agreement for f in signings] == [
        "Memorandum of Understanding on the joint management of border markets",
        "Agreement on the Avoidance of Double Taxation",
        "Protocol on the operation of the Mwami One-Stop Border Post",
    ]
    assert all(f.parties == ["Peter Banda", "Ellen Phiri"] for f in signings)
    assert all(set(f.countries or []) == {"ZMB", "MWI"} for f in signings)
