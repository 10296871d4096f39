"""``vigil person edit`` changes the fields it is given and no other; a withheld name is
published only by ``vigil person publish-name`` with a reason."""

from __future__ import annotations

import json

from tests.conftest import Cli


def _show(cli: Cli) -> dict[str, object]:
    shown: dict[str, object] = json.loads(
        cli("person", "show", "1", "--restricted", "--format", "json").out
    )[0]
    return shown


def test_edit_changes_what_it_is_given(cli: Cli) -> None:
    cli("init")
    cli("person", "add", "--name", "Wmarker Hiddenava", "--gender", "female", "--born", "1984",
        "--region", "Minsk", "--occupation", "teacher", "--withhold-name",
        "--notes", "n1", "--health", "h1", "--family-contacts", "f1")  # fmt: skip
    done = cli("person", "edit", "1", "--occupation", "x")
    assert "changed occupation" in done.out
    shown = _show(cli)
    assert shown["occupation"] == "x"
    assert shown["born"] == "1984"
    assert shown["region"] == "Minsk"
    assert shown["gender"] == "female"
    assert shown["name_withheld"] is True
    assert shown["restricted"] == {"notes": "n1", "health": "h1", "family_contacts": "f1"}

    cli("person", "edit", "1", "--clear", "health", "--clear", "born")
    shown = _show(cli)
    assert shown["born"] is None
    assert shown["restricted"] == {"notes": "n1", "health": None, "family_contacts": "f1"}
    both = cli("person", "edit", "1", "--region", "Brest", "--clear", "region", ok=False)
    assert both.code == 2
    assert "both given and cleared" in both.err
    nothing = cli("person", "edit", "1", ok=False)
    assert "nothing to change" in nothing.err


def test_publish_name_needs_a_reason(cli: Cli) -> None:
    cli("init")
    cli("person", "add", "--name", "Ales Testau")
    cli("person", "edit", "1", "--withhold-name")
    assert _show(cli)["name_withheld"] is True
    bare = cli("person", "publish-name", "1", ok=False)
    assert bare.code == 2
    assert "publishing a withheld name needs a reason" in bare.err
    assert _show(cli)["name_withheld"] is True
    cli("person", "publish-name", "1", "--reason", "he asked to be named")
    assert _show(cli)["name_withheld"] is False
    again = cli("person", "publish-name", "1", "--reason", "again", ok=False)
    assert again.code == 4
    log = json.loads(cli("audit", "show", "--format", "json").out)
    published = [e for e in log if e["action"] == "person.publish_name"]
    assert len(published) == 1
    assert published[0]["after"]["reason"] == "he asked to be named"
