"""Corroboration: a figure may rest on several claims (``figure_claims``, append-only).

An event already rests on several claims through ``event_claims``; a second report of a
known event adds a row there. A figure kept one claim in ``figures.claim_id``; the
further reports of the same statement go here.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from vigil.store.db import append_only_triggers

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "figure_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("figure_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["figure_id"], ["figures.id"], name=op.f("fk_figure_claims_figure_id_figures")
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_figure_claims_claim_id_claims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figure_claims")),
        sa.UniqueConstraint("figure_id", "claim_id", name="uq_figure_claims_figure_claim"),
    )
    op.create_index(op.f("ix_figure_claims_figure_id"), "figure_claims", ["figure_id"])
    op.create_index(op.f("ix_figure_claims_claim_id"), "figure_claims", ["claim_id"])
    for statement in append_only_triggers(op.get_bind().dialect.name, ("figure_claims",)):
        op.execute(statement)


def downgrade() -> None:
    op.drop_index(op.f("ix_figure_claims_claim_id"), table_name="figure_claims")
    op.drop_index(op.f("ix_figure_claims_figure_id"), table_name="figure_claims")
    op.drop_table("figure_claims")
