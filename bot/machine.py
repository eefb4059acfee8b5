"""One transitions Machine for every flow, built once; each message borrows a model for its conversation.

Workers are stateless: per message a model takes the stored state, fires one trigger and gives the new state
back (see transitions' FAQ on many models). Models are pooled rather than added and removed per message: adding
a model to a machine binds every trigger to it, which costs more than the transition itself. A pool holds at
most as many models as messages were ever handled at once. States are stored strings that never change.
"""
from __future__ import annotations

from queue import Empty, SimpleQueue

from transitions import Machine, MachineError

NEW = "new"


class Dialog:
    """The model the machine drives: only the state, never the database row."""

    def __init__(self, state: str):
        self.state = state


class InvalidStep(Exception):
    """A flow asked for a trigger that its current state does not allow: a bug in a flow."""


class FlowMachine:
    def __init__(self, flows):
        states = [NEW] + [state.value for flow in flows for state in flow.State]
        transitions = [_plain(t) for flow in flows for t in flow.TRANSITIONS]
        self.machine = Machine(model=None, states=states, transitions=transitions, initial=None,
                               auto_transitions=False)
        self._idle: SimpleQueue[Dialog] = SimpleQueue()

    def fire(self, state: str, trigger: str) -> str:
        """The state `trigger` leads to from `state`. Raises InvalidStep if `state` does not allow it."""
        dialog = self._borrow()
        try:
            self.machine.set_state(state, model=dialog)
            dialog.trigger(trigger)
            return dialog.state
        except (MachineError, AttributeError) as error:
            raise InvalidStep(f"{trigger!r} from {state!r}") from error
        finally:
            self._idle.put(dialog)

    def _borrow(self) -> Dialog:
        try:
            return self._idle.get_nowait()
        except Empty:
            dialog = Dialog(NEW)
            self.machine.add_model(dialog, initial=NEW)
            return dialog


def build(flows) -> FlowMachine:
    return FlowMachine(flows)


def _plain(transition: dict) -> dict:
    """Enum members to their stored string values."""
    def value(state):
        if isinstance(state, (list, tuple)):
            return [value(s) for s in state]
        return getattr(state, "value", state)

    return {key: value(item) if key in ("source", "dest") else item for key, item in transition.items()}
