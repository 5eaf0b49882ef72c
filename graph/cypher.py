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
- Mentions and evidence are rows hung on one anchor node per article,
  `(:ArticleRows {id})`, so that writing an article touches only its own rows
  (cost independent of how often a person or event was named before) and
  finds them without an index: a mention is a relationship
  `(anchor)-[:MENTIONS {name, data}]->(node)`, an evidence item a self-loop
  `(anchor)-[:REPORTS {edge_id, edge_type, sentence, date, place, country}]->(anchor)`
  indexed by `edge_id`.  Relationships cost the server less than row nodes
  with three indexes each (measured: bench/README.md), and an article's rows
  are replaced by locking its anchor, deleting what hangs on it and creating
  the new rows.  A stored article's anchor is its Article node (labels
  `Article:ArticleRows`: one node per article, not two); an anchor without the
  Article label holds the rows of an article that is not (or no longer) stored.
  A mention row keeps `data` (the Mention as JSON) only when it says more than
  its name.
- Each edge also carries `src_order` / `dst_order`: its endpoint's id, then
  its place in the `find_edges` order (start, end, id; undated last), under a
  range index per type, so that a page of a person's edges is an index seek
  in order, not a sort of all of them (who met Putin), and its count is the
  node's degree.
- One `DiploGraphLock` node: writers lock it to exclude each other.  Another,
  `{name: 'names'}`, counts the writes that changed persons (`version`, with a
  random `epoch` that `clear` renews): each written Person carries the
  `name_version` of its write and each deleted one leaves a
  `(:DeletedName {label, id, version})`, so that a process keeps its name-search
  index (`graph/name_search.py`) in step by reading only what changed.
