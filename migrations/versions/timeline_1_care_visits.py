"""care visits: her answers to checkup and vaccine reminders; indexes for the timeline sweep

Revision ID: timeline_1_care_visits
Revises: console_3_workers_to_users
"""
from alembic import op
import sqlalchemy as sa

revision = "timeline_1_care_visits"
down_revision = "console_3_workers_to_users"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "care_visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mother_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["mother_id"], ["mothers.id"], name=op.f("fk_care_visits_mother_id_mothers"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_visits")),
        sa.UniqueConstraint("mother_id", "item", "due_on", name="uq_care_visits_mother_item_due_on"),
    )
    with op.batch_alter_table("care_visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_care_visits_mother_id"), ["mother_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_care_visits_status"), ["status"], unique=False)
    # The sweep selects mothers by last period and babies by birth date.
    with op.batch_alter_table("mothers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mothers_lmp"), ["lmp"], unique=False)
    with op.batch_alter_table("babies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_babies_born_on"), ["born_on"], unique=False)


def downgrade():
    with op.batch_alter_table("babies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_babies_born_on"))
    with op.batch_alter_table("mothers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mothers_lmp"))
    with op.batch_alter_table("care_visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_care_visits_status"))
        batch_op.drop_index(batch_op.f("ix_care_visits_mother_id"))
    op.drop_table("care_visits")
