"""What the health workers see: danger-sign alerts and questions the bot could not answer."""
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db, utcnow


class HealthWorker(db.Model):
    __tablename__ = "health_workers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    channel: Mapped[str] = mapped_column(String(10), default="sms")
    locale: Mapped[str] = mapped_column(String(5), default="en")
    facility_code: Mapped[str | None] = mapped_column(String(60), index=True)  # None: on call for everyone


class Alert(db.Model):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)
    mother_id: Mapped[int | None] = mapped_column(ForeignKey("mothers.id"), index=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    sign: Mapped[str] = mapped_column(String(40))
    group: Mapped[str] = mapped_column(String(12))
    urgency: Mapped[str] = mapped_column(String(6))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    notified_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]  # a health worker closed it in the console, with a note


class Question(db.Model):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)
    mother_id: Mapped[int | None] = mapped_column(ForeignKey("mothers.id"))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    answered_at: Mapped[datetime | None]
