"""server column widths: HLC stamps are 59 characters (15-digit milliseconds, a 6-digit
counter, the 36-character site UUID), wider than the String(40) they were declared
in. SQLite never enforces a declared length, so on SQLite this revision changes
nothing (a batch alter would copy every table of a million-row database); on a server
(PostgreSQL) the columns are widened in place.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 21:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP_WIDTH = 64
_STAMP_COLUMNS = ("hlc",)


def _stamp_columns() -> list[tuple[str, str]]:
    """(table, column) of every HLC stamp column of this database."""
    inspector = sa.inspect(op.get_bind())
    return [
        (table, column["name"])
        for table in inspector.get_table_names()
        for column in inspector.get_columns(table)
        if column["name"] in _STAMP_COLUMNS
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in _stamp_columns():
        op.alter_column(table, column, type_=sa.String(STAMP_WIDTH), existing_type=sa.String(40))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in _stamp_columns():
        op.alter_column(table, column, type_=sa.String(40), existing_type=sa.String(STAMP_WIDTH))
