"""Bulk ingest: plan article after article, write them a thousand at a time.

`graph/build.py` plans each article against what is stored and writes one
`ArticleBatch`.  One transaction per article caps a bulk load at a few dozen
articles a second on Neo4j (a dozen round trips each) and costs a commit per
article anywhere.  `BufferedStore` sits in front of a store for one writer:

- it takes the store's ingest lock for a *window* of articles (up to
  `articles` articles or `seconds` seconds), so nobody else writes meanwhile;
- `write_article` only queues the batch; the reads ingest makes
  (`article_hash`, `get_node`, `nodes_by_keys`, `edges_between` without
  evidence) answer from the queued batches over the store, and what they
  read from the store is kept for the window (one round trip per node or
  pair per window, however many articles name it);
- at the window's end the queue goes to `GraphStore.write_articles`: one
  transaction of a few set-wise statements (`graph/net.py`), then the lock is
  let go so other writers get their turn.

Reads of rows (mentions, evidence: re-ingesting a stored article, merging two
persons) and every other read flush the queue first and ask the store, and a
batch that deletes anything is written at once, so the view only ever has to
lay upserts over the store: answers are exactly those of the store after
writing each batch in turn.  One thread only; a queued article is durable
when its window is written (as in `GraphStore.bulk`).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from graph.model import (
    ArticleBatch,
    Edge,
    EdgePage,
    EdgeQuery,
    EdgeType,
    Health,
    Mention,
    NameEntry,
    Node,
    NodeLabel,
    NodePage,
    PathHop,
    Stats,
    copy_node,
)
from graph.net import settle_heap
from graph.store import GraphStore

NodeKey = tuple[str, str]


def _bare_node(node: Node) -> Node:
    """A copy as the store's reads return it: without mention rows."""
    copy = copy_node(node)
    copy.mentions = []
    return copy


def _bare_edge(edge: Edge) -> Edge:
    """A copy as `edges_between(..., evidence=False)` returns it: its tally, no evidence rows."""
    tally = edge.tally.model_copy(deep=True) if edge.tally is not None else None
    return edge.model_copy(update={"evidence": [], "tally": tally})


