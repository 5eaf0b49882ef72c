"""The store's own bulk write path at a million edges: `GraphStore.write_articles`.

`run.py --write-path store --edges 1M` feeds the store batches shaped like
the planner's (`graph/build.py`) for the articles of `generate.py`: each
article's batch upserts its Article node, the persons, countries and
agreements it names (one mention row each but countries', the node wholesale) and its
edges (one evidence row each, the edge wholesale).  What is *not* done is
the planning itself (resolution, corroboration: ~3 ms of Python per article,
measured by `run.py --write-path ingest`), so this measures what a store can
take, not what the planner can give it.  Edge ids come from (type, pair,
date) as the planner makes them, so reports of one event land on one edge.
Generating the batches is timed apart from writing them.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import generate
import machine

from graph.keys import edge_id, exact_key, parse_date, slug
from graph.model import (
    Agreement,
    ArticleBatch,
    ArticleNode,
    Country,
    Edge,
    EdgeTally,
    Evidence,
    Mention,
    Node,
    Person,
)

ROOT = Path(__file__).resolve().parent.parent


def _batch(data: dict[str, Any]) -> tuple[ArticleBatch, int]:
    article_id = data["id"]
    nodes: dict[tuple[str, str], Node] = {}
    edges: list[Edge] = []

    def node(label: str, name: str, **extra: Any) -> str:
        ident = name if label == "Country" else slug(name)[:80]
        if (label, ident) not in nodes:
            # Countries carry no mention rows (as the planner writes them); everything else one.
            mention = [] if label == "Country" else [Mention(article_id=article_id, name=name)]
            cls = {"Person": Person, "Country": Country, "Agreement": Agreement}[label]
            nodes[(label, ident)] = cls(
                id=ident, name=name, keys=[exact_key(name)], mentions=mention, article_count=1, **extra
            )
        return ident

    for fact in data["facts"]:
        kind = fact["type"]
        if kind in ("MET", "CALLED"):
            a, b = sorted(node("Person", n) for n in fact["persons"])
            pairs = [("Person", a, "Person", b)]
        elif kind == "VISITED":
            pairs = [("Person", node("Person", fact["person"]), "Country", node("Country", fact["country"]))]
        else:
            treaty = node("Agreement", fact["agreement"], countries=fact["countries"])
            pairs = [("Person", node("Person", n), "Agreement", treaty) for n in fact["parties"]]
        span = parse_date(fact.get("date"))
        evidence = Evidence(article_id=article_id, sentence=fact["evidence"], date=fact.get("date"))
        tally = EdgeTally(dates={span.text: 1} if span else {}, evidence=1)
        for src_label, src, dst_label, dst in pairs:
            if src == dst:
                continue
            edges.append(
                Edge(
                    id=edge_id(kind, src, dst, span.text if span else None),
                    type=kind,
                    src_label=src_label,
                    src=src,
                    dst_label=dst_label,
                    dst=dst,
                    date=span.text if span else None,
                    precision=span.precision if span else None,
                    start=span.start if span else None,
                    end=span.end if span else None,
                    evidence=[evidence],
                    article_count=1,
                    tally=tally,
                )  # fmt: skip
            )
    article = ArticleNode(
        id=article_id, name=article_id, content_hash=article_id, fact_count=len(data["facts"])
    )
    batch = ArticleBatch.model_construct(
        article=article,
        upsert_nodes=list(nodes.values()),
        delete_nodes=[],
        upsert_edges=edges,
        delete_edges=[],
        delete_article=False,
        replace_mentions=[],
    )  # fmt: skip  (every field given: a default factory costs pydantic an inspect.signature per call)
    return batch, len(edges)


def chunks(articles: int, chunk: int) -> Iterator[list[ArticleBatch]]:
    batches: list[ArticleBatch] = []
    for data in generate.records(articles):
        batches.append(_batch(data)[0])
        if len(batches) >= chunk:
            yield batches
            batches = []
    if batches:
        yield batches


def articles_for(edges: int, chunk: int) -> int:
    """Articles to ask the generator for (~1.5 distinct edges per article): enough for `edges`."""
    return int(edges / 1.4) + chunk


def load(store: Any, edges: int, chunk: int) -> dict[str, Any]:
    """Write article batches, `chunk` per `write_articles`, until the store holds >= `edges` edges."""
    articles = articles_for(edges, chunk)
    writing = generating = 0.0
    written_articles = 0
    times: list[float] = []  # seconds per article, per chunk
    stored = 0
    began = time.perf_counter()
    source = chunks(articles, chunk)
    server = machine.neo4j_local_pid(ROOT) if store.name == "neo4j" else None
    server_cpu = machine.cpu_seconds(server) if server else None
    server_threads = machine.thread_cpu_seconds(server) if server else None
    client_cpu = 0.0
    load_before = machine.load_average()
    edge_ids: set[str] = set()  # counted here: a read in the middle of a bulk load makes the store write
    # The batches hold no reference cycles; the collector's passes over everything the load keeps
    # would be timed as generating (the store holds it off while it writes).
    gc.disable()
    with store.bulk():  # as `diplograph ingest`: durable when the load ends
        while stored < edges:
            t0 = time.perf_counter()
            batches = next(source, None)
            if batches is None:
                break
            t1, c1 = time.perf_counter(), time.process_time()
            with store.ingest_lock():
                store.write_articles(batches)
            t2 = time.perf_counter()
            client_cpu += time.process_time() - c1
            generating += t1 - t0
            writing += t2 - t1
            written_articles += len(batches)
            times.append((t2 - t1) / len(batches))
            edge_ids.update(e.id for b in batches for e in b.upsert_edges)
            stored = len(edge_ids)
        t0, c0 = time.perf_counter(), time.process_time()
    final = time.perf_counter() - t0  # the end of bulk(): gathered rows written, commit and sync
    writing += final
    client_cpu += time.process_time() - c0
    gc.enable()
    server_used = machine.cpu_seconds(server) - server_cpu if server and server_cpu is not None else None
    split = None
    if server and server_threads is not None:
        after = machine.thread_cpu_seconds(server)
        split = {kind: round(after[kind] - server_threads[kind], 1) for kind in after}
    t0 = time.perf_counter()
    stats = store.stats()  # the first read: the embedded store loads its memory from SQLite now
    first_read = time.perf_counter() - t0
    stored = sum(stats.edges.values())
    return {
        "load_average": [load_before, machine.load_average()],
        # CPU seconds spent writing (this process; and the local Neo4j server, if it is one): what the
        # write costs whatever else the machine is doing.
        "client_cpu_seconds": round(client_cpu, 1),
        "server_cpu_seconds": round(server_used, 1) if server_used is not None else None,
        # The server's CPU by thread kind (Bolt workers, GC, JIT compilers, other; `machine.py`).
        "server_cpu_split": split,
        "articles": written_articles,
        "edges": stored,
        "evidence": stats.evidence,
        "persons": stats.nodes["Person"],
        "chunk": chunk,
        "write_seconds": round(writing, 1),
        "generate_seconds": round(generating, 1),
        "wall_seconds": round(time.perf_counter() - began, 1),
        "final_write_seconds": round(final, 1),
        "first_read_seconds": round(first_read, 1),
        "edges_per_s": round(stored / writing),
        "articles_per_s": round(written_articles / writing),
        "first_chunks_ms_per_article": round(1000 * sum(times[:5]) / max(1, len(times[:5])), 3),
        "last_chunks_ms_per_article": round(1000 * sum(times[-5:]) / max(1, len(times[-5:])), 3),
    }
