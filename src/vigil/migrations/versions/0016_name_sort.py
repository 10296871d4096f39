"""Lists sorted by surname: ``person_names.sort_key``, the search form of a name with
its surname first ("Ales Bialiatski" as "bialiatski ales"), indexed so the public list
walks names in that order as it walked ``norm``. Existing names get theirs here, in
batches; the code sets it for every name it writes (``vigil.names.sort_key``).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_BATCH = 1000
# vigil.names.sort_key as it is today: a migration never changes with the code.
_PATRONYMIC = re.compile(
    r"(вич|віч|вна|ична|ауна|еуна|ич|іч|vich|vic|ovna|evna|avna|ivna|ichna|icna|auna|euna|ich)$"
)


def _sort_key(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() or c in " -" else " " for c in bare.casefold()).split()
    if len(words) < 2:
        return " ".join(words)

    def patronymic(word: str) -> bool:
        return len(word) > 4 and _PATRONYMIC.search(word) is not None

    if len(words) >= 3 and patronymic(words[-1]) and not patronymic(words[-2]):
        return " ".join(words)
    return " ".join([words[-1], *words[:-1]])


def upgrade() -> None:
    op.add_column("person_names", sa.Column("sort_key", sa.String(length=300), nullable=True))
    conn = op.get_bind()
    names = sa.table(
        "person_names", sa.column("id", sa.Integer), sa.column("text", sa.String),
        sa.column("sort_key", sa.String),
    )  # fmt: skip
    after = 0
    while True:
        rows = conn.execute(
            sa.select(names.c.id, names.c.text)
            .where(names.c.id > after)
            .order_by(names.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        conn.execute(
            sa.update(names).where(names.c.id == sa.bindparam("row_id")),
            [{"row_id": r.id, "sort_key": _sort_key(r.text)} for r in rows],
        )
        after = rows[-1].id
    op.create_index(op.f("ix_person_names_sort_key"), "person_names", ["sort_key"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_person_names_sort_key"), table_name="person_names")
    op.drop_column("person_names", "sort_key")
