"""The sweep against the real databases: what is due at `now` becomes outbox rows, once."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import select

from models import Baby, CareVisit, Conversation, Mother, OutboundMessage, db
from services import sweep

KATHMANDU, KOLKATA = ZoneInfo("Asia/Kathmandu"), ZoneInfo("Asia/Kolkata")
DAY = date(2027, 1, 10)


def mother(phone: str, *, country: str = "NP", locale: str = "en", lmp: date | None = None,
           born: date | None = None, registered: date | None = None, stage: str | None = None) -> Mother:
    row = Mother(phone=phone, name="Sita", locale=locale, channel="sms", country=country,
                 stage=stage or ("pregnant" if lmp else "baby"), lmp=lmp, due_date=lmp and lmp + timedelta(days=280),
                 consented_at=datetime(2026, 6, 1, tzinfo=timezone.utc),
                 registered_at=datetime.combine(registered or (lmp or born), time(12), timezone.utc))
    if born:
        row.babies.append(Baby(born_on=born))
    db.session.add(row)
    db.session.add(Conversation(phone=phone, channel="sms", state="menu.main", data={}, locale=locale,
                                mother=row))
    db.session.commit()
    return row


def rows(**where) -> list[OutboundMessage]:
    query = select(OutboundMessage).order_by(OutboundMessage.id)
    for name, value in where.items():
        query = query.where(getattr(OutboundMessage, name) == value)
    return list(db.session.scalars(query))


def at(day: date, clock: time = time(9, 5), zone=KATHMANDU) -> datetime:
    return datetime.combine(day, clock, zone)


def test_a_reminder_three_days_before_and_a_weekly_message_become_rows_once(app):
    sita = mother("+9779800000001", lmp=DAY - timedelta(weeks=26) + timedelta(days=3))
    report = sweep.sweep(at(DAY))
    written = rows()
    assert report.written == len(written) == 1
    assert (written[0].kind, written[0].mother_id, written[0].natural_key) == (
        "checkup_reminder", sita.id, f"checkup_reminder:{sita.id}:anc_26w:{DAY + timedelta(days=3)}:3")
    assert written[0].due_at.replace(tzinfo=timezone.utc) == at(DAY, time(9)).astimezone(timezone.utc)
    assert written[0].not_after.replace(tzinfo=timezone.utc) == at(DAY, time(20)).astimezone(timezone.utc)
    assert sweep.sweep(at(DAY, time(10, 5))).written == 0 and len(rows()) == 1


def test_nothing_goes_before_the_reminder_hour_or_in_quiet_hours_and_a_dry_run_writes_nothing(app):
    mother("+9779800000001", lmp=DAY - timedelta(weeks=20))
    assert sweep.sweep(at(DAY, time(7, 0))).selected == 0
    assert sweep.sweep(at(DAY, time(20, 30))).selected == 0
    report = sweep.sweep(at(DAY), dry_run=True)
    assert report.selected == 2 and report.by_kind == {"checkup_reminder": 1, "weekly": 1} and rows() == []


def test_each_mother_is_swept_in_her_own_time_zone(app):
    mother("+9779800000001", lmp=DAY - timedelta(weeks=20))
    mother("+919800000002", country="IN", locale="hi", lmp=DAY - timedelta(weeks=20))
    at_nepal_nine = at(DAY, time(9, 5))  # 08:50 in India
    sweep.sweep(at_nepal_nine)
    assert {row.phone for row in rows()} == {"+9779800000001"}
    sweep.sweep(at(DAY, time(9, 5), KOLKATA))
    india = rows(phone="+919800000002", kind="weekly")
    assert len(india) == 1 and india[0].locale == "hi" and "हफ्ते" in india[0].body


def test_an_unconfirmed_checkup_gets_one_follow_up_and_shows_for_her_health_worker(app):
    sita = mother("+9779800000001", lmp=DAY - timedelta(weeks=26, days=2))
    gita = mother("+9779800000002", lmp=DAY - timedelta(weeks=26, days=2))
    db.session.add(CareVisit(mother_id=gita.id, item="anc_26w", due_on=DAY - timedelta(days=2), status="done",
                             answered_at=at(DAY - timedelta(days=2), time(11))))
    db.session.commit()
    sweep.sweep(at(DAY))
    sweep.sweep(at(DAY, time(15)))
    followups = rows(kind="followup")
    assert [row.mother_id for row in followups] == [sita.id]
    visits = db.session.scalars(select(CareVisit).where(CareVisit.status == "unconfirmed")).all()
    assert [(v.mother_id, v.item, v.due_on) for v in visits] == [(sita.id, "anc_26w", DAY - timedelta(days=2))]


def test_td_is_reminded_from_her_first_checkup_after_registering(app):
    lmp = DAY - timedelta(weeks=26)
    early = mother("+9779800000001", lmp=lmp, registered=lmp + timedelta(weeks=21))
    late = mother("+9779800000002", lmp=lmp, registered=lmp + timedelta(weeks=10))  # her Td was at 12 weeks
    sweep.sweep(at(DAY))
    td = rows(kind="vaccine_reminder")
    assert [(row.mother_id, row.natural_key.split(":")[2]) for row in td] == [(early.id, "td_1")]
    assert late.id not in {row.mother_id for row in td}


def test_babies_get_vaccines_and_monthly_messages_and_month_ends_are_not_lost(app):
    born_31 = mother("+9779800000001", born=date(2026, 8, 31))  # 4 months on: 31 December
    born_30 = mother("+9779800000002", born=date(2026, 8, 30))
    six_weeks = mother("+9779800000003", born=DAY - timedelta(days=42))
    sweep.sweep(at(date(2026, 12, 31)))
    monthly = {row.mother_id for row in rows(kind="weekly") if "baby_month_4" in row.natural_key}
    assert monthly == {born_31.id}
    sweep.sweep(at(DAY))
    vaccine = rows(mother_id=six_weeks.id, kind="vaccine_reminder")
    assert len(vaccine) == 1 and "DPT-HepB-Hib 1" in vaccine[0].body and "today" in vaccine[0].body
    assert born_30.id not in {row.mother_id for row in rows(kind="vaccine_reminder")}


def test_after_a_loss_nothing_is_selected_and_an_opted_out_mother_gets_only_a_skipped_record(app):
    mother("+9779800000001", lmp=DAY - timedelta(weeks=20), stage="loss")
    stopped = mother("+9779800000002", lmp=DAY - timedelta(weeks=20))
    db.session.execute(Conversation.__table__.update().where(Conversation.phone == stopped.phone)
                       .values(opted_out=True))
    db.session.commit()
    sweep.sweep(at(DAY))
    assert {row.phone for row in rows()} == {stopped.phone}
    assert {row.status for row in rows()} == {"skipped"}


def test_pages_keep_memory_bounded_and_miss_no_one(app):
    lmp = DAY - timedelta(weeks=20)
    for index in range(25):
        mother(f"+97798000001{index:02d}", lmp=lmp)
    report = sweep.sweep(at(DAY), batch=4)
    assert report.written == 50 and len(rows()) == 50


def test_natural_keys_read_back():
    from bot.timeline import Item

    item = Item("checkup", "anc_26w", DAY)
    key = sweep.natural_key("checkup_reminder", 7, item, 3)
    assert sweep.parse_key(key) == ("checkup_reminder", 7, "anc_26w", DAY, "3")
    assert sweep.parse_key("broadcast:1:7") is None
