"""Schemathesis against the app's own OpenAPI schema, every operation, both stores.

No request may get a 500; every status code answered must be documented for
its operation, with a body that matches the documented model.  Bounded:
a fixed number of examples per operation (see FUZZ_EXAMPLES).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.api import create_app
from graph.store import GraphStore
from tests.records import ALL_RECORDS
from tests.reliability.conftest import store_settings

# Per operation; ~17 operations.  FUZZ_EXAMPLES=500 for a longer local run.
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def fuzz_schema(store: GraphStore, tmp_path: Path) -> Iterator[schemathesis.BaseSchema]:
    app = create_app(store_settings(store, tmp_path / "data", write_rate_per_minute=0), store=store)
    with TestClient(app) as client:  # runs the lifespan: the store is open for the fuzzer's requests
        for record in ALL_RECORDS:  # something to find, so reads get past 404
            assert client.post("/articles", json=record).status_code == 201
        yield schemathesis.openapi.from_asgi("/openapi.json", app)


def test_no_500_and_every_answer_documented(fuzz_schema: schemathesis.BaseSchema) -> None:
    failures = []
    operations = [result.ok() for result in fuzz_schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=FUZZ_EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def fuzz(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=CHECKS)

        try:
            fuzz()
        except Exception as exc:  # noqa: BLE001 - collect every operation's failure, then report
            failures.append(f"{operation.label}: {exc}")
    assert not failures, "\n\n".join(failures)