"""

from __future__ import annotations

from diplograph.errors import StoreError
from graph.model import EDGE_ENDPOINTS, EDGE_TYPES, NODE_LABELS

LOCK_LABEL = "DiploGraphLock"
ROWS_LABEL = "ArticleRows"
MENTIONS = "MENTIONS"
REPORTS = "REPORTS"
DELETED_NAME_LABEL = "DeletedName"
PERSON_FULLTEXT_INDEX = "person_names"
TAG_SEPARATOR = "\x1f"  # ASCII unit separator: not in names, ids or keys
# Tag strings longer than this (UTF-8 bytes) would not fit an index entry.
TAG_LIMIT_BYTES = 30_000
# Between an edge's endpoint id and its order key in `src_order` / `dst_order` (not in ids).
ORDER_SEPARATOR = "\x1f"


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


def _type_union(names: tuple[str, ...] | None) -> str:
    """`MET|CALLED|...`: the graph's edges only, never the row relationships of articles."""
    return "|".join(rel_type(n) for n in (names or EDGE_TYPES))


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
        f"CREATE INDEX {t.lower()}_{side}_order IF NOT EXISTS FOR ()-[r:{rel_type(t)}]-() ON (r.{side}_order)"
        for t in EDGE_TYPES
        for side in ("src", "dst")
    ]
    statements += [
        "CREATE INDEX person_name_version IF NOT EXISTS FOR (n:Person) ON (n.name_version)",
        f"CREATE INDEX deleted_name_version IF NOT EXISTS FOR (n:{DELETED_NAME_LABEL}) ON (n.version)",
    ]
    statements += [
        f"CREATE CONSTRAINT article_rows_id IF NOT EXISTS FOR (x:{ROWS_LABEL}) REQUIRE x.id IS UNIQUE",
        f"CREATE INDEX reports_edge IF NOT EXISTS FOR ()-[v:{REPORTS}]-() ON (v.edge_id)",
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

# ----- plans that do not move -------------------------------------------------------------
# Write statements run with `replan=skip`: Neo4j otherwise plans a cached statement again each
# time the graph's statistics have drifted (a load that grows the graph from empty replanned
# its ~30 write statements every 10-40 s: a quarter of the server's CPU in a 5k-article load,
# measured with JFR; bench/README.md).  Their plans cannot go wrong on any statistics: CREATE,
# MERGE on a unique key, and MATCH by id with an index hint (`_seek`).
STABLE = "CYPHER replan=skip "


def _seek(var: str, node_label: str, prop: str = "id") -> str:
    """`USING INDEX` for a node matched by its key: the seek whatever the statistics say."""
    return f" USING INDEX {var}:{node_label}({prop})"


# ----- writes seen by a bulk load ---------------------------------------------------------
# Every write transaction counts itself here (first statement, after nothing else it locks).  A bulk
# load (`graph/neo4j_bulk.py`) plans against what it read and wrote; when it renews the ingest lock
# between windows, a count that is not its own says another writer got in and it reads again.
BUMP_WRITES = (
    f"{STABLE}MERGE (c:{LOCK_LABEL} {{name: 'writes'}}) ON CREATE SET c.count = 0"
    " SET c.count = c.count + 1 RETURN c.count AS count"
)
WRITES_COUNT = f"OPTIONAL MATCH (c:{LOCK_LABEL} {{name: 'writes'}}) RETURN c.count AS count"

# ----- the name-search index's log of changes -----------------------------------------
# A write that changes persons bumps the version FIRST: the counter's lock is then held until
# commit, so versions commit in order and a reader that sees version v has every change up to v.
BUMP_NAME_VERSION = (
    f"{STABLE}MERGE (c:{LOCK_LABEL} {{name: 'names'}}) ON CREATE SET c.epoch = randomUUID(), c.version = 0"
    " SET c.version = c.version + 1 RETURN c.version AS version"
)
NAME_VERSION = (
    f"OPTIONAL MATCH (c:{LOCK_LABEL} {{name: 'names'}}) RETURN c.epoch AS epoch, c.version AS version"
)
RECORD_DELETED_NAMES = (
    f"{STABLE}UNWIND $ids AS id CREATE (:{DELETED_NAME_LABEL} {{label: $label, id: id, version: $version}})"
)
NAMES_DELETED_SINCE = (
    f"MATCH (d:{DELETED_NAME_LABEL}) WHERE d.version > $since AND d.label = $label"
    " RETURN d.id AS id, d.version AS version"
)
CLEAR_NAME_LOG = [
    f"MATCH (c:{LOCK_LABEL} {{name: 'names'}}) DELETE c",
    f"MATCH (d:{DELETED_NAME_LABEL}) CALL (d) {{ DELETE d }} IN TRANSACTIONS OF 10000 ROWS",
]


def names_changed_since(node_label: str) -> str:
    return (
        f"MATCH (n:{label(node_label)}) WHERE n.name_version > $since"
        " RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.country AS country,"
        " n.name_version AS version"
    )


# ----- writes --------------------------------------------------------------------
# A write's first step: each article's anchor is locked (REMOVE of a property that is never set
# takes the node's write lock without changing it), then, in a statement of its own, the rows
# hanging on it go.  A second writer of the same article waits on the lock; its next statement
# reads after the first writer's commit, so it sees, and deletes, the first one's rows.
LOCK_ARTICLES = f"{STABLE}UNWIND $ids AS id MERGE (x:{ROWS_LABEL} {{id: id}}) REMOVE x.lock"
# The hint keeps the seek whatever the statistics said when the plan was cached (a plan made
# on an empty database once cost ~1 ms per article here).
PURGE_ARTICLES = (
    f"{STABLE}UNWIND $ids AS id MATCH (x:{ROWS_LABEL} {{id: id}}){_seek('x', ROWS_LABEL)}"
    f" MATCH (x)-[m:{MENTIONS}|{REPORTS}]->() DELETE m"
)
DELETE_EVIDENCE_OF_EDGES = (
    f"{STABLE}UNWIND $ids AS id MATCH ()-[v:{REPORTS} {{edge_id: id}}]->(){_seek('v', REPORTS, 'edge_id')}"
    " DELETE v"
)


def delete_mentions_of_nodes(node_label: str) -> str:
    lbl = label(node_label)
    return (
        f"{STABLE}UNWIND $ids AS id MATCH (n:{lbl} {{id: id}})<-[m:{MENTIONS}]-(){_seek('n', lbl)} DELETE m"
    )


def create_mentions(node_label: str) -> str:
    """Rows of articles purged in this transaction: none of them exists, so CREATE (no lookup)."""
    return (
        f"{STABLE}UNWIND $rows AS row MATCH (x:{ROWS_LABEL} {{id: row.article}}){_seek('x', ROWS_LABEL)}"
        f" MATCH (n:{label(node_label)} {{id: row.node}}){_seek('n', node_label)}"
        f" CREATE (x)-[:{MENTIONS} {{name: row.name, data: row.data}}]->(n)"
    )


def merge_mentions(node_label: str) -> str:
    """Rows of other articles (a merge moves a person's rows): MERGE on the row's key."""
    return (
        f"{STABLE}UNWIND $rows AS row MERGE (x:{ROWS_LABEL} {{id: row.article}})"
        f" WITH x, row MATCH (n:{label(node_label)} {{id: row.node}}){_seek('n', node_label)}"
        f" MERGE (x)-[m:{MENTIONS} {{name: row.name}}]->(n) SET m.data = row.data"
    )


# Properties are named one by one, not `SET v = row.props`: a map SET makes the planner put an
# Eager (every row buffered) after the CREATE, and a null in a CREATE map sets nothing.
_EVIDENCE_PROPS = ("edge_type", "date", "place", "country")
CREATE_EVIDENCE = (
    f"{STABLE}UNWIND $rows AS row MATCH (x:{ROWS_LABEL} {{id: row.article}}){_seek('x', ROWS_LABEL)}"
    f" CREATE (x)-[:{REPORTS} {{edge_id: row.edge_id, sentence: row.sentence, "
    + ", ".join(f"{p}: row.{p}" for p in _EVIDENCE_PROPS)
    + "}]->(x)"
)
MERGE_EVIDENCE = (
    f"{STABLE}UNWIND $rows AS row MERGE (x:{ROWS_LABEL} {{id: row.article}})"
    f" MERGE (x)-[v:{REPORTS} {{edge_id: row.edge_id, sentence: row.sentence}}]->(x)"
    " SET " + ", ".join(f"v.{p} = row.{p}" for p in _EVIDENCE_PROPS)  # a null removes the property
)


def create_nodes(node_label: str) -> str:
    """Nodes a bulk load knows are not stored: CREATE (no lookup, no MERGE lock).  A new Article
    node is also its rows' anchor, created here before its rows."""
    labels = f"Article:{ROWS_LABEL}" if node_label == "Article" else label(node_label)
    return f"{STABLE}UNWIND $rows AS row CREATE (n:{labels}) SET n = row.props RETURN count(n) AS written"


# An edge's stored properties (`neo4j_store.edge_row` makes a row of each), named one by one
# for the same reason as evidence's; `start_date` and `end_date` are made dates from ISO text.
EDGE_PROPS = (
    "date", "precision", "place", "country", "article_count", "data", "tally", "src_order", "dst_order",
)  # fmt: skip
_EDGE_DATES = "start_date: date(row.start), end_date: date(row.end)"


def create_edges(edge_type: str, src_label: str, dst_label: str) -> str:
    """Edges a bulk load knows are not stored: its endpoints by index, then CREATE (no MERGE)."""
    props = ", ".join(f"{p}: row.{p}" for p in EDGE_PROPS)
    return (
        f"{STABLE}UNWIND $rows AS row"
        f" MATCH (s:{label(src_label)} {{id: row.src}}){_seek('s', src_label)}"
        f" MATCH (d:{label(dst_label)} {{id: row.dst}}){_seek('d', dst_label)}"
        f" CREATE (s)-[r:{rel_type(edge_type)} {{id: row.id, {props}, {_EDGE_DATES}}}]->(d)"
        f" RETURN count(r) AS written"
    )


def delete_edges(edge_type: str) -> str:
    rel = rel_type(edge_type)
    return f"{STABLE}UNWIND $ids AS id MATCH ()-[r:{rel} {{id: id}}]->(){_seek('r', rel)} DELETE r"


def edges_of_nodes(node_label: str) -> str:
    """Ids of the relationships of nodes about to be deleted (their evidence goes too)."""
    return (
        f"{STABLE}UNWIND $ids AS id MATCH (n:{label(node_label)} {{id: id}})-[r:{_type_union(None)}]-()"
        f"{_seek('n', node_label)}"
        " RETURN DISTINCT r.id AS id"
    )


def delete_nodes(node_label: str) -> str:
    if node_label == "Article":
        # The node stays as its article's bare anchor: the rows hanging on it are the article's
        # (its own batch purges them; a node deletion alone must not).
        return (
            f"{STABLE}UNWIND $ids AS id MATCH (n:Article {{id: id}}){_seek('n', 'Article')}"
            f" CALL (n) {{ MATCH (n)<-[m:{MENTIONS}]-() DELETE m }}"
            " REMOVE n:Article SET n = {id: id}"
        )
    lbl = label(node_label)
    return f"{STABLE}UNWIND $ids AS id MATCH (n:{lbl} {{id: id}}){_seek('n', lbl)} DETACH DELETE n"


def upsert_nodes(node_label: str) -> str:
    # `SET n = props` replaces every property: the node is replaced wholesale.
    if node_label == "Article":  # the article's anchor becomes (or stays) its Article node
        return (
            f"{STABLE}UNWIND $rows AS row MERGE (n:{ROWS_LABEL} {{id: row.id}})"
            " SET n:Article SET n = row.props RETURN count(n) AS written"
        )
    return (
        f"{STABLE}UNWIND $rows AS row MERGE (n:{label(node_label)} {{id: row.id}}) SET n = row.props"
        " RETURN count(n) AS written"
    )


def upsert_edges(edge_type: str, src_label: str, dst_label: str) -> str:
    # Both endpoints must exist; the caller compares `written` with the row count.
    return (
        f"{STABLE}UNWIND $rows AS row"
        f" MATCH (s:{label(src_label)} {{id: row.src}}){_seek('s', src_label)}"
        f" MATCH (d:{label(dst_label)} {{id: row.dst}}){_seek('d', dst_label)}"
        f" MERGE (s)-[r:{rel_type(edge_type)} {{id: row.id}}]->(d)"
        # Every property named: a null removes one the edge no longer has.
        f" SET {', '.join(f'r.{p} = row.{p}' for p in EDGE_PROPS)},"
        f" r.start_date = date(row.start), r.end_date = date(row.end)"
        f" RETURN count(r) AS written"
    )


def clear(node_label: str) -> str:
    # Batched so that clearing a big graph does not need one huge transaction.
    return f"MATCH (n:{label(node_label)}) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF 5000 ROWS"


# Relationships first, in batches: a leader with a hundred thousand edges is then deleted bare.
CLEAR_EDGES = "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS"
CLEAR_ROWS = f"MATCH (x:{ROWS_LABEL}) CALL (x) {{ DETACH DELETE x }} IN TRANSACTIONS OF 2000 ROWS"


# ----- what a bulk load plans against (`graph/neo4j_bulk.py`) -----------------------------------
# Pages by id, each page one record of lists (the driver's cost is per record).
BULK_ANCHORS = (
    f"MATCH (x:{ROWS_LABEL}) WHERE x.id > $after WITH x ORDER BY x.id LIMIT $page"
    " RETURN collect([x.id, x:Article, x.content_hash]) AS rows"
)


def bulk_nodes(node_label: str) -> str:
    return (
        f"MATCH (n:{label(node_label)}) WHERE n.id > $after WITH n ORDER BY n.id LIMIT $page"
        " RETURN collect([n.id, n.keys, n.data]) AS rows"
    )


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
    f"MATCH (:{ROWS_LABEL} {{id: $article_id}})-[:{MENTIONS}]->(n)"
    " RETURN DISTINCT [x IN labels(n) WHERE x IN $labels][0] AS label, n.id AS id ORDER BY label, id"
)
EDGE_KEYS_OF_ARTICLE = (
    f"MATCH (x:{ROWS_LABEL} {{id: $article_id}})-[v:{REPORTS}]->(x)"
    " RETURN DISTINCT v.edge_type AS type, v.edge_id AS id ORDER BY id"
)


