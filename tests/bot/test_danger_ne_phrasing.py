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


@pytest.mark.parametrize("text", [
    # minutes she cannot account for
    "3 minute jati malai k bhayo thaha chaina, aba jiu gallyai cha",
    "५ मिनेट जति के भयो थाहा भएन, श्रीमानले भन्नुभयो म ढलेँ",
    # the baby not felt moving, told in the first person past negative
    "आज बिहानदेखि पेटको बच्चा चलेको थाहै पाइनँ, ९ महिना",
    "हिजोदेखि बच्चा चलेको महसुस गरिनँ",
    "bihana dekhi baby chaleko thaha paina, 36 hapta",
    # thoughts of throwing the baby, fear of herself
    "raati nani lai fyakidim jasto lagcha",
    "बेबीलाई फ्याँकिदिउँ जस्तो लाग्छ कहिलेकाहीँ",
    "aafai dekhi dar lagcha aajkal, k garum",
    # a blue baby, ribs sinking in when he breathes
    "nani ko oth nilo vayo, dudh chusdai thiyo",
    "१० दिनको बच्चाको सास फेर्दा करङ भित्र पस्छ",
    "baby le saas linda karang ko muni vitra jancha",
    # a yellow baby born today
    "aaja janmeko baby ali pahelo dekhincha, normal ho?",
    "आज बिहान जन्मेको नानी अलिकति पहेंलो छ, ठिक हो?",
    # a baby who could not suck
    "nani le dudh chusna sakena, bihana dekhi",
    # blurred vision, and the glasses she does not wear are no reason
    "दुई दिनदेखि आँखा धमिलो देख्छु, चस्मा लगाउँदिनँ, ८ महिना",
])
def test_nepali_wordings_of_an_emergency_are_go_now(text):
    assert _urgency(text) is Urgency.NOW


@pytest.mark.parametrize("text", [
    "आँखा धमिलो देख्छु, नयाँ चस्मा लगाउन थालेँ, नम्बर मिलेन जस्तो छ",  # her glasses: still see-soon at most
    "बच्चा राम्ररी चलेको थाहा पाएँ, दिनमा १० पटकभन्दा बढी",  # she did notice the baby move
])
def test_the_calm_side_of_those_wordings_is_not_go_now(text):
    assert _urgency(text) is not Urgency.NOW
