"""Delete one article: what it contributed goes, and nothing else.

The same plan as a re-ingest (`graph/build.py`) with an empty record: its
mentions and evidence are stripped from everything it touched, derived
properties (names, titles, dates, counts) are recomputed from what other
articles say, and nodes and edges left with nothing are deleted.  Then the
Article node goes too, and so does a Country left with no edge.  One batch,
one transaction, under the ingest lock: all of it or nothing.

A person that this article showed to be one with another stays merged: the
other articles' mentions are all on the surviving node.
"""

from __future__ import annotations

from pydantic import BaseModel

from diplograph.errors import NotFoundError
from graph.build import ArticleMeta, plan_article
from graph.model import EdgeQuery, NodeRef
from graph.store import GraphStore
from ingest.schema import ExtractionRecord


class DeleteOutcome(BaseModel):
    article_id: str
    status: str = "deleted"
    nodes_deleted: int
    nodes_updated: int
    edges_deleted: int
    edges_updated: int


def delete_article(store: GraphStore, article_id: str) -> DeleteOutcome:
    """Remove the article and its contributions; NotFoundError if there is no such article."""
    with store.ingest_lock():
        if store.article_hash(article_id) is None and store.get_node("Article", article_id) is None:
            raise NotFoundError(f"no article {article_id!r}")
        # Countries carry no mentions: the ones this article's edges end at are found by edge.
        countries = sorted(
            {e.dst for e in store.edges_of_article(article_id) if e.dst_label == "Country"}
            | {e.src for e in store.edges_of_article(article_id) if e.src_label == "Country"}
        )
        meta = ArticleMeta(id=article_id, content_hash="")
        batch, _ = plan_article(store, ExtractionRecord(id=article_id), meta)
        batch.delete_article = True
        batch.delete_nodes.append(NodeRef(label="Article", id=article_id))
        dropped = set(batch.delete_edges)
        for iso3 in countries:
            if not _has_other_edges(store, iso3, dropped):
                batch.delete_nodes.append(NodeRef(label="Country", id=iso3))
                batch.upsert_nodes = [n for n in batch.upsert_nodes if (n.label, n.id) != ("Country", iso3)]
        store.write_article(batch)
    return DeleteOutcome(
        article_id=article_id,
        nodes_deleted=len(batch.delete_nodes) - 1,
        nodes_updated=len(batch.upsert_nodes),
        edges_deleted=len(batch.delete_edges),
        edges_updated=len(batch.upsert_edges),
    )


def _has_other_edges(store: GraphStore, iso3: str, dropped: set[str]) -> bool:
    found = store.find_edges(EdgeQuery(node=NodeRef(label="Country", id=iso3), limit=None))
    return any(edge.id not in dropped for edge in found.items)
