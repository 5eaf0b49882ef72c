"""The one small interface every graph store implements.

A store only reads and writes: all graph logic (resolving people across
articles, corroborating edges, replacing a changed article) lives in shared
code (`graph/resolve.py`, `graph/build.py`, `app/service.py`) and reaches a
store through these primitives.  Two stores given the same calls must give
the same answers, ordering included; `tests/contract/` checks that.

Common rules:
- Every returned model is a fresh copy; callers may mutate it.
- An edge's `evidence` is returned ordered by (article_id, sentence) and a
  node's `mentions` by (article_id, name), whatever order they were written in.
- Mentions and evidence are rows keyed by (node or edge, article): a write
  touches only the rows of its own article, so its cost does not grow with
  how many articles named a node before.  Reads return a node without its
  mentions (its `tally` summarises them) except where said otherwise.
- "Ordered by id" means by Python `str` ordering of ids (code-point order,
  as Neo4j's `ORDER BY` on strings).
- Dates compare as calendar dates.  An edge's span is [start, end]; an edge
  without a date has no span.
- Stores raise only `diplograph.errors` exceptions (`StoreError`,
  `StoreUnavailableError`); driver errors are translated at the edge.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext

from graph.model import (
    ArticleBatch,
    Edge,
    EdgePage,
    EdgeQuery,
    EdgeTally,
    EdgeType,
    Health,
    Mention,
    NameEntry,
    Node,
    NodeLabel,
    NodePage,
    PathHop,
    Stats,
)


class GraphStore(ABC):
    name: str = "abstract"
    # Whether each read is a round trip to a server: loads then plan against a write window
    # (`graph/buffered.py`); a store that reads from memory gains nothing from one.
    remote_reads: bool = False

    # ----- writes -------------------------------------------------------------
    @abstractmethod
    def ingest_lock(self) -> AbstractContextManager[None]:
        """Serialise the read-plan-write cycle of an ingest.

        `graph/build.py` holds it while it reads what an article touches,
        plans the batch and calls `write_article`, so two writers never plan
        from the same stale state.  Must be re-entrant within one thread and
        must also exclude other writer *processes* of the same store.
        Reads outside the lock are always allowed.
        """

    @abstractmethod
    def write_article(self, batch: ArticleBatch) -> None:
        """Apply one article's batch atomically: all of it or nothing.

        In one transaction:
        - delete every mention row and evidence row of `batch.article.id`;
        - delete every node in `delete_nodes` with its mention rows (missing
          ones are ignored; its remaining edges are deleted too, with their
          evidence), and every edge id in `delete_edges` with its evidence
          (missing ones ignored);
        - upsert `batch.article` (replacing the stored Article node with that id),
          unless `batch.delete_article`: then its node is in `delete_nodes`;
        - replace every node in `upsert_nodes` (key = (label, id)) wholesale,
          except its mentions: each item of `node.mentions` is upserted as a
          row (key = (label, id, article_id, name)); other rows are kept, except
          for the nodes in `replace_mentions`: all their rows go first;
        - replace every edge in `upsert_edges` (key = edge id) wholesale, its
          `tally` included, except its evidence: each item is upserted as a
          row (key = (edge id, article_id, sentence)); other rows are kept.
        When this returns, the batch is durable (survives a crash or
        restart); if it raises, nothing of it is visible.
        """

    def write_articles(self, batches: list[ArticleBatch]) -> None:
        """Apply many articles' batches, in order, as one unit (bulk loads).

        The end state is that of `write_article` on each batch in turn; all of
        it is written or nothing, and it is durable when this returns.  Stores
        write the net effect (`graph/net.py`) in a few set-wise statements, so
        a thousand articles cost one transaction, not a thousand.  Default:
        one `write_article` after another (atomic per article only).
        """
        for batch in batches:
            self.write_article(batch)

    def reading(self) -> AbstractContextManager[None]:
        """A block of reads that answers one request: the store may hold itself for the whole block.

        The embedded store takes its lock (and looks for other processes' writes)
        once for the block instead of once per read, so that requests on
        several threads take turns per request, not per read; the reads also
        see one state of the graph.  Default: nothing.
        """
        return nullcontext()

    def held_at_once(self) -> AbstractContextManager[bool]:
        """Hold the store for a block of reads if that takes no waiting: True if held.

        Held, the block's reads answer from memory without blocking (no lock
        to wait for, no load under way, nothing from other processes to
        replay), so a server may run them on its event loop instead of
        handing them to a thread.  Default: False (reads are round trips).
        """
        return nullcontext(False)

    def bulk(self) -> AbstractContextManager[None]:
        """Let the writes made inside share durable commits (bulk loads).

        Each `write_article` stays atomic and visible to this process at
        once; it may become durable only when the block ends.  Default:
        every write is its own transaction.
        """
        return nullcontext()

    @abstractmethod
    def clear(self) -> None:
        """Delete everything (tests and admin only)."""

    # ----- primitive reads used by ingest -------------------------------------
    @abstractmethod
    def article_hash(self, article_id: str) -> str | None:
        """The stored content hash of that Article node, or None if absent."""

    @abstractmethod
    def nodes_by_keys(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        """Nodes of `label` whose `keys` share at least one element with `keys`.

        Each node at most once; ordered by id.  Empty `keys` -> [].
        """

    def nodes_by_keys_shared(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        """As `nodes_by_keys`, for a caller that never changes the nodes (the planner's candidates).

        A store may hand out the objects it holds instead of copies: most candidates are only
        looked at, and copying each cost more than judging it (write cost grew with how many
        persons share a family name).  The default: `nodes_by_keys`.
        """
        return self.nodes_by_keys(label, keys)

    @abstractmethod
    def edges_between(self, edge_type: EdgeType, src: str, dst: str, *, evidence: bool = True) -> list[Edge]:
        """Edges of that type with exactly that src id and dst id, ordered by id.

        Direction is literal: for MET/CALLED the caller passes src < dst, as stored.
        With `evidence=False` (what ingest asks) each edge comes without its
        evidence but with its stored `tally`, so that the cost does not grow
        with how often the event was reported.
        """

    def pair_edges(self, edge_type: EdgeType, src: str, dst: str) -> list[Edge]:
        """As `edges_between(..., evidence=False)`; a store may leave out the tallies (`tally` None),
        which `edge_tally` then reads for the one edge a report lands on.

        The planner reads every edge of a pair to find the one a report fits; reading each one's
        tally made the write cost grow with how often two people met.  Default: with tallies.
        """
        return self.edges_between(edge_type, src, dst, evidence=False)

    def edge_tally(self, edge: Edge) -> EdgeTally:
        """The stored tally of an edge `pair_edges` returned without one."""
        pair = self.edges_between(edge.type, edge.src, edge.dst, evidence=False)
        found = [e.tally for e in pair if e.id == edge.id]
        return found[0] if found and found[0] is not None else EdgeTally()

    @abstractmethod
    def nodes_of_article(self, article_id: str) -> list[Node]:
        """Nodes (not the Article node itself) with a mention whose article_id
        is `article_id`, ordered by (label, id), each with all its mentions."""

    @abstractmethod
    def mentions_of(self, label: NodeLabel, node_id: str) -> list[Mention]:
        """Every mention row of that node, ordered by (article_id, name)."""

    @abstractmethod
    def edges_of_article(self, article_id: str) -> list[Edge]:
        """Edges with at least one evidence item from `article_id`, ordered by id."""

    # ----- reads used by the API ----------------------------------------------
    @abstractmethod
    def get_node(self, label: NodeLabel, node_id: str) -> Node | None:
        """The node with that label and id, or None."""

    def get_nodes(self, label: NodeLabel, node_ids: list[str]) -> dict[str, Node]:
        """The nodes of that label with those ids (missing ones left out), by id.

        For pages of answers (names of a page's endpoints): the nodes may be
        shared with the store and must not be changed.
        """
        found = {}
        for node_id in dict.fromkeys(node_ids):
            node = self.get_node(label, node_id)
            if node is not None:
                found[node_id] = node
        return found

    @abstractmethod
    def list_nodes(self, label: NodeLabel, offset: int = 0, limit: int | None = 50) -> NodePage:
        """Nodes of `label` ordered by id; `total` counts all of them.

        Returns items[offset : offset + limit]; limit None means no limit.
        """

    @abstractmethod
    def name_index(self, label: NodeLabel) -> list[NameEntry]:
        """(id, name, aliases, country) of every node of `label`, ordered by id.

        Country is the node's `country` attribute where it has one, else None.
        """

    def search_names(self, label: NodeLabel, query: str) -> list[tuple[NameEntry, float]]:
        """Entries of `label` whose names match `query`, with scores, best first (graph/name_search.py).

        This default scores every entry of `name_index`; a store may keep a `NameSearch` index instead.
        """
        from graph.name_search import brute_force

        return brute_force(self.name_index(label), query)

    def names_with_word(self, label: NodeLabel, word: str) -> list[NameEntry]:
        """Entries of `label` one of whose folded names has the word `word`, ordered by id."""
        from graph.keys import fold

        entries = self.name_index(label)
        return [e for e in entries if any(word in fold(n).split() for n in [e.name, *e.aliases])]

    @abstractmethod
    def find_edges(self, query: EdgeQuery) -> EdgePage:
        """Edges matching every given filter, paginated.

        Filters (all optional, combined with AND):
        - `types`: edge type in the list (None = all types).
        - `node` + `direction`: edges with `node` as src ("out"), as dst
          ("in") or either ("any").  The node's label must match too.
        - `counterpart_country` (needs `node`): the endpoint other than `node`
          is a Person whose `country` equals it, or the Country with that id.
          A self-loop's counterpart is the node itself.
        - `src_person_country`: src is a Person whose `country` equals it.
        - `since` / `until`: the edge has a date and its span overlaps
          [since, until] (i.e. end >= since and start <= until).
        Ordering: by start ascending (undated edges last), then end
        ascending, then id.  `total` counts all matches; items are
        matches[offset : offset + limit] (limit None = all).
        """

    @abstractmethod
    def shortest_paths(
        self,
        src: str,
        dst: str,
        types: tuple[EdgeType, ...] = ("MET", "CALLED"),
        max_paths: int = 10,
        max_hops: int = 6,
    ) -> list[list[PathHop]]:
        """All shortest paths between Persons `src` and `dst`, edges of `types`
        taken as undirected, through Persons only.

        A path is the list of hops from src to dst; each hop lists every edge
        of `types` between its two persons (ordered as in find_edges).  Paths
        are ordered by their sequence of node ids (lexicographic), at most
        `max_paths`.  No path within `max_hops`, unknown ids, or src == dst
        -> [].
        """

    @abstractmethod
    def stats(self) -> Stats:
        """Counts: nodes per label and edges per type (every label and type
        present, zero included) and the number of evidence items."""

    @abstractmethod
    def iter_nodes(self) -> Iterator[Node]:
        """Every node, ordered by (label, id); for export."""

    @abstractmethod
    def iter_edges(self) -> Iterator[Edge]:
        """Every edge with its evidence, ordered by id; for export."""

    # ----- lifecycle -----------------------------------------------------------
    @abstractmethod
    def health(self) -> Health:
        """Whether the store answers; never raises."""

    @abstractmethod
    def close(self) -> None:
        """Release files/connections; the store is unusable afterwards."""
