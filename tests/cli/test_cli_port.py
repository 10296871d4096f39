"""`vigil serve` and `vigil demo` on a port another program holds: one line, exit 2,
and the demo is refused before it is built."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Cli


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield int(holder.getsockname()[1])


def test_a_busy_port_is_one_line(cli: Cli, busy_port: int) -> None:
    cli("init")
    for command in (["serve"], ["demo", "--persons", "10"]):
        result = cli(*command, "--port", str(busy_port), ok=False)
        assert result.code == 2
        assert result.err == (
            f"error: port {busy_port} on 127.0.0.1 is already in use by another program "
            f"(stop it, or choose another port: --port {busy_port + 1}, "
            f"or PORT={busy_port + 1} make demo)\n"
        )
    assert "[]" in cli("person", "list", "--format", "json").out  # the demo built nothing


def test_make_demo_checks_the_port_before_it_replaces_the_registry(
    busy_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """``make demo`` asks ``port_status`` before removing demo.db: a demo already
    serving keeps its registry."""
    from vigil.cli.serve import port_status

    assert port_status("127.0.0.1", busy_port) == 2
    assert f"error: port {busy_port} on 127.0.0.1 is already in use" in capsys.readouterr().err
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        free = int(probe.getsockname()[1])
    assert port_status("127.0.0.1", free) == 0
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text(encoding="utf-8")
    demo = makefile[makefile.index("\ndemo:") :]
    assert demo.index("port_status") < demo.index("rm -f $(DEMO_DB)")
