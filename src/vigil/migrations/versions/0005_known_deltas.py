"""Counts as known on a past day: deltas by (known day, day) and monthly snapshots.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

The snapshots start empty; ``vigil init`` builds them (counts are right without them,
only slower).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_FILL = """
INSERT INTO known_deltas (known_day, day, delta)
SELECT known_day, day, SUM(delta) FROM (
    SELECT known_from AS known_day, start AS day, 1 AS delta
    FROM status_segments WHERE counted
    UNION ALL
    SELECT known_from, "end", -1 FROM status_segments WHERE counted AND "end" IS NOT NULL
    UNION ALL
    SELECT known_until, start, -1 FROM status_segments
    WHERE counted AND known_until IS NOT NULL
    UNION ALL
    SELECT known_until, "end", 1 FROM status_segments
    WHERE counted AND known_until IS NOT NULL AND "end" IS NOT NULL
) AS changes
GROUP BY known_day, day
HAVING SUM(delta) <> 0
"""


def upgrade() -> None:
    for name, first in (("known_deltas", "known_day"), ("known_snapshots", "month")):
        op.create_table(
            name,
            sa.Column(first, sa.Date(), nullable=False),
            sa.Column("day", sa.Date(), nullable=False),
            sa.Column("delta", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint(first, "day", name=op.f(f"pk_{name}")),
        )
    op.execute(_FILL)


def downgrade() -> None:
    op.drop_table("known_snapshots")
    op.drop_table("known_deltas")
