"""Her timeline, end to end: registered by SMS, reminded through the Twilio API at 09:05 her time, answering
reminders, telling us her baby is born or of a loss, on both backends, with `now` moving instead of the clock."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from models import CareVisit, Mother, OutboundMessage, db
from tests.support import console
from services import inbox
from tests.support.jobs import run_jobs

KATHMANDU = ZoneInfo("Asia/Kathmandu")
NUMBER = "+9779800000011"


@pytest.fixture
def service(migrated):
    """The app with the real Twilio sender talking to the Twilio stub (as the `twilio` fixture, with a sender
    fast enough for a walk through two years), and a way to text it and to run the sweep."""
    from app import create_app
    from tests.support import services
    from tests.support.twilio_stub import TwilioStub, serve

    stub = TwilioStub()
    server, url = serve(stub)
    config = services.overrides(migrated) | {"TWILIO_ACCOUNT_SID": "AC" + "1" * 32, "TWILIO_API_BASE_URL": url,
                                             "SMS_RATE_PER_SECOND": 100.0}
    app = create_app(config)
    with app.app_context():
        services.empty(app)
        yield Service(app, stub)
        services.empty(app)
    server.shutdown()


class Service:
    def __init__(self, app, stub):
        self.app, self.stub = app, stub

    def text(self, body: str, at: datetime, number: str = NUMBER) -> str:
        return inbox.receive(inbox.simulated(number, "sms", body), now=at).text

    def register(self, at: datetime, *answers: str, number: str = NUMBER) -> list[str]:
        return [self.text(answer, at + timedelta(seconds=index), number) for index, answer in enumerate(answers)]

    def send_due(self, at: datetime, *extra: str, send: bool = True) -> str:
        """`flask reminders send-due --now`, then (unless send=False) the workers' jobs at that moment."""
        result = self.app.test_cli_runner().invoke(args=["reminders", "send-due", "--now", at.isoformat(), *extra])
        assert result.exit_code == 0, result.output
        if send and (self.handed(result.output) or send == "always"):
            run_jobs(self.app, now=at)
        return result.output

    @staticmethod
    def handed(output: str) -> int:
        """How many rows the command handed to the workers (none: no worker needs to start)."""
        return int(re.search(r"handed: (\d+)", output).group(1)) if "handed:" in output else 0

    def received(self, number: str = NUMBER) -> list[str]:
        return [request["Body"] for request in self.stub.requests if request["To"] == number]


def local(day: date, clock: time = time(9, 5)) -> datetime:
    return datetime.combine(day, clock, KATHMANDU)


def registered_at_20_weeks(service: Service, start: datetime, locale_choice: str = "1") -> Mother:
    service.register(start, "hi", locale_choice, "yes", "Sita", "1", "20 weeks", "1", "skip")
    return db.session.scalars(select(Mother).where(Mother.phone == NUMBER)).one()


START = local(date(2027, 1, 4), time(15, 0))


def test_a_checkup_reminder_goes_at_0905_her_time_three_days_before_her_26_week_contact(service):
    mother = registered_at_20_weeks(service, START)
    contact = mother.lmp + timedelta(weeks=26)
    reminder_day = contact - timedelta(days=3)

    service.send_due(local(reminder_day, time(7, 0)))
    assert not [body for body in service.received() if "26 weeks" in body]  # 07:00 is quiet hours

    service.send_due(local(reminder_day))
    reminders = [body for body in service.received() if "checkup at 26 weeks" in body]
    assert len(reminders) == 1 and "is on" in reminders[0]

    output = service.send_due(local(reminder_day, time(9, 35)))
    assert "0 new" in output
    assert len([body for body in service.received() if "checkup at 26 weeks" in body]) == 1


def test_the_reminder_is_in_her_language(service):
    mother = registered_at_20_weeks(service, START, locale_choice="3")
    service.send_due(local(mother.lmp + timedelta(weeks=26, days=-3)))
    reminder = next(body for body in service.received() if "२६" in body or "26" in body)
    assert "जाँच" in reminder


def test_an_opted_out_mother_receives_nothing(service):
    mother = registered_at_20_weeks(service, START)
    service.text("STOP", START + timedelta(minutes=5))
    for offset in range(-3, 1):
        service.send_due(local(mother.lmp + timedelta(weeks=26, days=offset)))
    assert service.received() == []


def test_seven_daily_sweeps_at_0905_send_exactly_one_weekly_message(service):
    mother = registered_at_20_weeks(service, START)
    first = START.date() + timedelta(days=1)
    for offset in range(7):
        service.send_due(local(first + timedelta(days=offset)))
    weekly = db.session.scalars(select(OutboundMessage).where(OutboundMessage.kind == "weekly")).all()
    assert len(weekly) == 1 and weekly[0].status == "sent"
    assert weekly[0].body.startswith("21 weeks pregnant")
    assert len([body for body in service.received() if "weeks pregnant" in body]) == 1


