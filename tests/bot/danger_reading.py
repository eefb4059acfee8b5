"""What bot.danger answers a message, as the danger tests read it."""
from bot import danger, danger_model
from bot.danger import Urgency


def classifier_says(monkeypatch, probability: float) -> None:
    """The second-opinion classifier gives every message this probability of an emergency: the lexicon is tested."""
    monkeypatch.setattr(danger_model, "probability_now", lambda text: probability)


def found(text: str, stage: str | None = None) -> danger.DangerSign | None:
    return danger.detect(text, stage=stage)


def urgency(text: str, stage: str | None = None) -> Urgency | None:
    sign = found(text, stage)
    return sign.urgency if sign else None


def sign_now(text: str, stage: str | None = None) -> str:
    """The sign of a go-now answer; fails the test when the answer is not go-now."""
    sign = found(text, stage)
    assert sign is not None and sign.urgency is Urgency.NOW, f"{text!r} -> {sign}"
    return sign.sign
