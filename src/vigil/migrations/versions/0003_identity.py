"""Name keys for cross-script candidates; merge and split decisions on persons.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from vigil.store.db import append_only_triggers

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_name_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["name_id"], ["person_names.id"],
            name=op.f("fk_person_name_keys_name_id_person_names"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_person_name_keys_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_name_keys")),
    )  # fmt: skip
    op.create_index(op.f("ix_person_name_keys_key"), "person_name_keys", ["key"])
    op.create_index(op.f("ix_person_name_keys_name_id"), "person_name_keys", ["name_id"])
    op.create_table(
        "person_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=True),
        sa.Column("other_id", sa.Integer(), nullable=True),
        sa.Column("event_ids", sa.JSON(), nullable=False),
        sa.Column("undoes", sa.Integer(), nullable=True),
        sa.Column("matcher", sa.String(length=40), nullable=True),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["persons.id"], name=op.f("fk_person_links_kept_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["other_id"], ["persons.id"], name=op.f("fk_person_links_other_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["undoes"], ["person_links.id"], name=op.f("fk_person_links_undoes_person_links")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_links")),
    )
    for statement in append_only_triggers(op.get_bind().dialect.name, ("person_links",)):
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("person_links")
    op.drop_index(op.f("ix_person_name_keys_name_id"), table_name="person_name_keys")
    op.drop_index(op.f("ix_person_name_keys_key"), table_name="person_name_keys")
    op.drop_table("person_name_keys")
