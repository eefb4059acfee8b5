"""Her checkups and vaccines as she told us about them: what her health worker sees beside the alerts."""
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import db, utcnow


class CareVisit(db.Model):
    """One checkup, postnatal contact or vaccine of her timeline that she answered about, or did not confirm.

    status: done (she replied WENT/DONE) | later (she asked to be reminded again) | unconfirmed (no answer by
    the follow-up, two days after the day). A later "done" replaces the others.
    """

    __tablename__ = "care_visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    mother_id: Mapped[int] = mapped_column(ForeignKey("mothers.id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(32))  # anc_26w | pnc_3d | td_1 | vaccine_42d (bot.timeline keys)
    due_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(12), index=True)
    answered_at: Mapped[datetime | None]  # her reply; None while unconfirmed
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("mother_id", "item", "due_on", name="uq_care_visits_mother_item_due_on"),)
