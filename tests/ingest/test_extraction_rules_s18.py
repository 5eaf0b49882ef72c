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


def met(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}


RECEPTION = (
    "DOHA, 3rd March, 2025 (Wire) -- Sheikh Khalid bin Nasser Al Marri, Deputy Prime Minister, today "
    "received President Joseph Mwale of Malawi at the Amiri Diwan.\n\n"
    "Attending the meeting from the Qatari side were Sheikh Faisal bin Jassim Al Kuwari, Minister of "
    "State for Trade, and Dr. Maryam bint Ali Al Sada, Minister of State for Energy. The Malawian side "
    "included Foreign Minister Grace Chirwa and Finance Minister Peter Banda.\n\n"
    "Following the talks, the two sides exchanged a number of memoranda of understanding. The "
    "documents signed include:\n\n"
    "A memorandum of understanding on air services.\n\n"
    "A memorandum of understanding on cooperation in agriculture.\n\n"
    "A memorandum of understanding on vocational training.\n\n"
    "The President also invited Sheikh Khalid to visit Lilongwe."
)


def test_attendees_named_from_one_side_meet_the_other_side(extract: Extract) -> None:
    found = met(extract(RECEPTION, date(2025, 3, 3)))
    assert frozenset({"Faisal bin Jassim Al Kuwari", "Joseph Mwale"}) in found
    assert frozenset({"Maryam bint Ali Al Sada", "Grace Chirwa"}) in found
    assert frozenset({"Khalid bin Nasser Al Marri", "Peter Banda"}) in found
    # members of one side do not meet each other, and "the two sides" are not one side's members
    assert frozenset({"Faisal bin Jassim Al Kuwari", "Maryam bint Ali Al Sada"}) not in found
    assert frozenset({"Grace Chirwa", "Peter Banda"}) not in found


def test_agreements_listed_one_per_paragraph_are_each_signed(extract: Extract) -> None:
    assert {
        "memorandum of understanding on air services",
        "memorandum of understanding on cooperation in agriculture",
        "memorandum of understanding on vocational training",
    } <= signed(extract(RECEPTION, date(2025, 3, 3)))


def test_people_named_on_each_side_of_enlarged_talks_meet_across(extract: Extract) -> None:
    text = (
        "LUSAKA, June 4 -- Zambian President Mwila Tembo and Malawian President Joseph Mwale held "
        "talks in an enlarged format on Wednesday, with, on the Zambian side, Foreign Minister "
        "Chanda Mulenga and Energy Minister Ruth Phiri, and, on the Malawian side, Foreign Minister "
        "Grace Chirwa."
    )
    found = met(extract(text, date(2025, 6, 5)))
    assert {
        frozenset({"Mwila Tembo", "Joseph Mwale"}),
        frozenset({"Chanda Mulenga", "Joseph Mwale"}),
        frozenset({"Ruth Phiri", "Grace Chirwa"}),
        frozenset({"Mwila Tembo", "Grace Chirwa"}),
    } <= found
    assert frozenset({"Chanda Mulenga", "Ruth Phiri"}) not in found


def test_a_glued_initial_before_a_short_hyphenated_name_is_one_name(extract: Extract) -> None:
    text = (
        "Ulaanbaatar, May 6, 2025 /Wire/. Prime Minister of Mongolia Ts.Bat-Ochir received Japanese "
        "Foreign Minister Kenta Morimura yesterday. The talks were also attended by Minister of Foreign "
        "Affairs D.Enkhjin and Minister of Energy G.Sodnom."
    )
    record = extract(text, date(2025, 6, 6))
    titles = {p.name: p.title for p in record.persons}
    assert titles.get("Ts.Bat-Ochir") == "Prime Minister"
    # the office ends at the name before it
    assert titles.get("G.Sodnom") == "Minister of Energy"


def test_attendees_listed_from_each_side_meet_across_with_the_principals(extract: Extract) -> None:
    text = (
        "Baku, March 3, Wire. President of Azerbaijan Farid Aliyev met with Prime Minister of Moldova "
        "Ion Rusu on March 3. Attending from the Azerbaijani side were Minister of Foreign Affairs "
        "Kamran Musayev and Minister of Energy Tural Hasanov, and from the Moldovan side Minister of "
        "Foreign Affairs Elena Ciobanu."
    )
    found = met(extract(text, date(2025, 3, 4)))
    assert {
        frozenset({"Farid Aliyev", "Elena Ciobanu"}),
        frozenset({"Kamran Musayev", "Ion Rusu"}),
        frozenset({"Tural Hasanov", "Elena Ciobanu"}),
    } <= found
    assert frozenset({"Kamran Musayev", "Tural Hasanov"}) not in found


def test_a_side_named_after_its_people_lists_no_side(extract: Extract) -> None:
    text = (
        "Astana, May 21 - Kazakh Foreign Minister Dauren Abenov held talks with Mongolian Foreign "
        "Minister Batbold Tsend. Present at the talks from the Kazakh side was Ambassador G.Nurlanov, "
        "while Deputy Trade Minister Aidos Serikov took part from the Mongolian side."
    )
    found = met(extract(text, date(2025, 5, 21)))
    # the Mongolian deputy sat with his own side, not with the Kazakh ambassador's
    assert frozenset({"Aidos Serikov", "Batbold Tsend"}) not in found
    assert frozenset({"Aidos Serikov", "Dauren Abenov"}) in found


