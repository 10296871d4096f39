"""Cases with any number of defendants; courts and judges as named records.

A case held one person (``cases.person_id``) and its court, judge and verdict as text.
Now its defendants are rows of ``case_defendants`` (each with a verdict and an appeal),
its hearings rows of ``case_hearings``, and its court and judge point at ``courts`` and
``judges``. Existing cases keep their person (as the only defendant), their verdict text
(as that defendant's verdict note), and their court and judge (as named records).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _norm(text: str) -> str:
    # vigil.model.search_key as it is today: a migration never changes with the code.
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    kept = "".join(c if c.isalnum() or c in " -" else " " for c in bare.casefold())
    return " ".join(kept.split())


def _named(conn: sa.Connection, table: str, name: str | None, made: dict[str, int]) -> int | None:
    clean = " ".join((name or "").split())
    if not clean:
        return None
    key = _norm(clean)
    if key not in made:
        made[key] = conn.execute(
            sa.text(f"INSERT INTO {table} (name, norm) VALUES (:n, :k) RETURNING id"),
            {"n": clean, "k": key},
        ).scalar_one()
    return made[key]


def upgrade() -> None:
    op.create_table(
        "courts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("norm", sa.String(length=300), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courts")),
        sa.UniqueConstraint("norm", name=op.f("uq_courts_norm")),
    )
    op.create_table(
        "judges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("norm", sa.String(length=300), nullable=False),
        sa.Column("court_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["court_id"], ["courts.id"], name=op.f("fk_judges_court_id_courts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judges")),
        sa.UniqueConstraint("norm", name=op.f("uq_judges_norm")),
    )
    op.create_table(
        "case_defendants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("verdict_date", sa.Date(), nullable=True),
        sa.Column("verdict_precision", sa.String(length=8), nullable=True),
        sa.Column("verdict_estimate", sa.Boolean(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("regime", sa.String(length=32), nullable=True),
        sa.Column("verdict_note", sa.Text(), nullable=True),
        sa.Column("appeal", sa.String(length=16), nullable=True),
        sa.Column("appeal_date", sa.Date(), nullable=True),
        sa.Column("appeal_precision", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_defendants_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_case_defendants_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_defendants")),
        sa.UniqueConstraint("case_id", "person_id", name="uq_case_defendants_case_person"),
    )
    op.create_index(
        op.f("ix_case_defendants_person_id"), "case_defendants", ["person_id"], unique=False
    )
    op.create_table(
        "case_hearings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("precision", sa.String(length=8), nullable=False),
        sa.Column("estimate", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_hearings_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_hearings")),
    )
    op.create_index(op.f("ix_case_hearings_case_id"), "case_hearings", ["case_id"], unique=False)
    with op.batch_alter_table("cases", schema=None) as batch:
        batch.add_column(sa.Column("title", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("court_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("judge_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prosecutor", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("created_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("created_by", sa.String(length=100), nullable=True))

    conn = op.get_bind()
    made_courts: dict[str, int] = {}
    made_judges: dict[str, int] = {}
    old = conn.execute(sa.text("SELECT id, person_id, court, judge, verdict FROM cases")).all()
    for r in old:
        conn.execute(
            sa.text(
                "UPDATE cases SET title = :t, court_id = :c, judge_id = :j WHERE id = :id"
            ),
            {"t": f"Case {r.id}", "c": _named(conn, "courts", r.court, made_courts),
             "j": _named(conn, "judges", r.judge, made_judges), "id": r.id},
        )  # fmt: skip
        conn.execute(
            sa.text(
                "INSERT INTO case_defendants (case_id, person_id, verdict_estimate, "
                "verdict_note) VALUES (:c, :p, :e, :v)"
            ),
            {"c": r.id, "p": r.person_id, "e": False, "v": r.verdict},
        )

    with op.batch_alter_table("cases", schema=None) as batch:
        batch.alter_column("title", existing_type=sa.String(length=300), nullable=False)
        batch.drop_index(batch.f("ix_cases_person_id"))
        batch.drop_constraint(batch.f("fk_cases_person_id_persons"), type_="foreignkey")
        batch.drop_column("person_id")
        batch.drop_column("court")
        batch.drop_column("judge")
        batch.drop_column("verdict")
        batch.create_foreign_key(
            batch.f("fk_cases_court_id_courts"), "courts", ["court_id"], ["id"]
        )
        batch.create_foreign_key(
            batch.f("fk_cases_judge_id_judges"), "judges", ["judge_id"], ["id"]
        )
        batch.create_index(batch.f("ix_cases_court_id"), ["court_id"], unique=False)
        batch.create_index(batch.f("ix_cases_judge_id"), ["judge_id"], unique=False)


def downgrade() -> None:
    # Back to one person per case: each case keeps its first defendant.
    with op.batch_alter_table("cases", schema=None) as batch:
        batch.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("court", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("judge", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("verdict", sa.Text(), nullable=True))
    conn = op.get_bind()
    conn.execute(
        sa.text(
            "UPDATE cases SET "
            "person_id = (SELECT d.person_id FROM case_defendants d WHERE d.case_id = cases.id "
            "ORDER BY d.id LIMIT 1), "
            "verdict = (SELECT d.verdict_note FROM case_defendants d WHERE d.case_id = cases.id "
            "ORDER BY d.id LIMIT 1), "
            "court = (SELECT c.name FROM courts c WHERE c.id = cases.court_id), "
            "judge = (SELECT j.name FROM judges j WHERE j.id = cases.judge_id)"
        )
    )
    conn.execute(sa.text("UPDATE events SET case_id = NULL WHERE case_id IN "
                         "(SELECT id FROM cases WHERE person_id IS NULL)"))  # fmt: skip
    conn.execute(sa.text("DELETE FROM cases WHERE person_id IS NULL"))
    with op.batch_alter_table("cases", schema=None) as batch:
        batch.alter_column("person_id", existing_type=sa.Integer(), nullable=False)
        batch.drop_index(batch.f("ix_cases_judge_id"))
        batch.drop_index(batch.f("ix_cases_court_id"))
        batch.drop_constraint(batch.f("fk_cases_judge_id_judges"), type_="foreignkey")
        batch.drop_constraint(batch.f("fk_cases_court_id_courts"), type_="foreignkey")
        for column in ("title", "court_id", "judge_id", "prosecutor", "created_at", "created_by"):
            batch.drop_column(column)
        batch.create_foreign_key(
            batch.f("fk_cases_person_id_persons"), "persons", ["person_id"], ["id"]
        )
        batch.create_index(batch.f("ix_cases_person_id"), ["person_id"], unique=False)
    op.drop_index(op.f("ix_case_hearings_case_id"), table_name="case_hearings")
    op.drop_table("case_hearings")
    op.drop_index(op.f("ix_case_defendants_person_id"), table_name="case_defendants")
    op.drop_table("case_defendants")
    op.drop_table("judges")
    op.drop_table("courts")
