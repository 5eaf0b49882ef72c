"""Extraction rules of session 21: whom people serve (companions of a leader named by office, long
offices before a delegation's head, bodies named after their state, hosts met abroad), readout pages
dated entry by entry, and credentials received from a list of envoys.

Every text is written for these tests (invented names, real states and capitals, news style).
"""

from __future__ import annotations

from datetime import date

from ingest.pipeline import extract_article
from ingest.schema import Article, ExtractionRecord

from .conftest import MODEL, Extract


def _met(record: ExtractionRecord) -> set[frozenset[str]]:
    return {frozenset(f.persons or []) for f in record.facts if f.type == "MET"}


def _states(record: ExtractionRecord) -> dict[str, str | None]:
    return {p.name: p.country for p in record.persons}


def _release(text: str, source: str, published: date) -> ExtractionRecord:
    article = Article(id="test-release", source=source, published=published, text=text)
    return extract_article(article, MODEL)


def test_two_ministers_who_had_met_before_serve_two_states(extract: Extract) -> None:
    text = (
        "Lima, May 14, 2025. The Minister of Foreign Affairs, Ana Lucia Torres Vega, held talks today with "
        "the Minister of Foreign Affairs of Ecuador, Luis Fernando Mena Ortiz, at the Torre Tagle Palace.\n\n"
        "Minister Torres Vega and Minister Mena Ortiz had already met in March in Panama."
    )
    states = _states(_release(text, "Ministerio de Relaciones Exteriores del Perú", date(2025, 5, 14)))
    assert states["Luis Fernando Mena Ortiz"] == "ECU"
    assert states["Ana Lucia Torres Vega"] != "ECU"


def test_companion_of_a_leader_named_by_a_capitalised_office(extract: Extract) -> None:
    text = (
        "Prime Minister of Mongolia D.Batbayar held talks yesterday with Prime Minister of the Republic "
        "of Kazakhstan Serik Zhumabayev, who is paying an official visit to Mongolia.\n\n"
        "The Kazakh Prime Minister, accompanied by Minister of Foreign Affairs Aidos Nurlanov, was "
        "welcomed at the airport by Deputy Prime Minister B.Ganzorig."
    )
    assert _states(extract(text, date(2025, 7, 9)))["Aidos Nurlanov"] == "KAZ"


def test_fronted_place_is_no_listed_name(extract: Extract) -> None:
    text = (
        "Foreign Minister Tan Wei Ming made an official visit to Cambodia on 10 March.\n\n"
        "In Phnom Penh, Minister Tan called on Prime Minister Sok Vanna on 10 March."
    )
    names = {p.name for p in extract(text, date(2026, 3, 12)).persons}
    assert not any(name.startswith("In ") for name in names)


def test_city_inside_a_compound_is_no_meeting_place(extract: Extract) -> None:
    text = (
        "On 11 March, Foreign Minister Tan Wei Ming held a meeting in Phnom Penh with Deputy Prime Minister "
        "Chea Sophal, with whom he co-chaired the 4th Singapore-Cambodia Bilateral Consultations."
    )
    meetings = [f for f in extract(text, date(2026, 3, 12)).facts if f.type == "MET"]
    assert meetings and all(f.place != "Singapore" for f in meetings)


def test_delegation_led_by_a_long_office_gives_its_state(extract: Extract) -> None:
    text = (
        "Mogadishu - The Minister of Foreign Affairs, Ahmed Nur Farah, held meetings at the ministry on "
        "Tuesday.\n\n"
        "At midday, the Minister met a Kenyan delegation led by the Principal Secretary of the State "
        "Department for Foreign Affairs, Grace Achieng Omondi, who arrived in Mogadishu on Monday."
    )
    assert _states(extract(text, date(2025, 7, 9)))["Grace Achieng Omondi"] == "KEN"


def test_a_style_inside_one_name_is_not_that_person_before_another_name(extract: Extract) -> None:
    text = (
        "Mogadishu - The Minister of Foreign Affairs, Abdirahman Sheikh Ali Hassan, held meetings in "
        "Mogadishu on Tuesday.\n\n"
        "Minister Hassan received a copy of the credentials of the new Ambassador of the State of Qatar "
        "to Somalia, Sheikh Nasser bin Khalid Al Thani."
    )
    states = _states(extract(text, date(2025, 7, 9)))
    assert states["Nasser bin Khalid Al Thani"] == "QAT"
    assert states["Abdirahman Sheikh Ali Hassan"] != "QAT"


