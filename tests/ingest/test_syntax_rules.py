"""Fact rules that read the dependency parse: a trigger's own arguments, its clause's reality.

Every text is written for these tests (invented names and places, news style).
"""

from __future__ import annotations

from datetime import date

import pytest

from ingest.clean import clean_text
from ingest.explain import explain_record
from ingest.nlp import load_nlp, sentences
from ingest.schema import ExtractionRecord, Fact

from .conftest import Extract

DAY = date(2025, 3, 18)


def facts(record: ExtractionRecord, kind: str, status: str = "happened") -> list[Fact]:
    return [f for f in record.facts if f.type == kind and f.status == status]


def pairs(record: ExtractionRecord, kind: str = "MET", status: str = "happened") -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in facts(record, kind, status)}


def test_people_in_a_relative_clause_are_not_paired_with_the_meeting(extract: Extract) -> None:
    record = extract(
        "German Chancellor Olaf Brandt met French President Luc Marron, who has criticised "
        "Italian Prime Minister Gina Rossi, in Berlin on Monday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Olaf Brandt", "Luc Marron"})}


def test_a_reporter_is_not_a_participant(extract: Extract) -> None:
    record = extract(
        "Japanese Prime Minister Ken Sato met Indian Prime Minister Ravi Menon in Tokyo on Monday, "
        "Chief Cabinet Secretary Aiko Mori told reporters.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Ken Sato", "Ravi Menon"})}


def test_a_possessor_of_the_envoys_did_not_meet(extract: Extract) -> None:
    record = extract("President Ada Sen's special envoys met with Chairman Ro Kim in Seoul on Friday.", DAY)
    assert frozenset({"Ada Sen", "Ro Kim"}) not in pairs(record)


def test_the_host_of_a_passive_reception_is_the_agent(extract: Extract) -> None:
    record = extract(
        "Brazilian Foreign Minister Paulo Costa was received by Egyptian President Karim Adel in "
        "Cairo on Sunday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Paulo Costa", "Karim Adel"})}


def test_a_modal_covers_both_conjoined_verbs(extract: Extract) -> None:
    record = extract(
        "Kenyan President David Otieno will visit Ghana on Saturday and meet with President Kwame Mensah.",
        DAY,
    )
    assert pairs(record) == set()
    assert pairs(record, status="planned") == {frozenset({"David Otieno", "Kwame Mensah"})}


def test_a_negated_meeting_did_not_happen(extract: Extract) -> None:
    record = extract("Premier Anna Vik did not meet Speaker Tomas Berg during her stay in Oslo.", DAY)
    assert pairs(record) == set()


def test_interest_in_signing_is_no_signing(extract: Extract) -> None:
    record = extract(
        "Chilean Foreign Minister Rosa Diaz expressed interest in signing an air services agreement "
        "with Peru.",
        DAY,
    )
    assert facts(record, "SIGNED") == []


def test_talks_ahead_of_a_summit_are_planned(extract: Extract) -> None:
    record = extract(
        "Officials prepared the ground ahead of talks between President Ivo Kask and Prime Minister "
        "Lea Tamm in Tallinn.",
        DAY,
    )
    assert pairs(record) == set()


def test_a_coordinated_subject_of_a_reciprocal_verb_is_one_meeting(extract: Extract) -> None:
    record = extract(
        "Chancellor Bea Moss and President Tor Vik met in Vienna on Sunday to discuss energy.", DAY
    )
    assert pairs(record) == {frozenset({"Bea Moss", "Tor Vik"})}


def test_a_phone_call_received_from_someone(extract: Extract) -> None:
    record = extract(
        "Prime Minister Aziz Rahman received a telephone call from Emir Khalid Nasser on Monday.", DAY
    )
    assert pairs(record, "CALLED") == {frozenset({"Aziz Rahman", "Khalid Nasser"})}
    assert pairs(record) == set()


def test_talks_discussed_between_two_leaders(extract: Extract) -> None:
    record = extract(
        "Trade was among the topics discussed between Prime Minister Aziz Rahman and President "
        "Omar Said on Monday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Aziz Rahman", "Omar Said"})}


