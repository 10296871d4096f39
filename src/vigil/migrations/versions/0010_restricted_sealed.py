"""Restricted fields sealed at rest: plaintext values of ``person_restricted`` are
encrypted with the registry's current key (``vigil.store.restricted``).

No column changes: the envelopes are text. The keys come with the engine Vigil passes
in; when it carries none (no key file yet), the rows stay as they are and the first
``vigil init`` with a key file seals them (it runs the same ``reseal`` after migrating).
Rows are read and written in batches, so a large table streams.

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from vigil.auth.keyring import Keyring, KeySource
from vigil.store.db import KEYS_OPTION
from vigil.store.restricted import reseal, unseal

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _ring() -> Keyring | None:
    source: KeySource | None = op.get_bind().get_execution_options().get(KEYS_OPTION)
    return source.load() if source is not None else None


def upgrade() -> None:
    ring = _ring()
    if ring is not None:
        reseal(op.get_bind(), ring, rotate=False)


def downgrade() -> None:
    # Code from before 0010 reads plaintext; without the keys the values stay sealed.
    ring = _ring()
    if ring is not None:
        unseal(op.get_bind(), ring)
