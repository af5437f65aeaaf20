"""indexes for the first screens' counts and the verification lists

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 12:55:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Frozen here, not imported: a migration must not change when the code does.
TO_CHECK_SQL = "status IN ('received', 'incomplete')"

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.create_index("ix_application_status_due_on", ["status", "due_on"], unique=False)
        batch_op.create_index(
            "ix_application_to_check",
            ["received_at"],
            unique=False,
            sqlite_where=sa.text(TO_CHECK_SQL),
            postgresql_where=sa.text(TO_CHECK_SQL),
        )
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sign_off_decision_verified_at", ["decision", "verified_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.drop_index("ix_sign_off_decision_verified_at")
    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_index("ix_application_to_check")
        batch_op.drop_index("ix_application_status_due_on")
