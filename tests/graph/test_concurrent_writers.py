"""Writers in several threads and processes converge on one graph, losing nothing."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from graph.embedded import EmbeddedStore
from graph.model import EdgeQuery, NodeRef
from tests.records import met, person, record


def report(i: int) -> dict:
    # Twenty outlets report the same meeting, each spelling the names its own way.
    choe = ["Choe Son-hui", "Choe Son Hui", "CHOE SON-HUI"][i % 3]
    lavrov = ["Sergei Lavrov", "Sergey Lavrov"][i % 2]
    return record(
        f"outlet-{i:02d}",
        "2024-11-02",
        [person(choe, "Foreign Minister", "PRK"), person(lavrov, "Foreign Minister", "RUS")],
        [met(choe, lavrov, "2024-11-01", f"Outlet {i}: {choe} and {lavrov} held talks in Moscow on Friday.")],
    )


def _ingest_range(data_dir: str, start: int, stop: int) -> None:
    from tests.records import ingest

    store = EmbeddedStore(Path(data_dir))
    for i in range(start, stop):
        ingest(store, report(i))
    store.close()


def _check(store: EmbeddedStore, count: int) -> None:
    assert [p.id for p in store.list_nodes("Person", limit=None).items] == ["choe-son-hui", "sergei-lavrov"]
    [edge] = store.find_edges(EdgeQuery(node=NodeRef(label="Person", id="choe-son-hui"))).items
    assert edge.article_count == count and len(edge.evidence) == count
    assert store.stats().nodes["Article"] == count


def test_threads_share_one_store(tmp_path: Path) -> None:
    from tests.records import ingest

    store = EmbeddedStore(tmp_path)
    ingest(store, report(0))  # the first report fixes the ids; the others race to corroborate it
    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(lambda i: ingest(store, report(i % 10)), range(1, 30)))
    assert sum(o.status == "added" for o in outcomes) == 9
    _check(store, 10)
    store.close()


def test_processes_share_one_data_dir(tmp_path: Path) -> None:
    from tests.records import ingest

    seed = EmbeddedStore(tmp_path)
    ingest(seed, report(0))
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_ingest_range, args=(str(tmp_path), s, s + 5)) for s in (1, 6, 11)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    _check(seed, 16)  # the long-lived store sees what the other processes wrote
    seed.close()
    reopened = EmbeddedStore(tmp_path)
    _check(reopened, 16)
    reopened.close()
