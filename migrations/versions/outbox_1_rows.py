"""The outbox: outbound rows carry priority, validity, claim and template; their history; reachability of numbers;
alerts with a status, escalation and acknowledgement.

Revision ID: outbox_1_rows
Revises: 27ec0bb37919
"""
from alembic import op
import sqlalchemy as sa

revision = "outbox_1_rows"
down_revision = "27ec0bb37919"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade():
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("status", sa.String(14), nullable=False, server_default="open"))
        batch.add_column(sa.Column("level", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("escalate_at", TZ, nullable=True))
        batch.add_column(sa.Column("acknowledged_at", TZ, nullable=True))
        batch.add_column(sa.Column("acknowledged_by", sa.String(20), nullable=True))
        batch.create_index("ix_alerts_status", ["status"])
        batch.create_index("ix_alerts_escalate_at", ["escalate_at"])
    # An alert stamped before this revision was stamped before anything was sent: it counts as open, not sent.

    with op.batch_alter_table("outbound_messages") as batch:
        batch.alter_column("kind", existing_type=sa.String(12), type_=sa.String(24), existing_nullable=False)
        batch.add_column(sa.Column("locale", sa.String(8), nullable=True))
        batch.add_column(sa.Column("priority", sa.String(8), nullable=False, server_default="default"))
        batch.add_column(sa.Column("due_at", TZ, nullable=True))
        batch.add_column(sa.Column("not_after", TZ, nullable=True))
        batch.add_column(sa.Column("handed_at", TZ, nullable=True))
        batch.add_column(sa.Column("claimed_at", TZ, nullable=True))
        batch.add_column(sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("natural_key", sa.String(160), nullable=True))
        batch.add_column(sa.Column("template", sa.String(64), nullable=True))
        batch.add_column(sa.Column("variables", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("mother_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("alert_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("broadcast_id", sa.Integer(), nullable=True))
        batch.create_unique_constraint("uq_outbound_messages_natural_key", ["natural_key"])
        batch.create_foreign_key("fk_outbound_messages_mother_id_mothers", "mothers", ["mother_id"], ["id"])
        batch.create_foreign_key("fk_outbound_messages_alert_id_alerts", "alerts", ["alert_id"], ["id"])
        batch.create_index("ix_outbound_messages_mother_id", ["mother_id"])
        batch.create_index("ix_outbound_messages_alert_id", ["alert_id"])
        batch.create_index("ix_outbound_messages_broadcast_id", ["broadcast_id"])
        batch.create_index("ix_outbound_messages_status_due_at", ["status", "due_at"])
    op.execute("UPDATE outbound_messages SET due_at = created_at WHERE status = 'queued'")

    op.create_table(
        "outbound_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outbound_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("detail", sa.String(200), nullable=True),
        sa.ForeignKeyConstraint(["outbound_id"], ["outbound_messages.id"], ondelete="CASCADE",
                                name="fk_outbound_events_outbound_id_outbound_messages"),
        sa.PrimaryKeyConstraint("id", name="pk_outbound_events"),
    )
    op.create_index("ix_outbound_events_outbound_id", "outbound_events", ["outbound_id"])
    op.create_table(
        "reachability",
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("unreachable_since", TZ, nullable=True),
        sa.Column("reason", sa.String(40), nullable=True),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("phone", name="pk_reachability"),
    )
    op.create_table(
        "alert_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alert_id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("detail", sa.String(200), nullable=True),
        sa.Column("at", TZ, nullable=False),
        sa.ForeignKeyConstraint(["alert_id"], ["alerts.id"], ondelete="CASCADE",
                                name="fk_alert_events_alert_id_alerts"),
        sa.PrimaryKeyConstraint("id", name="pk_alert_events"),
    )
    op.create_index("ix_alert_events_alert_id", "alert_events", ["alert_id"])


def downgrade():
    op.drop_table("alert_events")
    op.drop_table("reachability")
    op.drop_table("outbound_events")
    with op.batch_alter_table("outbound_messages") as batch:
        for index in ("status_due_at", "broadcast_id", "alert_id", "mother_id"):
            batch.drop_index(f"ix_outbound_messages_{index}")
        batch.drop_constraint("fk_outbound_messages_alert_id_alerts", type_="foreignkey")
        batch.drop_constraint("fk_outbound_messages_mother_id_mothers", type_="foreignkey")
        batch.drop_constraint("uq_outbound_messages_natural_key", type_="unique")
        for column in ("broadcast_id", "alert_id", "mother_id", "variables", "template", "natural_key", "attempts",
                       "claimed_at", "handed_at", "not_after", "due_at", "priority", "locale"):
            batch.drop_column(column)
        batch.alter_column("kind", existing_type=sa.String(24), type_=sa.String(12), existing_nullable=False)
    with op.batch_alter_table("alerts") as batch:
        batch.drop_index("ix_alerts_escalate_at")
        batch.drop_index("ix_alerts_status")
        for column in ("acknowledged_by", "acknowledged_at", "escalate_at", "level", "status"):
            batch.drop_column(column)
