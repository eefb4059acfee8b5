"""Every message in and out, kept: nothing a mother sent is lost."""
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db, utcnow
from models.crypto import BlindIndex, EncryptedJSON, EncryptedText, indexed


class InboundMessage(db.Model):
    __tablename__ = "inbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), unique=True)  # Twilio retries reuse it
    phone: Mapped[str] = mapped_column(EncryptedText)
    phone_index: Mapped[str] = mapped_column(BlindIndex)
    channel: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(EncryptedText, default="")
    params: Mapped[dict] = mapped_column(EncryptedJSON, default=dict)  # every webhook parameter as received
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(EncryptedText)

    __table_args__ = (Index("ix_inbound_messages_phone_index_id", "phone_index", "id"),)


class OutboundMessage(db.Model):
    """A message to a number: an inline reply (sent in the webhook's TwiML) or an outbox row sent by the workers.

    An outbox row is written in the transaction of the decision that causes it and is the source of truth: Redis
    only carries wake-ups, so a lost job, a killed worker or a flushed Redis delays a message, never loses it.
    """

    __tablename__ = "outbound_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(EncryptedText)
    phone_index: Mapped[str] = mapped_column(BlindIndex)
    channel: Mapped[str] = mapped_column(String(10))
    body: Mapped[str] = mapped_column(EncryptedText)
    # reply | alert | notice | checkup_reminder | vaccine_reminder | weekly | followup | broadcast | consent_request
    kind: Mapped[str] = mapped_column(String(24))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"), index=True)
    # inline (sent as TwiML) | queued | sending | sent | delivered | read | failed | undelivered | expired | skipped
    # | cancelled
    status: Mapped[str] = mapped_column(String(12), default="queued")
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True)
    error_code: Mapped[str | None] = mapped_column(String(40))
    segments: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    locale: Mapped[str | None] = mapped_column(String(8))
    priority: Mapped[str] = mapped_column(String(8), server_default="default")  # high | default | bulk: its queue
    due_at: Mapped[datetime | None]  # not before this
    not_after: Mapped[datetime | None]  # validity: still unsent after this, it expires instead of arriving late
    handed_at: Mapped[datetime | None]  # last handed to the workers; handed again if still queued much later
    claimed_at: Mapped[datetime | None]  # when a worker took it for its API call (status "sending")
    attempts: Mapped[int] = mapped_column(server_default="0")
    natural_key: Mapped[str | None] = mapped_column(String(160), unique=True)  # a second add writes nothing
    template: Mapped[str | None] = mapped_column(String(64))  # WhatsApp ContentSid, chosen when queued
    variables: Mapped[dict | None] = mapped_column(EncryptedJSON)  # ContentVariables for the template
    mother_id: Mapped[int | None] = mapped_column(ForeignKey("mothers.id"), index=True)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alerts.id"), index=True)
    broadcast_id: Mapped[int | None] = mapped_column(index=True)

    __table_args__ = (
        Index("ix_outbound_messages_phone_index_id", "phone_index", "id"),
        Index("ix_outbound_messages_status_due_at", "status", "due_at"),
    )


class OutboundEvent(db.Model):
    """Every status an outbox row went through, with when and why: its history for operators."""

    __tablename__ = "outbound_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    outbound_id: Mapped[int] = mapped_column(ForeignKey("outbound_messages.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    detail: Mapped[str | None] = mapped_column(EncryptedText)  # Twilio's error messages name the number


class Reachability(db.Model):
    """How sending to a number has gone: consecutive failures, and since when it counts as unreachable."""

    __tablename__ = "reachability"

    phone_index: Mapped[str] = mapped_column(BlindIndex, primary_key=True)
    phone: Mapped[str] = mapped_column(EncryptedText)
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    unreachable_since: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class StatusEvent(db.Model):
    """Every delivery callback as Twilio sent it; callbacks arrive out of order, so we keep them all."""

    __tablename__ = "status_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_sid: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20))
    error_code: Mapped[str | None] = mapped_column(String(40))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


indexed(InboundMessage, "phone")
indexed(OutboundMessage, "phone")
indexed(Reachability, "phone")
