"""``vigil serve``: the public site and JSON API under Uvicorn."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from vigil.cli.context import engine, settings

if TYPE_CHECKING:
    from fastapi import FastAPI


def app_factory() -> FastAPI:
    """The app for the settings in the environment: what each worker process builds."""
    from vigil.web import create_app

    return create_app(settings())


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8000,
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
    typer.echo(f"Vigil on http://{host}:{port}/ (Ctrl+C stops it)")
    options: dict[str, Any] = {"host": host, "port": port, "log_level": "info",
                               "proxy_headers": False, "server_header": False}  # fmt: skip
    if workers == 1:
        uvicorn.run(app_factory(), **options)
    else:  # each worker builds the app itself, from the same environment
        uvicorn.run("vigil.cli.serve:app_factory", factory=True, workers=workers, **options)
