"""Staff import over a real server: upload a list, preview it (nothing written), import
it for review as a documenter, directly as an editor; a bad file answered on the page."""

from __future__ import annotations

from pathlib import Path

from tests.web.conftest import Site
from tests.web.staff import csrf_of, read, signed_in

from vigil.auth.roles import Role
from vigil.store.claims import count_pending
from vigil.store.persons import count_persons

LISTS = Path(__file__).resolve().parents[1] / "ingest" / "list_samples"


def _upload(name: str) -> dict[str, tuple[str, bytes, str]]:
    return {"file": (name, (LISTS / name).read_bytes(), "application/octet-stream")}


def test_preview_then_import(site: Site, db_url: str) -> None:
    before = read(db_url, count_persons)
    with signed_in(site.url, db_url, "doc", Role.DOCUMENTER) as client:
        form = client.get("/staff/import")
        assert form.status_code == 200
        assert 'value="import"' not in form.text  # importing directly needs an editor
        data = {"csrf_token": csrf_of(form), "recognized_by": "AAPP", "mode": "preview"}
        shown = client.post("/staff/import", data=data, files=_upload("aapp-style.xlsx"))
        assert shown.status_code == 200, shown.text
        assert "Preview of aapp-style.xlsx: nothing was written." in shown.text
        assert "39 new" in shown.text
        assert "1 rows repeat a person" in shown.text
        assert "PP List row 18" in shown.text
        assert "Nay Lwin Naing" in shown.text
        assert "as of 2024-01-31" in shown.text
        assert read(db_url, count_persons) == before
        refused = client.post("/staff/import", data={**data, "mode": "import"},
                              files=_upload("aapp-style.xlsx"))  # fmt: skip
        assert refused.status_code == 403
        assert "needs the editor role" in refused.text
        queued = client.post("/staff/import", data={**data, "mode": "review"},
                             files=_upload("viasna-style.csv"))  # fmt: skip
        assert queued.status_code == 200, queued.text
        assert "claims proposed for review" in queued.text
        assert read(db_url, count_persons) == before
        assert read(db_url, count_pending) > 60
        png = {"file": ("list.csv", b"\x89PNG\x00\x00", "image/png")}
        bad = client.post("/staff/import", data=data, files=png)
        assert bad.status_code == 422
        assert "Nothing was imported: list.csv is a binary file" in bad.text
    with signed_in(site.url, db_url, "editor", Role.EDITOR) as client:
        token = csrf_of(client.get("/staff/import"))
        data = {"csrf_token": token, "recognized_by": "AAPP", "mode": "import"}
        done = client.post("/staff/import", data=data, files=_upload("aapp-style.xlsx"))
        assert done.status_code == 200, done.text
        assert "aapp-style.xlsx is source" in done.text
        assert "24 imprisoned, 9 detained, 4 released, 2 at liberty" in done.text
    assert read(db_url, count_persons) == before + 39
