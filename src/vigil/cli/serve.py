"""``vigil serve``: the public site and JSON API under Uvicorn."""

from __future__ import annotations

import errno
import socket
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from vigil.cli.context import engine, settings
from vigil.errors import InvalidInput

if TYPE_CHECKING:
    from fastapi import FastAPI


def app_factory() -> FastAPI:
    """The app for the settings in the environment: what each worker process builds."""
    from vigil.web import create_app

    return create_app(settings())


def ensure_port_free(host: str, port: int) -> None:
    """Refuse, in one line, a port another program already listens on (before a demo is
    built or a server starts), rather than let the server fail with a traceback."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise InvalidInput(
                    f"port {port} on {host} is already in use by another program",
                    hint=f"stop it, or choose another port: --port {port + 1}, "
                    f"or PORT={port + 1} make demo",
                ) from None
            raise InvalidInput(
                f"cannot listen on {host}:{port}: {exc.strerror or exc}",
                hint="check --host and --port",
            ) from None


def port_status(host: str, port: int) -> int:
    """``make demo``'s check before it replaces the demo registry: 0 when ``port`` is
    free, else the one-line error and 2 (a running demo keeps its registry)."""
    try:
        ensure_port_free(host, port)
    except InvalidInput as exc:
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return 2
    return 0


PORT_HELP = "Port to listen on"


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help=PORT_HELP)] = 8000,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Server processes; about one per CPU core on a busy public site",
        ),
    ] = 1,
) -> None:
    """Serve the public pages and the JSON API of the registry."""
    import uvicorn

    engine()  # fails here, with the usual one line, when the registry is not initialised
    ensure_port_free(host, port)
    typer.echo(f"Vigil on http://{host}:{port}/ (Ctrl+C stops it)")
    options: dict[str, Any] = {"host": host, "port": port, "log_level": "info",
                               "proxy_headers": False, "server_header": False}  # fmt: skip
    if workers == 1:
        uvicorn.run(app_factory(), **options)
    else:  # each worker builds the app itself, from the same environment
        uvicorn.run("vigil.cli.serve:app_factory", factory=True, workers=workers, **options)
