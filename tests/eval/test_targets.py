"""Regression guards on the messages we tune on, and the evaluator's promise to show a held-out set only in aggregate.

These do not measure how well the matching generalises (the tuning messages were tuned on); the held-out set
in tests/eval/v2/ does, by hand: `python -m tests.eval.evaluate`. It is never a unit test.
"""
from types import SimpleNamespace

import pytest
import yaml

from tests.eval import evaluate

TOPIC_ACCURACY = 0.90
DANGER_RECALL = 0.98
FALSE_ALARM_RATE = 0.05
REFUSED = 0.80


@pytest.fixture(scope="module")
def tune() -> evaluate.Report:
    return evaluate.evaluate("tune", keep_misses=True)


def test_topic_accuracy_on_the_tuning_messages_does_not_regress(tune):
    counts = tune.tallies["topics"][evaluate.ALL]
    assert counts.n >= 100
    assert counts.rate >= TOPIC_ACCURACY, "\n".join(counts.misses)


def test_out_of_scope_tuning_messages_are_refused(tune):
    counts = tune.tallies["nearby"][evaluate.ALL]
    assert counts.rate >= REFUSED, "\n".join(counts.misses)


def test_danger_recall_and_false_alarms_on_the_tuning_messages_do_not_regress(tune):
    assert evaluate._recall(tune, evaluate.ALL) >= DANGER_RECALL
    assert tune.tallies["danger"][evaluate.ALL].alarm_rate <= FALSE_ALARM_RATE


def test_a_held_out_set_is_reported_without_a_single_message(tmp_path, monkeypatch, capsys):
    held_out = tmp_path / "sealed"
    held_out.mkdir()
    secret = "zzsecretzz what do I eat"
    (held_out / "topics.yaml").write_text(yaml.safe_dump([
        {"text": secret, "lang": "en", "script": "latin", "writer": "mother", "topic": "no_such_topic"}]))
    (held_out / "intents.yaml").write_text(yaml.safe_dump([
        {"text": secret, "lang": "en", "script": "latin", "writer": "mother", "intent": "thanks"}]))
    (held_out / "danger.yaml").write_text("- {text: [unclosed\n")
    monkeypatch.setattr(evaluate, "EVAL_DIR", tmp_path)
    with pytest.raises(SystemExit) as broken:
        evaluate.main(["--set", "sealed"])
    assert "zzsecretzz" not in str(broken.value)
    (held_out / "danger.yaml").unlink()
    evaluate.main(["--set", "sealed"])
    shown = capsys.readouterr().out
    assert "topic top-1" in shown and "0.0%" in shown
    assert "zzsecretzz" not in shown
    with pytest.raises(SystemExit):
        evaluate.main(["--set", "sealed", "-v"])
    assert "zzsecretzz" not in capsys.readouterr().out


def test_a_question_the_engine_would_answer_as_a_wish_is_counted_a_miss(tmp_path, monkeypatch, capsys):
    held_out = tmp_path / "sealed"
    held_out.mkdir()
    (held_out / "topics.yaml").write_text(yaml.safe_dump([
        {"text": text, "lang": "en", "script": "latin", "writer": "mother", "topic": topic}
        for text, topic in (("when are baby vaccines due", "baby_vaccine_schedule"),  # her own list answers it
                            ("please stop sending me messages", "anc_schedule"))]))
    monkeypatch.setattr(evaluate, "EVAL_DIR", tmp_path)
    monkeypatch.setattr(evaluate.faq, "match", lambda text, lang: SimpleNamespace(
        topic="baby_vaccine_schedule" if "vaccines" in text else "anc_schedule"))
    evaluate.main(["--set", "sealed"])
    shown = capsys.readouterr().out
    assert "topics   all   taken for a wish (misses): 1 of 2" in shown
    assert "topics   all      2   topic top-1   50.0%" in shown


@pytest.mark.parametrize("text, acted_on", [
    ("what causes miscarriage? also stop the messages", "opt_out"),  # a loss not hers hides no other wish
    ("my neighbours baby was born at 7 month, will mine also come early", None),  # another's birth: her question
    ("baby born yesterday, a boy", "baby_born"),
])
def test_a_wish_is_scored_as_the_engine_acts_on_it(text, acted_on):
    assert evaluate._acted_on(text) == acted_on