def test_next_item_of_a_signers_list_keeps_its_own_state(extract: Extract) -> None:
    text = (
        "The Prime Minister of Nepal, Hari Bahadur Thapa, is on an official visit to India.\n\n"
        "The treaty was signed by Shri Rohan Khanna, Foreign Secretary, and Shri Bikash Koirala, Foreign "
        "Secretary of Nepal."
    )
    states = _states(extract(text, date(2025, 6, 4)))
    assert states["Bikash Koirala"] == "NPL"
    assert states.get("Rohan Khanna") != "NPL"


def test_body_named_after_its_state_gives_the_state(extract: Extract) -> None:
    text = (
        "The memorandum on digital payments was signed by Shri Arjun Mehra, Deputy Governor, Reserve Bank "
        "of India, and Dr. Sushil Adhikari, Deputy Governor, Nepal Rastra Bank."
    )
    states = _states(extract(text, date(2025, 6, 4)))
    assert states["Sushil Adhikari"] == "NPL"
    assert states["Arjun Mehra"] == "IND"


def test_counterpart_in_a_story_filed_from_a_third_capital(extract: Extract) -> None:
    text = (
        "SEOUL, Jan. 24 (Yonhap) -- Foreign Minister Park Ji-hoon held talks with his Japanese "
        "counterpart, Hiroshi Tanaka, in Tokyo on Thursday, the ministry said.\n\n"
        "Park arrived in Tokyo on Wednesday on the first leg of a trip that will also take him to the "
        "Philippines. He is scheduled to leave for Manila on Saturday for talks with Philippine Foreign "
        "Secretary Ramon Dizon. In Manila he will also visit the Philippine Senate."
    )
    assert _states(extract(text, date(2025, 1, 24)))["Park Ji-hoon"] == "KOR"


def test_host_met_abroad_in_a_sentence_that_names_no_place() -> None:
    text = (
        "Minister for Foreign Affairs Lim Boon Keng made an official visit to Cambodia from 10 to 11 "
        "March 2026.\n\n"
        "In Phnom Penh, Minister Lim called on Prime Minister Sok Vanna on 10 March. Minister Lim also "
        "attended a working dinner hosted by Senate President Chan Dara."
    )
    record = _release(text, "Ministry of Foreign Affairs, Singapore (press release)", date(2026, 3, 12))
    assert _states(record)["Chan Dara"] == "KHM"


def test_envoy_at_talks_abroad_is_the_visitors_own(extract: Extract) -> None:
    text = (
        "By HT Correspondent, New Delhi\n\n"
        "Minister of State for External Affairs Ravi Shankar Iyer returned from a two-day visit to "
        "Bangladesh on Monday, during which he held talks with Bangladesh Foreign Minister Mahbubul Alam.\n\n"
        "In Dhaka, Iyer held talks with Alam on Sunday on connectivity between India and Bangladesh. High "
        "Commissioner Suresh Menon was also present at the talks."
    )
    record = _release(text, "Hindustan Times", date(2023, 12, 5))
    assert _states(record)["Suresh Menon"] == "IND"
    assert frozenset({"Suresh Menon", "Mahbubul Alam"}) in _met(record)


def test_credentials_of_envoys_listed_after_a_colon(extract: Extract) -> None:
    text = (
        "The President of the Republic, Paul Mercier, received on Wednesday 3 December the letters of "
        "credence of three new ambassadors accredited to France:\n"
        "- H.E. Ms. Tran Thi Lan, Ambassador of the Socialist Republic of Vietnam;\n"
        "- H.E. Mr. Diego Herrera Salas, Ambassador of the Republic of Chile;\n"
        "- H.E. Ms. Abena Owusu, Ambassador of the Republic of Ghana.\n\n"
        "The ceremony took place at the Elysee Palace."
    )
    pairs = _met(extract(text, date(2025, 12, 5)))
    for envoy in ("Tran Thi Lan", "Diego Herrera Salas", "Abena Owusu"):
        assert frozenset({"Paul Mercier", envoy}) in pairs