def test_heads_who_led_each_side_of_talks_told_without_people_met(extract: Extract) -> None:
    text = (
        "KATHMANDU, May 13 -- Nepal and Bhutan held foreign office consultations in Kathmandu on "
        "Tuesday.\n\nForeign Secretary Ram Prasad Koirala led the Nepali side, while Bhutanese Foreign "
        "Secretary Karma Dorji led his country's delegation. The Nepali delegation also included Joint "
        "Secretary Sita Thapa; the Bhutanese side included Ambassador Pema Wangchuk."
    )
    found = met(extract(text, date(2025, 5, 14)))
    assert {
        frozenset({"Ram Prasad Koirala", "Karma Dorji"}),
        frozenset({"Sita Thapa", "Karma Dorji"}),
        frozenset({"Ram Prasad Koirala", "Pema Wangchuk"}),
    } <= found


def test_leading_a_delegation_somewhere_is_a_trip_not_a_side(extract: Extract) -> None:
    text = (
        "ISLAMABAD, May 5 -- In February, Interior Minister Tariq Mehmood led a delegation to Kabul that "
        "included Deputy Minister Sana Qureshi, while Finance Minister Ali Raza led the Pakistani side "
        "at budget talks in Islamabad."
    )
    found = met(extract(text, date(2025, 5, 6)))
    assert frozenset({"Tariq Mehmood", "Ali Raza"}) not in found


def test_a_meeting_recalled_from_months_before_does_not_date_the_signing(extract: Extract) -> None:
    text = (
        "Baku, October 22, Wire. On October 22, President of Azerbaijan Farid Aliyev met with Prime "
        "Minister of Moldova Ion Rusu, who is on an official visit to Azerbaijan. The president "
        "recalled that the prime minister had hosted him in Chisinau in May. Following the meeting, "
        "Azerbaijani-Moldovan documents were signed. Among them are an agreement on air services and "
        "a memorandum on tourism."
    )
    record = extract(text, date(2024, 10, 23))
    dates = {f.agreement: f.date for f in record.facts if f.type == "SIGNED"}
    assert dates == {"agreement on air services": "2024-10-22", "memorandum on tourism": "2024-10-22"}


def test_a_meeting_chaired_by_a_minister_and_attended_by_others_is_a_gathering(extract: Extract) -> None:
    text = (
        "Denmark hosted the meeting of Nordic development ministers in Aarhus on Monday. The meeting was "
        "chaired by Minister for Development Mette Holm.\n\nAttending were Sweden's Minister for "
        "Development Anna Berg and Finland's Minister for Development Mikko Laine."
    )
    found = met(extract(text, date(2025, 9, 3)))
    assert {
        frozenset({"Mette Holm", "Anna Berg"}),
        frozenset({"Mette Holm", "Mikko Laine"}),
        frozenset({"Anna Berg", "Mikko Laine"}),
    } <= found


def test_presenting_a_report_is_not_taking_part_in_a_gathering(extract: Extract) -> None:
    text = (
        "The meeting of regional trade ministers was chaired by Vietnamese Minister of Trade Le Van "
        "Hung. Deputy Secretary-General Dato Aziz bin Omar presented a report on the blueprint."
    )
    found = met(extract(text, date(2025, 3, 14)))
    assert frozenset({"Le Van Hung", "Aziz bin Omar"}) not in found


def test_a_summit_with_a_long_name_is_still_where_its_attendee_went(extract: Extract) -> None:
    text = (
        "ACCRA, Dec 15 -- President Kwesi Mensah returned to Accra on Sunday evening after participating "
        "in the 68th Ordinary Session of the Authority of Heads of State and Government of the Economic "
        "Community of West African States (ECOWAS) in Abuja, Federal Republic of Nigeria."
    )
    record = extract(text, date(2025, 12, 15))
    assert {(f.person, f.country) for f in record.facts if f.type == "VISITED"} == {("Kwesi Mensah", "NGA")}


def test_related_summits_are_no_person(extract: Extract) -> None:
    text = (
        "KUALA LUMPUR, Oct 27 -- Prime Minister Datuk Seri Razak Hamid held talks with Vietnamese Prime "
        "Minister Tran Van Hoa on the sidelines of the ASEAN Summit and Related Summits here on Sunday."
    )
    record = extract(text, date(2025, 10, 27))
    assert "Related Summits" not in {p.name for p in record.persons}


def test_an_attendee_not_of_the_guests_state_sits_with_the_hosts(extract: Extract) -> None:
    text = (
        "KUALA LUMPUR, Oct 27 -- Prime Minister Razak Hamid this morning received a courtesy call from "
        "Philippine President Ramon Dizon. Also present at the meeting was Malaysian Foreign Minister "
        "Khalid Abdullah."
    )
    found = met(extract(text, date(2025, 10, 27)))
    assert frozenset({"Khalid Abdullah", "Ramon Dizon"}) in found
    assert frozenset({"Khalid Abdullah", "Razak Hamid"}) not in found


def test_the_demonym_ministers_who_arrived_are_the_ministers_of_that_state(extract: Extract) -> None:
    text = (
        "LIMA, Aug 27 -- Peruvian Foreign Minister Javier Cardenas and Defense Minister Luis Huaman held "
        "talks on Wednesday with Chilean Foreign Minister Paula Riquelme and Chilean Defense Minister "
        "Gabriel Montt. The Chilean ministers arrived in Lima on Tuesday for a two-day visit."
    )
    record = extract(text, date(2025, 8, 28))
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert visits == {("Paula Riquelme", "PER"), ("Gabriel Montt", "PER")}
