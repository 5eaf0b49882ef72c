"""ingest.countries: names, short forms, demonyms and capitals -> ISO 3166-1 alpha-3."""

from __future__ import annotations

import pytest

from ingest.countries import (
    country_from_any,
    country_from_city,
    country_from_demonym,
    country_from_name,
    iter_place_names,
)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("North Korea", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("DPRK", "PRK"),
        ("the DPRK", "PRK"),
        ("the North", "PRK"),
        ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("the US", "USA"),
        ("U.S.", "USA"),
        ("United States", "USA"),
        ("the UK", "GBR"),
        ("Britain", "GBR"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("Viet Nam", "VNM"),
        ("Türkiye", "TUR"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d’Ivoire", "CIV"),  # typographic apostrophe and no diacritic
        ("Japan", "JPN"),
        ("the Netherlands", "NLD"),
    ],
)
def test_country_names_and_short_forms(name: str, iso3: str) -> None:
    assert country_from_name(name) == iso3


@pytest.mark.parametrize(
    ("demonym", "iso3"),
    [
        ("North Korean", "PRK"),
        ("South Korean", "KOR"),
        ("Russian", "RUS"),
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("British", "GBR"),
        ("Iranian", "IRN"),
        ("Vietnamese", "VNM"),
        ("Filipino", "PHL"),
    ],
)
def test_demonyms(demonym: str, iso3: str) -> None:
    assert country_from_demonym(demonym) == iso3


def test_korean_alone_names_no_state() -> None:
    assert country_from_demonym("Korean") is None


@pytest.mark.parametrize(
    ("city", "iso3"),
    [
        ("Pyongyang", "PRK"),
        ("Seoul", "KOR"),
        ("Moscow", "RUS"),
        ("Washington", "USA"),
        ("Beijing", "CHN"),
        ("Kyiv", "UKR"),
        ("Brasília", "BRA"),
        ("Brasilia", "BRA"),
        ("Hanoi", "VNM"),
    ],
)
def test_capitals_used_as_metonyms(city: str, iso3: str) -> None:
    assert country_from_city(city) == iso3
    assert country_from_any(city) == iso3


@pytest.mark.parametrize("text", ["North Korea", "North Korean", "Pyongyang", "DPRK"])
def test_any_form_of_one_country_gives_one_code(text: str) -> None:
    assert country_from_any(text) == "PRK"


@pytest.mark.parametrize("text", ["Elbonia", "Foreign Ministry", "Lavrov", ""])
def test_unknown_names_give_none(text: str) -> None:
    assert country_from_any(text) is None


def test_png_is_papua_new_guinea() -> None:
    assert country_from_any("PNG") == "PNG"


def test_two_known_names_joined_by_a_hyphen_are_two_places() -> None:
    text = "The Kuwaiti-Bahraini committee met, as did the Guinea-Bissau delegation."
    assert [surface for _, _, surface in iter_place_names(text)] == ["Kuwaiti", "Bahraini", "Guinea-Bissau"]


def test_a_known_name_hyphened_to_the_start_of_another_is_two_places() -> None:
    text = "The India-Sri Lanka accord and the Saudi-led coalition."
    assert [surface for _, _, surface in iter_place_names(text)] == ["India", "Sri Lanka"]
