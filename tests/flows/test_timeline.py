"""Her life events and answers to reminders, through the engine alone: replies, her profile, what is recorded."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import nepali_datetime
import pytest

from bot.context import Context
from bot.dialogue import Dialogue
from bot.inbound import Inbound
from bot.profile import Baby, Profile
from bot.timeline import Item
from flows import engine

TODAY = date(2027, 1, 10)
NOW = datetime.combine(TODAY, time(10, 0), timezone.utc)
LMP = TODAY - timedelta(weeks=38)


def sita(**changes) -> Profile:
    values = dict(phone="+9779800000001", name="Sita", locale="en", channel="sms", country="NP", stage="pregnant",
                  consented_at=NOW - timedelta(weeks=10), registered_at=NOW - timedelta(weeks=10), lmp=LMP,
                  due_date=LMP + timedelta(days=280), id=7)
    return Profile(**values | changes)


class Chat:
    def __init__(self, mother: Profile, locale: str = "en", country: str = "NP", health_worker: bool = True):
        self.dialogue = Dialogue(phone=mother.phone, channel="sms", state="menu.main", locale=locale, mother=mother)
        self.country = country
        self.actions = []
        self.last_reminder = None
        self.health_worker = health_worker

    def send(self, text: str, today: date = TODAY) -> str:
        now = datetime.combine(today, time(10, 0), timezone.utc)
        ctx = Context(conversation=self.dialogue, inbound=Inbound(self.dialogue.phone, "sms", text, now), now=now,
                      today=today, country=self.country, last_reminder=lambda: self.last_reminder,
                      someone_to_alert=lambda: self.health_worker)
        turn = engine.handle(ctx)
        self.actions += [(action.kind, action.data) for action in turn.actions]
        return turn.text()

    @property
    def mother(self) -> Profile:
        return self.dialogue.mother

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.actions]


@pytest.mark.parametrize("first, second, born", [
    ("baby born", "yesterday", TODAY - timedelta(days=1)),
    ("BABY", "10 days ago", TODAY - timedelta(days=10)),
    ("delivery ho gayi", "hijo", TODAY - timedelta(days=1)),
    ("bachha janmyo", "३ दिन अघि", TODAY - timedelta(days=3)),
    ("my baby is born", "08/01/2027", date(2027, 1, 8)),
])
def test_baby_born_asks_the_birth_date_and_switches_her_to_the_baby_track(first, second, born):
    chat = Chat(sita())
    assert "When was your baby born" in chat.send(first)
    reply = chat.send(second)
    assert "Congratulations on your baby" in reply and "Coming up for you" in reply
    assert chat.mother.stage == "baby" and chat.mother.babies[-1].born_on == born
    assert chat.mother.lmp is None and chat.kinds() == ["timeline_cancel"]
    assert chat.dialogue.state == "menu.main"


def test_a_birth_date_in_bikram_sambat_in_nepal():
    chat = Chat(sita(), locale="ne")
    bs = nepali_datetime.date.from_datetime_date(TODAY - timedelta(days=2))
    chat.send("bachha bhayo")
    chat.send(f"{bs.year} {['बैशाख', 'जेठ', 'असार', 'साउन', 'भदौ', 'असोज', 'कात्तिक', 'मंसिर', 'पुस', 'माघ', 'फागुन', 'चैत'][bs.month - 1]} {bs.day}")
    assert chat.mother.babies[-1].born_on == TODAY - timedelta(days=2)


def test_a_message_that_already_holds_the_birth_day_is_not_asked_again():
    chat = Chat(sita())
    reply = chat.send("delivery ho gayi hijo")
    assert "When was" not in reply and chat.mother.babies[-1].born_on == TODAY - timedelta(days=1)


def test_a_birth_date_in_the_future_is_explained_and_asked_again():
    chat = Chat(sita())
    chat.send("baby born")
    assert "in the future" in chat.send("20/01/2027")
    assert chat.mother.stage == "pregnant" and chat.dialogue.state == "timeline.birth_date"


def test_a_loss_gets_one_kind_reply_stops_her_messages_and_tells_her_health_worker():
    chat = Chat(sita())
    reply = chat.send("I lost my baby")
    assert "so sorry for your loss" in reply and "STOP" in reply and "?" not in reply
    assert "tell your health worker" in reply
    assert chat.mother.stage == "loss"
    assert chat.kinds() == ["timeline_cancel", "notice"]
    again = chat.send("bachha bitnu bhayo")
    assert "sorry" in again and "?" not in again
    assert chat.kinds() == ["timeline_cancel", "notice"]  # nothing twice, nothing asked


def test_a_loss_never_promises_a_health_worker_when_there_is_none():
    chat = Chat(sita(), health_worker=False)
    reply = chat.send("I had a miscarriage")
    assert "so sorry for your loss" in reply and "health worker" not in reply


def test_a_loss_after_the_birth_stops_the_baby_messages_too():
    chat = Chat(sita(stage="baby", lmp=None, due_date=None, babies=[Baby(date(2026, 12, 1), id=1)]))
    chat.send("my baby died")
    assert chat.mother.stage == "loss" and chat.kinds() == ["timeline_cancel", "notice"]


@pytest.mark.parametrize("text", ["what causes miscarriage?", "what can I do to avoid miscarriage?",
                                  "mujhe miscarriage ka dar hai, kya karu?",
                                  "my doctor said I am at risk of miscarriage, what should I do?"])
def test_a_question_about_miscarriage_is_not_her_loss(text):
    chat = Chat(sita())
    chat.send(text)
    assert chat.mother.stage == "pregnant" and "notice" not in chat.kinds()


@pytest.mark.parametrize("text", ["I had a miscarriage in my first pregnancy, now 3 months, what care?",
                                  "I had a miscarriage 2 years ago, now 3 months pregnant, what care?",
                                  "i had a miscarriage last year, can i get pregnant again?",
                                  "pichle saal garbhpat hua tha, ab 2 mahine ki pregnant hu"])
def test_a_loss_of_an_earlier_pregnancy_is_not_this_ones(text):
    chat = Chat(sita())
    assert "sorry for your loss" not in chat.send(text)
    assert chat.mother.stage == "pregnant" and "notice" not in chat.kinds()


@pytest.mark.parametrize("text", ["mera bachcha nahi raha kal, ab kya karu?", "garbha tuhiyo hijo, aba k garne?",
                                  "I had a miscarriage yesterday, it was my first pregnancy, what now?"])
def test_her_loss_told_with_a_day_gone_by_and_a_question_is_her_loss(text):
    chat = Chat(sita())
    assert "so sorry for your loss" in chat.send(text)
    assert chat.mother.stage == "loss"


@pytest.mark.parametrize("text", ["My neighbour's baby died after birth. How can I keep mine safe?",
                                  "meri behen ka bachcha nahi raha, mujhe kya dhyan rakhna chahiye?",
                                  "छिमेकीको बच्चा बित्यो, मेरो बच्चालाई कसरी जोगाउने?"])
def test_another_womans_loss_asked_about_is_not_hers(text):
    chat = Chat(sita())
    reply = chat.send(text)
    assert chat.mother.stage == "pregnant" and "notice" not in chat.kinds() and "sorry for your loss" not in reply


@pytest.mark.parametrize("text", ["my sister delivered yesterday, what should she eat?",
                                  "padosan ki kal delivery hui, usko kya khilana chahiye",
                                  "what should I do if baby is born today at home?",
                                  "what to do if baby is born before reaching hospital tonight?"])
def test_another_womans_birth_or_one_asked_about_ahead_is_not_hers(text):
    chat = Chat(sita())
    assert "Congratulations" not in chat.send(text)
    assert chat.mother.stage == "pregnant" and not chat.mother.babies


def test_a_loss_told_for_her_by_her_sister_is_still_hers():
    chat = Chat(sita())
    chat.send("main iski behen likh rahi hu. iska bachcha nahi raha kal raat")
    assert chat.mother.stage == "loss"


def test_a_new_due_date_re_plans_from_it():
    chat = Chat(sita())
    assert "new due date" in chat.send("change due date")
    new_due = TODAY + timedelta(weeks=4)
    reply = chat.send(new_due.strftime("%d/%m/%Y"))
    assert "due date is now" in reply
    assert chat.mother.due_date == new_due and chat.mother.lmp == new_due - timedelta(days=280)
    assert chat.kinds() == ["timeline_cancel"]


def test_next_checkup_and_next_vaccine_list_her_own_dates():
    chat = Chat(sita(lmp=TODAY - timedelta(weeks=21), due_date=TODAY - timedelta(weeks=21) + timedelta(days=280)))
    reply = chat.send("next checkup")
    assert reply.count("\n- ") == 3 and "26 weeks" in reply and "30 weeks" in reply
    baby = Chat(sita(stage="baby", lmp=None, due_date=None, babies=[Baby(TODAY - timedelta(days=30), id=1)]))
    reply = baby.send("which vaccine next")
    assert "DPT-HepB-Hib 1" in reply and "DPT-HepB-Hib 2" in reply


@pytest.mark.parametrize("answer, expected", [("went", "done"), ("गएँ", "done"), ("later", "later"),
                                              ("बाद में", "later")])
def test_answers_to_her_last_reminder_are_recorded(answer, expected):
    chat = Chat(sita())
    chat.last_reminder = Item("checkup", "anc_38w", TODAY)
    reply = chat.send(answer)
    assert chat.actions == [("reminder_answer", {"answer": expected, "item": "anc_38w", "on": TODAY.isoformat(),
                                                 "item_kind": "checkup"})]
    assert ("Thank you for going" if expected == "done" else "tomorrow") in reply


def test_went_without_a_reminder_to_answer_is_not_recorded():
    chat = Chat(sita())
    chat.send("went")
    assert "reminder_answer" not in chat.kinds()


@pytest.mark.parametrize("text", ["baby born at 35 weeks is it premature?", "8 mahina mai janmeko bachcha lai ke bhanchhan?",
                                  "8 mahina mai janmeko bachcha lai k bhanchhan",
                                  "समय से पहले पैदा हुआ बच्चा कितने हफ्ते का होता है?", "janmeko din ma kun khop lagaune",
                                  "paida hote hi kaunsa teeka lagta hai", "ghar ma janmeko bachha lai khop kaha lagaune",
                                  "where to take a baby born at home for the first vaccine"])
def test_a_question_about_births_that_never_says_whose_is_no_birth_of_hers(text):
    chat = Chat(sita())
    assert "Congratulations" not in chat.send(text)
    assert chat.mother.stage == "pregnant"


@pytest.mark.parametrize("text", ["my baby was born yesterday, when should i give the first bath?",
                                  "bahu ki delivery ho gayi aaj subah, kya khilaye?", "hamro chhora bhayo hijo, k khuwaune?",
                                  "bachha janmyo hijo, aba k garne?", "delivery ho gayi kal, kya khilaye?",
                                  "my baby was born yesterday, what should I do if she cries a lot?",
                                  "बच्चा आज सुबह पैदा हुआ, क्या खिलाएं?"])
def test_the_news_of_her_birth_with_a_question_is_still_her_birth(text):
    chat = Chat(sita())
    chat.send(text)
    assert chat.mother.stage == "baby"


@pytest.mark.parametrize("text", ["baby ko khop chhutyo aba k garne", "we missed the 10 week vaccine. what to do now?"])
def test_a_missed_vaccine_asked_about_gets_the_catch_up_answer_not_her_upcoming_list(text):
    baby = Chat(sita(stage="baby", lmp=None, due_date=None, babies=[Baby(TODAY - timedelta(weeks=12), id=1)]))
    reply = baby.send(text)
    assert "don't wait for the next one" in reply
    assert "\n- " not in reply


def test_a_yes_or_no_question_about_births_is_no_birth_of_hers():
    chat = Chat(sita())
    assert "Congratulations" not in chat.send("is baby always born on the due date")
    assert chat.mother.stage == "pregnant"


@pytest.mark.parametrize("text", ["was blessed with a baby girl this morning", "will send photos later, delivered a baby boy"])
def test_news_that_opens_like_a_question_word_is_still_her_birth(text):
    assert "Congratulations" in Chat(sita()).send(text)
