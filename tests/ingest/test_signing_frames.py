"""A signing told over several sentences: topics counted off after "covering"/"deal with", signers
named in a sentence of their own, one fact for a package told twice.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2024, 11, 20)


def signed(record: ExtractionRecord) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return {
        f.agreement or "": (frozenset(f.parties or []), frozenset(f.countries or []))
        for f in record.facts
        if f.type == "SIGNED"
    }


def test_memoranda_exchanged_covering_as_many_topics_as_counted(extract: Extract) -> None:
    record = extract(
        "Thai Prime Minister Anan Chai welcomed Cambodian Prime Minister Sok Dara in Bangkok on Monday. "
        "The two leaders witnessed the exchange of three memoranda of understanding covering tourism, "
        "fisheries and rail links.",
        DAY,
    )
    assert signed(record) == {
        f"memorandum on {topic}": (frozenset(), frozenset({"THA", "KHM"}))
        for topic in ("tourism", "fisheries", "rail links")
    }


def test_topics_that_do_not_match_the_count_leave_one_package(extract: Extract) -> None:
    record = extract("Chile and Peru on Monday signed five agreements covering trade and energy.", DAY)
    assert len(signed(record)) == 1


def test_signers_named_in_the_next_sentence_and_topics_after_them(extract: Extract) -> None:
    record = extract(
        "Chile and Peru signed three agreements in Santiago on Thursday. Foreign Minister Andres Rojas "
        "signed for Chile, and Foreign Minister Carla Vega for Peru. The agreements deal with border "
        "crossings, water resources and customs.",
        DAY,
    )
    signers = frozenset({"Andres Rojas", "Carla Vega"})
    assert signed(record) == {
        f"agreement on {topic}": (signers, frozenset({"CHL", "PER"}))
        for topic in ("border crossings", "water resources", "customs")
    }


def test_a_package_told_twice_without_a_name_is_one_signing(extract: Extract) -> None:
    record = extract(
        "Kenya and Uganda signed eight agreements and memorandums on Tuesday. The signing of the "
        "agreements was witnessed by the two presidents.",
        DAY,
    )
    assert len(signed(record)) == 1


def test_a_lead_ending_in_signed_colon_takes_the_items_and_a_statement_ends_the_list(
    extract: Extract,
) -> None:
    record = extract(
        "Peru and Ecuador held a binational cabinet in Tumbes on Tuesday. At the end of the meeting, "
        "the two presidents signed:\n\n- an agreement on border health services;\n- an executive "
        "programme on cultural exchanges;\n- a protocol on fisheries.\n\nPresident Rosa Quispe said "
        "more than 300 agreements bind the two countries.",
        DAY,
    )
    assert set(signed(record)) == {
        "agreement on border health services",
        "executive programme on cultural exchanges",
        "protocol on fisheries",
    }


def test_memoranda_counted_in_the_fields_of_as_many_topics(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Bakhtiyor Nazarov held talks with his Pakistani counterpart, Asif Rana, in "
        "Islamabad on Tuesday. The two ministers signed two memoranda of understanding in the fields of "
        "railways and tourism.",
        DAY,
    )
    assert set(signed(record)) == {"memorandum on railways", "memorandum on tourism"}


def test_agreements_told_in_the_lead_and_listed_later_are_the_same_agreements(extract: Extract) -> None:
    record = extract(
        "Ethiopia and Djibouti have signed agreements on port services and electricity export during "
        "the state visit of President Ali Farah. On Monday, the two leaders witnessed the signing of two "
        "agreements: on port services at the Port of Tadjourah, and on the export of electricity.",
        DAY,
    )
    assert len(signed(record)) == 2


def test_a_portfolio_word_run_into_a_long_name_is_not_part_of_it(extract: Extract) -> None:
    record = extract(
        "President Ali Farah was accompanied by Minister of Infrastructure and Equipment Hassan Houmed "
        "Daher and senior officials.",
        DAY,
    )
    assert "Hassan Houmed Daher" in {p.name for p in record.persons}


def test_plans_programmes_addenda_and_exchanges_of_notes_are_signed_documents(extract: Extract) -> None:
    record = extract(
        "HANOI - Vietnamese Foreign Minister Bui Van Son held talks with Lao Foreign Minister Thongsavanh "
        "Keomany on Tuesday. The two sides signed a plan of consultations between the foreign ministries "
        "for 2026-2028 and the Cultural Exchange Programme for the years 2026-2030.\n\nIndonesia and "
        "Timor-Leste on Tuesday signed an addendum to their 2005 provisional land border agreement.\n\n"
        "Japan's ambassador signed an exchange of notes on grant aid for two hospitals.",
        DAY,
    )
    names = " | ".join(signed(record)).lower()
    assert "plan of consultations" in names
    assert "cultural exchange programme" in names
    assert "addendum" in names
    assert "exchange of notes" in names


def test_one_document_per_topic_of_a_plural_name(extract: Extract) -> None:
    record = extract(
        "COLOMBO - Sri Lankan President Anura Perera held talks with Maldivian President Ahmed Zameer on "
        "Tuesday. The two sides signed four agreements. These include MoUs on fisheries research, on "
        "seafarers' certificates and on drug trafficking, and a framework agreement on tourism.\n\n"
        "Memoranda of understanding on agriculture and on fisheries were signed by Agriculture Minister "
        "Ravi Singh and his Maldivian counterpart Hassan Latheef.\n\nThe ministers signed twelve "
        "agreements, among them one on electricity interconnection and another on illegal mining.",
        DAY,
    )
    names = " | ".join(signed(record))
    for topic in ("MoU on fisheries research", "MoU on seafarers' certificates", "MoU on drug trafficking"):
        assert topic in names
    assert "memorandum of understanding on agriculture" in names.lower()
    assert "memorandum of understanding on fisheries" in names.lower()
    assert "agreement on electricity interconnection" in names
    assert "agreement on illegal mining" in names


def test_a_second_signing_in_its_own_clause(extract: Extract) -> None:
    record = extract(
        "WARSAW - Polish Foreign Minister Marta Zielinska and German Foreign Minister Jorg Hallmann held "
        "talks on Tuesday. Following the consultations, Zielinska and Hallmann signed a joint declaration "
        "on defence cooperation, and the transport ministers of the two countries signed an agreement on a "
        "high-speed rail link.",
        DAY,
    )
    facts = signed(record)
    assert "joint declaration on defence cooperation" in facts
    rail = next(name for name in facts if "rail link" in name)
    assert facts[rail][0] == frozenset()  # the transport ministers are not named


def test_a_deal_named_by_its_purpose_and_pen_put_to_paper(extract: Extract) -> None:
    record = extract(
        "BELGRADE - Hungarian Foreign Minister Zsolt Kis Bardos held talks with Serbian Foreign Minister "
        "Marko Djuric Ilic on Friday. Hungary and Serbia signed an agreement on Friday to build an oil "
        "pipeline linking their refineries. The two ministers also put pen to paper on a free trade "
        "agreement.",
        DAY,
    )
    names = set(signed(record))
    assert "agreement to build an oil pipeline linking their refineries" in names
    assert "free trade agreement" in names
