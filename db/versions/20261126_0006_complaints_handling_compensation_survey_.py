"""complaints handling, compensation, survey profile: the complaint log gains identity,
*anonim*/*rahasia*, classification and its override, component, route and outcome;
a case log and attachments; compensation vouchers (``application.days_off``); the
respondent profile of a survey response

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 15:03:11.123584
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New columns by plain ALTER TABLE ... ADD COLUMN: application (a million rows in a big
    # office) and complaint are never copied.
    op.create_table(
        "compensation",
        sa.Column("application_id", sa.Uuid(), nullable=False),
        sa.Column("applicant_id", sa.Uuid(), nullable=False),
        sa.Column("standard_code", sa.String(length=60), nullable=False),
        sa.Column("late_working_days", sa.Integer(), nullable=False),
        sa.Column("days_off", sa.Integer(), nullable=False),
        sa.Column("letter_number", sa.String(length=80), nullable=False),
        sa.Column("granted_on", sa.Date(), nullable=False),
        sa.Column("granted_by_id", sa.Uuid(), nullable=True),
        sa.Column("granted_by_name", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("used_application_id", sa.Uuid(), nullable=True),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"], ["applicant.id"], name=op.f("fk_compensation_applicant_id_applicant")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_compensation_application_id_application"),
        ),
        sa.ForeignKeyConstraint(
            ["used_application_id"],
            ["application.id"],
            name=op.f("fk_compensation_used_application_id_application"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compensation")),
        sa.UniqueConstraint("application_id", name=op.f("uq_compensation_application_id")),
        sa.UniqueConstraint("letter_number", name=op.f("uq_compensation_letter_number")),
        sa.UniqueConstraint(
            "used_application_id", name=op.f("uq_compensation_used_application_id")
        ),
    )
    with op.batch_alter_table("compensation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_compensation_applicant_id"), ["applicant_id"], unique=False
        )

    op.create_table(
        "complaint_attachment",
        sa.Column("complaint_id", sa.Uuid(), nullable=False),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by_name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["blob_sha256"], ["blob.sha256"], name=op.f("fk_complaint_attachment_blob_sha256_blob")
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_attachment_complaint_id_complaint"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_attachment")),
    )
    with op.batch_alter_table("complaint_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_attachment_complaint_id"), ["complaint_id"], unique=False
        )

    op.create_table(
        "complaint_step",
        sa.Column("complaint_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by_id", sa.Uuid(), nullable=True),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_step_complaint_id_complaint"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_step")),
    )
    with op.batch_alter_table("complaint_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_step_complaint_id"), ["complaint_id"], unique=False
        )

    op.add_column(
        "application", sa.Column("days_off", sa.Integer(), server_default="0", nullable=False)
    )

    op.add_column(
        "complaint",
        sa.Column("service_code", sa.String(length=60), server_default="", nullable=False),
    )
    op.add_column(
        "complaint",
        sa.Column("reporter_nik", sa.String(length=16), server_default="", nullable=False),
    )
    op.add_column(
        "complaint",
        sa.Column("reporter_phone", sa.String(length=40), server_default="", nullable=False),
    )
    op.add_column(
        "complaint",
        sa.Column("reporter_email", sa.String(length=120), server_default="", nullable=False),
    )
    op.add_column(
        "complaint",
        sa.Column("anonymous", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column(
        "complaint",
        sa.Column("confidential", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column(
        "complaint",
        sa.Column("received_by_name", sa.String(length=200), server_default="", nullable=False),
    )
    op.add_column(
        "complaint",
        sa.Column("classified_kind", sa.String(length=20), server_default="", nullable=False),
    )
    op.add_column(
        "complaint",
        sa.Column("classification_reason", sa.Text(), server_default="", nullable=False),
    )
    op.add_column(
        "complaint", sa.Column("override_reason", sa.Text(), server_default="", nullable=False)
    )
    op.add_column(
        "complaint",
        sa.Column("overridden_by_name", sa.String(length=200), server_default="", nullable=False),
    )
    op.add_column("complaint", sa.Column("overridden_at", sa.DateTime(), nullable=True))
    op.add_column(
        "complaint", sa.Column("component", sa.String(length=40), server_default="", nullable=False)
    )
    op.add_column(
        "complaint", sa.Column("route", sa.String(length=20), server_default="", nullable=False)
    )
    op.add_column("complaint", sa.Column("outcome", sa.Text(), server_default="", nullable=False))
    op.add_column(
        "complaint",
        sa.Column("outcome_channel", sa.String(length=30), server_default="", nullable=False),
    )
    op.add_column("complaint", sa.Column("outcome_communicated_on", sa.Date(), nullable=True))
    op.add_column("complaint", sa.Column("closed_at", sa.DateTime(), nullable=True))
    op.add_column(
        "complaint",
        sa.Column("closed_by_name", sa.String(length=200), server_default="", nullable=False),
    )
    op.add_column(
        "complaint", sa.Column("reply_letter_number", sa.String(length=80), nullable=True)
    )
    op.create_index("ix_complaint_status_due", "complaint", ["status", "due_on"], unique=False)
    op.create_index(
        "uq_complaint_reply_letter_number", "complaint", ["reply_letter_number"], unique=True
    )

    op.add_column(
        "survey_response",
        sa.Column("standard_code", sa.String(length=60), server_default="", nullable=False),
    )
    op.add_column(
        "survey_response", sa.Column("sex", sa.String(length=10), server_default="", nullable=False)
    )
    op.add_column(
        "survey_response",
        sa.Column("age_band", sa.String(length=20), server_default="", nullable=False),
    )
    op.add_column(
        "survey_response",
        sa.Column("education", sa.String(length=20), server_default="", nullable=False),
    )
    op.add_column(
        "survey_response",
        sa.Column("occupation", sa.String(length=30), server_default="", nullable=False),
    )
    op.add_column(
        "survey_response",
        sa.Column("source", sa.String(length=20), server_default="kiosk", nullable=False),
    )
    op.add_column(
        "survey_response",
        sa.Column("entered_by_name", sa.String(length=200), server_default="", nullable=False),
    )
    op.create_index(
        "ix_survey_response_submitted_at", "survey_response", ["submitted_at"], unique=False
    )

    # ### end Alembic commands ###


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_response_submitted_at")
        batch_op.drop_column("entered_by_name")
        batch_op.drop_column("source")
        batch_op.drop_column("occupation")
        batch_op.drop_column("education")
        batch_op.drop_column("age_band")
        batch_op.drop_column("sex")
        batch_op.drop_column("standard_code")

    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index("uq_complaint_reply_letter_number")
        batch_op.drop_index("ix_complaint_status_due")
        batch_op.drop_column("reply_letter_number")
        batch_op.drop_column("closed_by_name")
        batch_op.drop_column("closed_at")
        batch_op.drop_column("outcome_communicated_on")
        batch_op.drop_column("outcome_channel")
        batch_op.drop_column("outcome")
        batch_op.drop_column("route")
        batch_op.drop_column("component")
        batch_op.drop_column("overridden_at")
        batch_op.drop_column("overridden_by_name")
        batch_op.drop_column("override_reason")
        batch_op.drop_column("classification_reason")
        batch_op.drop_column("classified_kind")
        batch_op.drop_column("received_by_name")
        batch_op.drop_column("confidential")
        batch_op.drop_column("anonymous")
        batch_op.drop_column("reporter_email")
        batch_op.drop_column("reporter_phone")
        batch_op.drop_column("reporter_nik")
        batch_op.drop_column("service_code")

    with op.batch_alter_table("application", schema=None) as batch_op:
        batch_op.drop_column("days_off")

    with op.batch_alter_table("complaint_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_step_complaint_id"))

    op.drop_table("complaint_step")
    with op.batch_alter_table("complaint_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_attachment_complaint_id"))

    op.drop_table("complaint_attachment")
    with op.batch_alter_table("compensation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_compensation_applicant_id"))

    op.drop_table("compensation")
    # ### end Alembic commands ###
