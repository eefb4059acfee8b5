"""Each worker runs the dispatcher pass by itself: a row nobody handed to the queues is sent all the same."""
import threading
import time
from dataclasses import replace

from sqlalchemy import select

from models import OutboundMessage, db, utcnow
from services import outbox
from worker import make_worker, start_dispatcher


def test_the_worker_finds_and_sends_a_row_that_was_never_handed_over(twilio):
    app, stub = twilio
    app.config["AAMCARE"] = replace(app.config["AAMCARE"], OUTBOX_DISPATCH_SECONDS=0.2)
    outbox.add_many([outbox.Draft(phone="+9779800000001", kind="weekly", body="Week 20")], now=utcnow())
    db.session.commit()  # and no wake(): as if Redis had lost the hand-off
    stop = threading.Event()
    start_dispatcher(app, stop)
    deadline = time.monotonic() + 30
    try:
        while not stub.requests and time.monotonic() < deadline:
            make_worker(app).work(burst=True)
            time.sleep(0.1)
    finally:
        stop.set()
    db.session.rollback()
    assert len(stub.requests) == 1
    assert db.session.scalars(select(OutboundMessage.status)).one() == "sent"
