"""Source grading: the credibility of a source's information (1–6) beside the
reliability of the source (A–F), the two halves of the Admiralty code.

``sources.reliability`` held ``unverified`` for every source (nothing could set it); it
now holds a letter A–F once a documenter grades the source, and ``unverified`` until
then, so the sources stored before keep their values (and the tags the audit log states
of them). ``sources.credibility`` is new: NULL until graded. Both are details that can
be corrected: the trigger of 0012 fixes the columns that identify a source (its text,
hash, origin, when and by whom it was stored, and its provenance), and neither grade
column is among them; a change of grade is a ``source.edit`` entry, the source's history.

Revision ID: 0015
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sources", sa.Column("credibility", sa.String(length=1), nullable=True))


def downgrade() -> None:
    op.drop_column("sources", "credibility")
