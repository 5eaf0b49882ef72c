"""Working copies of what one article's ingest touches, and the edge rules.

`Plan` overlays the store: nodes and edges read once are kept and changed in
place; at the end `graph/build.py` turns them into one `ArticleBatch`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from graph.keys import DateSpan, edge_id, parse_date
from graph.model import SYMMETRIC_TYPES, Edge, EdgeType, Evidence, Node, NodeLabel
from graph.store import GraphStore


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
        self.nodes: dict[tuple[str, str], Node] = {}
        self.edges: dict[str, Edge] = {}
        self.pairs: dict[tuple[str, str, str], list[str]] = {}
        # Strip what the article's previous version contributed.
        for node in store.nodes_of_article(article_id):
            node.mentions = [m for m in node.mentions if m.article_id != article_id]
            self.nodes[(node.label, node.id)] = node
        for edge in store.edges_of_article(article_id):
            edge.evidence = [e for e in edge.evidence if e.article_id != article_id]
            self.keep_edge(edge)

    def node(self, label: NodeLabel, node_id: str) -> Node | None:
        key = (label, node_id)
        if key not in self.nodes:
            found = self.store.get_node(label, node_id)
            if found is None:
                return None
            self.nodes[key] = found
        return self.nodes[key]

    def candidates(self, label: NodeLabel, keys: list[str]) -> list[Node]:
        """Nodes sharing a key, working copies first (a stripped node may have lost keys)."""
        found = self.store.nodes_by_keys(label, keys)
        wanted = set(keys)
        merged = {n.id: self.nodes.get((label, n.id), n) for n in found}
        for (lbl, nid), node in self.nodes.items():
            if lbl == label and wanted & set(node.keys):
                merged[nid] = node
        return [merged[i] for i in sorted(merged)]

    def keep_edge(self, edge: Edge) -> None:
        self.edges[edge.id] = edge
        ids = self.pairs.setdefault((edge.type, edge.src, edge.dst), [])
        if edge.id not in ids:
            ids.append(edge.id)

    def edges_between(self, edge_type: EdgeType, src: str, dst: str) -> list[Edge]:
        for edge in self.store.edges_between(edge_type, src, dst):
            if edge.id not in self.edges:
                self.keep_edge(edge)
        return [self.edges[i] for i in sorted(self.pairs.get((edge_type, src, dst), []))]

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
        if fitting:
            edge = fitting[0]
            others = {ev.article_id for ev in edge.evidence} - {report.evidence.article_id}
            status: Literal["new", "corroborated"] = "corroborated" if others else "new"
        else:
            edge = Edge(
                id=edge_id(report.edge_type, src[1], dst[1], report.span.text if report.span else None),
                type=report.edge_type,
                src_label=src[0],
                src=src[1],
                dst_label=dst[0],
                dst=dst[1],
            )
            self.keep_edge(edge)
            status = "new"
        if report.evidence not in edge.evidence:
            edge.evidence.append(report.evidence)
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
    """Recompute date, place, country and article count from the evidence."""
    edge.evidence.sort(key=lambda e: (e.article_id, e.sentence))
    edge.article_count = len({e.article_id for e in edge.evidence})
    spans = [s for e in edge.evidence if (s := parse_date(e.date)) is not None]
    if spans:
        counts = Counter(s.text for s in spans)
        # The most precise report wins (a day over its month), then the most repeated.
        best = min(spans, key=lambda s: (s.days, -counts[s.text], s.text))
        edge.date, edge.start, edge.end = best.text, best.start, best.end
        edge.precision = best.precision  # type: ignore[assignment]
    else:
        edge.date = edge.precision = edge.start = edge.end = None
    edge.place = most_common([e.place for e in edge.evidence])
    edge.country = most_common([e.country for e in edge.evidence])


def most_common(values: list[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None
