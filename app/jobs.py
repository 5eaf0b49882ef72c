"""Background ingest of large batches: accepted at once, polled at /jobs/{id}.

Jobs live in the server process (one job thread, in submission order);
they are not persisted, but every article a job finished is.  A job's
articles are extracted by worker processes (`DIPLOGRAPH_INGEST_WORKERS`,
started with the first job that has articles and kept, with their spaCy
models, until the server stops) and written in order by the job thread:
`app/parallel.py`, as `diplograph ingest --workers` does.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Literal

from pydantic import BaseModel, Field

from app.ingest_service import IngestSummary, Item
from app.parallel import Extractors, default_workers, ingest_in_order
from diplograph.errors import NotFoundError
from diplograph.settings import Settings
from graph.build import IngestOutcome
from graph.store import GraphStore


class Job(BaseModel):
    id: str
    state: Literal["queued", "running", "done", "failed"] = "queued"
    total: int
    done: int = 0
    summary: IngestSummary = Field(default_factory=IngestSummary)
    error: str | None = None


class JobRunner:
    def __init__(self, store: Callable[[], GraphStore], settings: Settings) -> None:
        self._store = store
        self._settings = settings
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-job")
        self._extractors = Extractors(settings.ingest_workers or default_workers(), settings.spacy_model)

    def submit(self, items: list[Item]) -> Job:
        job = Job(id=uuid.uuid4().hex, total=len(items))
        with self._lock:
            self._jobs[job.id] = job
        self._pool.submit(self._run, job.id, items)
        return job.model_copy(deep=True)

    def _run(self, job_id: str, items: list[Item]) -> None:
        job = self._jobs[job_id]
        job.state = "running"

        def heard(_: str, item_id: str | None, outcome: IngestOutcome | None, error: str | None) -> None:
            with self._lock:
                if outcome is not None:
                    job.summary.count(outcome)
                elif error is not None:
                    job.summary.fail(error)
                job.done += 1

        try:
            sourced = [(f"items[{i}]", item) for i, item in enumerate(items)]
            # Every article durable when counted (no group commits): a job's progress is what is stored.
            ingest_in_order(self._store(), sourced, self._settings, self._extractors, IngestSummary(),
                            on_outcome=heard, group_commits=False)  # fmt: skip
            job.state = "done"
        except Exception as exc:  # noqa: BLE001 - a job must record why it stopped
            job.state = "failed"
            job.error = f"{type(exc).__name__}: {exc}"

    def get(self, job_id: str) -> Job:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                raise NotFoundError(f"no job {job_id!r} (jobs are kept only while the server runs)")
            return job.model_copy(deep=True)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._extractors.close()
