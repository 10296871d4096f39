"""Daily changes of the count as known now; the partial index written so it is used.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_FILL = """
INSERT INTO count_deltas (day, delta)
SELECT day, SUM(delta) FROM (
    SELECT start AS day, 1 AS delta FROM status_segments
    WHERE known_until IS NULL AND counted
    UNION ALL
    SELECT "end" AS day, -1 AS delta FROM status_segments
    WHERE known_until IS NULL AND counted AND "end" IS NOT NULL
) AS changes
GROUP BY day
"""


def _index(where_sqlite: str, where_pg: str) -> None:
    op.create_index(
        "ix_status_segments_current_counted",
        "status_segments",
        ["start", "end"],
        sqlite_where=sa.text(where_sqlite),
        postgresql_where=sa.text(where_pg),
    )


def upgrade() -> None:
    op.create_table(
        "count_deltas",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_count_deltas")),
    )
    op.execute(_FILL)
    op.drop_index("ix_status_segments_current_counted", table_name="status_segments")
    _index("known_until IS NULL AND counted = 1", "known_until IS NULL AND counted")


def downgrade() -> None:
    op.drop_index("ix_status_segments_current_counted", table_name="status_segments")
    _index("known_until IS NULL AND counted", "known_until IS NULL AND counted")
    op.drop_table("count_deltas")
