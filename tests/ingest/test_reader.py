"""ingest.reader: articles from JSON records, JSONL, text and HTML; bad files give an ArticleError."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import ArticleError
from ingest.reader import read_file
from ingest.schema import ExtractionRecord

BODY = (
    "Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing "
    "on Tuesday, the Russian foreign ministry said."
)

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lavrov meets Wang Yi in Beijing</title>
<meta property="article:published_time" content="2024-04-09T08:30:00+00:00">
<meta property="og:title" content="Lavrov meets Wang Yi in Beijing">
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Lavrov meets Wang Yi in Beijing</h1>
<p>Russian Foreign Minister Sergei Lavrov held talks with Chinese Foreign Minister Wang Yi
in Beijing on Tuesday, the Russian foreign ministry said.</p>
<p>The two ministers discussed the situation in Ukraine and cooperation in Asia, according to a statement
released after the meeting.</p>
<p>Lavrov arrived in Beijing on Monday for a two-day visit, his first trip to China this year.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body>
</html>
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_json_record(tmp_path: Path) -> None:
    record = {
        "id": "lavrov-beijing",
        "source": "Example News",
        "url": "https://example.org/a",
        "title": "Talks",
        "published": "2024-04-10",
        "text": BODY,
        "facts": [{"type": "MET"}],
    }  # gold annotations and other unknown keys are ignored
    [article] = read_file(write(tmp_path, "a.json", json.dumps(record)))
    assert article.id == "lavrov-beijing"
    assert article.published == date(2024, 4, 10)
    assert article.published_from == "record"
    assert article.text == BODY
    assert (article.source, article.title) == ("Example News", "Talks")


def test_jsonl_gives_one_article_per_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"a{i}", "published": "2024-04-10", "text": BODY}) for i in range(3)]
    articles = read_file(write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n\n"))
    assert [a.id for a in articles] == ["a0", "a1", "a2"]


def test_jsonl_error_names_the_file_and_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "a0", "text": BODY})
    path = write(tmp_path, "batch.jsonl", f"{good}\n{{not json\n")
    with pytest.raises(ArticleError) as caught:
        read_file(path)
    assert f"{path}:2" in str(caught.value)


def test_plain_text_file(tmp_path: Path) -> None:
    [article] = read_file(write(tmp_path, "lavrov.txt", BODY + "\n"), published=date(2024, 4, 10))
    assert article.id == "lavrov"
    assert article.text.strip() == BODY
    assert article.published == date(2024, 4, 10)


def test_html_page_body_and_published_time(tmp_path: Path) -> None:
    [article] = read_file(write(tmp_path, "page.html", HTML_PAGE))
    assert article.published == date(2024, 4, 9)
    assert article.published_from == "html-meta"
    assert article.title == "Lavrov meets Wang Yi in Beijing"
    assert "held talks with Chinese Foreign Minister Wang Yi" in article.text
    assert "two-day visit" in article.text
    assert "Home" not in article.text.split()
    assert "All rights reserved" not in article.text


def test_html_page_without_body_gives_a_clear_result(
    tmp_path: Path, extract: Callable[..., ExtractionRecord]
) -> None:
    """Either the reader refuses it, naming the file, or extraction says there is no body."""
    page = "<html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    path = write(tmp_path, "empty.html", page)
    try:
        articles = read_file(path)
    except ArticleError as error:
        assert "empty.html" in str(error)
        return
    record = extract(articles[0].text, articles[0].published, articles[0].title)
    assert record.facts == [] and record.persons == []
    assert any("no article body" in warning for warning in record.warnings)


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", "  \n")
    with pytest.raises(ArticleError, match="empty.txt.*empty"):
        read_file(path)


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ArticleError, match="photo.txt.*binary"):
        read_file(path)


def test_malformed_json(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.json", '{"id": "x", "text": "Lavrov met Wang Yi.", ')
    with pytest.raises(ArticleError, match="broken.json.*malformed JSON"):
        read_file(path)


def test_json_record_without_text(tmp_path: Path) -> None:
    path = write(tmp_path, "notext.json", json.dumps({"id": "x", "published": "2024-04-10"}))
    with pytest.raises(ArticleError, match="notext.json.*text"):
        read_file(path)


@pytest.mark.parametrize("bad", ["2024-13-45", "yesterday", "10/04/2024"])
def test_invalid_published_date(tmp_path: Path, bad: str) -> None:
    path = write(tmp_path, "baddate.json", json.dumps({"id": "x", "published": bad, "text": BODY}))
    with pytest.raises(ArticleError) as caught:
        read_file(path)
    message = str(caught.value)
    assert "baddate.json" in message and "published" in message and bad in message


def test_dateline_date_used_when_record_has_no_published(tmp_path: Path) -> None:
    text = "MOSCOW, March 24, 2021 (Reuters) - " + BODY
    [article] = read_file(write(tmp_path, "dateline.json", json.dumps({"id": "d", "text": text})))
    assert article.published == date(2021, 3, 24)
    assert article.published_from == "dateline"


def test_dateline_date_in_a_text_file(tmp_path: Path) -> None:
    text = "date 2025-03-18\nRussian Foreign Minister Sergei Lavrov met his Chinese counterpart on Monday.\n"
    [article] = read_file(write(tmp_path, "dated.txt", text))
    assert article.published == date(2025, 3, 18)
    assert article.published_from == "dateline"


def test_record_date_wins_over_the_command_line_date(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", json.dumps({"id": "a", "published": "2024-04-10", "text": BODY}))
    [article] = read_file(path, published=date(2020, 1, 1))
    assert article.published == date(2024, 4, 10)


def test_command_line_date_fills_a_missing_record_date(tmp_path: Path) -> None:
    path = write(tmp_path, "a.json", json.dumps({"id": "a", "text": BODY}))
    [article] = read_file(path, published=date(2024, 4, 10))
    assert article.published == date(2024, 4, 10)


def test_article_without_any_date_is_still_read(tmp_path: Path) -> None:
    [article] = read_file(write(tmp_path, "undated.txt", BODY))
    assert article.published is None
    assert article.text.strip() == BODY


def test_html_photo_captions_are_part_of_the_article(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Putin in Pyongyang</title>"
        '<meta property="article:published_time" content="2024-06-19"></head><body>'
        "<nav>Home | World</nav><article><h1>Putin in Pyongyang</h1>"
        '<figure><img src="a.jpg"><figcaption>North Korean leader Kim Jong Un greets Russian President '
        "Vladimir Putin at Pyongyang airport.</figcaption></figure>"
        "<p>Russian President Vladimir Putin arrived in Pyongyang early on Wednesday for his first visit "
        "to North Korea in 24 years, and held talks with Kim Jong Un later in the day.</p>"
        "<p>The two leaders signed a treaty on comprehensive strategic partnership.</p></article>"
        "<footer>All rights reserved</footer></body></html>",
        encoding="utf-8",
    )
    [article] = read_file(page)
    assert "greets Russian President Vladimir Putin at Pyongyang airport" in article.text
    assert article.text.count("greets Russian President") == 1
