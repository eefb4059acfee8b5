"""The people who use the console: facilities (data, imported from a CSV) and user accounts with a role.

A health worker belongs to a facility (and so to its district), a supervisor to a district, an admin to all.
What each may see and do follows from that (services.scope).
"""
from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db, utcnow
from models.crypto import BlindIndex, EncryptedText, indexed

ROLES = ("admin", "supervisor", "health_worker")


class Facility(db.Model):
    __tablename__ = "facilities"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    district: Mapped[str] = mapped_column(String(80), index=True)


class User(db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    password_hash: Mapped[str | None] = mapped_column(String(200))  # None: cannot sign in (alerts by SMS only)
    role: Mapped[str] = mapped_column(String(16))  # admin | supervisor | health_worker
    facility_code: Mapped[str | None] = mapped_column(String(60), index=True)  # health workers
    district: Mapped[str | None] = mapped_column(String(80), index=True)  # supervisors; a worker's facility's
    phone: Mapped[str | None] = mapped_column(EncryptedText)  # E.164: alerts, ALERT broadcasts by chat
    phone_index: Mapped[str | None] = mapped_column(BlindIndex, unique=True)
    channel: Mapped[str] = mapped_column(String(10), default="sms")
    locale: Mapped[str] = mapped_column(String(5), default="en")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


indexed(User, "phone")
