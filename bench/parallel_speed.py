"""Parallel ingest: articles/s with 1 worker vs N, for `diplograph ingest --workers` and the API's jobs.

Both paths run `app.parallel.ingest_in_order` (extraction in worker
processes, one writer in article order) over the same news-style corpus
(`make_corpus.py`) into a fresh embedded store.  For each run it prints the
wall time including starting the workers (and their spaCy models), the rate
after the first record arrived (steady state), and where the writing
process spent its time: waiting for the next record (extraction is the
bottleneck) or writing the graph (the single writer is).  The load average
is printed before and after: the machine is shared.  So are the CPU seconds
the run used (this process and its workers) per second of wall time: with
the kernel's autogroup scheduling (`/proc/sys/kernel/sched_autogroup_enabled`),
a busy machine gives one session one share, however many processes it runs,
so N workers cannot take more than one session's share from other users.
`--own-sessions` starts each worker in a session of its own (an experiment:
it shows what the pool does when the scheduler lets it have the cores).

    .venv/bin/python bench/parallel_speed.py                       # 120 articles, workers 1 and 2
    .venv/bin/python bench/parallel_speed.py --articles 200 --workers 1 2 --path cli --json
    .venv/bin/python bench/parallel_speed.py --own-sessions
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import machine
import make_corpus

ROOT = Path(__file__).resolve().parent.parent


def _own_session(model: str) -> None:
    os.setsid()
    from app.parallel import _warm

    _warm(model)


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _run(path: str, articles: list[Any], workers: int, scratch: Path, own_sessions: bool) -> dict[str, Any]:
    from app.ingest_service import IngestSummary
    from app.jobs import JobRunner
    from app.parallel import Extractors, ingest_in_order
    from diplograph.settings import Settings
    from graph.embedded import EmbeddedStore
    from ingest.schema import ExtractionRecord

    settings = Settings(store="embedded", data_dir=scratch / f"{path}-{workers}", ingest_workers=workers)  # type: ignore[call-arg]
    store = EmbeddedStore(settings.data_dir)
    clock = {"wait": 0.0, "first": None}

    class Timed(Extractors):
        def records(self, batch: list[Any]) -> Iterator[ExtractionRecord | str]:
            if own_sessions and self._pool is None and self.workers > 1:
                import multiprocessing

                context = multiprocessing.get_context("spawn")
                self._pool = context.Pool(self.workers, initializer=_own_session, initargs=(self.model,))
            inner = super().records(batch)

            def timed() -> Iterator[ExtractionRecord | str]:
                while True:
                    began = time.perf_counter()
                    try:
                        record = next(inner)
                    except StopIteration:
                        return
                    now = time.perf_counter()
                    clock["wait"] += now - began
                    if clock["first"] is None:
                        clock["first"] = now
                    yield record

            return timed()

    items = [(f"corpus[{i}]", a) for i, a in enumerate(articles)]
    cpu = _cpu_seconds()
    began = time.perf_counter()
    if path == "cli":
        summary = IngestSummary()
        with Timed(workers, settings.spacy_model) as extractors:
            ingest_in_order(store, items, settings, extractors, summary)
    else:  # the API's job runner, as `POST /articles?background=true` uses it
        runner = JobRunner(lambda: store, settings)
        runner._extractors = Timed(workers, settings.spacy_model)  # noqa: SLF001 - timing hook
        job = runner.submit([a for _, a in items])
        while (job := runner.get(job.id)).state in ("queued", "running"):
            time.sleep(0.05)
        summary = job.summary
        runner.close()
    ended = time.perf_counter()
    cpu = _cpu_seconds() - cpu  # workers count once reaped (the pool is closed by now)
    store.close()
    first = clock["first"] or ended
    seconds = ended - began
    return {
        "path": path,
        "workers": workers,
        "seconds": round(seconds, 1),
        "articles_per_s": round(len(articles) / seconds, 2),
        "steady_articles_per_s": round((len(articles) - 1) / max(ended - first, 1e-9), 2),
        "start_s": round(first - began, 1),
        "writer_waiting_share": round(clock["wait"] / seconds, 2),
        "cpu_s": round(cpu, 1),
        "cores_used": round(cpu / seconds, 2),
        "added": summary.added,
        "failed": summary.failed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--path", choices=["cli", "job", "both"], default="both")
    parser.add_argument("--own-sessions", action="store_true", help="each worker in its own session")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from ingest.schema import Article

    articles = [Article.model_validate(r) for r in make_corpus.generate(args.articles)]
    paths = ["cli", "job"] if args.path == "both" else [args.path]
    autogroup = Path("/proc/sys/kernel/sched_autogroup_enabled")
    result: dict[str, Any] = {
        "machine": machine.describe(),
        "autogroup": autogroup.read_text().strip() == "1" if autogroup.exists() else None,
        "own_sessions": args.own_sessions,
        "load_before": os.getloadavg(),
        "runs": [],
    }
    with tempfile.TemporaryDirectory(prefix="diplograph-parallel-") as scratch:
        for path in paths:
            for workers in args.workers:
                result["runs"].append(_run(path, articles, workers, Path(scratch), args.own_sessions))
                if not args.json:
                    print(json.dumps(result["runs"][-1]), flush=True)
    result["load_after"] = os.getloadavg()
    for path in paths:
        runs = {r["workers"]: r for r in result["runs"] if r["path"] == path}
        if 1 in runs:
            for n, run in runs.items():
                if n != 1:
                    run["speedup"] = round(run["articles_per_s"] / runs[1]["articles_per_s"], 2)
                    run["steady_speedup"] = round(
                        run["steady_articles_per_s"] / runs[1]["steady_articles_per_s"], 2
                    )
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(
        f"load average before {tuple(round(x, 1) for x in result['load_before'])}, "
        f"after {tuple(round(x, 1) for x in result['load_after'])}; autogroup {result['autogroup']}, "
        f"workers in their own sessions: {args.own_sessions}"
    )
    for run in result["runs"]:
        extra = f", x{run['speedup']} (steady x{run['steady_speedup']})" if "speedup" in run else ""
        print(
            f"{run['path']:>3} workers={run['workers']}: {run['articles_per_s']} articles/s "
            f"({run['seconds']} s, first record after {run['start_s']} s, "
            f"steady {run['steady_articles_per_s']}/s; writer waited {run['writer_waiting_share']:.0%}; "
            f"{run['cpu_s']} CPU s, {run['cores_used']} cores){extra}"
        )


if __name__ == "__main__":
    main()
