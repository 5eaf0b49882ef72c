"""Sides listed by state after a meeting told without its people, sides "represented by" their
people, a visitor named after a long invitation lead, and Mongolian names with a glued initial.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2025, 6, 12)


def met(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}


def test_two_sides_listed_after_a_meeting_of_states_met_each_other(extract: Extract) -> None:
    record = extract(
        "Kenya and Oman held the third session of their joint commission in Nairobi on Tuesday. "
        "The Kenyan side included Cabinet Secretary Peter Wanjala and Principal Secretary Ruth Achieng. "
        "The Omani delegation comprised Minister of Commerce Salim Al Harthy.",
        DAY,
    )
    pairs = met(record)
    assert frozenset({"Peter Wanjala", "Salim Al Harthy"}) in pairs
    assert frozenset({"Ruth Achieng", "Salim Al Harthy"}) in pairs
    # members of one side did not "meet" each other
    assert frozenset({"Peter Wanjala", "Ruth Achieng"}) not in pairs


def test_a_host_side_represented_by_its_people_met_the_visiting_delegation(extract: Extract) -> None:
    record = extract(
        "A delegation led by Mongolian Foreign Minister Bold Ganbaatar arrived in Astana on Monday. "
        "The Kazakh side was represented by Deputy Foreign Minister Yerlan Nurpeisov.",
        DAY,
    )
    assert frozenset({"Bold Ganbaatar", "Yerlan Nurpeisov"}) in met(record)


def test_one_side_listed_alone_meets_nobody(extract: Extract) -> None:
    record = extract(
        "Ghana hosted a trade forum in Accra on Tuesday. "
        "The Ghanaian side included Trade Minister Kofi Mensah and Finance Minister Ama Owusu.",
        DAY,
    )
    assert met(record) == set()


def test_the_visitor_after_a_long_invitation_lead_is_the_subject(extract: Extract) -> None:
    record = extract(
        "At the invitation of Saleumxay Vongkham, Deputy Prime Minister and Minister of Foreign Affairs "
        "of the Lao PDR, Nguyen Minh Tuan, Deputy Prime Minister and Minister of Foreign Affairs of "
        "Vietnam, is paying an official visit to Laos from June 10 to 12.",
        DAY,
    )
    visits = [f for f in record.facts if f.type == "VISITED"]
    assert [(f.person, f.country) for f in visits] == [("Nguyen Minh Tuan", "LAO")]
    people = {p.name: p for p in record.persons}
    # the host's office, told right after the host, is not the visitor's
    assert people["Nguyen Minh Tuan"].country == "VNM"


def test_the_two_deputy_prime_ministers_are_the_pair_just_named(extract: Extract) -> None:
    record = extract(
        "Deputy Prime Minister Ivan Petrenko of Ukraine met Deputy Prime Minister Tomas Novak of the "
        "Czech Republic in Prague on Monday. "
        "On Tuesday the two Deputy Prime Ministers signed a memorandum on energy cooperation.",
        DAY,
    )
    signings = [f for f in record.facts if f.type == "SIGNED"]
    assert signings
    assert set(signings[0].parties or []) == {"Ivan Petrenko", "Tomas Novak"}


def test_a_glued_initial_name_needs_no_title(extract: Extract) -> None:
    record = extract(
        "Kazakh Foreign Minister Yerlan Nurpeisov held talks with D.Batzorig in Astana on Thursday.",
        DAY,
    )
    assert frozenset({"Yerlan Nurpeisov", "D.Batzorig"}) in met(record)


def test_a_given_name_before_a_glued_initial_is_part_of_the_name(extract: Extract) -> None:
    record = extract(
        "Chinese Foreign Minister Wang Tao received Mr. Kanat Ts.Abdrakhmanov in Beijing on Friday.",
        DAY,
    )
    names = {p.name for p in record.persons}
    assert "Kanat Ts.Abdrakhmanov" in names


def test_each_delegation_meets_the_other_side_by_the_state_its_people_serve(extract: Extract) -> None:
    record = extract(
        "At the invitation of H.E. Anouvong Sitthideth, Deputy Prime Minister and Minister of Foreign "
        "Affairs of the Lao PDR, H.E. Chea Sokha, Deputy Prime Minister and Minister of Foreign Affairs "
        "of the Kingdom of Cambodia, is paying an official visit to the Lao PDR from 10 to 12 June 2025. "
        "On 11 June 2025, the two Deputy Prime Ministers co-chaired the 9th Meeting of the Joint "
        "Commission in Vientiane. The Cambodian delegation included H.E. Meas Vanna, Secretary of State. "
        "The Lao delegation included H.E. Bounmy Keola, Vice Minister of Foreign Affairs.",
        DAY,
    )
    pairs = met(record)
    assert frozenset({"Chea Sokha", "Bounmy Keola"}) in pairs
    assert frozenset({"Meas Vanna", "Bounmy Keola"}) in pairs
    assert frozenset({"Anouvong Sitthideth", "Meas Vanna"}) in pairs
    # the host's own vice minister is on his side of the table
    assert frozenset({"Anouvong Sitthideth", "Bounmy Keola"}) not in pairs


def test_people_on_a_side_and_a_side_led_by_one_that_included_others(extract: Extract) -> None:
    record = extract(
        "Thai Minister of Interior Somchai Rattana is on a working visit to Malaysia from June 9 to 11 at "
        "the invitation of Home Minister Azlan Hamid. On Tuesday, the two ministers co-chaired talks in "
        "Putrajaya. On the Malaysian side were Deputy Minister Faridah Osman and Director Kamal Yusof.",
        DAY,
    )
    assert frozenset({"Somchai Rattana", "Faridah Osman"}) in met(record)
    assert frozenset({"Somchai Rattana", "Kamal Yusof"}) in met(record)
    record = extract(
        "Kenyan Foreign Minister Jane Mwangi, who arrived on Monday, held delegation-level talks on "
        "Tuesday in Accra. The Ghanaian side was led by Foreign Minister Kwame Asante and included "
        "Minister for Railways Kofi Boateng.",
        DAY,
    )
    assert frozenset({"Jane Mwangi", "Kofi Boateng"}) in met(record)


def test_ministers_who_sat_across_the_table_from_others_met_them(extract: Extract) -> None:
    record = extract(
        "Japanese Foreign Minister Kenji Mori sat across the table from Secretary of Foreign Affairs "
        "Maria Cruz in Manila on Wednesday.",
        DAY,
    )
    assert frozenset({"Kenji Mori", "Maria Cruz"}) in met(record)


def test_a_state_represented_by_its_people_is_a_side_met_where_the_meeting_was(extract: Extract) -> None:
    record = extract(
        "The joint commission on the gas pipeline met in Accra on Monday. The Nigerian delegation "
        "comprised Minister of State for Petroleum Musa Bello. Ghana was represented by the Minister of "
        "Energy, Kofi Adjei.",
        DAY,
    )
    talks = next(f for f in record.facts if f.type == "MET")
    assert set(talks.persons or []) == {"Musa Bello", "Kofi Adjei"}
    assert (talks.place, talks.country) == ("Accra", "GHA")


def test_a_state_represented_at_a_forum_is_no_side_of_other_talks(extract: Extract) -> None:
    record = extract(
        "South Korean Foreign Minister Cho Min-jae held talks with Philippine Foreign Secretary Ramon "
        "Lim on Friday. North Korea was represented at the forum by its ambassador, Ri Chol-man, "
        "instead of Foreign Minister Pak Song-il.",
        DAY,
    )
    assert met(record) == {frozenset({"Cho Min-jae", "Ramon Lim"})}


def test_a_new_round_of_talks_closes_the_sides_of_the_welcome(extract: Extract) -> None:
    record = extract(
        "The State Minister of Foreign Affairs of Bangladesh, Md. Kamal Hossain Mridha, paid an official "
        "visit to Sri Lanka from 9 to 11 June 2025. On arrival at the airport on 9 June, the delegation "
        "was received by State Minister Nimal Perera. The fourth round of Foreign Office Consultations "
        "was held on 10 June in Colombo. The Bangladesh delegation was led by the State Minister and "
        "comprised Foreign Secretary Rafiq Alam. The Sri Lanka delegation was led by Minister Sunil "
        "Fernando and included Foreign Secretary Asoka Silva.",
        DAY,
    )
    pairs = met(record)
    assert frozenset({"Md. Kamal Hossain Mridha", "Nimal Perera"}) in pairs
    assert frozenset({"Rafiq Alam", "Asoka Silva"}) in pairs
    assert frozenset({"Rafiq Alam", "Sunil Fernando"}) in pairs
    # the welcome's host is no side of the consultations
    assert frozenset({"Nimal Perera", "Sunil Fernando"}) not in pairs
    assert frozenset({"Nimal Perera", "Asoka Silva"}) not in pairs
    people = {p.name: p for p in record.persons}
    assert people["Md. Kamal Hossain Mridha"].title == "State Minister of Foreign Affairs"


def test_the_state_minister_is_never_the_minister(extract: Extract) -> None:
    record = extract(
        "Kamal Mridha, State Minister of Foreign Affairs of Bangladesh, arrived in Colombo on Monday at "
        "the invitation of Foreign Minister Sunil Fernando. On Tuesday the State Minister called on "
        "President Ranjith Silva.",
        DAY,
    )
    assert frozenset({"Kamal Mridha", "Ranjith Silva"}) in met(record)
    assert frozenset({"Sunil Fernando", "Ranjith Silva"}) not in met(record)


def test_the_meeting_retold_keeps_its_sides(extract: Extract) -> None:
    record = extract(
        "Iranian Foreign Minister Reza Karimi held talks with Turkish President Ali Demir in Ankara on "
        "Wednesday. The meeting took place at the Presidential Complex. Deputy Foreign Minister Hamid "
        "Sadeghi also attended the meeting.",
        DAY,
    )
    assert frozenset({"Ali Demir", "Hamid Sadeghi"}) in met(record)


def test_the_two_deputy_prime_ministers_are_the_deputies_not_the_last_two_named(extract: Extract) -> None:
    record = extract(
        "At the invitation of H.E. Anouvong Sitthideth, Deputy Prime Minister and Minister of Foreign "
        "Affairs of the Lao PDR, H.E. Chea Sokha, Deputy Prime Minister and Minister of Foreign Affairs "
        "of the Kingdom of Cambodia, is paying an official visit to the Lao PDR from 10 to 12 June 2025. "
        "The Lao delegation included H.E. Bounmy Keola, Vice Minister of Foreign Affairs, and Mr. "
        "Somphet Vilay, Director-General of the Department of Asian Affairs. Following the talks, the two "
        "Deputy Prime Ministers signed the Agreed Minutes.",
        DAY,
    )
    signing = next(f for f in record.facts if f.type == "SIGNED")
    assert set(signing.parties or []) == {"Anouvong Sitthideth", "Chea Sokha"}
    assert frozenset({"Bounmy Keola", "Somphet Vilay"}) not in met(record)
    assert frozenset({"Chea Sokha", "Somphet Vilay"}) in met(record)


def test_the_guest_received_on_the_occasion_of_his_visit_made_the_trip(extract: Extract) -> None:
    record = extract(
        "Doha, June 5 (QNA) - His Highness the Deputy Amir Sheikh Hamad bin Nasser Al Thani received at "
        "the Amiri Diwan this morning H.E. Mr. Park Min-ho, Speaker of the National Assembly of the "
        "Republic of Korea, and his accompanying delegation, on the occasion of his official visit to "
        "the country. The meeting was attended by H.E. Speaker of the Shura Council Mr. Khalid bin Saad "
        "Al Marri, and by members of the Korean delegation, including National Assembly members Kim "
        "Ji-won and Choi Hyun-soo.",
        DAY,
    )
    visits = [(f.person, f.country) for f in record.facts if f.type == "VISITED"]
    assert visits == [("Park Min-ho", "QAT")]
    pairs = met(record)
    assert frozenset({"Park Min-ho", "Khalid bin Saad Al Marri"}) in pairs
    assert frozenset({"Hamad bin Nasser Al Thani", "Kim Ji-won"}) in pairs
    # members of the guest's own delegation did not "meet" him
    assert frozenset({"Park Min-ho", "Kim Ji-won"}) not in pairs


def test_sides_listed_at_the_table_include_the_visitor(extract: Extract) -> None:
    record = extract(
        "Chilean President Ana Ortiz arrived in Rome on Monday for a three-day state visit. Talks at "
        "the Quirinale have begun. The Chilean side includes Foreign Minister Pablo Reyes, who is "
        "travelling with Ortiz. Around the table for Italy: President Marco Bellini and Foreign "
        "Minister Giulia Conti.",
        DAY,
    )
    pairs = met(record)
    assert frozenset({"Ana Ortiz", "Marco Bellini"}) in pairs
    assert frozenset({"Pablo Reyes", "Giulia Conti"}) in pairs
    assert frozenset({"Ana Ortiz", "Pablo Reyes"}) not in pairs


def test_a_state_owning_a_name_is_no_title(extract: Extract) -> None:
    record = extract(
        "Indonesian Foreign Minister Sri Lestari welcomed Thailand's Somchai Boonmee in Jakarta on Tuesday.",
        DAY,
    )
    people = {p.name: p for p in record.persons}
    assert (people["Somchai Boonmee"].title, people["Somchai Boonmee"].country) == (None, "THA")
