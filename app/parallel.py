"""Parallel ingest: extraction in N processes, one writer, article order.

Used by `diplograph ingest --workers N` and by the API's background jobs
(`POST /articles` batches).  Extraction is ~90% of ingest and independent per
article, so it runs in a pool of worker processes, each of which loads the
spaCy model once, when it starts, and keeps it for every article it is given.
The graph half stays in the calling process: records come back in article
order and go through `graph.build.ingest_record` one by one, so the graph is
the same whatever the number of workers.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import multiprocessing.pool
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from app.ingest_service import IngestSummary, Item, OnOutcome, article_meta, read_items, record_meta
from app.validation import check_item
from diplograph.errors import ArticleError, DiploGraphError, InvalidInputError
from diplograph.settings import Settings
from graph.buffered import buffered
from graph.build import IngestOutcome, drop_invalid, ingest_record
from graph.store import GraphStore
from ingest.schema import Article, ExtractionRecord

S = TypeVar("S")
# Articles handed to a worker at a time: fewer round trips, still even shares at the end of a run.
CHUNK = 4


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


def _warm(model: str) -> None:
    """In a new worker: load the model now, once (not inside the first article's time)."""
    from ingest.nlp import load_nlp

    load_nlp(model)


def _extract(job: tuple[Article, str]) -> ExtractionRecord | str:
    """In a worker: the article's record, or the error message."""
    from ingest.pipeline import extract_article

    article, model = job
    try:
        return drop_invalid(extract_article(article, model))
    except DiploGraphError as exc:
        return exc.message


class Extractors:
    """Records of articles, in order: from worker processes, or in this process for one worker.

    The pool starts on the first batch that needs it and lives until `close`,
    so a server's jobs pay for starting workers (and loading spaCy) once.
    """

    def __init__(self, workers: int, model: str) -> None:
        self.workers = max(1, workers)
        self.model = model
        self._pool: multiprocessing.pool.Pool | None = None
        self._lock = threading.Lock()

    def records(self, articles: list[Article]) -> Iterator[ExtractionRecord | str]:
        jobs = [(article, self.model) for article in articles]
        if self.workers == 1 or len(jobs) < 2:
            return (_extract(job) for job in jobs)
        with self._lock:
            if self._pool is None:
                # spawn: workers start clean (no copy of this process's store, threads or sockets).
                context = multiprocessing.get_context("spawn")
                self._pool = context.Pool(self.workers, initializer=_warm, initargs=(self.model,))
            pool = self._pool
        return pool.imap(_extract, jobs, chunksize=CHUNK if len(jobs) >= 4 * CHUNK * self.workers else 1)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.terminate()
            pool.join()

    def __enter__(self) -> Extractors:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
    items = _items(files, summary, published, on_outcome)
    with Extractors(workers, settings.spacy_model) as extractors:
        ingest_in_order(store, items, settings, extractors, summary, progress, on_outcome)
    return summary


def ingest_in_order(
    store: GraphStore,
    items: list[tuple[S, Item]],
    settings: Settings,
    extractors: Extractors,
    summary: IngestSummary,
    progress: Callable[[Progress], None] | None = None,
    on_outcome: Callable[[S, str | None, IngestOutcome | None, str | None], None] | None = None,
    *,
    group_commits: bool = True,
) -> None:
    """Ingest `items` (each with where it came from) in order, articles extracted by `extractors`.

    `group_commits`: let writes share durable commits (`GraphStore.bulk`), for
    loads; without it every article is durable when it is counted.
    """

    def failed(source: S, item_id: str | None, message: str) -> None:
        summary.fail(message)
        if on_outcome is not None:
            on_outcome(source, item_id, None, message)

    # Unchanged articles are skipped before anyone extracts them; oversized ones fail here.
    todo: list[tuple[S, Item, bool]] = []
    for source, item in items:
        try:
            check_item(item, f"{source} ({item.id})")  # ids, dates, countries, names: app/validation.py
        except InvalidInputError as exc:
            failed(source, item.id, exc.message)
            continue
        if isinstance(item, Article):
            if store.article_hash(item.id) == item.content_hash:
                skipped = IngestOutcome(article_id=item.id, status="skipped")
                summary.count(skipped)
                if on_outcome is not None:
                    on_outcome(source, item.id, skipped, None)
                continue
            if len(item.text) > settings.max_article_chars:
                limit = settings.max_article_chars
                failed(source, item.id, f"{source} ({item.id}): text is longer than {limit} characters")
                continue
        todo.append((source, item, isinstance(item, Article)))
    records = extractors.records([item for _, item, extract in todo if extract and isinstance(item, Article)])
    started = time.perf_counter()
    facts = 0
    # Loads: one writer, in windows of many articles, each window one write (graph/buffered.py).
    windows = buffered(store) if group_commits else nullcontext(store)
    with store.bulk() if group_commits else nullcontext(), windows as writer:
        for done, (source, item, extract) in enumerate(todo, 1):
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
                    on_outcome(source, item.id, outcome, None)
            except InvalidInputError as exc:
                failed(source, item.id, f"{source} ({item.id}): {exc.message}")
            if progress is not None:
                progress(Progress(done, len(todo), facts, summary.failed, time.perf_counter() - started))
