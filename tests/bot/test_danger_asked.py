"""A what-if about a sign that kills within hours is asked ahead: it gets what to do if it happens, not an alarm.
Anything that says it is happening keeps it go-now."""
import pytest

from bot import danger
from bot.danger import Urgency
from tests.bot.danger_reading import found, urgency


@pytest.mark.parametrize("text, sign", [
    ("what should we do if our newborn gets a fit", "newborn_convulsions"),
    ("if my wife gets convulsions in the 9th month what do we do", "convulsions"),
    ("if she faints during labour whom should we call", "unconscious"),
    ("if the placenta gets stuck after delivery what should the family do", "retained_placenta"),
    ("बच्चे को दौरे पड़ें तो क्या करना चाहिए?", "newborn_convulsions"),
    ("नानीलाई छारे रोग लाग्यो भने के गर्नुपर्छ?", "newborn_convulsions"),
    ("garbhawati bela chhare rog aayo bhane k garne", "convulsions"),
])
def test_a_what_if_about_a_killer_sign_is_asked_ahead(text, sign):
    answer = found(text)
    assert answer is not None and (answer.sign, answer.urgency) == (sign, Urgency.ASKED), answer


@pytest.mark.parametrize("text", [
    "what should we do if our newborn gets a fit? he is jerking now",
    "if my wife gets convulsions what do we do, she is shaking since 5 minutes",
    "what to do if the baby does not breathe, he has not breathed since he came out",
    "if she faints whom do we call, she fainted just now and is not answering",
    "agar aanwal na nikle to kya kare, bachha 2 ghante pehle hua, abhi tak nahi nikla",
    "बच्चे को दौरे पड़ें तो क्या करें? अभी पड़ रहे हैं",
    "नानीले सास फेरेन भने के गर्ने? अहिले सास फेरेको छैन",
    "chhare rog aayo bhane k garne bhanthe, aba feri aayo",
    "what should I do, my baby had a fit",
])
def test_a_what_if_beside_the_sign_happening_is_go_now(text):
    assert urgency(text) is Urgency.NOW


@pytest.mark.parametrize("text", ["what to do if the baby does not breathe after it is born",
                                  "नानीले जन्मने बित्तिकै सास फेरेन भने के गर्नुपर्छ?"])
def test_a_baby_not_breathing_is_go_now_however_she_asks(text):  # "if my baby is not breathing": maybe now
    assert urgency(text) is Urgency.NOW


@pytest.mark.parametrize("text", ["what should I do if I feel like ending my life",
                                  "agar mere man me khud ko marne ka khayal aaye to kya karu"])
def test_thoughts_of_self_harm_asked_about_still_get_the_supportive_reply(text):
    answer = found(text)
    assert answer is not None and (answer.sign, answer.urgency) == ("self_harm", Urgency.NOW)


def test_only_signs_that_never_soften_are_asked_ahead():
    lexicon = danger.load()
    assert lexicon.asked_ahead and lexicon.asked_ahead <= lexicon.never_soften
    assert not {"self_harm", "newborn_not_breathing"} & lexicon.asked_ahead
    assert "self_harm" not in lexicon.told_signs  # whoever tells of it gets the supportive reply


@pytest.mark.parametrize("text", ["bachha ho gaya, aanwal na nikla", "delivery hui, jer na nikli abhi tak", "बच्चा हो गया पर जेर न निकली"])
def test_a_placenta_that_na_nikla_has_not_come_out(text):
    answer = found(text)
    assert answer is not None and (answer.sign, answer.urgency) == ("retained_placenta", Urgency.NOW), answer


def test_the_lexicon_defines_each_name_once():  # YAML keeps the last of two same keys without a word
    import yaml

    twice = set()

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
        twice.update(key for key in keys if keys.count(key) > 1)
        return yaml.SafeLoader.construct_mapping(loader, node, deep)

    class Strict(yaml.SafeLoader):
        pass

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    with open(danger.LEXICON, encoding="utf-8") as handle:
        yaml.load(handle, Strict)  # noqa: S506 - a SafeLoader
    assert not twice


# A story of a killer sign, or a question about it in general, that the classifier also finds calm gets the what-if
# answer: nothing has happened to her, and if it does, she must go at once.
STORIES = [
    ("my sister in law had fits in her pregnancy last year, now she is fine. which tests should i do?", "convulsions"),
    ("mere sasur ji kal garmi me behosh ho gaye the, ab bilkul theek hain. mujhe kya dhyan rakhna chahiye?",
     "unconscious"),
    ("बहिनीको छोरालाई २ वर्षमा ज्वरोमा काम्ने भएको थियो, अहिले ठिक छ। मेरो बच्चालाई पनि हुन्छ कि?",
     "newborn_convulsions"),
    ("my cousin's baby did not breathe at birth and was kept on oxygen, he is 3 now and healthy. what should we keep "
     "ready for my delivery?", "newborn_not_breathing"),
    # the rule in a clause of its own, the sign's clause saying whose it is
    ("My cousin fainted in the temple crowd from the heat, she is fine now. I am 6 months, should I avoid crowds?",
     "unconscious"),
]


@pytest.mark.parametrize("text, sign", STORIES)
def test_a_killer_sign_told_as_a_calm_story_gets_the_what_if_answer(text, sign):
    answer = found(text)
    assert answer is not None and (answer.sign, answer.urgency) == (sign, Urgency.ASKED), answer


@pytest.mark.parametrize("text, sign", STORIES)
def test_the_story_stays_go_now_when_the_classifier_is_not_sure_it_is_calm(text, sign, monkeypatch):
    # neither the story's gate nor that of a child's or a man's sign (an older child's fits) lets it pass
    unsure = max(danger.TOLD_CALM_BELOW, danger.HIS_BELOW)
    monkeypatch.setattr(danger.danger_model, "probability_now", lambda _: unsure)
    assert urgency(text) is Urgency.NOW


@pytest.mark.parametrize("text", [
    "my sister in law had fits in her pregnancy last year, now i am having fits",  # told again, in a clause of its own
    "mere sasur ji kal garmi me behosh ho gaye the, aaj meri patni behosh ho gayi",
    "she had a fit an hour ago and now she is sleeping",  # no story: hers
    "my neighbour's baby had fits yesterday and my baby had a fit this morning, how to prevent",
    "fainted in early pregnancy, all fine but dizzy all the time now",
    "my neighbour fainted in the heat, she is fine now. my wife is unconscious since 10 minutes",
    "My cousin fainted in the temple crowd from the heat, she is fine now, but my wife fainted too and is not waking up",
])
def test_a_killer_sign_of_hers_beside_a_story_stays_go_now_whatever_the_classifier_says(text, monkeypatch):
    monkeypatch.setattr(danger.danger_model, "probability_now", lambda _: 0.0)
    assert urgency(text) is Urgency.NOW


def test_a_held_placenta_told_by_a_mother_with_a_newborn_stays_go_now(monkeypatch):
    monkeypatch.setattr(danger.danger_model, "probability_now", lambda _: 0.0)
    text = "pahilo delivery ma saal atkeko thiyo, yo choti k garne?"
    assert urgency(text, "baby") is Urgency.NOW
    assert urgency(text, "pregnant") is not Urgency.NOW
