"""Typed settings, read from ``VIGIL_*`` environment variables.

Pass a ``Settings`` object to whatever needs it; nothing reads the environment twice.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings"]


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without /etc/passwd entry
        return "unknown"


class Settings(BaseSettings):
    """Where the registry lives and who is acting on it."""

    model_config = SettingsConfigDict(env_prefix="VIGIL_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./vigil.db",
        description="SQLAlchemy URL of the registry; SQLite file ./vigil.db by default.",
    )
    actor: str = Field(
        default_factory=_default_actor,
        description="Who is recorded as making changes from the command line.",
    )
    secure_cookies: bool = Field(
        default=False,
        description=(
            "Mark the staff sign-in cookies Secure (sent over HTTPS only). Set it to true "
            "whenever the site is served behind HTTPS; requests that arrive as https get "
            "Secure cookies either way."
        ),
    )
    session_hours: int = Field(
        default=12,
        ge=1,
        le=24 * 30,
        description="How long a staff sign-in lasts before it must be repeated, in hours.",
    )
    key_file: Path | None = Field(
        default=None,
        description=(
            "The key file (restricted fields' encryption keys and the audit key), kept "
            "outside the database. Default: beside the SQLite file (vigil.db.keys), or "
            "./vigil.keys for PostgreSQL. Created with mode 0600 by vigil init."
        ),
    )
    keys: str | None = Field(
        default=None,
        description="The key file's content (JSON), for secrets injected by environment.",
        repr=False,
    )
    withheld_dates: str = Field(
        default="month",
        description=(
            "How precisely the public sees the dates of a person whose name is withheld: "
            "day, month or year."
        ),
    )
    withheld_shows: str = Field(
        default="",
        description=(
            "Details of a person whose name is withheld that the public sees anyway, "
            "comma-separated: gender, birth_year, region, facility, occupation, articles. "
            "None by default."
        ),
    )
    min_cell: int = Field(
        default=5,
        ge=1,
        le=100,
        description=(
            "The smallest count a public table (breakdowns, monthly flows) shows; smaller "
            "ones are suppressed. 1 turns suppression off."
        ),
    )
    public_cache: bool = Field(
        default=True,
        description=(
            "Answer repeated anonymous public GET requests from an in-process cache, "
            "dropped whenever the registry changes; a change shows on public pages within "
            "a second."
        ),
    )

    def key_path(self) -> Path:
        """Where the key file is: ``key_file``, or beside the SQLite file."""
        if self.key_file is not None:
            return self.key_file
        prefix = "sqlite:///"
        if self.database_url.startswith(prefix) and ":memory:" not in self.database_url:
            db = Path(self.database_url[len(prefix) :].split("?", 1)[0])
            return db.with_name(db.name + ".keys")
        return Path("vigil.keys")
