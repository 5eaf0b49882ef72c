"""The embedded store's durable half: one SQLite file in the data dir.

Tables: `nodes` (one JSON document per node, without its mentions),
`mentions` (one row per node, article and spelling; the JSON of the fields
beyond those only when a mention has any), `edges` (one column per EdgeCore
field, plus the edge's tally as JSON), `evidence` (one row per edge, article
and sentence), and `changes`, an append-only log of touched node/edge keys
(a bulk write logs all of its keys in one row, a big one "reload") that lets other processes
holding the same file in memory replay what they missed.  A write touches only its own article's mention and
evidence rows (by index), never a node's or edge's whole history.

WAL mode with synchronous=FULL: a committed `write` survives a crash.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from diplograph.errors import StoreError
from graph.embedded_bulk import (
    EDGE_FIELDS,
    EdgeRow,
    PendingRows,
    edge_row,
    mention_json,
    node_json,
    tally_json,
)
from graph.model import ArticleBatch, EdgeTally, Evidence, Mention, Node, construct
from graph.net import NetWrite

NODE_ADAPTER: TypeAdapter[Node] = TypeAdapter(Node)

_EDGE_COLUMNS = ", ".join(f'"{name}"' for name in EDGE_FIELDS)
_EDGE_MARKS = ", ".join("?" * (len(EDGE_FIELDS) + 1))
_INSERT_EDGE = f"INSERT OR REPLACE INTO edges ({_EDGE_COLUMNS}, tally) VALUES ({_EDGE_MARKS})"

# The by-article indexes (re-ingest finds an article's rows by them); a load into an empty store
# builds them after its rows (`SqliteFile.write_rows`).
_INDEXES = """
CREATE INDEX IF NOT EXISTS evidence_article ON evidence (article_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
"""

# WITHOUT ROWID: each table is one B-tree keyed by its primary key (a rowid table with a text key is
# two: the rows and the key's index), so a written row costs one insertion, not two.  An edge's
# tally is a column of its row (it was a table of its own: one more row per edge).
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS nodes (label TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
                                  PRIMARY KEY (label, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS edges (id TEXT PRIMARY KEY, type TEXT NOT NULL, src_label TEXT NOT NULL,
                                  src TEXT NOT NULL, dst_label TEXT NOT NULL, dst TEXT NOT NULL,
                                  date TEXT, precision TEXT, start TEXT, "end" TEXT, place TEXT,
                                  country TEXT, article_count INTEGER NOT NULL, tally TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS evidence (edge_id TEXT NOT NULL, article_id TEXT NOT NULL,
                                     sentence TEXT NOT NULL, date TEXT, place TEXT, country TEXT,
                                     PRIMARY KEY (edge_id, article_id, sentence)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mentions (label TEXT NOT NULL, node_id TEXT NOT NULL, article_id TEXT NOT NULL,
                                     name TEXT NOT NULL, data TEXT NOT NULL,
                                     PRIMARY KEY (label, node_id, article_id, name)) WITHOUT ROWID;
{_INDEXES}
CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,
                                    label TEXT, id TEXT);
"""

# A write that touches more nodes and edges than this logs "reload" (other processes load the
# whole store again) instead of every key: a million keys are ~100 MB of log, and replaying them
# one by one costs more than loading.
RELOAD_ABOVE = 100_000

# Page cache while a bulk load runs (KiB; SQLite's default is 2 MiB).
BULK_CACHE_KIB = 256 * 1024

# Bumped whenever the tables change; a file in another format is refused, never misread.
FORMAT_VERSION = 4

# seq, kind ('node', 'edge', 'clear', 'reload': read everything again), label, id
Change = tuple[int, str, str | None, str | None]


def _mention(article_id: str, name: str, data: str) -> Mention:
    if not data:
        return Mention.model_construct(article_id=article_id, name=name)
    return Mention.model_validate_json(data)


class SqliteFile:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._closed = False
        self.bulk_mode = False  # see `durable`
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._check_format()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the embedded store in {path.parent}: {exc}") from exc

    def _check_format(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        tables = self._conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if version == FORMAT_VERSION:
            return
        if version == 0 and tables == 0:
            # One transaction: a crash while creating leaves an empty file, never half a schema.
            self._conn.executescript(
                f"BEGIN IMMEDIATE; {_SCHEMA} PRAGMA user_version = {FORMAT_VERSION}; COMMIT;"
            )
            return
        self._conn.close()
        raise StoreError(
            f"{self.path} holds the embedded store in format {version}, this version reads format "
            f"{FORMAT_VERSION}; move it away (or set DIPLOGRAPH_DATA_DIR elsewhere) and ingest again"
        )

    def _sql(self, query: str, params: tuple[Any, ...] | list[Any] = ()) -> sqlite3.Cursor:
        if self._closed:
            raise StoreError("the embedded store is closed")
        try:
            return self._conn.execute(query, params)
        except sqlite3.Error as exc:
            raise StoreError(f"embedded store failed: {exc}") from exc

    # ----- reads -------------------------------------------------------------------
    def data_version(self) -> int:
        """Changes whenever *another* connection commits."""
        return int(self._sql("PRAGMA data_version").fetchone()[0])

    def last_seq(self) -> int:
        return int(self._sql("SELECT COALESCE(MAX(seq), 0) FROM changes").fetchone()[0])

    def changes_since(self, seq: int) -> list[Change]:
        rows = self._sql("SELECT seq, kind, label, id FROM changes WHERE seq > ? ORDER BY seq", (seq,))
        changes: list[Change] = []
        for at, kind, label, ident in rows.fetchall():
            if kind == "many":  # one row for a whole bulk write: [[kind, label, id], ...]
                changes.extend((at, k, lbl, i) for k, lbl, i in json.loads(ident))
            else:
                changes.append((at, kind, label, ident))
        return changes

    def is_empty(self) -> bool:
        """No node, edge or row at all."""
        found = self._sql(
            "SELECT EXISTS (SELECT 1 FROM nodes) OR EXISTS (SELECT 1 FROM edges)"
            " OR EXISTS (SELECT 1 FROM mentions) OR EXISTS (SELECT 1 FROM evidence)"
        ).fetchone()
        return not found[0]

    def all_nodes(self) -> Iterator[Node]:
        for (data,) in self._sql("SELECT data FROM nodes"):
            yield NODE_ADAPTER.validate_json(data)

    def all_edge_rows(self) -> Iterator[EdgeRow]:
        yield from self._sql(f"SELECT {_EDGE_COLUMNS} FROM edges")

    def node(self, label: str, node_id: str) -> Node | None:
        found = self._sql("SELECT data FROM nodes WHERE label = ? AND id = ?", (label, node_id)).fetchone()
        return NODE_ADAPTER.validate_json(found[0]) if found else None

    def edge(self, edge_id: str) -> EdgeRow | None:
        row: EdgeRow | None = self._sql(
            f"SELECT {_EDGE_COLUMNS} FROM edges WHERE id = ?", (edge_id,)
        ).fetchone()
        return row

    def evidence_for(self, edge_ids: list[str]) -> dict[str, list[Evidence]]:
        """Evidence of each edge, ordered by (article_id, sentence)."""
        found: dict[str, list[Evidence]] = defaultdict(list)
        for start in range(0, len(edge_ids), 500):
            chunk = edge_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._sql(
                "SELECT edge_id, article_id, sentence, date, place, country FROM evidence"
                f" WHERE edge_id IN ({marks}) ORDER BY edge_id, article_id, sentence",  # the key's order
                chunk,
            )
            for edge_id, article_id, sentence, when, place, where in rows:
                found[edge_id].append(
                    construct(
                        Evidence,
                        {
                            "article_id": article_id,
                            "sentence": sentence,
                            "date": when,
                            "place": place,
                            "country": where,
                        },
                    )  # fmt: skip
                )
        return found

    def tallies_for(self, edge_ids: list[str]) -> dict[str, EdgeTally]:
        found: dict[str, EdgeTally] = {}
        for start in range(0, len(edge_ids), 500):
            chunk = edge_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for edge_id, data in self._sql(
                f"SELECT id, tally FROM edges WHERE id IN ({marks}) AND tally IS NOT NULL", chunk
            ):
                found[edge_id] = EdgeTally.model_validate_json(data)
        return found

    def mentions_of(self, label: str, node_id: str) -> list[Mention]:
        rows = self._sql(
            "SELECT article_id, name, data FROM mentions WHERE label = ? AND node_id = ?"
            " ORDER BY article_id, name",
            (label, node_id),
        )
        return [_mention(*row) for row in rows.fetchall()]

    def node_keys_of_article(self, article_id: str) -> list[tuple[str, str]]:
        rows = self._sql("SELECT DISTINCT label, node_id FROM mentions WHERE article_id = ?", (article_id,))
        return [(label, node_id) for label, node_id in rows.fetchall()]

    def edge_ids_of_article(self, article_id: str) -> list[str]:
        rows = self._sql("SELECT DISTINCT edge_id FROM evidence WHERE article_id = ?", (article_id,))
        return [r[0] for r in rows.fetchall()]

    def count_evidence(self) -> int:
        return int(self._sql("SELECT COUNT(*) FROM evidence").fetchone()[0])

    # ----- writes ------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT; any error rolls everything back.

        Inside a group (`begin_group`), a savepoint instead: the write is
        atomic at once, durable when the group commits.
        """
        if self._conn.in_transaction:
            self._sql("SAVEPOINT article")
            try:
                yield
                self._sql("RELEASE article")
            except BaseException:
                self._sql("ROLLBACK TO article")
                self._sql("RELEASE article")
                raise
            return
        self._sql("BEGIN IMMEDIATE")
        try:
            yield
            self._sql("COMMIT")
        except BaseException:
            self._conn.rollback()
            raise

    def durable(self, every_commit: bool) -> None:
        """synchronous=FULL (each commit waits for the disk) or NORMAL (bulk loads: see `sync`).

        Bulk loads also get a bigger page cache: rows land on random pages of big indexes.  And
        the log is copied into the file (checkpointed) only once it holds as much as that cache,
        not after every commit: a page written by many commits of the load is copied once.
        """
        self._sql(f"PRAGMA synchronous={'FULL' if every_commit else 'NORMAL'}")
        self._sql(f"PRAGMA cache_size={-2000 if every_commit else -BULK_CACHE_KIB}")
        self._sql(f"PRAGMA wal_autocheckpoint={1000 if every_commit else BULK_CACHE_KIB // 4}")
        self.bulk_mode = not every_commit

    def sync(self) -> None:
        """Make every commit so far durable: a checkpoint syncs the log first (WAL mode)."""
        self._sql("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def begin_group(self) -> None:
        """Open one transaction for several writes (bulk loads): one fsync for all of them."""
        if not self._conn.in_transaction:
            self._sql("BEGIN IMMEDIATE")

    def commit_group(self) -> None:
        if self._conn.in_transaction:
            self._sql("COMMIT")

    def rollback_group(self) -> None:
        if self._conn.in_transaction:
            self._conn.rollback()

    def write(self, batch: ArticleBatch, orphaned_edges: list[str]) -> None:
        """Apply a batch (inside `transaction`); `orphaned_edges` are edges of deleted nodes."""
        article_id = batch.article.id
        self._sql("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        self._sql("DELETE FROM evidence WHERE article_id = ?", (article_id,))
        for ref in batch.replace_mentions:
            self._sql("DELETE FROM mentions WHERE label = ? AND node_id = ?", (ref.label, ref.id))
        for ref in batch.delete_nodes:
            self._sql("DELETE FROM nodes WHERE label = ? AND id = ?", (ref.label, ref.id))
            self._sql("DELETE FROM mentions WHERE label = ? AND node_id = ?", (ref.label, ref.id))
            self._log("node", ref.label, ref.id)
        for edge_id in [*orphaned_edges, *batch.delete_edges]:
            self._sql("DELETE FROM edges WHERE id = ?", (edge_id,))
            self._sql("DELETE FROM evidence WHERE edge_id = ?", (edge_id,))
            self._log("edge", None, edge_id)
        for node in batch.written_nodes():
            self._sql(
                "INSERT OR REPLACE INTO nodes (label, id, data) VALUES (?, ?, ?)",
                (node.label, node.id, node_json(node)),
            )
            self._conn.executemany(
                "INSERT OR REPLACE INTO mentions (label, node_id, article_id, name, data)"
                " VALUES (?, ?, ?, ?, ?)",
                [(node.label, node.id, m.article_id, m.name, mention_json(m)) for m in node.mentions],
            )
            self._log("node", node.label, node.id)
        for edge in batch.upsert_edges:
            self._sql(_INSERT_EDGE, (*edge_row(edge), tally_json(edge)))
            self._conn.executemany(
                "INSERT OR REPLACE INTO evidence (edge_id, article_id, sentence, date, place, country)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(edge.id, e.article_id, e.sentence, e.date, e.place, e.country) for e in edge.evidence],
            )
            self._log("edge", None, edge.id)

    def write_net(self, net: NetWrite, orphaned_edges: list[str], edge_rows: list[EdgeRow]) -> None:
        """Apply a fold of many batches (inside `transaction`), set-wise: `graph/net.py`.

        `edge_rows` are `edge_row` of `net.edges`, in order (the caller needs them too).

        Deletions of stored rows first, then the final nodes, edges and rows, each
        table in one `executemany`, rows in key order (neighbouring rows land on the
        same B-tree pages).  The change log gets one row for the whole write.
        """
        many = self._many
        purged = [(a,) for a in net.purge_articles]
        many("DELETE FROM mentions WHERE article_id = ?", purged)
        many("DELETE FROM evidence WHERE article_id = ?", purged)
        refs = [(ref.label, ref.id) for ref in net.delete_nodes]
        replaced = [(ref.label, ref.id) for ref in net.replace_mentions]
        many("DELETE FROM nodes WHERE label = ? AND id = ?", refs)
        many("DELETE FROM mentions WHERE label = ? AND node_id = ?", [*replaced, *refs])
        dropped = [(edge_id,) for edge_id in dict.fromkeys([*orphaned_edges, *net.delete_edges])]
        many("DELETE FROM edges WHERE id = ?", dropped)
        many("DELETE FROM evidence WHERE edge_id = ?", dropped)
        many(
            "INSERT OR REPLACE INTO nodes (label, id, data) VALUES (?, ?, ?)",
            sorted((n.label, n.id, node_json(n)) for n in net.nodes.values()),
        )
        many(
            "INSERT OR REPLACE INTO mentions (label, node_id, article_id, name, data) VALUES (?, ?, ?, ?, ?)",
            sorted((*k, mention_json(m)) for k, m in net.mentions.items()),
        )
        many(
            _INSERT_EDGE,
            sorted((*row, tally_json(e)) for row, e in zip(edge_rows, net.edges.values(), strict=True)),
        )
        many(
            "INSERT OR REPLACE INTO evidence (edge_id, article_id, sentence, date, place, country)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            sorted((*k, e.date, e.place, e.country) for k, e in net.evidence.items()),
        )
        touched = [
            *(("node", label, ident) for label, ident in refs),
            *(("edge", None, edge_id) for (edge_id,) in dropped),
            *(("node", n.label, n.id) for n in net.nodes.values()),
            *(("edge", None, edge_id) for edge_id in net.edges),
        ]
        if touched:
            self._sql("INSERT INTO changes (kind, id) VALUES ('many', ?)", (json.dumps(touched),))

    def write_rows(self, rows: PendingRows) -> None:
        """Write a bulk load's gathered rows (inside `transaction`): `graph/embedded_bulk.py`.

        The articles' stored rows go first (none if the store was empty), then
        each table's rows in one `executemany`, in key order: into an empty
        B-tree that is appending, page after page.  Into an empty store the
        by-article indexes are dropped first and built once the rows are in (a
        sort, instead of an insertion at a random place per row).
        """
        many = self._many
        if rows.fresh:
            self._sql("DROP INDEX IF EXISTS evidence_article")
            self._sql("DROP INDEX IF EXISTS mentions_article")
        else:
            purged = [(a,) for a in sorted(rows.articles)]
            many("DELETE FROM mentions WHERE article_id = ?", purged)
            many("DELETE FROM evidence WHERE article_id = ?", purged)
        many("INSERT OR REPLACE INTO nodes (label, id, data) VALUES (?, ?, ?)", rows.node_rows())
        many(
            "INSERT OR REPLACE INTO mentions (label, node_id, article_id, name, data) VALUES (?, ?, ?, ?, ?)",
            rows.take_mention_rows(),
        )
        many(_INSERT_EDGE, rows.edge_rows())
        many(
            "INSERT OR REPLACE INTO evidence (edge_id, article_id, sentence, date, place, country)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows.take_evidence_rows(),
        )
        if rows.fresh:
            for statement in _INDEXES.strip().splitlines():
                self._sql(statement)
        if len(rows) > RELOAD_ABOVE:
            self._log("reload", None, None)
        else:
            touched = [
                *(("node", label, ident) for label, ident in rows.nodes),
                *(("edge", None, edge_id) for edge_id in rows.edges),
            ]
            if touched:
                self._sql("INSERT INTO changes (kind, id) VALUES ('many', ?)", (json.dumps(touched),))

    def _many(self, query: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self._closed:
            raise StoreError("the embedded store is closed")
        try:
            self._conn.executemany(query, rows)
        except sqlite3.Error as exc:
            raise StoreError(f"embedded store failed: {exc}") from exc

    def _log(self, kind: str, label: str | None, ident: str | None) -> None:
        self._sql("INSERT INTO changes (kind, label, id) VALUES (?, ?, ?)", (kind, label, ident))

    def clear(self) -> None:
        with self.transaction():
            for table in ("nodes", "mentions", "edges", "evidence", "changes"):
                self._sql(f"DELETE FROM {table}")
            self._log("clear", None, None)

    def ping(self) -> None:
        self._sql("SELECT 1").fetchone()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._conn.close()
