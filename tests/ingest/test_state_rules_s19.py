"""State rules of session 19 (invented texts): who received a side is the other side ("the Ruritanian
delegation was received by X"); "on the X side of the border" is a place, no side of talks; "attended
by A and B, and on the X side by C" gives the side to C alone; "X's Minister, Ambassador Y": a rank or
style after the comma keeps the office and its state Y's; "The X delegation included A; the Y side
included B": a delegation's list ends where the other side's begins; "High Commissioner to X" (like
"Ambassador to X") keeps X in the title, so no home-side guess makes the holder X's."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.mentions import Mention
from ingest.pipeline import extract_article
from ingest.roles import read_role
from ingest.schema import Article
from tests.ingest.conftest import MODEL


def states(text: str) -> dict[str, str | None]:
    article = Article(id="s19", published=date(2024, 5, 2), text=text)
    return {p.name: p.country for p in extract_article(article, MODEL).persons}


def role(text: str, name: str) -> tuple[str | None, str | None]:
    start = text.index(name)
    return read_role(text, Mention(sentence=0, start=start, end=start + len(name), text=name, person=0))


@pytest.mark.parametrize(
    ("text", "host", "state"),
    [
        (
            "Ghanaian Foreign Minister Kofi Mensah-Darko arrived in Lome on Tuesday for talks. The Ghanaian "
            "delegation was received at the airport by Foreign Minister Edem Agbeko.",
            "Edem Agbeko",
            "GHA",
        ),
        (
            "Sudan's Foreign Minister Omer Hassan Idris held talks in Cairo on Monday. On Thursday, the "
            "Sudanese delegation was welcomed by Prime Minister Hany Abdel-Sattar at the government "
            "headquarters.",
            "Hany Abdel-Sattar",
            "SDN",
        ),
    ],
)
def test_who_received_a_side_is_not_of_it(text: str, host: str, state: str) -> None:
    assert states(text)[host] != state


def test_a_side_of_the_border_is_a_place() -> None:
    text = (
        "The head of Kyrgyzstan's Border Service, Major General Almaz Toktorov, and his Tajik counterpart, "
        "Lieutenant General Davron Nazarzoda, met on Monday at a checkpoint on the Kyrgyz side of the border."
    )
    found = states(text)
    assert found["Almaz Toktorov"] == "KGZ"
    assert found["Davron Nazarzoda"] == "TJK"


def test_a_side_after_and_is_of_the_people_named_after_it() -> None:
    text = (
        "Turkish President Mehmet Aydinli received Syrian President Karim al-Nouri in Ankara on Saturday. "
        "The meeting was attended by Foreign Minister Selim Ozturan and intelligence chief Murat Kayaci, "
        "and on the Syrian side by Foreign Minister Fadi al-Hakim."
    )
    found = states(text)
    assert found["Fadi al-Hakim"] == "SYR"
    assert found["Selim Ozturan"] != "SYR"
    assert found["Murat Kayaci"] != "SYR"


def test_a_side_after_while_keeps_its_whole_list() -> None:
    text = (
        "The Moldovan delegation included Minister of Energy Ion Cebotaru, while on the Romanian side "
        "the Minister of Foreign Affairs, Ana Vlasceanu, and the Minister of Energy, Mihai Dobrescu, took "
        "part in the session."
    )
    found = states(text)
    assert found["Ana Vlasceanu"] == "ROU"
    assert found["Mihai Dobrescu"] == "ROU"


@pytest.mark.parametrize(
    ("text", "name", "title", "state"),
    [
        (
            "President Kwesi Boateng was received on arrival at the airport by Nigeria's Minister of "
            "Foreign Affairs, Ambassador Musa Danladi Garba.",
            "Musa Danladi Garba",
            "Minister of Foreign Affairs",
            "NGA",
        ),
        (
            "He heads a delegation that includes Somalia's Chief of Defence Forces, Major General Abdiweli "
            "Hassan Nur.",
            "Abdiweli Hassan Nur",
            "Chief of Defence Forces",
            "SOM",
        ),
        (
            "The guests were welcomed by Kenya's Cabinet Secretary for Defence, Dr. Otieno Kamau.",
            "Otieno Kamau",
            "Cabinet Secretary for Defence",
            "KEN",
        ),
        (
            "The talks were joined by Ghana's Minister for the Interior, His Excellency Yaw Ofori-Atta.",
            "Yaw Ofori-Atta",
            "Minister for the Interior",
            "GHA",
        ),
    ],
)
def test_a_rank_after_a_possessed_office_keeps_its_state(
    text: str, name: str, title: str, state: str
) -> None:
    assert role(text, name) == (title, state)


def test_a_possessed_office_with_no_rank_reads_as_before() -> None:
    text = "He was received by Nigeria's Minister of Foreign Affairs, Musa Danladi Garba."
    assert role(text, "Musa Danladi Garba") == ("Minister of Foreign Affairs", "NGA")


def test_a_delegation_list_ends_where_the_other_side_begins() -> None:
    text = (
        "The Bangladesh delegation included Director General Farhana Kabir; the Indian side included High "
        "Commissioner to Bangladesh Arjun Mehta and Joint Secretary Vikram Rao."
    )
    found = states(text)
    assert found["Farhana Kabir"] == "BGD"
    assert found["Arjun Mehta"] != "BGD"
    assert found["Vikram Rao"] != "BGD"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "High Commissioner to Bangladesh Arjun Mehta also attended the talks in Dhaka.",
            "Arjun Mehta",
            "High Commissioner to Bangladesh",
        ),
        (
            "The resolution was presented by Permanent Representative to the United Nations Lina Vasquez.",
            "Lina Vasquez",
            "Permanent Representative to the United Nations",
        ),
    ],
)
def test_a_high_commissioner_keeps_the_state_posted_to(text: str, name: str, title: str) -> None:
    assert role(text, name)[0] == title


def test_a_high_commissioner_is_no_official_of_the_state_posted_to() -> None:
    text = (
        "DHAKA - Foreign Secretary Jashim Uddin met Indian Foreign Secretary Vinay Kwatra on Monday. High "
        "Commissioner to Bangladesh Arjun Mehta also attended."
    )
    assert states(text)["Arjun Mehta"] != "BGD"