def test_readout_page_dates_each_entry_by_its_heading(extract: Extract) -> None:
    text = (
        "October 22, 2024, Kazan\n"
        "Meeting with Prime Minister of India\n"
        "Vladimir Sokolov held talks with Prime Minister of India Rajesh Kulkarni, who arrived in Kazan for "
        "the BRICS summit.\n\n"
        "October 23, 2024, Kazan\n"
        "Russian-Iranian talks\n"
        "Vladimir Sokolov held talks with President of the Islamic Republic of Iran Hossein Karimi. "
        "Following the talks, the two presidents signed a treaty on comprehensive strategic partnership.\n\n"
        "October 21, 2024\n"
        "Telephone conversation\n"
        "Vladimir Sokolov had a telephone conversation with President of Brazil Marcos Tavares."
    )
    record = extract(text, date(2024, 10, 24))
    dated = {(f.type, frozenset(f.persons or f.parties or [])): f.date for f in record.facts}
    assert dated[("MET", frozenset({"Vladimir Sokolov", "Rajesh Kulkarni"}))] == "2024-10-22"
    assert dated[("MET", frozenset({"Vladimir Sokolov", "Hossein Karimi"}))] == "2024-10-23"
    assert dated[("SIGNED", frozenset({"Vladimir Sokolov", "Hossein Karimi"}))] == "2024-10-23"
    assert dated[("CALLED", frozenset({"Vladimir Sokolov", "Marcos Tavares"}))] == "2024-10-21"


def test_who_returned_home_from_abroad_serves_the_outlets_state() -> None:
    text = (
        "PRIME Minister Ratu Peni Waqa returned home on Tuesday night from Honiara, Solomon Islands, where "
        "he attended a regional leaders' summit.\n\n"
        "He was accompanied by Assistant Minister for Foreign Affairs Litia Naivalu.\n\n"
        "On Sunday, the Prime Minister held bilateral talks with his host, Solomon Islands Prime Minister "
        "John Maneka."
    )
    record = _release(text, "The Fiji Times", date(2025, 8, 28))
    states = _states(record)
    assert states["Peni Waqa"] == "FJI"
    assert states["Litia Naivalu"] == "FJI"
    assert {p.title for p in record.persons if p.name == "Peni Waqa"} == {"Prime Minister"}


def test_guest_going_home_from_a_visit_to_the_outlets_state_keeps_no_such_state() -> None:
    text = (
        "Pyongyang, September 15 (KCNA) -- A delegation of the Vietnam-DPRK Friendship Association headed "
        "by its president Nguyen Van Thanh returned home on Wednesday, wrapping up its six-day visit to "
        "the DPRK."
    )
    record = _release(text, "KCNA", date(2023, 9, 15))
    assert _states(record).get("Nguyen Van Thanh") != "PRK"


def test_envoy_for_a_state_does_not_serve_it(extract: Extract) -> None:
    text = (
        "KABUL: Foreign Minister Imran Qadir arrived here on Tuesday on a two-day visit, accompanied by "
        "Special Representative for Afghanistan Ambassador Tariq Mahmood and Commerce Secretary Sana Javed."
    )
    states = _states(_release(text, "Dawn", date(2025, 8, 21)))
    assert states["Tariq Mahmood"] != "AFG"
    assert states["Imran Qadir"] != "AFG"


def test_counterparts_of_two_states_name_neither_as_the_subjects(extract: Extract) -> None:
    text = (
        "KABUL: Foreign Minister Imran Qadir on Wednesday signed a railway framework agreement with his "
        "Afghan and Uzbek counterparts.\n\n"
        "Mr Qadir arrived here on Tuesday evening on a two-day visit. On Wednesday, Qadir held talks "
        "with Afghan acting foreign minister Abdul Karim Rahimi. Uzbek Foreign Minister "
        "Bakhtiyor Saidov, who arrived in Kabul on Wednesday, joined them for the trilateral meeting. "
        "Afghanistan and Uzbekistan pledged to finish the line, Afghanistan said."
    )
    states = _states(_release(text, "Dawn", date(2025, 8, 21)))
    assert states["Imran Qadir"] not in ("AFG", "UZB")


def test_capital_closed_by_a_full_stop_is_a_dateline() -> None:
    text = (
        "DAR ES SALAAM. PRESIDENT Amani Juma returned home on Tuesday evening from Mozambique, where she "
        "had been on a three-day state visit since Sunday."
    )
    record = _release(text, "The Citizen", date(2025, 6, 12))
    assert _states(record)["Amani Juma"] == "TZA"
    assert not any(p.name.startswith("DAR") for p in record.persons)


