"""``vigil serve``: the public site and JSON API under Uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from vigil.cli.context import engine, settings


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8000,
) -> None:
    """Serve the public pages and the JSON API of the registry."""
    import uvicorn

    from vigil.web import create_app

    engine()  # fails here, with the usual one line, when the registry is not initialised
    typer.echo(f"Vigil on http://{host}:{port}/ (Ctrl+C stops it)")
    uvicorn.run(create_app(settings()), host=host, port=port, log_level="info",
                proxy_headers=False, server_header=False)  # fmt: skip
