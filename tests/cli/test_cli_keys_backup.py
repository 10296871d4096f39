"""Keys, backups and restores through the ``vigil`` command, on both databases; the
public site without a key file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tests.conftest import Result, run_in_process
from tests.web.conftest import serve_app
from tests.web.staff import token_for
from vigil.auth.roles import Role
from vigil.settings import Settings
from vigil.store.db import sqlite_path
from vigil.web import create_app

SECRET = "canary5k-health"


def run(url: str, cwd: Path, *args: str, ok: bool = True) -> Result:
    """``vigil`` with the registry at ``url`` and no keys but its own key file."""
    env = {k: v for k, v in os.environ.items() if k != "VIGIL_KEYS"}
    env |= {"VIGIL_DATABASE_URL": url, "VIGIL_ACTOR": "tester", "COLUMNS": "200",
            "NO_COLOR": "1"}  # fmt: skip
    result = run_in_process(args, env, cwd)
    if ok and result.code != 0:
        raise AssertionError(f"vigil {' '.join(args)}: {result.out}\n{result.err}")
    return result


def test_keys_backup_and_restore(db_url: str, empty_url: str, tmp_path: Path) -> None:
    out = run(db_url, tmp_path, "init").out
    key_file = Path(Settings(database_url=db_url, keys=None).key_path())
    if not key_file.is_absolute():
        key_file = tmp_path / key_file
    assert f"created the key file {key_file.name}" in out.replace(str(key_file.parent) + "/", "")
    assert "apart from the database" in out
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert "created the key file" not in run(db_url, tmp_path, "init").out
    run(db_url, tmp_path, "person", "add", "--name", "Volha Krumenka", "--health", SECRET)
    run(db_url, tmp_path, "person", "add", "--name", "Ales Testau", "--notes", "n2")
    path = sqlite_path(db_url)
    if path is not None:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert SECRET.encode() not in path.read_bytes()

    listed = run(db_url, tmp_path, "keys", "list", "--format", "json").out
    assert '"restricted_values": 2' in listed
    assert '"audit_values": 2' in listed
    first_key = listed.split('"key": "')[1].split('"')[0]
    material = key_file.read_text().split('"data_keys"')[1].split('"')[3]
    assert material not in listed  # ids and counts, never key material
    rotated = run(db_url, tmp_path, "keys", "rotate").out
    assert "re-encrypted 2 restricted values" in rotated
    assert f"kept old keys {first_key}" in rotated
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert SECRET in run(db_url, tmp_path, "person", "show", "1", "--restricted").out
    shown = run(db_url, tmp_path, "audit", "show", "--target", "person:1", "--format", "json")
    assert SECRET in shown.out  # opened with the key that was kept for the log

    backup = tmp_path / "nightly.backup"
    made = run(db_url, tmp_path, "backup", str(backup)).out
    assert "does not contain the key file" in made
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    refused = run(db_url, tmp_path, "backup", str(backup), ok=False)
    assert refused.code == 4
    assert refused.err.count("\n") == 1

    restored_dir = tmp_path / "restored"
    restored_dir.mkdir()
    os.environ["VIGIL_KEY_FILE"] = str(key_file)  # the restored registry's key file
    try:
        restored = run(empty_url, restored_dir, "restore", str(backup)).out
        assert "2 persons" in restored
        again = run(empty_url, restored_dir, "restore", str(backup), ok=False)
        assert again.code == 4
        assert "not empty" in again.err
        garbage = tmp_path / "garbage.backup"
        garbage.write_bytes(os.urandom(4096))
        bad = run(empty_url, restored_dir, "restore", str(garbage), "--force", ok=False)
        assert bad.code == 2
        assert bad.err.count("\n") == 1
        assert "is not a" in bad.err
        for command in (("audit", "verify"), ("person", "show", "1", "--restricted")):
            assert run(db_url, tmp_path, *command).out == run(empty_url, restored_dir, *command).out
    finally:
        del os.environ["VIGIL_KEY_FILE"]

    # Without the key file: the public side works, restricted reads are one clear line.
    key_file.rename(tmp_path / "offline.keys")
    assert "Volha Krumenka" in run(db_url, tmp_path, "person", "show", "1").out
    missing = run(db_url, tmp_path, "person", "show", "1", "--restricted", ok=False)
    assert missing.code == 5
    assert missing.err.startswith("error: restricted fields need the key file")
    assert missing.err.count("\n") == 1
    # init will not make a second key for a registry whose values need the first one.
    refused = run(db_url, tmp_path, "init", ok=False)
    assert refused.code == 5
    assert "holds values sealed with key" in refused.err
    assert not key_file.exists()


def test_public_site_runs_without_a_key_file(db_url: str, tmp_path: Path) -> None:
    run(db_url, tmp_path, "init")
    run(db_url, tmp_path, "person", "add", "--name", "Volha Krumenka", "--health", SECRET)
    secret = token_for(db_url, "doc", Role.DOCUMENTER)
    settings = Settings(database_url=db_url, keys=None, key_file=tmp_path / "absent.keys")
    for site in serve_app(create_app(settings)):
        for page in ("/", "/persons", "/persons/1", "/api/v1/persons/1", "/stats"):
            response = site.client.get(page)
            assert response.status_code == 200, page
            assert SECRET not in response.text
        staff = site.client.get(
            "/api/v1/staff/persons/1", headers={"authorization": f"Bearer {secret}"}
        )
        assert staff.status_code == 503
        assert "key file" in staff.json()["error"]["message"]