def test_someone_in_the_presence_of_joins_the_subjects_side(extract: Extract) -> None:
    record = extract(
        "President Omar Said conferred with US Defense Secretary Tom Hale, in the presence of "
        "Minister of Defense Sami Farid, on Saturday.",
        DAY,
    )
    met = pairs(record)
    assert frozenset({"Omar Said", "Tom Hale"}) in met
    assert frozenset({"Sami Farid", "Tom Hale"}) in met
    assert frozenset({"Omar Said", "Sami Farid"}) not in met


def test_a_companion_meets_the_other_side(extract: Extract) -> None:
    record = extract(
        "Russian Foreign Minister Pavel Orlov, accompanied by Deputy Minister Ivan Belov, held talks "
        "with Chinese Foreign Minister Li Wen in Beijing on Monday.",
        DAY,
    )
    met = pairs(record)
    assert frozenset({"Pavel Orlov", "Li Wen"}) in met
    assert frozenset({"Ivan Belov", "Li Wen"}) in met
    assert frozenset({"Pavel Orlov", "Ivan Belov"}) not in met


def test_a_purpose_clause_in_a_story_of_earlier_days_happened(extract: Extract) -> None:
    record = extract(
        "On March 2, General Ri Chol visited Beijing to meet with his counterpart, General Zhang Wei.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Ri Chol", "Zhang Wei"})}


def test_a_purpose_clause_of_today_is_a_plan(extract: Extract) -> None:
    record = extract("Premier Lo Ming arrived in Toma today to meet with President Ana Sava.", DAY)
    assert pairs(record) == set()


def test_a_call_on_someone_to_act_is_no_meeting(extract: Extract) -> None:
    record = extract(
        "Secretary General Maria Lopez called on President Omar Said to release the prisoners.", DAY
    )
    assert pairs(record) == set()


def test_the_wrong_traveller_is_not_the_nearest_name(extract: Extract) -> None:
    record = extract(
        "Former President Al Dorn, who was close to Prince Sami Halim, visited Kesh in 2017.",
        DAY,
    )
    assert {f.person for f in facts(record, "VISITED")} <= {"Al Dorn"}


def test_a_signing_by_named_ministers(extract: Extract) -> None:
    record = extract(
        "The visa agreement was signed by Jordanian Foreign Minister Omar Haddad and Rwandan Foreign "
        "Minister Paul Kagiso in Amman on Wednesday.",
        DAY,
    )
    [signed] = facts(record, "SIGNED")
    assert set(signed.parties or []) == {"Omar Haddad", "Paul Kagiso"}


@pytest.mark.parametrize("basis", ["syntax", "coreference", "frame", "inferred"])
def test_every_fact_says_how_it_was_found(extract: Extract, basis: str) -> None:
    record = extract(
        "Arlandian Foreign Minister Tova Lind held talks with Beruvian Foreign Minister Omar Haddad "
        "in Vell on Monday.\nThe minister was accompanied by Deputy Minister Ivo Sander.",
        DAY,
    )
    assert all(f.basis in ("syntax", "coreference", "frame", "inferred") for f in record.facts)
    assert any(f.basis == "frame" for f in record.facts) or basis != "frame"
    text = explain_record(record)
    assert "trigger:" in text and "Tova Lind" in text


def test_a_companion_named_after_the_trip_made_it_too(extract: Extract) -> None:
    record = extract(
        "Arlandian Foreign Minister Tova Lind arrived in Nairobi on Monday for a two-day visit.\n"
        "Lind was accompanied by Trade Minister Ivo Sander.",
        DAY,
    )
    assert {(f.person, f.country) for f in facts(record, "VISITED")} == {
        ("Tova Lind", "KEN"),
        ("Ivo Sander", "KEN"),
    }


def test_a_host_escorting_the_visitor_made_no_trip(extract: Extract) -> None:
    record = extract(
        "Arlandian President Tova Lind arrived in Nairobi on Monday.\n"
        "Accompanied by Prince Omar Said, the president then inspected a guard of honour.",
        DAY,
    )
    assert {f.person for f in facts(record, "VISITED")} == {"Tova Lind"}


def test_coordinated_destinations_are_each_a_visit(extract: Extract) -> None:
    record = extract("Premier Ana Sol paid state visits to Kenya, Ghana and Senegal last week.", DAY)
    assert {f.country for f in facts(record, "VISITED")} == {"KEN", "GHA", "SEN"}