class BufferedStore(GraphStore):
    """A write-behind view of `base` for one bulk writer (see the module docstring)."""

    def __init__(self, base: GraphStore, articles: int = 1000, seconds: float = 2.0) -> None:
        self.base = base
        self.name = base.name
        self._limit = max(1, articles)
        self._seconds = seconds
        self._depth = 0
        self._held: AbstractContextManager[None] | None = None
        self._window_started = 0.0
        self._pending: list[ArticleBatch] = []
        self.flushes = 0
        self._reset()

    def _reset(self) -> None:
        # The queued batches' final versions, and indexes of them.
        self._nodes: dict[NodeKey, Node] = {}
        self._edges: dict[str, Edge] = {}
        self._node_keys: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._pairs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        # What the store answered in this window (the store does not change while we hold the lock).
        self._stored_nodes: dict[NodeKey, Node | None] = {}
        self._stored_keys: dict[tuple[str, str], list[str]] = {}
        self._stored_pairs: dict[tuple[str, str, str], list[Edge]] = {}
        self._stored_hashes: dict[str, str | None] = {}

    # ----- the window ------------------------------------------------------------------
    def ingest_lock(self) -> AbstractContextManager[None]:
        return self._window()

    @contextmanager
    def _window(self) -> Iterator[None]:
        if self._held is None:
            held = self.base.ingest_lock()
            held.__enter__()
            self._held, self._window_started = held, time.monotonic()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0 and (
                len(self._pending) >= self._limit or time.monotonic() - self._window_started >= self._seconds
            ):
                self.end_window()

    def end_window(self) -> None:
        """Write what is queued and let other writers in."""
        try:
            self.flush()
        finally:
            held, self._held = self._held, None
            if held is not None:
                held.__exit__(None, None, None)
        settle_heap()  # a long load's memory is not walked again by each full collection

    def flush(self) -> None:
        """Write the queued batches (one `write_articles`), keeping the lock."""
        pending, self._pending = self._pending, []
        self._reset()
        if pending:
            if self._held is None:
                with self.base.ingest_lock():
                    self.base.write_articles(pending)
            else:
                self.base.write_articles(pending)
            self.flushes += 1

    def write_article(self, batch: ArticleBatch) -> None:
        self._pending.append(batch)
        if batch.delete_nodes or batch.delete_edges or batch.delete_article or batch.replace_mentions:
            self.flush()  # the view lays upserts over the store, nothing else
            return
        for node in batch.written_nodes():
            key = (node.label, node.id)
            old = self._nodes.get(key)
            if old is not None:
                for k in old.keys:
                    self._node_keys[(node.label, k)].discard(node.id)
            self._nodes[key] = node
            for k in node.keys:
                self._node_keys[(node.label, k)].add(node.id)
        for edge in batch.upsert_edges:
            self._edges[edge.id] = edge
            self._pairs[(edge.type, edge.src, edge.dst)].add(edge.id)
        if not self._held:
            self.flush()

    def write_articles(self, batches: list[ArticleBatch]) -> None:
        for batch in batches:
            self.write_article(batch)

    # ----- reads answered from the queue over the store ------------------------------------
    def article_hash(self, article_id: str) -> str | None:
        queued = self._nodes.get(("Article", article_id))
        if queued is not None:
            return getattr(queued, "content_hash", None)
        if article_id not in self._stored_hashes:
            self._stored_hashes[article_id] = self.base.article_hash(article_id)
        return self._stored_hashes[article_id]

    def _stored_node(self, label: NodeLabel, node_id: str) -> Node | None:
        key = (label, node_id)
        if key not in self._stored_nodes:
            self._stored_nodes[key] = self.base.get_node(label, node_id)
        return self._stored_nodes[key]

    def get_node(self, label: NodeLabel, node_id: str) -> Node | None:
        queued = self._nodes.get((label, node_id))
        if queued is not None:
            return _bare_node(queued)
        found = self._stored_node(label, node_id)
        return copy_node(found) if found is not None else None

    def get_nodes(self, label: NodeLabel, node_ids: list[str]) -> dict[str, Node]:
        self.flush()
        return self.base.get_nodes(label, node_ids)

    def nodes_by_keys(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        return self._by_keys(label, keys, copy=True)

    def nodes_by_keys_shared(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        return self._by_keys(label, keys, copy=False)

    def _by_keys(self, label: NodeLabel, keys: list[str], *, copy: bool) -> list[Node]:
        if not keys:
            return []
        missing = [k for k in dict.fromkeys(keys) if (label, k) not in self._stored_keys]
        if missing:
            for k in missing:
                self._stored_keys[(label, k)] = []
            for node in self.base.nodes_by_keys(label, missing):
                self._stored_nodes.setdefault((label, node.id), node)
                for k in set(node.keys) & set(missing):
                    self._stored_keys[(label, k)].append(node.id)
        wanted = set(keys)
        ids: set[str] = set()
        for k in wanted:
            ids.update(self._stored_keys[(label, k)])
            ids.update(self._node_keys.get((label, k), ()))
        found = []
        for node_id in sorted(ids):
            queued = self._nodes.get((label, node_id))
            if queued is not None:
                if wanted & set(queued.keys):  # a queued version may have lost the key
                    found.append(_bare_node(queued))
                continue
            stored = self._stored_node(label, node_id)
            if stored is not None:
                found.append(copy_node(stored) if copy else stored)
        return found

    def edges_between(self, edge_type: EdgeType, src: str, dst: str, *, evidence: bool = True) -> list[Edge]:
        if evidence:
            self.flush()
            return self.base.edges_between(edge_type, src, dst, evidence=True)
        pair = (edge_type, src, dst)
        if pair not in self._stored_pairs:
            self._stored_pairs[pair] = self.base.edges_between(edge_type, src, dst, evidence=False)
        found = {e.id: e for e in self._stored_pairs[pair]}
        for edge_id in self._pairs.get(pair, ()):
            found[edge_id] = self._edges[edge_id]
        return [_bare_edge(found[i]) for i in sorted(found)]

    # ----- row reads: rare in a bulk load; the store answers, after the queue is written ---------
    def _article_rows_exist(self, article_id: str) -> bool:
        """Rows of an article exist only where its Article node does (it is written with them)."""
        return (
            self.article_hash(article_id) is not None or self._stored_node("Article", article_id) is not None
        )

    def nodes_of_article(self, article_id: str) -> list[Node]:
        if not self._article_rows_exist(article_id):
            return []
        self.flush()
        return self.base.nodes_of_article(article_id)

    def edges_of_article(self, article_id: str) -> list[Edge]:
        if not self._article_rows_exist(article_id):
            return []
        self.flush()
        return self.base.edges_of_article(article_id)

    def mentions_of(self, label: NodeLabel, node_id: str) -> list[Mention]:
        self.flush()
        return self.base.mentions_of(label, node_id)

    def _flushed(self, method: str, *args: Any, **kwargs: Any) -> Any:
        self.flush()
        return getattr(self.base, method)(*args, **kwargs)

    def find_edges(self, query: EdgeQuery) -> EdgePage:
        result: EdgePage = self._flushed("find_edges", query)
        return result

    def list_nodes(self, label: NodeLabel, offset: int = 0, limit: int | None = 50) -> NodePage:
        result: NodePage = self._flushed("list_nodes", label, offset, limit)
        return result

    def name_index(self, label: NodeLabel) -> list[NameEntry]:
        result: list[NameEntry] = self._flushed("name_index", label)
        return result

    def search_names(self, label: NodeLabel, query: str) -> list[tuple[NameEntry, float]]:
        result: list[tuple[NameEntry, float]] = self._flushed("search_names", label, query)
        return result

    def names_with_word(self, label: NodeLabel, word: str) -> list[NameEntry]:
        result: list[NameEntry] = self._flushed("names_with_word", label, word)
        return result

    def shortest_paths(
        self,
        src: str,
        dst: str,
        types: tuple[EdgeType, ...] = ("MET", "CALLED"),
        max_paths: int = 10,
        max_hops: int = 6,
    ) -> list[list[PathHop]]:
        result: list[list[PathHop]] = self._flushed("shortest_paths", src, dst, types, max_paths, max_hops)
        return result

    def stats(self) -> Stats:
        result: Stats = self._flushed("stats")
        return result

    def iter_nodes(self) -> Iterator[Node]:
        self.flush()
        return self.base.iter_nodes()

    def iter_edges(self) -> Iterator[Edge]:
        self.flush()
        return self.base.iter_edges()

    def clear(self) -> None:
        self._pending = []
        self._reset()
        self.base.clear()

    def health(self) -> Health:
        return self.base.health()

    def close(self) -> None:
        """End the window (writing what is queued); the base store stays open (its owner closes it)."""
        self.end_window()


@contextmanager
def buffered(store: GraphStore, articles: int = 1000, seconds: float = 2.0) -> Iterator[GraphStore]:
    """`store` seen through a `BufferedStore` for a bulk load; everything queued is written at the end.

    Only for stores whose reads are round trips (`GraphStore.remote_reads`: Neo4j, where windows
    doubled the planner path's rate).  The embedded store reads from memory and commits in
    `bulk()` groups anyway; over 30k articles windows were slower there (270 vs 327 articles/s:
    the view's copies cost more than the per-article SQLite work they save), so it gets `store`.
    """
    if not store.remote_reads:
        yield store
        return
    writer = BufferedStore(store, articles=articles, seconds=seconds)
    try:
        yield writer
    finally:
        writer.end_window()
