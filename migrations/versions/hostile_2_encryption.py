"""Personal data encrypted at rest: numbers, names, texts, raw parameters and her dates are sealed (models.crypto),
and the columns that are looked up get a blind index beside them; existing rows are sealed here.

The keys are the app's (the app factory installs them before Alembic runs), so run this with the same
PII_ENCRYPTION_KEY and PII_INDEX_KEY the service will use.

Revision ID: hostile_2_encryption
Revises: timeline_1_care_visits
"""
from alembic import op
import sqlalchemy as sa

from models import crypto

revision = "hostile_2_encryption"
down_revision = "timeline_1_care_visits"
branch_labels = None
depends_on = None

# table -> {sealed column: its blind index column, or None}
SEALED = {
    "mothers": {"phone": "phone_index", "name": None, "lmp": "lmp_index", "due_date": "due_date_index"},
    "babies": {"born_on": "born_on_index"},
    "conversations": {"phone": "phone_index", "data": None},
    "alerts": {"phone": "phone_index", "acknowledged_by": None},
    "questions": {"phone": "phone_index", "text": None},
    "consent_events": {"phone": "phone_index"},
    "inbound_messages": {"phone": "phone_index", "body": None, "params": None, "error": None},
    "outbound_messages": {"phone": "phone_index", "body": None, "variables": None},
    "notes": {"text": None},
    "outbound_events": {"detail": None},  # Twilio's error messages name the number
    "alert_events": {"detail": None},  # an acknowledgement names the phone it came from
    "users": {"phone": "phone_index"},
}
# The plain columns' former types, for the way back.
PLAIN = {"phone": sa.String(20), "acknowledged_by": sa.String(20), "name": sa.String(80), "lmp": sa.Date(),
         "due_date": sa.Date(), "born_on": sa.Date(), "data": sa.JSON(), "params": sa.JSON(),
         "variables": sa.JSON(), "body": sa.Text(), "text": sa.Text(), "error": sa.Text(), "detail": sa.String(200)}
NULLABLE_INDEX = {("mothers", "lmp_index"), ("mothers", "due_date_index"), ("users", "phone_index")}
# (table, old constraint or index, new one, its columns, unique)
LOOKUPS = [
    ("mothers", "uq_mothers_phone", "uq_mothers_phone_index", ["phone_index"], True),
    ("mothers", "ix_mothers_lmp", "ix_mothers_lmp_index", ["lmp_index"], False),
    ("mothers", "ix_mothers_due_date", "ix_mothers_due_date_index", ["due_date_index"], False),
    ("babies", "ix_babies_born_on", "ix_babies_born_on_index", ["born_on_index"], False),
    ("conversations", "uq_conversations_phone", "uq_conversations_phone_index", ["phone_index"], True),
    ("alerts", "ix_alerts_phone", "ix_alerts_phone_index", ["phone_index"], False),
    ("questions", "ix_questions_phone", "ix_questions_phone_index", ["phone_index"], False),
    ("consent_events", "ix_consent_events_phone", "ix_consent_events_phone_index", ["phone_index"], False),
    ("inbound_messages", "ix_inbound_messages_phone_id", "ix_inbound_messages_phone_index_id", ["phone_index", "id"],
     False),
    ("outbound_messages", "ix_outbound_messages_phone_id", "ix_outbound_messages_phone_index_id",
     ["phone_index", "id"], False),
    ("users", "uq_users_phone", "uq_users_phone_index", ["phone_index"], True),
]
BATCH = 1000


def upgrade():
    for table, columns in SEALED.items():
        with op.batch_alter_table(table) as batch:
            for old, _new, _columns, unique in _lookups(table):
                _drop(batch, old, unique)
            for column, index in columns.items():
                batch.alter_column(column, type_=sa.Text(), existing_type=PLAIN[column],
                                   postgresql_using=f"{column}::text")
                if index:
                    batch.add_column(sa.Column(index, sa.String(crypto.INDEX_HEX), nullable=True))
        _seal(table, columns)
        with op.batch_alter_table(table) as batch:
            for index in filter(None, columns.values()):
                if (table, index) not in NULLABLE_INDEX:
                    batch.alter_column(index, existing_type=sa.String(crypto.INDEX_HEX), nullable=False)
            for _old, new, lookup_columns, unique in _lookups(table):
                _create(batch, new, lookup_columns, unique)
    _rebuild_reachability(_seal_value, "phone_index")


