"""Jobs are patient with SQLite's single writer: "database is locked" runs the job again instead of losing it."""
import pytest
from sqlalchemy.exc import OperationalError

from services import jobs


def flaky(failures: int, message: str = "database is locked"):
    calls = []

    @jobs.in_app_context
    def job():
        calls.append(1)
        if len(calls) <= failures:
            raise OperationalError("UPDATE ...", {}, Exception(message))
        return "done"

    return job, calls


def test_a_job_that_meets_a_locked_database_runs_again(app, monkeypatch):
    monkeypatch.setattr(jobs, "LOCKED_PAUSE", 0.01)
    job, calls = flaky(2)
    assert job() == "done" and len(calls) == 3


def test_other_database_errors_are_not_hidden(app, monkeypatch):
    monkeypatch.setattr(jobs, "LOCKED_PAUSE", 0.01)
    job, calls = flaky(1, "no such table: mothers")
    with pytest.raises(OperationalError):
        job()
    assert len(calls) == 1
