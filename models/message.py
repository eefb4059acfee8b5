"""Every message in and out, kept: nothing a mother sent is lost."""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db, utcnow


class InboundMessage(db.Model):
    __tablename__ = "inbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), unique=True)  # Twilio retries reuse it
    phone: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(Text, default="")
    params: Mapped[dict] = mapped_column(default=dict)  # every webhook parameter as received
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_inbound_messages_phone_id", "phone", "id"),)


class OutboundMessage(db.Model):
    __tablename__ = "outbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(12))  # reply | alert | reminder | broadcast
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    # inline (sent as TwiML) | queued | sent | delivered | read | failed | undelivered | skipped
    status: Mapped[str] = mapped_column(String(12), default="queued")
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    error_code: Mapped[str | None] = mapped_column(String(40))
    segments: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    __table_args__ = (Index("ix_outbound_messages_phone_id", "phone", "id"),)


class StatusEvent(db.Model):
    """Every delivery callback as Twilio sent it; callbacks arrive out of order, so we keep them all."""

    __tablename__ = "status_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20))
    error_code: Mapped[str | None] = mapped_column(String(40))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
