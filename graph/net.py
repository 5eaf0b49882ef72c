"""Many articles' batches folded into one net write (`GraphStore.write_articles`).

Writing a thousand articles one transaction each costs a thousand commits
and, on Neo4j, a dozen round trips each.  Folded, they become one
transaction of a few set-wise statements: first every deletion of *stored*
things, then every upsert of the final state.  The fold keeps
`write_article`'s semantics applied in order:

- a batch first drops its article's mention and evidence rows: rows that an
  earlier batch of the fold added for that article are dropped here, stored
  ones by `purge_articles`;
- a deleted node drops the fold's rows of that node and the fold's edges
  that end at it; stored ones go by `delete_nodes` (with their incident
  stored edges and all their rows);
- a deleted edge likewise (`delete_edges`);
- an upserted node or edge replaces any earlier version in the fold (last
  wins, wholesale); its mention or evidence rows accumulate by row key.

A node or edge deleted and then written again within the fold is both in a
delete list (what was stored goes) and in the upserts (written afresh).
The cost of the fold is linear in the rows of the batches.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from graph.model import ArticleBatch, Edge, Evidence, Mention, Node, NodeRef

NodeKey = tuple[str, str]
MentionKey = tuple[str, str, str, str]  # label, node id, article id, name
EvidenceKey = tuple[str, str, str]  # edge id, article id, sentence


@dataclass
class NetWrite:
    """The net effect of batches written in order (see the module docstring)."""

    purge_articles: list[str] = field(default_factory=list)
    delete_nodes: list[NodeRef] = field(default_factory=list)
    delete_edges: list[str] = field(default_factory=list)
    # Final versions, in first-written order; `mentions`/`evidence` of these models are NOT
    # the rows to write (the rows are below).
    nodes: dict[NodeKey, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    mentions: dict[MentionKey, Mention] = field(default_factory=dict)
    evidence: dict[EvidenceKey, Evidence] = field(default_factory=dict)
    articles: int = 0


class _Fold:
    def __init__(self) -> None:
        self.net = NetWrite()
        self._purged: set[str] = set()
        self._deleted_nodes: set[NodeKey] = set()
        self._deleted_edges: set[str] = set()
        # Indexes of the fold's own rows and edges, so that each drop costs what it drops.
        self._mentions_by_article: dict[str, set[MentionKey]] = defaultdict(set)
        self._mentions_by_node: dict[NodeKey, set[MentionKey]] = defaultdict(set)
        self._evidence_by_article: dict[str, set[EvidenceKey]] = defaultdict(set)
        self._evidence_by_edge: dict[str, set[EvidenceKey]] = defaultdict(set)
        self._edges_by_node: dict[NodeKey, set[str]] = defaultdict(set)

    def _drop_mentions(self, keys: set[MentionKey]) -> None:
        for key in list(keys):
            if self.net.mentions.pop(key, None) is not None:
                self._mentions_by_node[(key[0], key[1])].discard(key)
                self._mentions_by_article[key[2]].discard(key)

    def _drop_evidence(self, keys: set[EvidenceKey]) -> None:
        for key in list(keys):
            if self.net.evidence.pop(key, None) is not None:
                self._evidence_by_edge[key[0]].discard(key)
                self._evidence_by_article[key[1]].discard(key)

    def _drop_edge(self, edge_id: str) -> None:
        edge = self.net.edges.pop(edge_id, None)
        if edge is not None:
            self._edges_by_node[(edge.src_label, edge.src)].discard(edge_id)
            self._edges_by_node[(edge.dst_label, edge.dst)].discard(edge_id)
        self._drop_evidence(self._evidence_by_edge.get(edge_id, set()))
        if edge_id not in self._deleted_edges:
            self._deleted_edges.add(edge_id)
            self.net.delete_edges.append(edge_id)

    def add(self, batch: ArticleBatch) -> None:
        net = self.net
        net.articles += 1
        article_id = batch.article.id
        if article_id not in self._purged:
            self._purged.add(article_id)
            net.purge_articles.append(article_id)
        self._drop_mentions(self._mentions_by_article.get(article_id, set()))
        self._drop_evidence(self._evidence_by_article.get(article_id, set()))
        for ref in batch.delete_nodes:
            key = (ref.label, ref.id)
            net.nodes.pop(key, None)
            self._drop_mentions(self._mentions_by_node.get(key, set()))
            for edge_id in list(self._edges_by_node.get(key, ())):
                self._drop_edge(edge_id)
            if key not in self._deleted_nodes:
                self._deleted_nodes.add(key)
                net.delete_nodes.append(ref)
        for edge_id in batch.delete_edges:
            self._drop_edge(edge_id)
        for node in batch.written_nodes():
            key = (node.label, node.id)
            net.nodes.pop(key, None)  # re-inserted: dict order follows the last write
            net.nodes[key] = node
            for mention in node.mentions:
                mkey = (node.label, node.id, mention.article_id, mention.name)
                net.mentions[mkey] = mention
                self._mentions_by_node[key].add(mkey)
                self._mentions_by_article[mention.article_id].add(mkey)
        for edge in batch.upsert_edges:
            net.edges.pop(edge.id, None)
            net.edges[edge.id] = edge
            self._edges_by_node[(edge.src_label, edge.src)].add(edge.id)
            self._edges_by_node[(edge.dst_label, edge.dst)].add(edge.id)
            for item in edge.evidence:
                ekey = (edge.id, item.article_id, item.sentence)
                net.evidence[ekey] = item
                self._evidence_by_edge[edge.id].add(ekey)
                self._evidence_by_article[item.article_id].add(ekey)


def fold(batches: list[ArticleBatch]) -> NetWrite:
    """The net write of `batches` applied in order."""
    folding = _Fold()
    for batch in batches:
        folding.add(batch)
    return folding.net


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Hold off the cyclic collector while a bulk write allocates (and keeps) many objects.

    Each collection of the oldest generation walks every live object: during
    a million-edge load that was ~20% of the time (profiled), for no garbage.
    Folds and rows hold no reference cycles; plain reference counting frees them.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
