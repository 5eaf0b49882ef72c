"""The extraction pipeline: read -> clean -> NLP -> people -> facts -> record.

`extract_article` is the one function both `diplograph extract` and the
graph ingest call.  (Stub: filled in by the extraction work.)
"""

from __future__ import annotations

from ingest.schema import Article, ExtractionRecord


def extract_article(article: Article, model_name: str = "en_core_web_sm") -> ExtractionRecord:
    """Extract persons, organizations and dated facts from one article."""
    return ExtractionRecord(id=article.id, published=article.published.isoformat() if article.published else None)
