"""`diplograph people ...` and `diplograph actors import`: see and correct who is who."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from app import people_service
from app.cli import _fail, _open, cli
from graph.model import Person

people_cli = typer.Typer(help="See why a person is one node, and correct it (kept across re-ingest).",
                         no_args_is_help=True)  # fmt: skip
actors_cli = typer.Typer(help="A dated actor dictionary that resolution consults.", no_args_is_help=True)
cli.add_typer(people_cli, name="people")
cli.add_typer(actors_cli, name="actors")


def _show(person: Person) -> None:
    typer.echo(
        f"{person.id}: {person.name} ({person.country or 'state unknown'}), {person.article_count} article(s)"
    )
    if person.aliases:
        typer.echo(f"    also: {', '.join(person.aliases)}")
    for note in person.resolution:
        typer.echo(f"    why: {note}")


@people_cli.command("show")
def show(name: Annotated[str, typer.Argument(help="A person's id or name")]) -> None:
    """A person's spellings, state, and why each spelling or article joined them."""
    with _open() as store:
        view = people_service.resolution(store, name)
    typer.echo(f"{view.id}: {view.name} ({view.country or 'state unknown'}), {view.article_count} article(s)")
    if view.aliases:
        typer.echo(f"    also: {', '.join(view.aliases)}")
    for note in view.notes:
        typer.echo(f"    why: {note}")


@people_cli.command("split")
def split(
    person: Annotated[str, typer.Argument(help="The person's id (or an unambiguous name)")],
    article: Annotated[
        list[str] | None, typer.Option("--article", help="Move this article's mention")
    ] = None,
    name: Annotated[list[str] | None, typer.Option("--name", help="Move the mentions spelled so")] = None,
) -> None:
    """Split a wrongly merged person; without options, one person per spelling. Kept across re-ingest."""
    with _open() as store:
        for result in people_service.split_person(store, person, article or [], name or []):
            _show(result)


@people_cli.command("merge")
def merge(
    first: Annotated[str, typer.Argument(help="One person's id")],
    second: Annotated[str, typer.Argument(help="The other's id")],
) -> None:
    """Merge two persons that are one. Kept across re-ingest."""
    with _open() as store:
        _show(people_service.merge_people(store, first, second))


@actors_cli.command("import")
def import_actors(
    file: Annotated[Path, typer.Argument(help="CSV: name, aliases (;-separated), state, office, start, end")],
) -> None:
    """Load an actor dictionary (replacing the previous one): resolution and states consult it."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise _fail(f"{file}: {exc.strerror or exc}") from exc
    with _open() as store:
        summary = people_service.import_actors(store, text)
    typer.echo(
        f"actors: {summary.actors} ({summary.rows} rows): {summary.attached} matched persons already in the "
        f"graph, {summary.created} new"
    )
