"""The last resort: the one state the article puts around a person (our texts)."""

from __future__ import annotations

from datetime import date

from ingest.pipeline import extract_article
from ingest.schema import Article
from tests.ingest.conftest import MODEL


def people(text: str, source: str | None = None) -> dict[str, tuple[str | None, bool]]:
    article = Article(id="lone-state", source=source, published=date(2024, 5, 2), text=text)
    return {p.name: (p.country, p.country_inferred) for p in extract_article(article, MODEL).persons}


def test_the_one_state_named_around_a_bare_official_is_theirs_and_only_inferred() -> None:
    found = people(
        "Chile and Peru agreed on Monday to reopen two border crossings closed since March. "
        "Deputy Interior Minister Ramiro Vallejos said Chile would send extra customs officers to the north."
    )
    assert found["Ramiro Vallejos"] == ("CHL", True)


def test_a_state_in_another_persons_title_is_not_around_them() -> None:
    found = people(
        "Trade officials from two countries met in the capital on Tuesday. "
        "Vice Trade Minister Oskar Randvee met Latvian Economy Minister Ilze Kalnina to discuss a ferry line."
    )
    assert found["Ilze Kalnina"][0] == "LVA"
    assert found["Oskar Randvee"][0] is None


def test_not_the_state_of_the_person_they_met_nor_the_state_they_travelled_to() -> None:
    found = people(
        "Deputy Minister Halvard Moen arrived in Norway on Sunday for a two-day visit. "
        "Moen held talks with Norwegian Foreign Minister Sigrid Aas on fisheries."
    )
    assert found["Sigrid Aas"][0] == "NOR"
    assert found["Halvard Moen"][0] is None


def test_a_city_is_where_something_happens_not_whom_anyone_serves() -> None:
    found = people(
        "Ministers of the region gathered for a water conference this week. "
        "Water Minister Tomas Ferreyra spoke at the opening session in Geneva on Tuesday."
    )
    assert found["Tomas Ferreyra"][0] is None


def test_two_states_around_a_person_give_none() -> None:
    found = people(
        "Officials of Ghana and Togo reviewed the corridor project on Friday. "
        "Project Director Kwame Addo-Mensah said Ghana and Togo would share the cost."
    )
    assert found["Kwame Addo-Mensah"][0] is None


def test_the_dateline_state_counts_the_outlet_state_does_not() -> None:
    text = (
        "Negotiator Somsak Wongchai met Japanese envoy Kenji Sato on Monday. "
        "He said that another round of talks was expected in May."
    )
    assert people(text, source="Bangkok Post")["Somsak Wongchai"][0] is None
    assert people("BANGKOK, May 2 - " + text)["Somsak Wongchai"] == ("THA", True)


def test_a_state_in_the_title_that_leads_to_their_own_name_is_theirs() -> None:
    found = people(
        "Sadiqi arrived on Thursday. The meeting was attended by Mongolia's acting Foreign Minister "
        "Mawlawi Abdul Karim Sadiqi."
    )
    assert found["Abdul Karim Sadiqi"] == ("MNG", True)  # "Mawlawi": a clerical style


def test_someone_with_no_office_and_no_fact_may_have_the_one_state_too() -> None:
    found = people(
        "Tomas Irarrazaval, who led the talks for years, said Chile would not sign a treaty without the "
        "fishing clause."
    )
    assert found["Tomas Irarrazaval"] == ("CHL", True)


def test_without_a_dateline_the_one_state_may_go_on_to_a_body_around_them() -> None:
    text = (
        "Tobias Marenga flew in on Tuesday with a letter from Zambia's president. "
        "Marenga later said the visit had been planned for months."
    )
    assert people(text)["Tobias Marenga"] == ("ZMB", True)
    # Filed from a city, the one state must be named for the person: here it is the president's.
    assert people("LILONGWE, May 2 - " + text)["Tobias Marenga"][0] is None


