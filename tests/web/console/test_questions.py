"""/questions: a question the bot could not answer, answered by her health worker, reaches her phone."""
from sqlalchemy import select

from models import OutboundMessage, Question, db
from services import sender
from tests.support import console
from tests.support.jobs import run_jobs
from tests.web.test_questions import registered


def ask_a_health_worker(phone, number="+9779800000001"):
    sita = registered(phone, number=number)
    sita.send("what is the cricket score today")
    sita.send("0")
    return sita


def her_question(phone, signed_in: str, role: str = "admin", facility: str | None = None, client=None) -> Question:
    """The facilities, a console user signed in, and the question Sita passed on to a health worker."""
    console.facilities()
    console.user(signed_in, role, **({"facility": facility} if facility else {}))
    ask_a_health_worker(phone)
    db.session.rollback()
    question = db.session.scalars(select(Question)).one()
    console.sign_in(client, signed_in)
    return question


def test_a_reply_from_questions_reaches_her_and_the_question_is_answered(app, client, phone):
    question = her_question(phone, "root", client=client)
    page = client.get("/questions").data.decode()
    assert "cricket score" in page
    response = console.post(client, f"/questions/{question.id}/reply", {"text": "Rest well and drink water."},
                            page="/questions")
    assert response.status_code == 302
    run_jobs(app)
    assert ("+9779800000001", "sms", "Rest well and drink water.") in sender.current().sent
    assert db.session.get(Question, question.id).answered_at is not None
    assert "cricket score" not in client.get("/questions").data.decode()


def test_a_second_reply_to_the_same_question_sends_nothing_more(app, client, phone):
    question = her_question(phone, "root", client=client)
    console.post(client, f"/questions/{question.id}/reply", {"text": "First"}, page="/questions")
    console.post(client, f"/questions/{question.id}/reply", {"text": "Second"}, page="/questions")
    db.session.rollback()
    bodies = db.session.scalars(select(OutboundMessage.body).where(OutboundMessage.kind == "reply",
                                                                  OutboundMessage.status != "inline")).all()
    assert bodies == ["First"]


def test_a_health_worker_of_another_facility_neither_sees_nor_answers_her_question(client, phone):
    question = her_question(phone, "bina", "health_worker", facility="PHC-B", client=client)  # she gave none
    assert "cricket score" not in client.get("/questions").data.decode()
    response = console.post(client, f"/questions/{question.id}/reply", {"text": "Hello"}, page="/questions")
    assert response.status_code == 404
    db.session.rollback()
    assert db.session.get(Question, question.id).answered_at is None
