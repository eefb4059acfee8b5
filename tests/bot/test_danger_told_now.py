"""Emergencies told beside an earlier episode, a question or a count, each beside a calm twin in the same words."""
import pytest

from bot.danger import Urgency
from tests.bot.danger_reading import sign_now as _sign_now, urgency as _urgency


@pytest.mark.parametrize("urgent, sign, calm", [
    # a miscarriage days ago is her present, no earlier pregnancy: a fever now is an emergency
    ("my miscarriage was 4 days ago and today i have fever 103 with shivering", "fever",
     "i had a miscarriage two years ago, now 5 months pregnant again, no fever, what to eat"),
    # what had passed is here again ("ab fir", "ahile ... pheri"); pregnant again is nothing that came back
    ("pichhli baar bhi bukhar hua tha, ab fir 103 hai subah se, 6 mahina", "fever",
     "pichhli baar bhi bukhar hua tha, ab fir se pregnant hu, 3 mahina, bukhar nahi hai"),
    ("पहिलो गर्भमा पनि यस्तै भएको थियो, अहिले ३२ हप्तामा फेरि रगत देखियो", "bleeding",
     "pichhli pregnancy me bukhar hua tha, abhi 6 mahina, bukhar nahi hai, kya khau"),
])
def test_an_earlier_episode_does_not_dismiss_one_told_as_now(urgent, sign, calm):
    assert _sign_now(urgent, "pregnant") == sign
    assert _urgency(calm, "pregnant") is not Urgency.NOW


def test_a_stain_seen_today_late_in_pregnancy_is_go_now_however_she_asks():
    assert _sign_now("8 mahine me halka khoon normal hai kya? aaj subah chaddi pe khoon ka daag dekha", "pregnant") \
        == "bleeding"


@pytest.mark.parametrize("urgent, calm", [
    ("kal tak khoob hilta tha, aaj subah se sirf ek do baar dheere se hila, 34 hafte",
     "baby aaj din bhar khoob hila, sirf raat ko thoda shant tha, 30 hafte"),
    ("aaja bihana dekhi bachha chaleko thaha bhayena, 36 hapta",
     "kick thaha bhayena bhane ke garne? ahile samma ramrai chalcha, 30 hapta"),
])
def test_movements_counted_few_or_not_felt_today_are_go_now(urgent, calm):
    assert _sign_now(urgent, "pregnant") == "reduced_fetal_movement"
    assert _urgency(calm, "pregnant") is not Urgency.NOW


def test_a_thought_of_hurting_the_baby_told_in_her_own_words_is_go_now():
    assert _sign_now("some nights i feel like hurting him when he does not stop crying, i am scared of myself",
                     "baby") == "self_harm"
    assert _urgency("will the vaccine injection hurt him a lot? he is 6 weeks", "baby") is not Urgency.NOW


def test_a_body_that_burns_is_a_fever_and_asking_whether_it_burns_is_not():
    assert _sign_now("nani 10 din ki, hijo dekhi jiu polchha, dudh kam khanchhe", "baby") == "newborn_fever_or_cold"
    assert _urgency("baby ko khopko thau rato bhayo, jiu polchha ki bhanera chhoe, tato chaina, 6 hapta",
                    "baby") is not Urgency.NOW


def test_a_newborn_still_cold_after_warming_is_go_now():
    assert _sign_now("भर्खर जन्मेको नानीको खुट्टा र पेट हिउँ जस्तो चिसो छ, न्यानो पार्दा पनि तातेन", "baby") \
        == "newborn_fever_or_cold"