def test_every_listed_agreement_and_topic_is_a_signing(extract: Extract) -> None:
    record = extract(
        "Kenya and Tanzania signed three agreements on trade, energy and culture in Nairobi on Monday.\n"
        "They also signed an MoU on agriculture and a protocol on customs.",
        DAY,
    )
    names = {f.agreement for f in facts(record, "SIGNED")}
    assert {"agreement on trade", "agreement on energy", "agreement on culture"} <= names
    assert {"MoU on agriculture", "protocol on customs"} <= names
    assert all(set(f.countries or []) == {"KEN", "TZA"} for f in facts(record, "SIGNED"))


def test_a_place_and_a_day_are_not_part_of_an_agreements_name(extract: Extract) -> None:
    record = extract(
        "Russia and China signed the Comprehensive Strategic Partnership Treaty in Moscow on Wednesday.",
        DAY,
    )
    [signed] = facts(record, "SIGNED")
    assert signed.agreement == "Comprehensive Strategic Partnership Treaty"


def test_a_letter_is_not_an_agreement(extract: Extract) -> None:
    record = extract("President Ana Sol signed a letter to Prime Minister Omar Said on Monday.", DAY)
    assert facts(record, "SIGNED") == []


def test_the_better_date_of_a_trip_told_twice_wins(extract: Extract) -> None:
    record = extract(
        "Chinese President Li Wen returned to Beijing on Sunday after state visits to Kenya.\n"
        "Li paid a state visit to Kenya from March 10 to March 13.",
        DAY,
    )
    [visit] = facts(record, "VISITED")
    assert visit.date == "2025-03-10/2025-03-13"


def test_a_title_inside_a_name_span_is_dropped(extract: Extract) -> None:
    record = extract(
        "Kwon Min-ho held talks with Chief Cabinet Secretary Hiro Tanaka in Tokyo on Monday.", DAY
    )
    assert pairs(record) == {frozenset({"Kwon Min-ho", "Hiro Tanaka"})}


def test_a_cataphoric_pronoun_points_to_the_main_subject(extract: Extract) -> None:
    record = extract(
        "Secretary of State Ann Ray met Prime Minister Ori Dan in Jerusalem on Sunday.\n"
        "After she met with President Sami Nour in Ramallah on Monday, Ray said progress was possible.",
        DAY,
    )
    assert frozenset({"Ann Ray", "Sami Nour"}) in pairs(record)
    assert frozenset({"Ori Dan", "Sami Nour"}) not in pairs(record)


def test_the_nth_day_of_a_trip_dates_the_trip_and_the_meeting(extract: Extract) -> None:
    record = extract(
        "Minister Kwon Min-ho held talks with Foreign Minister Hiro Tanaka in Tokyo today, on the "
        "second day of his four-day trip to Japan.",
        DAY,
    )
    [visit] = facts(record, "VISITED")
    assert visit.date == "2025-03-17/2025-03-20"
    [met] = facts(record, "MET")
    assert met.date == "2025-03-18"


def test_agreements_listed_after_a_counted_signing(extract: Extract) -> None:
    record = extract(
        "Kenya and Uganda signed four documents on Monday. These include an MoU on fisheries, an "
        "agreement on visas and a customs protocol.",
        DAY,
    )
    names = {f.agreement for f in facts(record, "SIGNED")}
    assert {"MoU on fisheries", "agreement on visas", "customs protocol"} <= names


def test_courtesy_calls_paid_on_people_are_meetings_not_phone_calls(extract: Extract) -> None:
    record = extract(
        "Hungarian Premier Ivo Pell paid calls on King Eran of Jordan and Speaker Lia Tor, and held "
        "talks with Prime Minister Zed Omar of Jordan on Monday.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Ivo Pell", "King Eran"}),
        frozenset({"Ivo Pell", "Lia Tor"}),
        frozenset({"Ivo Pell", "Zed Omar"}),
    }
    assert pairs(record, "CALLED") == set()


def test_two_people_who_discussed_by_phone_called(extract: Extract) -> None:
    record = extract(
        "Japanese Foreign Minister Ken Sato and his Korean counterpart Park Min-jun met in Seoul on "
        "Monday. The two top diplomats discussed the border by phone on Friday.",
        DAY,
    )
    assert pairs(record, "CALLED") == {frozenset({"Ken Sato", "Park Min-jun"})}


