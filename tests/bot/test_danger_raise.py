"""The classifier's other job: an emergency told in words the lexicon does not know still gets go-now."""
import pytest

from bot import danger, danger_model
from bot.danger import Urgency

CALM_WORDS = "everything feels strange today with her"  # no sign word: the lexicon finds nothing here


@pytest.fixture
def sure(monkeypatch):
    """The classifier, nearly sure that every message is an emergency."""
    monkeypatch.setattr(danger_model, "probability_now", lambda text: 0.99)


@pytest.fixture
def unsure(monkeypatch):
    monkeypatch.setattr(danger_model, "probability_now", lambda text: danger.RAISE_AT - 0.01)


def test_when_the_classifier_is_nearly_sure_a_message_with_no_sign_word_is_go_now_for_a_sign_it_cannot_name(sure):
    assert danger._lexicon_detect(CALM_WORDS, None) is None
    found = danger.detect(CALM_WORDS)
    assert (found.sign, found.urgency) == (danger.OTHER, Urgency.NOW)


def test_an_unnamed_emergency_is_placed_by_what_we_know_of_her(sure):
    assert danger.detect(CALM_WORDS, stage="baby").group == "postpartum"
    assert danger.detect(CALM_WORDS, stage="pregnant").group == "pregnancy"


def test_a_mild_sign_the_classifier_is_sure_of_becomes_go_now_and_keeps_its_name(sure, monkeypatch):
    monkeypatch.setattr(danger, "_lexicon_detect", lambda text, stage: danger.DangerSign("severe_pain", "pregnancy",
                                                                                         Urgency.SOON))
    found = danger.detect("terrible pain in my side, can't sit")
    assert (found.sign, found.urgency) == ("severe_pain", Urgency.NOW)


def test_below_the_line_nothing_is_raised(unsure):
    assert danger.detect(CALM_WORDS) is None


def test_a_message_of_a_word_or_two_is_never_raised(sure):
    assert danger.detect("hijo") is None
    assert danger.detect("Gita Devi") is None


@pytest.mark.parametrize("text", ["mera bachcha nahi raha ab", "please do not send me any more messages"])
def test_the_news_of_a_loss_or_a_plea_to_stop_is_left_to_its_intent(sure, text):
    assert danger.detect(text) is None


@pytest.mark.parametrize("text", ["my wife gave birth today at home and the rest has not come out",
                                  "when is the next vaccine? also baby cries and cries and is cold"])
def test_anything_else_she_wants_does_not_stop_an_emergency_the_classifier_is_sure_of(sure, text):
    assert danger.detect(text, stage="baby").urgency is Urgency.NOW


@pytest.mark.parametrize("text", ["yes", "1", "2", "no", "ok", "hello", "hijo", "kal", "yesterday", "10 days ago",
                                  "Gita Devi", "Sita Kumari Yadav", "Pokhara health post", "pregnant hu",
                                  "I have a baby", "ma 8 mahina ko pregnant chu", "baby 3 din ko bhayo",
                                  "my wife gave birth today at the hospital", "thank you for the reminder about the vaccine",
                                  "20 weeks pregnant", "what should I do", "ke garne", "kya karu", "STOP",
                                  "I am 20 weeks pregnant, when is my next checkup?", "what is the weather today",
                                  "आयरन की गोली रोज खानी चाहिए क्या", "नानीलाई कहिले खोप लगाउने"])
def test_everyday_replies_and_questions_are_never_raised_by_the_real_classifier(text):
    found = danger.detect(text)
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text", ["the baby kicked a lot today, we are so happy", "aaja bachha khub chalyo, dherai khusi lagyo",
                                  "आज बच्चा खूब हिला, बहुत खुशी हुई", "I'm dying to meet my little one, 39 weeks now",
                                  "can't wait to hold my baby, only 2 weeks left"])
def test_glad_news_is_never_raised(sure, text):
    found = danger.detect(text, stage="pregnant")
    assert found is None or found.urgency is not Urgency.NOW, found


def test_glad_words_do_not_hide_a_sign_the_lexicon_names():
    found = danger.detect("I was so happy last week but since yesterday the baby has not moved at all", stage="pregnant")
    assert (found.sign, found.urgency) == ("reduced_fetal_movement", Urgency.NOW)


@pytest.fixture
def fairly_sure(monkeypatch):
    """Sure enough to raise a message the lexicon missed, not enough to override one it read as calm."""
    monkeypatch.setattr(danger_model, "probability_now", lambda text: danger.OVERRIDE_AT - 0.01)


