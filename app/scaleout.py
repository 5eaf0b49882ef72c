"""`diplograph extract --shards DIR`: extraction on a Dask cluster, written as JSONL shards.

Extraction is per article, idempotent and ~90% of ingest, so it is the part
that grows past one machine.  This module cuts the input into partitions of
consecutive articles, sends each partition to a Dask worker as one task
(`extract_partition`; a worker process loads the spaCy model once and keeps
it), and writes each partition's records to its own shard, named by its
position: `part-00000.jsonl`, `part-00001.jsonl`, ...  Sorted by name, the
shards are the input in article order, so `diplograph ingest DIR` loads them
through the single writer exactly as it would have written the articles.

Re-running is idempotent: a shard whose partition (model, article ids and
content hashes) is unchanged is kept (its `.done` file holds the partition's
digest), a changed one is re-extracted, and shards past the last partition
are removed.  A shard appears only complete (written aside, then renamed).

The client (this process) reads the input and writes the shards; workers
need no shared file system, only the `diplograph` package installed.
Without `DIPLOGRAPH_DASK_SCHEDULER`, a local cluster of worker processes is
started for the run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.validation import check_item
from diplograph.errors import DiploGraphError, InvalidInputError
from diplograph.settings import Settings
from ingest.reader import read_file
from ingest.schema import Article

if TYPE_CHECKING:
    from distributed import Client

SHARD_NAME = "part-{:05d}.jsonl"
_SHARD_RE = re.compile(r"^part-(\d{5,})\.jsonl$")
DONE_SUFFIX = ".done"
# Partitions queued per worker beyond the one it runs: keeps workers busy, bounds client memory.
_AHEAD_PER_WORKER = 2


@dataclass
class ShardSummary:
    """What a shard run did: shards written or kept, articles, and failures with their reasons."""

    shards: int = 0
    written: int = 0
    kept: int = 0
    removed: int = 0
    articles: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failed += 1
        self.errors.append(message)


def shard_line(article: Article, model: str) -> str:
    """One article's extraction record as a shard line: the record plus the article's url, title, source.

    The line is what `POST /articles` and `diplograph ingest` accept as a ready-made record.
    """
    from graph.build import drop_invalid
    from ingest.pipeline import extract_article

    record = drop_invalid(extract_article(article, model)).model_dump(mode="json")
    record.update(url=article.url, title=article.title, source=article.source)
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def extract_partition(articles: list[dict[str, Any]], model: str) -> tuple[list[str], list[str]]:
    """On a worker: the shard lines of a partition's articles, and an error per article that failed."""
    lines, errors = [], []
    for data in articles:
        article = Article.model_validate(data)
        try:
            lines.append(shard_line(article, model))
        except DiploGraphError as exc:
            errors.append(f"{article.id}: {exc.message}")
    return lines, errors


def partition_digest(articles: list[Article], model: str) -> str:
    """What a shard depends on: the model and each article's id, metadata and text (by hash)."""
    digest = hashlib.sha256(model.encode("utf-8"))
    for article in articles:
        meta = [article.id, article.content_hash, article.url or "", article.source or ""]
        digest.update(("\x1e" + "\x1f".join(meta)).encode("utf-8"))
    return digest.hexdigest()


def _partitions(
    files: list[Path], published: Any, size: int, settings: Settings, summary: ShardSummary
) -> Iterator[list[Article]]:
    """Consecutive articles of `files` in groups of `size`; unreadable files and bad articles are failures."""
    part: list[Article] = []
    for path in files:
        try:
            articles = read_file(path, published)
        except DiploGraphError as exc:
            summary.fail(exc.message if str(path) in exc.message else f"{path}: {exc.message}")
            continue
        for article in articles:
            try:
                check_item(article, f"{path} ({article.id})")
                if len(article.text) > settings.max_article_chars:
                    limit = settings.max_article_chars
                    raise InvalidInputError(f"{path} ({article.id}): text is longer than {limit} characters")
            except InvalidInputError as exc:
                summary.fail(exc.message)
                continue
            part.append(article)
            if len(part) == size:
                yield part
                part = []
    if part:
        yield part


