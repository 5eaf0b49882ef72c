"""State rules of the states2 round: the host of a meeting the sentence places in a state (invented texts)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from ingest.nlp import sentences
from ingest.people import find_mentions, group_people
from ingest.places import find_places
from ingest.roles import delegation_member
from ingest.scenes import scene_hosts
from tests.ingest.conftest import Extract


def states(extract: Extract, text: str) -> dict[str, str | None]:
    record = extract(text, published=date(2024, 5, 2))
    return {p.name: p.country for p in record.persons}


def test_a_host_received_where_the_place_is_a_state_named_in_apposition(extract: Extract) -> None:
    found = states(
        extract,
        "Bridgetown, May 2 - Chilean Foreign Minister Tomas Velarde Ruiz held talks here with Barbadian "
        "Foreign Minister Horace Wilberforce-Lane. Velarde Ruiz arrived in Bridgetown from Roseau, the "
        "capital of Dominica, where on Tuesday he was received by Prime Minister Ophelia Marchand-Lory.",
    )
    assert found["Ophelia Marchand-Lory"] == "DMA"


def test_a_host_met_where_the_tour_began(extract: Extract) -> None:
    found = states(
        extract,
        "The tour began on Monday in Kingstown, Saint Vincent and the Grenadines, where the Chilean "
        "foreign minister met Prime Minister Reginald Ashby-Pratt and visited a hospital.",
    )
    assert found["Reginald Ashby-Pratt"] == "VCT"


def test_a_sentence_set_in_a_city_gives_its_host_the_city_state(extract: Extract) -> None:
    found = states(
        extract,
        "Canadian Foreign Minister Harriet Olsen-Drake toured the region last week. In Apia on June 4, "
        "Olsen-Drake held talks with Prime Minister Tuilagi Faleolo Mata.",
    )
    assert found["Tuilagi Faleolo Mata"] == "WSM"
    assert found["Harriet Olsen-Drake"] == "CAN"


def test_hosts_to_be_met_during_a_visit(extract: Extract) -> None:
    found = states(
        extract,
        "Chilean President Alvaro Renteria Sol will leave for Spain on Tuesday for a state visit, during "
        "which he is scheduled to meet King Fernando IX and Prime Minister Ruben Calvet Soria.",
    )
    assert found["Ruben Calvet Soria"] == "ESP"


def test_a_scene_goes_on_in_the_next_sentence_only(extract: Extract) -> None:
    found = states(
        extract,
        "The Chilean foreign minister began the tour on Monday in Namibia, where he was welcomed at the "
        "airport by the Deputy Minister of International Relations, Hendrina Kaulinge-Shapwa. On Tuesday, "
        "the head of Chilean diplomacy was received at State House by President Petrus Ndjaba-Amutenya, "
        "to whom he conveyed greetings from President Alvaro Renteria Sol.",
    )
    assert found["Hendrina Kaulinge-Shapwa"] == "NAM"
    assert found["Petrus Ndjaba-Amutenya"] == "NAM"
    # Named in a clause about someone else, not met there.
    assert found["Alvaro Renteria Sol"] != "NAM"


def test_no_scene_from_a_possessive_or_a_trip_home(extract: Extract) -> None:
    found = states(
        extract,
        "Secretary of State Warren Pickett arrived in Ottawa from Peru, his first stop as America's top "
        "diplomat, where he met Prime Minister Anselmo Quiroga Paz.",
    )
    assert found.get("Anselmo Quiroga Paz") != "USA"


def test_a_trip_home_gives_its_greeters_no_state_of_the_scene(nlp: Language) -> None:
    sents = sentences(
        nlp,
        [
            "Chilean President Alvaro Renteria Sol returned to Santiago, where he was received by Interior "
            "Minister Ignacio Fuentealba Ortiz."
        ],
    )
    here = sorted(group_people(sents, find_mentions(sents)).mentions, key=lambda m: m.start)
    known: dict[int, str | None] = {m.person: None for m in here}
    places = find_places(sents[0])
    # The traveller before the verb is of the scene's state: a trip home names no host.
    assert scene_hosts(sents[0].text, here, places, {**known, here[0].person: "CHL"})[0] == {}
    assert scene_hosts(sents[0].text, here, places, known)[0] == {here[-1].person: "CHL"}


def test_who_travels_with_the_visitor_is_no_host(extract: Extract) -> None:
    found = states(
        extract,
        "Kenyan Foreign Minister Amani Wekesa-Otieno flew to Accra, where she was accompanied by her deputy "
        "Jabali Mutua-Kiprop and met President Kwabena Asante-Mensah.",
    )
    assert found.get("Jabali Mutua-Kiprop") != "GHA"
    assert found["Kwabena Asante-Mensah"] == "GHA"


def test_members_listed_in_a_states_delegation(extract: Extract) -> None:
    found = states(
        extract,
        "The talks took place in Budapest on Monday. The Peruvian delegation included lawmakers "
        "Anselmo Quiroga Paz and Rosaura Villanueva Tello.",
    )
    assert found["Anselmo Quiroga Paz"] == "PER"
    assert found["Rosaura Villanueva Tello"] == "PER"
    assert delegation_member("The Peruvian delegation included Members of Congress ") == "PER"
    # A list that turns to another state's people is not the delegation's.
    assert delegation_member("The Peruvian delegation included A and the Chilean envoy ") is None
    assert delegation_member("The delegation included ") is None
