"""The state a person serves, read from the words around one mention (our own sentences)."""

from __future__ import annotations

import pytest

from ingest.mentions import Mention
from ingest.roles import read_role


def role(text: str, name: str) -> tuple[str | None, str | None]:
    start = text.index(name)
    return read_role(text, Mention(sentence=0, start=start, end=start + len(name), text=name, person=0))


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        # demonym title
        ("The Brazilian envoy Celso Amorim arrived on Monday.", "Celso Amorim", "BRA"),
        # "X's foreign minister, Y"
        ("Norway's foreign minister, Espen Barth Eide, said the talks went well.", "Espen Barth Eide", "NOR"),
        # "his Japanese counterpart, Y"
        ("He met his Japanese counterpart, Yoko Kamikawa, in Manila.", "Yoko Kamikawa", "JPN"),
        # a demonym title with a comma before the name
        ("The summit was chaired by the Kenyan president, William Ruto, on Sunday.", "William Ruto", "KEN"),
        # "Y of the Ministry of Foreign Affairs of Z"
        ("Pak Myong Ho of the Ministry of Foreign Affairs of the DPRK saw him off.", "Pak Myong Ho", "PRK"),
        # ", Nicaraguan FM," after the name
        ("He also met Denis Moncada, Nicaraguan FM, on Tuesday.", "Denis Moncada", "NIC"),
        # a long appositive whose last "of" names the state
        (
            "He met Santiago Cafiero, Minister of Foreign Affairs, International Trade and Worship of "
            "Argentina, in Buenos Aires.",
            "Santiago Cafiero",
            "ARG",
        ),
        # a state named inside the office
        (
            "Chairman of the Russian Duma's Defence Committee Andrei Kartapolov visited Minsk.",
            "Andrei Kartapolov",
            "RUS",
        ),
        # a lower-case office head before "of ... <state>"
        (
            "The talks were led by head of the Presidential Office of Ukraine Andriy Yermak.",
            "Andriy Yermak",
            "UKR",
        ),
        # two offices joined by "and": both belong to the state written first
        (
            "He met Moldova's Deputy Prime Minister and Foreign Minister Mihai Popsoi in Chisinau.",
            "Mihai Popsoi",
            "MDA",
        ),
        # an ambassador serves the sending state, not the host
        ("Russian Ambassador to Japan Nikolai Nozdrev was summoned.", "Nikolai Nozdrev", "RUS"),
    ],
)
def test_state_from_the_words_around_the_name(text: str, name: str, state: str) -> None:
    assert role(text, name)[1] == state


def test_a_state_before_another_name_joined_by_and_is_not_taken() -> None:
    text = "Earlier, German Chancellor Olaf Scholz and Rishi Sunak spoke by phone."
    assert role(text, "Rishi Sunak")[1] is None
    text = "The deal was signed by South Korean President Yoon Suk Yeol and Chinese President Xi Jinping."
    assert role(text, "Xi Jinping") == ("President", "CHN")


def test_a_named_venue_is_a_place_in_its_state() -> None:
    from ingest.countries import venue
    from ingest.nlp import Sentence
    from ingest.places import find_places

    text = "Putin and Kim held talks at the Vostochny Cosmodrome, with Putin offering to help Pyongyang."
    found = find_places(Sentence(index=0, paragraph=0, text=text))
    assert [(p.text, p.country) for p in found][0] == ("Vostochny Cosmodrome", "RUS")
    assert venue("the Great Hall of the People") == ("Beijing", "CHN")
    assert venue("Nusa Dua") == ("Bali", "IDN")


def test_a_list_of_states_followed_by_a_list_of_names_pairs_them_in_order() -> None:
    from ingest.nlp import Sentence
    from ingest.places import find_places
    from ingest.roles import respective_states

    text = "She met the ministers of Chile and Peru, Alberto van Klaveren and Javier Gonzalez-Olaechea."
    names = ["Alberto van Klaveren", "Javier Gonzalez-Olaechea"]
    mentions = [
        Mention(sentence=0, start=text.index(n), end=text.index(n) + len(n), text=n, person=i)
        for i, n in enumerate(names)
    ]
    states = [
        (p.start, p.country) for p in find_places(Sentence(index=0, paragraph=0, text=text)) if not p.is_city
    ]
    assert respective_states(text, mentions, states) == {0: "CHL", 1: "PER"}
    # Names that do not follow the list at once are not paired.
    text = "Ministers of France and Italy later met Annalena Baerbock and Antony Blinken."
    names = ["Annalena Baerbock", "Antony Blinken"]
    mentions = [
        Mention(sentence=0, start=text.index(n), end=text.index(n) + len(n), text=n, person=i)
        for i, n in enumerate(names)
    ]
    states = [
        (p.start, p.country) for p in find_places(Sentence(index=0, paragraph=0, text=text)) if not p.is_city
    ]
    assert respective_states(text, mentions, states) == {}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a hyphenated office
        ("The guests were seen off by Vice-Minister of Public Health Ri Song-chol.", "Ri Song-chol",
         "Vice-Minister of Public Health"),
        # "and" inside one office's name
        ("He met Federal Minister for Economic Affairs and Climate Action Jana Krüger.", "Jana Krüger",
         "Federal Minister for Economic Affairs and Climate Action"),
        ("It was signed by Minister of Marine Affairs and Fisheries Arif Wibowo and his guest.",
         "Arif Wibowo", "Minister of Marine Affairs and Fisheries"),
        # an office at a ministry, and a form of address before the name
        ("HE Minister of State at the Ministry of Foreign Affairs Dr. Saleh Al Marri met the envoy.",
         "Saleh Al Marri", "Minister of State at the Ministry of Foreign Affairs"),
        # an office announced with "the" after a verb
        ("Also present was the Minister of External Relations, Tomás Baptista.", "Tomás Baptista",
         "Minister of External Relations"),
    ],
)  # fmt: skip
def test_long_offices(text: str, name: str, title: str) -> None:
    assert role(text, name)[0] == title


def test_two_people_joined_by_and_keep_their_own_offices() -> None:
    text = "Talks between Prime Minister Abiy Tesfaye and Kenyan President Otieno Waweru ended."
    assert role(text, "Otieno Waweru") == ("President", "KEN")


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        # "Ambassador of X to the State of Y": X's envoy, Y the host
        ("He met the Ambassador of the Republic of Chile to the State of Qatar Rodrigo Vial.", "Rodrigo Vial",
         "CHL"),
        # "ambassador to China": the host, not the envoy's state
        ("\"Nothing has changed,\" said former ambassador to China Sadia Karim.", "Sadia Karim", None),
    ],
)  # fmt: skip
def test_an_envoy_serves_the_state_that_sends_them(text: str, name: str, state: str | None) -> None:
    assert role(text, name)[1] == state


def test_a_state_owns_an_office_across_a_word_of_time() -> None:
    text = "In 2019, Poland's then Prime Minister Jan Wolski signed the decree."
    assert role(text, "Jan Wolski") == ("Prime Minister", "POL")
