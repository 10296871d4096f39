"""Property tests over the live OpenAPI schema: Schemathesis reads ``/openapi.json`` from
the real server on loopback and calls every operation with generated inputs, valid and
not. Whatever it sends, the answer is never a 5xx, every 4xx in JSON has the one error
shape, and every 2xx matches the schema it declares.

Staff operations (when present) answer anonymous calls with 401, in the same shape.

The operations are walked here rather than with ``schema.parametrize()`` over
``schemathesis.pytest.from_fixture``: its lazy loader renames the pytest node through
``Function._nodeid``, which this pytest no longer has, and the schema can only be read
once the server of a fixture runs.
"""

from __future__ import annotations

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import response_schema_conformance

from conftest import Site

#: Examples per operation and mode: the whole test stays well under a minute on 2 cores.
#: Derandomized, so that a run fails or passes the same way every time (a new finding
#: comes with a change to the schema, not with the weather).
MAX_EXAMPLES = 25


def _assert_error_shape(body: object, where: str) -> None:
    assert isinstance(body, dict), where
    assert set(body) == {"error"}, where
    error = body["error"]
    assert isinstance(error, dict), where
    assert set(error) == {"code", "message", "hint"}, where
    assert all(isinstance(error[k], str) for k in error), where
    assert error["code"], where
    assert error["message"], where


def _check(case: schemathesis.Case, base_url: str) -> None:
    response = case.call(base_url=base_url, timeout=30)
    status = response.status_code
    where = f"{case.method} {case.formatted_path} query={case.query!r}: {status}"
    assert status < 500, f"{where} {response.text[:300]}"
    if 400 <= status < 500:
        content_type = response.headers.get("content-type", [""])[0]
        assert content_type.startswith("application/json"), where
        _assert_error_shape(json.loads(response.content), where)
    elif 200 <= status < 300:
        case.validate_response(response, checks=[response_schema_conformance])


@pytest.mark.slow
def test_every_operation_answers_in_its_schema_or_in_the_error_shape(sqlite_site: Site) -> None:
    schema = schemathesis.openapi.from_url(f"{sqlite_site.url}/openapi.json", timeout=30)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/v1/persons", "/api/v1/stats/count"}
    tried: list[str] = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            if mode is GenerationMode.NEGATIVE and not list(operation.iter_parameters()):
                # Nothing to send wrong (GET /api/v1/facilities takes no parameter).
                tried.append(f"{operation.method.upper()} {operation.path} (nothing to negate)")
                continue

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=MAX_EXAMPLES,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            )
            def run(case: schemathesis.Case) -> None:
                _check(case, sqlite_site.url)

            run()
            tried.append(f"{operation.method.upper()} {operation.path} ({mode.value})")
    assert len(tried) == 2 * len(operations)