@pytest.mark.parametrize("text, sign", [
    ("scan was normal last week, all reports ok. but since today morning there is bleeding", "bleeding"),
    ("pichli baar bhi aisa hua tha aur theek ho gaya tha, par abhi bahut khoon aa raha hai, 8 mahina", "bleeding"),
])
def test_a_calm_reading_gives_way_when_the_classifier_is_nearly_sure(sure, monkeypatch, text, sign):
    monkeypatch.setattr(danger, "_lexicon_detect", lambda text, stage: None)  # as if the lexicon had dismissed it
    assert danger.load().calms(text, named=False) and danger.load().yields(text, named=False)
    assert danger.detect(text, stage="pregnant").urgency is Urgency.NOW


def test_a_calm_reading_stands_below_the_override_line(fairly_sure, monkeypatch):
    monkeypatch.setattr(danger, "_lexicon_detect", lambda text, stage: None)
    assert danger.detect("scan was normal last week, but since today morning there is bleeding") is None


def test_a_mild_form_the_lexicon_named_gives_way_too(sure, monkeypatch):
    monkeypatch.setattr(danger, "_lexicon_detect", lambda text, stage: danger.DangerSign("severe_headache", "pregnancy",
                                                                                         Urgency.SOON))
    found = danger.detect("my headache keeps coming back since yesterday but not that bad", stage="pregnant")
    assert (found.sign, found.urgency) == ("severe_headache", Urgency.NOW)


@pytest.mark.parametrize("text", [
    "dreamt my baby stopped breathing, woke up crying. baby is fine sleeping next to me",  # a dream
    "our cow gave birth but the placenta has not come out since morning",  # an animal
    "kitchen ka pipe phat gaya, paani beh raha hai",  # water from the house
    "my baby's skin is peeling on the feet, 10 days old",  # a harmless thing in a young baby
    "baby ko temperature 37.2 cha, alikati tato jasto lagyo",  # a normal temperature she measured
    "khoon nahi aa raha, bas pet thoda tight lagta hai",  # the sign's own words, negated
])
def test_a_firm_calm_reading_stands_however_sure_the_classifier_is(sure, text):
    found = danger.detect(text)
    assert found is None or found.urgency is not Urgency.NOW, found


def test_a_severe_reading_in_the_past_and_a_lower_one_now_stands_however_sure_the_classifier_is(sure):
    found = danger.detect("my bp was 170/110 yesterday, today 130/80", stage="pregnant")
    assert (found.sign, found.urgency) == ("high_blood_pressure", Urgency.SOON)


def test_sign_words_that_only_stand_far_apart_are_not_read_as_calm(sure):
    text = "sudden pain under my ribs on the right side that is very very strong, 34 weeks"
    assert danger._lexicon_detect(text, "pregnant") is None  # the pain and its strength stand too far apart
    assert not danger.load().calms(text, named=False)
    assert danger.detect(text, stage="pregnant").urgency is Urgency.NOW


@pytest.mark.parametrize("text", ["khoon nahi aa raha, bas thakan hai", "no bleeding at all, just tired today"])
def test_sign_words_she_negates_are_still_read_as_calm(sure, text):
    assert danger.load().calms(text, named=False)
    assert danger.detect(text) is None


def test_a_calming_word_that_does_not_apply_calms_nothing(sure):
    text = "my belly went hard as a stone and the pain has not stopped for one hour, 35 weeks"
    assert not danger.load().calms(text, named=False)  # "not stopped" is no stop, and no word in another sense
    assert danger.detect(text, stage="pregnant").urgency is Urgency.NOW


@pytest.mark.parametrize("text, sign, stage", [
    ("my belly pain has not stopped since morning, 30 weeks", "severe_abdominal_pain", "pregnant"),
    ("the bleeding has not stopped since my delivery 2 days ago", "heavy_bleeding_postpartum", "baby"),
])
def test_a_sign_that_has_not_stopped_is_go_now_with_the_real_lexicon(text, sign, stage):
    found = danger.detect(text, stage=stage)
    assert (found.sign, found.urgency) == (sign, Urgency.NOW)


def test_a_guessed_wish_to_stop_never_keeps_the_classifier_from_raising(monkeypatch):
    from bot import intents
    monkeypatch.setattr(intents.intent_model, "best", lambda text: ("opt_out", 0.99))
    monkeypatch.setattr(danger.danger_model, "probability_now", lambda text: 0.99)
    intents.match.cache_clear()
    text = "she is lying there cold and does not answer, her sms phone is off"
    try:
        assert intents.detect(text) == "opt_out" and intents.detect(text, guess=False) is None
        assert danger.detect(text).urgency is Urgency.NOW
    finally:
        intents.match.cache_clear()


def test_a_pain_told_with_a_number_of_hours_is_no_pad_count_and_may_be_raised(sure):
    # "4 hours" is what a pad count excepts ("a pad every 4 hours" is ordinary lochia): no word in another sense
    text = "my back and side hurt so much since 4 hours that i cannot stop crying, 31 weeks"
    assert danger._lexicon_detect(text, "pregnant").urgency is Urgency.SOON
    assert danger.detect(text, stage="pregnant").urgency is Urgency.NOW
