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


def test_a_reply_from_questions_reaches_her_and_the_question_is_answered(app, client, phone):
    console.facilities()
    console.user("root", "admin")
    ask_a_health_worker(phone)
    db.session.rollback()
    question = db.session.scalars(select(Question)).one()
    console.sign_in(client, "root")
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
    console.facilities()
    console.user("root", "admin")
    ask_a_health_worker(phone)
    db.session.rollback()
    question = db.session.scalars(select(Question)).one()
    console.sign_in(client, "root")
    console.post(client, f"/questions/{question.id}/reply", {"text": "First"}, page="/questions")
    console.post(client, f"/questions/{question.id}/reply", {"text": "Second"}, page="/questions")
    db.session.rollback()
    bodies = db.session.scalars(select(OutboundMessage.body).where(OutboundMessage.kind == "reply",
                                                                  OutboundMessage.status != "inline")).all()
    assert bodies == ["First"]


def test_a_health_worker_of_another_facility_neither_sees_nor_answers_her_question(client, phone):
    console.facilities()
    console.user("bina", "health_worker", facility="PHC-B")
    ask_a_health_worker(phone)  # registered without a facility
    db.session.rollback()
    question = db.session.scalars(select(Question)).one()
    console.sign_in(client, "bina")
    assert "cricket score" not in client.get("/questions").data.decode()
    response = console.post(client, f"/questions/{question.id}/reply", {"text": "Hello"}, page="/questions")
    assert response.status_code == 404
    db.session.rollback()
    assert db.session.get(Question, question.id).answered_at is None
