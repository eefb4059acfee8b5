"""A message to a cohort of mothers, composed in the console or by chat, sent once per mother on `bulk`."""
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db, utcnow


class Broadcast(db.Model):
    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    source: Mapped[str] = mapped_column(String(8), default="web")  # web | chat
    cohort: Mapped[dict] = mapped_column(default=dict)  # services.cohorts.Cohort.as_dict()
    bodies: Mapped[dict] = mapped_column(default=dict)  # locale -> text
    # draft -> confirmed (queued on bulk) -> sent (every row written to the outbox); or cancelled
    status: Mapped[str] = mapped_column(String(12), default="draft")
    recipients: Mapped[int] = mapped_column(default=0)  # rows written to the outbox when sent
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    confirmed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
