"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25

Also installs the triggers that make append-only tables refuse UPDATE and DELETE.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from vigil.store.db import append_only_triggers

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "facilities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("postal_address", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facilities")),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gender", sa.String(length=16), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_precision", sa.String(length=8), nullable=True),
        sa.Column("birth_estimate", sa.Boolean(), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("occupation", sa.String(length=200), nullable=True),
        sa.Column("name_withheld", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("publisher", sa.String(length=300), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("reliability", sa.String(length=16), nullable=False),
        sa.Column("connection", sa.String(length=32), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_sources_content_hash")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("articles", sa.JSON(), nullable=False),
        sa.Column("activity", sa.Text(), nullable=True),
        sa.Column("court", sa.String(length=300), nullable=True),
        sa.Column("judge", sa.String(length=300), nullable=True),
        sa.Column("verdict", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_cases_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_person_id"), ["person_id"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("extractor", sa.String(length=64), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_claims_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_source_id"), ["source_id"], unique=False)

    op.create_table(
        "facility_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("facility_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("norm", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"],
            ["facilities.id"],
            name=op.f("fk_facility_names_facility_id_facilities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facility_names")),
    )
    with op.batch_alter_table("facility_names", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_facility_names_facility_id"), ["facility_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_facility_names_norm"), ["norm"], unique=False)

    op.create_table(
        "person_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("norm", sa.String(length=300), nullable=False),
        sa.Column("script", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("system", sa.String(length=32), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_person_names_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_names")),
        sa.UniqueConstraint("person_id", "text", name="uq_person_names_person_text"),
    )
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_names_norm"), ["norm"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_names_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_restricted",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("health", sa.Text(), nullable=True),
        sa.Column("family_contacts", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_person_restricted_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_person_restricted")),
    )
    op.create_table(
        "status_segments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("known_from", sa.Date(), nullable=False),
        sa.Column("known_until", sa.Date(), nullable=True),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("custody", sa.String(length=16), nullable=False),
        sa.Column("counted", sa.Boolean(), nullable=False),
        sa.Column("recognized", sa.Boolean(), nullable=False),
        sa.Column("incommunicado", sa.Boolean(), nullable=False),
        sa.Column("facility_id", sa.Integer(), nullable=True),
        sa.Column("articles", sa.String(length=400), nullable=False),
        sa.Column("case_ids", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["facility_id"],
            ["facilities.id"],
            name=op.f("fk_status_segments_facility_id_facilities"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_status_segments_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_segments")),
    )
    with op.batch_alter_table("status_segments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_status_segments_current_counted",
            ["start", "end"],
            unique=False,
            sqlite_where=sa.text("known_until IS NULL AND counted"),
            postgresql_where=sa.text("known_until IS NULL AND counted"),
        )
        batch_op.create_index(
            "ix_status_segments_known",
            ["counted", "known_from", "known_until", "start"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_status_segments_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "claim_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("by", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("bulk", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_reviews_claim_id_claims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_reviews")),
    )
    with op.batch_alter_table("claim_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_reviews_claim_id"), ["claim_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("date_precision", sa.String(length=8), nullable=False),
        sa.Column("date_estimate", sa.Boolean(), nullable=False),
        sa.Column("facility_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("supersedes", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_events_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["facility_id"], ["facilities.id"], name=op.f("fk_events_facility_id_facilities")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_events_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes"], ["events.id"], name=op.f("fk_events_supersedes_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("supersedes", name=op.f("uq_events_supersedes")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_person_id"), ["person_id"], unique=False)

    op.create_table(
        "figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("qualifier", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=True),
        sa.Column("as_of_precision", sa.String(length=8), nullable=True),
        sa.Column("as_of_estimate", sa.Boolean(), nullable=False),
        sa.Column("breakdown", sa.JSON(), nullable=False),
        sa.Column("attributed_to", sa.String(length=300), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_figures_claim_id_claims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figures")),
    )
    op.create_table(
        "event_claims",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_event_claims_claim_id_claims")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_claims_event_id_events")
        ),
        sa.PrimaryKeyConstraint("event_id", "claim_id", name=op.f("pk_event_claims")),
    )
    with op.batch_alter_table("event_claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_claims_claim_id"), ["claim_id"], unique=False)

    op.create_table(
        "status_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("related_event_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_status_conflicts_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_status_conflicts_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["related_event_id"],
            ["events.id"],
            name=op.f("fk_status_conflicts_related_event_id_events"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_conflicts")),
    )
    with op.batch_alter_table("status_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_conflicts_person_id"), ["person_id"], unique=False
        )

    tables = ("sources", "claims", "claim_reviews", "events", "event_claims")
    for statement in append_only_triggers(op.get_bind().dialect.name, tables):
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table("status_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_conflicts_person_id"))

    op.drop_table("status_conflicts")
    with op.batch_alter_table("event_claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_claims_claim_id"))

    op.drop_table("event_claims")
    op.drop_table("figures")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_person_id"))

    op.drop_table("events")
    with op.batch_alter_table("claim_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_reviews_claim_id"))

    op.drop_table("claim_reviews")
    with op.batch_alter_table("status_segments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_segments_person_id"))
        batch_op.drop_index("ix_status_segments_known")
        batch_op.drop_index(
            "ix_status_segments_current_counted",
            sqlite_where=sa.text("known_until IS NULL AND counted"),
            postgresql_where=sa.text("known_until IS NULL AND counted"),
        )

    op.drop_table("status_segments")
    op.drop_table("person_restricted")
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_names_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_names_norm"))

    op.drop_table("person_names")
    with op.batch_alter_table("facility_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_facility_names_norm"))
        batch_op.drop_index(batch_op.f("ix_facility_names_facility_id"))

    op.drop_table("facility_names")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_source_id"))

    op.drop_table("claims")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_person_id"))

    op.drop_table("cases")
    op.drop_table("sources")
    op.drop_table("persons")
    op.drop_table("facilities")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS vigil_append_only()")
