"""Her profile as a plain value, stored in and read back from its rows."""
from datetime import date, datetime, timezone

from sqlalchemy import func, select

from bot.profile import Baby, Profile
from models import Baby as BabyRow
from models import Mother, db
from services import profile_store


def sita(**changes) -> Profile:
    values = dict(phone="+9779800000001", name="Sita", locale="ne", channel="sms", country="NP", stage="baby",
                  consented_at=datetime(2026, 3, 1, 9, 30, tzinfo=timezone.utc), facility_code="PHC-7",
                  babies=[Baby(born_on=date(2026, 2, 20))])
    return Profile(**values | changes)


def test_a_new_profile_gets_its_rows_and_ids_and_reads_back_equal(app):
    profile = sita()
    profile_store.save(profile)
    db.session.commit()
    assert profile.id is not None and profile.babies[0].id is not None
    assert profile_store.load(profile.id) == profile


def test_a_changed_profile_updates_its_row_instead_of_adding_one(app):
    profile = sita()
    profile_store.save(profile)
    profile.locale, profile.babies = "en", [*profile.babies, Baby(born_on=date(2027, 5, 1))]
    profile_store.save(profile)
    db.session.commit()
    assert db.session.scalar(select(func.count()).select_from(Mother)) == 1
    assert profile_store.load(profile.id) == profile and profile.baby.born_on == date(2027, 5, 1)


def test_a_baby_left_out_of_the_profile_is_removed_from_the_rows(app):
    profile = sita(babies=[Baby(born_on=date(2025, 1, 1)), Baby(born_on=date(2026, 2, 20))])
    profile_store.save(profile)
    profile.babies = profile.babies[1:]
    profile_store.save(profile)
    db.session.commit()
    assert db.session.scalars(select(BabyRow.born_on)).all() == [date(2026, 2, 20)]


def test_an_unknown_id_is_no_profile(app):
    assert profile_store.load(12345) is None
