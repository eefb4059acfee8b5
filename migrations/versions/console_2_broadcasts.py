"""Console: broadcasts, and alerts resolved from the console.

Revision ID: console_2_broadcasts
Revises: console_1_accounts
"""
from alembic import op
import sqlalchemy as sa

revision = "console_2_broadcasts"
down_revision = "console_1_accounts"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "broadcasts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("cohort", sa.JSON(), nullable=False),
        sa.Column("bodies", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_broadcasts_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcasts")),
    )
    with op.batch_alter_table("broadcasts") as batch_op:
        batch_op.create_index(batch_op.f("ix_broadcasts_user_id"), ["user_id"], unique=False)
    with op.batch_alter_table("alerts") as batch_op:
        batch_op.add_column(sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table("alerts") as batch_op:
        batch_op.drop_column("resolved_at")
    op.drop_table("broadcasts")
