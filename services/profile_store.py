"""Her profile between its rows (`mothers`, `babies`) and the plain value the flows work on (bot.profile)."""
from __future__ import annotations

from dataclasses import fields

from bot.profile import Baby, Profile
from models import Baby as BabyRow
from models import Mother, db
from models.base import aware

# The columns a Profile carries besides its id and babies, with the same names on both sides.
_COLUMNS = tuple(f.name for f in fields(Profile) if f.name not in ("id", "babies"))


def load(mother_id: int) -> Profile | None:
    row = db.session.get(Mother, mother_id)
    if row is None:
        return None
    values = {name: getattr(row, name) for name in _COLUMNS}
    values["consented_at"] = aware(values["consented_at"])
    babies = [Baby(born_on=baby.born_on, id=baby.id) for baby in row.babies]
    return Profile(id=row.id, babies=babies, **values)


def save(profile: Profile) -> None:
    """Insert or update her rows; a new profile (and each new baby) gets its id. Babies keep the profile's order."""
    row = db.session.get(Mother, profile.id) if profile.id is not None else None
    if row is None:
        row = Mother(phone=profile.phone)
        db.session.add(row)
    for name in _COLUMNS:
        setattr(row, name, getattr(profile, name))
    kept = {baby.id for baby in profile.babies if baby.id is not None}
    row.babies = ([baby for baby in row.babies if baby.id in kept]  # a baby left out of the profile is removed
                  + [BabyRow(born_on=baby.born_on) for baby in profile.babies if baby.id is None])
    db.session.flush()
    profile.id = row.id
    profile.babies = [Baby(born_on=baby.born_on, id=baby.id) for baby in row.babies]
