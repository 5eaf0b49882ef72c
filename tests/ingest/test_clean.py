"""ingest.clean: keep the article body and captions, drop page furniture and other stories' headlines."""

from __future__ import annotations

import pytest

from ingest.clean import clean_text

SCRAPED_PAGE = """Home > World > Asia
PYONGYANG, April 13 (KCNA) -- Kim Jong Un met a visiting Russian delegation led by Sergei Shoigu \
on Saturday, the Korean Central News Agency said.
Share
Print
Comments (3)
The two sides discussed cooperation in security and the economy, according to the report.
Kim Jong Un shakes hands with Sergei Shoigu in Pyongyang on Saturday. (KCNA/Yonhap)
Kim Jong Un shakes hands with Sergei Shoigu in Pyongyang on Saturday. (KCNA/Yonhap)
Related Article
Lavrov arrives in Beijing for talks with Wang Yi
Japan and Vietnam sign maritime security pact
More in Politics
Seoul says the summit in Hanoi is off
Copyright © 2024 Yonhap News Agency. All rights reserved.
"""


@pytest.fixture(scope="module")
def cleaned() -> list[str]:
    return clean_text(SCRAPED_PAGE).paragraphs


def test_body_paragraphs_are_kept_in_order(cleaned: list[str]) -> None:
    assert cleaned[0].startswith("Kim Jong Un met a visiting Russian delegation")
    assert (
        cleaned[1]
        == "The two sides discussed cooperation in security and the economy, according to the report."
    )


def test_headline_lists_of_other_stories_are_dropped(cleaned: list[str]) -> None:
    text = " ".join(cleaned)
    for headline in ("Lavrov arrives in Beijing", "maritime security pact", "summit in Hanoi is off"):
        assert headline not in text
    assert not any(p.startswith(("Related", "More in")) for p in cleaned)


def test_widgets_navigation_and_copyright_are_dropped(cleaned: list[str]) -> None:
    for furniture in ("Share", "Print", "Comments (3)", "Home > World > Asia"):
        assert furniture not in cleaned
    assert not any("Copyright" in p or "All rights reserved" in p for p in cleaned)


def test_photo_caption_is_kept_once(cleaned: list[str]) -> None:
    captions = [p for p in cleaned if p.startswith("Kim Jong Un shakes hands")]
    assert len(captions) == 1


def test_dateline_is_stripped_and_its_place_reported() -> None:
    result = clean_text(SCRAPED_PAGE)
    assert result.dateline_place == "Pyongyang"
    assert not any("(KCNA) --" in p or p.startswith("PYONGYANG") for p in result.paragraphs)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (
            "SEOUL, June 21 (Yonhap) -- South Korea's foreign minister met the Chinese ambassador on Friday.",
            "Seoul",
        ),
        (
            "MOSCOW, June 19. /TASS/. Russian President Vladimir Putin has left for a state visit "
            "to North Korea.",
            "Moscow",
        ),
    ],
)
def test_other_dateline_styles(paragraph: str, place: str) -> None:
    result = clean_text(paragraph)
    assert result.dateline_place == place
    assert result.paragraphs[0].split()[0] in ("South", "Russian")


def test_prose_after_a_headline_list_is_kept() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov "
        "on Tuesday.\n"
        "Related Articles\n"
        "Blinken meets Kishida in Tokyo\n"
        "The ministers also agreed to hold another round of strategic consultations in Moscow "
        "later this year, according to a statement issued by the Chinese foreign ministry "
        "after the talks ended.\n"
    )
    paragraphs = clean_text(text).paragraphs
    assert len(paragraphs) == 2
    assert paragraphs[1].startswith("The ministers also agreed")


KISHIDA = (
    "Japanese Prime Minister Fumio Kishida met U.S. President Joe Biden at the White House on Wednesday."
)


def test_subscription_prompt_and_byline_are_dropped() -> None:
    text = f"By John Smith\nSubscribe to our newsletter\n{KISHIDA}\n"
    assert clean_text(text).paragraphs == [KISHIDA]


def test_page_with_only_furniture_has_no_body() -> None:
    assert (
        clean_text("Share\nPrint\nRelated Articles\nLavrov arrives in Beijing\nCopyright 2024").paragraphs
        == []
    )


def test_a_paragraph_cut_off_mid_sentence_keeps_its_whole_sentences() -> None:
    body = clean_text("In 2015, the two presidents met in Brasilia. The visit, which ends on")
    assert body.paragraphs == ["In 2015, the two presidents met in Brasilia."]


def test_a_short_lead_in_keeps_its_numbered_items() -> None:
    text = (
        "The ministers met in Lima on Monday and signed three documents.\n"
        "The documents include:\n1. Agreement on trade facilitation;\n2. Memorandum on tourism;"
    )
    assert clean_text(text).paragraphs[1:] == [
        "The documents include:",
        "Agreement on trade facilitation;",
        "Memorandum on tourism;",
    ]


def test_a_caption_with_an_agency_and_photographer_credit_is_kept() -> None:
    caption = "President Ana Rocha meets Premier Li Wen in Beijing, China, April 14, 2025. REUTERS/Jo Doe"
    assert clean_text(caption).paragraphs == [caption]


def test_datelines_with_a_region_or_a_colon() -> None:
    body = clean_text("BEIJING, Hebei – The president held talks with the premier on Monday.")
    assert body.dateline_place == "Beijing"
    assert clean_text("SHANGHAI: The two leaders visited a factory in the city.").dateline_place == "Shanghai"


def test_day_first_dateline_with_an_agency() -> None:
    result = clean_text("MUSCAT, 3rd March, 2024 (ONA) -- The Sultan received the envoy of Peru on Sunday.")
    assert result.dateline_place == "Muscat"
    assert result.paragraphs[0].startswith("The Sultan received")


def test_numeric_dateline_with_an_agency() -> None:
    result = clean_text("DUSHANBE, 27.05.2025 /NIAT Khovar/. The summit took place today in the capital.")
    assert result.dateline_place == "Dushanbe"
    assert result.paragraphs[0].startswith("The summit")


def test_dateline_with_a_bare_agency_and_a_dash() -> None:
    result = clean_text("Accra, Oct. 5, GNA - Mrs Ama Owusu held talks with the envoy of Togo on Monday.")
    assert result.dateline_place == "Accra"
    assert result.paragraphs[0].startswith("Mrs Ama Owusu")


def test_dateline_of_a_town_spelt_with_diacritics() -> None:
    # the story's first date is "on Monday", not the dateline's day
    body = clean_text("Timișoara, 12 May /Agerpres/ - The two ministers met on Monday in Timișoara.")
    assert body.dateline_place == "Timișoara"
    assert body.paragraphs == ["The two ministers met on Monday in Timișoara."]
