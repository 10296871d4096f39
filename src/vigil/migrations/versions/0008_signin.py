"""Sign-in: the second factor (TOTP secrets sealed, recovery codes hashed), sessions that
await a code, and failed sign-ins counted in the database.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not batch mode: plain ADD COLUMN works on both databases and keeps SQLite triggers.
    op.add_column("users", sa.Column("totp_secret", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("totp_pending", sa.Text(), nullable=True))
    op.add_column("users", sa.Column("totp_enabled_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("users", sa.Column("totp_last_step", sa.BigInteger(), nullable=True))
    op.add_column(
        "web_sessions",
        sa.Column("awaiting_code", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "web_sessions",
        sa.Column("code_attempts", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "recovery_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_recovery_codes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recovery_codes")),
    )
    op.create_index(op.f("ix_recovery_codes_user_id"), "recovery_codes", ["user_id"])
    op.create_table(
        "signin_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signin_failures")),
    )
    op.create_index("ix_signin_failures_lookup", "signin_failures", ["scope", "key", "at"])
    op.create_index("ix_signin_failures_at", "signin_failures", ["at"])


def downgrade() -> None:
    op.drop_index("ix_signin_failures_at", table_name="signin_failures")
    op.drop_index("ix_signin_failures_lookup", table_name="signin_failures")
    op.drop_table("signin_failures")
    op.drop_index(op.f("ix_recovery_codes_user_id"), table_name="recovery_codes")
    op.drop_table("recovery_codes")
    for column in ("code_attempts", "awaiting_code"):
        op.drop_column("web_sessions", column)
    for column in ("totp_last_step", "totp_enabled_at", "totp_pending", "totp_secret"):
        op.drop_column("users", column)
