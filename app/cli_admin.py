"""Admin commands of `diplograph`: `delete` (registered in app/cli.py)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from app.ingest_service import delete_article
from diplograph.errors import DiploGraphError
from diplograph.settings import get_settings
from graph.factory import open_store


def delete(
    article_ids: Annotated[list[str], typer.Argument(metavar="ID...", help="Article ids to delete")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Delete articles: their evidence and mentions, and every edge and node left with none.

    What other articles said stays.  Ingesting the article again restores it.
    """
    try:
        store = open_store(get_settings())
    except DiploGraphError as exc:
        typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    failed = 0
    try:
        for article_id in article_ids:
            try:
                outcome = delete_article(store, article_id)
            except DiploGraphError as exc:
                failed += 1
                typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
                continue
            if as_json:
                typer.echo(json.dumps(outcome.model_dump(mode="json")))
            else:
                typer.echo(
                    f"deleted {article_id}: {outcome.nodes_deleted} nodes and {outcome.edges_deleted} edges "
                    f"removed, {outcome.nodes_updated} nodes and {outcome.edges_updated} edges updated"
                )
    finally:
        store.close()
    if failed:
        raise typer.Exit(1)


def register(cli: typer.Typer) -> None:
    cli.command()(delete)