def test_those_seen_greeting_a_guest_met_him(extract: Extract) -> None:
    record = extract(
        "Seen at the airport to greet Finnish President Ola Finn were Estonian Minister Rui Sato and "
        "Governor Ada Lin.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Ola Finn", "Rui Sato"}), frozenset({"Ola Finn", "Ada Lin"})}


def test_counterparts_from_countries_named_after_the_list(extract: Extract) -> None:
    record = extract(
        "Turkish Foreign Minister Ali Kaya met with his counterparts from Azerbaijan, Georgia and "
        "Ukraine, Elmar Sadikov, David Zurab and Dmytro Koval, in Antalya on Saturday.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Ali Kaya", "Elmar Sadikov"}),
        frozenset({"Ali Kaya", "David Zurab"}),
        frozenset({"Ali Kaya", "Dmytro Koval"}),
    }


def test_a_numbered_list_of_agreements_after_a_lead_in(extract: Extract) -> None:
    record = extract(
        "NAIROBI, March 17 -- Kenya and Uganda on Monday signed the following agreements:\n"
        "1. Memorandum of understanding on fisheries;\n"
        "2. Agreement on visa exemption;\n"
        "3. Protocol on customs cooperation.",
        DAY,
    )
    assert {f.agreement for f in facts(record, "SIGNED")} == {
        "Memorandum of understanding on fisheries",
        "Agreement on visa exemption",
        "Protocol on customs cooperation",
    }


def test_a_caption_with_a_photo_credit_and_a_standfirst_without_a_full_stop(extract: Extract) -> None:
    record = extract(
        "Premier Ida Lunn greets Foreign Minister Tor Haga of Norway upon his arrival in Oslo. "
        "Photograph: Agency\n"
        "Haga, who arrived on Sunday for a five-day visit, was received at the palace by the premier "
        "and her ministers",
        DAY,
    )
    assert frozenset({"Ida Lunn", "Tor Haga"}) in pairs(record)


def test_someone_who_is_in_a_foreign_country_or_staying_there_visited_it(extract: Extract) -> None:
    record = extract(
        "Chinese Minister Tao Lin, who is in Kenya for the annual consultations, also met Kenyan "
        "President Sam Kuria on Monday.\n"
        "During her stay in Nairobi, Swedish Minister Eva Sol met Kenyan President Sam Kuria.",
        DAY,
    )
    assert {(f.person, f.country) for f in facts(record, "VISITED")} == {
        ("Tao Lin", "KEN"),
        ("Eva Sol", "KEN"),
    }


def test_greetings_photos_and_views_exchanged_are_meetings(extract: Extract) -> None:
    record = extract(
        "Kenyan President Sam Kuria and Ugandan President Joseph Musa exchanged greetings at the "
        "border on Monday. Kuria exchanged views with Tanzanian President Ali Hassan on trade.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Sam Kuria", "Joseph Musa"}), frozenset({"Sam Kuria", "Ali Hassan"})}


def test_a_relative_clause_on_a_coordination_is_about_both(extract: Extract) -> None:
    record = extract(
        "The forum brought together Greek Foreign Minister Nikos Pappas and Turkish Foreign Minister "
        "Ali Kaya, who met on Sunday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Nikos Pappas", "Ali Kaya"})}


def test_the_bearer_of_a_message_meets_its_recipient(extract: Extract) -> None:
    record = extract(
        "A message from Angolan President Joao Silva was delivered on Sunday in Kinshasa to Congolese "
        "President Felix Mbeki. The message was handed over by Angolan Foreign Minister Pedro Antunes.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Felix Mbeki", "Pedro Antunes"})}


def test_a_dinner_hosted_by_someone_and_a_luncheon_in_honour_of_someone(extract: Extract) -> None:
    record = extract(
        "Kenyan President Sam Kuria attended a state dinner hosted by Ugandan President Joseph Musa on "
        "Monday. Tanzanian President Ali Hassan hosted a luncheon in honour of Rwandan President Paul "
        "Kaze on Tuesday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Sam Kuria", "Joseph Musa"}), frozenset({"Ali Hassan", "Paul Kaze"})}


