"""Read articles from files and request bodies (stub; real version in progress).

Public API (stable):
- read_file(path, published=None) -> list[Article]   (JSON record, JSONL, .txt, .html)
- article_from_text(text, *, article_id, published=None, title=None, url=None,
                    source=None, is_html=None) -> Article
Both raise ingest errors (diplograph.errors.ArticleError) naming the source.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from diplograph.errors import ArticleError
from ingest.schema import Article


def read_file(path: Path, published: date | None = None) -> list[Article]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(str(path), f"cannot read file: {exc}") from exc
    if path.suffix == ".json":
        data = json.loads(raw)
        return [Article.model_validate({k: v for k, v in data.items() if k in Article.model_fields})]
    return [article_from_text(raw, article_id=path.stem, published=published)]


def article_from_text(
    text: str,
    *,
    article_id: str,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    is_html: bool | None = None,
) -> Article:
    return Article(id=article_id, text=text, published=published, title=title, url=url, source=source)
