"""What one inbound message produces: replies to send back and actions to record in the same transaction."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Action:
    """A record the service layer writes with the conversation (and the job it enqueues after commit).

    kind: "consent" (data: event), "alert" (sign, group, urgency), "question" (text), "erase" (no data: she
    confirmed that everything about her is to be deleted).
    """

    kind: str
    data: dict


@dataclass
class Turn:
    replies: list[str] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    def record(self, kind: str, **data) -> None:
        self.actions.append(Action(kind, data))

    @property
    def erases(self) -> bool:
        return any(action.kind == "erase" for action in self.actions)

    def text(self) -> str:
        """All replies of the turn in one message: one SMS costs fewer segments than two."""
        return "\n\n".join(reply for reply in self.replies if reply)
