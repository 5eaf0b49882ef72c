"""Working copies of what one article's ingest touches, and the edge rules.

`Plan` overlays the store: nodes and edges read once are kept and changed in
place; at the end `graph/build.py` turns them into one `ArticleBatch`.

Write cost independent of history: a node read for ingest carries its
`tally` (mentions grouped and counted) but not its mentions, and an edge its
`EdgeTally` but not its evidence.  A new article's mentions and evidence are
added to those counts, so planning and writing it costs the same whether the
node was named in one article before or in fifty thousand.  Only the rare
paths that must take something away (replacing an article, merging two
persons) load a node's or edge's full rows ("complete" it) and recount.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from graph.keys import DateSpan, edge_id, parse_date
from graph.model import (
    SYMMETRIC_TYPES,
    Edge,
    EdgeTally,
    EdgeType,
    Evidence,
    Mention,
    MentionGroup,
    Node,
    NodeLabel,
    copy_node,
)
from graph.store import GraphStore

NodeKey = tuple[str, str]
_NO_DAY = dt.date.min


# ----- tallies ---------------------------------------------------------------------
def _group_fields(m: Mention | MentionGroup) -> tuple[object, ...]:
    return (m.name, m.aliases, m.title, m.country, m.organization, m.countries, m.reported_date, m.why,
            m.claims, m.apart, m.periods, m.country_inferred)  # fmt: skip


def _group_order(g: MentionGroup) -> tuple[object, ...]:
    return tuple("" if v is None else v for v in _group_fields(g))


def _earlier(day: dt.date | None, article: str, than: MentionGroup) -> bool:
    return (day is None, day or _NO_DAY, article) < (
        than.first is None,
        than.first or _NO_DAY,
        than.first_article,
    )


def tally_add(tally: list[MentionGroup], mention: Mention) -> list[MentionGroup]:
    """The tally with one more mention (cost: the number of groups, not of mentions)."""
    key = _group_fields(mention)
    for i, group in enumerate(tally):
        if _group_fields(group) == key:
            update: dict[str, object] = {"count": group.count + 1}
            if _earlier(mention.date, mention.article_id, group):
                update.update(first=mention.date, first_article=mention.article_id)
            if mention.date is not None and (group.last is None or mention.date > group.last):
                update["last"] = mention.date
            return [*tally[:i], group.model_copy(update=update), *tally[i + 1 :]]
    created = MentionGroup.model_validate(
        {
            **mention.model_dump(exclude={"article_id", "date"}),
            "first": mention.date,
            "first_article": mention.article_id,
            "last": mention.date,
        }
    )
    return sorted([*tally, created], key=_group_order)


def tally_of(mentions: Iterable[Mention]) -> list[MentionGroup]:
    tally: list[MentionGroup] = []
    for mention in mentions:
        tally = tally_add(tally, mention)
    return tally


def edge_tally_add(tally: EdgeTally, evidence: Evidence) -> None:
    tally.evidence += 1
    for counts, value in (
        (tally.dates, evidence.date),
        (tally.places, evidence.place),
        (tally.countries, evidence.country),
    ):
        if value:
            counts[value] = counts.get(value, 0) + 1


def edge_tally_of(evidence: Iterable[Evidence]) -> EdgeTally:
    tally = EdgeTally()
    for item in evidence:
        edge_tally_add(tally, item)
    return tally


@dataclass(frozen=True)
class Report:
    """One article's report of one edge, before it lands on an edge."""

    edge_type: EdgeType
    src: tuple[NodeLabel, str]
    dst: tuple[NodeLabel, str]
    span: DateSpan | None
    evidence: Evidence


