"""SQLAlchemy 2 models, one module per aggregate. Import from here."""
from models.base import db, utcnow
from models.conversation import Conversation
from models.mother import Baby, Mother
from models.message import InboundMessage, OutboundEvent, OutboundMessage, Reachability, StatusEvent
from models.consent import ConsentEvent
from models.care import Alert, AlertEvent, Question
from models.staff import Facility, User
from models.note import Note
from models.broadcast import Broadcast
from models.erasure import Erasure

__all__ = [
    "db", "utcnow", "Conversation", "Mother", "Baby", "InboundMessage", "OutboundMessage", "StatusEvent",
    "ConsentEvent", "Alert", "AlertEvent", "Question", "OutboundEvent", "Reachability",
    "Facility", "User", "Note", "Broadcast",
    "Erasure",
]
