"""Typed settings, read from ``VIGIL_*`` environment variables.

Pass a ``Settings`` object to whatever needs it; nothing reads the environment twice.
"""

from __future__ import annotations

import getpass
import ipaddress
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from vigil.status.recognition import Headline

__all__ = ["Network", "Settings", "parse_networks"]

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(text: str) -> tuple[Network, ...]:
    """Comma-separated addresses and CIDR blocks (``10.0.0.1, 172.16.0.0/12, ::1``)."""
    networks = []
    for item in text.split(","):
        if item.strip():
            try:
                networks.append(ipaddress.ip_network(item.strip(), strict=False))
            except ValueError:
                raise ValueError(
                    f"{item.strip()!r} is not an address or a CIDR block (e.g. 10.0.0.0/8)"
                ) from None
    return tuple(networks)


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
    public_url: str = Field(
        default="http://127.0.0.1:8000",
        description=(
            "The public site's address, for the absolute links in exports made from the "
            "command line (the site's own downloads use the address they were asked at)."
        ),
    )
    trusted_proxies: str = Field(
        default="",
        description=(
            "Comma-separated addresses or CIDR blocks of the reverse proxies in front of "
            "Vigil. Only a request whose peer is one of them has its X-Forwarded-For "
            "(the rightmost address that is not a trusted proxy is the client), "
            "X-Forwarded-Proto and X-Forwarded-Host believed. Empty: none is."
        ),
    )
    fictional: bool = Field(
        default=False,
        description=(
            "Say on every page that the people, places and sources are fictional (the "
            "demo registry turns it on)."
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

    headline: str | None = Field(
        default=None,
        description=(
            "Whose recognitions the headline count counts: any (any organisation), one "
            "organisation's name (Viasna), any of a set (any:Viasna,Memorial) or all of a "
            "set (all:Viasna,Memorial). Unset: the one the registry keeps (any, unless "
            "the demo or an earlier setting stored another). Changing it rebuilds the "
            "status cache once."
        ),
    )

    @field_validator("headline")
    @classmethod
    def _valid_headline(cls, value: str | None) -> str | None:
        from vigil.status.recognition import Headline

        if value is not None:
            Headline.parse(value)
        return value

    def headline_rule(self) -> Headline | None:
        """``headline`` parsed; None when unset."""
        from vigil.status.recognition import Headline

        return None if self.headline is None else Headline.parse(self.headline)

    @field_validator("trusted_proxies")
    @classmethod
    def _valid_networks(cls, value: str) -> str:
        parse_networks(value)
        return value

    def trusted_networks(self) -> tuple[Network, ...]:
        """``trusted_proxies`` parsed."""
        return parse_networks(self.trusted_proxies)

    def key_path(self) -> Path:
        """Where the key file is: ``key_file``, or beside the SQLite file."""
        if self.key_file is not None:
            return self.key_file
        prefix = "sqlite:///"
        if self.database_url.startswith(prefix) and ":memory:" not in self.database_url:
            db = Path(self.database_url[len(prefix) :].split("?", 1)[0])
            return db.with_name(db.name + ".keys")
        return Path("vigil.keys")
