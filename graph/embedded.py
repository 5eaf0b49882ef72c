"""The embedded store: NetworkX in memory, SQLite on disk, no server.

Durability: every `write_article` is one SQLite transaction (WAL,
synchronous=FULL) committed before the in-memory graph changes, so an
acknowledged article survives a crash and a failed one leaves no trace.

Memory: nodes are kept as models, but an edge is kept in memory only as a
slotted `EdgeCore` (no evidence); evidence sentences stay in SQLite and are
read for the page of edges being returned.

Several processes may open the same data dir (e.g. `diplograph serve` and
`diplograph ingest`): writers exclude each other with a lock file, and each
write appends to a `changes` table that readers replay when SQLite's
`data_version` says another connection committed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import fcntl
import gc
import heapq
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from diplograph.errors import StoreError
from graph.embedded_bulk import EDGE_FIELDS, EdgeRow, PendingRows, edge_row
from graph.embedded_sqlite import NODE_ADAPTER, SqliteFile
from graph.model import (
    EDGE_ENDPOINTS,
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
    PathHop,
    Stats,
    construct,
    copy_node,
)
from graph.name_search import NameSearch, entry_of
from graph.net import NetWrite, fold, no_gc_pauses, settle_heap
from graph.store import GraphStore

if TYPE_CHECKING:
    import networkx as nx

_T = TypeVar("_T")

# The evidence cache (`EmbeddedStore._full_edges`): edges kept (~1 KB each with their evidence),
# and the largest list of edges it serves (pages are at most `MAX_PAGE`).
EVIDENCE_CACHE = 50_000
EVIDENCE_PAGE = 500


class EdgeCore:
    """An edge without its evidence: what queries need, in ~300 bytes."""

    # `skey`: the `find_edges` order, computed once (per-node lists are kept sorted by it).
    __slots__ = (*EDGE_FIELDS, "skey")

    id: str
    type: str
    src_label: str
    src: str
    dst_label: str
    dst: str
    date: str | None
    precision: str | None
    start: dt.date | None
    end: dt.date | None
    place: str | None
    country: str | None
    article_count: int
    skey: tuple[bool, dt.date, dt.date, str]

    @classmethod
    def from_edge(cls, edge: Edge) -> EdgeCore:
        return cls.from_row(edge_row(edge))

    @classmethod
    def from_row(cls, row: EdgeRow) -> EdgeCore:
        """From an `edges` table row (columns in EDGE_FIELDS order)."""
        core = cls()
        (core.id, kind, src_label, src, dst_label, dst, when, precision, start, end, place, country,
         core.article_count) = row  # fmt: skip
        # Sharing repeated strings and dates between edges keeps a million edges small.
        core.type, core.src_label, core.dst_label = _intern(kind), _intern(src_label), _intern(dst_label)
        core.src, core.dst = _intern(src), _intern(dst)
        core.date = _intern(when) if when is not None else None
        core.precision = _intern(precision) if precision is not None else None
        core.start = _day(start) if start is not None else None
        core.end = _day(end) if end is not None else None
        core.place = _intern(place) if place is not None else None
        core.country = _intern(country) if country is not None else None
        core.skey = (core.start is None, core.start or dt.date.min, core.end or dt.date.min, core.id)
        return core

    def to_edge(self, evidence: list[Evidence]) -> Edge:
        # Built from what the store validated when it was written: no second validation.
        return construct(
            Edge,
            {
                "id": self.id, "type": self.type, "src_label": self.src_label, "src": self.src,
                "dst_label": self.dst_label, "dst": self.dst, "date": self.date, "precision": self.precision,
                "start": self.start, "end": self.end, "place": self.place, "country": self.country,
                "evidence": evidence, "article_count": self.article_count, "tally": None,
            },
        )  # fmt: skip

    def sort_key(self) -> tuple[bool, dt.date, dt.date, str]:
        return self.skey


_SKEY = attrgetter("skey")


_DAYS: dict[str, dt.date] = {}


def _day(text: str) -> dt.date:
    day = _DAYS.get(text)
    if day is None:
        day = _DAYS[text] = dt.date.fromisoformat(text)
    return day


_intern = sys.intern


class _LoadGate:
    """The store's lock, which nobody but the loading thread gets before memory is loaded.

    The store opens at once (the API answers `/health` within a second
    whatever the graph's size) and loads memory from SQLite in a thread;
    every read or write waits for the load, so answers are never partial.
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.loaded = threading.Event()
        self.loader: int | None = None
        self.error: BaseException | None = None

    def __enter__(self) -> None:
        if not self.loaded.is_set() and threading.get_ident() != self.loader:
            self.loaded.wait()
        if self.error is not None:
            raise StoreError(f"the embedded store could not be loaded: {self.error}")
        self.lock.acquire()

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


class EmbeddedStore(GraphStore):
    name = "embedded"

    def __init__(self, data_dir: Path, *, background: bool = True) -> None:
        """Open the store; with `background`, memory loads in a thread (reads wait for it)."""
        self._dir = Path(data_dir)
        self._lock = _LoadGate()
        self._closing = threading.Event()
        self._ingest_depth = 0
        self._lock_file: Any = None
        # While `bulk()` is active: commit every `_group_size` articles or `_group_seconds`.
        self._group_size = 0
        self._group_seconds = 0.0
        self._group_pending = 0
        self._group_started = 0.0
        # A bulk load's rows not yet written (`graph/embedded_bulk.py`), and whether memory must be
        # loaded from SQLite again before it is used (after a big load: built at the first read).
        self._pending: PendingRows | None = None
        self._stale = False
        self._db = SqliteFile(self._dir / "graph.sqlite3")
        # Memory is set up by the load (`_load_all`), which every other use waits for (`_LoadGate`).
        if not background:
            self._load()
            return
        loader = threading.Thread(target=self._load, name="embedded-store-load", daemon=True)
        loader.start()
        self._lock.loader = loader.ident

    def _load(self) -> None:
        self._lock.loader = threading.get_ident()
        try:
            self._load_all()
        except BaseException as exc:  # noqa: BLE001 - reported to every waiting caller
            self._lock.error = exc
        finally:
            self._lock.loaded.set()

    # ----- memory ------------------------------------------------------------------
    def _reset_memory(self) -> None:
        # networkx is imported here, by the loading thread: its import (~0.25 s) is no part of the
        # API's start-up before `/health` answers.
        import networkx as nx

        self._evidence: dict[str, tuple[Evidence, ...]] = {}  # see `_full_edges`
        self._g: nx.MultiDiGraph = nx.MultiDiGraph()
        self._edges: dict[str, EdgeCore] = {}
        self._nodes: dict[tuple[str, str], Node] = {}
        self._keys: dict[tuple[str, str], set[str]] = defaultdict(set)
        # Each node's edges per type, in `find_edges` order (date, then id: `EdgeCore.skey`).
        self._by_node: dict[tuple[str, str], dict[str, list[EdgeCore]]] = {}
        self._max_span_days = 0  # the longest date span of any edge (never shrinks: a safe bound)
        self._sorted_ids: dict[str, list[str]] = {}
        self._names: dict[str, list[NameEntry]] = {}
        self._searches: dict[str, NameSearch] = {}  # built on the first search, then kept per node write
        self._label_counts: Counter[str] = Counter()
        self._type_counts: Counter[str] = Counter()
        self._seq = 0
        self._data_version = -1

    def _load_all(self) -> None:
        with self._lock:
            self._stale = False
            self._reset_memory()
            self._seq = self._db.last_seq()
            closing = self._closing
            for node in self._db.all_nodes():
                if closing.is_set():
                    raise StoreError("the store was closed while it loaded")
                self._put_node(node)
            for row in self._db.all_edge_rows():
                if closing.is_set():
                    raise StoreError("the store was closed while it loaded")
                self._put_edge(EdgeCore.from_row(row), index=False)
            for per_type in self._by_node.values():
                for cores in per_type.values():
                    cores.sort(key=_SKEY)
            self._data_version = self._db.data_version()
        # The loaded graph (millions of objects at a million edges) lives as long as the process:
        # out of the cyclic collector's sight, or each full collection walks all of it (pauses of
        # hundreds of ms in the middle of requests, profiled).
        gc.freeze()

    def _put_node(self, node: Node) -> None:
        key = (node.label, node.id)
        self._drop_node(key)
        self._nodes[key] = node
        self._label_counts[node.label] += 1
        for k in node.keys:
            self._keys[(node.label, k)].add(node.id)
        self._sorted_ids.pop(node.label, None)
        self._names.pop(node.label, None)
        if (search := self._searches.get(node.label)) is not None:
            search.put(entry_of(node))

    def _drop_node(self, key: tuple[str, str]) -> None:
        old = self._nodes.pop(key, None)
        if old is None:
            return
        self._label_counts[old.label] -= 1
        for k in old.keys:
            ids = self._keys.get((old.label, k))
            if ids is not None:
                ids.discard(old.id)
                if not ids:
                    del self._keys[(old.label, k)]
        self._sorted_ids.pop(old.label, None)
        self._names.pop(old.label, None)
        if (search := self._searches.get(old.label)) is not None:
            search.remove(old.id)

    def _put_edge(self, core: EdgeCore, *, index: bool = True) -> None:
        """Add the edge; with `index=False` its per-node lists are left for the caller to sort."""
        if core.id in self._edges:
            self._drop_edge(core.id)
        self._edges[core.id] = core
        self._type_counts[core.type] += 1
        if core.start is not None and core.end is not None:
            self._max_span_days = max(self._max_span_days, (core.end - core.start).days)
        # The graph holds only the key; the EdgeCore lives in self._edges (one dict less per edge).
        self._g.add_edge((core.src_label, core.src), (core.dst_label, core.dst), key=core.id)
        src, dst = (core.src_label, core.src), (core.dst_label, core.dst)
        for key in (src, dst) if src != dst else (src,):
            cores = self._by_node.setdefault(key, {}).setdefault(core.type, [])
            if index:
                bisect.insort(cores, core, key=_SKEY)
            else:
                cores.append(core)

    def _put_edges(self, cores: list[EdgeCore]) -> None:
        """Add many edges: each per-node list takes its new edges by insertion or by one sort."""
        for core in cores:
            if core.id in self._edges:
                self._drop_edge(core.id)
        new: dict[int, tuple[list[EdgeCore], int]] = {}
        for core in cores:
            src, dst = (core.src_label, core.src), (core.dst_label, core.dst)
            for key in (src, dst) if src != dst else (src,):
                lst = self._by_node.setdefault(key, {}).setdefault(core.type, [])
                if id(lst) not in new:
                    new[id(lst)] = (lst, len(lst))
            self._put_edge(core, index=False)
        for lst, before in new.values():
            added = len(lst) - before
            # Insertion costs ~log(n) comparisons and a move per new edge, a sort ~n: take the cheaper.
            if before and added * 16 < before:
                tail = lst[before:]
                del lst[before:]
                for core in tail:
                    bisect.insort(lst, core, key=_SKEY)
            else:
                lst.sort(key=_SKEY)

    def _drop_edge(self, edge_id: str) -> None:
        old = self._edges.get(edge_id)
        if old is None:
            return
        for key in {(old.src_label, old.src), (old.dst_label, old.dst)}:
            cores = self._by_node.get(key, {}).get(old.type)
            if cores:
                at = bisect.bisect_left(cores, old.skey, key=_SKEY)
                if at < len(cores) and cores[at] is old:
                    del cores[at]
                elif old in cores:
                    cores.remove(old)
        del self._edges[edge_id]
        self._type_counts[old.type] -= 1
        self._g.remove_edge((old.src_label, old.src), (old.dst_label, old.dst), key=edge_id)

    # ----- other processes' writes --------------------------------------------------
    def _refresh(self) -> None:
        """Replay what other processes committed since we last looked."""
        if self._stale:
            return  # memory is loaded whole before its next use
        version = self._db.data_version()
        if version == self._data_version:
            return
        changes = self._db.changes_since(self._seq)
        if any(kind in ("clear", "reload") for _, kind, _, _ in changes):
            self._load_all()
            return
        for seq, kind, label, ident in changes:
            if ident is None:
                continue
            if kind == "node" and label is not None:
                node = self._db.node(label, ident)
                if node is not None:
                    self._put_node(node)
                else:
                    self._drop_node((label, ident))
            elif kind == "edge":
                row = self._db.edge(ident)
                if row is not None:
                    self._put_edge(EdgeCore.from_row(row))
                else:
                    self._drop_edge(ident)
            self._seq = seq
        self._data_version = version
        self._evidence.clear()

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._lock:  # reentrant: the block's reads take it again at no cost
            self._settle()
            self._refresh()
            yield

    @contextmanager
    def held_at_once(self) -> Iterator[bool]:
        gate = self._lock
        if not gate.loaded.is_set() or gate.error is not None or self._pending is not None or self._stale:
            yield False
            return
        if not gate.lock.acquire(blocking=False):
            yield False  # a writer or another reader holds it
            return
        try:
            # Looked at again with the lock held: a bulk load's rows or a reload are work for a
            # reader that may wait, and so are another process's writes (there may be many).
            yield self._pending is None and not self._stale and self._db.data_version() == self._data_version
        finally:
            gate.lock.release()

    def _read(self, fn: Callable[[], _T]) -> _T:
        with self._lock:
            self._settle()
            self._refresh()
            return fn()

    def _settle(self) -> None:
        """Before memory or SQLite is read or written the usual way: write a bulk load's gathered
        rows, and load memory if a big load left it to be loaded."""
        if self._pending is not None:
            self._flush_pending(lazy=False)
        if self._stale:
            self._load_all()

    def _full_edges(self, cores: list[EdgeCore]) -> list[Edge]:
        """The edges with their evidence, read from SQLite or, for a page, from the evidence cache.

        Pages of answers keep their edges' evidence (frozen models: shared, in a fresh list
        per answer): a person asked about again costs no SQLite read.  Any write empties it.
        """
        if len(cores) > EVIDENCE_PAGE:  # exports and big pages: read through
            evidence = self._db.evidence_for([c.id for c in cores])
            return [c.to_edge(evidence.get(c.id, [])) for c in cores]
        cache = self._evidence
        missing = [c.id for c in cores if c.id not in cache]
        if missing:
            found = self._db.evidence_for(missing)
            if len(cache) + len(missing) > EVIDENCE_CACHE:
                cache.clear()
            for edge_id in missing:
                cache[edge_id] = tuple(found.get(edge_id, ()))
        return [c.to_edge(list(cache[c.id])) for c in cores]

    @staticmethod
    def _copy(node: Node) -> Node:
        return copy_node(node)  # memory holds nodes without their mentions (they stay in SQLite)

    # ----- writes ------------------------------------------------------------------
    def ingest_lock(self) -> AbstractContextManager[None]:
        return self._ingest_lock()

    @contextmanager
    def _ingest_lock(self) -> Iterator[None]:
        with self._lock:
            if self._lock_file is None:
                self._lock_file = open(self._dir / "ingest.lock", "a+")  # noqa: SIM115 - held across yield
                fcntl.flock(self._lock_file, fcntl.LOCK_EX)
            self._ingest_depth += 1
            try:
                self._refresh()
                yield
            finally:
                self._ingest_depth -= 1
                # In a bulk load the lock (and the open transaction) outlive one article.
                # A bulk load's gathered rows keep it until the load ends.
                if self._ingest_depth == 0 and (
                    not self._group_size or (self._pending is None and self._group_due())
                ):
                    self._end_group()

    def _group_due(self) -> bool:
        return (
            self._group_pending >= self._group_size
            or time.monotonic() - self._group_started >= self._group_seconds
        )

    def _end_group(self) -> None:
        """Commit the open group (if any) and let other writers in."""
        try:
            self._flush_pending(lazy=True)
            self._db.commit_group()
            self._group_pending = 0
            if self._group_size:
                self._data_version = self._db.data_version()
                settle_heap()  # a long load's memory is not walked again by each full collection
            elif self._db.bulk_mode:
                self._db.durable(True)  # the load is over: sync what it committed, then every commit
                self._db.sync()
        finally:
            if self._lock_file is not None:
                fcntl.flock(self._lock_file, fcntl.LOCK_UN)
                self._lock_file.close()
                self._lock_file = None

    @contextmanager
    def bulk(self, articles: int = 500, seconds: float = 2.0) -> Iterator[None]:
        """Group writes into one transaction per `articles` articles or `seconds` (one fsync each).

        Each article stays atomic (a savepoint).  Inside the block commits do
        not wait for the disk (SQLite `synchronous=NORMAL`: a crash of the
        process loses nothing committed, a power cut may lose the groups since
        the last checkpoint); when the block ends (and the lock is let go), a
        checkpoint syncs the log, so everything is durable.  If the process
        dies, the open group is rolled back whole, and ingesting again redoes
        it.  Other writers wait at most about `seconds` for the lock.
        """
        with self._lock:
            nested = bool(self._group_size)
            if not nested:
                self._group_size, self._group_seconds = articles, seconds
                self._group_pending, self._group_started = 0, time.monotonic()
                self._db.durable(False)
        if nested:
            yield
            return
        try:
            yield
        except BaseException:
            with self._lock:
                self._pending = None
                self._db.rollback_group()
                self._load_all()  # memory held writes that are now undone
            raise
        finally:
            with self._lock:
                self._group_size = 0
                if self._ingest_depth == 0:
                    self._end_group()

    def write_article(self, batch: ArticleBatch) -> None:
        with self._lock:
            self._settle()
            self._evidence.clear()
            if self._group_size and self._lock_file is not None:
                if self._group_pending == 0:
                    self._group_started = time.monotonic()
                self._db.begin_group()
                self._group_pending += 1
            with self._db.transaction():
                self._refresh()
                orphaned = [
                    e for ref in batch.delete_nodes for e in self._incident_edge_ids((ref.label, ref.id))
                ]
                self._db.write(batch, orphaned)
            # Only now, with the batch durable, does memory change.
            for edge_id in [*orphaned, *batch.delete_edges]:
                self._drop_edge(edge_id)
            for ref in batch.delete_nodes:
                self._drop_node((ref.label, ref.id))
            for node in batch.written_nodes():
                kept = copy_node(node)
                kept.mentions = []
                self._put_node(kept)
            for edge in batch.upsert_edges:
                self._put_edge(EdgeCore.from_edge(edge))
            self._seq = self._db.last_seq()
            self._data_version = self._db.data_version()

    def write_articles(self, batches: list[ArticleBatch]) -> None:
        """Many articles in one SQLite transaction: the fold (`graph/net.py`), one executemany per table.

        In `bulk()`, under the ingest lock, the batches' rows are gathered instead and written when
        the block ends (`graph/embedded_bulk.py`): a load is one pass over its rows.
        """
        if self._group_size and self._lock_file is not None:
            with self._lock, no_gc_pauses():
                if self._group_size and self._lock_file is not None:
                    self._gather(batches)
                    return
        if len(batches) <= 1:
            for batch in batches:
                self.write_article(batch)
            return
        with no_gc_pauses():
            self._write_net(fold(batches))

    def _gather(self, batches: list[ArticleBatch]) -> None:
        for batch in batches:
            if self._pending is None:
                # Memory is not needed (nor loaded, if a load left it to be): rows go to SQLite first.
                self._pending = PendingRows(fresh=self._db.is_empty())
            if not self._pending.add(batch):
                self._write_net(fold([batch]))  # writes the gathered rows first (`_settle`)

    def _flush_pending(self, *, lazy: bool) -> None:
        """Write the gathered rows (`graph/embedded_bulk.py`) in the open group's transaction.

        Memory then takes them, or, with `lazy` and more rows than memory holds,
        is dropped and loaded from SQLite at its next use (`_settle`): at a
        million edges, loading once costs less than adding edge by edge, and a
        process that only loads never needs it.
        """
        rows, self._pending = self._pending, None
        if rows is None or not len(rows):
            return
        self._evidence.clear()
        with no_gc_pauses():
            try:
                self._db.begin_group()
                with self._db.transaction():
                    self._db.write_rows(rows)
            except BaseException:
                # Earlier writes of the group go with it: memory follows SQLite.
                self._db.rollback_group()
                self._reset_memory()
                self._stale = True
                raise
            self._seq = self._db.last_seq()
            self._data_version = self._db.data_version()
            if self._stale:
                return
            if lazy and len(rows) > len(self._nodes) + len(self._edges):
                self._reset_memory()
                self._stale = True
                return
            for node in rows.nodes.values():
                if isinstance(node, str):
                    self._put_node(NODE_ADAPTER.validate_json(node))
                else:
                    self._put_node(node.model_copy(update={"mentions": []}) if node.mentions else node)
            self._put_edges([EdgeCore.from_row(row[:-1]) for row in rows.edges.values()])

    def _write_net(self, net: NetWrite) -> None:
        with self._lock:
            self._settle()
            self._evidence.clear()
            if self._group_size and self._lock_file is not None:
                # In `bulk()`, under the ingest lock: join the open group (one commit for several calls).
                if self._group_pending == 0:
                    self._group_started = time.monotonic()
                self._db.begin_group()
                self._group_pending += net.articles
            with self._db.transaction():
                self._refresh()
                orphaned = [
                    e for ref in net.delete_nodes for e in self._incident_edge_ids((ref.label, ref.id))
                ]
                rows = [edge_row(edge) for edge in net.edges.values()]
                self._db.write_net(net, orphaned, rows)
            # Only now, with the batches durable, does memory change.
            for edge_id in dict.fromkeys([*orphaned, *net.delete_edges]):
                self._drop_edge(edge_id)
            for ref in net.delete_nodes:
                self._drop_node((ref.label, ref.id))
            for node in net.nodes.values():
                # Shallow: the batches are handed over (copying every list of every node costs more
                # than the SQLite writes); reads return copies as always.
                self._put_node(node.model_copy(update={"mentions": []}) if node.mentions else node)
            self._put_edges([EdgeCore.from_row(row) for row in rows])
            self._seq = self._db.last_seq()
            self._data_version = self._db.data_version()

    def _incident_edge_ids(self, key: tuple[str, str]) -> list[str]:
        if key not in self._g:
            return []
        out = [k for _, _, k in self._g.out_edges(key, keys=True)]
        return out + [k for _, _, k in self._g.in_edges(key, keys=True)]

    def clear(self) -> None:
        with self._lock:
            self._pending = None
            self._db.clear()
            self._load_all()

    # ----- primitive reads -------------------------------------------------------
    def article_hash(self, article_id: str) -> str | None:
        def run() -> str | None:
            node = self._nodes.get(("Article", article_id))
            return getattr(node, "content_hash", None)

        return self._read(run)

    def nodes_by_keys(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        def run() -> list[Node]:
            ids: set[str] = set()
            for k in keys:
                ids |= self._keys.get((label, k), set())
            return [self._copy(self._nodes[(label, i)]) for i in sorted(ids)]

        return self._read(run)

    def nodes_by_keys_shared(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        def run() -> list[Node]:
            ids: set[str] = set()
            for k in keys:
                ids |= self._keys.get((label, k), set())
            # The stored nodes themselves: writes replace a stored node, never change it.
            return [self._nodes[(label, i)] for i in sorted(ids)]

        return self._read(run)

    def edges_between(self, edge_type: EdgeType, src: str, dst: str, *, evidence: bool = True) -> list[Edge]:
        def run() -> list[Edge]:
            cores: list[EdgeCore] = []
            for u, v in self._pair_keys(edge_type, src, dst):
                data = self._g.get_edge_data(u, v) or {}
                cores.extend(self._edges[k] for k in data if self._edges[k].type == edge_type)
            cores.sort(key=lambda c: c.id)
            if evidence:
                return self._full_edges(cores)
            tallies = self._db.tallies_for([c.id for c in cores])
            edges = [c.to_edge([]) for c in cores]
            for edge in edges:
                edge.tally = tallies.get(edge.id, EdgeTally())
            return edges

        return self._read(run)

    def pair_edges(self, edge_type: EdgeType, src: str, dst: str) -> list[Edge]:
        def run() -> list[Edge]:
            cores: list[EdgeCore] = []
            for u, v in self._pair_keys(edge_type, src, dst):
                data = self._g.get_edge_data(u, v) or {}
                cores.extend(self._edges[k] for k in data if self._edges[k].type == edge_type)
            cores.sort(key=lambda c: c.id)
            return [c.to_edge([]) for c in cores]  # tally None: `edge_tally` reads the one taken

        return self._read(run)

    def edge_tally(self, edge: Edge) -> EdgeTally:
        return self._read(lambda: self._db.tallies_for([edge.id]).get(edge.id, EdgeTally()))

    @staticmethod
    def _pair_keys(edge_type: str, src: str, dst: str) -> list[tuple[tuple[str, str], tuple[str, str]]]:
        src_labels, dst_labels = EDGE_ENDPOINTS[edge_type]
        return [((sl, src), (dl, dst)) for sl in src_labels for dl in dst_labels]

    def nodes_of_article(self, article_id: str) -> list[Node]:
        def run() -> list[Node]:
            keys = sorted(k for k in self._db.node_keys_of_article(article_id) if k in self._nodes)
            nodes = [self._copy(self._nodes[k]) for k in keys if k[0] != "Article"]
            for node in nodes:
                node.mentions = self._db.mentions_of(node.label, node.id)
            return nodes

        return self._read(run)

    def mentions_of(self, label: NodeLabel, node_id: str) -> list[Mention]:
        return self._read(lambda: self._db.mentions_of(label, node_id))

    def edges_of_article(self, article_id: str) -> list[Edge]:
        def run() -> list[Edge]:
            ids = self._db.edge_ids_of_article(article_id)
            cores = [self._edges[i] for i in ids if i in self._edges]
            return self._full_edges(sorted(cores, key=lambda c: c.id))

        return self._read(run)

    # ----- API reads -------------------------------------------------------------
    def get_node(self, label: NodeLabel, node_id: str) -> Node | None:
        def run() -> Node | None:
            node = self._nodes.get((label, node_id))
            return self._copy(node) if node is not None else None

        return self._read(run)

    def get_nodes(self, label: NodeLabel, node_ids: list[str]) -> dict[str, Node]:
        def run() -> dict[str, Node]:
            # The stored nodes themselves: get_nodes answers are read-only (see GraphStore.get_nodes),
            # and writes replace a stored node, never change it.
            nodes = self._nodes
            return {i: node for i in node_ids if (node := nodes.get((label, i))) is not None}

        return self._read(run)

    def _ids(self, label: str) -> list[str]:
        ids = self._sorted_ids.get(label)
        if ids is None:
            ids = sorted(i for (lbl, i) in self._nodes if lbl == label)
            self._sorted_ids[label] = ids
        return ids

    def list_nodes(self, label: NodeLabel, offset: int = 0, limit: int | None = 50) -> NodePage:
        def run() -> NodePage:
            ids = self._ids(label)
            page = ids[offset:] if limit is None else ids[offset : offset + limit]
            return NodePage(total=len(ids), items=[self._copy(self._nodes[(label, i)]) for i in page])

        return self._read(run)

    def name_index(self, label: NodeLabel) -> list[NameEntry]:
        def run() -> list[NameEntry]:
            entries = self._names.get(label)
            if entries is None:
                entries = []
                for i in self._ids(label):
                    node = self._nodes[(label, i)]
                    aliases = tuple(getattr(node, "aliases", ()))
                    country = getattr(node, "country", None)
                    entries.append(NameEntry(id=i, name=node.name, aliases=aliases, country=country))
                self._names[label] = entries
            return list(entries)  # entries are frozen; the list is the caller's

        return self._read(run)

    def search_names(self, label: NodeLabel, query: str) -> list[tuple[NameEntry, float]]:
        return self._read(lambda: self._name_search(label).search(query))

    def names_with_word(self, label: NodeLabel, word: str) -> list[NameEntry]:
        return self._read(lambda: self._name_search(label).with_word(word))

    def _name_search(self, label: str) -> NameSearch:
        search = self._searches.get(label)
        if search is None:
            search = self._searches[label] = NameSearch(entry_of(n) for n in self._of_label(label))
        return search

    def _of_label(self, label: str) -> Iterator[Node]:
        return (self._nodes[(label, i)] for i in self._ids(label))

    def _person_country(self, person_id: str) -> str | None:
        node = self._nodes.get(("Person", person_id))
        return getattr(node, "country", None) if node is not None else None

    def _candidates(self, query: EdgeQuery) -> Iterator[tuple[EdgeCore, tuple[str, str] | None]]:
        """Yield (edge, counterpart key) before the per-edge filters."""
        if query.node is not None:
            key = (query.node.label, query.node.id)
            if key not in self._g:
                return
            if query.direction in ("out", "any"):
                for _, v, k in self._g.out_edges(key, keys=True):
                    yield self._edges[k], v
            if query.direction in ("in", "any"):
                for u, v, k in self._g.in_edges(key, keys=True):
                    if query.direction == "any" and u == v:
                        continue  # a self-loop was already yielded as an out-edge
                    yield self._edges[k], u
        elif query.src_person_country is not None:
            for (label, ident), node in list(self._nodes.items()):
                if label == "Person" and getattr(node, "country", None) == query.src_person_country:
                    for _, _, k in self._g.out_edges((label, ident), keys=True):
                        yield self._edges[k], None
        else:
            for core in self._edges.values():
                yield core, None

    @staticmethod
    def _passes(core: EdgeCore, other: tuple[str, str] | None, query: EdgeQuery, person_country: Any) -> bool:
        """The per-edge filters of `find_edges` (types and the node are checked by the caller)."""
        if query.since is not None and (core.end is None or core.end < query.since):
            return False
        if query.until is not None and (core.start is None or core.start > query.until):
            return False
        wanted_src = query.src_person_country
        if wanted_src is not None and (core.src_label != "Person" or person_country(core.src) != wanted_src):
            return False
        if query.counterpart_country is not None:
            if other is None:
                return False
            label, ident = other
            if label == "Country":
                return bool(ident == query.counterpart_country)
            return label == "Person" and person_country(ident) == query.counterpart_country
        return True

    def _node_matches(self, query: EdgeQuery) -> tuple[int, list[EdgeCore]]:
        """(total, page of edges) for a query about one node, from its date-sorted edge lists.

        Who-met, timelines and visitors read a page of a node's edges without
        sorting them: each (node, type) list is kept in `find_edges` order, so
        a page of a leader with tens of thousands of edges costs the page.
        """
        assert query.node is not None
        key = (query.node.label, query.node.id)
        per_type = self._by_node.get(key, {})
        types = list(dict.fromkeys(query.types)) if query.types is not None else sorted(per_type)
        lists = [per_type[t] for t in types if per_type.get(t)]
        if query.since is not None:
            # Nothing that starts more than the longest span before `since` can reach it.
            floor = (False, query.since - dt.timedelta(days=self._max_span_days), dt.date.min, "")
            lists = [cores[bisect.bisect_left(cores, floor, key=_SKEY) :] for cores in lists]
        stream: Iterator[EdgeCore] = (
            heapq.merge(*lists, key=_SKEY) if len(lists) > 1 else iter(lists[0] if lists else [])
        )
        stop = None if query.limit is None else query.offset + query.limit
        plain = (
            query.since is None
            and query.until is None
            and query.counterpart_country is None
            and query.src_person_country is None
            and query.direction == "any"
        )
        if plain:
            return sum(len(cores) for cores in lists), list(islice(stream, query.offset, stop))
        matched = []
        for core in stream:
            if query.until is not None and (core.start is None or core.start > query.until):
                break  # sorted by start, undated last: nothing later can match
            src, dst = (core.src_label, core.src), (core.dst_label, core.dst)
            if (query.direction == "out" and src != key) or (query.direction == "in" and dst != key):
                continue
            other = dst if src == key else src
            if self._passes(core, other, query, self._person_country):
                matched.append(core)
        return len(matched), matched[query.offset : stop]

    def find_edges(self, query: EdgeQuery) -> EdgePage:
        def run() -> EdgePage:
            if query.node is not None:
                total, page = self._node_matches(query)
                return EdgePage(total=total, items=self._full_edges(page))
            matches = []
            types = set(query.types) if query.types is not None else None
            for core, other in self._candidates(query):
                if types is not None and core.type not in types:
                    continue
                if self._passes(core, other, query, self._person_country):
                    matches.append(core)
            matches.sort(key=EdgeCore.sort_key)
            page = (
                matches[query.offset :]
                if query.limit is None
                else matches[query.offset : query.offset + query.limit]
            )
            return EdgePage(total=len(matches), items=self._full_edges(page))

        return self._read(run)

    def shortest_paths(
        self,
        src: str,
        dst: str,
        types: tuple[EdgeType, ...] = ("MET", "CALLED"),
        max_paths: int = 10,
        max_hops: int = 6,
    ) -> list[list[PathHop]]:
        from graph.embedded_paths import all_shortest_paths  # networkx's algorithms: imported when asked

        def run() -> list[list[PathHop]]:
            wanted: set[str] = set(types)
            paths = all_shortest_paths(
                self._g, self._edges, src, dst, wanted, max_paths=max_paths, max_hops=max_hops
            )
            result = []
            for path in paths:
                hops = []
                for a, b in zip(path, path[1:], strict=False):
                    cores = [
                        self._edges[k]
                        for u, v in ((("Person", a), ("Person", b)), (("Person", b), ("Person", a)))
                        for k in self._g.get_edge_data(u, v) or {}
                        if self._edges[k].type in wanted
                    ]
                    unique = {c.id: c for c in cores}
                    ordered = sorted(unique.values(), key=EdgeCore.sort_key)
                    hops.append(PathHop(src=a, dst=b, edges=self._full_edges(ordered)))
                result.append(hops)
            return result

        return self._read(run)

    def stats(self) -> Stats:
        def run() -> Stats:
            nodes = {label: self._label_counts[label] for label in NODE_LABELS}
            edges = {edge_type: self._type_counts[edge_type] for edge_type in EDGE_TYPES}
            evidence = self._db.count_evidence()
            return Stats(nodes=dict(nodes.items()), edges=dict(edges.items()), evidence=evidence)

        return self._read(run)

    def iter_nodes(self) -> Iterator[Node]:
        keys = self._read(lambda: sorted(self._nodes))
        for key in keys:
            node = self._read(lambda k=key: self._nodes.get(k))  # type: ignore[misc]
            if node is not None:
                yield self._copy(node)

    def iter_edges(self) -> Iterator[Edge]:
        ids = self._read(lambda: sorted(self._edges))
        for start in range(0, len(ids), 1000):
            chunk = ids[start : start + 1000]
            cores = self._read(lambda c=chunk: [self._edges[i] for i in c if i in self._edges])  # type: ignore[misc]
            yield from self._read(lambda cs=cores: self._full_edges(cs))  # type: ignore[misc]

    # ----- lifecycle -------------------------------------------------------------
    def health(self) -> Health:
        where = str(self._dir / "graph.sqlite3")
        if not self._lock.loaded.is_set():
            return Health(store=self.name, ok=True, detail=f"{where} (loading into memory; queries wait)")
        try:
            with self._lock:
                self._db.ping()
            return Health(store=self.name, ok=True, detail=str(self._dir / "graph.sqlite3"))
        except Exception as exc:  # noqa: BLE001 - health must never raise
            return Health(store=self.name, ok=False, detail=str(exc))

    def close(self) -> None:
        # A load under way stops at its next row: a server stopped in its first minute at a million
        # edges waited for the whole load before it exited.
        self._closing.set()
        try:
            with self._lock:
                self._db.close()
        except StoreError:  # the load failed or was stopped: it has ended, nothing else uses the file
            self._db.close()
