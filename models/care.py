"""What the health workers see: danger-sign alerts and questions the bot could not answer."""
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db, utcnow
from models.crypto import BlindIndex, EncryptedText, indexed


class Alert(db.Model):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(EncryptedText)
    phone_index: Mapped[str] = mapped_column(BlindIndex, index=True)
    mother_id: Mapped[int | None] = mapped_column(ForeignKey("mothers.id"), index=True)
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    sign: Mapped[str] = mapped_column(String(40))
    group: Mapped[str] = mapped_column(String(12))
    urgency: Mapped[str] = mapped_column(String(6))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    notified_at: Mapped[datetime | None]  # when a message about it was first accepted by Twilio
    # open (nobody told yet) | sent (a health worker's message was accepted) | acknowledged
    status: Mapped[str] = mapped_column(String(14), default="open", index=True)
    level: Mapped[int] = mapped_column(default=0)  # which circle of people has been told: see services.alerts
    escalate_at: Mapped[datetime | None] = mapped_column(index=True)  # unacknowledged by then: tell the next
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[str | None] = mapped_column(EncryptedText)  # the phone that acknowledged it
    resolved_at: Mapped[datetime | None]  # a health worker closed it in the console, with a note


class AlertEvent(db.Model):
    """An alert's history: who was told at which level, escalations, acknowledgement."""

    __tablename__ = "alert_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alerts.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(16))  # notified | escalated | exhausted | acknowledged | nobody
    level: Mapped[int] = mapped_column(default=0)
    detail: Mapped[str | None] = mapped_column(EncryptedText)  # "acknowledged": the phone that did
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Question(db.Model):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(EncryptedText)
    phone_index: Mapped[str] = mapped_column(BlindIndex, index=True)
    mother_id: Mapped[int | None] = mapped_column(ForeignKey("mothers.id"))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    text: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    answered_at: Mapped[datetime | None]


indexed(Alert, "phone")
indexed(Question, "phone")
