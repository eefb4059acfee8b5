"""Conversations declared as data: each module has a `State` enum, `TRANSITIONS`, `PROMPTS` and `HANDLERS`.

A handler reads her answer and returns a trigger (or None to stay); a prompt says a state's question.
"""
from flows import behalf, details, menu, questions, registration, timeline

FLOWS = (registration, menu, questions, behalf, details, timeline)
PROMPTS = {state.value: prompt for flow in FLOWS for state, prompt in flow.PROMPTS.items()}
HANDLERS = {state.value: handler for flow in FLOWS for state, handler in flow.HANDLERS.items()}
