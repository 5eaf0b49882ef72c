"""The production store: Neo4j through the official driver.

Same answers as the embedded store (`tests/contract/` runs against both).
The Cypher is in `graph/cypher.py`; this module turns models into parameter
rows and rows back into models, runs each read or write as one managed
transaction (the driver retries transient failures), and translates every
driver error into `diplograph.errors` at this edge.

Recovery: the driver's pool reconnects by itself, so nothing here remembers
that Neo4j was down; the next call after it comes back simply works.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from typing import Any, TypeVar

from neo4j import READ_ACCESS, Driver, GraphDatabase, ManagedTransaction, Session, Transaction
from neo4j.exceptions import (
    AuthError,
    ConfigurationError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)
from pydantic import TypeAdapter

from diplograph.errors import DiploGraphError, StoreError, StoreUnavailableError
from graph import cypher
from graph.model import (
    EDGE_TYPES,
    NODE_LABELS,
    ArticleBatch,
    Edge,
    EdgePage,
    EdgeQuery,
    EdgeTally,
    EdgeType,
    Evidence,
    Health,
    Mention,
    NameEntry,
    Node,
    NodeLabel,
    NodePage,
    NodeRef,
    PathHop,
    Stats,
    construct,
)
from graph.name_search import NameSearch
from graph.neo4j_bulk import BulkOverlay, Directory, Fresh
from graph.net import NetWrite, fold, no_gc_pauses
from graph.store import GraphStore

_NODE_ADAPTER: TypeAdapter[Node] = TypeAdapter(Node)
_T = TypeVar("_T")
_PAGE = 1000
# Model fields that are not copied to readable properties (they live in `data`).
_OPAQUE_FIELDS = {"label", "mentions", "titles", "tally"}
_RESERVED = {"data", "alias_text", "key_tags", "key_overflow"}
# A slice end that is never reached ("no limit") and still fits the int32 that Cypher list slices take.
_NO_LIMIT = 2**31 - 1
# Rows per UNWIND statement in a write: big enough to amortise a round trip, small enough
# to keep each message and its plan's memory modest.
_CHUNK = 5000
# Rows per round trip when a bulk load reads what is stored (one record of lists each).
_DIRECTORY_PAGE = 50_000
# Labels whose name search is index-backed in process, kept in step through the name versions.
_SYNCED_NAMES = ("Person",)


class _Rows(list[Any]):
    """A chunk of parameter rows.  The driver formats each RUN for its debug log whether or not
    the log is on (`repr` of every parameter: ~9% of a bulk write's client CPU); this keeps
    that string short."""

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


class _MissingEndpointError(StoreError):
    """An edge of the batch names a node that neither exists nor is in the batch."""


class _SyncedNames:
    """A label's `NameSearch`, as of the server's name version `version` in `epoch`."""

    def __init__(self, entries: list[NameEntry], epoch: str | None, version: int) -> None:
        self.search = NameSearch(entries)
        self.epoch = epoch
        self.version = version


# ----- models <-> parameter rows ---------------------------------------------------------
_SCALARS = (str, int, float, bool, dt.date)


def _readable(value: Any) -> bool:
    if type(value) is list:  # the common cases first: a bulk write calls this ~10 times per node
        return all(isinstance(v, str) for v in value)
    return isinstance(value, _SCALARS)


def tag(item: str) -> str:
    return f"{cypher.TAG_SEPARATOR}{item}{cypher.TAG_SEPARATOR}"


def _tagged(props: dict[str, Any], name: str, items: list[str]) -> None:
    """`{name}_tags` for the TEXT index, or `{name}_overflow` if too long for one."""
    if not items:
        return
    tags = cypher.TAG_SEPARATOR + cypher.TAG_SEPARATOR.join(items) + cypher.TAG_SEPARATOR
    if len(tags.encode()) <= cypher.TAG_LIMIT_BYTES:
        props[f"{name}_tags"] = tags
    else:
        props[f"{name}_overflow"] = True


def node_props(node: Node) -> dict[str, Any]:
    """The properties stored on a node: `data` (the model without mentions) plus readable copies."""
    props: dict[str, Any] = {
        key: value
        for key, value in node.model_dump(exclude=_OPAQUE_FIELDS, exclude_none=True).items()
        if key not in _RESERVED and _readable(value)
    }
    props["data"] = node.model_dump_json(exclude={"mentions"})
    _tagged(props, "key", sorted(set(node.keys)))
    aliases = getattr(node, "aliases", None)
    if aliases:
        props["alias_text"] = " | ".join(aliases)
    return props


_BARE_MENTION_FIELDS = {"article_id", "name"}


def mention_row(node_id: str, mention: Mention) -> dict[str, Any]:
    """A mention row; `data` only when it says more than article and name (most mentions do not)."""
    data = None
    if mention.model_dump(exclude_defaults=True).keys() - _BARE_MENTION_FIELDS:
        data = mention.model_dump_json(exclude_defaults=True)  # read back with the same defaults
    return {"article": mention.article_id, "node": node_id, "name": mention.name, "data": data}


def _mention(r: Any) -> Mention:
    if r["data"] is None:
        return Mention(article_id=r["article_id"], name=r["name"])
    return Mention.model_validate_json(r["data"])


def evidence_row(edge: Edge, evidence: Evidence) -> dict[str, Any]:
    """Every field named (`cypher.CREATE_EVIDENCE`): a null is no property."""
    return {
        "article": evidence.article_id, "edge_id": edge.id, "edge_type": edge.type,
        "sentence": evidence.sentence, "date": evidence.date, "place": evidence.place,
        "country": evidence.country,
    }  # fmt: skip


def order_key(edge: Edge) -> str:
    """The edge's place in `find_edges` order as a string: start, end, id; undated ones last."""
    if edge.start is None:
        return "~" + edge.id  # after every ISO date
    end = edge.end.isoformat() if edge.end is not None else "~" * 10
    return edge.start.isoformat() + end + edge.id


def order_prefix(node_label: str, node_id: str) -> str:
    sep = cypher.ORDER_SEPARATOR
    return f"{node_label}{sep}{node_id}{sep}"


def edge_row(edge: Edge) -> dict[str, Any]:
    """A relationship's parameter row: `data`, `tally`, readable copies, every one of
    `cypher.EDGE_PROPS` named (a null is no property); the dates as ISO text (made dates by
    the server: the driver's date conversion was ~13% of a bulk write's client CPU)."""
    return {
        "id": edge.id, "src": edge.src, "dst": edge.dst,
        "date": edge.date, "precision": edge.precision, "place": edge.place, "country": edge.country,
        "article_count": edge.article_count,
        "data": edge.model_dump_json(exclude={"evidence", "tally"}),
        "tally": edge.tally.model_dump_json() if edge.tally is not None else None,
        "src_order": order_prefix(edge.src_label, edge.src) + order_key(edge),
        "dst_order": order_prefix(edge.dst_label, edge.dst) + order_key(edge),
        "start": edge.start.isoformat() if edge.start else None,
        "end": edge.end.isoformat() if edge.end else None,
    }  # fmt: skip


def _node(data: str) -> Node:
    return _NODE_ADAPTER.validate_json(data)


def _edge(data: str, evidence: list[Evidence] | None = None, tally: str | None = None) -> Edge:
    """The edge stored as `data`; `evidence` must be in the contract's order (`_evidence_items`)."""
    edge = Edge.model_validate_json(data)
    if evidence is not None:
        edge.evidence = evidence
    if tally is not None:
        edge.tally = EdgeTally.model_validate_json(tally)
    return edge


def _evidence_items(items: list[list[Any]]) -> list[Evidence]:
    """[article_id, sentence, date, place, country] lists -> Evidence, in the contract's order.

    Built without validation (`construct`): the values were validated when written.
    """
    found = [
        construct(
            Evidence,
            {"article_id": a, "sentence": s, "date": d, "place": p, "country": c},
        )  # fmt: skip
        for a, s, d, p, c in items
    ]
    found.sort(key=lambda ev: (ev.article_id, ev.sentence))
    return found


def _evidence_of(tx: ManagedTransaction, ids: list[str]) -> dict[str, list[Evidence]]:
    """Every evidence row of those edges, by edge id (one indexed lookup per edge, one record)."""
    if not ids:
        return {}
    record = tx.run(cypher.EVIDENCE_OF, ids=sorted(set(ids))).single(strict=True)
    return {edge_id: _evidence_items(items) for edge_id, items in record["found"]}


def _with_evidence(tx: ManagedTransaction, rows: list[tuple[str, str]]) -> list[Edge]:
    """Edges from (id, data) rows, each with its evidence."""
    evidence = _evidence_of(tx, [i for i, _ in rows])
    return [_edge(data, evidence.get(i, [])) for i, data in rows]


def _name_entry(r: Any) -> NameEntry:
    return NameEntry(id=r["id"], name=r["name"], aliases=tuple(r["aliases"] or ()), country=r["country"])


def _edge_order(edge: Edge) -> tuple[bool, dt.date, dt.date, str]:
    return (edge.start is None, edge.start or dt.date.min, edge.end or dt.date.min, edge.id)


# ----- the store ------------------------------------------------------------------------
class Neo4jStore(GraphStore):
    name = "neo4j"
    remote_reads = True

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str = "neo4j",
        *,
        retry_seconds: float = 5.0,
        connect_timeout: float = 5.0,
        lock_timeout: float = 300.0,
    ) -> None:
        """Connect and set up the schema; raises StoreUnavailableError if Neo4j does not answer.

        `retry_seconds` bounds the driver's retries of one transaction, so that
        a request made while Neo4j is down fails within seconds (503), not 30 s.
        `lock_timeout` bounds how long the ingest lock is held or waited for:
        Neo4j ends the lock's transaction after it, so a stuck writer cannot
        stall every other writer for ever.
        """
        self._uri = uri
        self._database = database
        self._closed = False
        self._thread_lock = threading.RLock()
        self._lock_depth = 0
        self._lock_timeout = lock_timeout
        self._lock_session: Session | None = None
        self._lock_tx: Transaction | None = None
        self._lock_owner: int | None = None
        self._holder = f"{socket.gethostname()}:{os.getpid()}"
        self._names: dict[str, _SyncedNames] = {}
        self._names_lock = threading.Lock()
        self._local = threading.local()  # .session: this thread's `reading()` block, if any
        self._overlay: BulkOverlay | None = None  # inside `bulk()` (`graph/neo4j_bulk.py`)
        try:
            self._driver: Driver = GraphDatabase.driver(
                uri,
                auth=(user, password),
                max_transaction_retry_time=retry_seconds,
                connection_timeout=connect_timeout,
                connection_acquisition_timeout=connect_timeout * 2,
                # Schema and plan notices are for humans at a console, not for our logs.
                notifications_min_severity="OFF",
            )
        except (ConfigurationError, ValueError) as exc:
            raise StoreError(f"bad Neo4j settings (NEO4J_URI={uri!r}): {exc}") from exc
        try:
            self._setup_schema()
        except BaseException:
            self._driver.close()
            raise

    # ----- plumbing ---------------------------------------------------------------------
    @contextmanager
    def _translated(self) -> Iterator[None]:
        """Driver errors become DiploGraph errors here, and only here."""
        if self._closed:
            raise StoreError("the Neo4j store is closed")
        try:
            yield
        except DiploGraphError:
            raise
        except (ServiceUnavailable, SessionExpired) as exc:
            raise StoreUnavailableError(f"Neo4j at {self._uri} is unreachable: {exc}", store="neo4j") from exc
        except AuthError as exc:
            raise StoreError(
                f"Neo4j at {self._uri} refused the credentials (check NEO4J_USER/NEO4J_PASSWORD): {exc}",
                store="neo4j",
            ) from exc
        except TransientError as exc:
            raise StoreUnavailableError(f"Neo4j is busy, try again: {exc}", store="neo4j") from exc
        except (Neo4jError, DriverError, OSError) as exc:
            raise StoreError(f"Neo4j failed: {exc}", store="neo4j") from exc

    def _session(self) -> Session:
        return self._driver.session(database=self._database)

    def _bulk_here(self) -> BulkOverlay | None:
        """The bulk load's overlay, if this thread holds one (other threads read the server)."""
        overlay = self._overlay
        return overlay if overlay is not None and self._lock_owner == threading.get_ident() else None

    def _read(self, work: Callable[[ManagedTransaction], _T], *, settle: bool = True) -> _T:
        overlay = self._bulk_here() if settle else None
        if overlay is not None:
            overlay.settle()  # a read the overlay does not answer sees every queued batch
        tx = self._lock_tx
        if tx is not None and self._lock_owner == threading.get_ident():
            # An ingest's reads run in the transaction that holds the ingest lock: one
            # round trip each instead of a session, a BEGIN and a COMMIT.
            with self._translated():
                return work(tx)  # type: ignore[arg-type]
        held: Session | None = getattr(self._local, "session", None)
        if held is not None:
            # Inside `reading()`: each statement is an auto-commit query on the block's session,
            # one round trip (RUN and PULL together) instead of BEGIN ... COMMIT around it.
            with self._translated():
                return work(held)  # type: ignore[arg-type]
        with self._translated(), self._session() as session:
            return session.execute_read(work)

    def reading(self) -> AbstractContextManager[None]:
        return self._reading()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """A request's reads on one session, without a transaction around each (see `_read`).

        A request (resolve, page, names) then costs a round trip per statement, not
        three transactions of two or three round trips each.  Each read is still atomic;
        they do not share one snapshot (as before: they were separate transactions).  The
        endpoints of a page of a node's edges are kept for the block, so that the page's
        names (`get_nodes`) cost no second round trip.
        """
        if getattr(self._local, "session", None) is not None:
            yield  # nested: the outer block's session
            return
        with self._translated():
            session = self._driver.session(database=self._database, default_access_mode=READ_ACCESS)
        self._local.session = session
        self._local.nodes = {}
        try:
            yield
        finally:
            self._local.session = self._local.nodes = None
            with suppress(Neo4jError, DriverError, OSError):
                session.close()

    def _write(self, work: Callable[[ManagedTransaction], _T]) -> _T:
        with self._translated(), self._session() as session:
            return session.execute_write(work)

    def _setup_schema(self) -> None:
        with self._translated(), self._session() as session:
            for statement in cypher.schema_statements():
                try:
                    session.run(statement).consume()
                except Neo4jError as exc:
                    # Two processes starting at once may race on the same IF NOT EXISTS.
                    if "AlreadyExists" not in (exc.code or ""):
                        raise
            session.run(cypher.AWAIT_INDEXES).consume()

    # ----- writes -----------------------------------------------------------------------
    def ingest_lock(self) -> AbstractContextManager[None]:
        return self._ingest_lock()

    @contextmanager
    def _ingest_lock(self) -> Iterator[None]:
        # Threads of this process queue on the RLock; other processes on the
        # lock node, which an open transaction holds until we leave.
        with self._thread_lock:
            if self._lock_depth == 0:
                self._take_lock()
            self._lock_depth += 1
            try:
                yield
            finally:
                self._lock_depth -= 1
                if self._lock_depth == 0:
                    self._release_lock()

    def _take_lock(self) -> None:
        with self._translated():
            session = self._session()
            try:
                tx = session.begin_transaction(timeout=self._lock_timeout)
                tx.run(cypher.TAKE_INGEST_LOCK, holder=self._holder).consume()
            except Neo4jError as exc:
                session.close()
                if "Transaction.LockClientStopped" in (exc.code or "") or "TimedOut" in (exc.code or ""):
                    raise StoreUnavailableError(
                        f"another writer held the ingest lock over {self._lock_timeout:g}s; try again",
                        store="neo4j",
                    ) from exc
                raise
            except BaseException:
                session.close()
                raise
            self._lock_session, self._lock_tx = session, tx
            self._lock_owner = threading.get_ident()

    def _release_lock(self) -> None:
        tx, session = self._lock_tx, self._lock_session
        self._lock_tx = self._lock_session = None
        self._lock_owner = None
        # Rolling back releases the lock; if the connection is gone, so is the lock.
        with suppress(Neo4jError, DriverError, OSError):
            if tx is not None:
                tx.rollback()
        with suppress(Neo4jError, DriverError, OSError):
            if session is not None:
                session.close()

    def bulk(self) -> AbstractContextManager[None]:
        return self._bulk()

    @contextmanager
    def _bulk(self) -> Iterator[None]:
        """A load: the ingest lock for the whole block, planner reads from memory, writes in windows.

        See `graph/neo4j_bulk.py`.  Loads then need no `BufferedStore` in front
        (`remote_reads` is False inside), and what is queued is written when the block ends.
        """
        if self._bulk_here() is not None:
            yield  # nested: the outer load's overlay
            return
        with self.ingest_lock():
            self._overlay = BulkOverlay(self)
            self.remote_reads = False
            try:
                yield
                self._overlay.settle()
            finally:
                self._overlay.close()
                self._overlay = None
                self.remote_reads = True

    def _read_directory(self) -> Directory:
        """What is stored, for a bulk load's overlay: pages of thousands of rows per round trip."""
        directory = Directory()

        def page(query: str, after: str) -> list[Any]:
            return self._read(
                lambda tx: tx.run(query, after=after, page=_DIRECTORY_PAGE).single(strict=True)["rows"],
                settle=False,
            )

        def pages(query: str) -> Iterator[list[Any]]:
            after = ""
            while True:
                rows = page(query, after)
                yield rows
                if len(rows) < _DIRECTORY_PAGE:
                    return
                after = rows[-1][0]

        for rows in pages(cypher.BULK_ANCHORS):
            directory.anchors.update((a, (bool(stored), h)) for a, stored, h in rows)
        for label in NODE_LABELS:
            if label != "Article":
                for rows in pages(cypher.bulk_nodes(label)):
                    directory.nodes.update(((label, i), (list(keys or ()), data)) for i, keys, data in rows)
        directory.writes = self._read(
            lambda tx: tx.run(cypher.WRITES_COUNT).single(strict=True)["count"], settle=False
        )
        return directory

    @staticmethod
    def _parse_node(data: str) -> Node:
        return _node(data)

    def _stored_edges_between(self, edge_type: EdgeType, src: str, dst: str) -> list[Edge]:
        """`edges_between(..., evidence=False)` from the server, without writing a load's queue first."""
        query = cypher.edges_between(edge_type)

        def work(tx: ManagedTransaction) -> list[Edge]:
            rows = [(r["data"], r["tally"]) for r in tx.run(query, src=src, dst=dst)]
            return [_edge(data, tally=tally or EdgeTally().model_dump_json()) for data, tally in rows]

        return self._read(work, settle=False)

    def _renew_lock(self) -> int:
        """Let the ingest lock go and take it again (its timeout bounds a window, not a whole load);
        the server's write count once it is held again."""
        with self._thread_lock:
            self._release_lock()
            self._take_lock()
        count = self._read(lambda tx: tx.run(cypher.WRITES_COUNT).single(strict=True)["count"], settle=False)
        return int(count or 0)

    def write_article(self, batch: ArticleBatch) -> None:
        overlay = self._bulk_here()
        if overlay is not None:
            overlay.queue(batch)
            return
        self._write_net(fold([batch]))

    def write_articles(self, batches: list[ArticleBatch]) -> None:
        """Many articles in one transaction: the fold (`graph/net.py`) in a few UNWIND statements."""
        overlay = self._bulk_here()
        if overlay is not None:
            for batch in batches:
                overlay.queue(batch)
            return
        if batches:
            with no_gc_pauses():
                self._write_net(fold(batches))

    def _write_net(self, net: NetWrite, fresh: Fresh | None = None) -> int:
        """Write the fold in one transaction; returns the server's write count after it.

        `fresh` (from a bulk load) names the articles, nodes and edges known not to be stored:
        they are CREATEd, without the anchor lock and purge an article otherwise needs.
        """
        fresh = fresh or Fresh()
        delete_nodes: dict[str, list[str]] = defaultdict(list)
        for ref in net.delete_nodes:
            delete_nodes[ref.label].append(ref.id)
        upsert_nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        create_nodes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for key, node in net.nodes.items():
            new = key in fresh.nodes or (node.label == "Article" and node.id in fresh.articles)
            node_row = {"id": node.id, "props": node_props(node)}
            (create_nodes if new else upsert_nodes)[node.label].append(node_row)
        purged = set(net.purge_articles)
        # sorted: two writers lock anchors in one order.  A fresh article has no anchor yet: its
        # Article node is created below, before its rows.
        purge = sorted(purged - fresh.articles)
        # Rows of the articles purged here are new: CREATEd.  Others (a merge moves a person's
        # rows of other articles) are MERGEd on their key.
        mentions: dict[tuple[str, bool], list[dict[str, Any]]] = defaultdict(list)
        for (label, node_id, article_id, _), m in net.mentions.items():
            mentions[(label, article_id in purged)].append(mention_row(node_id, m))
        upsert_edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        create_edges: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for edge in net.edges.values():
            row = edge_row(edge)
            (create_edges if edge.id in fresh.edges else upsert_edges)[
                (edge.type, edge.src_label, edge.dst_label)
            ].append(row)
        evidence: dict[bool, list[dict[str, Any]]] = defaultdict(list)
        for (edge_id, article_id, _), e in net.evidence.items():
            evidence[article_id in purged].append(evidence_row(net.edges[edge_id], e))
        delete_edges = list(net.delete_edges)
        replaced: dict[str, list[str]] = defaultdict(list)
        for ref in net.replace_mentions:
            replaced[ref.label].append(ref.id)

        def run(tx: ManagedTransaction, query: str, name: str, rows: list[Any], **params: Any) -> int:
            """`query` over `rows` in chunks (bounded messages); the sum of each chunk's `written`."""
            written = 0
            for at in range(0, len(rows), _CHUNK):
                result = tx.run(query, {name: _Rows(rows[at : at + _CHUNK]), **params})
                record = result.single() if "RETURN" in query else None
                written += record["written"] if record else 0
                result.consume()
            return written

        named_upserts = [rows for label, rows in upsert_nodes.items() if label in _SYNCED_NAMES]
        named_deletes = {label: ids for label, ids in delete_nodes.items() if label in _SYNCED_NAMES}

        named_upserts += [rows for label, rows in create_nodes.items() if label in _SYNCED_NAMES]

        def work(tx: ManagedTransaction) -> int:
            writes = tx.run(cypher.BUMP_WRITES).single(strict=True)["count"]
            if named_upserts or named_deletes:
                # First: from here to the commit, other writers of persons wait (cypher.py).
                record = tx.run(cypher.BUMP_NAME_VERSION).single()
                version = int(record["version"]) if record else 0
                for rows in named_upserts:
                    for row in rows:
                        row["props"]["name_version"] = version
                for label, ids in named_deletes.items():
                    run(tx, cypher.RECORD_DELETED_NAMES, "ids", ids, label=label, version=version)
            run(tx, cypher.LOCK_ARTICLES, "ids", purge)
            run(tx, cypher.PURGE_ARTICLES, "ids", purge)
            for label, ids in replaced.items():
                run(tx, cypher.delete_mentions_of_nodes(label), "ids", ids)
            orphaned = list(delete_edges)
            for label, ids in delete_nodes.items():
                orphaned += [r["id"] for r in tx.run(cypher.edges_of_nodes(label), ids=ids)]
            run(tx, cypher.DELETE_EVIDENCE_OF_EDGES, "ids", orphaned)
            if delete_edges:
                for known_type in EDGE_TYPES:
                    run(tx, cypher.delete_edges(known_type), "ids", delete_edges)
            for label, ids in delete_nodes.items():
                run(tx, cypher.delete_nodes(label), "ids", ids)  # DETACH: its mention rows go too
            for label, rows in upsert_nodes.items():
                run(tx, cypher.upsert_nodes(label), "rows", rows)
            for label, rows in create_nodes.items():
                run(tx, cypher.create_nodes(label), "rows", rows)
            for (label, new), rows in mentions.items():
                run(tx, cypher.create_mentions(label) if new else cypher.merge_mentions(label), "rows", rows)
            for new, rows in evidence.items():
                run(tx, cypher.CREATE_EVIDENCE if new else cypher.MERGE_EVIDENCE, "rows", rows)
            edge_writes = ((upsert_edges, cypher.upsert_edges), (create_edges, cypher.create_edges))
            for edges, statement in edge_writes:
                for (edge_type, src_label, dst_label), rows in edges.items():
                    written = run(tx, statement(edge_type, src_label, dst_label), "rows", rows)
                    if written != len(rows):
                        raise _MissingEndpointError(
                            f"{len(rows) - written} {edge_type} edge(s) name a"
                            f" {src_label} or {dst_label} that is not stored; nothing was written"
                        )
            return int(writes)

        return self._write(work)

    def clear(self) -> None:
        overlay = self._bulk_here()
        if overlay is not None:
            overlay.close()
            self._clear()
            overlay.reload()  # its queue goes too: cleared is cleared
            return
        self._clear()

    def _clear(self) -> None:
        with self._translated(), self._session() as session:
            session.run(cypher.CLEAR_EDGES).consume()
            session.run(cypher.CLEAR_ROWS).consume()
            for label in NODE_LABELS:
                session.run(cypher.clear(label)).consume()
            for statement in cypher.CLEAR_NAME_LOG:  # a new epoch: every process reloads its names
                session.run(statement).consume()
        with self._names_lock:
            self._names.clear()

    # ----- primitive reads used by ingest ----------------------------------------------
    def article_hash(self, article_id: str) -> str | None:
        overlay = self._bulk_here()
        if overlay is not None:
            return overlay.article_hash(article_id)

        def work(tx: ManagedTransaction) -> str | None:
            record = tx.run(cypher.ARTICLE_HASH, id=article_id).single()
            return record["hash"] if record else None

        return self._read(work)

    def nodes_by_keys(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        if not keys:
            return []
        overlay = self._bulk_here()
        if overlay is not None:
            return overlay.nodes_by_keys(label, keys)
        query = cypher.nodes_by_keys(label)
        tags = [tag(k) for k in sorted(set(keys))]
        return self._read(lambda tx: [_node(r["data"]) for r in tx.run(query, keys=list(keys), tags=tags)])

    def nodes_by_keys_shared(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        overlay = self._bulk_here() if keys else None
        if overlay is not None:
            return overlay.nodes_by_keys(label, keys, copy=False)
        return self.nodes_by_keys(label, keys)

    def edges_between(self, edge_type: EdgeType, src: str, dst: str, *, evidence: bool = True) -> list[Edge]:
        overlay = self._bulk_here()
        if overlay is not None and not evidence:
            return overlay.edges_between(edge_type, src, dst)
        query = cypher.edges_between(edge_type)

        def work(tx: ManagedTransaction) -> list[Edge]:
            rows = [(r["id"], r["data"], r["tally"]) for r in tx.run(query, src=src, dst=dst)]
            if evidence:
                return _with_evidence(tx, [(i, data) for i, data, _ in rows])
            return [_edge(data, tally=tally or EdgeTally().model_dump_json()) for _, data, tally in rows]

        return self._read(work)

    def pair_edges(self, edge_type: EdgeType, src: str, dst: str) -> list[Edge]:
        overlay = self._bulk_here()
        if overlay is not None:  # a load: from memory, without tallies
            return overlay.pair_edges(edge_type, src, dst)
        return super().pair_edges(edge_type, src, dst)

    def edge_tally(self, edge: Edge) -> EdgeTally:
        overlay = self._bulk_here()
        if overlay is not None:
            return overlay.edge_tally(edge)
        return super().edge_tally(edge)

    def nodes_of_article(self, article_id: str) -> list[Node]:
        overlay = self._bulk_here()
        if overlay is not None and not overlay.article_stored(article_id):
            return []  # rows hang only on a stored article (a new one has none)

        def work(tx: ManagedTransaction) -> list[Node]:
            by_label: dict[str, list[str]] = defaultdict(list)
            for r in tx.run(cypher.NODE_KEYS_OF_ARTICLE, article_id=article_id, labels=list(NODE_LABELS)):
                if r["label"] != "Article":
                    by_label[r["label"]].append(r["id"])
            nodes: list[Node] = []
            for label in sorted(by_label):
                found = [_node(r["data"]) for r in tx.run(cypher.nodes_by_ids(label), ids=by_label[label])]
                rows: dict[str, list[Mention]] = defaultdict(list)
                for r in tx.run(cypher.mentions_of(label), ids=by_label[label]):
                    rows[r["id"]].append(_mention(r))
                for node in found:
                    node.mentions = sorted(rows[node.id], key=lambda m: (m.article_id, m.name))
                nodes += found
            return nodes

        return self._read(work)

    def mentions_of(self, label: NodeLabel, node_id: str) -> list[Mention]:
        def work(tx: ManagedTransaction) -> list[Mention]:
            found = [_mention(r) for r in tx.run(cypher.mentions_of(label), ids=[node_id])]
            return sorted(found, key=lambda m: (m.article_id, m.name))

        return self._read(work)

    def edges_of_article(self, article_id: str) -> list[Edge]:
        overlay = self._bulk_here()
        if overlay is not None and not overlay.article_stored(article_id):
            return []

        def work(tx: ManagedTransaction) -> list[Edge]:
            by_type: dict[str, list[str]] = defaultdict(list)
            for r in tx.run(cypher.EDGE_KEYS_OF_ARTICLE, article_id=article_id):
                by_type[r["type"]].append(r["id"])
            rows = [
                (r["id"], r["data"])
                for edge_type in sorted(by_type)
                for r in tx.run(cypher.edges_by_ids(edge_type), ids=by_type[edge_type])
            ]
            return sorted(_with_evidence(tx, rows), key=lambda e: e.id)

        return self._read(work)

    # ----- reads used by the API ---------------------------------------------------------
    def get_node(self, label: NodeLabel, node_id: str) -> Node | None:
        overlay = self._bulk_here()
        if overlay is not None and overlay.knows_article_node(label, node_id):
            return overlay.get_node(label, node_id)
        seen: dict[str, str] | None = getattr(self._local, "nodes", None)
        if seen and node_id in seen:  # read by this `reading()` block's page (`_node_edges`)
            known = _node(seen[node_id])
            if known.label == label:
                return known
        query = cypher.get_node(label)

        def work(tx: ManagedTransaction) -> Node | None:
            record = tx.run(query, id=node_id).single()
            return _node(record["data"]) if record else None

        return self._read(work)

    def get_nodes(self, label: NodeLabel, node_ids: list[str]) -> dict[str, Node]:
        query = cypher.node_data_by_ids(label)
        ids = list(dict.fromkeys(node_ids))
        nodes: dict[str, Node] = {}
        seen: dict[str, str] | None = getattr(self._local, "nodes", None)
        if seen:  # endpoints of a page read in this `reading()` block (`_node_edges`)
            for node_id in ids:
                data = seen.get(node_id)
                node = _node(data) if data is not None else None
                if node is not None and node.label == label:
                    nodes[node_id] = node
            ids = [i for i in ids if i not in nodes]
        if ids:
            found = self._read(lambda tx: tx.run(query, ids=ids).single(strict=True)["data"])
            nodes.update((n.id, n) for n in (_node(data) for data in found))
        return nodes

    def list_nodes(self, label: NodeLabel, offset: int = 0, limit: int | None = 50) -> NodePage:
        def work(tx: ManagedTransaction) -> NodePage:
            total_record = tx.run(cypher.count_nodes(label)).single()
            total = int(total_record["total"]) if total_record else 0
            page = _NO_LIMIT if limit is None else min(limit, _NO_LIMIT)
            rows = tx.run(cypher.list_nodes(label), offset=min(offset, _NO_LIMIT), limit=page)
            return NodePage(total=total, items=[_node(r["data"]) for r in rows])

        return self._read(work)

    def name_index(self, label: NodeLabel) -> list[NameEntry]:
        return self._read(lambda tx: [_name_entry(r) for r in tx.run(cypher.name_index(label))])

    def search_names(self, label: NodeLabel, query: str) -> list[tuple[NameEntry, float]]:
        if label not in _SYNCED_NAMES:
            return super().search_names(label, query)
        with self._names_lock:
            return self._synced_names(label).search.search(query)

    def names_with_word(self, label: NodeLabel, word: str) -> list[NameEntry]:
        if label not in _SYNCED_NAMES:
            return super().names_with_word(label, word)
        with self._names_lock:
            return self._synced_names(label).search.with_word(word)

    def _synced_names(self, label: str) -> _SyncedNames:
        """This process's name index of `label`, brought up to the server's name version.

        One round trip when nothing changed; else only the persons written (and the names
        deleted) since the version we have; the whole list on first use or after a `clear`.
        """
        cached = self._names.get(label)

        def work(tx: ManagedTransaction) -> _SyncedNames | None:
            record = tx.run(cypher.NAME_VERSION).single()
            epoch = record["epoch"] if record else None
            version = int(record["version"] or 0) if record else 0
            if cached is None or cached.epoch != epoch or version < cached.version:
                rows = tx.run(cypher.name_index(label))
                return _SyncedNames([_name_entry(r) for r in rows], epoch, version)
            if version > cached.version:
                # Deletions before writes of the same version: a node deleted and written again stays.
                changes: list[tuple[int, int, str, NameEntry | None]] = [
                    (int(r["version"]), 0, r["id"], None)
                    for r in tx.run(cypher.NAMES_DELETED_SINCE, since=cached.version, label=label)
                ]
                changes += [
                    (int(r["version"]), 1, r["id"], _name_entry(r))
                    for r in tx.run(cypher.names_changed_since(label), since=cached.version)
                ]
                for _, _, node_id, entry in sorted(changes, key=lambda c: (c[0], c[1])):
                    if entry is None:
                        cached.search.remove(node_id)
                    else:
                        cached.search.put(entry)
                cached.version = version
            return None

        fresh = self._read(work)
        if fresh is not None:
            self._names[label] = cached = fresh
        assert cached is not None
        return cached

    def find_edges(self, query: EdgeQuery) -> EdgePage:
        if query.counterpart_country is not None and query.node is None:
            return EdgePage(total=0, items=[])  # "the other endpoint" needs a node
        if query.node is not None and (
            query.counterpart_country is None
            and query.src_person_country is None
            and query.since is None
            and query.until is None
        ):
            return self._node_edges(query, query.node)
        count_statement, page_statement = cypher.find_edges(
            query.node.label if query.node else None,
            query.direction,
            types=query.types is not None,
            since=query.since is not None,
            until=query.until is not None,
            src_person_country=query.src_person_country is not None,
            counterpart_country=query.counterpart_country is not None,
        )
        params = {
            "node_id": query.node.id if query.node else None,
            "types": list(query.types or []),
            "since": query.since,
            "until": query.until,
            "spc": query.src_person_country,
            "cc": query.counterpart_country,
            "offset": min(query.offset, _NO_LIMIT),
            "limit": _NO_LIMIT if query.limit is None else min(query.limit, _NO_LIMIT),
        }

        def work(tx: ManagedTransaction) -> EdgePage:
            record = tx.run(count_statement, params).single()
            total = int(record["total"]) if record else 0
            if total == 0 or params["limit"] == 0 or query.offset >= total:
                return EdgePage(total=total, items=[])
            rows = [(r["id"], r["data"]) for r in tx.run(page_statement, params)]
            return EdgePage(total=total, items=_with_evidence(tx, rows))

        return self._read(work)

    def _node_edges(self, query: EdgeQuery, node: NodeRef) -> EdgePage:
        """A node's edges without other filters: the degree, and a page from the order indexes."""
        types = tuple(sorted(set(query.types))) if query.types is not None else EDGE_TYPES
        if not types:
            return EdgePage(total=0, items=[])
        prefix = order_prefix(node.label, node.id)

        def work(tx: ManagedTransaction) -> EdgePage:
            end = _NO_LIMIT if query.limit is None else min(_NO_LIMIT, query.offset + query.limit)
            record = tx.run(
                cypher.node_edges_page(node.label, query.direction, types),
                node_id=node.id, prefix=prefix, k=end, offset=min(query.offset, _NO_LIMIT),
                limit=end - min(query.offset, end),
            ).single(strict=True)  # fmt: skip
            items = [_edge(data, _evidence_items(ev)) for _, data, ev in record["page"]]
            seen = getattr(self._local, "nodes", None)
            if seen is not None:
                # The block's `get_nodes` for the page's names and `get_node` of the node itself
                # (resolving it after a page asked by id) need no round trip.
                seen.update(record["ends"])
                if record["self"] is not None:
                    seen[node.id] = record["self"]
            return EdgePage(total=int(record["total"]), items=items)

        return self._read(work)

    def shortest_paths(
        self,
        src: str,
        dst: str,
        types: tuple[EdgeType, ...] = ("MET", "CALLED"),
        max_paths: int = 10,
        max_hops: int = 6,
    ) -> list[list[PathHop]]:
        if src == dst or not types or max_hops < 1 or max_paths < 1:
            return []
        wanted = tuple(sorted(set(types)))
        paths_query = cypher.shortest_paths(wanted, max_hops)
        hops_query = cypher.edges_between_people(wanted)

        def work(tx: ManagedTransaction) -> list[list[PathHop]]:
            paths = [list(r["ids"]) for r in tx.run(paths_query, src=src, dst=dst, max_paths=max_paths)]
            pairs = sorted({(a, b) for path in paths for a, b in zip(path, path[1:], strict=False)})
            found: dict[tuple[str, str], dict[str, Edge]] = defaultdict(dict)
            rows = [
                (r["a"], r["b"], r["id"], r["data"])
                for r in tx.run(hops_query, pairs=[list(p) for p in pairs])
            ]
            evidence = _evidence_of(tx, [i for _, _, i, _ in rows])
            for a, b, i, data in rows:
                found[(a, b)][i] = _edge(data, evidence.get(i, []))
            return [
                [
                    PathHop(src=a, dst=b, edges=sorted(found[(a, b)].values(), key=_edge_order))
                    for a, b in zip(path, path[1:], strict=False)
                ]
                for path in paths
            ]

        return self._read(work)

    def stats(self) -> Stats:
        def count(tx: ManagedTransaction, query: str) -> int:
            record = tx.run(query).single()
            return int(record["total"]) if record else 0

        def work(tx: ManagedTransaction) -> Stats:
            return Stats(
                nodes={label: count(tx, cypher.count_nodes(label)) for label in NODE_LABELS},
                edges={edge_type: count(tx, cypher.count_edges(edge_type)) for edge_type in EDGE_TYPES},
                evidence=count(tx, cypher.COUNT_EVIDENCE),
            )

        return self._read(work)

    def _rows(self, query: str, after: str) -> list[Any]:
        return self._read(lambda tx: [r for r in tx.run(query, after=after, page=_PAGE)])

    def _edge_page(self, after: str) -> tuple[list[Edge], str | None]:
        def work(tx: ManagedTransaction) -> tuple[list[Edge], str | None]:
            rows = [(r["id"], r["data"]) for r in tx.run(cypher.EDGE_PAGE, after=after, page=_PAGE)]
            return _with_evidence(tx, rows), (rows[-1][0] if len(rows) == _PAGE else None)

        return self._read(work)

    def iter_nodes(self) -> Iterator[Node]:
        # Pages by id, each its own transaction: an export never holds one open.
        for label in sorted(NODE_LABELS):
            query, after = cypher.node_page(label), ""
            while True:
                rows = self._rows(query, after)
                yield from (_node(r["data"]) for r in rows)
                if len(rows) < _PAGE:
                    break
                after = rows[-1]["id"]

    def iter_edges(self) -> Iterator[Edge]:
        after: str | None = ""
        while after is not None:
            edges, after = self._edge_page(after)
            yield from edges

    # ----- lifecycle -------------------------------------------------------------------------
    def health(self) -> Health:
        where = f"Neo4j at {self._uri} (database {self._database})"
        detail = ""
        # Twice: the first try after Neo4j came back may pick a pooled connection
        # that died with the old server; the driver drops it and the second is fresh.
        for _ in range(2):
            try:
                with self._translated(), self._session() as session:
                    session.run(cypher.PING).consume()
                return Health(store=self.name, ok=True, detail=f"{where} answers")
            except DiploGraphError as exc:
                detail = exc.message
            except Exception as exc:  # noqa: BLE001 - health never raises
                detail = f"{where}: {exc}"
        return Health(store=self.name, ok=False, detail=detail)

    def close(self) -> None:
        if self._closed:
            return
        with self._thread_lock:
            if self._lock_depth:
                self._release_lock()
                self._lock_depth = 0
        self._closed = True
        with suppress(Exception):
            self._driver.close()
