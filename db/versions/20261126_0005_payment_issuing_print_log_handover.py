"""payment, issuing, print log, spoiled stock, hand-over: the payment of an application
(billed, then paid with NTPN), certificates gain product kind, template, hand-over and a
status reason; one product kind per application (unique index)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 13:46:31.229097
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "spoiled_stock",
        sa.Column("blank_serial", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by_name", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spoiled_stock")),
    )
    with op.batch_alter_table("spoiled_stock", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_spoiled_stock_blank_serial"), ["blank_serial"], unique=False
        )

    op.create_table(
        "handover",
        sa.Column("application_id", sa.Uuid(), nullable=True),
        sa.Column("receiver_name", sa.String(length=200), nullable=False),
        sa.Column("receiver_id_label", sa.String(length=20), nullable=False),
        sa.Column("receiver_id", sa.String(length=40), nullable=False),
        sa.Column("power_of_attorney", sa.Boolean(), nullable=False),
        sa.Column("handed_by_id", sa.Uuid(), nullable=True),
        sa.Column("handed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_handover_application_id_application"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
    )
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handover_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "payment",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("amount_rupiah", sa.Integer(), nullable=False),
        sa.Column("billing_code", sa.String(length=20), nullable=False),
        sa.Column("billed_on", sa.Date(), nullable=False),
        sa.Column("billed_by_id", sa.Uuid(), nullable=True),
        sa.Column("ntpn", sa.String(length=40), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_payment_application_id_application"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
        sa.UniqueConstraint("application_id", name=op.f("uq_payment_application_id")),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_ntpn"), ["ntpn"], unique=False)

    op.create_table(
        "print_log",
        sa.Column("certificate_id", sa.Uuid(), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.Column("printed_by_id", sa.Uuid(), nullable=True),
        sa.Column("printed_by_name", sa.String(length=200), nullable=False),
        sa.Column("printer", sa.String(length=200), nullable=False),
        sa.Column("paper", sa.String(length=10), nullable=False),
        sa.Column("copy_number", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("batch_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificate.id"],
            name=op.f("fk_print_log_certificate_id_certificate"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_log")),
    )
    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_print_log_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_print_log_certificate_id"), ["certificate_id"], unique=False
        )

    # Plain ALTER TABLE ... ADD COLUMN (no copy of the table, which other tables refer to):
    # a unique index rather than a constraint, the foreign key on the new column itself.
    op.add_column(
        "certificate",
        sa.Column(
            "product_kind", sa.String(length=20), server_default="certificate", nullable=False
        ),
    )
    op.add_column(
        "certificate",
        sa.Column("template", sa.String(length=60), server_default="", nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":  # Alembic adds no constraint there
        op.execute(
            "ALTER TABLE certificate ADD COLUMN handover_id CHAR(32) CONSTRAINT "
            "fk_certificate_handover_id_handover REFERENCES handover (id)"
        )
    else:
        op.add_column("certificate", sa.Column("handover_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            op.f("fk_certificate_handover_id_handover"),
            "certificate",
            "handover",
            ["handover_id"],
            ["id"],
        )
    op.add_column(
        "certificate", sa.Column("status_reason", sa.Text(), server_default="", nullable=False)
    )
    op.create_index(
        "uq_certificate_application_product",
        "certificate",
        ["application_id", "product_kind"],
        unique=True,
    )


def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index("uq_certificate_application_product")
        batch_op.drop_column("status_reason")
        batch_op.drop_column("handover_id")
        batch_op.drop_column("template")
        batch_op.drop_column("product_kind")

    with op.batch_alter_table("print_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_print_log_certificate_id"))
        batch_op.drop_index(batch_op.f("ix_print_log_batch_id"))

    op.drop_table("print_log")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_ntpn"))

    op.drop_table("payment")
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_application_id"))

    op.drop_table("handover")
    with op.batch_alter_table("spoiled_stock", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_spoiled_stock_blank_serial"))

    op.drop_table("spoiled_stock")
