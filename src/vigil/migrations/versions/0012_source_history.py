"""Sources keep their text, and their details can be corrected.

Until now the database refused every UPDATE of ``sources``. From here it refuses an
UPDATE that changes what identifies a source (its text, hash, origin, provenance, when
and by whom it was stored) and still every DELETE; the details (title, URL, publisher,
published date, language, grade) can be corrected. Every correction is an audit entry
(``source.edit``, the values before and after): that is the source's history, read by
``vigil source history`` and the staff page. No column changes.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

from vigil.store.db import append_only_triggers

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: What never changes once a source is stored.
FIXED = ("id", "content_hash", "text", "origin", "added_at", "added_by")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in (*FIXED, "meta"))
        op.execute("DROP TRIGGER IF EXISTS sources_no_update")
        op.execute(
            f"CREATE TRIGGER sources_no_update BEFORE UPDATE ON sources WHEN {changed} "
            "BEGIN SELECT RAISE(ABORT, 'sources are append-only: their text never changes, "
            "only their details'); END"
        )
    elif dialect == "postgresql":
        changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in FIXED)
        op.execute("DROP TRIGGER IF EXISTS sources_append_only ON sources")
        op.execute(
            "CREATE OR REPLACE FUNCTION vigil_source_fixed() RETURNS trigger AS $$ BEGIN "
            "IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'sources are append-only'; END IF; "
            f"IF {changed} OR NEW.meta::text IS DISTINCT FROM OLD.meta::text THEN "
            "RAISE EXCEPTION 'sources are append-only: their text never changes, only "
            "their details'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER sources_append_only BEFORE UPDATE OR DELETE ON sources "
            "FOR EACH ROW EXECUTE FUNCTION vigil_source_fixed()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sources_no_update")
        op.execute(
            "CREATE TRIGGER sources_no_update BEFORE UPDATE ON sources "
            "BEGIN SELECT RAISE(ABORT, 'sources are append-only'); END"
        )
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS sources_append_only ON sources")
        op.execute("DROP FUNCTION IF EXISTS vigil_source_fixed()")
        for statement in append_only_triggers(dialect, ("sources",)):
            op.execute(statement)
