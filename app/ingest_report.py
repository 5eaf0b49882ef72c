"""What `diplograph ingest` says about each article: warnings at the end, and `--report FILE` (JSONL)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import typer

from graph.build import IngestOutcome

SHOWN = 20

# Warnings that describe a choice the extractor made, not a problem with the article.
_ROUTINE = ("skipped, status is",)


class IngestLog:
    """Collects every article's outcome (the `on_outcome` of `ingest_paths`)."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    def add(
        self, path: Path, article_id: str | None, outcome: IngestOutcome | None, error: str | None
    ) -> None:
        row: dict[str, Any] = {"file": str(path), "article_id": article_id}
        if outcome is None:
            row.update(status="failed", error=error, warnings=[])
        else:
            row.update(
                status=outcome.status,
                warnings=list(outcome.warnings),
                persons=dict(Counter(p.status for p in outcome.persons)),
                facts=dict(Counter(f.status for f in outcome.facts)),
            )
        self.rows.append(row)

    def notable(self, row: dict[str, Any]) -> list[str]:
        return [w for w in row["warnings"] if not any(r in w for r in _ROUTINE)]

    def print_warnings(self) -> None:
        """Per article, the warnings worth a look (undated articles first); stderr, after the summary."""
        warned = [(row, self.notable(row)) for row in self.rows if self.notable(row)]
        if not warned:
            return
        undated = sum(any("no publication date" in w for w in notes) for _, notes in warned)
        head = f"warnings: {len(warned)} article{'s' if len(warned) != 1 else ''}"
        if undated:
            head += f" ({undated} without a publication date: relative dates left null; see --published)"
        typer.secho(head, fg=typer.colors.YELLOW, err=True)
        warned.sort(key=lambda item: (not any("no publication date" in w for w in item[1]), item[0]["file"]))
        for row, notes in warned[:SHOWN]:
            typer.echo(f"  {row['article_id'] or row['file']}: {'; '.join(notes)}", err=True)
        if len(warned) > SHOWN:
            typer.echo(f"  ... {len(warned) - SHOWN} more (--report FILE lists every article)", err=True)

    def write(self, path: Path) -> None:
        with path.open("w", encoding="utf-8") as handle:
            for row in self.rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
