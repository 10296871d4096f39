"""``vigil demo``: a registry of fictional people to explore."""

from __future__ import annotations

from typing import Annotated

import typer


def demo(
    persons: Annotated[int, typer.Option(min=10, max=200_000, help="How many persons")] = 4500,
    seed: Annotated[
        int, typer.Option(help="Random seed; the same seed gives the same registry")
    ] = 7,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="Build it and stop")] = False,
    port: Annotated[
        int, typer.Option(min=1, max=65535, help="Port to serve it on (checked before building)")
    ] = 8000,
) -> None:
    """Build a demo registry of clearly fictional people in the configured database."""
    from vigil.cli.demo_run import run

    run(persons=persons, seed=seed, serve=not no_serve, port=port)
