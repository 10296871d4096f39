"""`vigil serve` and `vigil demo` on a port another program holds: one line, exit 2,
and the demo is refused before it is built."""

from __future__ import annotations

import socket
from collections.abc import Iterator

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
