"""Console accounts: facilities, users with a role, notes on mothers and alerts.

Revision ID: console_1_accounts
Revises: outbox_1_rows
"""
from alembic import op
import sqlalchemy as sa

revision = "console_1_accounts"
down_revision = "outbox_1_rows"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "facilities",
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("district", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_facilities")),
    )
    with op.batch_alter_table("facilities") as batch_op:
        batch_op.create_index(batch_op.f("ix_facilities_district"), ["district"], unique=False)
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("facility_code", sa.String(length=60), nullable=True),
        sa.Column("district", sa.String(length=80), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("locale", sa.String(length=5), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
        sa.UniqueConstraint("phone", name=op.f("uq_users_phone")),
    )
    with op.batch_alter_table("users") as batch_op:
        batch_op.create_index(batch_op.f("ix_users_facility_code"), ["facility_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_users_district"), ["district"], unique=False)
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mother_id", sa.Integer(), nullable=True),
        sa.Column("alert_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["mother_id"], ["mothers.id"], name=op.f("fk_notes_mother_id_mothers")),
        sa.ForeignKeyConstraint(["alert_id"], ["alerts.id"], name=op.f("fk_notes_alert_id_alerts")),
        sa.ForeignKeyConstraint(["question_id"], ["questions.id"], name=op.f("fk_notes_question_id_questions")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_notes_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    with op.batch_alter_table("notes") as batch_op:
        batch_op.create_index(batch_op.f("ix_notes_mother_id"), ["mother_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notes_alert_id"), ["alert_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notes_question_id"), ["question_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notes_created_at"), ["created_at"], unique=False)


def downgrade():
    op.drop_table("notes")
    op.drop_table("users")
    op.drop_table("facilities")
