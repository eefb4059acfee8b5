"""The consent ledger: every opt-in, opt-out and consent answer, never edited."""
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db, utcnow
from models.crypto import BlindIndex, EncryptedText, indexed


class ConsentEvent(db.Model):
    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(EncryptedText)
    phone_index: Mapped[str] = mapped_column(BlindIndex, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # opt_out | opt_in | consent_given | consent_refused
    channel: Mapped[str] = mapped_column(String(10))
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


indexed(ConsentEvent, "phone")
