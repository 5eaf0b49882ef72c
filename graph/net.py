"""Many articles' batches folded into one net write (`GraphStore.write_articles`).

Writing a thousand articles one transaction each costs a thousand commits
and, on Neo4j, a dozen round trips each.  Folded, they become one
transaction of a few set-wise statements: first every deletion of *stored*
things, then every upsert of the final state.  The fold keeps
`write_article`'s semantics applied in order:

- a batch first drops its article's mention and evidence rows: rows that an
  earlier batch of the fold added for that article are dropped here, stored
  ones by `purge_articles`; likewise every mention row of the nodes in its
  `replace_mentions` (`replace_mentions` for the stored ones);
- a deleted node drops the fold's rows of that node and the fold's edges
  that end at it; stored ones go by `delete_nodes` (with their incident
  stored edges and all their rows);
- a deleted edge likewise (`delete_edges`);
- an upserted node or edge replaces any earlier version in the fold (last
  wins, wholesale); its mention or evidence rows accumulate by row key.

A node or edge deleted and then written again within the fold is both in a
delete list (what was stored goes) and in the upserts (written afresh).
The fold costs one dict write per node, edge and row; dropping (an article
coming twice, a deletion: rare in a bulk load) scans the fold.
"""

from __future__ import annotations

import gc
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
    # Nodes whose stored mention rows all go (`ArticleBatch.replace_mentions`).
    replace_mentions: list[NodeRef] = field(default_factory=list)
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
        self._replaced: set[NodeKey] = set()

    # Drops scan the fold: they happen when an article comes twice or something is deleted (a
    # re-ingest, a merge), rarely in a bulk load, so the common path keeps no indexes for them.
    def _drop_rows_of_article(self, article_id: str) -> None:
        net = self.net
        net.mentions = {k: m for k, m in net.mentions.items() if k[2] != article_id}
        net.evidence = {k: e for k, e in net.evidence.items() if k[1] != article_id}

    def _drop_edge(self, edge_id: str) -> None:
        net = self.net
        if net.edges.pop(edge_id, None) is not None:
            net.evidence = {k: e for k, e in net.evidence.items() if k[0] != edge_id}
        if edge_id not in self._deleted_edges:
            self._deleted_edges.add(edge_id)
            net.delete_edges.append(edge_id)

    def _drop_node(self, ref: NodeRef) -> None:
        net = self.net
        key = (ref.label, ref.id)
        net.nodes.pop(key, None)
        net.mentions = {k: m for k, m in net.mentions.items() if (k[0], k[1]) != key}
        for edge in [e for e in net.edges.values() if key in ((e.src_label, e.src), (e.dst_label, e.dst))]:
            self._drop_edge(edge.id)
        if key not in self._deleted_nodes:
            self._deleted_nodes.add(key)
            net.delete_nodes.append(ref)

    def add(self, batch: ArticleBatch) -> None:
        net = self.net
        net.articles += 1
        article_id = batch.article.id
        if article_id in self._purged:
            self._drop_rows_of_article(article_id)
        else:
            self._purged.add(article_id)
            net.purge_articles.append(article_id)
        for ref in batch.replace_mentions:
            key = (ref.label, ref.id)
            net.mentions = {k: m for k, m in net.mentions.items() if (k[0], k[1]) != key}
            if key not in self._replaced:
                self._replaced.add(key)
                net.replace_mentions.append(ref)
        for ref in batch.delete_nodes:
            self._drop_node(ref)
        for edge_id in batch.delete_edges:
            self._drop_edge(edge_id)
        nodes, mentions = net.nodes, net.mentions
        for node in batch.written_nodes():
            key = (node.label, node.id)
            nodes.pop(key, None)  # re-inserted: dict order follows the last write
            nodes[key] = node
            for mention in node.mentions:
                mentions[(node.label, node.id, mention.article_id, mention.name)] = mention
        edges, evidence = net.edges, net.evidence
        for edge in batch.upsert_edges:
            edges.pop(edge.id, None)
            edges[edge.id] = edge
            for item in edge.evidence:
                evidence[(edge.id, item.article_id, item.sentence)] = item


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


def settle_heap() -> None:
    """Collect the cyclic garbage made since the last call, then keep what lives out of the collector's sight.

    In a long load the graph in memory only grows, and the collector's full passes walk all of
    it for no garbage: at 100k articles a 1.2-2.7 s pause every ~6k articles, nothing collected
    (measured; the mean write time per article grew x2.5 from it).  Called between a bulk
    load's groups, each collection walks only what was made since the previous call, whatever
    the size of the store.  Objects freed by reference counting are freed as before.
    """
    gc.collect()
    gc.freeze()
