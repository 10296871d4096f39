"""Recognition per organisation.

Status segments keep the organisations recognizing a person (``recognized_by``); the
``registry_settings`` table keeps whose recognitions the cached counts count (the
headline, ``VIGIL_HEADLINE``). No event changes: a recognition has always named its
organisation. The segments are a cache of the fold: the first time the registry is
opened after this migration, no headline is stored yet, so every person's segments
are rebuilt (``vigil.store.headline.follow``), filling ``recognized_by``. With the
default headline (any organisation) a registry whose recognitions come from one
organisation counts exactly as before.

Revision ID: 0014
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("status_segments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recognized_by", sa.String(length=400), nullable=False, server_default="")
        )
    op.create_table(
        "registry_settings",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_registry_settings")),
    )


def downgrade() -> None:
    op.drop_table("registry_settings")
    with op.batch_alter_table("status_segments", schema=None) as batch_op:
        batch_op.drop_column("recognized_by")
