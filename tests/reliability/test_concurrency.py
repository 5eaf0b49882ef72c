"""Eight clients at once, on both stores: four threads posting to a live server and four
processes writing to the same store directly, with overlapping batches (the same article
twice, the same people in many articles, an article and then its corrected version).

Afterwards the graph is exactly that of one sequential ingest of the final versions.
"""

from __future__ import annotations

import multiprocessing
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from graph.store import GraphStore
from tests.reliability.conftest import order_free, snapshot
from tests.reliability.corpus import corrected, ingest, record, reference
from tests.reliability.server import Server, store_env

ORIGINALS = [record(i) for i in range(16)]
CORRECTED = [corrected(r) for r in ORIGINALS[:6]]  # the first six are corrected in phase two
CLIENTS = 8


def workload(client: int, phase: int) -> list[dict[str, Any]]:
    """Overlapping slices, shuffled per client; every record is sent by at least three clients."""
    rng = random.Random(client * 10 + phase)
    if phase == 1:
        mine = [ORIGINALS[(client * 2 + k) % len(ORIGINALS)] for k in range(6)]
    else:
        mine = CORRECTED[client % 3 :: 1] + [ORIGINALS[(client + k) % len(ORIGINALS)] for k in range(6, 9)]
    mine = mine + mine[:2]  # the same article twice from the same client, too
    rng.shuffle(mine)
    return mine


def _direct_writer(env: dict[str, str], client: int, ready: Any, between: Any) -> None:
    """A process that writes to the store itself (no server), as `diplograph ingest` would."""
    import os

    os.environ.update(env)
    from diplograph.settings import Settings
    from graph.factory import open_store

    store = open_store(Settings())  # type: ignore[call-arg]
    try:
        ready.wait(timeout=120)
        for phase in (1, 2):
            for data in workload(client, phase):
                ingest(store, data)
            if phase == 1:
                between.wait(timeout=300)
    finally:
        store.close()


def _post_all(url: str, client: int, phase: int) -> list[int]:
    with httpx.Client(base_url=url, timeout=120) as http:
        return [http.post("/articles", json=data).status_code for data in workload(client, phase)]


def post_phase(url: str, phase: int) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda c: _post_all(url, c, phase), range(4)))
    assert {code for codes in answers for code in codes} <= {200, 201}, answers


def test_eight_concurrent_clients_give_the_sequential_graph(store: GraphStore, tmp_path: Path) -> None:
    env = store_env(store, tmp_path / "data")
    server = Server(env).start()
    ctx = multiprocessing.get_context("spawn")
    # Phase one: everyone sends originals; phase two, once all of phase one is in: corrections.
    ready, between = ctx.Barrier(CLIENTS - 4 + 1), ctx.Barrier(CLIENTS - 4 + 1)
    writers = [ctx.Process(target=_direct_writer, args=(env, c, ready, between)) for c in range(4, CLIENTS)]
    try:
        for process in writers:
            process.start()
        ready.wait(timeout=120)  # every writer process has imported and opened the store
        post_phase(server.url, 1)
        between.wait(timeout=300)
        post_phase(server.url, 2)
        for process in writers:
            process.join(timeout=300)
            assert process.exitcode == 0
        served = httpx.get(f"{server.url}/stats", timeout=10).json()
    finally:
        for process in writers:
            if process.is_alive():
                process.kill()
        server.kill()
    final = CORRECTED + ORIGINALS[len(CORRECTED) :]
    expected = reference(final, tmp_path / "reference")
    assert order_free(snapshot(store)) == order_free(expected)
    assert served == expected[0].model_dump()
