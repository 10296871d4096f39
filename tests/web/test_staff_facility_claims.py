"""A facility claim that may name a known facility, on the staff claim page and through
the staff API (in process): the page offers the facility and asks; choosing it records
the claim on it, and no second facility is made."""

from __future__ import annotations

from sqlalchemy import Connection, func, select
from tests.web.conftest import seed
from tests.web.inprocess import api_client, post, staff_client
from tests.web.staff import read

from vigil.auth.roles import Role
from vigil.ingest.manual import propose_span
from vigil.store.claims import get_claims
from vigil.store.db import make_engine, transaction
from vigil.store.tables import facilities

WORDS = "colony No. 1 in Navapolatsk"  # the seeded "Penal colony No. 1, Navapolatsk"


def _claim(url: str, source: int) -> int:
    engine = make_engine(url)
    with transaction(engine) as conn:
        claim = propose_span(conn, source, "facility", {}, by="tester", words=WORDS)
    engine.dispose()
    return claim


def _facilities(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(facilities)).scalar_one())


def test_the_claim_page_asks_which_facility(db_url: str) -> None:
    seeded = seed(db_url)
    claim = _claim(db_url, seeded.source)
    page = f"/staff/review/{claim}"
    with staff_client(db_url, "doc", Role.DOCUMENTER) as client:
        shown = client.get(page)
        assert "Which facility is “colony No. 1 in Navapolatsk”?" in shown.text
        assert f'id="facility-{seeded.facility}"' in shown.text
        asked = post(client, page, page, {"action": "accept", "facility": "auto"})
        assert asked.status_code == 422
        assert "may be a known facility" in asked.text
        assert f'id="facility-{seeded.facility}"' in asked.text  # the choice is still there
        assert read(db_url, _facilities) == 1
        chosen = {"action": "accept", "facility": str(seeded.facility)}
        done = post(client, page, page, chosen)
        assert done.status_code == 303, done.text[:2000]
    (accepted,) = read(db_url, lambda c: get_claims(c, [claim]))
    assert accepted.review is not None
    assert accepted.review.decision is not None
    assert accepted.review.decision.facility_id == seeded.facility
    assert read(db_url, _facilities) == 1


def test_the_api_lists_the_facilities_and_takes_the_choice(db_url: str) -> None:
    seeded = seed(db_url)
    claim = _claim(db_url, seeded.source)
    with api_client(db_url, "api", Role.DOCUMENTER) as client:
        shown = client.get(f"/api/v1/staff/claims/{claim}").json()
        assert [f["facility_id"] for f in shown["facilities"]] == [seeded.facility]
        asked = client.post(f"/api/v1/staff/claims/{claim}/accept", json={})
        assert asked.status_code == 422
        assert asked.json()["error"]["code"] == "needs_decision"
        done = client.post(f"/api/v1/staff/claims/{claim}/accept", json={"new_facility": True})
        assert done.status_code == 200, done.text
        assert done.json()["decision"]["facility_id"] != seeded.facility
    assert read(db_url, _facilities) == 2
