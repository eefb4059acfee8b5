"""What is left of a mother who asked us to erase her: anonymous counts, and nothing that points to her."""
from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db


class Erasure(db.Model):
    __tablename__ = "erasures"

    id: Mapped[int] = mapped_column(primary_key=True)
    erased_at: Mapped[datetime]
    country: Mapped[str | None] = mapped_column(String(2))
    registered: Mapped[bool]
    messages_in: Mapped[int]
    messages_out: Mapped[int]
    alerts: Mapped[int]
    questions: Mapped[int]