def test_after_baby_born_and_a_birth_date_she_gets_her_babys_six_week_vaccine_reminder(service):
    mother = registered_at_20_weeks(service, START)
    born_day = mother.lmp + timedelta(weeks=39, days=3)
    told_on = born_day + timedelta(days=1)  # 3 days before her 40-week checkup
    service.send_due(local(told_on), send=False)  # written and due, not yet with a worker
    queued = db.session.scalars(select(OutboundMessage).where(OutboundMessage.status == "queued")).all()
    assert [row.kind for row in queued] == ["checkup_reminder"]
    assert "When was your baby born" in service.text("baby born", local(told_on, time(9, 10)))
    reply = service.text("yesterday", local(told_on, time(9, 11)))
    assert "Congratulations on your baby" in reply and "vaccines" in reply
    db.session.refresh(mother)
    assert mother.stage == "baby" and mother.babies[-1].born_on == born_day
    db.session.refresh(queued[0])
    assert queued[0].status == "cancelled"  # the pregnancy's last reminder never goes

    service.send_due(local(born_day + timedelta(days=42)))
    assert any("DPT-HepB-Hib 1" in body and "today" in body for body in service.received())
    assert not any("40 weeks" in body for body in service.received())


def test_after_a_loss_she_receives_a_kind_reply_and_nothing_more_and_her_health_worker_is_told(service):
    console.worker("+9779811111111", None, locale="en")
    db.session.commit()
    mother = registered_at_20_weeks(service, START)
    reply = service.text("I had a miscarriage", START + timedelta(days=2))
    assert "so sorry for your loss" in reply and "STOP" in reply and "?" not in reply
    again = service.text("miscarriage", START + timedelta(days=2, minutes=1))
    assert "sorry" in again and "?" not in again  # never asked to confirm
    run_jobs(service.app, now=START + timedelta(days=2, minutes=2))
    assert any("Sita" in body and "loss" in body for body in service.received("+9779811111111"))

    for offset in range(0, 120, 3):
        service.send_due(local(START.date() + timedelta(days=offset + 3)))
    assert service.received() == []
    db.session.refresh(mother)
    assert mother.stage == "loss"


def test_went_is_recorded_for_her_health_worker_and_later_reminds_her_tomorrow(service):
    mother = registered_at_20_weeks(service, START)
    contact = mother.lmp + timedelta(weeks=26)
    service.send_due(local(contact))
    assert "Okay" in service.text("later", local(contact, time(10, 0)))
    service.send_due(local(contact + timedelta(days=1)))
    assert any("as you asked" in body for body in service.received())
    assert "Thank you for going" in service.text("went", local(contact + timedelta(days=1), time(12, 0)))
    visit = db.session.scalars(select(CareVisit)).one()
    assert (visit.item, visit.due_on, visit.status) == ("anc_26w", contact, "done")

    service.send_due(local(contact + timedelta(days=2)))
    assert not any("did you go" in body for body in service.received())  # she confirmed: no follow-up


def test_an_unconfirmed_checkup_gets_one_follow_up_two_days_later_and_shows_for_her_health_worker(service):
    mother = registered_at_20_weeks(service, START)
    contact = mother.lmp + timedelta(weeks=26)
    for offset in (0, 2, 2, 3):
        service.send_due(local(contact + timedelta(days=offset)))
    assert len([body for body in service.received() if "did you go to your checkup" in body]) == 1
    visit = db.session.scalars(select(CareVisit)).one()
    assert (visit.mother_id, visit.item, visit.status) == (mother.id, "anc_26w", "unconfirmed")


def test_a_new_due_date_replans_her_checkups(service):
    mother = registered_at_20_weeks(service, START)
    new_due = mother.due_date + timedelta(weeks=2)
    reply = service.text(f"change due date {new_due:%d/%m/%Y}", START + timedelta(days=1))
    assert "due date is now" in reply
    db.session.refresh(mother)
    assert mother.due_date == new_due
    service.send_due(local(mother.lmp + timedelta(weeks=26, days=-3)))
    assert any("checkup at 26 weeks" in body for body in service.received())


def test_next_checkup_gives_her_own_upcoming_list(service):
    mother = registered_at_20_weeks(service, START)
    reply = service.text("next checkup", START + timedelta(minutes=5))
    assert "at 20 weeks" in reply and "26 weeks" in reply and "30 weeks" in reply  # today's first


def test_a_walk_from_20_weeks_to_her_babys_15_month_vaccine(service):
    """Daily sweeps at 09:05 her time, her baby born at 39 weeks: every reminder on its day, none twice."""
    mother = registered_at_20_weeks(service, START)
    born_day = mother.lmp + timedelta(weeks=39)
    day = START.date() + timedelta(days=1)
    while day <= born_day + timedelta(days=460):
        service.send_due(local(day))
        if day == born_day + timedelta(days=1):
            service.text("delivery ho gayi hijo", local(day, time(11, 0)))
        day += timedelta(days=1)
    bodies = service.received()
    rows = db.session.scalars(select(OutboundMessage).where(OutboundMessage.mother_id == mother.id)).all()
    assert len(bodies) == len([row for row in rows if row.status == "sent"])  # one API call per row, none twice
    for week in (26, 30, 34, 36, 38):
        assert len([b for b in bodies if f"checkup at {week} weeks is on" in b]) == 1
    assert any("MR 2, typhoid conjugate (TCV)" in b for b in bodies)  # the 15-month vaccine
    assert not any("checkup at 40 weeks" in b for b in bodies)  # born before it: pregnancy messages stopped
    weekly = [row.body for row in rows if row.kind == "weekly"]
    assert len(weekly) == 19 + 13 + 12  # pregnancy weeks 21-39, baby weeks 1-13, months 4-15
