"""What a Neo4j write costs the server on this machine, before any DiploGraph layout.

Issue 9's bar asks for 20,000 edges/s through UNWIND batches: at most 50 us of
server CPU per edge, everything included.  This script measures the floor under
that: UNWIND batches of bare records and of rows shaped like the store's
(`graph/cypher.py`), each timed as server CPU (per thread kind: Bolt workers,
garbage collector, JIT compilers, the rest; read from /proc) and wall time:

- nodes without and with a unique id; relationships between existing nodes
  found by unique-id seeks (an edge alone, endpoints heavy-tailed as in
  `generate.py`: a few persons in many articles), with one and two sessions;
- one article's rows (an Article node, 3 mention rows, 2 evidence rows) in
  three layouts: rows as relationships (the store's layout), rows as nodes
  with two range indexes each, rows packed on the Article node as tag strings
  under TEXT indexes; then the read a who-met page makes of those rows (the
  evidence of 50 edges) in each layout.

Run against a server of its own (`scripts/neo4j-local`, NEO4J_URI/USER/PASSWORD
set, NEO4J_LOCAL_DIR if not ./.neo4j): it writes and deletes its own `Floor*`
labels, types and indexes only (its Cypher is a measurement, not the
product's: the product's statements are all in `graph/cypher.py`).

    .venv/bin/python bench/neo4j_floor.py            # 10,000 articles / 30,000 records a shape
    .venv/bin/python bench/neo4j_floor.py --items 50000 --rounds 3 --json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import machine
from neo4j import GraphDatabase, ManagedTransaction

ROOT = Path(__file__).resolve().parent.parent
SEP = "\x1f"
STABLE = "CYPHER replan=skip "
PERSONS = 5000
CHUNK = 5000  # rows per UNWIND statement, as the store's `_CHUNK`
SCHEMA = [
    "CREATE CONSTRAINT floor_node_id IF NOT EXISTS FOR (n:FloorNode) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT floor_person_id IF NOT EXISTS FOR (n:FloorPerson) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT floor_article_id IF NOT EXISTS FOR (n:FloorArticle) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX floor_reports_edge IF NOT EXISTS FOR ()-[v:FLOOR_REPORTS]-() ON (v.edge_id)",
    "CREATE INDEX floor_mention_node IF NOT EXISTS FOR (n:FloorMention) ON (n.node)",
    "CREATE INDEX floor_mention_article IF NOT EXISTS FOR (n:FloorMention) ON (n.article)",
    "CREATE INDEX floor_evidence_edge IF NOT EXISTS FOR (n:FloorEvidence) ON (n.edge_id)",
    "CREATE INDEX floor_evidence_article IF NOT EXISTS FOR (n:FloorEvidence) ON (n.article)",
    "CREATE TEXT INDEX floor_article_mentions IF NOT EXISTS FOR (n:FloorArticle) ON (n.mention_tags)",
    "CREATE TEXT INDEX floor_article_evidence IF NOT EXISTS FOR (n:FloorArticle) ON (n.evidence_tags)",
]
LABELS = ("FloorBare", "FloorNode", "FloorMention", "FloorEvidence", "FloorArticle", "FloorPerson")
SENTENCE = "The foreign minister met his counterpart in the capital on Tuesday to discuss trade and security."
ARTICLE_DATA = '{"id": "a", "label": "Article", "name": "a", "content_hash": "h", "keys": []}'


class Floor:
    def __init__(self, items: int) -> None:
        self.items = items
        self.driver = GraphDatabase.driver(
            os.environ["NEO4J_URI"], auth=(os.environ["NEO4J_USER"], os.environ["NEO4J_PASSWORD"])
        )
        self.pid = machine.neo4j_local_pid(ROOT)
        self.random = random.Random(20261130)
        self.round = 0

    def statement(self, query: str, **params: Any) -> None:
        with self.driver.session() as session:
            session.run(query, **params).consume()

    def clean(self) -> None:
        for lbl in LABELS:
            self.statement(f"MATCH (n:{lbl}) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF 5000 ROWS")

    def setup(self) -> None:
        self.clean()
        for statement in SCHEMA:
            self.statement(statement)
        self.statement("CALL db.awaitIndexes(300)")
        self.statement(
            "UNWIND range(0, $n - 1) AS i CREATE (:FloorPerson {id: 'person-' + i, name: 'Person ' + i})",
            n=PERSONS,
        )

    def drop(self) -> None:
        self.clean()
        for statement in SCHEMA:
            words = statement.split()
            kind = "CONSTRAINT" if "CONSTRAINT" in words else "INDEX"
            self.statement(f"DROP {kind} {words[words.index(kind) + 1]} IF EXISTS")
        self.driver.close()

    def person(self) -> str:
        """Heavy-tailed: a few persons in many rows (dense nodes), most in a handful."""
        return f"person-{min(PERSONS - 1, int(self.random.paretovariate(0.8)) - 1)}"

    def measure(self, name: str, count: int, work: Callable[[], None]) -> dict[str, Any]:
        before = machine.thread_cpu_seconds(self.pid) if self.pid else {}
        began = time.perf_counter()
        work()
        wall = time.perf_counter() - began
        after = machine.thread_cpu_seconds(self.pid) if self.pid else {}
        used = {k: max(0.0, after[k] - before[k]) for k in after}
        total = sum(used.values())
        split = {k: round(1e6 * v / count, 1) for k, v in used.items()}
        row: dict[str, Any] = {
            "shape": name, "items": count, "wall_s": round(wall, 2), "server_cpu_s": round(total, 2),
            "us_per_item": round(1e6 * total / count, 1),
            "us_split": split,
            "per_s_wall": round(count / wall), "per_s_one_core": round(count / total) if total else None,
            "load": machine.load_average(),
        }  # fmt: skip
        print(
            f"{name:58s} {row['us_per_item']:7.1f} us/item of server CPU"
            f" (bolt {split.get('bolt', 0)}, gc {split.get('gc', 0)},"
            f" jit {split.get('jit', 0)}, other {split.get('other', 0)});"
            f" {row['per_s_wall']:,}/s wall, load {row['load']}",
            flush=True,
        )
        return row

    def write(self, batches: list[tuple[str, list[dict[str, Any]]]], sessions: int = 1) -> Callable[[], None]:
        """One transaction per session over `batches` of (statement, rows), CHUNK rows a statement."""

        def one(share: list[tuple[str, list[dict[str, Any]]]]) -> None:
            def tx_work(tx: ManagedTransaction) -> None:
                for query, rows in share:
                    for at in range(0, len(rows), CHUNK):
                        tx.run(query, rows=rows[at : at + CHUNK]).consume()

            with self.driver.session() as session:
                session.execute_write(tx_work)

        def run() -> None:
            if sessions == 1:
                one(batches)
                return
            shares = [[(q, rows[k::sessions]) for q, rows in batches] for k in range(sessions)]
            threads = [threading.Thread(target=one, args=(share,)) for share in shares]
            for t in threads:
                t.start()
            for t in threads:
                t.join()

        return run

    # ----- the shapes ---------------------------------------------------------------------------
    def records(self) -> list[dict[str, Any]]:
        n, tag = self.items, f"r{self.round}"
        bare = "UNWIND range(1, $n) AS i CREATE (:FloorBare)"
        keyed = f"{STABLE}UNWIND $rows AS r CREATE (:FloorNode {{id: r.id}})"
        found = [
            self.measure("node, no property", n, lambda: self.statement(bare, n=n)),
            self.measure(
                "node with a unique id (a row of parameters)",
                n,
                self.write([(keyed, [{"id": f"{tag}-{i}"} for i in range(n)])]),
            ),
        ]
        edge = (
            f"{STABLE}UNWIND $rows AS r"
            " MATCH (a:FloorPerson {id: r.a}) USING INDEX a:FloorPerson(id)"
            " MATCH (b:FloorPerson {id: r.b}) USING INDEX b:FloorPerson(id)"
            " CREATE (a)-[:FLOOR_EDGE {id: r.id}]->(b)"
        )
        rows = [{"a": self.person(), "b": self.person(), "id": f"{tag}-e{i}"} for i in range(n)]
        found.append(
            self.measure(
                "relationship, endpoints by unique-id seek (an edge alone)", n, self.write([(edge, rows)])
            )
        )
        # Two sessions at once, each with its own half of the persons (no lock waits between them).
        half = PERSONS // 2

        def ends(i: int) -> dict[str, Any]:
            base = half if i % 2 else 0
            return {
                "a": f"person-{base + i % half}",
                "b": f"person-{base + (7 * i) % half}",
                "id": f"{tag}-p{i}",
            }

        parallel = self.write([(edge, [ends(i) for i in range(n)])], sessions=2)
        found.append(self.measure("the same, two sessions in parallel (disjoint endpoints)", n, parallel))
        return found

    def article_rows(self) -> list[dict[str, Any]]:
        n, tag = self.items // 3, f"r{self.round}"
        articles = []
        for i in range(n):
            persons = sorted({self.person() for _ in range(3)})
            edges = [f"MET{SEP}{persons[0]}{SEP}{persons[-1]}{SEP}{i % 400}{SEP}{k}" for k in range(2)]
            articles.append((f"{tag}-a{i}", persons, edges))
        props = {"name": "a", "content_hash": "h", "fact_count": 2, "data": ARTICLE_DATA}

        def article_nodes(suffix: str, **extra: Any) -> list[dict[str, Any]]:
            return [{"props": dict(props, id=aid + suffix, **extra)} for aid, _, _ in articles]

        mentions = [{"article": aid, "node": p, "name": p} for aid, ps, _ in articles for p in ps]
        evidence = [
            {"article": aid, "edge_id": e, "sentence": SENTENCE, "date": "2020-01-02"}
            for aid, _, es in articles
            for e in es
        ]
        create_article = f"{STABLE}UNWIND $rows AS r CREATE (n:FloorArticle) SET n = r.props"
        anchor = (
            f"{STABLE}UNWIND $rows AS r"
            " MATCH (x:FloorArticle {id: r.article}) USING INDEX x:FloorArticle(id)"
        )
        as_relationships = [
            (create_article, article_nodes("")),
            (
                anchor + " MATCH (n:FloorPerson {id: r.node}) USING INDEX n:FloorPerson(id)"
                " CREATE (x)-[:FLOOR_MENTIONS {name: r.name}]->(n)",
                mentions,
            ),
            (
                anchor + " CREATE (x)-[:FLOOR_REPORTS {edge_id: r.edge_id, sentence: r.sentence,"
                " date: r.date}]->(x)",
                evidence,
            ),
        ]
        as_nodes = [
            (create_article, article_nodes("n")),
            (
                f"{STABLE}UNWIND $rows AS r CREATE (:FloorMention {{article: r.article + 'n', node: r.node,"
                " name: r.name})",
                mentions,
            ),
            (
                f"{STABLE}UNWIND $rows AS r CREATE (:FloorEvidence {{article: r.article + 'n',"
                " edge_id: r.edge_id, sentence: r.sentence, date: r.date})",
                evidence,
            ),
        ]
        packed = [
            {
                "props": dict(
                    props, id=aid + "p", mention_tags=SEP + SEP.join(ps) + SEP, mention_names=ps,
                    evidence_tags=SEP + SEP.join(es) + SEP, sentences=[SENTENCE] * len(es),
                )
            }
            for aid, ps, es in articles
        ]  # fmt: skip
        found = [
            self.measure(
                "article node alone (5 properties)", n, self.write([(create_article, article_nodes("o"))])
            ),
            self.measure(
                "article + 3 mention + 2 evidence rows as relationships (now)",
                n,
                self.write(as_relationships),
            ),
            self.measure("article + the same rows as nodes (2 range indexes each)", n, self.write(as_nodes)),
            self.measure(
                "article with its rows packed as tags (2 TEXT indexes)",
                n,
                self.write([(create_article, packed)]),
            ),
        ]
        wanted = [e for _, _, es in articles[:25] for e in es]  # the evidence of 50 edges (a who-met page)
        reads = [
            (
                "evidence of 50 edges: relationship index",
                "UNWIND $ids AS id MATCH ()-[v:FLOOR_REPORTS {edge_id: id}]->() RETURN count(v) AS c",
                wanted,
            ),
            (
                "evidence of 50 edges: row nodes",
                "UNWIND $ids AS id MATCH (v:FloorEvidence {edge_id: id}) RETURN count(v) AS c",
                wanted,
            ),
            (
                "evidence of 50 edges: TEXT index CONTAINS",
                "UNWIND $ids AS id MATCH (a:FloorArticle) WHERE a.evidence_tags CONTAINS id"
                " RETURN count(a) AS c",
                [SEP + e + SEP for e in wanted],
            ),
        ]
        for name, query, ids in reads:
            times = []
            with self.driver.session() as session:
                for _ in range(30):
                    began = time.perf_counter()
                    session.run(query, ids=ids).consume()
                    times.append(1000 * (time.perf_counter() - began))
            p50, p95 = statistics.median(times), sorted(times)[int(0.95 * len(times)) - 1]
            print(f"{name:58s} p50 {p50:.1f} / p95 {p95:.1f} ms", flush=True)
            found.append({"shape": name, "p50_ms": round(p50, 1), "p95_ms": round(p95, 1)})
        return found


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--items", type=int, default=30_000, help="records a shape (articles: a third)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds (the first warms the JIT)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    floor = Floor(args.items)
    print("machine: " + ", ".join(f"{k}={v}" for k, v in machine.describe().items()))
    print(f"load average at the start: {machine.load_average()}; server pid {floor.pid}")
    results: list[dict[str, Any]] = []
    floor.setup()
    try:
        for r in range(args.rounds):
            floor.round = r
            print(f"--- round {r + 1} of {args.rounds}")
            results += floor.records() + floor.article_rows()
    finally:
        floor.drop()
    if args.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
