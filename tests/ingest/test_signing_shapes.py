"""Signings as wire copy tells them: names that stop before the occasion, statements of a vision,
and cities that are only part of someone's name.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2025, 3, 14)


def signed(record: ExtractionRecord) -> list[str]:
    return [f.agreement or "" for f in record.facts if f.type == "SIGNED"]


def test_an_agreement_name_stops_before_the_visit_it_was_signed_during(extract: Extract) -> None:
    record = extract(
        "NAIROBI - Kenya and Ethiopia on Tuesday signed an agreement on energy trade during a visit by "
        "Ethiopian Prime Minister Dawit Bekele.",
        DAY,
    )
    assert signed(record) == ["agreement on energy trade"]


def test_an_agreement_name_stops_before_months_of_negotiations(extract: Extract) -> None:
    record = extract(
        "Brazil and Paraguay concluded an agreement on the Itaipu tariff on Thursday after months of "
        "negotiations, Foreign Minister Carlos Lima said.",
        DAY,
    )
    assert signed(record) == ["agreement on the Itaipu tariff"]
    assert all(f.place != "Lima" for f in record.facts)  # a surname, not Peru's capital


def test_a_joint_vision_statement_is_signed(extract: Extract) -> None:
    record = extract(
        "President Ali Hassan and Prime Minister Ravi Menon signed the Joint Vision Statement on Tuesday.",
        DAY,
    )
    assert signed(record) == ["Joint Vision Statement"]


def test_talks_that_ended_without_a_signing_sign_nothing(extract: Extract) -> None:
    record = extract(
        "Talks in Almaty between the foreign ministers of Armenia and Azerbaijan ended on Tuesday without "
        "the signing of a peace treaty.",
        DAY,
    )
    assert signed(record) == []


def test_the_instruments_signed_are_listed_after_a_colon(extract: Extract) -> None:
    record = extract(
        "DHAKA - Bangladesh and Nepal signed three instruments on Tuesday. The instruments signed are:\n"
        "1. Agreement on cross-border power trade;\n2. MoU on cooperation in agriculture;\n3. MoU on "
        "sharing of flood forecasting data.",
        DAY,
    )
    assert signed(record) == [
        "Agreement on cross-border power trade",
        "MoU on cooperation in agriculture",
        "MoU on sharing of flood forecasting data",
    ]


def test_a_name_after_counterpart_and_a_comma(extract: Extract) -> None:
    record = extract(
        "His Azerbaijani counterpart, Elnur Jeyhun oglu Mammadli, flew in from Baku on Monday morning.",
        DAY,
    )
    assert "Elnur Jeyhun oglu Mammadli" in {p.name for p in record.persons}


def test_a_list_of_outcomes_names_each_documents_signatories(extract: Extract) -> None:
    record = extract(
        "Prime Minister Ravi Menon held talks with Ghanaian President Kofi Asante at Hyderabad House on "
        "March 11.\n\nThe following documents were exchanged in the presence of the two leaders after the "
        "talks:\n\n1. MoU on Cooperation in Traditional Medicine\nSignatory (India): Shri Anil Verma, "
        "Secretary, Ministry of AYUSH\nSignatory (Ghana): H.E. Ms. Ama Mensah, High Commissioner of Ghana "
        "to India\n\n2. Agreement on Visa Exemption for Diplomatic Passports\nSignatory (India): Dr. Sunil "
        "Rao, External Affairs Minister\nSignatory (Ghana): H.E. Mr. Yaw Boateng, Minister of Foreign "
        "Affairs\n\nThe President of Ghana will visit Mumbai on March 12.",
        DAY,
    )
    signings = {f.agreement: (f.parties, set(f.countries or [])) for f in record.facts if f.type == "SIGNED"}
    assert signings == {
        "MoU on Cooperation in Traditional Medicine": (["Anil Verma", "Ama Mensah"], {"IND", "GHA"}),
        "Agreement on Visa Exemption for Diplomatic Passports": (
            ["Sunil Rao", "Yaw Boateng"],
            {"IND", "GHA"},
        ),
    }


def test_the_signers_states_are_the_parties_once_every_signer_has_one(extract: Extract) -> None:
    record = extract(
        "ULAANBAATAR - On June 4, Mongolian Foreign Minister B.Enkhtuya and South Korean Trade Minister Ahn "
        "Jae-won signed a memorandum of understanding on critical minerals. In other news, Prime Minister "
        "L.Davaasuren held a phone conversation with Japanese Prime Minister Kenji Morisawa.",
        date(2025, 6, 5),
    )
    signing = next(f for f in record.facts if f.type == "SIGNED")
    assert set(signing.countries or []) == {"MNG", "KOR"}