def test_someone_welcomed_to_a_country_came_to_it(extract: Extract) -> None:
    record = extract(
        "Kenyan President Sam Kuria welcomed Prime Minister Eva Sol of Sweden to Nairobi on Monday.", DAY
    )
    assert {(f.person, f.country) for f in facts(record, "VISITED")} == {("Eva Sol", "KEN")}


def test_an_ambiguous_country_name_tagged_as_a_place_is_a_destination(extract: Extract) -> None:
    record = extract(
        "When former US President Al Dorn, who was close to Prince Sami, visited Jordan in 2017, he "
        "was greeted by King Omar.",
        DAY,
    )
    assert {(f.person, f.country, f.date) for f in facts(record, "VISITED")} == {("Al Dorn", "JOR", "2017")}
    assert pairs(record) == {frozenset({"Al Dorn", "King Omar"})}


def test_a_signing_during_a_dated_visit_takes_the_visits_dates(extract: Extract) -> None:
    record = extract(
        "Chinese President Li Wen paid a state visit to Kenya from March 10 to March 13.\n"
        "During the visit, China and Kenya signed an agreement on railways.",
        DAY,
    )
    [signed] = facts(record, "SIGNED")
    assert signed.date == "2025-03-10/2025-03-13"


def test_presidents_of_two_states_named_after_them_talked_on_the_phone(extract: Extract) -> None:
    record = extract(
        "Earlier in the day, the presidents of Kenya and Uganda, Sam Kuria and Joseph Musa, talked on "
        "the phone voicing satisfaction with the talks.",
        DAY,
    )
    assert pairs(record, "CALLED") == {frozenset({"Sam Kuria", "Joseph Musa"})}


def test_a_red_carpet_welcome_by_the_host(extract: Extract) -> None:
    record = extract(
        "Ugandan President Joseph Musa was given a red-carpet welcome by Kenyan President Sam Kuria at "
        "State House on Monday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Sam Kuria", "Joseph Musa"})}


def test_leaving_a_city_for_home_means_having_visited_it(extract: Extract) -> None:
    record = extract(
        "Kenyan President Sam Kuria left Kampala for home on Monday after talks with Ugandan President "
        "Joseph Musa.",
        DAY,
    )
    assert {(f.person, f.country) for f in facts(record, "VISITED")} == {("Sam Kuria", "UGA")}


def test_a_name_after_a_long_portfolio_title_is_found(extract: Extract) -> None:
    record = extract(
        "Minister of Foreign Affairs and International Cooperation Vincent Mugabo held talks with "
        "Minister of Trade, Industry and Regional Integration Ama Boateng in Kigali on Monday.",
        DAY,
    )
    assert {p.name for p in record.persons} == {"Vincent Mugabo", "Ama Boateng"}
    assert pairs(record) == {frozenset({"Vincent Mugabo", "Ama Boateng"})}


def test_a_long_title_naming_a_state_or_a_body_is_not_part_of_the_name(extract: Extract) -> None:
    record = extract(
        "Ambassador to North Korea Pavel Orlov met Commissioner for Trade of the African Union "
        "Commission Ines Mbeki in Addis Ababa on Monday.",
        DAY,
    )
    assert {p.name for p in record.persons} == {"Pavel Orlov", "Ines Mbeki"}


def test_those_who_attended_the_welcome_met_the_guest_not_each_other(extract: Extract) -> None:
    record = extract(
        "King Aldric welcomed the visiting Indian President Meera Rao at the royal palace on Monday. "
        "Crown Prince Edvin and Prime Minister Lars Holm also attended the welcome ceremony.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"King Aldric", "Meera Rao"}),
        frozenset({"Meera Rao", "Prince Edvin"}),
        frozenset({"Meera Rao", "Lars Holm"}),
    }


def test_an_ambassador_who_joined_the_meeting_met_the_host(extract: Extract) -> None:
    record = extract(
        "President William Kamau met a delegation of US senators led by Senator John Pike at State "
        "House on Monday. US Ambassador Laura Finch joined the meeting.",
        DAY,
    )
    assert frozenset({"William Kamau", "Laura Finch"}) in pairs(record)


