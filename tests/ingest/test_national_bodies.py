"""A national body named in an office says whose the holder is (invented texts)."""

from __future__ import annotations

from datetime import date

from ingest.pipeline import extract_article
from ingest.schema import Article
from ingest.states import _body_state
from tests.ingest.conftest import MODEL


def states(text: str) -> dict[str, str | None]:
    article = Article(id="bodies", published=date(2024, 5, 2), text=text)
    return {p.name: p.country for p in extract_article(article, MODEL).persons}


def test_national_bodies_in_titles() -> None:
    assert _body_state("Chairman of the State Great Khural") == "MNG"
    assert _body_state("Secretary for Latin America of Itamaraty") == "BRA"
    assert _body_state("Speaker of the Saeima") == "LVA"
    assert _body_state("Speaker of the National Assembly") is None


def test_a_chairman_of_a_national_legislature_abroad() -> None:
    got = states(
        "ISLAMABAD, May 2 (APP) - Chairman of the NPC Standing Committee Wang Dehai called on President "
        "Imran Qadir at the Aiwan-e-Sadr on Thursday. Wang is leading a delegation to Pakistan."
    )
    assert got.get("Wang Dehai") == "CHN"
    assert got.get("Imran Qadir") == "PAK"
