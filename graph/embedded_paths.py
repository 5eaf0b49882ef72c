"""Shortest meeting paths over the embedded store's NetworkX graph."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import networkx as nx

Edges = Mapping[str, Any]  # edge id -> an object with a `type`


def _neighbours(g: nx.MultiDiGraph, edges: Edges, person: str, types: set[str]) -> list[str]:
    key = ("Person", person)
    found: set[str] = set()
    for adjacency in (g.succ[key], g.pred[key]):
        for (label, other), keys in adjacency.items():
            if label == "Person" and other != person and any(edges[k].type in types for k in keys):
                found.add(other)
    return sorted(found)


def _distances(g: nx.MultiDiGraph, edges: Edges, start: str, types: set[str], limit: int) -> dict[str, int]:
    dist = {start: 0}
    frontier = [start]
    while frontier and dist[frontier[0]] < limit:
        nxt = []
        for person in frontier:
            for other in _neighbours(g, edges, person, types):
                if other not in dist:
                    dist[other] = dist[person] + 1
                    nxt.append(other)
        frontier = nxt
    return dist


def all_shortest_paths(
    g: nx.MultiDiGraph, edges: Edges, src: str, dst: str, types: set[str], *, max_paths: int, max_hops: int
) -> list[list[str]]:
    """Every shortest src->dst path of person ids, lexicographic, at most max_paths."""
    if src == dst or ("Person", src) not in g or ("Person", dst) not in g or max_paths <= 0:
        return []
    from_src = _distances(g, edges, src, types, max_hops)
    if dst not in from_src:
        return []
    length = from_src[dst]
    from_dst = _distances(g, edges, dst, types, length)

    def walk(path: list[str]) -> Iterator[list[str]]:
        here = path[-1]
        if here == dst:
            yield list(path)
            return
        step = len(path)
        for other in _neighbours(g, edges, here, types):
            if from_src.get(other) == step and from_dst.get(other) == length - step:
                path.append(other)
                yield from walk(path)
                path.pop()

    paths: list[list[str]] = []
    for path in walk([src]):
        paths.append(path)
        if len(paths) >= max_paths:
            break
    return paths