def test_the_two_as_subject_of_a_signing_are_its_signers(extract: Extract) -> None:
    record = extract(
        "President Pablo Ruiz received his Chilean counterpart Gabriel Soto at the palace on Monday, "
        "where the two signed a declaration on energy integration.",
        DAY,
    )
    (signing,) = facts(record, "SIGNED")
    assert set(signing.parties or []) == {"Pablo Ruiz", "Gabriel Soto"}


def test_a_cosigner_after_with_is_a_party_and_not_part_of_the_agreement(extract: Extract) -> None:
    record = extract(
        "Energy Minister Sarah Cole inked a memorandum of understanding on solar power with her "
        "Moroccan counterpart Youssef Amrani in Rabat on Thursday.",
        DAY,
    )
    (signing,) = facts(record, "SIGNED")
    assert signing.agreement == "memorandum of understanding on solar power"
    assert set(signing.parties or []) == {"Sarah Cole", "Youssef Amrani"}


def test_a_quoted_nickname_stays_inside_the_name(extract: Extract) -> None:
    record = extract(
        "President Ramon 'Monchito' Delgado Jr. received Foreign Minister Aki Sato at the palace on "
        "Monday. Delgado Jr thanked Sato for the visit.",
        DAY,
    )
    assert {p.name for p in record.persons} == {"Ramon 'Monchito' Delgado Jr", "Aki Sato"}


def test_the_partner_after_a_comma_in_talks_between_two_leaders(extract: Extract) -> None:
    record = extract(
        "The statement came after a bilateral meeting between the Fijian Prime Minister Jone Tora, "
        "and his New Zealand counterpart, Mark Ellis, on Tuesday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Jone Tora", "Mark Ellis"})}


def test_the_people_told_something_during_their_call_met_the_speaker(extract: Extract) -> None:
    record = extract(
        'President Ana Lima met the press on Monday. "This is a historic day," she told Foreign '
        "Minister Kenji Oda and Defence Minister Taro Ueda during their courtesy call.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Ana Lima", "Kenji Oda"}), frozenset({"Ana Lima", "Taro Ueda"})}


def test_memorandums_on_topics_joined_by_as_well_as_are_one_fact_each(extract: Extract) -> None:
    record = extract(
        "Peruvian Foreign Minister Rosa Vidal met her Chilean counterpart Tomas Ruiz in Lima on "
        "Monday. The two ministers also signed two memorandums of understanding on the training of "
        "diplomats as well as fisheries and marine research.",
        DAY,
    )
    assert {f.agreement for f in facts(record, "SIGNED")} == {
        "memorandum of understanding on the training of diplomats",
        "memorandum of understanding on fisheries and marine research",
    }


def test_a_meeting_named_after_two_leaders_involved_a_third(extract: Extract) -> None:
    record = extract(
        "Chilean President Laura Vidal met Peruvian Prime Minister Hugo Salas in Santiago on Monday. "
        "The Vidal-Salas meeting also involved Peru's Foreign Minister Ana Quispe and other officials.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Laura Vidal", "Hugo Salas"}),
        frozenset({"Laura Vidal", "Ana Quispe"}),
    }


def test_a_name_parsed_onto_the_state_of_a_lower_case_title_is_the_subject(extract: Extract) -> None:
    record = extract(
        "The prime minister of Nepal, Ram Thapa, met Indian External Affairs Minister Ravi Menon in "
        "Kathmandu on Monday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Ram Thapa", "Ravi Menon"})}


def test_a_visit_under_way_with_no_day_of_its_own_has_no_span(extract: Extract) -> None:
    record = extract("Indian Foreign Minister Ravi Menon is in Nepal on a two-day visit.", DAY)
    (visit,) = facts(record, "VISITED")
    assert visit.date == DAY.isoformat()


def test_a_semicolon_list_of_names_with_their_offices(extract: Extract) -> None:
    record = extract(
        "On the sidelines of the forum, President Ivo Petrin met with Tomas Varga, the prime minister "
        "of Hungary; Karim Haddad, the president of Lebanon; and Otto Brenner, the chancellor of "
        "Austria.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Ivo Petrin", "Tomas Varga"}),
        frozenset({"Ivo Petrin", "Karim Haddad"}),
        frozenset({"Ivo Petrin", "Otto Brenner"}),
    }


