"""`construct` (models from trusted values, unvalidated) gives the models validation gives."""

from __future__ import annotations

import datetime as dt

from app.schemas import Event, NodeSummary
from graph.model import Edge, Evidence, construct


def test_construct_equals_validation() -> None:
    evidence = {
        "article_id": "a1",
        "sentence": "They met.",
        "date": "2024-11-01",
        "place": None,
        "country": "RUS",
    }
    built = construct(Evidence, dict(evidence))
    assert built == Evidence(**evidence)
    assert built.model_dump_json() == Evidence(**evidence).model_dump_json()
    edge = {
        "id": "met-1", "type": "MET", "src_label": "Person", "src": "a", "dst_label": "Person", "dst": "b",
        "date": "2024-11", "precision": "month", "start": dt.date(2024, 11, 1), "end": dt.date(2024, 11, 30),
        "place": "Moscow", "country": "RUS", "evidence": [built], "article_count": 1, "tally": None,
    }  # fmt: skip
    assert construct(Edge, dict(edge)).model_dump_json() == Edge(**edge).model_dump_json()
    who = {"id": "a", "label": "Person", "name": "A", "country": None}
    event = {
        "edge_id": "met-1", "type": "MET", "subject": construct(NodeSummary, dict(who)),
        "counterpart": NodeSummary(**who), "date": "2024-11", "precision": "month",
        "start": dt.date(2024, 11, 1), "end": None, "place": None, "country": None, "article_count": 1,
        "evidence": [built],
    }  # fmt: skip
    assert construct(Event, dict(event)).model_dump_json() == Event(**event).model_dump_json()
    assert set(Event.model_fields) == set(event) and set(Edge.model_fields) == set(edge)