def _done_path(shard: Path) -> Path:
    return shard.with_name(shard.name + DONE_SUFFIX)


def _is_current(shard: Path, digest: str) -> bool:
    try:
        return shard.is_file() and _done_path(shard).read_text(encoding="utf-8").strip() == digest
    except OSError:
        return False


def _write_shard(shard: Path, lines: list[str], digest: str) -> None:
    # Aside, then renamed: a reader never sees half a shard; the .done file comes last.
    _done_path(shard).unlink(missing_ok=True)
    tmp = shard.with_name(f".{shard.name}.tmp")
    tmp.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    os.replace(tmp, shard)
    if digest:
        _done_path(shard).write_text(digest + "\n", encoding="utf-8")


def _remove_stale(out_dir: Path, count: int) -> int:
    removed = 0
    for path in out_dir.iterdir():
        match = _SHARD_RE.match(path.name)
        if match and int(match.group(1)) >= count:
            path.unlink()
            _done_path(path).unlink(missing_ok=True)
            removed += 1
    return removed


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a local cluster of `workers` processes for this run."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InvalidInputError(
            "extract --shards needs Dask's 'distributed' package: pip install 'diplograph[distributed]'"
        ) from exc
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise InvalidInputError(f"no Dask scheduler answers at {scheduler!r}: {exc}") from exc
        with client:
            yield client
        return
    # One thread per worker process: extraction is CPU-bound Python and holds the GIL.
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=40
    )
    with cluster, Client(cluster) as client:
        yield client


def extract_to_shards(
    files: list[Path],
    out_dir: Path,
    settings: Settings,
    *,
    partition_size: int,
    workers: int,
    published: Any = None,
    client: Callable[[], AbstractContextManager[Client]] | None = None,
    progress: Callable[[ShardSummary], None] | None = None,
) -> ShardSummary:
    """Extract every article of `files` on the cluster into `out_dir`, one shard per partition."""
    from distributed import as_completed

    if partition_size < 1:
        raise InvalidInputError("the partition size must be at least 1")
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = ShardSummary()
    connect = client or (lambda: dask_client(settings.dask_scheduler, workers))
    with connect() as dask:
        ahead = max(1, len(dask.scheduler_info().get("workers", {})) or workers) * _AHEAD_PER_WORKER
        running = as_completed()
        pending: dict[Any, tuple[Path, str]] = {}

        def collect(future: Any) -> None:
            shard, digest = pending.pop(future)
            try:
                lines, errors = future.result()
            except Exception as exc:  # noqa: BLE001 - a lost task fails its shard, not the run
                summary.fail(f"{shard.name}: extraction failed on the cluster: {type(exc).__name__}: {exc}")
                return
            for message in errors:
                summary.fail(f"{shard.name}: {message}")
            # A partition with failed articles is not marked done: a re-run tries (and reports) them again.
            _write_shard(shard, lines, "" if errors else digest)
            summary.written += 1
            if progress is not None:
                progress(summary)

        for index, part in enumerate(_partitions(files, published, partition_size, settings, summary)):
            summary.shards += 1
            summary.articles += len(part)
            shard = out_dir / SHARD_NAME.format(index)
            digest = partition_digest(part, settings.spacy_model)
            if _is_current(shard, digest):
                summary.kept += 1
                continue
            payload = [a.model_dump(mode="json") for a in part]
            future = dask.submit(extract_partition, payload, settings.spacy_model, pure=False)
            pending[future] = (shard, digest)
            running.add(future)
            while len(pending) >= ahead:
                collect(next(running))
        for future in running:
            collect(future)
    summary.removed = _remove_stale(out_dir, summary.shards)
    return summary
