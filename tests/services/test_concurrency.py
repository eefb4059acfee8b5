"""Two messages from one sender at the same moment are processed one after the other, never interleaved."""
import threading

from sqlalchemy import select

from models import Conversation, InboundMessage, OutboundMessage, db
from tests.support.phone import post_signed, reply_text


def send_together(app, forms: list[dict]) -> list[str]:
    barrier = threading.Barrier(len(forms))
    replies: list[str] = [""] * len(forms)

    def post(index: int, form: dict) -> None:
        client = app.test_client()
        barrier.wait()
        replies[index] = reply_text(post_signed(client, form))

    threads = [threading.Thread(target=post, args=(i, form)) for i, form in enumerate(forms)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return replies


def test_simultaneous_messages_from_one_sender_each_move_the_conversation_once(app, phone):
    sita = phone()
    sita.conversation("hi", "1", "yes")  # now asked for her name
    replies = send_together(app, [sita.form("Sita"), sita.form("1")])
    db.session.rollback()  # a fresh snapshot after the threads committed
    conversation = db.session.scalars(select(Conversation)).one()
    # Whatever the order, the name step consumed one message and the pregnant/baby step the other.
    assert conversation.state in ("registration.pregnancy_date", "registration.stage")
    assert all(replies)
    assert len(db.session.scalars(select(InboundMessage)).all()) == 5
    assert db.session.scalars(select(InboundMessage).where(InboundMessage.error.is_not(None))).all() == []


def test_the_same_message_delivered_twice_at_once_has_one_effect(app, phone):
    sita = phone()
    form = sita.form("hi")
    replies = send_together(app, [form, form])
    db.session.rollback()  # a fresh snapshot after the threads committed
    assert len(db.session.scalars(select(InboundMessage)).all()) == 1
    assert len(db.session.scalars(select(OutboundMessage)).all()) == 1
    assert "1 English" in max(replies, key=len)


def test_a_burst_from_many_new_senders_creates_one_conversation_each(app, phone):
    forms = [phone(f"+97798000001{i:02d}").form("hi") for i in range(8)]
    replies = send_together(app, forms)
    db.session.rollback()  # a fresh snapshot after the threads committed
    assert all("1 English" in reply for reply in replies)
    assert len(db.session.scalars(select(Conversation)).all()) == 8