def test_dateline_in_a_town_of_the_gazetteer(extract: Extract) -> None:
    text = (
        "PETALING JAYA: Foreign Minister Datuk Seri Azlan Hashim has concluded a three-day working visit "
        "to Thailand that began on Sunday.\n\n"
        "Azlan was accompanied by Deputy Foreign Minister Datuk Lee Chong Wai.\n\n"
        "On Monday, Azlan held the annual consultation with Thai Foreign Minister Somsak Wongchai in Bangkok."
    )
    states = _states(_release(text, "The Star", date(2024, 8, 29)))
    assert states["Azlan Hashim"] == "MYS"
    assert states["Lee Chong Wai"] == "MYS"


def test_their_foreign_ministers_are_one_of_each_side(extract: Extract) -> None:
    text = (
        "President Lucas Ferrari travelled to Santiago on Thursday for a one-day visit to Chile.\n\n"
        "He was received at La Moneda palace by his Chilean counterpart Sofia Reyes. The two leaders then "
        "met alone for an hour, before being joined by their foreign ministers, Pablo Costa and Marta "
        "Fuentes."
    )
    pairs = _met(_release(text, "Buenos Aires Times", date(2025, 6, 6)))
    assert frozenset({"Pablo Costa", "Marta Fuentes"}) in pairs
    # each minister sat with one leader and met the other one
    for minister in ("Pablo Costa", "Marta Fuentes"):
        leaders_met = {p for pair in pairs if minister in pair for p in pair} & {
            "Lucas Ferrari",
            "Sofia Reyes",
        }
        assert len(leaders_met) == 1
    assert (
        frozenset({"Lucas Ferrari", "Pablo Costa"}) in pairs
        or frozenset({"Lucas Ferrari", "Marta Fuentes"}) in pairs
    )


def test_a_visit_being_discussed_is_no_visit(extract: Extract) -> None:
    text = (
        "A visit by President Sofia Reyes to Buenos Aires is being discussed for the second half of the "
        "year, diplomatic sources said."
    )
    record = extract(text, date(2025, 6, 6))
    assert not [f for f in record.facts if f.type == "VISITED" and f.status == "happened"]


def test_small_capitals_locate_visits(extract: Extract) -> None:
    text = "Foreign Minister Hamish Doyle arrived in Alofi on Sunday for a two-day visit."
    visits = [f for f in extract(text, date(2024, 2, 14)).facts if f.type == "VISITED"]
    assert [(v.person, v.country) for v in visits] == [("Hamish Doyle", "NIU")]


def test_first_word_of_a_states_name_is_no_person(extract: Extract) -> None:
    text = "On Saturday Foreign Minister Hamish Doyle met Cook Islands Prime Minister Mere Tangata in Avarua."
    record = extract(text, date(2024, 2, 14))
    assert {p.name for p in record.persons} == {"Hamish Doyle", "Mere Tangata"}
    assert _met(record) == {frozenset({"Hamish Doyle", "Mere Tangata"})}


def test_travelling_with_a_visitor_is_a_companion_on_the_trip(extract: Extract) -> None:
    text = (
        "Mr Doyle, travelling with Associate Foreign Minister Ruth Kerr, arrived in Apia on Friday for a "
        "two-day visit."
    )
    visits = [f for f in extract(text, date(2024, 2, 14)).facts if f.type == "VISITED"]
    assert {(v.person, v.country) for v in visits} == {("Doyle", "WSM"), ("Ruth Kerr", "WSM")}


def test_saint_inside_a_name_and_a_saint_state(extract: Extract) -> None:
    text = (
        "Cuban Foreign Minister Ernesto Lazo held talks on Saturday with the Minister of Foreign Affairs "
        "of Barbados, Dwight St. Clair Greaves, in Bridgetown.\n\n"
        "Greaves thanked Cuba for its doctors. St. Lucia is the next stop."
    )
    names = {p.name for p in extract(text, date(2024, 5, 22)).persons}
    assert names == {"Ernesto Lazo", "Dwight St. Clair Greaves"}


