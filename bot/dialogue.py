"""Where one number's dialogue stands: the object the engine reads and changes for one message.

A plain object, not a database row: the service layer loads it under the sender's lock and stores it back
(services.dialogue_store), so the engine cannot touch the database even by accident.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.profile import Profile


@dataclass
class Dialogue:
    phone: str  # E.164
    channel: str  # the channel of her latest message
    state: str = "new"
    locale: str | None = None
    data: dict = field(default_factory=dict)  # answers collected by the current flow
    opted_out: bool = False
    last_inbound_at: datetime | None = None  # timezone-aware UTC
    mother: Profile | None = None  # her profile once she is registered (a flow may create or change it)

    @property
    def mother_id(self) -> int | None:
        return self.mother.id if self.mother is not None else None
