"""Meetings whose people or sides are told over several sentences: a roll of envoys after a
relative clause, attendees after "they" restated the meeting, talks told before an earlier call,
and a holder named inside a long office.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.schema import ExtractionRecord

from .conftest import Extract

DAY = date(2025, 3, 12)


def pairs(record: ExtractionRecord, kind: str = "MET") -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == kind and f.status == "happened"}


def test_envoys_rolled_after_who_presented_their_credentials(extract: Extract) -> None:
    record = extract(
        "President Samia Lwazi today received the credentials of three new ambassadors at State House. "
        "The ambassadors who presented their credentials were: Ivan Petrov, Ambassador of Bulgaria; "
        "Lucia Ferraz, Ambassador of Portugal; and Tomas Novak, Ambassador of Slovakia.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Samia Lwazi", envoy}) for envoy in ("Ivan Petrov", "Lucia Ferraz", "Tomas Novak")
    }


def test_attendees_after_a_restated_meeting_meet_the_side_they_do_not_serve(extract: Extract) -> None:
    record = extract(
        "Omani Foreign Minister Salim Al Harthy received Kenyan Foreign Minister Grace Wanjiru in Muscat "
        "on Tuesday. During the meeting, they reviewed bilateral relations. In attendance were Omani "
        "Undersecretary Nasser Al Balushi and Kenya's Ambassador to Oman Peter Otieno.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Salim Al Harthy", "Grace Wanjiru"}),
        frozenset({"Grace Wanjiru", "Nasser Al Balushi"}),
        frozenset({"Salim Al Harthy", "Peter Otieno"}),
        # one attendee of each side: the two delegations met each other too (GUIDELINE)
        frozenset({"Nasser Al Balushi", "Peter Otieno"}),
    }


def test_talks_told_before_an_earlier_phone_call_stay_a_meeting(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Ana Ruiz held talks with her Chilean counterpart, Diego Soto, in Santiago on "
        "Tuesday. The two ministers had spoken by phone earlier this month.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Ana Ruiz", "Diego Soto"})}
    assert pairs(record, "CALLED") == {frozenset({"Ana Ruiz", "Diego Soto"})}


def test_the_holder_named_inside_a_long_office_is_the_subject(extract: Extract) -> None:
    record = extract(
        "Minister of State for Foreign Affairs Prince Faisal bin Nawaf Al Saud received at the ministry "
        "in Riyadh on Monday Jordan's Minister of Foreign Affairs Ayman Haddad. Later, Prince Faisal "
        "received a phone call from the foreign minister of Mali, Abdoulaye Keita.",
        DAY,
    )
    assert pairs(record) == {frozenset({"Faisal bin Nawaf Al Saud", "Ayman Haddad"})}
    assert pairs(record, "CALLED") == {frozenset({"Faisal bin Nawaf Al Saud", "Abdoulaye Keita"})}


def test_co_chairs_each_named_after_their_office_keep_their_own_state_and_trip(extract: Extract) -> None:
    record = extract(
        "The commission was co-chaired by Ghana's Minister of Foreign Affairs, Kofi Asante, and "
        "Togo's Minister of Trade, Komi Agbeko, who arrived in Accra on Sunday.",
        DAY,
    )
    states = {p.name: p.country for p in record.persons}
    assert states["Kofi Asante"] == "GHA" and states["Komi Agbeko"] == "TGO"
    assert {(f.person, f.country) for f in record.facts if f.type == "VISITED"} == {("Komi Agbeko", "GHA")}


def test_a_trip_told_with_its_companion_and_attendees_from_the_visiting_state(extract: Extract) -> None:
    record = extract(
        "The Minister of Foreign Affairs, International Trade and Worship, Lucia Mendez Ortiz, travelled "
        "to Lima on Monday, where she held a meeting with the Minister of Foreign Affairs of Peru, Jorge "
        "Salas. Accompanying the Minister was the Secretary of Economic Relations, Pablo Ibarra Luna. "
        "The Uruguayan Ambassador to Peru, Marta Sosa, also took part in the meeting.",
        DAY,
    )
    host = "Jorge Salas"  # the companion is not said to be at the meeting: no MET (guideline)
    assert pairs(record) == {frozenset({host, guest}) for guest in ("Lucia Mendez Ortiz", "Marta Sosa")}
    visits = {f.person for f in record.facts if f.type == "VISITED"}
    assert visits == {"Lucia Mendez Ortiz", "Pablo Ibarra Luna"}


def test_the_prime_minister_is_not_the_foreign_minister_who_came_along(extract: Extract) -> None:
    record = extract(
        "Kenyan Prime Minister Wanjiku Kamau arrived in Accra on Monday, accompanied by Kenya's Foreign "
        "Minister, Otieno Odhiambo. Odhiambo and Ghana's Foreign Minister, Kofi Boateng, signed a visa "
        "waiver agreement. Odhiambo said the visit opened a new chapter. On Tuesday, the prime minister "
        "travelled to Kumasi, where she met the regional minister, Yaw Mensah.",
        DAY,
    )
    assert frozenset({"Wanjiku Kamau", "Yaw Mensah"}) in pairs(record)
    assert ("Otieno Odhiambo", "KEN") not in {
        (f.person, f.country) for f in record.facts if f.type == "VISITED"
    }


def test_attendees_of_a_courtesy_call_meet_the_other_side_and_each_other(extract: Extract) -> None:
    record = extract(
        "Prime Minister Imran Qadir on Wednesday received Foreign Minister of Uzbekistan Bakhtiyor "
        "Nazarov, who called on him at the PM House. Federal Minister for Railways Asif Rana and "
        "Ambassador of Uzbekistan Aziz Karimov were also present during the meeting.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Imran Qadir", "Bakhtiyor Nazarov"}),
        frozenset({"Bakhtiyor Nazarov", "Asif Rana"}),
        frozenset({"Imran Qadir", "Aziz Karimov"}),
        frozenset({"Asif Rana", "Aziz Karimov"}),
    }


def test_a_dinner_for_the_delegation_meets_its_leader_and_members_listed_later(extract: Extract) -> None:
    record = extract(
        "The Fijian delegation, led by Permanent Secretary Jone Tabua, arrived in Port Vila on Monday. "
        "The delegation included the Commissioner Western, Sakiusa Rova. On Tuesday night, Vanuatu's "
        "Prime Minister Edwin Kalo hosted a dinner for the Fijian delegation.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Edwin Kalo", "Jone Tabua"}),
        frozenset({"Edwin Kalo", "Sakiusa Rova"}),
    }


def test_envoys_presenting_credentials_in_separate_ceremonies_do_not_meet_each_other(
    extract: Extract,
) -> None:
    record = extract(
        "Ambassador of Chile Pablo Rojas, Ambassador of Kenya Mary Otieno and Ambassador of Norway Lars "
        "Berg presented their letters of credence to President Elif Demir in separate ceremonies today.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Elif Demir", envoy}) for envoy in ("Pablo Rojas", "Mary Otieno", "Lars Berg")
    }


def test_a_meeting_attended_by_three_ministers_one_of_whom_flew_in_for_it(extract: Extract) -> None:
    record = extract(
        "ISLAMABAD: Foreign Minister Asif Rana returned on Monday from a two-day visit to Kabul. The "
        "trilateral meeting was held on Sunday at the Afghan foreign ministry and was attended by Mr Rana, "
        "the Afghan foreign minister Abdul Hadi Nasiri and Chinese Foreign Minister Liu Guowei, who flew in "
        "on Saturday night for the talks.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Asif Rana", "Abdul Hadi Nasiri"}),
        frozenset({"Asif Rana", "Liu Guowei"}),
        frozenset({"Abdul Hadi Nasiri", "Liu Guowei"}),
    }
    visits = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert visits == {("Asif Rana", "AFG"), ("Liu Guowei", "AFG")}
    assert {p.name: p.country for p in record.persons}["Abdul Hadi Nasiri"] == "AFG"


def test_a_ministry_release_with_numbered_paragraphs_and_roman_items(extract: Extract) -> None:
    record = extract(
        "1. External Affairs Minister Dr. R. K. Varma paid an official visit to Bhutan from 3-4 June 2024 "
        "at the invitation of the Foreign Minister of Bhutan, Hon'ble Ms. Pema Choden.\n\n"
        "2. EAM was accompanied by Foreign Secretary Shri V. N. Rao.\n\n"
        "3. EAM and Foreign Minister Choden co-chaired the Joint Commission in Thimphu on 3 June 2024. "
        "Foreign Secretary Rao was also present.\n\n"
        "4. Following the meeting, the following documents were signed:\n\n"
        "(i) Agreement on hydropower cooperation;\n(ii) MoU on digital payments;\n"
        "(iii) Letter of Exchange on a rail survey.\n\n"
        "5. On 4 June, EAM called on the Prime Minister of Bhutan, Mr. Tshering Dorji.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"R. K. Varma", "Pema Choden"}),
        frozenset({"V. N. Rao", "Pema Choden"}),
        frozenset({"R. K. Varma", "Tshering Dorji"}),
    }
    assert {f.agreement for f in record.facts if f.type == "SIGNED"} == {
        "Agreement on hydropower cooperation",
        "MoU on digital payments",
        "Letter of Exchange on a rail survey",
    }
    assert {p.name: p.country for p in record.persons}["Pema Choden"] == "BTN"


def test_both_sides_attendees_told_in_turn_meet_across(extract: Extract) -> None:
    record = extract(
        "President Ade Okafor on Thursday received the Vice-President of Ghana, Kojo Mensah, at the "
        "Presidential Villa. The meeting was attended by the Minister of Foreign Affairs, Musa Bello. "
        "On the Ghanaian side, Mensah was accompanied at the meeting by Ghana's Minister for Foreign "
        "Affairs, Ama Owusu.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Ade Okafor", "Kojo Mensah"}),
        frozenset({"Kojo Mensah", "Musa Bello"}),
        frozenset({"Ade Okafor", "Ama Owusu"}),
        frozenset({"Musa Bello", "Ama Owusu"}),
    }


def test_a_companion_on_the_visit_who_also_took_part_in_the_meeting_meets_the_hosts(extract: Extract) -> None:
    record = extract(
        "On Thursday the Holy Father received in audience H.E. Mr. Carlos Duarte, President of the "
        "Republic of Paraguay, who subsequently met with His Eminence Cardinal Pietro Valli, Secretary "
        "for Relations with States. President Duarte, who is on an official visit to Italy, was "
        "accompanied on the visit by the Minister of Foreign Affairs, Ms. Lucia Benitez, who also took "
        "part in the meeting at the Secretariat of State.",
        DAY,
    )
    assert pairs(record) == {
        frozenset({"Carlos Duarte", "Pietro Valli"}),
        frozenset({"Lucia Benitez", "Pietro Valli"}),
    }


def test_the_honourable_minister_of_a_numbered_release(extract: Extract) -> None:
    record = extract(
        "PRESS RELEASE\n\nThe Honourable Minister of Foreign Affairs, Ambassador Bello Yakubu Sani, on "
        "Tuesday held bilateral meetings in Nairobi, Kenya.\n\n2. The Honourable Minister, who arrived in "
        "Nairobi on Monday, was accompanied by the Honourable Minister of State for Foreign Affairs, "
        "Hajiya Amina Danjuma.\n\n3. The Honourable Minister met with the Minister of Foreign Affairs of "
        "the Republic of Kenya, H.E. Peter Kiprono.\n\n4. The Honourable Minister also met with the "
        "Minister of Foreign Affairs of the Republic of Uganda, H.E. Sarah Nambi.",
        DAY,
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Bello Yakubu Sani", "Peter Kiprono"}) in met
    assert frozenset({"Bello Yakubu Sani", "Sarah Nambi"}) in met
    titles = {p.name: p.title for p in record.persons}
    assert titles["Bello Yakubu Sani"] == "Minister of Foreign Affairs"


def test_an_arrival_told_in_an_aside_does_not_move_the_story_day(extract: Extract) -> None:
    record = extract(
        "The Foreign Minister, Bello Yakubu Sani, on Tuesday, 11 March 2025, held talks in Nairobi, "
        "Kenya.\n\nThe minister, who arrived in Nairobi on Monday, 10 March 2025, was accompanied by "
        "his deputy.\n\nThe minister met Kenyan Foreign Minister Peter Kiprono.",
        DAY,
    )
    met = [f for f in record.facts if f.type == "MET"]
    assert [f.date for f in met] == ["2025-03-11"]


def test_the_president_of_a_state_is_that_states_president(extract: Extract) -> None:
    record = extract(
        "Dushanbe, March 11 - President of Tajikistan Sadriddin Karimov and President of Uzbekistan "
        "Alisher Nazarov held talks on Tuesday.\n\nThe President of Uzbekistan arrived in Dushanbe on "
        "Monday on a two-day state visit.",
        DAY,
    )
    trips = {(f.person, f.country) for f in record.facts if f.type == "VISITED"}
    assert trips == {("Alisher Nazarov", "TJK")}


def test_ministers_who_joined_the_leaders_and_a_part_that_is_an_idiom(extract: Extract) -> None:
    record = extract(
        "Bogota - Colombian President Andrés Molina received Peruvian President Rosa Quintana on Monday. "
        "The two leaders met alone for an hour, before being joined by their foreign ministers, Colombia's "
        "Julián Restrepo Vega and Peru's Carla Mendoza Ríos.\n\nRestrepo Vega, for his part, recalled "
        "the visit of the Vice President of Chile to Bogota in May.",
        DAY,
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Andrés Molina", "Carla Mendoza Ríos"}) in met
    assert frozenset({"Rosa Quintana", "Julián Restrepo Vega"}) in met
    assert frozenset({"Julián Restrepo Vega", "Carla Mendoza Ríos"}) in met
    assert len(met) == 4


def test_the_demonym_minister_is_the_minister_not_the_deputy(extract: Extract) -> None:
    record = extract(
        "Turkish Foreign Minister Kerem Aydin and his Greek counterpart Nikos Petrou held talks in Ankara "
        "on Wednesday. Petrou, accompanied by Deputy Foreign Minister Eleni Raptis, arrived on Wednesday "
        "morning. Aydin said the two countries would expand trade. The Greek minister was later received "
        "by President Selim Demir. Raptis and Turkish Deputy Foreign Minister Cem Ozturk chaired a round "
        "of talks.",
        date(2023, 11, 8),
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Selim Demir", "Nikos Petrou"}) in met


def test_the_visiting_dignitary_is_the_visitor(extract: Extract) -> None:
    record = extract(
        "ISLAMABAD -- Uzbek Foreign Minister Bakhtiyor Saidov arrived in Islamabad on Friday on a two-day "
        "official visit. Saidov called on Prime Minister Anwar Kakar on Saturday.\n\nUpon his arrival at "
        "the airbase, the visiting dignitary was received by Additional Secretary Syed Ali Gillani.",
        date(2023, 12, 9),
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert frozenset({"Bakhtiyor Saidov", "Syed Ali Gillani"}) in met


def test_the_pair_is_the_two_just_named(extract: Extract) -> None:
    record = extract(
        "Foreign Minister Anna Lind and Defence Minister Kari Berg arrived in Vilnius on Tuesday. "
        "The pair met Lithuanian President Jonas Petraitis at the palace on Wednesday.",
        date(2023, 7, 12),
    )
    met = {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}
    assert {frozenset({"Anna Lind", "Jonas Petraitis"}), frozenset({"Kari Berg", "Jonas Petraitis"})} <= met
