"""Health workers become console users: each health_workers row is a user with her phone (no password, so she
cannot sign in until an admin sets one), then the table goes. A worker of a facility becomes that facility's
health worker; one on call for every facility becomes an admin, whose scope is every mother.

Revision ID: console_3_workers_to_users
Revises: hostile_1_erasures
"""
import re
from datetime import datetime, timezone

from alembic import op
import sqlalchemy as sa

revision = "console_3_workers_to_users"
down_revision = "hostile_1_erasures"
branch_labels = None
depends_on = None

_WORKERS = sa.table("health_workers", sa.column("id", sa.Integer), sa.column("name", sa.String),
                    sa.column("phone", sa.String), sa.column("channel", sa.String), sa.column("locale", sa.String),
                    sa.column("facility_code", sa.String))
_USERS = sa.table("users", sa.column("username", sa.String), sa.column("name", sa.String),
                  sa.column("password_hash", sa.String), sa.column("role", sa.String),
                  sa.column("facility_code", sa.String), sa.column("district", sa.String),
                  sa.column("phone", sa.String), sa.column("channel", sa.String), sa.column("locale", sa.String),
                  sa.column("active", sa.Boolean), sa.column("created_at", sa.DateTime(timezone=True)))
_FACILITIES = sa.table("facilities", sa.column("code", sa.String), sa.column("district", sa.String))


def upgrade():
    connection = op.get_bind()
    taken = {name.lower() for name in connection.execute(sa.select(_USERS.c.username)).scalars()}
    phones = set(connection.execute(sa.select(_USERS.c.phone).where(_USERS.c.phone.is_not(None))).scalars())
    districts = dict(connection.execute(sa.select(_FACILITIES.c.code, _FACILITIES.c.district)).tuples().all())
    now = datetime.now(timezone.utc)
    for worker in connection.execute(sa.select(_WORKERS).order_by(_WORKERS.c.id)).all():
        if worker.phone in phones:
            continue
        username = _unique(_slug(worker.name) or "worker", taken)
        connection.execute(sa.insert(_USERS).values(
            username=username, name=worker.name, password_hash=None,
            role="health_worker" if worker.facility_code else "admin", facility_code=worker.facility_code,
            district=districts.get(worker.facility_code), phone=worker.phone, channel=worker.channel,
            locale=worker.locale, active=True, created_at=now))
    op.drop_table("health_workers")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (name or "").lower()).strip("-")[:50]


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


def downgrade():
    op.create_table(
        "health_workers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("locale", sa.String(length=5), nullable=False),
        sa.Column("facility_code", sa.String(length=60), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_workers")),
        sa.UniqueConstraint("phone", name=op.f("uq_health_workers_phone")),
    )
    with op.batch_alter_table("health_workers") as batch_op:
        batch_op.create_index(batch_op.f("ix_health_workers_facility_code"), ["facility_code"], unique=False)
    connection = op.get_bind()
    rows = connection.execute(sa.select(_USERS.c.name, _USERS.c.phone, _USERS.c.channel, _USERS.c.locale,
                                        _USERS.c.facility_code).where(_USERS.c.phone.is_not(None))).all()
    for row in rows:
        connection.execute(sa.insert(_WORKERS).values(name=row.name, phone=row.phone, channel=row.channel,
                                                      locale=row.locale, facility_code=row.facility_code))
