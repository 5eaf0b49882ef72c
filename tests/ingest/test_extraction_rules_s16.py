"""Extraction rules of session 16: a side "represented by" a list the parser breaks at an
apposition; a delegation "headed by" X that arrived and returned in one sentence (its members share
the span); the story's day when a session of several days was told first; "At the end of the
meeting" on the session's last day.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.clean import strip_dateline
from ingest.schema import ExtractionRecord

from .conftest import Extract

COMMISSION = (
    "DAKAR, May 9 -- The fifth session of the Mali-Senegal joint commission took place in Dakar "
    "on May 6-7.\n\n"
    "The Malian delegation, headed by Deputy Prime Minister Amadou Keita, arrived in the Senegalese "
    "capital on Monday and returned to Bamako on Wednesday. It included Minister of Mines Bakary "
    "Traore and Vice Minister of Foreign Affairs Hawa Coulibaly. The Senegalese side was represented "
    "by First Deputy Prime Minister Ousmane Fall, co-chair of the commission, Minister of Trade Awa "
    "Ndiaye and Deputy Foreign Minister Cheikh Sy.\n\n"
    "At the end of the session, Keita and Fall signed the protocol of the fifth session."
)


def met(record: ExtractionRecord) -> dict[frozenset[str], str | None]:
    return {frozenset(f.persons or []): f.date for f in record.facts if f.type == "MET"}


def test_a_side_represented_by_a_list_broken_at_an_apposition(extract: Extract) -> None:
    meetings = met(extract(COMMISSION, date(2025, 5, 9)))
    for host in ("Ousmane Fall", "Awa Ndiaye", "Cheikh Sy"):
        for guest in ("Amadou Keita", "Bakary Traore", "Hawa Coulibaly"):
            assert frozenset({host, guest}) in meetings, (host, guest)


def test_members_of_a_delegation_that_arrived_and_returned_share_its_span(extract: Extract) -> None:
    record = extract(COMMISSION, date(2025, 5, 9))
    stays = {f.person: f.date for f in record.facts if f.type == "VISITED" and f.country == "SEN"}
    assert stays == {
        "Amadou Keita": "2025-05-05/2025-05-07",
        "Bakary Traore": "2025-05-05/2025-05-07",
        "Hawa Coulibaly": "2025-05-05/2025-05-07",
    }


def test_the_sides_met_over_the_session_told_first_not_on_the_arrival_day(extract: Extract) -> None:
    meetings = met(extract(COMMISSION, date(2025, 5, 9)))
    assert meetings[frozenset({"Awa Ndiaye", "Bakary Traore"})] == "2025-05-06/2025-05-07"


def test_a_signing_at_the_end_of_a_session_is_on_its_last_day(extract: Extract) -> None:
    record = extract(COMMISSION, date(2025, 5, 9))
    signed = next(f for f in record.facts if f.type == "SIGNED")
    assert signed.date == "2025-05-07"


def test_the_end_of_last_week_is_no_day(extract: Extract) -> None:
    record = extract(
        "NAIROBI, Sept 17 -- Kenyan Foreign Minister Wanjiru Otieno travelled to Kampala last week, where "
        "she held talks with her Ugandan counterpart Moses Okello. At the end of the meeting, the two "
        "ministers signed a joint communique on lake patrols.",
        date(2025, 9, 17),
    )
    signed = next(f for f in record.facts if f.type == "SIGNED")
    assert signed.date == "2025-09-08/2025-09-14"


CREDENTIALS = (
    "ADDIS ABABA, Jan 23 -- President Hailu Tessema received the credentials of three new ambassadors "
    "at the National Palace today.\n\n"
    "Those who presented their letters of credence were Ambassador Karin Lund of Sweden, Ambassador "
    "Jorge Mendes Vieira of Portugal and Ambassador Hamid Osman Ali of Sudan.\n\n"
    "Ambassador Lund, who arrived in Addis Ababa last month to take up her post, said Sweden would "
    "expand its support.\n\n"
    "Earlier this week, the President bid farewell to the outgoing Ambassador of Kenya, Peter Mwangi "
    "Otieno, who completed his tenure."
)


def test_those_who_presented_credentials_met_the_host_named_before(extract: Extract) -> None:
    meetings = met(extract(CREDENTIALS, date(2020, 1, 23)))
    for envoy in ("Karin Lund", "Jorge Mendes Vieira", "Hamid Osman Ali"):
        assert meetings.get(frozenset({"Hailu Tessema", envoy})) == "2020-01-23", envoy


def test_an_office_before_a_comma_never_takes_in_the_name_listed_before(extract: Extract) -> None:
    people = {p.name: p for p in extract(CREDENTIALS, date(2020, 1, 23)).persons}
    envoy = people["Jorge Mendes Vieira"]
    assert (envoy.title, envoy.country) == ("Ambassador", "PRT")
    record = extract(
        "HAVANA, Oct 20 -- The Cuban delegation on the tour includes Deputy Foreign Minister Ana Rosa Campos "
        "and the Director General for Sub-Saharan Africa, Ambassador Julio Perez Vega.",
        date(2019, 10, 20),
    )
    people = {p.name: p for p in record.persons}
    assert people["Julio Perez Vega"].title == "Director General for Sub-Saharan Africa"


def test_an_envoy_arriving_to_take_up_a_post_made_no_visit(extract: Extract) -> None:
    record = extract(CREDENTIALS, date(2020, 1, 23))
    assert not [f for f in record.facts if f.type == "VISITED" and f.person == "Karin Lund"]


def test_bidding_farewell_to_an_envoy_is_a_meeting(extract: Extract) -> None:
    meetings = met(extract(CREDENTIALS, date(2020, 1, 23)))
    assert meetings.get(frozenset({"Hailu Tessema", "Peter Mwangi Otieno"})) == "2020-01-20/2020-01-22"


def test_a_stay_runs_to_the_day_the_visitor_is_due_to_leave(extract: Extract) -> None:
    record = extract(
        "WASHINGTON, Oct 30 -- Lacson, who arrived in Washington on Sunday and is due to leave on Friday, "
        "met national security adviser Carol Ford at the White House. Iranian deputy minister Reza "
        "Tabrizi, who arrived in Moscow on Tuesday, is also due to meet Viktor Shabalin before returning "
        "to Tehran on Friday.",
        date(2025, 10, 30),
    )
    stays = {f.person: f.date for f in record.facts if f.type == "VISITED"}
    assert stays["Lacson"] == "2025-10-26/2025-10-31"
    assert stays["Reza Tabrizi"] == "2025-10-28/2025-10-31"


def test_counterparts_listed_one_per_line_after_held_meetings_with(extract: Extract) -> None:
    record = extract(
        "NEW DELHI, July 28 -- External Affairs Minister Arvind Rao visited Vientiane from 25-27 July 2024 "
        "to attend the East Asia Summit Foreign Ministers Meeting.\n\n"
        "On the sidelines of the meetings, EAM held bilateral meetings with:\n\n"
        "- Mr. Somsak Vongsa, Deputy Prime Minister and Minister of Foreign Affairs of Lao PDR;\n"
        "- Ms. Keiko Tanaka, Minister for Foreign Affairs of Japan;\n"
        "- Mr. Enrique Santos, Secretary of Foreign Affairs of the Philippines.\n\n"
        "EAM also had a pull-aside with the US Secretary of State, Ms. Karen Wells, on the margins of the "
        "summit.",
        date(2024, 7, 28),
    )
    partners = {p for f in record.facts if f.type == "MET" for p in f.persons or []} - {"Arvind Rao"}
    assert partners == {"Somsak Vongsa", "Keiko Tanaka", "Enrique Santos", "Karen Wells"}


def test_a_leader_with_his_states_delegation_and_an_arrival_after_a_finished_leg(extract: Extract) -> None:
    record = extract(
        "Vientiane (VNS) - National Assembly Chairman Vo Thanh and a high-ranking delegation of the "
        "Vietnamese legislature left Vientiane on January 22 morning, concluding a three-day official "
        "visit to Laos, and arrived in Phnom Penh later the same day to begin an official visit to Cambodia.",
        date(2026, 1, 22),
    )
    assert {p.name: p.country for p in record.persons}["Vo Thanh"] == "VNM"
    stays = {f.country: f.date for f in record.facts if f.type == "VISITED"}
    assert stays == {"LAO": "2026-01-20/2026-01-22", "KHM": "2026-01-22"}


def test_names_after_an_office_of_a_body_or_hon_and_the_sides_cross(extract: Extract) -> None:
    record = extract(
        "PRAGUE -- The Speaker of Ghana's Parliament, Joseph Mensah, is on a five-day official visit to the "
        "Czech Republic that began on Monday.\n\n"
        "On Tuesday, Mensah held talks with the President of the Chamber of Deputies, Vera Novakova, at the "
        "Thun Palace. The Ghanaian delegation included the Majority Chief Whip, Hon. Ama Owusu, and the "
        "Chairman of the Foreign Affairs Committee, Hon. Yakubu Issah. On the Czech side, the talks were "
        "attended by the chair of the friendship group, Lenka Dvorakova.",
        date(2023, 5, 12),
    )
    meetings = met(record)
    for guest in ("Joseph Mensah", "Ama Owusu", "Yakubu Issah"):
        for host in ("Vera Novakova", "Lenka Dvorakova"):
            assert frozenset({guest, host}) in meetings, (guest, host)
    assert frozenset({"Joseph Mensah", "Ama Owusu"}) not in meetings


def test_a_rank_before_a_name_set_off_after_an_office_is_no_part_of_it(extract: Extract) -> None:
    record = extract(
        "OUAGADOUGOU, Feb 20 -- The minister was received by the President of the Faso, Captain Ibrahim "
        "Sawadogo, at the presidential palace.",
        date(2026, 2, 20),
    )
    assert "Ibrahim Sawadogo" in {p.name for p in record.persons}


TRANSCRIPT = (
    "RABAT, 1 February 2024 -- Spanish Foreign Minister Ignacio Vallejo Moreno and Moroccan Foreign "
    "Minister Abdelilah Tazi Idrissi held a joint press conference in Rabat on Thursday.\n\n"
    "MINISTER VALLEJO MORENO: Thank you, Abdelilah. Yesterday I met the Head of Government, Mr. Karim "
    "Alaoui Fassi. On Tuesday I spoke by phone with the Algerian minister, Mr. Rachid Bouzidi Hamdane.\n\n"
    "QUESTION: Minister, did you meet the King?"
)


def test_the_first_person_in_a_transcript_turn_is_its_labelled_speaker(extract: Extract) -> None:
    record = extract(TRANSCRIPT, date(2024, 2, 1))
    found = {(f.type, frozenset(f.persons or [])): f.date for f in record.facts}
    assert found[("MET", frozenset({"Ignacio Vallejo Moreno", "Karim Alaoui Fassi"}))] == "2024-01-31"
    assert found[("CALLED", frozenset({"Ignacio Vallejo Moreno", "Rachid Bouzidi Hamdane"}))] == "2024-01-30"
    # the label names no new person and is no dateline
    assert {p.name for p in record.persons} == {
        "Ignacio Vallejo Moreno",
        "Abdelilah Tazi Idrissi",
        "Karim Alaoui Fassi",
        "Rachid Bouzidi Hamdane",
    }


def test_a_speaker_label_is_no_dateline_but_a_city_before_a_colon_is() -> None:
    assert strip_dateline("MINISTER VALLEJO MORENO: Thank you, Abdelilah.") == (
        "MINISTER VALLEJO MORENO: Thank you, Abdelilah.",
        None,
    )
    assert strip_dateline("DUBAI: The ruler received him.") == ("The ruler received him.", "Dubai")


def test_co_chairs_met_and_her_trip_is_hers_when_another_owns_the_cancelled_visit(extract: Extract) -> None:
    record = extract(
        "GABORONE, July 22 -- President Immanuel Shipanga's state visit to Botswana, which had been "
        "scheduled to start on Tuesday, has been postponed, but Foreign Minister Penda Amukwaya went ahead "
        "with her trip to Gaborone for a session of the joint commission.\n\n"
        "Amukwaya and Botswana's Minister of International Affairs, Dr Kagiso Molefe, co-chaired the "
        "session of the commission, which opened on Wednesday.",
        date(2022, 7, 22),
    )
    travelled = {f.person for f in record.facts if f.type == "VISITED" and f.status == "happened"}
    assert travelled == {"Penda Amukwaya"}
    assert frozenset({"Penda Amukwaya", "Kagiso Molefe"}) in met(record)


def test_an_agreement_named_by_a_noun_before_its_head_is_signed(extract: Extract) -> None:
    record = extract(
        "WASHINGTON, Oct 30 -- Secretary of State Daniel Whitby and Philippine Foreign Secretary Maria "
        "Lacson signed the minerals memorandum at the State Department after the talks.",
        date(2025, 10, 30),
    )
    signed = [f for f in record.facts if f.type == "SIGNED"]
    assert [(f.agreement, set(f.parties or [])) for f in signed] == [
        ("minerals memorandum", {"Daniel Whitby", "Maria Lacson"})
    ]


def test_a_delegation_head_reported_in_the_next_sentence_and_no_person_in_an_owned_office(
    extract: Extract,
) -> None:
    record = extract(
        "NAIROBI, Aug 18 -- President Daniel Kamau has held talks with a congressional delegation from the "
        "United States.\n\n"
        "In a statement on Thursday, Kamau said the delegation was led by visiting Ohio Senator Mark "
        "Fields.\n\n"
        "US Ambassador to Kenya Joan Wilder joined the meeting, which was held at Kamau's Karen office.",
        date(2022, 8, 18),
    )
    assert set(met(record)) == {
        frozenset({"Daniel Kamau", "Mark Fields"}),
        frozenset({"Daniel Kamau", "Joan Wilder"}),
    }
    assert "Karen" not in {p.name for p in record.persons}


def test_breakfast_with_a_king_and_days_spent_in_a_city(extract: Extract) -> None:
    record = extract(
        "LISBON, March 10 -- The tour began last Thursday with a brief stopover in Madrid, where Colombian "
        "President Juan Santos breakfasted with King Felipe VI before flying on to Germany.\n\n"
        "He spent Friday and Saturday in Berlin, where Chancellor Angela Merkel received him.",
        date(2016, 3, 10),
    )
    assert met(record)[frozenset({"Juan Santos", "Felipe VI"})] == "2016-03-03"
    assert "DEU" in {f.country for f in record.facts if f.type == "VISITED" and f.person == "Juan Santos"}


def test_every_official_greeting_a_delegation_after_by_met_its_head(extract: Extract) -> None:
    record = extract(
        "PYONGYANG, Sept 14 (KCNA) -- A delegation of the Cuban Ministry of Culture led by Vice-Minister "
        "Ernesto Valdes arrived here on Thursday.\n\n"
        "It was greeted at the airport by Ryom Song Chol, vice-minister of Foreign Affairs of the DPRK, and "
        "Kim Hye Song, director-general of a department of the Ministry.",
        date(2023, 9, 14),
    )
    assert set(met(record)) == {
        frozenset({"Ernesto Valdes", "Ryom Song Chol"}),
        frozenset({"Ernesto Valdes", "Kim Hye Song"}),
    }


def test_upon_arrival_the_guest_and_escort_were_welcomed_by_the_host(extract: Extract) -> None:
    record = extract(
        "RIYADH, Feb 2 -- Crown Prince Faisal bin Saud received Syrian President Karim Al-Hassan, who "
        "arrived in the Kingdom earlier in the day.\n\n"
        "Upon arrival at King Khalid International Airport, the Syrian President, accompanied by Foreign "
        "Minister Omar Al-Shami, was welcomed by the Deputy Governor of Riyadh Region, Prince Nawaf bin "
        "Turki.",
        date(2025, 2, 2),
    )
    meetings = met(record)
    assert frozenset({"Nawaf bin Turki", "Karim Al-Hassan"}) in meetings
    assert frozenset({"Nawaf bin Turki", "Omar Al-Shami"}) in meetings


def test_the_high_guest_is_the_visitor(extract: Extract) -> None:
    record = extract(
        "BISHKEK, March 25 -- Uzbek President Shavkat Aliyev arrived in Bishkek on Tuesday for a state "
        "visit. At Manas International Airport, the high guest was met by Chairman of the Cabinet of "
        "Ministers Adyl Kasymov.",
        date(2025, 3, 25),
    )
    assert frozenset({"Shavkat Aliyev", "Adyl Kasymov"}) in met(record)


def test_two_attendees_of_the_two_countries_sit_one_on_each_side(extract: Extract) -> None:
    record = extract(
        "BISHKEK, March 26 -- Kyrgyz President Sadyr Toktorov held talks with Uzbek President Shavkat "
        "Aliyev on Wednesday. The extended-format talks were attended by the Ministers of Foreign Affairs "
        "of the two countries, Zheenbek Asanov and Bakhtiyor Karimov, who is part of the official "
        "delegation.",
        date(2025, 3, 26),
    )
    assert set(met(record)) == {
        frozenset({"Sadyr Toktorov", "Shavkat Aliyev"}),
        frozenset({"Shavkat Aliyev", "Zheenbek Asanov"}),
        frozenset({"Sadyr Toktorov", "Bakhtiyor Karimov"}),
        frozenset({"Zheenbek Asanov", "Bakhtiyor Karimov"}),
    }
