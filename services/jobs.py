"""What every RQ job needs: its own app context, so each job gets a fresh database session."""
from __future__ import annotations

from functools import wraps

from flask import current_app


def in_app_context(func):
    """Run the job in a new app context of the worker's app (worker.py pushes the outer one)."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        with current_app._get_current_object().app_context():
            return func(*args, **kwargs)

    return wrapper
