"""Nepali phrasings (Devanagari and romanised) of danger signs and of their calm look-alikes. Each calming construction
has an urgent twin: the same words with a real, present emergency still answer go-now."""
import pytest

from bot import danger
from bot.danger import Urgency


def _urgency(text: str, stage: str | None = None) -> Urgency | None:
    found = danger.detect(text, stage=stage)
    return found.urgency if found else None


@pytest.mark.parametrize("text", [
    # bleeding that has not stopped, told by a volunteer about a mother in her village
    "ma FCHV hu, tol ma ek jana sutkeri ko ragat rokiyeko chaina",
    "स्वयंसेविका हुँ, गाउँमा एक सुत्केरीको रगत रोकिएको छैन",
    "nani janme pachi ragat thamiyeko chaina",
])
def test_bleeding_that_has_not_stopped_is_an_emergency(text):
    assert _urgency(text) is Urgency.NOW
