"""`diplograph evaluate GOLD_DIR`: how well extraction does on articles annotated by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from app.cli_support import fail, print_table
from app.evaluate import ALL_TYPES, extract_gold, load_gold, load_records, score
from diplograph.errors import DiploGraphError
from diplograph.settings import get_settings


def evaluate(
    gold_dir: Annotated[
        Path, typer.Argument(help="Folder of annotated articles, one *.json each (eval/README.md)")
    ],
    records: Annotated[
        Path | None,
        typer.Option(
            "--records", help="Score these extraction records (JSONL or folder) instead of extracting"
        ),
    ] = None,
    errors: Annotated[
        bool, typer.Option("--errors", help="List every missed, spurious and misdated fact")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Score extraction against annotated articles: precision/recall/F1 per fact type, dates, persons."""
    try:
        gold = load_gold(gold_dir)
        found = load_records(records) if records else extract_gold(gold.values(), get_settings().spacy_model)
    except DiploGraphError as exc:
        raise fail(exc, as_json=as_json) from exc
    report = score(gold, found)
    if as_json:
        typer.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
        return
    rows = []
    for name, value in [
        *((t, report.types[t]) for t in ALL_TYPES),
        ("overall", report.overall),
        ("persons", report.persons),
    ]:
        rows.append(
            [
                name,
                f"{value.precision:.3f}",
                f"{value.recall:.3f}",
                f"{value.f1:.3f}",
                value.correct,
                value.extracted,
                value.gold,
            ]
        )
    print_table(
        f"{report.articles} articles in {gold_dir} (overall = MET + VISITED + SIGNED)",
        ["", "precision", "recall", "F1", "correct", "extracted", "gold"],
        rows,
    )
    typer.echo(
        f"dates of matched facts: {report.date_exact:.3f} exact, {report.date_overlap:.3f} overlapping; "
        f"persons' state right: {report.person_country_accuracy:.3f}"
    )
    if errors:
        typer.echo("")
        for error in report.errors:
            typer.echo(error.line())
    elif report.errors:
        typer.echo(f"{len(report.errors)} errors (--errors lists them)")