def downgrade():
    for table, columns in SEALED.items():
        _open(table, columns)
        with op.batch_alter_table(table) as batch:
            for _old, new, _columns, unique in _lookups(table):
                _drop(batch, new, unique)
            for column, index in columns.items():
                if index:
                    batch.drop_column(index)
        with op.batch_alter_table(table) as batch:
            for column in columns:
                kind = PLAIN[column]
                if isinstance(kind, (sa.Date, sa.JSON)) and op.get_bind().dialect.name == "sqlite":
                    continue  # SQLite would CAST the text to a number; its dates and JSON are text anyway
                using = f"{column}::{'json' if isinstance(kind, sa.JSON) else kind.compile(op.get_bind().dialect)}"
                batch.alter_column(column, type_=kind, existing_type=sa.Text(), postgresql_using=using)
            for old, _new, _columns, unique in _lookups(table):
                _create(batch, old, [c.replace("phone_index", "phone").replace("_index", "") for c in _columns],
                        unique)
    _rebuild_reachability(lambda value: crypto.keyring().open(value), None)


def _lookups(table):
    return [(old, new, columns, unique) for name, old, new, columns, unique in LOOKUPS if name == table]


def _drop(batch, name, unique):
    if unique:
        batch.drop_constraint(name, type_="unique")
    else:
        batch.drop_index(name)


def _create(batch, name, columns, unique):
    if unique:
        batch.create_unique_constraint(name, columns)
    else:
        batch.create_index(name, columns, unique=False)


def _seal_value(text):
    return crypto.keyring().seal(text)


def _seal(table, columns):
    """Every value sealed under the current key, its index beside it (dates and JSON arrive as their text)."""
    keyring = crypto.keyring()

    def sealed(row):
        values = {"_id": row.id}
        for column, index in columns.items():
            plain = getattr(row, column)
            values[column] = None if plain is None else keyring.seal(str(plain))
            if index:
                values[index] = None if plain is None else keyring.blind(str(plain))
        return values

    _rewrite(table, [*columns, *filter(None, columns.values())], list(columns), sealed)


def _open(table, columns):
    keyring = crypto.keyring()

    def opened(row):
        return {"_id": row.id} | {column: None if getattr(row, column) is None else keyring.open(getattr(row, column))
                                  for column in columns}

    _rewrite(table, list(columns), list(columns), opened)


def _rewrite(table_name, written, read, change):
    connection = op.get_bind()
    table = sa.table(table_name, sa.column("id", sa.Integer), *(sa.column(name, sa.Text) for name in written))
    statement = sa.update(table).where(table.c.id == sa.bindparam("_id")).values(
        {name: sa.bindparam(name) for name in written})
    last = 0
    while True:
        rows = connection.execute(sa.select(table.c.id, *(table.c[name] for name in read)).where(table.c.id > last)
                                  .order_by(table.c.id).limit(BATCH)).all()
        if not rows:
            return
        connection.execute(statement, [change(row) for row in rows])
        last = rows[-1].id


def _rebuild_reachability(change_phone, index):
    """Keyed by number before, by its blind index after (and back): a small table, rebuilt whole."""
    connection = op.get_bind()
    old = sa.table("reachability", sa.column("phone", sa.Text), sa.column("consecutive_failures", sa.Integer),
                   sa.column("unreachable_since", sa.DateTime(timezone=True)), sa.column("reason", sa.Text),
                   sa.column("updated_at", sa.DateTime(timezone=True)))
    rows = [dict(row._mapping) for row in connection.execute(sa.select(old))]
    op.drop_table("reachability")
    key = [sa.Column("phone_index", sa.String(crypto.INDEX_HEX), nullable=False)] if index else []
    new = op.create_table(
        "reachability", *key,
        sa.Column("phone", sa.Text() if index else sa.String(20), nullable=False),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("unreachable_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.String(40), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint(index or "phone", name="pk_reachability"),
    )
    for row in rows:
        values = row | {"phone": change_phone(row["phone"])}
        if index:
            values[index] = crypto.keyring().blind(row["phone"])
        connection.execute(sa.insert(new).values(values))
