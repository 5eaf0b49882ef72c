"""Spellings of one name that are one person, and namesakes they must not join (invented people)."""

from __future__ import annotations

from graph.keys import exact_key, fold, variant_token
from graph.model import Person
from graph.store import GraphStore
from tests.records import ingest, person, record


def people(store: GraphStore) -> list[Person]:
    return [p for p in store.list_nodes("Person", limit=None).items if isinstance(p, Person)]


def spellings(p: Person) -> set[str]:
    return {p.name, *p.aliases}


def test_letters_nfkd_does_not_take_apart_fold_to_ascii() -> None:
    assert fold("Kılıçdağ") == "kilicdag"
    assert fold("Jarosław Pławecki") == "jaroslaw plawecki"
    assert fold("Sindre Løvåsen") == "sindre lovasen"
    assert fold("Großkopf") == "grosskopf"
    assert fold("Đorđe") == "dorde"
    assert fold("Ægir Þórsson") == "aegir thorsson"
    assert fold("Cœurdevey") == "coeurdevey"
    assert fold("Əlizadə") == "alizada"
    assert fold("İlkin") == "ilkin"


def test_names_with_such_letters_are_one_person(store: GraphStore) -> None:
    ingest(store, record("f1", "2024-02-01", [person("Mehmet Yıldızcan", "Deputy Minister", "TUR")], []))
    ingest(store, record("f2", "2024-02-05", [person("Mehmet Yildizcan", "Deputy Minister", "TUR")], []))
    ingest(store, record("f3", "2024-02-01", [person("Jarosław Pławecki", "Ambassador", "POL")], []))
    ingest(store, record("f4", "2024-02-09", [person("Jaroslaw Plawecki", None, "POL")], []))
    found = people(store)
    assert len(found) == 2
    assert {p.id for p in found} == {"mehmet-yildizcan", "jaroslaw-plawecki"}


def test_the_arabic_article_written_several_ways_is_one_name() -> None:
    forms = ["Karim al-Haddadi", "Karim el-Haddadi", "Karim Al Haddadi", "Karim El Haddadi",
             "Karim Alhaddadi"]  # fmt: skip
    assert {exact_key(n) for n in forms} == {"n:karimalhaddadi"}
    # Before a "sun letter" the article takes its sound: "ad-Dabbagh" is "al-Dabbagh", "ash-Shami" "al-Shami".
    assert exact_key("Karim ad-Dabbagh") == exact_key("Karim al-Dabbagh")
    assert exact_key("Karim ash-Shamri") == exact_key("Karim Al Shamri")
    assert exact_key("Karim ad-Haddadi") != exact_key("Karim al-Haddadi")  # "h" takes no assimilation
    # Only the article: a name beginning with "El" or containing "el" is not rewritten.
    assert exact_key("El Haddadi") == "n:elhaddadi"
    assert exact_key("Abdel Haddadi") == "n:abdelhaddadi"
    assert exact_key("Karim Haddadi") == "n:karimhaddadi"


def test_article_variants_join_and_a_bare_family_name_still_finds_them(store: GraphStore) -> None:
    ingest(store, record("e1", "2023-09-01", [person("Karim el-Haddadi", "Foreign Minister", "EGY")], []))
    ingest(store, record("e2", "2023-09-03", [person("Karim Al Haddadi", "Foreign Minister", "EGY")], []))
    ingest(store, record("e3", "2023-09-04", [person("Karim Alhaddadi", None, "EGY")], []))
    ingest(store, record("e4", "2023-09-06", [person("Haddadi", "Foreign Minister", "EGY")], []))
    found = people(store)
    assert len(found) == 1 and found[0].article_count == 4


def test_russian_and_ukrainian_spellings() -> None:
    same = [("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski"), ("Tokayev", "Tokaev"), ("Aliyev", "Aliev"),
            ("Dmitriev", "Dmitriyev"), ("Lavrentyev", "Lavrentiev"), ("Andrei", "Andrey", "Andriy"),
            ("Sergei", "Sergey", "Serhiy"), ("Alexei", "Aleksey", "Alexey", "Oleksiy"),
            ("Yuri", "Yury", "Yuriy"), ("Dmitri", "Dmitry", "Dmitriy", "Dmytro"), ("Nikolai", "Nikolay"),
            ("Vasily", "Vasiliy"), ("Yevgeny", "Evgeny", "Evgeniy"), ("Aleksandr", "Alexander", "Oleksandr"),
            ("Vladimir", "Volodymyr")]  # fmt: skip
    for group in same:
        assert len({variant_token(fold(t)) for t in group}) == 1, group
    # Different names stay different.
    for a, b in [("Sergei", "Andrei"), ("Medvedev", "Medvediev"), ("Yuri", "Yulia"), ("Ivanov", "Ivanova")]:
        assert variant_token(fold(a)) != variant_token(fold(b))


def test_transliterations_join_one_person(store: GraphStore) -> None:
    ingest(store, record("t1", "2022-05-01", [person("Arkadiy Lavrentyev", "Deputy Minister", "RUS")], []))
    ingest(store, record("t2", "2022-05-03", [person("Arkady Lavrentiev", "Deputy Minister", "RUS")], []))
    ingest(store, record("t3", "2022-05-01", [person("Nurlan Bekmayev", "Ambassador", "KAZ")], []))
    ingest(store, record("t4", "2022-05-05", [person("Nurlan Bekmaev", None, None)], []))
    ingest(store, record("t5", "2022-05-01", [person("Oleksandr Hordiyenko", "Minister", "UKR")], []))
    ingest(store, record("t6", "2022-05-07", [person("Aleksandr Hordiyenko", "Minister", "UKR")], []))
    found = people(store)
    assert len(found) == 3
    assert all(p.article_count == 2 for p in found)
    assert all(any("spelling variant" in note for note in p.resolution) for p in found)


def test_transliterations_of_two_stated_states_or_two_given_names_stay_apart(store: GraphStore) -> None:
    ingest(store, record("u1", "2022-06-01", [person("Oleksandr Hordiyenko", "Ambassador", "UKR")], []))
    ingest(store, record("u2", "2022-06-02", [person("Aleksandr Hordiyenko", "Governor", "RUS")], []))
    ingest(store, record("u3", "2022-06-03", [person("Sergei Pavlenkov", "Deputy Minister", "RUS")], []))
    ingest(store, record("u4", "2022-06-04", [person("Andrei Pavlenkov", "Deputy Minister", "RUS")], []))
    assert len(people(store)) == 4