def test_who_met_only_one_side_once_every_rule_has_run_is_the_other_side() -> None:
    found = people(
        "Finland and Estonia signed a ferry accord on Monday. Transport Minister Aino Virtanen said "
        "Finland would pay for half of the new terminal. Later in the day Virtanen held talks with "
        "Deputy Minister Kalev Tamm on the timetable."
    )
    assert found["Aino Virtanen"] == ("FIN", True)  # the one state around her
    assert found["Kalev Tamm"] == ("EST", True)  # met only her, in a Finland-Estonia story


def test_an_envoy_posted_to_the_other_side_is_not_of_it() -> None:
    found = people(
        "Finland and Estonia signed a ferry accord on Monday. Finnish Transport Minister Aino Virtanen "
        "said the terminal would open in May. Later in the day Virtanen held talks with Kalev Tamm, "
        "Ambassador to Estonia, on the timetable."
    )
    assert found["Kalev Tamm"][0] != "EST"


def test_a_state_going_on_to_whom_they_met_is_not_theirs() -> None:
    found = people(
        "After meeting the Chinese president, Foreign Minister Jonas Berg said the talks went well."
    )
    assert found["Jonas Berg"][0] != "CHN"


def test_the_state_in_the_title_of_whom_they_called_is_not_theirs() -> None:
    found = people(
        "Minister Aziz Rahman held a phone call with Japan's Minister of Economy, Trade and Industry "
        "Kenji Maruyama on Thursday."
    )
    assert found["Kenji Maruyama"][0] == "JPN"
    assert found["Aziz Rahman"][0] is None


def test_an_aide_of_the_president_serves_the_president_named_bare() -> None:
    found = people(
        "President Samuel Okoro met Ghanaian President Kojo Asante in Abuja on Tuesday. The meeting "
        "lasted two hours, according to a statement by the Special Adviser to the President on Media "
        "and Publicity, Tunde Adeyemi."
    )
    assert found["Kojo Asante"] == ("GHA", False)
    assert found["Tunde Adeyemi"][0] == found["Samuel Okoro"][0]
    assert found["Tunde Adeyemi"][1] is True


def test_a_presidential_aide_serves_the_one_president_of_the_article() -> None:
    found = people(
        "Presidential chief of staff Kim Dong-hyun stayed in the capital. Earlier, South Korean President "
        "Lee Jae-sung met Japanese Prime Minister Ito Hiro."
    )
    assert found["Kim Dong-hyun"] == ("KOR", True)


def test_a_state_going_on_to_an_unnamed_office_holder_they_acted_with_is_not_theirs() -> None:
    found = people("President Musa Bello and the Ethiopian Prime Minister signed two agreements on Monday.")
    assert found["Musa Bello"][0] != "ETH"


def test_a_pair_of_signers_takes_the_two_states_of_their_agreement_in_order() -> None:
    found = people(
        "The India-Sri Lanka Accord of 1987 was signed by then Prime Minister Rahul Mehta and then "
        "President Nimal Perera."
    )
    assert found["Rahul Mehta"] == ("IND", True)
    assert found["Nimal Perera"] == ("LKA", True)


def test_the_foreign_ministers_of_the_two_countries_in_the_order_of_their_states() -> None:
    found = people(
        "The agreement between the Republic of Azerbaijan and the Republic of Armenia was initialled by "
        "the foreign ministers of the two countries, Elnur Aliyev and Aram Sargsyan."
    )
    assert found["Elnur Aliyev"][0] == "AZE"
    assert found["Aram Sargsyan"][0] == "ARM"


def test_a_host_serves_the_state_of_the_city_the_scene_is_set_in() -> None:
    found = people(
        "NAIROBI, May 2 - President Daniel Kiprono was in Kampala last week for a regional summit. On the "
        "sidelines, Kiprono held talks with host President Joseph Okello."
    )
    assert found["Joseph Okello"] == ("UGA", True)
