"""An index on persons.region: the list's region choices are read from it, one seek per
region, instead of a scan of every person on every list page.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_persons_region", "persons", ["region"])


def downgrade() -> None:
    op.drop_index("ix_persons_region", table_name="persons")
