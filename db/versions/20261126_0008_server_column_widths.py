"""server column widths and deferrable foreign keys.

HLC stamps are 59 characters (15-digit milliseconds, a 6-digit counter, the
36-character site UUID), wider than the String(40) they were declared in. SQLite never
enforces a declared length, so on SQLite this revision changes nothing (a batch alter
would copy every table of a million-row database); on a server (PostgreSQL) the columns
are widened in place.

A sync import defers its foreign keys to COMMIT (the rows of one file may refer to each
other in any order), as SQLite's ``defer_foreign_keys`` does; on a server that needs
deferrable constraints, which everywhere else are still checked at once (INITIALLY
IMMEDIATE).

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


def _foreign_keys() -> list[tuple[str, str]]:
    """(table, constraint) of every named foreign key of this database."""
    inspector = sa.inspect(op.get_bind())
    return [
        (table, str(fk["name"]))
        for table in inspector.get_table_names()
        for fk in inspector.get_foreign_keys(table)
        if fk.get("name")
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in _stamp_columns():
        op.alter_column(table, column, type_=sa.String(STAMP_WIDTH), existing_type=sa.String(40))
    for table, name in _foreign_keys():
        op.execute(
            f'ALTER TABLE "{table}" ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, name in _foreign_keys():
        op.execute(f'ALTER TABLE "{table}" ALTER CONSTRAINT "{name}" NOT DEFERRABLE')
    for table, column in _stamp_columns():
        op.alter_column(table, column, type_=sa.String(40), existing_type=sa.String(STAMP_WIDTH))
