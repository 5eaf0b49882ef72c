"""Analysts correct who is who (split, merge, actor dictionary), and re-ingest keeps it (our own records)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.people_service import import_actors, merge_people, split_person
from diplograph.errors import InvalidInputError
from diplograph.settings import get_settings
from graph.model import EdgeQuery, NodeRef, Person
from graph.store import GraphStore
from tests.records import ingest, met, person, record

BUSH_41 = person("George Bush", "President", "USA")


def ids(store: GraphStore) -> list[str]:
    return [p.id for p in store.list_nodes("Person", limit=None).items]


def bush_articles(store: GraphStore, sentence: str = "Bush met Kohl at the White House.") -> None:
    ingest(
        store,
        record(
            "y1990", "1990-05-17", [BUSH_41, person("Helmut Kohl", "Chancellor", "DEU")],
            [met("George Bush", "Helmut Kohl", "1990-05-17", "Bush met Kohl at the White House.")],
        ),
    )  # fmt: skip
    ingest(
        store,
        record(
            "y2006", "2006-07-13", [BUSH_41, person("Angela Merkel", "Chancellor", "DEU")],
            [met("George Bush", "Angela Merkel", "2006-07-13", sentence)],
        ),
    )  # fmt: skip


def test_split_moves_an_article_and_its_edges_and_survives_re_ingest(store: GraphStore) -> None:
    bush_articles(store)
    assert "george-bush" in ids(store)  # the same letters: one node, until an analyst says otherwise
    original, split_off = split_person(store, "george-bush", articles=["y2006"])
    assert original.id == "george-bush" and split_off.id != "george-bush"
    merkel = store.find_edges(EdgeQuery(node=NodeRef(label="Person", id="angela-merkel"))).items
    assert [(e.src, e.dst) for e in merkel] == [("angela-merkel", split_off.id)]
    # The 2006 article is corrected and ingested again: it stays with the split-off person.
    bush_articles(store, sentence="Bush met Merkel in Stralsund.")
    assert sorted(ids(store)) == sorted(["angela-merkel", "george-bush", "helmut-kohl", split_off.id])
    merkel = store.find_edges(EdgeQuery(node=NodeRef(label="Person", id="angela-merkel"))).items
    assert [e.dst for e in merkel] == [split_off.id]


def test_split_refuses_to_move_everything(store: GraphStore) -> None:
    bush_articles(store)
    with pytest.raises(InvalidInputError, match="leave some"):
        split_person(store, "george-bush", articles=["y1990", "y2006"])
    with pytest.raises(InvalidInputError, match="spells"):
        split_person(store, "george-bush")


def test_merge_is_kept_across_re_ingest_and_new_articles(store: GraphStore) -> None:
    ingest(store, record("a1", "2023-01-02", [person("Luiz Inacio Lula da Silva", "President", "BRA")], []))
    ingest(
        store, record("a2", "2023-01-03", [person("Lula", "President", "BRA"), person("Mauro Vieira")], [])
    )
    assert len(ids(store)) == 3
    lula_bare = next(i for i in ids(store) if i.startswith("lula--"))
    survivor = merge_people(store, "luiz-inacio-lula-da-silva", lula_bare)
    assert survivor.id == "luiz-inacio-lula-da-silva"
    assert any("an analyst merged" in note for note in survivor.resolution)
    ingest(store, record("a2", "2023-01-03", [person("Lula", "President", "BRA")], []))  # re-ingested
    assert ids(store) == ["luiz-inacio-lula-da-silva"]


ACTORS = """name,aliases,state,office,start,end
George H. W. Bush,George Bush;George Bush Sr.,USA,President,1989-01-20,1993-01-20
George W. Bush,George Bush,USA,President,2001-01-20,2009-01-20
Sergei Lavrov,Sergey Lavrov,RUS,Foreign Minister,2004-03-09,
"""


def test_an_actor_dictionary_tells_namesakes_apart_and_gives_states(store: GraphStore) -> None:
    summary = import_actors(store, ACTORS)
    assert (summary.actors, summary.created) == (3, 3)
    bush_articles(store)
    ingest(store, record("a3", "2024-01-05", [person("Sergey Lavrov", "Foreign Minister", None)], []))
    kohl = store.find_edges(EdgeQuery(node=NodeRef(label="Person", id="helmut-kohl"))).items
    merkel = store.find_edges(EdgeQuery(node=NodeRef(label="Person", id="angela-merkel"))).items
    assert [{e.src, e.dst} for e in kohl] == [{"george-h-w-bush", "helmut-kohl"}]
    assert [{e.src, e.dst} for e in merkel] == [{"angela-merkel", "george-w-bush"}]
    lavrov = store.get_node("Person", "sergei-lavrov")
    assert isinstance(lavrov, Person) and lavrov.country == "RUS" and "Sergey Lavrov" in lavrov.aliases


def test_actors_import_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    try:
        csv_file = tmp_path / "actors.csv"
        csv_file.write_text(ACTORS)
        runner = CliRunner()
        result = runner.invoke(cli, ["actors", "import", str(csv_file)])
        assert result.exit_code == 0, result.output
        assert "actors: 3 (3 rows)" in result.output
        bad = tmp_path / "bad.csv"
        bad.write_text("name,state\nSomeone Else,Atlantis\n")
        result = runner.invoke(cli, ["actors", "import", str(bad)])
        assert result.exit_code == 1 and "unknown state 'Atlantis'" in result.output
        result = runner.invoke(cli, ["people", "show", "Sergei Lavrov"])
        assert result.exit_code == 0 and "sergei-lavrov: Sergei Lavrov (RUS)" in result.output
    finally:
        get_settings.cache_clear()
