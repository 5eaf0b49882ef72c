"""What the CLI prints besides answers: errors that help, and tables.

An error names the problem; where the problem is a name, it lists the persons
(or countries) the user may have meant, with their ids and a one-line
description, exactly the candidates and suggestions the API returns.  With
`--json` the same error is printed as the API's JSON error body on stdout, so
scripts read it the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from diplograph.errors import AmbiguousNameError, DiploGraphError
from graph.model import Person
from graph.store import GraphStore


def console() -> Console:
    # Wide enough for names and evidence when piped (rich would assume 80 columns).
    return Console(file=sys.stdout, width=None if sys.stdout.isatty() else 160, soft_wrap=False)


def print_table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    table = Table(
        title=title,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        header_style="bold",
    )
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
    console().print(table)


def describe_person(person: Person) -> str:
    """'Foreign Minister (PRK), last reported 2025-03-17; 16 articles' - enough to tell two Kims apart."""
    from app.service import title_spans

    parts = []
    spans = title_spans(person)
    if spans:
        # The title most articles gave, not a one-off (or a misread) one.
        best = max(spans, key=lambda s: (s.articles, s.last_seen or dt.date.min))
        where = f" ({best.country})" if best.country else ""
        when = f", last reported {best.last_seen}" if best.last_seen else ""
        parts.append(f"{best.title}{where}{when}")
    elif person.country:
        parts.append(person.country)
    # article_count is kept by the store; mentions are not read back with the node.
    articles = getattr(person, "article_count", 0) or len({m.article_id for m in person.mentions})
    parts.append(f"{articles} article{'s' if articles != 1 else ''}")
    return "; ".join(parts)


def _choice_line(store: GraphStore | None, choice: dict[str, Any]) -> str:
    ident, name = choice.get("id", "?"), choice.get("name", "")
    if choice.get("label") == "Person" and store is not None:
        node = store.get_node("Person", ident)
        if isinstance(node, Person):
            return f"  {ident:<28} {name} - {describe_person(node)}"
    country = f" ({choice['country']})" if choice.get("country") and choice.get("label") == "Person" else ""
    return f"  {ident:<28} {name}{country}"


def error_lines(exc: DiploGraphError, store: GraphStore | None = None) -> list[str]:
    """The message, then the candidates (ambiguous name) or suggestions (unknown name), one per line."""
    lines = [exc.message]
    candidates = exc.details.get("candidates") or []
    suggestions = exc.details.get("suggestions") or []
    if candidates:
        lines.append("candidates (use an id):")
        lines.extend(_choice_line(store, c) for c in candidates)
    elif suggestions:
        lines.append("did you mean:")
        lines.extend(_choice_line(store, s) for s in suggestions if isinstance(s, dict))
    elif isinstance(exc, AmbiguousNameError):
        lines.append("use a person's id (see `diplograph query search NAME`)")
    return lines


def fail(exc: DiploGraphError, store: GraphStore | None = None, as_json: bool = False) -> typer.Exit:
    """Print the error (stderr; with --json also as a JSON body on stdout) and return the exit to raise."""
    lines = error_lines(exc, store)
    typer.secho(f"error: {lines[0]}", fg=typer.colors.RED, err=True)
    for line in lines[1:]:
        typer.echo(line, err=True)
    if as_json:
        typer.echo(
            json.dumps(
                {"error": type(exc).__name__, "message": exc.message, **exc.details}, ensure_ascii=False
            )
        )
    return typer.Exit(1)
