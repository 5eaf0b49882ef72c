"""Cross-article person resolution: merges that must and must not happen."""

from __future__ import annotations

from graph.model import EdgeQuery, Person
from graph.store import GraphStore
from tests.records import ingest, met, person, record, visited


def person_ids(store: GraphStore) -> list[str]:
    return [p.id for p in store.list_nodes("Person", limit=None).items]


def test_spelling_variants_of_a_name_merge(store: GraphStore) -> None:
    for i, name in enumerate(["Kim Jong Un", "Kim Jong-un", "KIM JONG-UN", "Kim  Jong-Un"]):
        ingest(store, record(f"a{i}", "2024-06-19", [person(name, "leader", "PRK")], []))
    assert person_ids(store) == ["kim-jong-un"]


def test_diacritics_fold(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Sergio Mattarella", "President", "ITA")], []))
    ingest(store, record("a2", "2024-01-02", [person("Sérgio Mattarella", "President", "ITA")], []))
    assert person_ids(store) == ["sergio-mattarella"]


def test_transliterations_merge_when_surname_country_and_title_agree(store: GraphStore) -> None:
    ingest(
        store, record("a1", "2024-01-01", [person("Andrey Rudenko", "Deputy Foreign Minister", "RUS")], [])
    )
    ingest(
        store, record("a2", "2024-03-01", [person("Andrei Rudenko", "Deputy Foreign Minister", "RUS")], [])
    )
    ingest(
        store,
        record("a3", "2024-03-01", [person("Aleksandr Kozlov", "Minister of Natural Resources", "RUS")], []),
    )
    ingest(
        store,
        record("a4", "2024-04-01", [person("Alexander Kozlov", "Minister of Natural Resources", "RUS")], []),
    )
    assert person_ids(store) == ["aleksandr-kozlov", "andrey-rudenko"]
    rudenko = store.get_node("Person", "andrey-rudenko")
    assert (
        rudenko is not None and rudenko.aliases == ["Andrey Rudenko"] or rudenko.aliases == ["Andrei Rudenko"]
    )  # type: ignore[union-attr]


def test_spelling_variants_merge_unless_their_states_differ(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Sergei Lavrov", "Foreign Minister", "RUS")], []))
    ingest(store, record("a2", "2024-01-02", [person("Sergey Lavrov", None, None)], []))  # no state
    ingest(store, record("a3", "2024-01-03", [person("Volodymyr Zelensky", "President", "UKR")], []))
    ingest(store, record("a4", "2024-01-04", [person("Volodymyr Zelenskyy", "President", "UKR")], []))
    ingest(store, record("a5", "2024-01-05", [person("Volodymyr Zelenskiy", None, None)], []))
    ingest(store, record("a6", "2024-01-06", [person("Choe Son Hui", "Foreign Minister", "PRK")], []))
    ingest(store, record("a7", "2024-01-07", [person("Choi Son-hui", None, "PRK")], []))
    ingest(store, record("a8", "2024-01-08", [person("Dmitry Kozak", "Deputy Head", "RUS")], []))
    ingest(
        store, record("a9", "2024-01-09", [person("Dmitri Kozak", "Ambassador", "UKR")], [])
    )  # another state
    assert person_ids(store) == [
        "choe-son-hui",
        "dmitri-kozak",
        "dmitry-kozak",
        "sergei-lavrov",
        "volodymyr-zelensky",
    ]
    lavrov = store.get_node("Person", "sergei-lavrov")
    assert isinstance(lavrov, Person) and {lavrov.name, *lavrov.aliases} == {"Sergei Lavrov", "Sergey Lavrov"}
    assert lavrov.resolution == ["Sergey Lavrov [a2]: spelling variant of the same name"]


def test_family_name_first_in_capitals_is_the_same_person(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Fumio Kishida", "Prime Minister", "JPN")], []))
    ingest(store, record("a2", "2024-01-02", [person("KISHIDA Fumio", "Prime Minister", "JPN")], []))
    assert person_ids(store) == ["fumio-kishida"]


def test_different_middle_initials_are_namesakes(store: GraphStore) -> None:
    ingest(store, record("a1", "1990-06-01", [person("George H. W. Bush", "President", "USA")], []))
    ingest(store, record("a2", "2006-06-01", [person("George W. Bush", "President", "USA")], []))
    assert len(person_ids(store)) == 2


def test_bare_surnames_never_merge_across_articles(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Kim", "Vice Minister", "PRK")], []))
    ingest(store, record("a2", "2024-01-02", [person("Kim", "Ambassador", "KOR")], []))
    ids = person_ids(store)
    assert len(ids) == 2 and all(i.startswith("kim--") for i in ids)


def test_different_kims_stay_apart(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Kim Jong-un", "leader", "PRK")], []))
    ingest(store, record("a2", "2024-01-02", [person("Kim Yo-jong", "Vice Department Director", "PRK")], []))
    ingest(store, record("a3", "2024-01-03", [person("Kim Yong-hyun", "Defense Minister", "KOR")], []))
    assert person_ids(store) == ["kim-jong-un", "kim-yo-jong", "kim-yong-hyun"]


def test_same_letters_merge_and_the_majority_country_wins(store: GraphStore) -> None:
    # One article misreads the country; the name is still one person.
    ingest(store, record("a1", "2024-01-01", [person("Kim Jong Un", "leader", "KOR")], []))
    ingest(store, record("a2", "2024-01-02", [person("Kim Jong-un", "leader", "PRK")], []))
    ingest(store, record("a3", "2024-01-03", [person("KIM JONG UN", None, "PRK")], []))
    assert person_ids(store) == ["kim-jong-un"]
    assert store.get_node("Person", "kim-jong-un").country == "PRK"  # type: ignore[union-attr]


def test_honorifics_and_patronymics_do_not_split_a_person(store: GraphStore) -> None:
    ingest(
        store, record("a1", "2024-01-01", [person("Vladimir Vladimirovich Putin", "President", "RUS")], [])
    )
    ingest(store, record("a2", "2024-01-02", [person("Vladimir Putin", "President", "RUS")], []))
    ingest(store, record("a3", "2024-01-03", [person("Comrade Kim Jong Un", "General Secretary", "PRK")], []))
    ingest(store, record("a4", "2024-01-04", [person("Kim Jong-un", "leader", "PRK")], []))
    ingest(store, record("a5", "2024-01-05", [person("Shri Narendra Modi", "Prime Minister", "IND")], []))
    ingest(store, record("a6", "2024-01-06", [person("Narendra Modi", "Prime Minister", "IND")], []))
    assert person_ids(store) == ["kim-jong-un", "narendra-modi", "vladimir-putin"]


def test_middle_initials_do_not_split_a_person(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Antony Blinken", "Secretary of State", "USA")], []))
    ingest(store, record("a2", "2024-01-02", [person("Antony J. Blinken", "Secretary of State", "USA")], []))
    assert person_ids(store) == ["antony-blinken"]


def test_bare_surname_in_a_fact_refers_back_within_its_article(store: GraphStore) -> None:
    ingest(
        store,
        record(
            "a1",
            "2024-06-19",
            [person("Vladimir Putin", "President", "RUS"), person("Kim Jong-un", "leader", "PRK")],
            [
                met("Putin", "Kim", "2024-06-19", "Putin and Kim talked for hours in Pyongyang."),
                visited("Putin", "PRK", "2024-06-19", "Putin arrived in Pyongyang before dawn."),
            ],
        ),
    )
    assert person_ids(store) == ["kim-jong-un", "vladimir-putin"]
    assert store.stats().edges["MET"] == 1 and store.stats().edges["VISITED"] == 1


def test_aliases_given_by_an_article_link_later_spellings(store: GraphStore) -> None:
    choe = person("Choe Son-hui", "Foreign Minister", "PRK", aliases=["Choe Son Hui"])
    ingest(store, record("a1", "2024-01-01", [choe], []))
    ingest(store, record("a2", "2024-01-02", [person("Choe Son Hui", None, "PRK")], []))
    assert person_ids(store) == ["choe-son-hui"]


def test_titles_are_kept_with_the_dates_they_were_seen(store: GraphStore) -> None:
    ingest(
        store, record("a1", "2022-05-01", [person("Choe Son-hui", "First Vice Foreign Minister", "PRK")], [])
    )
    ingest(store, record("a2", "2024-11-01", [person("Choe Son Hui", "Foreign Minister", "PRK")], []))
    choe = store.get_node("Person", "choe-son-hui")
    assert [(t.title, str(t.date)) for t in choe.titles] == [  # type: ignore[union-attr]
        ("First Vice Foreign Minister", "2022-05-01"),
        ("Foreign Minister", "2024-11-01"),
    ]


def test_extracted_records_lose_only_their_bad_facts() -> None:
    from graph.build import drop_invalid
    from ingest.schema import ExtractionRecord

    rec = ExtractionRecord.model_validate(
        record(
            "a1",
            "2024-01-01",
            [person("Wang Yi", "Foreign Minister", "CHN"), person("Someone Else", None, "China")],
            [
                met("Wang Yi", "Sergei Lavrov", "2024-04-09", "Wang Yi met Sergei Lavrov in Beijing."),
                met("Wang Yi", "Sergei Lavrov", "2024-04-10/2024-04-09", "A span that ends first."),
            ],
        )
    )
    cleaned = drop_invalid(rec)
    assert [f.date for f in cleaned.facts] == ["2024-04-09"]
    assert [p.name for p in cleaned.persons] == ["Wang Yi"]
    assert len(cleaned.warnings) == 2 and "facts[1] dropped" in cleaned.warnings[1]


def test_a_bare_name_read_first_merges_into_the_full_name_that_comes_later(store: GraphStore) -> None:
    from graph.model import EdgeQuery, NodeRef

    choe = person("Choe Son-hui", "Foreign Minister", "PRK")
    ingest(
        store,
        record(
            "a1",
            "2024-11-01",
            [choe, person("Sergei Lavrov", "Foreign Minister", "RUS")],
            [met("Choe Son-hui", "Sergei Lavrov", "2024-11-01", "Lavrov met Choe in Moscow.")],
        ),
    )
    # A short wire names only "Medvedev": no full name is known yet, so he stays on his own.
    ingest(
        store,
        record(
            "a2",
            "2024-11-01",
            [choe, person("Medvedev", "Deputy Chairman of the Security Council", "RUS")],
            [met("Choe Son-hui", "Medvedev", "2024-11-01", "Medvedev received Choe.")],
        ),
    )
    [bare] = [i for i in person_ids(store) if i.startswith("medvedev--")]
    # A later article names him in full, with the same office: the bare node folds into him.
    outcome = ingest(
        store,
        record(
            "a3",
            "2024-11-02",
            [person("Dmitry Medvedev", "Deputy Chairman of the Security Council", "RUS")],
            [],
        ),
    )
    assert person_ids(store) == ["choe-son-hui", "dmitry-medvedev", "sergei-lavrov"]
    assert [(p.id, p.status) for p in outcome.persons] == [("dmitry-medvedev", "merged")]
    medvedev = store.get_node("Person", "dmitry-medvedev")
    assert isinstance(medvedev, Person) and medvedev.name == "Dmitry Medvedev"
    assert any("family name of Dmitry Medvedev" in note for note in medvedev.resolution)
    meetings = store.find_edges(
        EdgeQuery(node=NodeRef(label="Person", id="dmitry-medvedev"), limit=None)
    ).items
    assert [(e.date, e.src, e.dst) for e in meetings] == [("2024-11-01", "choe-son-hui", "dmitry-medvedev")]
    # The merge survives re-ingesting the article that named him bare.
    changed = record(
        "a2",
        "2024-11-01",
        [choe, person("Medvedev", "Deputy Chairman of the Security Council", "RUS")],
        [met("Choe Son-hui", "Medvedev", "2024-11-01", "Medvedev received Choe again.")],
    )
    ingest(store, changed)
    assert bare not in person_ids(store)
    assert person_ids(store) == ["choe-son-hui", "dmitry-medvedev", "sergei-lavrov"]


def test_an_alias_links_two_stored_spellings(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Luiz Inacio Lula da Silva", "President", "BRA")], []))
    ingest(store, record("a2", "2024-01-02", [person("Lula da Silva", "President", "BRA")], []))
    assert len(person_ids(store)) == 2
    linked = person("Lula da Silva", "President", "BRA", aliases=["Luiz Inacio Lula da Silva"])
    ingest(store, record("a3", "2024-01-03", [linked], []))
    assert person_ids(store) == ["luiz-inacio-lula-da-silva"]


def test_a_known_venue_places_the_event_in_its_state(store: GraphStore) -> None:
    from graph.model import Place

    ingest(
        store,
        record(
            "a1",
            "2023-09-13",
            [person("Vladimir Putin", "President", "RUS"), person("Kim Jong Un", "leader", "PRK")],
            [
                met("Vladimir Putin", "Kim Jong Un", "2023-09-13", "They met at the Vostochny Cosmodrome.",
                    place="Vostochny Cosmodrome", country="PRK"),
            ],
        ),
    )  # fmt: skip
    [edge] = store.find_edges(EdgeQuery(types=["MET"])).items
    assert (edge.place, edge.country) == ("Vostochny Cosmodrome", "RUS")
    [place] = store.list_nodes("Place").items
    assert isinstance(place, Place) and (place.city, place.country) == ("Tsiolkovsky", "RUS")


def test_things_with_names_are_not_people(store: GraphStore) -> None:
    outcome = ingest(
        store,
        record(
            "a1",
            "2024-10-24",
            [person("Narendra Modi", "Prime Minister", "IND"), person("Cyclone Dana"), person("Angara")],
            [
                met("Narendra Modi", "Angara", "2024-10-24", "Modi toured the Angara launch pad."),
                met("Narendra Modi", "Cyclone Dana", "2024-10-24", "Modi reviewed Cyclone Dana relief."),
            ],
        ),
    )
    assert person_ids(store) == ["narendra-modi"]
    assert store.stats().edges.get("MET", 0) == 0
    assert sum("is not taken for a person" in w for w in outcome.warnings) == 2


def test_an_official_who_receives_a_visitor_at_home_serves_the_host_state(store: GraphStore) -> None:
    ingest(
        store,
        record(
            "a1",
            "2023-06-19",
            [person("Antony Blinken", "Secretary of State", "USA"), person("Qin Gang", "Foreign Minister")],
            [
                visited("Antony Blinken", "CHN", "2023-06-18/2023-06-19", "Blinken arrived in Beijing."),
                met("Antony Blinken", "Qin Gang", "2023-06-18", "Blinken held talks with Qin Gang.",
                    place="Beijing", country="CHN"),
            ],
        ),
    )  # fmt: skip
    qin = store.get_node("Person", "qin-gang")
    assert isinstance(qin, Person) and qin.country == "CHN"
    assert [(t.title, t.country) for t in qin.titles] == [("Foreign Minister", "CHN")]


def test_a_patronymic_chain_is_one_person_and_the_fathers_name_is_another(store: GraphStore) -> None:
    crown_prince = person("Mohammed bin Salman", "Crown Prince", "SAU")
    ingest(store, record("a1", "2024-01-01", [crown_prince], []))
    # One article writes the lineage out, and (wrongly) gives the father's name as an alias.
    chain = person("Mohammed bin Salman bin Abdulaziz Al Saud", "Crown Prince", "SAU",
                   aliases=["Salman bin Abdulaziz Al Saud"])  # fmt: skip
    ingest(store, record("a2", "2024-01-02", [chain], []))
    ingest(store, record("a3", "2024-01-03", [person("Salman bin Abdulaziz Al Saud", "King", "SAU")], []))
    assert person_ids(store) == ["mohammed-bin-salman", "salman-bin-abdulaziz-al-saud"]


def test_one_more_given_name_in_front_is_the_same_person(store: GraphStore) -> None:
    ingest(store, record("a1", "2020-01-01", [person("Javad Zarif", "Foreign Minister", "IRN")], []))
    ingest(store, record("a2", "2020-01-02", [person("Mohammad Javad Zarif", "Foreign Minister", "IRN")], []))
    assert len(person_ids(store)) == 1


def test_titles_are_held_for_the_state_the_person_serves(store: GraphStore) -> None:
    for i, state in enumerate(["RUS", "RUS", None, "PRK"]):  # one article misreads the state
        ingest(
            store,
            record(f"a{i}", f"2024-0{i + 1}-01", [person("Sergei Lavrov", "Foreign Minister", state)], []),
        )
    lavrov = store.get_node("Person", "sergei-lavrov")
    assert isinstance(lavrov, Person) and lavrov.country == "RUS"
    assert {(t.title, t.country) for t in lavrov.titles} == {("Foreign Minister", "RUS")}


def test_a_short_form_of_the_given_name_is_the_same_person(store: GraphStore) -> None:
    ingest(store, record("a1", "2021-03-01", [person("Teodoro Locsin", "Foreign Secretary", "PHL")], []))
    ingest(store, record("a2", "2021-03-02", [person("Teddy Locsin Jr.", "Foreign Secretary", "PHL")], []))
    ingest(store, record("a3", "2021-03-03", [person("Bill Nelson", "Administrator", "USA")], []))
    ingest(
        store, record("a4", "2021-03-04", [person("William Nelson", "Ambassador", "GBR")], [])
    )  # another state
    assert person_ids(store) == ["bill-nelson", "teodoro-locsin", "william-nelson"]


def test_a_stated_state_outvotes_inferred_ones(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Oleg Varin", "Foreign Minister", "RUS")], []))
    for n in (2, 3):
        guess = person("Oleg Varin", "Foreign Minister", "PRK", country_inferred=True)
        ingest(store, record(f"a{n}", f"2024-01-0{n}", [guess], []))
    node = store.get_node("Person", "oleg-varin")
    assert node is not None and node.country == "RUS"


def test_inferred_states_vote_when_no_article_states_one(store: GraphStore) -> None:
    for n, state in ((1, "GHA"), (2, "GHA"), (3, "TGO")):
        guess = person("Kofi Mensah Adu", "Minister of Trade", state, country_inferred=True)
        ingest(store, record(f"a{n}", f"2024-01-0{n}", [guess], []))
    node = store.get_node("Person", "kofi-mensah-adu")
    assert node is not None and node.country == "GHA"


def test_namesakes_of_two_stated_states_and_two_offices_stay_apart(store: GraphStore) -> None:
    ingest(
        store, record("a1", "2024-01-01", [person("Ali Hassan Warsame", "Minister of Finance", "SOM")], [])
    )
    ingest(store, record("a2", "2024-02-01", [person("Ali Hassan Warsame", "Ambassador", "KEN")], []))
    assert len(person_ids(store)) == 2


def test_a_state_only_inferred_or_the_same_office_does_not_split_a_name(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Hamid Rashid Nour", "Foreign Minister", "SDN")], []))
    guess = person("Hamid Rashid Nour", "Ambassador", "EGY", country_inferred=True)
    ingest(store, record("a2", "2024-02-01", [guess], []))
    ingest(store, record("a3", "2024-03-01", [person("Hamid Rashid Nour", "Foreign Minister", "EGY")], []))
    assert person_ids(store) == ["hamid-rashid-nour"]


def test_a_state_only_inferred_does_not_keep_spelling_variants_apart(store: GraphStore) -> None:
    # Article 2 guessed the state from the story's one other side; the name and the office agree.
    ingest(store, record("a1", "2024-01-01", [person("Andrei Volkan", "Deputy Foreign Minister", "RUS")], []))
    guess = person("Andrey Volkan", "Deputy Foreign Minister", "BLR", country_inferred=True)
    ingest(store, record("a2", "2024-02-01", [guess], []))
    assert person_ids(store) == ["andrei-volkan"]
    node = store.get_node("Person", "andrei-volkan")
    assert node is not None and node.country == "RUS"


def test_spelling_variants_of_two_stated_states_stay_apart(store: GraphStore) -> None:
    ingest(store, record("a1", "2024-01-01", [person("Andrei Volkan", "Deputy Foreign Minister", "RUS")], []))
    ingest(store, record("a2", "2024-02-01", [person("Andrey Volkan", "Ambassador", "BLR")], []))
    assert len(person_ids(store)) == 2


def test_a_bare_name_with_an_inferred_state_joins_the_one_holder_of_its_office(store: GraphStore) -> None:
    ingest(store, record("a1", "2023-05-01", [person("Teodora Valcu", "Foreign Minister", "ROU")], []))
    bare = person("Valcu", "Foreign Minister", "MDA", country_inferred=True)
    ingest(store, record("a2", "2023-09-01", [bare], []))
    assert person_ids(store) == ["teodora-valcu"]


def test_one_more_given_name_joins_over_an_inferred_state(store: GraphStore) -> None:
    ingest(store, record("a1", "2022-01-01", [person("Rashid Hamdan", "Minister of Energy", "OMN")], []))
    guess = person("Khalid Rashid Hamdan", "Minister of Energy", "QAT", country_inferred=True)
    ingest(store, record("a2", "2022-03-01", [guess], []))
    ingest(store, record("a3", "2022-04-01", [person("Salim Ali Rashid Hamdan", "Ambassador", "KWT")], []))
    assert person_ids(store) == ["rashid-hamdan", "salim-ali-rashid-hamdan"]
