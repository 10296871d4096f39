"""The keyed audit chain: a scheme per entry, the state it states, and audit_records.

Entries written before this revision keep their plain SHA-256 hashes (``scheme`` NULL);
the log is append-only, so nothing is re-chained. New entries are HMAC-SHA256 under the
audit key of the key file, and say what the records they touched looked like after the
change (``audit_records``), so ``vigil audit verify`` can replay the log against the
registry.

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from vigil.store.db import append_only_triggers

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # Not batch mode: copying the table would drop its append-only triggers on SQLite.
    op.add_column("audit_log", sa.Column("scheme", sa.String(length=16), nullable=True))
    op.add_column("audit_log", sa.Column("state", sa.JSON(), nullable=True))
    op.create_table(
        "audit_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("rid", sa.Integer(), nullable=False),
        sa.Column("tags", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_records")),
        sa.UniqueConstraint("entry_id", "kind", "rid", name="uq_audit_records_entry_kind_rid"),
    )
    op.create_index("ix_audit_records_kind_rid", "audit_records", ["kind", "rid", "entry_id"])
    for statement in append_only_triggers(dialect, ("audit_records",)):
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("audit_records")
    op.drop_column("audit_log", "state")
    op.drop_column("audit_log", "scheme")
