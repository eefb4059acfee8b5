"""One conversation per phone number: where the dialogue stands and what it has collected."""
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.ext.mutable import MutableDict
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import db, utcnow
from models.crypto import BlindIndex, EncryptedJSON, EncryptedText, indexed


class Conversation(db.Model):
    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(EncryptedText)  # E.164
    phone_index: Mapped[str] = mapped_column(BlindIndex, unique=True)
    channel: Mapped[str] = mapped_column(String(10))  # "sms" | "whatsapp": the last one she used
    locale: Mapped[str | None] = mapped_column(String(5))
    state: Mapped[str] = mapped_column(String(40), default="new")
    # answers collected by the current flow (her name and dates while she registers: sealed too)
    data: Mapped[dict] = mapped_column(MutableDict.as_mutable(EncryptedJSON), default=dict)
    opted_out: Mapped[bool] = mapped_column(default=False)
    mother_id: Mapped[int | None] = mapped_column(ForeignKey("mothers.id"), index=True)
    last_inbound_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    mother = relationship("Mother")


indexed(Conversation, "phone")
