"""A Neo4j bulk load: plan against memory, write windows of thousands of articles.

Through the planner (`graph/build.py`) each article asks the store whether it
was ingested before, which persons share its names' keys, which edges join
each pair it reports, and so on.  On Neo4j each of those questions is a round
trip: that, not the server's writes, held a planner load to ~60 edges/s.
Inside `Neo4jStore.bulk()` the store holds the ingest lock for the whole load,
so what is stored changes only through the load itself, and a `BulkOverlay`
answers the planner from memory:

- at the start it reads a *directory* of what is stored, a page of thousands
  of rows per round trip: every article anchor (id, whether its Article node
  is stored, its content hash) and every other node's id, lookup keys and
  `data` (parsed only when asked for);
- `write_article` queues the batch and lays it over the directory (last
  version of each node and edge; keys re-indexed), so the next article's
  reads see it at once;
- an edge pair is asked of the server only if both endpoints were stored
  when the directory was read (a pair with a node the load created has no
  stored edge), once per load;
- every `window` articles or `seconds` the queue is written as
  one transaction of a few UNWIND statements (`Neo4jStore._write_net`):
  `CREATE` for articles, nodes and edges the overlay knows are not stored
  (no index lookup to find them, no MERGE lock), `MERGE` for the rest.  The
  write runs in a thread while the next window is planned, so the planner's
  CPU and the server's overlap.  Windows grow from 500 articles or 2 s (a
  load shows its first articles soon) to 2,000 or 10 s (the server's CPU per
  edge falls by 40%); a kill loses at most the window being written and the
  one being planned, which the next ingest of the same articles writes again;
- after each window the ingest lock is taken again, so that its transaction
  timeout bounds one window, not the load; a write count kept on the server
  (`cypher.BUMP_WRITES`) tells whether another writer got in meanwhile, and
  if so the directory is read again.

Batches that delete anything or replace a node's rows (re-ingests, merges:
rare in a load) are written at once, and the overlay drops what they delete.
Reads the overlay does not answer (rows, pages, searches, paths) write the
queue first (`Neo4jStore._read`), so every answer is that of writing batch
after batch.  Memory: the directory and every node and edge the load
touched, as models (a 100k-article load peaked at 918 MiB; a million-edge load
needs several GB).  One thread: the one holding the load.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel

from graph.model import EDGE_ENDPOINTS, ArticleBatch, Edge, EdgeTally, EdgeType, Node, NodeLabel
from graph.net import NetWrite, fold

if TYPE_CHECKING:
    from graph.neo4j_store import Neo4jStore

NodeKey = tuple[str, str]
_M = TypeVar("_M", bound=BaseModel)
# A window's size: the server's CPU per edge falls with it up to ~2,000 articles (a transaction's
# and a statement's fixed costs spread thinner: 0.81 ms/edge at 500, 0.47 at 2,000, 0.48 at 20,000;
# bench/README.md); the time bound keeps a slow load's windows, and what a kill loses, small.
# The first window is FIRST_WINDOW articles or FIRST_WINDOW_SECONDS, each next one twice as
# big, up to WINDOW and WINDOW_SECONDS.
WINDOW = 2000
WINDOW_SECONDS = 10.0
FIRST_WINDOW = 500
FIRST_WINDOW_SECONDS = 2.0
PairKey = tuple[str, str, str]


@dataclass
class Directory:
    """What was stored when a load started (read a page at a time)."""

    # Article id -> (its Article node is stored, content hash); every anchor, stored or bare.
    anchors: dict[str, tuple[bool, str | None]] = field(default_factory=dict)
    # (label, id) -> (lookup keys, the model as stored JSON); every node but articles.
    nodes: dict[NodeKey, tuple[list[str], str]] = field(default_factory=dict)
    writes: int | None = None


@dataclass
class Fresh:
    """What a window writes that the overlay knows is not stored: CREATE, not MERGE."""

    articles: set[str] = field(default_factory=set)
    nodes: set[NodeKey] = field(default_factory=set)
    edges: set[str] = field(default_factory=set)


def _copy(model: _M, **values: object) -> _M:
    """A copy safe to change, as `model_copy` makes it (fresh lists, shared immutable items), with
    `values` set, at a third of the cost: the planner asks for thousands of copies a second
    (candidates sharing a key, the edges of a pair), and `model_copy` plus a pydantic attribute
    set was ~6% of a load's CPU (py-spy, 5k articles)."""
    fields = {k: (list(v) if type(v) is list else v) for k, v in model.__dict__.items()}
    fields.update(values)
    copy = model.__class__.__new__(model.__class__)
    object.__setattr__(copy, "__dict__", fields)
    object.__setattr__(copy, "__pydantic_fields_set__", set(model.__pydantic_fields_set__))
    object.__setattr__(copy, "__pydantic_extra__", None)
    object.__setattr__(copy, "__pydantic_private__", None)
    return copy


