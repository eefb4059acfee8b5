"""A registered mother and her babies."""
from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import db, utcnow
from models.crypto import BlindIndex, EncryptedDate, EncryptedText, indexed


class Mother(db.Model):
    __tablename__ = "mothers"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(EncryptedText)  # E.164
    phone_index: Mapped[str] = mapped_column(BlindIndex, unique=True)
    name: Mapped[str] = mapped_column(EncryptedText)
    locale: Mapped[str] = mapped_column(String(5))
    channel: Mapped[str] = mapped_column(String(10))
    country: Mapped[str] = mapped_column(String(2))
    stage: Mapped[str] = mapped_column(String(10), index=True)  # "pregnant" | "baby"
    lmp: Mapped[date | None] = mapped_column(EncryptedDate)  # first day of the last menstrual period
    lmp_index: Mapped[str | None] = mapped_column(BlindIndex, index=True)
    due_date: Mapped[date | None] = mapped_column(EncryptedDate)  # sealed too: lmp = due_date - 280 days
    due_date_index: Mapped[str | None] = mapped_column(BlindIndex, index=True)
    facility_code: Mapped[str | None] = mapped_column(String(60), index=True)
    consented_at: Mapped[datetime]
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    babies: Mapped[list["Baby"]] = relationship(
        back_populates="mother", cascade="all, delete-orphan", order_by="Baby.id", lazy="selectin"
    )

    @property
    def baby(self) -> "Baby | None":
        return self.babies[-1] if self.babies else None


class Baby(db.Model):
    __tablename__ = "babies"

    id: Mapped[int] = mapped_column(primary_key=True)
    mother_id: Mapped[int] = mapped_column(ForeignKey("mothers.id"), index=True)
    born_on: Mapped[date] = mapped_column(EncryptedDate)
    born_on_index: Mapped[str] = mapped_column(BlindIndex, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    mother: Mapped[Mother] = relationship(back_populates="babies")


indexed(Mother, "phone", "lmp", "due_date")
indexed(Baby, "born_on")
