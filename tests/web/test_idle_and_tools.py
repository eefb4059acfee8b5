"""A flow left half-finished, and the ways to try the service without Twilio (simulator, chat command)."""
from datetime import timedelta

from sqlalchemy import select, update

from models import Conversation, db, utcnow


def leave_idle(hours: float) -> None:
    db.session.execute(update(Conversation).values(last_inbound_at=utcnow() - timedelta(hours=hours)))
    db.session.commit()


def test_after_a_day_away_a_greeting_resumes_where_she_stopped(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes")
    leave_idle(25)
    reply = sita.send("hello")
    assert "Welcome back" in reply and "What is your name" in reply
    assert "pregnant now" in sita.send("Sita")


def test_after_a_day_away_a_real_answer_is_simply_taken(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes")
    leave_idle(25)
    assert "pregnant now" in sita.send("Sita")


def test_after_a_month_away_registration_starts_again(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes", "Sita")
    leave_idle(24 * 31)
    assert "1 English" in sita.send("1")
    db.session.rollback()
    assert db.session.scalars(select(Conversation)).one().data == {}


def test_the_simulator_page_and_its_conversation(client):
    assert client.get("/simulator/").status_code == 200
    response = client.post("/simulator/send", json={"phone": "+9779800000011", "channel": "whatsapp", "text": "hi"})
    messages = response.json["messages"]
    assert [m["direction"] for m in messages] == ["in", "out"] and "1 English" in messages[1]["text"]
    assert client.get("/simulator/messages?phone=%2B9779800000011").json["messages"] == messages


def test_the_simulator_refuses_a_bad_number_or_channel_with_400(client):
    assert client.post("/simulator/send", json={"phone": "abc", "text": "hi"}).status_code == 400
    assert client.post("/simulator/send", json={"phone": "+9779800000011", "channel": "fax"}).status_code == 400


def test_the_chat_command_talks_through_the_same_path(app):
    result = app.test_cli_runner().invoke(args=["chat", "--phone", "+9779800000012", "--channel", "sms"],
                                          input="hi\n1\n")
    assert result.exit_code == 0, result.output
    assert "1 English" in result.output and "Do you agree" in result.output


def test_the_simulator_serves_its_own_script_and_styles(client):
    assert client.get("/simulator/static/simulator.js").status_code == 200
    assert client.get("/simulator/static/simulator.css").status_code == 200


def test_the_simulator_shows_only_its_own_conversation_never_a_real_mothers(client, phone):
    sita = phone("+9779800000014")
    sita.conversation("hi", "1", "yes", "Sita")
    assert client.get("/simulator/messages?phone=%2B9779800000014").json["messages"] == []
    messages = client.post("/simulator/send", json={"phone": "+9779800000014", "text": "hello"}).json["messages"]
    assert [m["direction"] for m in messages] == ["in", "out"] and messages[0]["text"] == "hello"
    assert all("Sita" not in m["text"] for m in messages)


def test_the_simulator_is_not_served_unless_switched_on(migrated):
    from app import create_app
    from tests.support import services

    app = create_app(services.overrides(migrated) | {"SIMULATOR": False})
    assert app.test_client().get("/simulator/").status_code == 404
