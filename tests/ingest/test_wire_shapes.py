"""Meetings, calls and trips as wire copy words them.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2025, 3, 14)


def pairs(record: ExtractionRecord, kind: str) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == kind and f.status == "happened"}


def test_a_phone_call_received_on_a_day_is_a_call_not_a_courtesy_visit(extract: Extract) -> None:
    record = extract(
        "Saudi Crown Prince Faisal bin Salman received a phone call on Sunday from French President Louis "
        "Martin, the Saudi Press Agency reported.",
        DAY,
    )
    assert pairs(record, "CALLED") == {frozenset({"Faisal bin Salman", "Louis Martin"})}
    assert not pairs(record, "MET")


def test_a_leader_read_as_the_possessor_of_the_next_is_still_a_participant(extract: Extract) -> None:
    record = extract(
        "Egyptian President Omar Farouk and Jordan's King Abdullah Hussein discussed the ceasefire during "
        "a meeting in Cairo on Sunday, the presidency said.",
        DAY,
    )
    assert frozenset({"Omar Farouk", "Abdullah Hussein"}) in pairs(record, "MET")


def test_being_in_a_capital_last_week_for_talks_is_a_visit(extract: Extract) -> None:
    record = extract(
        "Australian Foreign Minister Claire Hughes was in Jakarta last week for talks with Indonesian "
        "Foreign Minister Dewi Lestari.",
        DAY,
    )
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert ("Claire Hughes", "IDN") in visits


def test_a_name_the_parser_reads_as_a_preposition_after_an_office(extract: Extract) -> None:
    record = extract(
        "During his visit to Hanoi, Singaporean Prime Minister Lee Wei Ming met General Secretary To Lam "
        "and Prime Minister Pham Minh.",
        DAY,
    )
    assert {frozenset({"Lee Wei Ming", "To Lam"}), frozenset({"Lee Wei Ming", "Pham Minh"})} <= pairs(
        record, "MET"
    )


def test_officials_flanking_the_host_meet_the_visiting_side(extract: Extract) -> None:
    record = extract(
        "NAIROBI - President Samuel Kariuki held bilateral talks with his Somali counterpart Hassan Mohamud "
        "at State House on Tuesday. Kariuki was flanked by Foreign Affairs Cabinet Secretary Grace Atieno "
        "and Defence Cabinet Secretary Peter Ole Sankok.",
        DAY,
    )
    met = pairs(record, "MET")
    assert {
        frozenset({"Hassan Mohamud", "Grace Atieno"}),
        frozenset({"Hassan Mohamud", "Peter Ole Sankok"}),
    } <= met
    assert frozenset({"Samuel Kariuki", "Grace Atieno"}) not in met


def test_an_agreement_signed_by_ministers_keeps_its_topic(extract: Extract) -> None:
    record = extract(
        "The two leaders witnessed the signing of an agreement on the transfer of defense equipment by their "
        "foreign ministers, Yoko Mori and Elena Cruz.",
        DAY,
    )
    assert [f.agreement for f in record.facts if f.type == "SIGNED"] == [
        "agreement on the transfer of defense equipment"
    ]


def test_other_words_for_meeting(extract: Extract) -> None:
    texts = {
        "interaction": "Prime Minister Arjun Rao had a productive interaction with Australian Prime Minister "
        "Tom Baker in New Delhi on Monday.",
        "huddle": "Brazilian President Paulo Souza huddled with French President Louis Martin for an hour at "
        "the Elysee Palace on Wednesday.",
        "tete-a-tete": "Israeli Prime Minister David Levi had a tete-a-tete with U.S. President John Carter "
        "at the White House on Monday.",
        "played host": "Kenyan President Samuel Kariuki on Thursday played host to his Ugandan counterpart "
        "Yoweri Okello at State House.",
    }
    for word, text in texts.items():
        assert len(pairs(extract(text, DAY), "MET")) == 1, word


def test_envoys_listed_after_a_minister_present_at_the_ceremony(extract: Extract) -> None:
    record = extract(
        "President Paul Otieno on Thursday received letters of credence from three new envoys at State "
        "House, Nairobi.\nForeign Affairs Cabinet Secretary Mary Wambui was present at the ceremony. Those "
        "who presented their credentials were:\n- Ambassador Kenji Sato of Japan\n- High Commissioner Ama "
        "Owusu of Ghana\n- Ambassador Lucas Pereira of Brazil\nOtieno told the envoys that Kenya was open "
        "for business.",
        DAY,
    )
    met = pairs(record, "MET")
    for envoy in ("Kenji Sato", "Ama Owusu", "Lucas Pereira"):
        assert frozenset({"Paul Otieno", envoy}) in met
        assert frozenset({"Mary Wambui", envoy}) in met


def test_an_irish_name_after_the_taoiseach_title(extract: Extract) -> None:
    record = extract(
        "OTTAWA - Taoiseach Ciarán Ó Murchú held talks with Canadian Prime Minister Paul Leblanc on Monday. "
        "The two leaders signed a youth mobility arrangement.",
        DAY,
    )
    assert "Ciarán Ó Murchú" in {p.name for p in record.persons}
    assert frozenset({"Ciarán Ó Murchú", "Paul Leblanc"}) in pairs(record, "MET")
    assert [f.agreement for f in record.facts if f.type == "SIGNED"] == ["youth mobility arrangement"]


def test_indian_styles_end_no_sentence_and_stand_before_the_name(extract: Extract) -> None:
    record = extract(
        "The President of Ghana, H.E. Mr. Kofi Asante, is on a State Visit to India from March 10-12, 2025. "
        "On March 10, the President of Ghana was accorded a ceremonial welcome at Rashtrapati Bhavan, where "
        "he was received by the President of India, Smt. Lakshmi Devi, and Prime Minister Shri Ravi Menon.",
        date(2025, 3, 11),
    )
    met = pairs(record, "MET")
    assert {frozenset({"Kofi Asante", "Lakshmi Devi"}), frozenset({"Kofi Asante", "Ravi Menon"})} <= met


def test_the_demonym_statesman_is_the_head_of_state_named_before(extract: Extract) -> None:
    record = extract(
        "Luanda - The President of the Republic, Fernando Lopes Neto, received the Congolese envoy on "
        "Wednesday. On Thursday, the Angolan statesman also received the African Union's facilitator for "
        "the Great Lakes, former Malawian president Chimwemwe Banda, who had arrived that morning.",
        DAY,
    )
    assert frozenset({"Fernando Lopes Neto", "Chimwemwe Banda"}) in pairs(record, "MET")


def test_two_who_met_are_two_sides_for_those_who_joined(extract: Extract) -> None:
    record = extract(
        "ALMATY - Armenian Foreign Minister Narek Sargsyan arrived on Sunday. His counterpart, Elnur "
        "Jafarov, flew in from Baku on Monday. Sargsyan and Jafarov met on Monday. Deputy Foreign Minister "
        "Anna Hakobyan, an Armenian, was also present at the meeting.",
        DAY,
    )
    met = pairs(record, "MET")
    assert frozenset({"Narek Sargsyan", "Elnur Jafarov"}) in met
    assert frozenset({"Elnur Jafarov", "Anna Hakobyan"}) in met
    assert frozenset({"Narek Sargsyan", "Anna Hakobyan"}) not in met


def test_joined_for_the_legs_of_a_tour_is_no_meeting(extract: Extract) -> None:
    record = extract(
        "New Zealand Foreign Minister Helen Ward arrived in Nuku'alofa on June 2, where she paid a courtesy "
        "call on Tongan Prime Minister Sione Havili. For the Samoa and Fiji legs she was joined by Associate "
        "Foreign Minister Tavita Leaupepe.",
        date(2025, 6, 12),
    )
    assert frozenset({"Helen Ward", "Tavita Leaupepe"}) not in pairs(record, "MET")


def test_a_host_with_two_offices_and_an_adverb_before_the_guest(extract: Extract) -> None:
    record = extract(
        "SUVA - There Helen Ward was hosted by Deputy Prime Minister and Minister for Foreign Affairs Ratu "
        "Epeli Naivalu on June 6.",
        date(2025, 6, 12),
    )
    assert "Helen Ward" in {p.name for p in record.persons}
    assert frozenset({"Helen Ward", "Epeli Naivalu"}) in pairs(record, "MET")


def test_also_in_a_capital_for_a_dialogue_is_a_visit(extract: Extract) -> None:
    record = extract(
        "Australia's Foreign Minister, Gregory Tallis, was also in Suva on June 7 for a regional security "
        "dialogue.",
        date(2025, 6, 12),
    )
    assert ("Gregory Tallis", "FJI") in {(f.person, f.country) for f in record.facts if f.type == "VISITED"}


def test_the_final_stop_of_a_tour_is_a_visit_by_its_traveller(extract: Extract) -> None:
    record = extract(
        "New Zealand Foreign Minister Helen Ward arrived in Nuku'alofa on June 2, where she paid a courtesy "
        "call on Tongan Prime Minister Sione Havili. Havili had visited Wellington in February. The final "
        "stop was Suva, on June 6 and 7.",
        date(2025, 6, 12),
    )
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert ("Helen Ward", "FJI") in visits
    assert ("Sione Havili", "FJI") not in visits


def test_two_greeted_together_who_then_meet_are_a_new_meeting(extract: Extract) -> None:
    record = extract(
        "ALMATY - Armenian Foreign Minister Narek Sargsyan and his counterpart Elnur Jafarov were greeted "
        "by Kazakh Foreign Minister Murat Bekov on Monday. Sargsyan and Jafarov then met for three hours. "
        "Armenian Deputy Foreign Minister Anna Hakobyan took part in the talks.",
        DAY,
    )
    met = pairs(record, "MET")
    assert frozenset({"Elnur Jafarov", "Anna Hakobyan"}) in met
    assert frozenset({"Murat Bekov", "Anna Hakobyan"}) not in met


def test_jetted_into_a_capital_is_a_visit_with_the_delegation(extract: Extract) -> None:
    record = extract(
        "President Daniel Kiprop, who jetted into Accra on Sunday afternoon, was received at the airport by "
        "Ghana's Vice President Efua Mensah. He is accompanied by a delegation comprising Foreign Affairs "
        "Cabinet Secretary Wanjiru Kamau and Trade Cabinet Secretary Abdi Farah.",
        date(2025, 2, 18),
    )
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert {("Daniel Kiprop", "GHA"), ("Wanjiru Kamau", "GHA"), ("Abdi Farah", "GHA")} <= visits


def test_a_name_after_a_long_office_read_apart_by_the_parser(extract: Extract) -> None:
    record = extract(
        "ISLAMABAD - Uzbek Prime Minister Abdulla Nazarov arrived here on Wednesday on a two-day official "
        "visit and was received at the Nur Khan Airbase by Federal Minister for Communications Sardar Ayaz "
        "Jadoon.",
        date(2025, 3, 6),
    )
    assert frozenset({"Abdulla Nazarov", "Sardar Ayaz Jadoon"}) in pairs(record, "MET")


def test_a_gulf_court_or_office_is_no_person(extract: Extract) -> None:
    record = extract(
        "Muscat: Sayyid Hamad bin Said, Minister of Foreign Affairs, received at the Ministry's General "
        "Diwan today Lina Costa, Minister of Foreign Affairs of Portugal.",
        date(2025, 3, 28),
    )
    names = {p.name for p in record.persons}
    assert "Diwan" not in names
    assert "Lina Costa" in names


def test_a_place_named_after_a_person_is_no_mention_of_them(extract: Extract) -> None:
    record = extract(
        "President Amina Juma concluded a two-day state visit to Kenya yesterday. On arrival at Jomo "
        "Kenyatta International Airport on Tuesday, she was received by Foreign Affairs Cabinet Secretary "
        "Ruth Wanjiku before proceeding to State House for talks with President Uhuru Kenyatta.",
        date(2021, 5, 6),
    )
    met = pairs(record, "MET")
    assert frozenset({"Amina Juma", "Ruth Wanjiku"}) in met
    assert frozenset({"Amina Juma", "Uhuru Kenyatta"}) in met
    assert frozenset({"Ruth Wanjiku", "Uhuru Kenyatta"}) not in met