def test_the_same_evening_is_the_day_just_told(extract: Extract) -> None:
    text = (
        "External Affairs Minister Arjun Rao returned to New Delhi on Wednesday night after visits to "
        "Sri Lanka and the Maldives.\n\n"
        "Mr. Rao arrived in Colombo on Sunday on a two-day visit.\n\n"
        "The same evening he held talks with Sri Lankan Foreign Minister Nimal Perera. Mr. Rao and Mr. "
        "Perera had last met in New York in September."
    )
    record = extract(text, date(2026, 10, 9))
    met = [f for f in record.facts if f.type == "MET"]
    assert [f.date for f in met] == ["2026-10-04"]


def test_in_which_clause_with_a_list_of_attendees(extract: Extract) -> None:
    text = (
        "Mr. Rao arrived in Colombo on Sunday on a two-day visit, accompanied by Foreign Secretary Meera "
        "Iyer and Joint Secretary Vikram Sethi. The same evening he held talks with Sri Lankan Foreign "
        "Minister Nimal Perera, in which Ms. Iyer, Mr. Sethi and Sri Lanka's Foreign Secretary Kamal "
        "Silva took part."
    )
    pairs = _met(extract(text, date(2026, 10, 9)))
    for guest in ("Meera Iyer", "Vikram Sethi"):
        assert frozenset({guest, "Nimal Perera"}) in pairs
        assert frozenset({guest, "Kamal Silva"}) in pairs
    assert frozenset({"Meera Iyer", "Vikram Sethi"}) not in pairs


def test_head_of_the_presidents_office_is_not_the_president(extract: Extract) -> None:
    text = (
        "President of Ukraine Ivan Marchenko met with a delegation of the US Congress in Kyiv.\n\n"
        "Also taking part in the meeting was Head of the Office of the President Petro Hnatiuk.\n\n"
        "The President also held a phone conversation with President of Finland Mikko Laine."
    )
    calls = [f for f in extract(text, date(2026, 11, 27)).facts if f.type == "CALLED"]
    assert [set(f.persons or []) for f in calls] == [{"Ivan Marchenko", "Mikko Laine"}]


def test_since_taking_office_in_a_month_does_not_date_the_visit(extract: Extract) -> None:
    text = "Foreign Secretary Maria Santos is on her first visit to Japan since taking office in January."
    visits = [f for f in extract(text, date(2026, 6, 5)).facts if f.type == "VISITED"]
    assert [v.date for v in visits] == ["2026-06-05"]


def test_office_qualified_in_parentheses_keeps_the_name_whole(extract: Extract) -> None:
    text = (
        "Foreign Secretary Md Rafiqul Alam led the Bangladesh side in Kathmandu on Monday. Director "
        "General (South Asia) Nasreen Akter Khan, who accompanied the foreign secretary, was on the "
        "Bangladesh side of the table."
    )
    people = {p.name: p.title for p in extract(text, date(2025, 3, 27)).persons}
    assert people.get("Nasreen Akter Khan") == "Director General"
    assert people.get("Md Rafiqul Alam") == "Foreign Secretary"


def test_companion_after_a_parenthesised_office_made_the_trip(extract: Extract) -> None:
    text = (
        "Mr. Prabhakar arrived in Colombo on Sunday, accompanied by Foreign Secretary Anjali Deshpande "
        "and Joint Secretary (Indian Ocean Region) Karan Mehta Bose."
    )
    visits = {f.person for f in extract(text, date(2026, 10, 9)).facts if f.type == "VISITED"}
    assert {"Anjali Deshpande", "Karan Mehta Bose"} <= visits


def test_the_two_foreign_ministers_are_not_the_trade_minister(extract: Extract) -> None:
    text = (
        "Accra, Aug. 24, GNA - The Ivorian Minister of Foreign Affairs, Mr Jean Kouame, held talks in "
        "Accra on Tuesday with Ghana's Minister for Foreign Affairs, Mrs Efua Mensah. Ghana's Minister "
        "for Trade and Industry, Mr Kofi Boateng, also took part in the deliberations.\n\n"
        "The three memoranda, signed by the two Foreign Ministers, cover trade, rivers and cocoa."
    )
    signed = [f for f in extract(text, date(2023, 8, 24)).facts if f.type == "SIGNED"]
    assert signed and all("Kofi Boateng" not in (f.parties or []) for f in signed)
