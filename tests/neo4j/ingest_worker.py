"""Run by test_concurrent_ingest in a separate process: ingest every test record into Neo4j."""

from __future__ import annotations

import sys

from tests.neo4j.conftest import open_neo4j
from tests.records import ALL_RECORDS, ingest


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    store = open_neo4j()
    try:
        for _ in range(rounds):
            for record in ALL_RECORDS:
                ingest(store, record)
    finally:
        store.close()


if __name__ == "__main__":
    main()
