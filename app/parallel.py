"""`diplograph ingest --workers N`: extraction in N processes, one writer, article order.

Extraction is ~90% of ingest and independent per article, so it runs in a
pool of worker processes (each loads the spaCy model once).  The graph half
stays in this process: records come back in article order and go through
`graph.build.ingest_record` one by one, inside `GraphStore.bulk()`, so the
graph is the same whatever the number of workers.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.ingest_service import IngestSummary, Item, OnOutcome, article_meta, read_items, record_meta
from app.validation import check_item
from diplograph.errors import ArticleError, DiploGraphError, InvalidInputError
from diplograph.settings import Settings
from graph.buffered import buffered
from graph.build import IngestOutcome, drop_invalid, ingest_record
from graph.store import GraphStore
from ingest.schema import Article, ExtractionRecord


@dataclass
class Progress:
    """What the progress bar shows after each article."""

    done: int
    total: int
    facts: int
    failed: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        return f"{self.rate:.1f} articles/s, {self.facts} facts, {self.failed} failed"


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _extract(job: tuple[Article, str]) -> ExtractionRecord | str:
    """In a worker: the article's record, or the error message."""
    from ingest.pipeline import extract_article

    article, model = job
    try:
        return drop_invalid(extract_article(article, model))
    except DiploGraphError as exc:
        return exc.message


def _items(
    files: list[Path], summary: IngestSummary, published: dt.date | None, on_outcome: OnOutcome | None
) -> list[tuple[Path, Item]]:
    found = []
    for path in files:
        try:
            found += [(path, item) for item in read_items(path, published)]
        except DiploGraphError as exc:
            summary.fail(exc.message if str(path) in exc.message else f"{path}: {exc.message}")
            if on_outcome is not None:
                on_outcome(path, None, None, summary.errors[-1])
    return found


def ingest_files(
    store: GraphStore,
    files: list[Path],
    settings: Settings,
    workers: int,
    progress: Callable[[Progress], None] | None = None,
    published: dt.date | None = None,
    on_outcome: OnOutcome | None = None,
) -> IngestSummary:
    """Ingest every article and record in `files`, extracting with `workers` processes.

    `published` dates the articles that carry no date of their own; `on_outcome`
    hears about every article (as for `ingest_paths`).
    """
    summary = IngestSummary()

    def failed(path: Path, item_id: str | None, message: str) -> None:
        summary.fail(message)
        if on_outcome is not None:
            on_outcome(path, item_id, None, message)

    items = _items(files, summary, published, on_outcome)
    # Unchanged articles are skipped before anyone extracts them; oversized ones fail here.
    todo: list[tuple[Path, Item, bool]] = []
    for path, item in items:
        try:
            check_item(item, f"{path} ({item.id})")  # ids, dates, countries, names: app/validation.py
        except InvalidInputError as exc:
            failed(path, item.id, exc.message)
            continue
        if isinstance(item, Article):
            if store.article_hash(item.id) == item.content_hash:
                skipped = IngestOutcome(article_id=item.id, status="skipped")
                summary.count(skipped)
                if on_outcome is not None:
                    on_outcome(path, item.id, skipped, None)
                continue
            if len(item.text) > settings.max_article_chars:
                limit = settings.max_article_chars
                failed(path, item.id, f"{path} ({item.id}): text is longer than {limit} characters")
                continue
        todo.append((path, item, isinstance(item, Article)))
    jobs = [
        (item, settings.spacy_model) for _, item, extract in todo if extract and isinstance(item, Article)
    ]
    started = time.perf_counter()
    facts = 0
    # One writer, in windows of many articles: each window is one write (graph/buffered.py).
    with _extractor(workers, jobs) as records, store.bulk(), buffered(store) as writer:
        for done, (path, item, extract) in enumerate(todo, 1):
            try:
                if extract:
                    record = next(records)
                    if isinstance(record, str):
                        raise ArticleError(item.id, record)
                    assert isinstance(item, Article)
                    outcome = ingest_record(writer, record, article_meta(item))
                else:
                    outcome = ingest_record(writer, item, record_meta(item))  # type: ignore[arg-type]
                summary.count(outcome)
                facts += len(outcome.facts)
                if on_outcome is not None:
                    on_outcome(path, item.id, outcome, None)
            except InvalidInputError as exc:
                failed(path, item.id, f"{path} ({item.id}): {exc.message}")
            if progress is not None:
                progress(Progress(done, len(todo), facts, summary.failed, time.perf_counter() - started))
    return summary


class _extractor:
    """Records of `jobs` in order: from a process pool, or in this process for one worker."""

    def __init__(self, workers: int, jobs: list[tuple[Article, str]]) -> None:
        self.workers = max(1, workers)
        self.jobs = jobs
        self.pool: multiprocessing.pool.Pool | None = None

    def __enter__(self) -> Iterator[ExtractionRecord | str]:
        if self.workers == 1 or len(self.jobs) < 2:
            return (_extract(job) for job in self.jobs)
        # spawn: workers start clean (no copy of this process's store, threads or sockets).
        context = multiprocessing.get_context("spawn")
        self.pool = context.Pool(min(self.workers, len(self.jobs)))
        return self.pool.imap(_extract, self.jobs, chunksize=1)

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
