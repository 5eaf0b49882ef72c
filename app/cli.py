"""`diplograph`: the command line, a thin layer over the same service functions as the API.

Every command reads the same Settings (DIPLOGRAPH_* variables) as the server,
so `diplograph ingest` and `diplograph serve` see the same graph.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from app import service
from app.cli_admin import register as register_admin
from app.cli_evaluate import evaluate as evaluate_command
from app.cli_support import fail as fail_with_help
from app.cli_support import print_table
from app.export import EXPORT_FORMATS, export_graph
from app.ingest_report import IngestLog
from app.ingest_service import discover
from app.parallel import Progress, default_workers, ingest_files
from app.schemas import Event
from diplograph.errors import DiploGraphError
from diplograph.settings import get_settings
from graph.factory import open_store
from graph.store import GraphStore

cli = typer.Typer(help="DiploGraph: a knowledge graph of diplomatic exchanges read from news articles.",
                  no_args_is_help=True, add_completion=False)  # fmt: skip
query_cli = typer.Typer(help="Ask the graph questions.", no_args_is_help=True)
cli.add_typer(query_cli, name="query")


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


class ExportFormat(StrEnum):
    graphml = "graphml"
    json = "json"
    csv = "csv"


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


@contextmanager
def _open(as_json: bool = False) -> Iterator[GraphStore]:
    try:
        store = open_store(get_settings())
    except DiploGraphError as exc:
        raise fail_with_help(exc, None, as_json) from exc
    try:
        yield store
    except DiploGraphError as exc:
        # The message, plus the candidates or suggestions with ids (as the API gives them).
        raise fail_with_help(exc, store, as_json) from exc
    finally:
        store.close()


@cli.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files: .json, .jsonl, .txt, .html")],
    format: Annotated[
        ExtractFormat, typer.Option("--format", help="One record per line, or one JSON array")
    ] = (ExtractFormat.jsonl),
    published: Annotated[
        dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Publication date for files without one")
    ] = None,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="Each fact with its sentence, trigger and sources"),
    ] = False,
    shards: Annotated[
        Path | None,
        typer.Option(help="Extract on a Dask cluster into this folder, one JSONL shard per partition"),
    ] = None,
    partition_size: Annotated[int, typer.Option(min=1, help="Articles per shard (with --shards)")] = 200,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Local cluster's processes when DIPLOGRAPH_DASK_SCHEDULER is unset"),
    ] = None,
) -> None:
    """Print the extraction record of every article (the GUIDELINE format); store nothing.

    With --shards DIR, extract on a Dask cluster instead and write DIR/part-NNNNN.jsonl
    (load them with `diplograph ingest DIR`).
    """
    from ingest.explain import explain_record
    from ingest.pipeline import extract_article
    from ingest.reader import read_file

    settings = get_settings()
    if shards is not None:
        from app.cli_shards import extract_shards  # Dask is imported only for this

        if explain or format is not ExtractFormat.jsonl:
            raise _fail("--shards writes JSONL records; --explain and --format json print to the terminal")

        day = published.date() if published else None
        extract_shards(files, shards, settings, partition_size, workers or default_workers(), day)
        return
    failed = 0
    records = []
    for path in files:
        try:
            for article in read_file(path, published.date() if published else None):
                extracted = extract_article(article, settings.spacy_model)
                if explain:
                    typer.echo(explain_record(extracted))
                    continue
                record = extracted.model_dump(mode="json")
                if format is ExtractFormat.jsonl:
                    typer.echo(json.dumps(record, ensure_ascii=False))
                else:
                    records.append(record)
        except DiploGraphError as exc:
            failed += 1
            message = exc.message if str(path) in exc.message else f"{path}: {exc.message}"
            typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    if format is ExtractFormat.json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
    if failed:
        raise typer.Exit(1)


@cli.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders (JSON, JSONL, text, HTML; records too)")
    ],
    published: Annotated[
        dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Publication date for files without one")
    ] = None,
    report: Annotated[
        Path | None,
        typer.Option("--report", help="Write a JSON line per article: file, id, status, warnings"),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Extraction processes (default: the number of cores)"),
    ] = None,
) -> None:
    """Extract and store articles; prints what was added, merged, skipped and failed, then warnings."""
    files = discover(paths)
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        typer.secho(f"error: {path}: no such file or folder", fg=typer.colors.RED, err=True)
    files = [f for f in files if f.exists()]
    settings = get_settings()
    log = IngestLog()
    with _open() as store, typer.progressbar(length=1, label="Ingesting", file=sys.stderr) as bar:

        def show(p: Progress) -> None:
            bar.length = p.total
            bar.label = f"Ingesting ({p.line()})"
            bar.update(1)

        summary = ingest_files(
            store, files, settings, workers or default_workers(), progress=show,
            published=published.date() if published else None, on_outcome=log.add,
        )  # fmt: skip
    for message in summary.errors:
        typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    typer.echo(
        f"articles: {summary.added} added, {summary.replaced} replaced, {summary.skipped} skipped, "
        f"{summary.failed + len(missing)} failed\n"
        f"persons: {summary.persons_new} new, {summary.persons_merged} merged with known persons\n"
        f"facts: {summary.facts_new} new, {summary.facts_corroborated} corroborating known edges"
    )
    log.print_warnings()
    if report is not None:
        for path in missing:
            log.add(path, None, None, f"{path}: no such file or folder")
        try:
            log.write(report)
        except OSError as exc:
            raise _fail(f"{report}: cannot write the report ({exc.strerror})") from exc
        typer.echo(f"report: {report} ({len(log.rows)} lines)", err=True)
    if summary.failed or missing:
        raise typer.Exit(1)


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
) -> None:
    """Serve the REST API (docs at /docs)."""
    import uvicorn

    from app.api import create_app

    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    typer.echo(f"explorer: http://{shown}:{port}/   API docs: http://{shown}:{port}/docs", err=True)
    uvicorn.run(create_app(get_settings()), host=host, port=port)


def _print_events(events: list[Event], as_json: bool, total: int) -> None:
    if as_json:
        typer.echo(json.dumps([e.model_dump(mode="json") for e in events], ensure_ascii=False, indent=2))
        return
    if not events:
        typer.echo("nothing found")
    for event in events:
        where = ", ".join(x for x in (event.place, event.country) if x)
        who = event.counterpart.name if event.type != "VISITED" else event.counterpart.name
        if event.type == "VISITED":
            who = f"{event.subject.name} -> {event.counterpart.name}"
        typer.echo(f"{event.date or 'undated':<23} {event.type:<7} {who}" + (f"  ({where})" if where else ""))
        for evidence in event.evidence:
            typer.echo(f"    [{evidence.article_id}] {evidence.sentence}")
    if total > len(events):
        typer.echo(f"... {total - len(events)} more (use --offset/--limit)")


Since = Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="From this day")]
Until = Annotated[dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Until this day")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON")]
Limit = Annotated[int, typer.Option(min=1, max=500)]
Offset = Annotated[int, typer.Option(min=0)]


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


@query_cli.command("who-met")
def who_met(
    name: Annotated[str, typer.Argument(help="A person's id or name")],
    since: Since = None,
    until: Until = None,
    country: Annotated[str | None, typer.Option(help="Counterpart's country")] = None,
    as_json: AsJson = False,
    offset: Offset = 0,
    limit: Limit = 50,
) -> None:
    """Who met (or called) NAME: counterparts with date, place and evidence."""
    with _open(as_json) as store:
        page = service.meetings(
            store, name, since=_day(since), until=_day(until), country=country, offset=offset, limit=limit
        )
        _print_events(page.items, as_json, page.total)


@query_cli.command("visits")
def visits(
    name: Annotated[str, typer.Argument(help="A person's id or name, or with --country a country")],
    country: Annotated[bool, typer.Option("--country", help="NAME is a country: list its visitors")] = False,
    since: Since = None,
    until: Until = None,
    as_json: AsJson = False,
    offset: Offset = 0,
    limit: Limit = 50,
) -> None:
    """Visits made by a person, or (with --country) visitors of a country."""
    with _open(as_json) as store:
        find = service.country_visitors if country else service.visits
        page = find(store, name, since=_day(since), until=_day(until), offset=offset, limit=limit)
        _print_events(page.items, as_json, page.total)


@query_cli.command("timeline")
def timeline(
    entity: Annotated[str, typer.Argument(help="A person (id or name) or a country (ISO3 or name)")],
    since: Since = None,
    until: Until = None,
    as_json: AsJson = False,
    offset: Offset = 0,
    limit: Limit = 50,
) -> None:
    """Dated events of a person or a country, in date order."""
    with _open(as_json) as store:
        page = service.timeline(
            store, entity, since=_day(since), until=_day(until), offset=offset, limit=limit
        )
        _print_events(page.items, as_json, page.total)


@query_cli.command("path")
def path(
    source: Annotated[str, typer.Argument(help="A person")],
    target: Annotated[str, typer.Argument(help="Another person")],
    as_json: AsJson = False,
) -> None:
    """How two people are connected through meetings and calls (shortest paths)."""
    with _open(as_json) as store:
        found = service.paths(store, source, target)
    if as_json:
        typer.echo(json.dumps([p.model_dump(mode="json") for p in found], ensure_ascii=False, indent=2))
        return
    if not found:
        typer.echo("no connection through meetings or calls")
    for view in found:
        typer.echo(" -> ".join(p.name for p in view.persons))
        for hop in view.hops:
            typer.echo("    " + "; ".join(f"{e.type} {e.date or 'undated'}" for e in hop))


@query_cli.command("title")
def title(
    name: Annotated[str, typer.Argument(help='A title, e.g. "Foreign Minister"')],
    country: Annotated[str | None, typer.Option(help="The state it was held for (ISO3 or name)")] = None,
    as_json: AsJson = False,
    limit: Limit = 50,
) -> None:
    """Who held a title, with the first and last day it was reported."""
    with _open(as_json) as store:
        page = service.title_holders(store, name, country=country, limit=limit)
    if as_json:
        typer.echo(json.dumps([h.model_dump(mode="json") for h in page.items], ensure_ascii=False, indent=2))
        return
    if not page.items:
        typer.echo("nothing found")
        return
    rows = [
        [f"{h.first_seen or '?'} .. {h.last_seen or '?'}", h.person.name, h.person.id, h.title, h.country]
        + [h.articles]
        for h in page.items
    ]
    print_table(None, ["reported", "person", "id", "title", "for", "articles"], rows)


@query_cli.command("search")
def search(
    text: Annotated[str, typer.Argument(help="A name, spelling or part of a name (typos are fine)")],
    as_json: AsJson = False,
    limit: Limit = 10,
) -> None:
    """Persons whose names match, best first (one- or two-letter typos tolerated)."""
    with _open(as_json) as store:
        page = service.persons(store, text, 0, limit)
    if as_json:
        typer.echo(json.dumps([h.model_dump(mode="json") for h in page.items], ensure_ascii=False, indent=2))
        return
    if not page.items:
        typer.echo("nothing found")
        return
    rows = [[h.id, h.name, h.country or "-", ", ".join(a for a in h.aliases if a != h.name), f"{h.score:g}"]
            for h in page.items]  # fmt: skip
    print_table(None, ["id", "name", "country", "also written", "score"], rows)


@cli.command()
def stats(as_json: AsJson = False) -> None:
    """Counts of nodes, edges and evidence."""
    with _open(as_json) as store:
        counts = service.stats(store)
    if as_json:
        typer.echo(json.dumps(counts.model_dump(), indent=2))
        return
    rows = [["node", k, v] for k, v in sorted(counts.nodes.items())]
    rows += [["edge", k, v] for k, v in sorted(counts.edges.items())]
    rows.append(["", "evidence sentences", counts.evidence])
    print_table(None, ["", "kind", "count"], rows)


@cli.command()
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", help=", ".join(EXPORT_FORMATS))
    ] = ExportFormat.json,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File (graphml, json) or folder (csv); default stdout"),
    ] = None,
) -> None:
    """Export the whole graph for Gephi (graphml), pandas/R (csv) or scripts (json).

    csv with --output FOLDER writes nodes.csv, edges.csv and evidence.csv; without it, edges.csv to stdout.
    """
    with _open() as store:
        try:
            written = export_graph(store, format.value, output)
        except OSError as exc:
            raise _fail(f"{exc.filename or output}: cannot write ({exc.strerror})") from exc
    if output is not None:
        typer.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)


cli.command("evaluate")(evaluate_command)
register_admin(cli)  # app/cli_admin.py: delete


def main() -> None:
    cli()


# `people` and `actors` live in their own module, which registers them on `cli`.
import app.cli_people  # noqa: E402, F401