def mentions_of(node_label: str) -> str:
    return (
        f"UNWIND $ids AS id MATCH (n:{label(node_label)} {{id: id}})<-[m:{MENTIONS}]-(x)"
        " RETURN n.id AS id, x.id AS article_id, m.name AS name, m.data AS data"
    )


# Answers come back as one record of lists, not a record per row: the driver's cost per record
# (~15 us of Python each) was most of a who-met page's client time.
_EVIDENCE_ITEMS = (
    f"CALL (id) {{ MATCH (x)-[v:{REPORTS} {{edge_id: id}}]->()"
    " RETURN collect([x.id, v.sentence, v.date, v.place, v.country]) AS ev }"
)
EVIDENCE_OF = f"UNWIND $ids AS id {_EVIDENCE_ITEMS} RETURN collect([id, ev]) AS found"


def nodes_by_ids(node_label: str) -> str:
    return f"UNWIND $ids AS id MATCH (n:{label(node_label)} {{id: id}}) RETURN n.data AS data ORDER BY n.id"


def node_data_by_ids(node_label: str) -> str:
    """The `data` of those nodes (missing ones left out) as one list, in no order."""
    return f"UNWIND $ids AS id MATCH (n:{label(node_label)} {{id: id}}) RETURN collect(n.data) AS data"


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
        edges = _type_union(None)
        source = "(s:Person {country: $spc})" if src_person_country else "()"
        match = f"MATCH {source}-[r:{edges}]->(m)"
    else:
        node = f"(n:{label(node_label)} {{id: $node_id}})"
        match = {
            "out": f"MATCH {node}-[r:{_type_union(None)}]->(m)",
            "in": f"MATCH (m)-[r:{_type_union(None)}]->{node}",
            "any": f"MATCH {node}-[r:{_type_union(None)}]-(m)",
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


_SIDES = {"out": ("src",), "in": ("dst",), "any": ("src", "dst")}


def _degree_pattern(direction: str, types: tuple[str, ...]) -> str:
    rels = _type_union(types)
    return {"out": f"(n)-[:{rels}]->()", "in": f"(n)<-[:{rels}]-()", "any": f"(n)-[:{rels}]-()"}[direction]


def node_edges_page(node_label: str, direction: str, types: tuple[str, ...]) -> str:
    """A node's edges of `types` in `find_edges` order: always one row, with its degree, one
    page with evidence, the page's endpoints as [id, data] (`ends`: what the answer's names
    come from) and the node's own `data` (`self`, null if there is no such node).

    The count is the node's degree, read from the node (a self-loop counts once, as in
    `find_edges`).  The page comes from the order indexes: each branch (type and side) is an
    index seek that comes out in order and stops after $k = offset + limit rows, and every
    key starts with the node's own `<label><sep><id><sep>` ($prefix), so the merged branches
    sort by the order part; a page costs the page, however many edges the node has.  The page
    is aggregated inside a subquery, which yields one row even when it is empty: a node with
    no such edge (or no node) is answered by this one statement too, with its existence, so a
    who-met by id is one round trip (`app/service.py`).
    """
    pattern = _degree_pattern(direction, types)
    branches = [
        f"MATCH ()-[r:{rel_type(t)}]->() WHERE r.{side}_order STARTS WITH $prefix"
        f" RETURN r.{side}_order AS key, r ORDER BY r.{side}_order LIMIT $k"
        for t in types
        for side in _SIDES[direction]
    ]
    return (
        f"OPTIONAL MATCH (n:{label(node_label)} {{id: $node_id}})"
        f" WITH n, CASE WHEN n IS NULL THEN 0 ELSE COUNT {{ {pattern} }} END AS total"
        " CALL () {"
        " CALL () { " + " UNION ALL ".join(branches) + " }"
        " WITH DISTINCT key, r ORDER BY key SKIP $offset LIMIT $limit"
        f" WITH r, r.id AS id {_EVIDENCE_ITEMS}"
        " WITH r, id, ev, startNode(r) AS s, endNode(r) AS e"
        " RETURN collect([id, r.data, ev]) AS page,"
        " [x IN collect(DISTINCT s) + collect(DISTINCT e) | [x.id, x.data]] AS ends"
        " }"
        " RETURN total, page, ends, n.data AS self"
    )


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


COUNT_EVIDENCE = f"MATCH ()-[v:{REPORTS}]->() RETURN count(v) AS total"


def node_page(node_label: str) -> str:
    """Keyset pagination for export: the next $page nodes after id $after."""
    return (
        f"MATCH (n:{label(node_label)}) WHERE n.id > $after"
        " RETURN n.id AS id, n.data AS data ORDER BY n.id LIMIT $page"
    )


EDGE_PAGE = (
    f"MATCH ()-[r:{_type_union(None)}]->() WHERE r.id > $after"
    " RETURN r.id AS id, r.data AS data ORDER BY r.id LIMIT $page"
)
