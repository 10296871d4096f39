"""Claim fingerprints and review decisions, for ingestion and review.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Adding a column is not an UPDATE of rows, so the append-only triggers allow it.


def upgrade() -> None:
    with op.batch_alter_table("claims", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("fingerprint", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_claims_fingerprint"), ["fingerprint"], unique=False)
    with op.batch_alter_table("claim_reviews", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("decision", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claim_reviews", recreate="never") as batch_op:
        batch_op.drop_column("decision")
    with op.batch_alter_table("claims", recreate="never") as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_fingerprint"))
        batch_op.drop_column("fingerprint")
