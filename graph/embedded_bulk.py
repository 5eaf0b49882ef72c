"""The embedded store's bulk load: plain rows gathered over a whole `bulk()`, written in one pass.

Inside `EmbeddedStore.bulk()`, under the ingest lock, `write_articles` does
not write: each batch becomes rows (tuples and JSON text, not models, apart
from the last version of each non-article node) in `PendingRows`, keyed as
the tables are, so a later version of a node or an edge replaces the earlier
one and rows accumulate by key, exactly as writing each batch in turn would.
When the block ends (or anything needs the stored state first: a read, a
batch the rows cannot take) the rows go to SQLite in one transaction, each
table in one `executemany` in key order (`SqliteFile.write_rows`).  Into an
empty store the by-article indexes are built after the rows, and the
in-memory graph is loaded from SQLite at the first read after the load
instead of being built edge by edge while writing (a process that only loads,
like `diplograph ingest`, never builds it).

The rows take only *simple* batches: no deletions, no replaced mention rows,
an article not yet in the rows, and rows of the batch's own article only.
Then "drop the article's stored rows, upsert the rest" is: delete the
article's stored rows (none in an empty store), upsert every gathered row.
Anything else is written after the gathered rows, the usual way.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, TypeVar

from graph.model import ArticleBatch, Edge, EdgeTally, Mention, Node

EDGE_FIELDS = (
    "id", "type", "src_label", "src", "dst_label", "dst", "date", "precision",
    "start", "end", "place", "country", "article_count",
)  # fmt: skip
EdgeRow = tuple[Any, ...]  # columns in EDGE_FIELDS order, dates as ISO text
MentionRow = tuple[str, str, str, str, str]  # label, node id, article id, name, data (key: all but data)
EvidenceRow = tuple[Any, ...]  # edge id, article id, sentence (the key), date, place, country
_MENTIONS = {"mentions"}
_TALLY = EdgeTally.__pydantic_serializer__
# The fields a mention row's own columns hold: a mention with no other field set has empty `data`.
_PLAIN_MENTION = frozenset({"article_id", "name"})
_Row = TypeVar("_Row", bound=tuple[Any, ...])


def edge_row(edge: Edge) -> EdgeRow:
    e = edge
    start = e.start.isoformat() if e.start is not None else None
    end = e.end.isoformat() if e.end is not None else None
    # In EDGE_FIELDS order (spelled out: this runs once per edge written).
    return (e.id, e.type, e.src_label, e.src, e.dst_label, e.dst, e.date, e.precision, start, end, e.place,
            e.country, e.article_count)  # fmt: skip


def tally_json(edge: Edge) -> str | None:
    return edge.tally.model_dump_json() if edge.tally is not None else None


def node_json(node: Node) -> str:
    """A node's row in `nodes`: its JSON without its mentions (they are rows of their own)."""
    return node.__pydantic_serializer__.to_json(node, exclude=_MENTIONS).decode()


def mention_json(mention: Mention) -> str:
    """The mention's `data` column: empty for most (name and article are columns), else its JSON."""
    if mention.__pydantic_fields_set__ <= _PLAIN_MENTION:
        return ""
    # Defaults left out: most fields of most mentions are empty, and reading fills them in.
    return mention.model_dump_json(exclude_defaults=True)


class PendingRows:
    """Rows of many batches, last version first-class (see the module docstring)."""

    def __init__(self, fresh: bool) -> None:
        # Whether the store held nothing when the rows started: no stored rows to delete.
        self.fresh = fresh
        self.articles: set[str] = set()
        # The last version of each node: Article nodes as their row's JSON at once (an article is
        # written once in a load), others as the model (dumped once, however often rewritten).
        self.nodes: dict[tuple[str, str], Node | str] = {}
        self.edges: dict[str, tuple[Any, ...]] = {}  # `edges` table rows (EDGE_FIELDS, then the tally)
        # Mention and evidence rows, as written.  Lists, not dicts by key: their keys hold the
        # article id and an article is gathered once, so two rows share a key only within one
        # batch, and then the later one wins as with a dict (rows go in this order, sorted stably,
        # into INSERT OR REPLACE).  At a million edges that is ~3.5M rows without a key tuple and
        # a hash-table slot each (~0.4 GB, and ~10% of the gathering's CPU).
        self.mentions: list[MentionRow] = []
        self.evidence: list[EvidenceRow] = []

    def __len__(self) -> int:
        return len(self.nodes) + len(self.edges)

    def add(self, batch: ArticleBatch) -> bool:
        """Gather a simple batch's rows; False (nothing gathered) for any other (module docstring).

        Spelled out (no helpers, no generators): this runs once per article of a load.
        """
        if batch.delete_nodes or batch.delete_edges or batch.delete_article or batch.replace_mentions:
            return False
        article = batch.article
        article_id = article.id
        if article_id in self.articles:
            return False
        upserts, upsert_edges = batch.upsert_nodes, batch.upsert_edges
        for node in (article, *upserts):
            for m in node.mentions:
                if m.article_id != article_id:
                    return False
        for edge in upsert_edges:
            for e in edge.evidence:
                if e.article_id != article_id:
                    return False
        self.articles.add(article_id)
        nodes, mention = self.nodes, self.mentions.append
        nodes[("Article", article_id)] = node_json(article)
        for m in article.mentions:
            mention(("Article", article_id, article_id, m.name, mention_json(m)))
        for node in upserts:
            label, ident = node.label, node.id
            nodes[(label, ident)] = node
            for m in node.mentions:
                mention((label, ident, article_id, m.name, mention_json(m)))
        edges, evidence = self.edges, self.evidence.append
        for edge in upsert_edges:
            ident, start, end, tally = edge.id, edge.start, edge.end, edge.tally
            edges[ident] = (
                ident,
                edge.type,
                edge.src_label,
                edge.src,
                edge.dst_label,
                edge.dst,
                edge.date,
                edge.precision,
                start.isoformat() if start is not None else None,
                end.isoformat() if end is not None else None,
                edge.place,
                edge.country,
                edge.article_count,
                _TALLY.to_json(tally).decode() if tally is not None else None,
            )  # fmt: skip  (EDGE_FIELDS, then the tally: `edge_row` and `tally_json` inlined)
            for e in edge.evidence:
                evidence((ident, article_id, e.sentence, e.date, e.place, e.country))
        return True

    def node_rows(self) -> list[tuple[str, str, str]]:
        """(label, id, JSON) of every node, in id order (see `in_key_order`)."""
        rows = [
            (label, ident, node if isinstance(node, str) else node_json(node))
            for (label, ident), node in self.nodes.items()
        ]
        return in_key_order(rows, 1)

    def edge_rows(self) -> list[tuple[Any, ...]]:
        return in_key_order(list(self.edges.values()), 0)

    # The two biggest tables' rows are taken: what they came from is emptied, so that a write holds
    # them once, not twice (at a million edges ~3.5M rows, a GB).
    def take_mention_rows(self) -> list[MentionRow]:
        mentions, self.mentions = self.mentions, []
        return in_key_order(mentions, 1)

    def take_evidence_rows(self) -> list[EvidenceRow]:
        evidence, self.evidence = self.evidence, []
        return in_key_order(evidence, 0)


def in_key_order(rows: list[_Row], field: int) -> list[_Row]:
    """`rows` sorted (stably) by one field of their key: the id (node or edge) that leads it.

    Rows then go in nearly in key order, so each lands on the page the previous one
    filled; one string compared (in C) instead of whole key tuples costs ~3x less.
    Stable: rows with one key stay in the order they were gathered (the last one wins).
    """
    rows.sort(key=itemgetter(field))
    return rows