def _bare_node(node: Node) -> Node:
    """A copy as the store's reads return it: without mention rows."""
    return _copy(node, mentions=[])


def _bare_edge(edge: Edge) -> Edge:
    """A copy as `edges_between(..., evidence=False)` returns it: its tally, no evidence rows."""
    tally = _tally_copy(edge.tally) if edge.tally is not None else None
    return _copy(edge, evidence=[], tally=tally)


def _tally_copy(tally: EdgeTally) -> EdgeTally:
    # The tally's three dicts of str -> int copied by hand: a deep copy was ~7% of a late
    # article's planning (profiled at 100k articles).
    return _copy(tally, **{name: dict(getattr(tally, name)) for name in ("dates", "places", "countries")})


class BulkOverlay:
    """The stored graph's directory plus the load's queued batches (see the module docstring)."""

    def __init__(self, store: Neo4jStore, window: int | None = None, seconds: float | None = None) -> None:
        self._store = store
        # Fixed sizes if given; else they grow from the first window's to WINDOW's (`_grow`).
        self._fixed = window is not None or seconds is not None
        self._window = max(1, window or (WINDOW if self._fixed else min(WINDOW, FIRST_WINDOW)))
        self._seconds = (
            seconds if seconds is not None else (WINDOW_SECONDS if self._fixed else FIRST_WINDOW_SECONDS)
        )
        self.windows = 0
        self._pending: list[ArticleBatch] = []
        self._writing: _Window | None = None
        self._load()

    def _load(self) -> None:
        directory = self._store._read_directory()
        self._writes = directory.writes or 0  # no counter yet: nothing was ever written
        # Articles: id -> content hash of the stored (or queued) Article node; anchors on the server.
        self._hashes: dict[str, str | None] = {a: h for a, (stored, h) in directory.anchors.items() if stored}
        self._anchors: set[str] = set(directory.anchors)
        self._articles: dict[str, Node] = {}  # queued Article nodes
        # Other nodes: the model, or the stored JSON until someone asks.
        self._nodes: dict[NodeKey, Node | str] = {}
        self._key_ids: dict[tuple[str, str], set[str]] = defaultdict(set)
        for (label, node_id), (keys, data) in directory.nodes.items():
            self._nodes[(label, node_id)] = data
            for k in keys or ():
                self._key_ids[(label, k)].add(node_id)
        self._at_start: set[NodeKey] = set(directory.nodes)
        self._on_server: set[NodeKey] = set(directory.nodes)
        # Edges the load read or wrote; pairs whose every edge is known here.
        self._edges: dict[str, Edge] = {}
        self._pairs: dict[PairKey, set[str]] = defaultdict(set)
        self._pairs_known: set[PairKey] = set()
        self._edges_on_server: set[str] = set()
        self._started = time.monotonic()

    # ----- reads the planner makes ------------------------------------------------------------
    def article_hash(self, article_id: str) -> str | None:
        return self._hashes.get(article_id)

    def article_stored(self, article_id: str) -> bool:
        """Whether the article's Article node exists (queued or stored): only then can it have rows."""
        return article_id in self._hashes or article_id in self._articles

    def _model(self, key: NodeKey) -> Node | None:
        found = self._nodes.get(key)
        if isinstance(found, str):
            found = self._nodes[key] = self._store._parse_node(found)
        return found

    def get_node(self, label: NodeLabel, node_id: str) -> Node | None:
        node = self._articles.get(node_id) if label == "Article" else self._model((label, node_id))
        return _bare_node(node) if node is not None else None

    def knows_article_node(self, label: NodeLabel, node_id: str) -> bool:
        """Whether `get_node` can answer from memory (an Article node not queued is on the server)."""
        return label != "Article" or node_id in self._articles or node_id not in self._hashes

    def nodes_by_keys(self, label: NodeLabel, keys: list[str], *, copy: bool = True) -> list[Node]:
        wanted = set(keys)
        ids: set[str] = set()
        for k in wanted:
            ids.update(self._key_ids.get((label, k), ()))
        found = []
        for node_id in sorted(ids):
            node = self._model((label, node_id))
            if node is not None and wanted & set(node.keys):
                # Shared (not copied) for a caller that only reads; never with a queued batch's rows.
                found.append(node if not copy and not node.mentions else _bare_node(node))
        return found

    def _pair_known(self, edge_type: str, src: str, dst: str) -> bool:
        """Whether every stored edge of the pair is known here: read once, or an end is new."""
        if (edge_type, src, dst) in self._pairs_known:
            return True
        src_labels, dst_labels = EDGE_ENDPOINTS[edge_type]
        return not (
            any((lb, src) in self._at_start for lb in src_labels)
            and any((lb, dst) in self._at_start for lb in dst_labels)
        )

    def edges_between(self, edge_type: EdgeType, src: str, dst: str) -> list[Edge]:
        return [_bare_edge(self._edges[i]) for i in self._pair_ids(edge_type, src, dst)]

    def pair_edges(self, edge_type: EdgeType, src: str, dst: str) -> list[Edge]:
        """As `edges_between`, without tallies (`GraphStore.pair_edges`): the planner reads every
        edge of a pair to find the one a report fits, and copying each one's tally made a late
        article's write cost grow with how often the two had met (the top pair holds hundreds of
        edges at 100k articles); `edge_tally` copies the one taken."""
        return [_copy(self._edges[i], evidence=[], tally=None) for i in self._pair_ids(edge_type, src, dst)]

    def edge_tally(self, edge: Edge) -> EdgeTally:
        known = self._edges.get(edge.id)
        return _tally_copy(known.tally) if known is not None and known.tally is not None else EdgeTally()

    def _pair_ids(self, edge_type: EdgeType, src: str, dst: str) -> list[str]:
        """The ids of the pair's edges, stored or queued (the server is asked once per pair)."""
        pair = (edge_type, src, dst)
        if pair not in self._pairs_known:
            if not self._pair_known(edge_type, src, dst):
                # Both ends were stored before the load: the server may hold edges between them.
                # The queue need not be written first: it deletes nothing, and its versions win.
                for edge in self._store._stored_edges_between(edge_type, src, dst):
                    self._edges_on_server.add(edge.id)
                    if edge.id not in self._edges:
                        self._edges[edge.id] = edge
                        self._pairs[pair].add(edge.id)
            self._pairs_known.add(pair)
        return sorted(self._pairs.get(pair, ()))

    # ----- writes -----------------------------------------------------------------------------
    def queue(self, batch: ArticleBatch) -> None:
        """Take one article's batch: visible to the next read at once, written with its window."""
        deletes = batch.delete_nodes or batch.delete_edges or batch.delete_article
        rare = bool(deletes or batch.replace_mentions)
        if rare:
            self.settle()  # the queue first, so that deleting below matches the server's order
            self._forget(batch)
        for node in batch.written_nodes():
            key = (node.label, node.id)
            if node.label == "Article":
                self._articles[node.id] = node
                self._hashes[node.id] = getattr(node, "content_hash", None)
                continue
            old = self._model(key)
            if old is not None:
                for k in old.keys:
                    self._key_ids[(node.label, k)].discard(node.id)
            self._nodes[key] = node
            for k in node.keys:
                self._key_ids[(node.label, k)].add(node.id)
        for edge in batch.upsert_edges:
            self._edges[edge.id] = edge
            self._pairs[(edge.type, edge.src, edge.dst)].add(edge.id)
        self._pending.append(batch)
        if rare:
            self.settle()
        elif len(self._pending) >= self._window or time.monotonic() - self._started >= self._seconds:
            self.flush()

    def _forget(self, batch: ArticleBatch) -> None:
        """What the batch deletes goes from the overlay (its upserts are laid over afterwards)."""
        gone = {(ref.label, ref.id) for ref in batch.delete_nodes}
        for label, node_id in gone:
            if label == "Article":
                self._articles.pop(node_id, None)
                self._hashes.pop(node_id, None)
                continue
            old = self._model((label, node_id))
            if old is not None:
                for k in old.keys:
                    self._key_ids[(label, k)].discard(node_id)
            self._nodes.pop((label, node_id), None)
            self._on_server.discard((label, node_id))
        ids = {node_id for _, node_id in gone}
        # A deleted node's edges go with it (DETACH); rare, so the pairs are scanned.
        dropped = {p for p in self._pairs if p[1] in ids or p[2] in ids}
        dropped.update(p for p in self._pairs if self._pairs[p] & set(batch.delete_edges))
        for pair in dropped:
            for edge_id in self._pairs.pop(pair, set()):
                self._edges.pop(edge_id, None)
                self._edges_on_server.discard(edge_id)
            self._pairs_known.discard(pair)
        for edge_id in batch.delete_edges:
            self._edges.pop(edge_id, None)
            self._edges_on_server.discard(edge_id)
        if batch.delete_article:
            self._articles.pop(batch.article.id, None)
            self._hashes.pop(batch.article.id, None)

    def settle(self) -> None:
        """Write the queue and wait until it is written: the server then holds everything queued."""
        self.flush()
        self._join()

    def flush(self) -> None:
        """Write the queue as one transaction, in a thread while planning goes on.

        The planner's CPU and the server's then overlap (two cores).  One window at a time: a
        flush first waits for the previous one, whose errors surface there.  Reads that ask the
        server what the overlay does not know `settle` first.
        """
        self._join()
        pending, self._pending = self._pending, []
        self._started = time.monotonic()
        if not pending:
            return
        net = fold(pending)
        fresh = Fresh(
            articles={
                a for a in net.purge_articles if a not in self._anchors and ("Article", a) in net.nodes
            },
            nodes={k for k in net.nodes if k[0] != "Article" and k not in self._on_server},
            edges={
                i
                for i, e in net.edges.items()
                if i not in self._edges_on_server and self._pair_known(e.type, e.src, e.dst)
            },
        )
        # Known stored from now on: the next window's CREATEs must not repeat these.
        self._anchors.update(net.purge_articles)
        self._anchors.update(i for label, i in net.nodes if label == "Article")
        self._on_server.update(k for k in net.nodes if k[0] != "Article")
        self._edges_on_server.update(net.edges)
        self._writing = _Window(self._store, net, fresh)
        self._writing.start()
        if not self._fixed:
            self._window = min(max(1, WINDOW), 2 * self._window)
            self._seconds = min(WINDOW_SECONDS, 2 * self._seconds)

    def _join(self) -> None:
        """Wait for the window being written; then renew the ingest lock and check the write count."""
        window, self._writing = self._writing, None
        if window is None:
            return
        window.join()
        try:
            if window.error is not None:
                raise window.error
            writes = self._store._renew_lock()
        except BaseException:
            self._load()  # what the server holds now, whatever got written
            raise
        self.windows += 1
        self._articles.clear()  # written: their hashes stay in `_hashes`
        if window.written != self._writes + 1 or writes != window.written:
            self._load()  # another writer got in before or after this window: read what is stored again
        else:
            self._writes = writes

    def close(self) -> None:
        """Wait for a window still being written (a load that failed: its error is the one raised)."""
        window, self._writing = self._writing, None
        if window is not None:
            window.join()

    def reload(self) -> None:
        """Forget everything (after `clear`) and read the directory again."""
        self._pending = []
        self._load()


class _Window(threading.Thread):
    """One window's transaction, written beside the planner (`BulkOverlay.flush`)."""

    def __init__(self, store: Neo4jStore, net: NetWrite, fresh: Fresh) -> None:
        super().__init__(name="neo4j-bulk-window", daemon=True)
        self._store, self._net, self._fresh = store, net, fresh
        self.written = -1
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.written = self._store._write_net(self._net, self._fresh)
        except BaseException as exc:  # noqa: BLE001 - handed to the planner's thread at the join
            self.error = exc
