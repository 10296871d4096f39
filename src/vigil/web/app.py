"""``create_app(settings)``: the FastAPI application of the public site and API.

Nothing here reads the environment: the settings come in, the engine is made from
them, and the routers only call the concern packages (``store``, ``stats``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

import vigil
from vigil.publish import PublicationPolicy, RedactorCache
from vigil.settings import Settings
from vigil.store.db import make_engine
from vigil.web.admission import Admission
from vigil.web.api import cases as cases_api
from vigil.web.api import manual as manual_api
from vigil.web.api import records, staff_sources, stats
from vigil.web.api import staff as staff_api
from vigil.web.api import staff_cases as staff_cases_api
from vigil.web.cache import PublicCache
from vigil.web.edge import EdgeMiddleware, install_error_handlers
from vigil.web.forwarded import ForwardedMiddleware
from vigil.web.pages import cases as cases_page
from vigil.web.pages import (
    home,
    persons,
    sources,
    staff_auth,
    staff_cases,
    staff_history,
    staff_ingest,
    staff_manual,
    staff_mfa,
    staff_persons,
    staff_records,
    staff_review,
    staff_source_details,
    staff_users,
)
from vigil.web.pages import stats as stats_page
from vigil.web.render import error_page
from vigil.web.security import install_security

__all__ = ["create_app"]

STATIC = Path(__file__).resolve().parent / "static"


def create_app(settings: Settings) -> FastAPI:
    """The application for the registry named by ``settings``."""
    # The keys are read only when a change is audited or a staff view opens a
    # restricted field.
    engine = make_engine(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(
        title="Vigil",
        summary="Public API of a registry of political prisoners",
        description=(
            "Counts, persons, events, sources and figures. Public fields only; a person "
            "whose name is withheld appears as 'name withheld'. Every error has the shape "
            '`{"error": {"code", "message", "hint"}}`.'
        ),
        version=getattr(vigil, "__version__", "0.1.0"),
        docs_url=None,  # the interactive docs load scripts from elsewhere: CSP forbids it
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.settings = settings
    app.state.policy = PublicationPolicy.parse(
        settings.withheld_dates, settings.withheld_shows, settings.min_cell
    )
    app.state.redactors = RedactorCache()
    install_error_handlers(app, error_page)
    install_security(app)
    # The last added runs first: the client and scheme behind trusted proxies, the edge
    # (security headers), the cache, then the door.
    app.add_middleware(Admission)
    if settings.public_cache:
        app.add_middleware(PublicCache, engine=engine)
    app.add_middleware(EdgeMiddleware, page=error_page)
    app.add_middleware(ForwardedMiddleware, trusted=settings.trusted_networks())
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for router in (home.router, persons.router, cases_page.router, stats_page.router,
                   sources.router):  # fmt: skip
        app.include_router(router)
    app.include_router(staff_auth.router)
    app.include_router(staff_mfa.router)
    app.include_router(staff_users.router)
    for router in (staff_ingest.router, staff_review.router, staff_persons.router,
                   staff_manual.router, staff_records.router, staff_history.router,
                   staff_source_details.router, staff_cases.router):  # fmt: skip
        app.include_router(router)
    app.include_router(records.router)
    app.include_router(cases_api.router)
    app.include_router(stats.router)
    app.include_router(staff_api.router)
    app.include_router(manual_api.router)
    app.include_router(staff_sources.router)
    app.include_router(staff_cases_api.router)
    return app
