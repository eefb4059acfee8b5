"""Console accounts: creating users with a role, and signing them in."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from models import Facility, User, db
from models.staff import ROLES
from services import passwords


MIN_PASSWORD = 10


class AccountError(ValueError):
    """The account cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class NewUser:
    username: str
    role: str
    password: str | None = None
    name: str | None = None
    facility: str | None = None
    district: str | None = None
    phone: str | None = None  # E.164, already normalised
    locale: str = "en"
    channel: str = "sms"


def create(new: NewUser) -> User:
    """Add the user in the caller's transaction; raises AccountError for a wrong role/place, a taken name or a
    short password. A user without a password (alerts by SMS only) cannot sign in."""
    _check_password(new.password)
    facility, district = _place(new)
    if db.session.scalar(select(User.id).where(func.lower(User.username) == new.username.lower())):
        raise AccountError(f"username {new.username!r} is taken")
    if new.phone and db.session.scalar(select(User.id).where(User.phone == new.phone)):
        raise AccountError(f"phone {new.phone} belongs to another user")
    user = User(username=new.username, name=new.name or new.username, role=new.role, facility_code=facility,
                district=district, phone=new.phone or None, locale=new.locale, channel=new.channel,
                password_hash=passwords.hash_password(new.password) if new.password else None, active=True)
    db.session.add(user)
    db.session.flush()
    return user


def set_password(username: str, password: str) -> User:
    _check_password(password)
    user = db.session.scalars(select(User).where(func.lower(User.username) == username.lower())).first()
    if user is None:
        raise AccountError(f"no user {username!r}")
    user.password_hash = passwords.hash_password(password)
    return user


def _check_password(password: str | None) -> None:
    if password is not None and len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")


def _place(new: NewUser) -> tuple[str | None, str | None]:
    if new.role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if new.role == "health_worker":
        facility = db.session.get(Facility, new.facility or "")
        if facility is None:
            raise AccountError("a health worker needs --facility with the code of an imported facility")
        return facility.code, facility.district
    if new.role == "supervisor":
        if not new.district or not db.session.scalar(select(Facility.code).where(Facility.district == new.district)):
            raise AccountError("a supervisor needs --district with the name of a district of imported facilities")
        return None, new.district
    return None, None


def authenticate(username: str, password: str) -> User | None:
    """The active user with this name and password, else None (the same work either way)."""
    user = db.session.scalars(select(User).where(func.lower(User.username) == username.strip().lower())).first()
    ok = passwords.verify(user.password_hash if user else None, password)
    if not ok or user is None or not user.active:
        return None
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
        db.session.commit()
    return user


def by_phone(phone: str) -> User | None:
    return db.session.scalars(select(User).where(User.phone == phone, User.active.is_(True))).first()
