"""Every Cypher statement the Neo4j store runs, and nothing else.

Rules that keep article text out of the query language:
- Every value (ids, names, dates, sentences, lists) travels as a parameter.
- The only things spliced into query text are node labels and relationship
  types, and only after `label()` / `rel_type()` check them against the fixed
  allow-lists in `graph/model.py`; plus hop bounds, which are Python ints.
- Query *shapes* (which filters apply) are chosen from fixed fragments below.

Graph layout in Neo4j:
- One node per model node, labelled with its label (`Person`, `Country`, ...).
  `id` is the key (unique per label).  `data` holds the model (without its
  mentions) as JSON (what the store reads back); readable copies of the
  scalar fields (`name`, `country`, `aliases`, ...) are there for queries and
  Neo4j Browser, plus `keys` (lookup keys).
- Lists cannot be indexed for membership, so `keys` are also kept as a tag
  string (`key_tags`: each item between two TAG_SEPARATORs) under a TEXT
  index, which answers `CONTAINS` by index.  A list too long for an index
  entry (~32 kB) gets `key_overflow` = true instead, and such nodes are
  checked one by one.  Matches are always confirmed against the list itself.
- One relationship per edge, typed MET/CALLED/VISITED/SIGNED, `id` unique.
  `data` is the edge without evidence as JSON and `tally` its EdgeTally as
  JSON; readable copies: `date`, `start_date`, `end_date`, `place`,
  `country`, `article_count`.
- Mentions and evidence are rows, one small node each, so that writing an
  article touches only its own rows (cost independent of how often a person
  or event was named before): `(:Mention {key, node_label, node_id,
  article_id, name, data})` and `(:Evidence {key, edge_id, edge_type,
  article_id, sentence, date, place, country})`, indexed by owner and by
  article.  `key` (unique) is a hash of the row's identity.
- One `DiploGraphLock` node: writers lock it to exclude each other.
"""

from __future__ import annotations

from diplograph.errors import StoreError
from graph.model import EDGE_ENDPOINTS, EDGE_TYPES, NODE_LABELS

LOCK_LABEL = "DiploGraphLock"
MENTION_LABEL = "Mention"
EVIDENCE_LABEL = "Evidence"
PERSON_FULLTEXT_INDEX = "person_names"
TAG_SEPARATOR = "\x1f"  # ASCII unit separator: not in names, ids or keys
# Tag strings longer than this (UTF-8 bytes) would not fit an index entry.
TAG_LIMIT_BYTES = 30_000


def label(name: str) -> str:
    """`name` if it is an allowed node label; anything else is refused."""
    if name not in NODE_LABELS:
        raise StoreError(f"not a node label: {name!r}")
    return name


def rel_type(name: str) -> str:
    """`name` if it is an allowed relationship type; anything else is refused."""
    if name not in EDGE_TYPES:
        raise StoreError(f"not a relationship type: {name!r}")
    return name


def _label_union(names: tuple[str, ...]) -> str:
    return "|".join(label(n) for n in names)


