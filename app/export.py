"""Export the whole graph: GraphML (Gephi), CSV (pandas, R) or JSON.

Node ids in GraphML and CSV are `Label:id` so that they are unique across labels.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import IO, Any

import networkx as nx

from diplograph.errors import InvalidInputError
from graph.model import Edge, Node
from graph.store import GraphStore

EXPORT_FORMATS = ("graphml", "json", "csv")
NODE_COLUMNS = ["key", "label", "id", "name", "country", "aliases", "titles"]
EDGE_COLUMNS = [
    "id", "type", "source", "target", "date", "precision", "start", "end", "place", "country",
    "article_count", "articles",
]  # fmt: skip
EVIDENCE_COLUMNS = ["edge_id", "article_id", "date", "place", "sentence"]


def node_key(label: str, node_id: str) -> str:
    return f"{label}:{node_id}"


def node_row(node: Node) -> dict[str, str]:
    return {
        "key": node_key(node.label, node.id),
        "label": node.label,
        "id": node.id,
        "name": node.name,
        "country": getattr(node, "country", None) or "",
        "aliases": "; ".join(getattr(node, "aliases", [])),
        "titles": "; ".join(sorted({t.title for t in getattr(node, "titles", [])})),
    }


def edge_row(edge: Edge) -> dict[str, str | int]:
    return {
        "id": edge.id,
        "type": edge.type,
        "source": node_key(edge.src_label, edge.src),
        "target": node_key(edge.dst_label, edge.dst),
        "date": edge.date or "",
        "precision": edge.precision or "",
        "start": edge.start.isoformat() if edge.start else "",
        "end": edge.end.isoformat() if edge.end else "",
        "place": edge.place or "",
        "country": edge.country or "",
        "article_count": edge.article_count,
        "articles": "; ".join(sorted({e.article_id for e in edge.evidence})),
    }


def _write_json(store: GraphStore, out: IO[str]) -> None:
    out.write('{"nodes": [')
    for i, node in enumerate(store.iter_nodes()):
        out.write(("," if i else "") + "\n" + node.model_dump_json())
    out.write('\n], "edges": [')
    for i, edge in enumerate(store.iter_edges()):
        out.write(("," if i else "") + "\n" + edge.model_dump_json())
    out.write("\n]}\n")


def _graphml(store: GraphStore) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node in store.iter_nodes():
        attrs = node_row(node)
        graph.add_node(attrs.pop("key"), **attrs)
    for edge in store.iter_edges():
        row: dict[str, Any] = edge_row(edge)
        graph.add_edge(row.pop("source"), row.pop("target"), key=row["id"], **row)
    return graph


def export_graph(store: GraphStore, fmt: str, output: Path | None) -> list[Path]:
    """Write the export; returns the files written ([] for stdout)."""
    if fmt == "json":
        if output is None:
            _write_json(store, sys.stdout)
            return []
        with output.open("w", encoding="utf-8") as handle:
            _write_json(store, handle)
        return [output]
    if fmt == "graphml":
        graph = _graphml(store)
        if output is None:
            nx.write_graphml(graph, sys.stdout.buffer)
            return []
        nx.write_graphml(graph, output)
        return [output]
    if fmt == "csv":
        if output is None:
            # One table on stdout: the edges, with both ends' keys (pandas.read_csv-ready).
            edges_out = csv.DictWriter(sys.stdout, EDGE_COLUMNS)
            edges_out.writeheader()
            edges_out.writerows(edge_row(e) for e in store.iter_edges())
            return []
        output.mkdir(parents=True, exist_ok=True)
        files = [output / "nodes.csv", output / "edges.csv", output / "evidence.csv"]
        with (
            files[0].open("w", newline="", encoding="utf-8") as nodes_file,
            files[1].open("w", newline="", encoding="utf-8") as edges_file,
            files[2].open("w", newline="", encoding="utf-8") as evidence_file,
        ):
            nodes = csv.DictWriter(nodes_file, NODE_COLUMNS)
            nodes.writeheader()
            nodes.writerows(node_row(n) for n in store.iter_nodes())
            edges = csv.DictWriter(edges_file, EDGE_COLUMNS)
            evidence = csv.DictWriter(evidence_file, EVIDENCE_COLUMNS)
            edges.writeheader()
            evidence.writeheader()
            for edge in store.iter_edges():
                edges.writerow(edge_row(edge))
                evidence.writerows(
                    {
                        "edge_id": edge.id,
                        "article_id": e.article_id,
                        "date": e.date or "",
                        "place": e.place or "",
                        "sentence": e.sentence,
                    }
                    for e in edge.evidence
                )
        return files
    raise InvalidInputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
