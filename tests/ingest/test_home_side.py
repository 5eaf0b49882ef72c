"""The home side of a story: the dateline's state, or a national outlet's, for bare officials (our texts)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.clean import clean_text, strip_dateline
from ingest.outlets import outlet_state
from ingest.pipeline import extract_article
from ingest.schema import Article
from tests.ingest.conftest import MODEL, Extract


def states(text: str, source: str | None = None) -> dict[str, str | None]:
    article = Article(id="home-side", source=source, published=date(2024, 5, 2), text=text)
    return {p.name: p.country for p in extract_article(article, MODEL).persons}


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Addis Ababa March 3/2021 (ENA) Ethiopia and Kenya signed two accords today.", "Addis Ababa"),
        ("Addis Ababa, July 9/2023 (ENA) - The Prime Minister opened the forum.", "Addis Ababa"),
        ("Astana (dpa) - The Chancellor flew home on Tuesday.", "Astana"),
        ("Tehran, IRNA -- The Foreign Minister left for Muscat.", "Tehran"),
        ("ROME, 14 FEB - The Premier travelled to Tunis on Saturday.", "Rome"),
        ("NAIROBI, Kenya, Mar 4 – The President hosted his guest.", "Nairobi"),
        ("Brasília - The President returned on Tuesday night.", "Brasília"),
        ("Dubai: The Minister of State arrived in Nairobi last night.", "Dubai"),
        ("YEREVAN, MAY 11, ARMENPRESS. The Foreign Minister postponed his trip.", "Yerevan"),
    ],
)
def test_agency_datelines(line: str, place: str) -> None:
    assert strip_dateline(line)[1] == place


@pytest.mark.parametrize(
    "line",
    [
        "Moscow said on Tuesday it would reply.",
        "London, Paris and Berlin agreed on a text.",
        "Beijing. The talks",
    ],
)
def test_no_dateline_in_ordinary_sentences(line: str) -> None:
    assert strip_dateline(line)[1] is None


@pytest.mark.parametrize(
    ("source", "state"),
    [
        ("Yonhap News Agency", "KOR"),
        ("The Korea Herald (Yonhap)", "KOR"),
        ("Some Portal (Reuters)", None),
        ("Reuters", None),
        ("Ministry of Foreign Affairs, Singapore", "SGP"),
        ("Kenya Broadcasting Corporation (KBC)", "KEN"),
        ("A Blog Nobody Knows", None),
        ("Bangkok Post", "THA"),
        ("The Times of Israel", "ISR"),
        ("Lusaka Times", "ZMB"),
        ("The Guardian", "GBR"),
        ("The Guardian Ghana", "GHA"),  # an edition's state after the outlet's name
        (None, None),
    ],
)
def test_the_state_of_an_outlet(source: str | None, state: str | None) -> None:
    assert outlet_state(source) == state


def test_a_national_outlet_without_a_dateline_is_the_home_side() -> None:
    found = states(
        "Foreign Minister Lorna Tan Siew Ling made an official visit to Germany from 3 to 4 March. "
        "In Berlin, she held talks with Federal Minister for Economic Affairs and Climate Action "
        "Dieter Hoffmann-Kranz on trade between Singapore and Germany.",
        source="Ministry of Foreign Affairs, Singapore",
    )
    assert found["Lorna Tan Siew Ling"] == "SGP"


def test_a_national_outlet_filing_abroad_keeps_its_travellers() -> None:
    found = states(
        "JAKARTA, May 2 (Yonhap) -- President Park Sung-min arrived in Jakarta on Tuesday for a three-day "
        "state visit to Indonesia and held talks with Indonesian President Agus Harjono on South Korea's "
        "investments.",
        source="Yonhap News Agency",
    )
    assert found["Park Sung-min"] == "KOR"
    assert found["Agus Harjono"] == "IDN"


def test_the_host_of_several_guests_is_of_the_filing_state(extract: Extract) -> None:
    record = extract(
        "ALGIERS, May 2 (Example Wire) - The President of the Republic, Karim Belhadj, received on Sunday "
        "the credentials of the Ambassador of Italy, Paolo Sartori, and of the Ambassador of Japan, "
        "Hiroshi Okada. Foreign Minister Nadir Kaci attended the ceremony.",
        published=date(2024, 5, 2),
    )
    found = {p.name: p.country for p in record.persons}
    assert found["Karim Belhadj"] == "DZA"


def test_who_was_met_in_another_capital_is_not_of_the_filing_state(extract: Extract) -> None:
    record = extract(
        "NAIROBI, May 2 (Example Wire) - Kenya's special envoy, Samuel Korir, met the First Vice President, "
        "Lual Deng Mabior, in Juba on Tuesday. Korir later flew to Addis Ababa.",
        published=date(2024, 5, 2),
    )
    found = {p.name: p.country for p in record.persons}
    assert found.get("Lual Deng Mabior") != "KEN"


def test_who_a_traveller_will_meet_abroad_is_not_of_the_filing_state(extract: Extract) -> None:
    record = extract(
        "SEOUL, May 2 (Example Wire) -- Trade Minister Han Ji-woo arrived in Tokyo on Thursday for a "
        "three-day visit to Japan. On Friday, Han will meet with Economy Minister Kenji Aoyama to "
        "discuss export controls.",
        published=date(2024, 5, 2),
    )
    found = {p.name: p.country for p in record.persons}
    assert found["Han Ji-woo"] == "KOR"
    assert found["Kenji Aoyama"] != "KOR"


def test_the_counterpart_met_where_a_minister_went(extract: Extract) -> None:
    record = extract(
        "LUANDA, May 2 (Example Wire) - The Foreign Minister visited Lusaka, Zambia, where he met with his "
        "counterpart Mwila Banda on Friday.",
        published=date(2024, 5, 2),
    )
    assert {p.name: p.country for p in record.persons}["Mwila Banda"] == "ZMB"


def test_a_national_outlet_reporting_only_on_others_has_no_home_side() -> None:
    found = states(
        "Vanuatu and Fiji have signed a maritime boundary treaty. The treaty was signed by Prime Minister "
        "Tomasi Lagi and Police Minister Kalo Natapei in Suva on Friday.",
        source="Yonhap News Agency",
    )
    assert "KOR" not in found.values()


def test_the_guest_of_a_two_state_story_filed_from_the_host(extract: Extract) -> None:
    record = extract(
        "NAIROBI, May 2 (Example Wire) - Kenya and Uganda signed two trade accords on Thursday after talks "
        "between President Amani Kiprop and President Moses Okello at State House. Okello arrived in Nairobi "
        "on Wednesday for a two-day visit and said Uganda wants a faster railway link with Kenya.",
        published=date(2024, 5, 2),
    )
    found = {p.name: p.country for p in record.persons}
    assert found["Amani Kiprop"] == "KEN"
    assert found["Moses Okello"] == "UGA"


def test_an_aggregators_agency_and_city_line_is_where_it_was_filed() -> None:
    body = clean_text(
        "Minister confirms the talks\n\nExample Wire | Nairobi | Updated: 02-05-2024 10:15 IST\n\n"
        "Trade Minister Amani Kiprop confirmed on Thursday that the talks had taken place, officials said."
    )
    assert body.byline_place == "Nairobi"


def test_the_ministrys_spokesperson_set_off_by_a_comma_speaks_for_the_home_side() -> None:
    found = states(
        "Sofia, June 3 (BTA) - The minister returned from Skopje on Monday after two days of talks, "
        "according to a statement by the ministry's spokesperson, Radka Venelinova.",
        source="BTA",
    )
    assert found["Radka Venelinova"] == "BGR"


def test_an_office_adjective_before_a_spokesman_set_off_by_a_comma() -> None:
    found = states(
        "Sofia, June 3 (BTA) - Presidential spokesman, Ivo Dragomirov, confirmed the visit.", source="BTA"
    )
    assert found["Ivo Dragomirov"] == "BGR"


def test_hosts_a_traveller_will_meet_on_the_trip_serve_the_state_visited(extract: Extract) -> None:
    record = extract(
        "SEOUL, May 2 (Example Wire) -- Culture Minister Baek Min-ho arrived in Tokyo on Thursday for a "
        "three-day visit to Japan. On Saturday, Baek will meet with Daisuke Hamada, secretary-general of "
        "the ruling party, and Kenta Morikawa, chairman of the Korea-Japan Friendship League.",
        published=date(2024, 5, 2),
    )
    found = {p.name: p.country for p in record.persons}
    assert found["Baek Min-ho"] == "KOR"
    assert found["Daisuke Hamada"] == "JPN"
    assert found["Kenta Morikawa"] == "JPN"


def test_a_national_outlet_named_only_in_a_hyphenated_pair_is_still_named() -> None:
    found = states(
        "President Ali Mansour received the Emir of Qatar on Tuesday in New Alamein, where the two leaders "
        "discussed the Egyptian-Qatari proposal for a ceasefire, presidential spokesman Omar Fathy said.",
        source="Ahram Online",
    )
    assert found["Ali Mansour"] == "EGY"
    assert found["Omar Fathy"] == "EGY"
