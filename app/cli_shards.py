"""`diplograph extract --shards DIR`: the command-line side of app/scaleout.py."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from app.scaleout import ShardSummary, extract_to_shards
from diplograph.errors import DiploGraphError
from diplograph.settings import Settings


def extract_shards(
    files: list[Path], out_dir: Path, settings: Settings, partition_size: int, workers: int,
    published: dt.date | None,
) -> None:  # fmt: skip
    where = settings.dask_scheduler or f"a local cluster of {workers} worker processes"
    typer.echo(f"extracting on {where} into {out_dir}/", err=True)

    def show(summary: ShardSummary) -> None:
        typer.echo(f"  {summary.written} shards written ({summary.articles} articles read)", err=True)

    try:
        summary = extract_to_shards(
            files, out_dir, settings, partition_size=partition_size, workers=workers,
            published=published, progress=show,
        )  # fmt: skip
    except DiploGraphError as exc:
        typer.secho(f"error: {exc.message}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    except OSError as exc:
        typer.secho(f"error: {exc.filename or out_dir}: {exc.strerror}", fg=typer.colors.RED, err=True)
        raise typer.Exit(1) from exc
    for message in summary.errors:
        typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    typer.echo(
        f"shards: {summary.shards} ({summary.written} written, {summary.kept} unchanged, "
        f"{summary.removed} stale removed); articles: {summary.articles}, {summary.failed} failed\n"
        f"load them with: diplograph ingest {out_dir}"
    )
    if summary.failed:
        raise typer.Exit(1)
