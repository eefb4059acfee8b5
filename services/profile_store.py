"""Her profile between its rows (`mothers`, `babies`) and the plain value the flows work on (bot.profile)."""
from __future__ import annotations

from dataclasses import fields

from sqlalchemy import bindparam, exists, select

from bot.profile import Baby, Profile
from models import Baby as BabyRow
from models import Mother, db
from models.base import aware

# The columns a Profile carries besides its id and babies, with the same names on both sides.
_COLUMNS = tuple(f.name for f in fields(Profile) if f.name not in ("id", "babies"))
_MOTHERS, _BABIES = Mother.__table__, BabyRow.__table__
# Read on every message of a registered mother, so with plain statements (no ORM identity map, no second query
# for a mother without babies, which is most of them).
_LOAD = select(_MOTHERS.c.id, *(_MOTHERS.c[name] for name in _COLUMNS),
               exists().where(_BABIES.c.mother_id == _MOTHERS.c.id).label("has_babies")
               ).where(_MOTHERS.c.id == bindparam("mother_id"))
_LOAD_BABIES = (select(_BABIES.c.id, _BABIES.c.born_on).where(_BABIES.c.mother_id == bindparam("mother_id"))
                .order_by(_BABIES.c.id))


def load(mother_id: int) -> Profile | None:
    connection = db.session.connection()
    row = connection.execute(_LOAD, {"mother_id": mother_id}).first()
    if row is None:
        return None
    values = {name: getattr(row, name) for name in _COLUMNS}
    values["consented_at"] = aware(values["consented_at"])
    values["registered_at"] = aware(values["registered_at"])
    babies = ([Baby(born_on=baby.born_on, id=baby.id)
               for baby in connection.execute(_LOAD_BABIES, {"mother_id": mother_id})] if row.has_babies else [])
    return Profile(id=row.id, babies=babies, **values)


def save(profile: Profile) -> None:
    """Insert or update her rows; a new profile (and each new baby) gets its id. Babies keep the profile's order."""
    row = db.session.get(Mother, profile.id) if profile.id is not None else None
    if row is None:
        row = Mother(phone=profile.phone)
        db.session.add(row)
    for name in _COLUMNS:
        if name == "registered_at" and profile.registered_at is None:
            continue  # a profile made without it: the row's default (now)
        setattr(row, name, getattr(profile, name))
    kept = {baby.id for baby in profile.babies if baby.id is not None}
    row.babies = ([baby for baby in row.babies if baby.id in kept]  # a baby left out of the profile is removed
                  + [BabyRow(born_on=baby.born_on) for baby in profile.babies if baby.id is None])
    db.session.flush()
    profile.id = row.id
    profile.registered_at = aware(row.registered_at)
    profile.babies = [Baby(born_on=baby.born_on, id=baby.id) for baby in row.babies]