def test_those_present_at_the_meeting_met_the_guest(extract: Extract) -> None:
    record = extract(
        "Emir Khalid bin Saad received Indian Prime Minister Arjun Rao in Doha on Tuesday. Present at "
        "the meeting were Sheikh Fahad bin Saad and Sheikh Nasser bin Saad.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Khalid bin Saad", "Arjun Rao"}),
        frozenset({"Arjun Rao", "Fahad bin Saad"}),
        frozenset({"Arjun Rao", "Nasser bin Saad"}),
    }


def test_them_after_a_list_of_leaders_is_that_list(extract: Extract) -> None:
    record = extract(
        "Leaders attending the summit included Turkish President Emre Kaya and Hungarian Prime "
        "Minister Viktor Bartos. President Nur Bekov hosted them at a dinner on Wednesday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Emre Kaya", "Nur Bekov"}), frozenset({"Viktor Bartos", "Nur Bekov"})}


def test_a_series_of_meetings_with_leaders_including_several(extract: Extract) -> None:
    record = extract(
        "Prime Minister Kenji Oda held a series of bilateral meetings with leaders including "
        "Indonesian President Budi Santo and Thai Prime Minister Somchai Wongsa.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Kenji Oda", "Budi Santo"}),
        frozenset({"Kenji Oda", "Somchai Wongsa"}),
    }


def test_bidding_farewell_is_meeting(extract: Extract) -> None:
    record = extract(
        "Kenyan President William Kamau bade farewell to Ethiopian Prime Minister Dawit Bekele at the "
        "airport on Friday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"William Kamau", "Dawit Bekele"})}


def test_a_demonym_title_can_point_ahead_to_the_next_sentence(extract: Extract) -> None:
    record = extract(
        "The Vietnamese president was welcomed by Cuban leader Rafael Ortiz at Havana airport on "
        "Sunday. Vietnamese President Tran Van Hoa is on a three-day state visit to Cuba.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Rafael Ortiz", "Tran Van Hoa"})}


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Ana Ribas interacted with Peruvian Foreign Minister Hugo Salcedo in Lima.",
        "Foreign Minister Ana Ribas engaged with Peruvian Foreign Minister Hugo Salcedo in Lima on Monday.",
        "Peruvian Ambassador Hugo Salcedo handed over a copy of his credentials to Foreign Minister Ana "
        "Ribas on Monday.",
    ],
)
def test_more_ways_of_meeting(extract: Extract, sentence: str) -> None:
    assert pairs(extract(sentence, DAY)) == {frozenset({"Ana Ribas", "Hugo Salcedo"})}


def test_renewing_a_memorandum_is_signing_it_but_renewing_a_partnership_is_not(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Ana Ribas and Peruvian Foreign Minister Hugo Salcedo renewed a memorandum of "
        "understanding on trade on Monday. The two also renewed their strategic partnership.",
        DAY,
    )
    assert [f.agreement for f in facts(record, "SIGNED")] == ["memorandum of understanding on trade"]


def test_a_meeting_a_day_before_the_main_clause_is_dated_a_day_earlier(extract: Extract) -> None:
    record = extract(
        "A day after meeting with Israeli Prime Minister Dan Levin, Secretary of State Mark "
        "Ellis traveled to Ramallah on Monday to meet Palestinian President Omar Khalil.",
        DAY,
    )
    (met,) = [f for f in facts(record, "MET") if "Dan Levin" in (f.persons or [])]
    assert met.date == "2025-03-16"


def test_returning_home_after_a_visit_of_some_days_ends_it(extract: Extract) -> None:
    record = extract(
        "Indian Prime Minister Arjun Rao returned home on Friday after a three-day visit to Japan.", DAY
    )
    (visit,) = facts(record, "VISITED")
    assert visit.date == "2025-03-12/2025-03-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "President Maria Rocha said she hoped to meet Peruvian President Hugo Salas soon.",
        "President Maria Rocha denied that she had met Peruvian President Hugo Salas.",
    ],
)
def test_a_hoped_for_or_denied_meeting_did_not_happen(extract: Extract, sentence: str) -> None:
    record = extract(sentence, DAY)
    assert pairs(record) == set()
    assert pairs(record, status="planned") == {frozenset({"Maria Rocha", "Hugo Salas"})}


