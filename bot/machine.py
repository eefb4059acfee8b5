"""One transitions Machine for every flow, built once; each message borrows it for its conversation.

Workers are stateless: per message we add a throw-away model holding the stored state, fire one trigger
and read the new state back (see transitions' FAQ on many models). States are stored strings that never change.
"""
from __future__ import annotations

from transitions import Machine, MachineError

NEW = "new"


class Dialog:
    """The model the machine drives: only the state, never the database row."""

    def __init__(self, state: str):
        self.state = state


class InvalidStep(Exception):
    """A flow asked for a trigger that its current state does not allow: a bug in a flow."""


def build(flows) -> Machine:
    states = [NEW] + [state.value for flow in flows for state in flow.State]
    transitions = [_plain(t) for flow in flows for t in flow.TRANSITIONS]
    return Machine(model=None, states=states, transitions=transitions, initial=None, auto_transitions=False)


def fire(machine: Machine, state: str, trigger: str) -> str:
    dialog = Dialog(state)
    machine.add_model(dialog, initial=state)
    try:
        dialog.trigger(trigger)
    except (MachineError, AttributeError) as error:
        raise InvalidStep(f"{trigger!r} from {state!r}") from error
    finally:
        machine.remove_model(dialog)
    return dialog.state


def _plain(transition: dict) -> dict:
    """Enum members to their stored string values."""
    def value(state):
        if isinstance(state, (list, tuple)):
            return [value(s) for s in state]
        return getattr(state, "value", state)

    return {key: value(item) if key in ("source", "dest") else item for key, item in transition.items()}
