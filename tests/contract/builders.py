"""Hand-made nodes, edges and batches for the store contract tests."""

from __future__ import annotations

from datetime import date

from graph.keys import edge_id, exact_key, parse_date, slug
from graph.model import (
    Agreement,
    ArticleBatch,
    ArticleNode,
    Country,
    Edge,
    EdgeType,
    Evidence,
    Mention,
    Node,
    NodeRef,
    Person,
)


def person(name: str, country: str | None, *articles: str) -> Person:
    return Person(
        id=slug(name),
        name=name,
        country=country,
        keys=[exact_key(name)],
        mentions=[Mention(article_id=a, name=name, country=country) for a in articles],
    )


def country(iso3: str, name: str) -> Country:
    return Country(id=iso3, name=name)


def agreement(name: str, countries: list[str], *articles: str) -> Agreement:
    return Agreement(
        id=slug(name),
        name=name,
        countries=countries,
        mentions=[Mention(article_id=a, name=name) for a in articles],
    )


def edge(
    edge_type: EdgeType,
    src: str,
    dst: str,
    when: str | None,
    evidence: list[tuple[str, str]],
    *,
    src_label: str = "Person",
    dst_label: str | None = None,
    place: str | None = None,
) -> Edge:
    span = parse_date(when)
    if dst_label is None:
        dst_label = {"VISITED": "Country", "SIGNED": "Agreement"}.get(edge_type, "Person")
    items = [Evidence(article_id=a, sentence=s, date=when, place=place) for a, s in evidence]
    return Edge.model_validate(
        {
            "id": edge_id(edge_type, src, dst, when),
            "type": edge_type,
            "src_label": src_label,
            "src": src,
            "dst_label": dst_label,
            "dst": dst,
            "date": when,
            "precision": span.precision if span else None,
            "start": span.start if span else None,
            "end": span.end if span else None,
            "place": place,
            "evidence": items,
            "article_count": len({a for a, _ in evidence}),
        }
    )


def article(article_id: str, content_hash: str = "h1", published: date | None = None) -> ArticleNode:
    return ArticleNode(id=article_id, name=article_id, content_hash=content_hash, published=published)


def batch(
    article_id: str,
    nodes: list[Node] | None = None,
    edges: list[Edge] | None = None,
    *,
    content_hash: str = "h1",
    delete_nodes: list[tuple[str, str]] | None = None,
    delete_edges: list[str] | None = None,
) -> ArticleBatch:
    return ArticleBatch.model_validate(
        {
            "article": article(article_id, content_hash),
            "upsert_nodes": nodes or [],
            "upsert_edges": edges or [],
            "delete_nodes": [
                NodeRef.model_validate({"label": lbl, "id": i}) for lbl, i in delete_nodes or []
            ],
            "delete_edges": delete_edges or [],
        }
    )