def test_companions_of_an_arrival_travelled_too(extract: Extract) -> None:
    record = extract(
        "Prime Minister Kenji Oda arrived in Hanoi on Sunday, accompanied by his wife Yuki Oda and "
        "Foreign Minister Aki Sato.",
        DAY,
    )
    assert {f.person for f in facts(record, "VISITED")} == {"Kenji Oda", "Yuki Oda", "Aki Sato"}


def test_the_members_a_delegation_included_travelled_with_it(extract: Extract) -> None:
    record = extract(
        "The delegation, led by Foreign Minister Paulo Dias, arrived in Lima on Monday. It included "
        "Trade Minister Rita Gomes and Energy Minister Caio Lopes.",
        DAY,
    )
    assert {f.person for f in facts(record, "VISITED")} == {"Paulo Dias", "Rita Gomes", "Caio Lopes"}


def test_a_two_letter_initial_glued_to_a_name_ends_no_sentence() -> None:
    text = "Foreign Minister B.Altan met Kh.Bold-Erdene in Ulaanbaatar on Monday."
    assert [s.text for s in sentences(load_nlp(), clean_text(text).paragraphs)] == [text]


def test_a_possessive_after_a_final_s_is_not_part_of_the_name(extract: Extract) -> None:
    record = extract("Peruvian President Hugo Salas' visit to the Brazilian capital ended on Tuesday.", DAY)
    assert [p.name for p in record.persons] == ["Hugo Salas"]


def test_the_visiting_president_is_the_president_named_before(extract: Extract) -> None:
    record = extract(
        "Peruvian President Hugo Salas arrived in Brasilia on Sunday. The visiting president was "
        "received by his Brazilian counterpart Ana Rocha on Monday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Hugo Salas", "Ana Rocha"})}


def test_signers_after_by_in_a_long_list_of_offices(extract: Extract) -> None:
    record = extract(
        "The memorandum was signed by Ghana's Minister of Foreign Affairs and Regional Integration "
        "Ama Boateng and Togo's Minister of Foreign Affairs, Regional Integration and Togolese Abroad "
        "Robert Dossa.",
        DAY,
    )
    (signing,) = facts(record, "SIGNED")
    assert set(signing.parties or []) == {"Ama Boateng", "Robert Dossa"}


def test_a_delegation_whose_head_is_named_in_the_next_sentence(extract: Extract) -> None:
    record = extract(
        "A Peruvian government delegation arrived in Brasilia on Monday. It is led by Foreign "
        "Minister Rosa Vidal.",
        DAY,
    )
    assert [(f.person, f.country) for f in facts(record, "VISITED")] == [("Rosa Vidal", "BRA")]


def test_a_delegation_received_and_then_said_to_be_led_by_someone(extract: Extract) -> None:
    record = extract(
        "Brazilian President Ana Rocha received a delegation from Peru on Monday. The delegation was "
        "led by Peruvian Foreign Minister Rosa Vidal.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Ana Rocha", "Rosa Vidal"})}


def test_i_in_a_quote_is_the_one_quoted(extract: Extract) -> None:
    record = extract(
        '"I had a very productive meeting with President Ana Rocha today," Peruvian Foreign Minister '
        "Rosa Vidal wrote on social media on Monday.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Ana Rocha", "Rosa Vidal"})}


def test_a_visitor_who_met_the_host_states_leader_is_not_given_the_datelines_state(extract: Extract) -> None:
    record = extract(
        "PYONGYANG, March 17 (KCNA) -- Chairman Kim Il-ho of the DPRK met President Ivan Sorokin on Monday.",
        DAY,
    )
    states = {p.name: p.country for p in record.persons}
    assert states["Ivan Sorokin"] != "PRK"


def test_a_leader_in_a_foreign_capital_for_a_meeting_travelled_there(extract: Extract) -> None:
    record = extract("Chinese Premier Li Wen is in Canberra for the annual leaders' meeting.", DAY)
    assert [(f.person, f.country) for f in facts(record, "VISITED")] == [("Li Wen", "AUS")]
    home = extract(
        "British Prime Minister Tom Reed is in London for talks with Brazilian President Ana Rocha.", DAY
    )
    assert facts(home, "VISITED") == []
