"""End-to-end ingest: extraction plus graph build and write, into a fresh embedded store.

Does for each corpus article what `app.ingest_service.ingest_article` does
(extract, then `graph.build.ingest_record`: resolve people, corroborate,
write one batch durably), timing the two halves apart.  Shows how much of
an ingest is NLP and how much is the graph, and how the graph half behaves
as the store grows.

    .venv/bin/python bench/ingest_speed.py                  # 500 articles
    .venv/bin/python bench/ingest_speed.py --articles 100 --json
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import machine
import make_corpus
from extract_speed import load_records

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=500, help="number of articles (default 500)")
    parser.add_argument("--corpus", type=Path, default=make_corpus.CORPUS_FILE)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from app.ingest_service import article_meta
    from diplograph.settings import get_settings
    from graph.build import ingest_record
    from graph.embedded import EmbeddedStore
    from ingest.pipeline import extract_article
    from ingest.schema import Article

    records, corpus_origin = load_records(args.articles, args.corpus)
    articles = [Article.model_validate(r) for r in records]
    model = get_settings().spacy_model
    data_dir = Path(tempfile.mkdtemp(prefix="diplograph-ingest-bench-"))
    try:
        store = EmbeddedStore(data_dir)
        extract_article(articles[0], model)  # warm-up: loads the model
        extract_seconds = graph_seconds = 0.0
        facts = 0
        graph_per_100: list[float] = []  # graph time of each block of 100 articles
        for number, article in enumerate(articles):
            start = time.perf_counter()
            record = extract_article(article, model)
            middle = time.perf_counter()
            outcome = ingest_record(store, record, article_meta(article))
            end = time.perf_counter()
            extract_seconds += middle - start
            graph_seconds += end - middle
            facts += len(outcome.facts)
            if number % 100 == 0:
                graph_per_100.append(0.0)
            graph_per_100[-1] += end - middle
        stats = store.stats()
        store.close()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)

    total = extract_seconds + graph_seconds
    result = {
        "articles": len(articles),
        "corpus": corpus_origin,
        "facts_written": facts,
        "nodes": stats.nodes,
        "edges": stats.edges,
        "seconds": {
            "extract": round(extract_seconds, 2),
            "graph": round(graph_seconds, 2),
            "total": round(total, 2),
        },
        "articles_per_s": round(len(articles) / total, 1),
        "graph_ms_per_article_by_block_of_100": [
            round(1000 * s / min(100, len(articles) - 100 * i), 1) for i, s in enumerate(graph_per_100)
        ],
        "peak_rss_mib": machine.peak_rss_mib(),
        "code": machine.code_version(ROOT),
        "machine": machine.describe(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    sec = result["seconds"]
    print(f"corpus: {len(articles)} articles ({corpus_origin})")
    print(
        f"ingest: {result['articles_per_s']} articles/s end to end; extraction {sec['extract']} s, "
        f"graph build + write {sec['graph']} s ({100 * graph_seconds / total:.0f}% of {sec['total']} s)"
    )
    print(f"graph ms/article per block of 100: {result['graph_ms_per_article_by_block_of_100']}")
    print(f"stored: {facts} facts; nodes {stats.nodes}; edges {stats.edges}")
    print(f"peak RSS: {result['peak_rss_mib']} MiB; code: {result['code']}")
    print("machine: " + ", ".join(f"{k}={v}" for k, v in result["machine"].items()))


if __name__ == "__main__":
    main()
