"""The issue's targets, measured on the held-out split, so that a regression fails the build."""
import pytest

from tests.eval import evaluate

TOPIC_ACCURACY = 0.90
DANGER_RECALL = 0.98
FALSE_ALARM_RATE = 0.05


@pytest.fixture(scope="module")
def heldout() -> evaluate.Report:
    return evaluate.evaluate("heldout")


def test_topic_accuracy_on_heldout_messages(heldout):
    counts = heldout.by_language["all"]
    assert counts.topic_total >= 100
    assert counts.accuracy >= TOPIC_ACCURACY, "\n".join(counts.misses)


def test_danger_sign_recall_on_heldout_messages(heldout):
    pytest.importorskip("bot.danger")
    counts = heldout.by_language["all"]
    if not counts.emergencies:
        pytest.skip("no held-out danger messages yet")
    assert counts.recall >= DANGER_RECALL


def test_false_alarms_on_heldout_non_emergencies(heldout):
    pytest.importorskip("bot.danger")
    assert heldout.by_language["all"].false_alarm_rate <= FALSE_ALARM_RATE