def _hops(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 50:
        raise StoreError(f"hop bound must be an int in 1..50, got {value!r}")
    return value


# ----- schema -------------------------------------------------------------------
def schema_statements() -> list[str]:
    """Idempotent schema: safe to run at every start, from several processes."""
    statements = [
        f"CREATE CONSTRAINT {lbl.lower()}_id IF NOT EXISTS FOR (n:{label(lbl)}) REQUIRE n.id IS UNIQUE"
        for lbl in NODE_LABELS
    ]
    statements += [
        f"CREATE CONSTRAINT {t.lower()}_id IF NOT EXISTS FOR ()-[r:{rel_type(t)}]-() REQUIRE r.id IS UNIQUE"
        for t in EDGE_TYPES
    ]
    statements += [
        f"CREATE CONSTRAINT lock_name IF NOT EXISTS FOR (n:{LOCK_LABEL}) REQUIRE n.name IS UNIQUE",
        "CREATE INDEX person_country IF NOT EXISTS FOR (n:Person) ON (n.country)",
        f"CREATE FULLTEXT INDEX {PERSON_FULLTEXT_INDEX} IF NOT EXISTS"
        " FOR (n:Person) ON EACH [n.name, n.alias_text]",
    ]
    statements += [
        f"CREATE INDEX {t.lower()}_start IF NOT EXISTS FOR ()-[r:{rel_type(t)}]-() ON (r.start_date)"
        for t in EDGE_TYPES
    ]
    for lbl in NODE_LABELS:
        statements += [
            f"CREATE TEXT INDEX {lbl.lower()}_key_tags IF NOT EXISTS FOR (n:{label(lbl)}) ON (n.key_tags)",
            f"CREATE INDEX {lbl.lower()}_key_overflow IF NOT EXISTS FOR (n:{label(lbl)}) ON (n.key_overflow)",
        ]
    statements += [
        f"CREATE CONSTRAINT mention_key IF NOT EXISTS FOR (m:{MENTION_LABEL}) REQUIRE m.key IS UNIQUE",
        f"CREATE INDEX mention_owner IF NOT EXISTS FOR (m:{MENTION_LABEL}) ON (m.node_label, m.node_id)",
        f"CREATE INDEX mention_article IF NOT EXISTS FOR (m:{MENTION_LABEL}) ON (m.article_id)",
        f"CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (e:{EVIDENCE_LABEL}) REQUIRE e.key IS UNIQUE",
        f"CREATE INDEX evidence_edge IF NOT EXISTS FOR (e:{EVIDENCE_LABEL}) ON (e.edge_id)",
        f"CREATE INDEX evidence_article IF NOT EXISTS FOR (e:{EVIDENCE_LABEL}) ON (e.article_id)",
    ]
    return statements


AWAIT_INDEXES = "CALL db.awaitIndexes(300)"
PING = "RETURN 1 AS ok"

# ----- ingest lock ---------------------------------------------------------------
# Writing to the one lock node takes its write lock until the transaction ends:
# a writer in another process blocks here until the holder commits or rolls back
# (or its connection dies, which rolls back).
TAKE_INGEST_LOCK = (
    f"MERGE (l:{LOCK_LABEL} {{name: 'ingest'}}) SET l.taken_at = datetime(), l.holder = $holder"
)


# ----- writes --------------------------------------------------------------------
# A write's first step: the rows its articles wrote before go (index seeks by article).
DELETE_ARTICLES_MENTIONS = f"UNWIND $ids AS id MATCH (m:{MENTION_LABEL} {{article_id: id}}) DELETE m"
DELETE_ARTICLES_EVIDENCE = f"UNWIND $ids AS id MATCH (e:{EVIDENCE_LABEL} {{article_id: id}}) DELETE e"
DELETE_EVIDENCE_OF_EDGES = f"UNWIND $ids AS id MATCH (e:{EVIDENCE_LABEL} {{edge_id: id}}) DELETE e"
UPSERT_MENTIONS = f"UNWIND $rows AS row MERGE (m:{MENTION_LABEL} {{key: row.key}}) SET m = row"
UPSERT_EVIDENCE = f"UNWIND $rows AS row MERGE (e:{EVIDENCE_LABEL} {{key: row.key}}) SET e = row"


def delete_edges(edge_type: str) -> str:
    return f"UNWIND $ids AS id MATCH ()-[r:{rel_type(edge_type)} {{id: id}}]->() DELETE r"


def edges_of_nodes(node_label: str) -> str:
    """Ids of the relationships of nodes about to be deleted (their evidence goes too)."""
    return f"UNWIND $ids AS id MATCH (:{label(node_label)} {{id: id}})-[r]-() RETURN DISTINCT r.id AS id"


def delete_nodes(node_label: str) -> str:
    return f"UNWIND $ids AS id MATCH (n:{label(node_label)} {{id: id}}) DETACH DELETE n"


DELETE_MENTIONS_OF_NODES = (
    f"UNWIND $ids AS id MATCH (m:{MENTION_LABEL} {{node_label: $label, node_id: id}}) DELETE m"
)


def upsert_nodes(node_label: str) -> str:
    # `SET n = props` replaces every property: the node is replaced wholesale.
    return (
        f"UNWIND $rows AS row MERGE (n:{label(node_label)} {{id: row.id}}) SET n = row.props"
        " RETURN count(n) AS written"
    )


def upsert_edges(edge_type: str, src_label: str, dst_label: str) -> str:
    # Both endpoints must exist; the caller compares `written` with the row count.
    return (
        f"UNWIND $rows AS row"
        f" MATCH (s:{label(src_label)} {{id: row.src}})"
        f" MATCH (d:{label(dst_label)} {{id: row.dst}})"
        f" MERGE (s)-[r:{rel_type(edge_type)} {{id: row.id}}]->(d)"
        f" SET r = row.props"
        f" RETURN count(r) AS written"
    )


def clear(node_label: str) -> str:
    # Batched so that clearing a big graph does not need one huge transaction.
    return f"MATCH (n:{label(node_label)}) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF 5000 ROWS"


CLEAR_ROWS = [
    f"MATCH (n:{row}) CALL (n) {{ DELETE n }} IN TRANSACTIONS OF 10000 ROWS"
    for row in (MENTION_LABEL, EVIDENCE_LABEL)
]


# ----- primitive reads -------------------------------------------------------------
ARTICLE_HASH = "MATCH (a:Article {id: $id}) RETURN a.content_hash AS hash"


def nodes_by_keys(node_label: str) -> str:
    """Nodes of the label sharing a key with $keys; $tags are the keys as tags."""
    lbl = label(node_label)
    return (
        "CALL () {"
        f" UNWIND $tags AS tag MATCH (n:{lbl}) WHERE n.key_tags CONTAINS tag RETURN n"
        f" UNION MATCH (n:{lbl}) WHERE n.key_overflow = true RETURN n"
        " }"
        " WITH n WHERE any(k IN n.keys WHERE k IN $keys)"
        " RETURN n.data AS data ORDER BY n.id"
    )


def edges_between(edge_type: str) -> str:
    src_labels, dst_labels = EDGE_ENDPOINTS[rel_type(edge_type)]
    return (
        f"MATCH (s:{_label_union(src_labels)} {{id: $src}})"
        f"-[r:{rel_type(edge_type)}]->(d:{_label_union(dst_labels)} {{id: $dst}})"
        " RETURN DISTINCT r.id AS id, r.data AS data, r.tally AS tally ORDER BY id"
    )


NODE_KEYS_OF_ARTICLE = (
    f"MATCH (m:{MENTION_LABEL} {{article_id: $article_id}})"
    " RETURN DISTINCT m.node_label AS label, m.node_id AS id ORDER BY label, id"
)
EDGE_KEYS_OF_ARTICLE = (
    f"MATCH (e:{EVIDENCE_LABEL} {{article_id: $article_id}})"
    " RETURN DISTINCT e.edge_type AS type, e.edge_id AS id ORDER BY id"
)
MENTIONS_OF = (
    f"UNWIND $ids AS id MATCH (m:{MENTION_LABEL} {{node_label: $label, node_id: id}})"
    " RETURN m.node_id AS id, m.data AS data"
)
EVIDENCE_OF = (
    f"UNWIND $ids AS id MATCH (e:{EVIDENCE_LABEL} {{edge_id: id}})"
    " RETURN e.edge_id AS id, e.article_id AS article_id, e.sentence AS sentence,"
    " e.date AS date, e.place AS place, e.country AS country"
)


def nodes_by_ids(node_label: str) -> str:
    return f"UNWIND $ids AS id MATCH (n:{label(node_label)} {{id: id}}) RETURN n.data AS data ORDER BY n.id"


def edges_by_ids(edge_type: str) -> str:
    return (
        f"UNWIND $ids AS id MATCH ()-[r:{rel_type(edge_type)} {{id: id}}]->()"
        " RETURN r.id AS id, r.data AS data ORDER BY id"
    )


# ----- API reads -----------------------------------------------------------------
def get_node(node_label: str) -> str:
    return f"MATCH (n:{label(node_label)} {{id: $id}}) RETURN n.data AS data"


def count_nodes(node_label: str) -> str:
    return f"MATCH (n:{label(node_label)}) RETURN count(n) AS total"


def list_nodes(node_label: str) -> str:
    return f"MATCH (n:{label(node_label)}) RETURN n.data AS data ORDER BY n.id SKIP $offset LIMIT $limit"


def name_index(node_label: str) -> str:
    return (
        f"MATCH (n:{label(node_label)})"
        " RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.country AS country ORDER BY n.id"
    )


def find_edges(
    node_label: str | None,
    direction: str,
    *,
    types: bool,
    since: bool,
    until: bool,
    src_person_country: bool,
    counterpart_country: bool,
) -> tuple[str, str]:
    """The edge listing of `GraphStore.find_edges`, built from fixed fragments: (count, page).

    Parameters (always passed): $node_id, $types, $since, $until, $spc, $cc,
    $offset, $limit.  `r.start_date` and `r.end_date` are null for undated
    edges, which ascending ORDER BY puts last, as the contract wants.
    """
    if node_label is None:
        match = "MATCH (s:Person {country: $spc})-[r]->(m)" if src_person_country else "MATCH ()-[r]->(m)"
    else:
        node = f"(n:{label(node_label)} {{id: $node_id}})"
        match = {
            "out": f"MATCH {node}-[r]->(m)",
            "in": f"MATCH (m)-[r]->{node}",
            "any": f"MATCH {node}-[r]-(m)",
        }[direction]
    conditions = []
    if types:
        conditions.append("type(r) IN $types")
    if since:
        conditions.append("r.end_date >= $since")
    if until:
        conditions.append("r.start_date <= $until")
    if src_person_country:
        conditions.append("startNode(r):Person AND startNode(r).country = $spc")
    if counterpart_country:
        conditions.append("((m:Country AND m.id = $cc) OR (m:Person AND m.country = $cc))")
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    # Two statements (same transaction): the count, then a top-k sort of one page, so
    # a page of a person with tens of thousands of relationships never lists them all.
    count = f"{match}{where} RETURN count(DISTINCT r) AS total"
    page = (
        f"{match}{where}"
        " WITH DISTINCT r ORDER BY r.start_date, r.end_date, r.id SKIP $offset LIMIT $limit"
        " RETURN r.id AS id, r.data AS data"
    )
    return count, page


def shortest_paths(types: tuple[str, ...], max_hops: int) -> str:
    """Node-id sequences of all shortest person-only paths, ordered, at most $max_paths."""
    rels = "|".join(rel_type(t) for t in types)
    return (
        "MATCH (a:Person {id: $src}), (b:Person {id: $dst})"
        f" MATCH p = allShortestPaths((a)-[:{rels}*1..{_hops(max_hops)}]-(b))"
        " WHERE all(x IN nodes(p) WHERE x:Person)"
        " RETURN DISTINCT [x IN nodes(p) | x.id] AS ids ORDER BY ids LIMIT $max_paths"
    )


def edges_between_people(types: tuple[str, ...]) -> str:
    """Every edge of `types` between each pair of persons, either direction."""
    rels = "|".join(rel_type(t) for t in types)
    return (
        "UNWIND $pairs AS pair"
        f" MATCH (a:Person {{id: pair[0]}})-[r:{rels}]-(b:Person {{id: pair[1]}})"
        " RETURN DISTINCT pair[0] AS a, pair[1] AS b, r.id AS id, r.data AS data"
    )


def count_edges(edge_type: str) -> str:
    return f"MATCH ()-[r:{rel_type(edge_type)}]->() RETURN count(r) AS total"


COUNT_EVIDENCE = f"MATCH (e:{EVIDENCE_LABEL}) RETURN count(e) AS total"


def node_page(node_label: str) -> str:
    """Keyset pagination for export: the next $page nodes after id $after."""
    return (
        f"MATCH (n:{label(node_label)}) WHERE n.id > $after"
        " RETURN n.id AS id, n.data AS data ORDER BY n.id LIMIT $page"
    )


EDGE_PAGE = "MATCH ()-[r]->() WHERE r.id > $after RETURN r.id AS id, r.data AS data ORDER BY r.id LIMIT $page"
