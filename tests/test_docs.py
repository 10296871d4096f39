"""The README stays true: its tour runs as written, every command and setting is in it."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.core import TyperGroup

from vigil.cli.app import app
from vigil.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
VIGIL = Path(sys.executable).parent / "vigil"


def _tour() -> list[str]:
    block = README.split("<!-- tour -->", 1)[1].split("<!-- /tour -->", 1)[0]
    return [line for line in block.splitlines() if line.startswith("vigil ")]


@pytest.mark.slow
def test_tour_runs_as_written(tmp_path: Path) -> None:
    env = {**os.environ, "VIGIL_DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}",
           "COLUMNS": "120"}  # fmt: skip
    built = subprocess.run([str(VIGIL), "demo", "--persons", "400", "--no-serve"], env=env,
                           capture_output=True, text=True, check=False)  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert "political prisoners, recognized by Demo Human Rights Centre" in built.stdout
    assert "Demo Memorial Society" in built.stdout  # the other organisation's own count
    commands = _tour()
    assert len(commands) >= 8
    for command in commands:
        args = shlex.split(command)[1:]
        done = subprocess.run([str(VIGIL), *args], env=env, capture_output=True, text=True,
                              check=False)  # fmt: skip
        assert done.returncode == 0, f"{command}: {done.stderr}"
        assert done.stdout.strip(), command


def _commands() -> list[str]:
    root = typer.main.get_command(app)
    assert isinstance(root, TyperGroup)
    names = []
    for name, command in root.commands.items():
        if isinstance(command, TyperGroup):
            names.extend(f"{name} {sub}" for sub in command.commands)
        else:
            names.append(name)
    return sorted(names)


def test_every_command_is_documented() -> None:
    documented = " ".join(re.findall(r"`vigil ([a-z /-]+)", README))
    for name in _commands():
        group, _, sub = name.partition(" ")
        assert re.search(rf"\b{group}\b", documented), name
        if sub:
            rows = [line for line in README.splitlines() if f"`vigil {group} " in line]
            assert any(re.search(rf"[ /]{sub}\b", row.split("|")[1]) for row in rows), name


def test_every_setting_is_documented() -> None:
    for field in Settings.model_fields:
        assert f"VIGIL_{field.upper()}" in README, field
