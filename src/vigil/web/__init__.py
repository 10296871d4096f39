"""The web edge: public pages, the JSON API, built by ``create_app(settings)``."""

from vigil.web.app import create_app

__all__ = ["create_app"]
