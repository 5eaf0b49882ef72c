"""Ingest: articles (extracted here) and ready-made records, one at a time or in batches.

Shared by `POST /articles`, the background jobs and `diplograph ingest`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from app.schemas import StrictRecord
from app.validation import check_id, check_item, load_json
from diplograph.errors import ArticleError, DiploGraphError, InvalidInputError
from diplograph.settings import Settings
from graph.buffered import buffered
from graph.build import ArticleMeta, IngestOutcome, drop_invalid, ingest_record
from graph.delete import DeleteOutcome
from graph.delete import delete_article as graph_delete
from graph.store import GraphStore
from ingest.reader import read_file
from ingest.schema import Article, ExtractionRecord

INPUT_SUFFIXES = (".json", ".jsonl", ".txt", ".html", ".htm")
Item = Article | StrictRecord


class IngestSummary(BaseModel):
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    persons_new: int = 0
    persons_merged: int = 0
    facts_new: int = 0
    facts_corroborated: int = 0
    errors: list[str] = Field(default_factory=list)

    def count(self, outcome: IngestOutcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.persons_new += sum(p.status == "new" for p in outcome.persons)
        self.persons_merged += sum(p.status == "merged" for p in outcome.persons)
        self.facts_new += sum(f.status == "new" for f in outcome.facts)
        self.facts_corroborated += sum(f.status == "corroborated" for f in outcome.facts)

    def fail(self, message: str) -> None:
        self.failed += 1
        self.errors.append(message)


def _validation_message(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def parse_item(data: Any, source: str = "body") -> Item:
    """A JSON object -> an Article (it has 'text') or an extraction record (it has 'facts'/'persons')."""
    if not isinstance(data, dict):
        raise InvalidInputError(f"{source}: expected a JSON object, got {type(data).__name__}")
    model: type[Article] | type[StrictRecord] = Article if "text" in data else StrictRecord
    if model is StrictRecord and not ({"facts", "persons"} & data.keys()):
        raise InvalidInputError(
            f"{source}: an article needs 'id' and 'text'; an extraction record needs 'id' and 'facts'"
        )
    try:
        item = model.model_validate(data)
    except ValidationError as exc:
        raise InvalidInputError(f"{source}: {_validation_message(exc)}") from exc
    check_item(item, source, posted=True)
    return item


def record_meta(record: StrictRecord | ExtractionRecord) -> ArticleMeta:
    payload = json.dumps(record.model_dump(mode="json"), sort_keys=True)
    published = None
    if record.published:
        from graph.build import parse_date_at

        span = parse_date_at(record.published, "published")
        published = span.start if span and span.precision == "day" else None
    return ArticleMeta(
        id=record.id,
        url=getattr(record, "url", None),
        title=getattr(record, "title", None),
        source=getattr(record, "source", None),
        published=published,
        content_hash=hashlib.sha256(payload.encode("utf-8")).hexdigest(),
    )


def ingest_article(store: GraphStore, article: Article, settings: Settings) -> IngestOutcome:
    """Extract and ingest one article; an unchanged one is skipped without extracting."""
    if store.article_hash(article.id) == article.content_hash:
        return IngestOutcome(article_id=article.id, status="skipped")
    if len(article.text) > settings.max_article_chars:
        raise ArticleError(article.id, f"text is longer than {settings.max_article_chars} characters")
    from ingest.pipeline import extract_article  # spaCy: loaded on the first article, not at start-up

    record = drop_invalid(extract_article(article, settings.spacy_model))
    return ingest_record(store, record, article_meta(article))


def article_meta(article: Article) -> ArticleMeta:
    """What the graph keeps of an article beside its facts."""
    return ArticleMeta(
        id=article.id,
        url=article.url,
        title=article.title,
        source=article.source,
        published=article.published,
        content_hash=article.content_hash,
    )


def ingest_item(store: GraphStore, item: Item, settings: Settings) -> IngestOutcome:
    check_item(item, item.id)
    if isinstance(item, Article):
        return ingest_article(store, item, settings)
    return ingest_record(store, item, record_meta(item))


def delete_article(store: GraphStore, article_id: str) -> DeleteOutcome:
    """Remove an article and everything only it contributed (`graph/delete.py`)."""
    check_id(article_id, "article id")
    return graph_delete(store, article_id)


def ingest_items(
    store: GraphStore, items: list[Item], settings: Settings
) -> tuple[list[IngestOutcome], IngestSummary]:
    """Each item on its own: one failing does not stop (or undo) the others.

    Many records are written in short windows (graph/buffered.py): one write per window.
    """
    summary = IngestSummary()
    outcomes = []
    # Records only: an article's extraction would hold the window (and the store's lock) meanwhile.
    many = len(items) > 1 and not any(isinstance(item, Article) for item in items)
    with buffered(store, seconds=0.5) if many else nullcontext(store) as writer:
        for item in items:
            try:
                outcome = ingest_item(writer, item, settings)
            except InvalidInputError as exc:
                summary.fail(f"{item.id}: {exc.message}")
                continue
            summary.count(outcome)
            outcomes.append(outcome)
    return outcomes, summary


def discover(paths: list[Path]) -> list[Path]:
    """Files to ingest: the files given, and supported files under the folders given (sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
            )
        else:
            found.append(path)
    return found


def _looks_like_records(path: Path) -> bool:
    if path.suffix.lower() not in (".json", ".jsonl"):
        return False
    try:
        with path.open(encoding="utf-8") as handle:
            head = handle.readline() if path.suffix.lower() == ".jsonl" else handle.read()
        data = json.loads(head)
    except (OSError, ValueError, RecursionError):
        return False  # let the reader report it, naming the file
    first = data[0] if isinstance(data, list) and data else data
    return isinstance(first, dict) and "text" not in first and bool({"facts", "persons"} & first.keys())


def read_items(path: Path, published: Any = None) -> Iterator[Item]:
    """Articles or records in one file; raises ArticleError naming the file."""
    if not _looks_like_records(path):
        yield from read_file(path, published)
        return
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".jsonl":
        rows = [(f"{path}:{n}", line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        for source, line in rows:
            yield parse_item(load_json(line, source), source)
        return
    data = load_json(text, str(path))
    for i, obj in enumerate(data if isinstance(data, list) else [data]):
        yield parse_item(obj, f"{path}[{i}]" if isinstance(data, list) else str(path))


# Told of every article's fate: (file, article id or None, outcome, or the error message).
OnOutcome = Callable[[Path, str | None, IngestOutcome | None, str | None], None]


def ingest_paths(
    store: GraphStore,
    files: list[Path],
    settings: Settings,
    progress: Any = None,
    published: dt.date | None = None,
    on_outcome: OnOutcome | None = None,
) -> IngestSummary:
    """Ingest every article in `files`; a bad file is counted and reported, the rest go on.

    `published` dates the articles that carry no date of their own (as `extract --published`).
    """
    summary = IngestSummary()
    for path in files:
        try:
            items = list(read_items(path, published))
        except DiploGraphError as exc:
            summary.fail(exc.message if str(path) in exc.message else f"{path}: {exc.message}")
            if on_outcome is not None:
                on_outcome(path, None, None, summary.errors[-1])
            items = []
        for item in items:
            try:
                outcome = ingest_item(store, item, settings)
            except InvalidInputError as exc:
                summary.fail(f"{path} ({item.id}): {exc.message}")
                if on_outcome is not None:
                    on_outcome(path, item.id, None, summary.errors[-1])
                continue
            summary.count(outcome)
            if on_outcome is not None:
                on_outcome(path, item.id, outcome, None)
        if progress is not None:
            progress(path)
    return summary
