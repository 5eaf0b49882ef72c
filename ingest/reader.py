"""Read articles from files and request bodies.

- read_file(path, published=None) -> list[Article]   (JSON record, JSONL, .txt, .html)
- article_from_text(text, *, article_id, ...) -> Article
- article_from_record(data, source) -> Article
Every failure is an ArticleError naming the file (or body) and what is wrong.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from diplograph.errors import ArticleError
from ingest.dates import MONTHS
from ingest.schema import Article

HTML_HINT = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.IGNORECASE)
_DATED_LINE = [
    re.compile(r"\bdate\s+(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    re.compile(r"\b(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2}),\s*(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<d>\d{1,2})\s+(?P<mon>[A-Z][a-z]{2,8})\.?,?\s+(?P<y>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
]
RECORD_FIELDS = {"id", "source", "url", "title", "published", "text"}


def published_from_text(text: str) -> date | None:
    """A dateline or 'Published:' date in the first lines of the text."""
    head = text[:600]
    for pattern in _DATED_LINE:
        for match in pattern.finditer(head):
            groups = match.groupdict()
            month = int(groups["m"]) if groups.get("m") else MONTHS.get((groups.get("mon") or "").lower())
            if not month:
                continue
            try:
                return date(int(groups["y"]), month, int(groups["d"]))
            except ValueError:
                continue
    return None


def _decode(raw: bytes, source: str) -> str:
    if not raw.strip():
        raise ArticleError(source, "the file is empty")
    if b"\x00" in raw[:8192]:
        raise ArticleError(source, "this is a binary file, not an article (expected JSON, text or HTML)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise ArticleError(source, "not UTF-8 text; cannot read it as an article") from exc


def _parse_published(value: Any, source: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ArticleError(source, f"invalid 'published' date {value!r}: expected YYYY-MM-DD") from exc


def article_from_record(data: Any, source: str, published: date | None = None) -> Article:
    """An article JSON record (GUIDELINE shape); unknown keys such as gold facts are ignored."""
    if not isinstance(data, dict):
        raise ArticleError(source, "expected a JSON object with at least 'id' and 'text'")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(source, "the record has no 'text'")
    record_date = _parse_published(data.get("published"), source)
    article_id = str(data.get("id") or Path(source).stem)
    fields = {k: data.get(k) for k in ("source", "url", "title")}
    return _build(
        text, article_id, record_date or published, "record" if record_date else "cli", source, **fields
    )


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
    """A plain-text or HTML article; HTML is reduced to its main text with trafilatura."""
    if is_html is None:
        is_html = bool(HTML_HINT.match(text))
    origin = "cli" if published else None
    if is_html:
        text, meta = _html_to_text(text, article_id)
        title = title or meta.get("title")
        url = url or meta.get("url")
        source = source or meta.get("sitename")
        if published is None and meta.get("date"):
            published, origin = _parse_published(meta["date"], article_id), "html-meta"
    return _build(text, article_id, published, origin, article_id, title=title, url=url, source=source)


def _build(
    text: str, article_id: str, published: date | None, origin: str | None, label: str, **fields: Any
) -> Article:
    if published is None:
        published = published_from_text(text)
        origin = "dateline" if published else None
    try:
        return Article(id=article_id, text=text, published=published, published_from=origin, **fields)
    except ValidationError as exc:
        raise ArticleError(label, f"invalid article: {exc.errors()[0]['msg']}") from exc


def _html_to_text(html: str, source: str) -> tuple[str, dict[str, Any]]:
    import trafilatura  # heavy import, only when HTML shows up

    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    if extracted is None:
        raise ArticleError(source, "the HTML page has no article body")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    body = data.get("text") or ""
    if not body.strip():
        raise ArticleError(source, "the HTML page has no article body")
    captions = [c for c in _figure_captions(html) if c not in body]
    if captions:
        # Photo captions are part of the article (GUIDELINE); trafilatura leaves them out.
        body = "\n".join([*captions, body])
    return body, {k: data.get(k) for k in ("title", "url", "sitename", "date")}


def _figure_captions(html: str) -> list[str]:
    from lxml import html as lxml_html  # trafilatura's own parser

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    captions = [" ".join(node.text_content().split()) for node in tree.iter("figcaption")]
    return [c for c in captions if c]


def read_file(path: Path, published: date | None = None) -> list[Article]:
    """All articles in one file: a JSON record or list, JSONL, plain text, or HTML."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(source, f"cannot read file: {exc.strerror or exc}") from exc
    text = _decode(raw, source)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        articles = []
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                articles.append(
                    article_from_record(
                        _load_json(line, f"{source}:{number}"), f"{source}:{number}", published
                    )
                )
        return articles
    if suffix == ".json":
        data = _load_json(text, source)
        if isinstance(data, list):
            return [article_from_record(item, f"{source}[{i}]", published) for i, item in enumerate(data)]
        return [article_from_record(data, source, published)]
    is_html = suffix in (".html", ".htm") or None
    return [article_from_text(text, article_id=path.stem, published=published, is_html=is_html)]


def _load_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(
            source, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError as exc:
        raise ArticleError(source, "unusable JSON: nested too deeply") from exc
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise ArticleError(source, f"unusable JSON: {exc}") from exc
