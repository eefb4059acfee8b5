"""The trained second opinion on a go-now answer (bot/danger_model.py): it may calm a mild sign to see-soon; a sign
that kills within hours gets the what-if answer at most, and only when nothing in the message tells of now."""
import pytest
import yaml

from bot import danger, danger_model, train_danger, topic_model
from bot.danger import Urgency

KILLERS = {"convulsions", "unconscious", "newborn_not_breathing", "newborn_convulsions", "heavy_bleeding_postpartum",
           "retained_placenta", "self_harm", "bleeding", "high_blood_pressure", "reduced_fetal_movement"}


def test_a_question_about_caring_for_a_jaundiced_baby_is_see_soon_beside_a_yellow_sleepy_baby_who_goes_now():
    calm = danger.detect("can I put my jaundice baby in the sun?")
    urgent = danger.detect("my baby has jaundice and is very yellow and sleepy")
    assert (calm.sign, calm.urgency) == ("newborn_jaundice", Urgency.SOON)
    assert (urgent.sign, urgent.urgency) == ("newborn_jaundice", Urgency.NOW)


def test_a_calmed_message_is_still_answered_never_dismissed():
    assert danger.detect("can I put my jaundice baby in the sun?") is not None


def test_a_killer_sign_stays_go_now_even_when_the_classifier_doubts_it(monkeypatch):
    monkeypatch.setattr(danger_model, "probability_now", lambda text: 0.0)
    assert danger.detect("she is having a seizure").urgency is Urgency.NOW
    assert danger.detect("my baby has jaundice and is very yellow and sleepy").urgency is Urgency.SOON  # calmed


def test_no_sign_that_kills_quickly_is_ever_calmed_by_the_classifier():
    lexicon = danger.load()
    assert not danger.CALMED_SIGNS & (KILLERS | lexicon.never_soften | lexicon.never_dismiss)
    assert danger.CALMED_SIGNS <= set(danger.sign_ids())


def test_a_fever_a_severe_headache_and_labour_are_left_to_the_lexicon():
    assert not danger.CALMED_SIGNS & {"fever", "newborn_fever_or_cold", "severe_headache", "labour", "waters_breaking"}
    assert danger.detect("my baby has a fever, what should i do").urgency is Urgency.NOW


def test_a_report_of_a_few_words_is_left_to_the_lexicon(monkeypatch):
    monkeypatch.setattr(danger_model, "probability_now", lambda text: 0.0)
    assert danger.detect("munh pe sujan hai").urgency is Urgency.NOW
    assert danger.detect("my face is swollen and puffy since morning").urgency is Urgency.SOON  # long enough to calm


def test_a_severe_reading_stays_go_now():
    assert danger.detect("bp 170/115 is it normal?").urgency is Urgency.NOW


def test_late_bleeding_stays_go_now():
    assert danger.detect("little spotting at 8 months, is it normal?").urgency is Urgency.NOW


def test_no_emergency_of_the_tuning_messages_is_calmed_by_the_classifier():
    with open(train_danger.TUNE_PATH, encoding="utf-8") as handle:
        messages = yaml.safe_load(handle)
    calmed = []
    for message in messages:
        stage = None if message.get("stage") in (None, "unknown") else message["stage"]
        before = danger._lexicon_detect(str(message["text"]), stage)
        after = danger.detect(str(message["text"]), stage=stage)
        if message["label"] == "now" and before and before.urgency is Urgency.NOW and after.urgency is not Urgency.NOW:
            calmed.append(message["text"])
    assert not calmed


def test_the_committed_danger_classifier_was_learnt_from_the_current_labelled_messages():
    # After editing tests/eval/danger_tune.yaml or content/danger_training.yaml, run `python -m bot.train_danger`
    # (with --check to see the out-of-fold figures that CALM_BELOW and CALMED_SIGNS rest on) and commit its output.
    assert topic_model.learnt_from(danger_model.MODEL_PATH) == train_danger.digest()


def test_the_classifier_scores_now_against_the_rest():
    assert danger_model.model().labels == tuple(train_danger.LABELS)


def test_a_killer_sign_told_with_no_word_of_the_present_that_the_classifier_doubts_gets_the_what_if_answer(monkeypatch):
    monkeypatch.setattr(danger_model, "probability_now", lambda text: danger.DOUBTED_BELOW - 0.01)
    past = "severe headache in pregnancy what medicine can i take for it"
    assert danger.detect(past).urgency is Urgency.ASKED  # if it happens, go at once: nobody alerted
    assert danger.detect("severe headache in pregnancy what medicine can i take for it now").urgency \
        is Urgency.NOW  # a word of the present
    monkeypatch.setattr(danger_model, "probability_now", lambda text: danger.DOUBTED_BELOW)
    assert danger.detect(past).urgency is Urgency.NOW


@pytest.mark.parametrize("text", ["thoughts of killing myself came in my first pregnancy, will they come back",
                                  "little spotting at 8 months, what care should i take for that",
                                  "heavy bleeding after my delivery, what food should i eat",
                                  "my water broke during the night, what should i carry to hospital"])
def test_self_harm_late_bleeding_bleeding_after_birth_and_waters_are_never_doubted(monkeypatch, text):
    monkeypatch.setattr(danger_model, "probability_now", lambda text: 0.0)
    assert danger.detect(text).urgency is Urgency.NOW