class Plan:
    """The working copies of everything one article touches."""

    def __init__(self, store: GraphStore, article_id: str) -> None:
        self.store = store
        self.article_id = article_id
        self.nodes: dict[NodeKey, Node] = {}
        self.edges: dict[str, Edge] = {}
        self.pairs: dict[tuple[str, str, str], list[str]] = {}
        self.pairs_read: set[tuple[str, str, str]] = set()
        # Edges of a pair read without their tally (`GraphStore.pair_edges`): only where a report
        # lands is its tally read, so a pair's history costs no tally reads.
        self.untallied: dict[str, Edge] = {}
        # Nodes/edges whose `mentions`/`evidence` hold every row, not only this article's.
        self.complete_nodes: set[NodeKey] = set()
        self.complete_edges: set[str] = set()
        # What this plan changed: only these are written.
        self.dirty_nodes: set[NodeKey] = set()
        self.dirty_edges: set[str] = set()
        # Strip what the article's previous version contributed (reads every row: rare).
        for node in store.nodes_of_article(article_id):
            key = (node.label, node.id)
            self.nodes[key] = node
            self.recount(node, [m for m in node.mentions if m.article_id != article_id])
        for edge in store.edges_of_article(article_id):
            edge.tally = None
            edge.evidence = [e for e in edge.evidence if e.article_id != article_id]
            self.keep_edge(edge)
            self.dirty_edges.add(edge.id)

    # ----- nodes ---------------------------------------------------------------------
    def recount(self, node: Node, mentions: list[Mention]) -> None:
        """Set every mention of the node, recounting its tally (the node is then complete)."""
        key = (node.label, node.id)
        node.mentions = sorted(mentions, key=lambda m: (m.article_id, m.name))
        node.tally = tally_of(node.mentions)
        node.article_count = len({m.article_id for m in node.mentions})
        self.complete_nodes.add(key)
        self.dirty_nodes.add(key)

    def complete(self, node: Node) -> None:
        """Load every stored mention of the node (for a merge: costs its history)."""
        if (node.label, node.id) in self.complete_nodes:
            return
        stored = self.store.mentions_of(node.label, node.id)
        self.recount(node, [*stored, *(m for m in node.mentions if m not in stored)])

    def mention(self, node: Node, mention: Mention) -> None:
        """Add one mention to the node and its tally."""
        self.dirty_nodes.add((node.label, node.id))
        if mention in node.mentions:
            return
        if all(m.article_id != mention.article_id for m in node.mentions):
            node.article_count += 1
        node.mentions.append(mention)
        node.mentions.sort(key=lambda m: (m.article_id, m.name))
        node.tally = tally_add(node.tally, mention)

    def named_elsewhere(self, node: Node) -> bool:
        """Whether an article other than this one names the node."""
        here = any(m.article_id == self.article_id for m in node.mentions)
        return node.article_count > (1 if here else 0)

    def created(self, node: Node) -> None:
        key = (node.label, node.id)
        self.nodes[key] = node
        self.dirty_nodes.add(key)

    def node(self, label: NodeLabel, node_id: str) -> Node | None:
        key = (label, node_id)
        if key not in self.nodes:
            found = self.store.get_node(label, node_id)
            if found is None:
                return None
            self.nodes[key] = found
        return self.nodes[key]

    def candidates(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        """Nodes sharing a key, working copies first (a stripped node may have lost keys).

        Read-only: a node not in the plan may be the store's own object; `adopt` takes the one
        the caller changes into the plan (a copy), so judging a candidate costs no copy.
        """
        found = self.store.nodes_by_keys_shared(label, keys)
        wanted = set(keys)
        merged = {n.id: self.nodes.get((label, n.id), n) for n in found}
        for (lbl, nid), node in self.nodes.items():
            if lbl == label and wanted & set(node.keys):
                merged[nid] = node
        return [merged[i] for i in sorted(merged)]

    def adopt(self, node: Node) -> Node:
        """The plan's working copy of a node from `candidates` (copied the first time)."""
        key = (node.label, node.id)
        if key not in self.nodes:
            self.nodes[key] = copy_node(node)
        return self.nodes[key]

    # ----- edges ---------------------------------------------------------------------
    def keep_edge(self, edge: Edge) -> None:
        """Take an edge into the plan; one read with its evidence (no tally) is complete."""
        if edge.tally is None:
            edge.tally = edge_tally_of(edge.evidence)
            edge.article_count = len({e.article_id for e in edge.evidence})
            self.complete_edges.add(edge.id)
        self.edges[edge.id] = edge
        ids = self.pairs.setdefault((edge.type, edge.src, edge.dst), [])
        if edge.id not in ids:
            ids.append(edge.id)

    def take_evidence(self, edge: Edge) -> list[Evidence]:
        """Empty a complete edge (it is then deleted with the batch); returns what it held."""
        self.complete_edge(edge)
        taken, edge.evidence = list(edge.evidence), []
        edge.tally, edge.article_count = EdgeTally(), 0
        self.dirty_edges.add(edge.id)
        return taken

    def complete_edge(self, edge: Edge) -> None:
        """Load every stored evidence row of the edge (for merges: costs its history)."""
        if edge.id in self.complete_edges:
            return
        stored = next(
            (e.evidence for e in self.store.edges_between(edge.type, edge.src, edge.dst) if e.id == edge.id),
            [],
        )
        edge.evidence = [*stored, *(e for e in edge.evidence if e not in stored)]
        edge.evidence.sort(key=lambda e: (e.article_id, e.sentence))
        edge.tally = edge_tally_of(edge.evidence)
        edge.article_count = len({e.article_id for e in edge.evidence})
        self.complete_edges.add(edge.id)
        self.dirty_edges.add(edge.id)

    def edges_between(self, edge_type: EdgeType, src: str, dst: str) -> list[Edge]:
        key = (edge_type, src, dst)
        if key not in self.pairs_read:
            for edge in self.store.pair_edges(edge_type, src, dst):
                if edge.id in self.edges:
                    continue
                if edge.tally is None:
                    self.untallied[edge.id] = edge
                    ids = self.pairs.setdefault(key, [])
                    if edge.id not in ids:
                        ids.append(edge.id)
                else:
                    self.keep_edge(edge)
            self.pairs_read.add(key)
        return [self.edges.get(i) or self.untallied[i] for i in sorted(self.pairs.get(key, []))]

    def _tallied(self, edge: Edge) -> Edge:
        """The plan's edge for one from `edges_between`, its tally read if the pair read left it out."""
        if edge.id in self.edges:
            return self.edges[edge.id]
        edge.tally = self.store.edge_tally(edge)
        del self.untallied[edge.id]
        self.keep_edge(edge)
        return edge

    def add(self, report: Report) -> tuple[Edge, Literal["new", "corroborated"]]:
        """Put a report on the compatible edge of its pair, or on a new edge.

        Compatible: same type and endpoints, and overlapping dates (an undated
        report, or an undated edge, fits any); the narrowest such edge wins.
        """
        src, dst = report.src, report.dst
        if report.edge_type in SYMMETRIC_TYPES and dst[1] < src[1]:
            src, dst = dst, src
        fitting = [
            e
            for e in self.edges_between(report.edge_type, src[1], dst[1])
            if compatible(e, report.span, SLACK_DAYS.get(report.edge_type, 0))
        ]
        fitting.sort(
            key=lambda e: (e.start is None, (e.end - e.start).days if e.start and e.end else 0, e.id)
        )
        reporter = report.evidence.article_id
        if fitting:
            edge = self._tallied(fitting[0])
            if reporter != self.article_id:
                self.complete_edge(edge)  # another article's evidence moved by a merge: count it exactly
            here = any(ev.article_id == reporter for ev in edge.evidence)
            others = edge.article_count > (1 if here else 0)
            status: Literal["new", "corroborated"] = "corroborated" if others else "new"
        else:
            edge = Edge(
                id=edge_id(report.edge_type, src[1], dst[1], report.span.text if report.span else None),
                type=report.edge_type,
                src_label=src[0],
                src=src[1],
                dst_label=dst[0],
                dst=dst[1],
                tally=EdgeTally(),
            )
            self.keep_edge(edge)
            self.complete_edges.add(edge.id)
            status = "new"
        self.dirty_edges.add(edge.id)
        if report.evidence not in edge.evidence:
            if all(ev.article_id != reporter for ev in edge.evidence):
                edge.article_count += 1
            edge.evidence.append(report.evidence)
            assert edge.tally is not None  # every edge in the plan has one (keep_edge)
            edge_tally_add(edge.tally, report.evidence)
        refresh_edge(edge)
        return edge, status


# Outlets date one event a day apart (time zones, "Monday" vs the day it was reported), and
# date one trip by its arrival, its talks or its whole span: reports that close are one event.
SLACK_DAYS = {"MET": 1, "CALLED": 1, "VISITED": 3}


def compatible(edge: Edge, span: DateSpan | None, slack_days: int = 0) -> bool:
    if span is None or edge.start is None or edge.end is None:
        return True
    slack = timedelta(days=slack_days)
    return edge.start - slack <= span.end and span.start - slack <= edge.end


def refresh_edge(edge: Edge) -> None:
    """Recompute date, place and country from the edge's tally (its evidence, counted)."""
    edge.evidence.sort(key=lambda e: (e.article_id, e.sentence))
    tally = edge.tally if edge.tally is not None else edge_tally_of(edge.evidence)
    spans = [(s, n) for text, n in tally.dates.items() if (s := parse_date(text)) is not None]
    if spans:
        # The most precise report wins (a day over its month), then the most repeated.
        best, _ = min(spans, key=lambda sn: (sn[0].days, -sn[1], sn[0].text))
        edge.date, edge.start, edge.end = best.text, best.start, best.end
        edge.precision = best.precision  # type: ignore[assignment]
    else:
        edge.date = edge.precision = edge.start = edge.end = None
    edge.place = most_counted(tally.places)
    edge.country = most_counted(tally.countries)


def most_counted(counts: dict[str, int]) -> str | None:
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def most_common(values: list[str | None]) -> str | None:
    return most_counted(Counter(v for v in values if v))
