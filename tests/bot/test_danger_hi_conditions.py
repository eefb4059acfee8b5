"""Hindi and Hinglish: signs told beside a condition or a question ("the nurse said come if..., now it is"), and the
words people use for them; each calming reading has an urgent twin that stays go-now."""
import pytest

from bot import danger
from bot.danger import Urgency


def _found(text: str, stage: str | None = None):
    return danger.detect(text, stage=stage)


def _sign_now(text: str, stage: str | None = None) -> str:
    found = _found(text, stage)
    assert found is not None and found.urgency is Urgency.NOW, f"{text!r} -> {found}"
    return found.sign


@pytest.mark.parametrize("text", [
    "डिलीवरी के बाद से लगता है सब खत्म कर दूँ, कुछ अच्छा नहीं लगता",
    "रात को मन हुआ छत से कूदने का सोचा, मुझे डर लग रहा है",
    "kal raat kudne ka socha tha, baby 2 mahine ka hai, kisi se keh nahi pa rahi",
    "mann karta hai sab khatam kar du, beta 1 mahine ka hai",
])
def test_wanting_to_end_everything_or_having_thought_of_jumping_is_self_harm(text):
    assert _sign_now(text, "baby") == "self_harm"

