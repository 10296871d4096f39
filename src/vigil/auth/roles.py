"""The four staff roles, each able to do everything the ones below it can.

``can`` is the one comparison; the web's ``require`` and the CLI both go through it.
"""

from __future__ import annotations

from enum import IntEnum

from vigil.errors import InvalidInput

__all__ = ["Role", "can"]


class Role(IntEnum):
    """A staff member's role; stored by its lowercase name."""

    VIEWER = 1  # reads the workspace and review queue, never restricted fields
    DOCUMENTER = 2  # reads restricted fields, ingests, reviews claims, fixes records
    EDITOR = 3  # approves publication, merges persons
    ADMIN = 4  # manages users and tokens

    @property
    def label(self) -> str:
        """The stored and printed name: ``viewer``, ``documenter``, ``editor``, ``admin``."""
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Role:
        """The role named by ``text`` (any case)."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            choices = ", ".join(r.label for r in cls)
            raise InvalidInput(
                f"there is no role {text!r}", hint=f"use one of: {choices}"
            ) from None


def can(role: Role, needed: Role) -> bool:
    """Whether someone with ``role`` may do what needs ``needed``."""
    return role >= needed
