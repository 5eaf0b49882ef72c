"""Shortest meeting paths over the embedded store's NetworkX graph.

A bidirectional breadth-first search finds the length and the two balls
around the ends; the lexicographically first paths are then enumerated
inside them.  On a large graph each side explores only about the square
root of what a one-sided search would.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import networkx as nx

Edges = Mapping[str, Any]  # edge id -> an object with a `type`


def _neighbours(g: nx.MultiDiGraph, edges: Edges, person: str, types: set[str]) -> set[str]:
    key = ("Person", person)
    found: set[str] = set()
    for adjacency in (g.succ[key], g.pred[key]):
        for (label, other), keys in adjacency.items():
            if label == "Person" and other != person and any(edges[k].type in types for k in keys):
                found.add(other)
    return found


def _meet(
    g: nx.MultiDiGraph, edges: Edges, src: str, dst: str, types: set[str], max_hops: int
) -> tuple[dict[str, int], dict[str, int], int] | None:
    """Distances from each end and the path length, or None if longer than max_hops."""
    dist = ({src: 0}, {dst: 0})
    frontiers: tuple[list[str], list[str]] = ([src], [dst])
    depth = [0, 0]
    while frontiers[0] and frontiers[1] and depth[0] + depth[1] < max_hops:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        mine, other = dist[side], dist[1 - side]
        level = depth[side] + 1
        nxt: list[str] = []
        for person in frontiers[side]:
            for neighbour in _neighbours(g, edges, person, types):
                if neighbour not in mine:
                    mine[neighbour] = level
                    nxt.append(neighbour)
        depth[side] = level
        frontiers = (nxt, frontiers[1]) if side == 0 else (frontiers[0], nxt)
        crossings = [level + other[n] for n in nxt if n in other]
        if crossings:
            length = min(crossings)
            return (dist[0], dist[1], length) if length <= max_hops else None
    return None


def all_shortest_paths(
    g: nx.MultiDiGraph, edges: Edges, src: str, dst: str, types: set[str], *, max_paths: int, max_hops: int
) -> list[list[str]]:
    """Every shortest src->dst path of person ids, lexicographic, at most max_paths."""
    if src == dst or ("Person", src) not in g or ("Person", dst) not in g or max_paths <= 0:
        return []
    found = _meet(g, edges, src, dst, types, max_hops)
    if found is None:
        return []
    from_src, from_dst, length = found
    reach_src = max(from_src.values())
    reach_dst = max(from_dst.values())

    def fits(person: str, step: int) -> bool:
        # On a shortest path, `person` is `step` hops from src and length-step from dst.
        # Each side knows exact distances inside its ball; outside, only "farther than the ball".
        ahead = length - step
        near_src = from_src[person] == step if person in from_src else step > reach_src
        near_dst = from_dst[person] == ahead if person in from_dst else ahead > reach_dst
        return near_src and near_dst

    def walk(path: list[str]) -> Iterator[list[str]]:
        here = path[-1]
        if here == dst:
            yield list(path)
            return
        step = len(path)
        if step > length:
            return
        for other in sorted(_neighbours(g, edges, here, types)):
            if fits(other, step):
                path.append(other)
                yield from walk(path)
                path.pop()

    paths: list[list[str]] = []
    for path in walk([src]):
        paths.append(path)
        if len(paths) >= max_paths:
            break
    return paths
