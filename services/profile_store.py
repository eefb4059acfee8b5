"""Her profile between its rows (`mothers`, `babies`) and the plain value the flows work on (bot.profile)."""
from __future__ import annotations

from dataclasses import fields

from sqlalchemy import bindparam, delete, exists, insert, select, update

from bot.profile import Baby, Profile
from models import Baby as BabyRow
from models import Mother, db
from models.base import aware, utcnow

# The columns a Profile carries besides its id and babies, with the same names on both sides.
_COLUMNS = tuple(f.name for f in fields(Profile) if f.name not in ("id", "babies"))
_MOTHERS, _BABIES = Mother.__table__, BabyRow.__table__
# Read on every message of a registered mother, so with plain statements (no ORM identity map, no second query
# for a mother without babies, which is most of them).
PREFIX = "profile_"  # her columns' names when read beside other rows (services.dialogue_store)
COLUMNS = (_MOTHERS.c.id.label(PREFIX + "id"), *(_MOTHERS.c[name].label(PREFIX + name) for name in _COLUMNS),
           exists().where(_BABIES.c.mother_id == _MOTHERS.c.id).label(PREFIX + "has_babies"))
_LOAD = select(*COLUMNS).where(_MOTHERS.c.id == bindparam("mother_id"))
_LOAD_BABIES = (select(_BABIES.c.id, _BABIES.c.born_on).where(_BABIES.c.mother_id == bindparam("mother_id"))
                .order_by(_BABIES.c.id))


def load(mother_id: int) -> Profile | None:
    row = db.session.connection().execute(_LOAD, {"mother_id": mother_id}).first()
    return from_row(row) if row is not None else None


def from_row(row) -> Profile | None:
    """Her profile from a row holding COLUMNS (None when they are empty: no registration joined); her babies are
    read only when she has any."""
    mapping = row._mapping
    if mapping[PREFIX + "id"] is None:
        return None
    values = {name: mapping[PREFIX + name] for name in _COLUMNS}
    values["consented_at"] = aware(values["consented_at"])
    values["registered_at"] = aware(values["registered_at"])
    mother_id = mapping[PREFIX + "id"]
    babies = ([Baby(born_on=baby.born_on, id=baby.id)
               for baby in db.session.connection().execute(_LOAD_BABIES, {"mother_id": mother_id})]
              if mapping[PREFIX + "has_babies"] else [])
    return Profile(id=mother_id, babies=babies, **values)


def save(profile: Profile) -> None:
    """Insert or update her rows; a new profile (and each new baby) gets its id. Babies keep the profile's order:
    those stored already, then the new ones. Plain statements, like her reading: it happens inside a turn."""
    connection, now = db.session.connection(), utcnow()
    values = {name: getattr(profile, name) for name in _COLUMNS} | {"updated_at": now}
    values |= {f"{name}_index": values[name] for name in _INDEXED}  # the index type turns a value into its HMAC
    values["registered_at"] = profile.registered_at or now  # a profile made without it: registered now
    if profile.id is not None and connection.execute(_UPDATE, values | {"mother_id": profile.id}).rowcount:
        stored = [baby for baby in profile.babies if baby.id is not None]
        connection.execute(_DELETE_BABIES, {"mother_id": profile.id, "kept": [baby.id for baby in stored]})
    else:
        profile.id, stored = connection.execute(_INSERT, values).inserted_primary_key[0], []
    added = [Baby(born_on=baby.born_on, id=connection.execute(_INSERT_BABY, {
        "mother_id": profile.id, "born_on": baby.born_on, "born_on_index": baby.born_on, "created_at": now,
    }).inserted_primary_key[0]) for baby in profile.babies if baby.id is None]
    profile.registered_at, profile.babies = aware(values["registered_at"]), stored + added
    cached = db.session.identity_map.get(db.session.identity_key(Mother, profile.id))
    if cached is not None:  # her row read as an object earlier in this session is stale now
        db.session.expire(cached)


_INDEXED = tuple(name for name in _COLUMNS if f"{name}_index" in _MOTHERS.c)  # her sealed columns looked up by value
_WRITTEN = (*_COLUMNS, *(f"{name}_index" for name in _INDEXED), "updated_at")
_INSERT = insert(_MOTHERS).values({name: bindparam(name, type_=_MOTHERS.c[name].type) for name in _WRITTEN})
_UPDATE = (update(_MOTHERS).where(_MOTHERS.c.id == bindparam("mother_id"))
           .values({name: bindparam(name, type_=_MOTHERS.c[name].type) for name in _WRITTEN}))
_DELETE_BABIES = delete(_BABIES).where(_BABIES.c.mother_id == bindparam("mother_id"),
                                       _BABIES.c.id.not_in(bindparam("kept", expanding=True)))
_INSERT_BABY = insert(_BABIES).values({name: bindparam(name, type_=_BABIES.c[name].type)
                                       for name in ("mother_id", "born_on", "born_on_index", "created_at")})
