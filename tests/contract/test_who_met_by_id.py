"""Who-met asked by id reads the page first and resolves only when it must: same answers, both stores."""

from __future__ import annotations

import pytest

from app import service
from diplograph.errors import AmbiguousNameError, InvalidInputError, NotFoundError
from graph.store import GraphStore
from tests.contract.builders import batch, edge, person

ODA = person("Mirela Oda", "ALB", "w1")
TAKVAR = person("Jonas Takvar", "EST", "w1")
VELLAN = person("Ines Vellan", "URY", "w2")  # named, never met anyone
TALKS = edge(
    "MET", "jonas-takvar", "mirela-oda", "2025-03-04",
    [("w1", "Mirela Oda and Jonas Takvar held talks in Tallinn on Tuesday.")],
)  # fmt: skip


def _seed(store: GraphStore) -> None:
    store.write_article(batch("w1", [ODA, TAKVAR], [TALKS]))
    store.write_article(batch("w2", [VELLAN]))


def _counterparts(page: object) -> list[str]:
    return [item.counterpart.id for item in page.items]  # type: ignore[attr-defined]


def test_by_id_by_name_and_by_one_lowercase_word_answer_alike(store: GraphStore) -> None:
    _seed(store)
    by_id = service.meetings(store, "mirela-oda")
    assert by_id.total == 1 and _counterparts(by_id) == ["jonas-takvar"]
    assert by_id.items[0].evidence  # the page's evidence came with it
    assert service.meetings(store, "Mirela Oda") == by_id
    assert service.meetings(store, "oda") == by_id  # looks like an id, is a name: resolved after the page
    assert service.meetings(store, "mirela-oda", types=["CALLED"]).total == 0


def test_a_person_without_meetings_is_an_empty_page_not_an_error(store: GraphStore) -> None:
    _seed(store)
    page = service.meetings(store, "ines-vellan")
    assert page.total == 0 and page.items == []


def test_errors_are_those_of_resolving_first(store: GraphStore) -> None:
    _seed(store)
    with pytest.raises(NotFoundError):
        service.meetings(store, "nobody-of-that-id")
    with pytest.raises(NotFoundError):  # an unknown person is reported before a bad page
        service.meetings(store, "nobody-of-that-id", limit=0)
    with pytest.raises(InvalidInputError):
        service.meetings(store, "mirela-oda", limit=0)
    with pytest.raises(InvalidInputError):
        service.meetings(store, "mirela-oda", types=["VISITED"])
    store.write_article(batch("w3", [person("Karl Oda", "AUT", "w3")]))
    with pytest.raises(AmbiguousNameError):
        service.meetings(store, "oda")
