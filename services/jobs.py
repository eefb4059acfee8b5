"""What every RQ job needs: its own app context (a fresh database session), and patience with SQLite's single
writer: a job that meets "database is locked" waits and runs again instead of failing."""
from __future__ import annotations

import logging
import time
from functools import wraps

from flask import current_app
from sqlalchemy.exc import OperationalError

log = logging.getLogger(__name__)
LOCKED_RETRIES = 5
LOCKED_PAUSE = 0.5  # seconds, doubled at each try


def in_app_context(func):
    """Run the job in a new app context of the worker's app (worker.py pushes the outer one)."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        pause = LOCKED_PAUSE
        for attempt in range(LOCKED_RETRIES + 1):
            with current_app._get_current_object().app_context():
                try:
                    return func(*args, **kwargs)
                except OperationalError as error:
                    if "locked" not in str(error) or attempt == LOCKED_RETRIES:
                        raise
                    from models import db

                    db.session.rollback()
                    log.info("%s met a locked database; running it again in %.1fs", func.__name__, pause)
            time.sleep(pause)
            pause *= 2

    return wrapper
