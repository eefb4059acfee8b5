"""erasures: anonymous counts left when a mother erases her data

Revision ID: hostile_1_erasures
Revises: console_2_broadcasts
"""
from alembic import op
import sqlalchemy as sa

revision = "hostile_1_erasures"
down_revision = "console_2_broadcasts"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "erasures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("registered", sa.Boolean(), nullable=False),
        sa.Column("messages_in", sa.Integer(), nullable=False),
        sa.Column("messages_out", sa.Integer(), nullable=False),
        sa.Column("alerts", sa.Integer(), nullable=False),
        sa.Column("questions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasures")),
    )


def downgrade():
    op.drop_table("erasures")
