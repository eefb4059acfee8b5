"""Hindi and Hinglish: signs told beside a condition or a question ("the nurse said come if..., now it is"), and the
words people use for them; each calming reading has an urgent twin that stays go-now."""
import pytest

from bot.danger import Urgency
from tests.bot.danger_reading import found as _found, sign_now as _sign_now


@pytest.mark.parametrize("text", [
    "डिलीवरी के बाद से लगता है सब खत्म कर दूँ, कुछ अच्छा नहीं लगता",
    "रात को मन हुआ छत से कूदने का सोचा, मुझे डर लग रहा है",
    "kal raat kudne ka socha tha, baby 2 mahine ka hai, kisi se keh nahi pa rahi",
    "mann karta hai sab khatam kar du, beta 1 mahine ka hai",
])
def test_wanting_to_end_everything_or_having_thought_of_jumping_is_self_harm(text):
    assert _sign_now(text, "baby") == "self_harm"


@pytest.mark.parametrize("text", [
    "pet me dayi taraf bahut tez dard ho raha hai subah se, 7 mahine",
    "बहू के पेट में एक तरफ बहुत ज़ोर का दर्द है, दूसरा महीना, गैस तो नहीं?",
    "pasli ke neeche right side bahut tez dard hai, 35 hafte, eno se bhi nahi gaya",
])
def test_very_bad_pain_on_one_side_is_go_now_however_many_words_name_the_place(text):
    assert _sign_now(text, "pregnant") in ("severe_pain", "severe_abdominal_pain")


@pytest.mark.parametrize("text", [
    "pet me ek taraf halka sa dard hai kabhi kabhi, 5 mahine",
    "kamar me ek taraf bahut dard rehta hai, 6 mahine",
    "left side me bahut dard hai kya ye normal hai 4 mahine me",
])
def test_a_slight_one_sided_ache_a_back_ache_or_asking_if_it_is_normal_is_not_go_now(text):
    found = _found(text, "pregnant")
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text", [
    "थैली फट गई है, पानी बह रहा है, 37 हफ्ते। सुबह जाएं तो चलेगा?",
    "pani ki thaili phoot gayi, kapde geele, 38 week, kal subah dikhaye to chalega?",
    "sar bahut tez dukh raha hai 8 mahina, raat ko nahi ja sakte, subah aaun to chalega?",
])
def test_asking_whether_going_later_is_all_right_does_not_make_a_present_sign_a_what_if(text):
    assert _sign_now(text, "pregnant") in ("waters_breaking", "severe_headache")


@pytest.mark.parametrize("text", [
    "agar raat ko thaili phat jaye to subah jaye to chalega?",
    "अगर रात में पानी की थैली फट जाए तो सुबह जाएं तो चलेगा?",
])
def test_a_real_what_if_about_going_later_is_still_a_what_if(text):
    found = _found(text, "pregnant")
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text", ["hara sa pani aa raha hai neeche se, 39 week", "हरे रंग का पानी निकला, 38 हफ्ते"])
def test_greenish_water_in_hindi_words_is_waters_breaking(text):
    assert _sign_now(text, "pregnant") == "waters_breaking"


@pytest.mark.parametrize("text", [
    "doctor ne bola tha agar pet me bahut tez dard ho to aana, ab wahi ho raha hai, 7 mahine",
    "ANM ने कहा था अगर सिर में बहुत तेज़ दर्द हो तो आ जाना, आज वही हो रहा है, 8वां महीना",
    "डॉक्टर ने कहा था अगर आँखों के सामने धुंधला दिखे तो आना, अब सच में धुंधला दिख रहा है। पति घर पर नहीं हैं",
    "nurse said to come if my vision blurs, and now it is happening, 35 weeks",
])
def test_a_sign_she_was_told_to_come_for_that_has_now_come_true_is_go_now(text):
    assert _sign_now(text, "pregnant") in ("severe_abdominal_pain", "severe_headache", "blurred_vision")


@pytest.mark.parametrize("text", [
    "nurse ne kaha tha agar sar dard bahut tez ho to aa jana, abhi aisa kuch nahi hai, bas jaanna tha",
    "डॉक्टर ने कहा था अगर धुंधला दिखे तो तुरंत आना, अभी सब साफ दिख रहा है",
    "agar sar me bahut tez dard ho to kya karna chahiye? pehle se jaanna hai",
])
def test_being_told_to_come_if_it_happens_while_nothing_has_is_not_go_now(text):
    found = _found(text, "pregnant")
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text", [
    "aankhon ke aage kale dhabbe dikh rahe hai aur dhundla lag raha, 34 hafte. chashme ka number badh gaya kya?",
    "आँखों के सामने धब्बे और चमक दिख रही है, 8 महीने। ये चश्मे वाली दिक्कत है क्या?",
])
def test_spots_or_flashes_before_the_eyes_are_no_glasses_problem(text):
    assert _sign_now(text, "pregnant") == "blurred_vision"


@pytest.mark.parametrize("text", [
    "chashma lagati hu, bina chashme ke dhundla dikhta hai bachpan se, 6 mahine",
    "मुझे चश्मा लगता है, उसके बिना धुंधला दिखता है, पहले से है",
])
def test_a_long_standing_blur_without_glasses_is_not_go_now(text):
    found = _found(text, "pregnant")
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text", [
    "kal checkup me sab theek tha, aaj subah se chehra aur haath sooj gaye hai, 35 week",
    "कल चेकअप में सब ठीक था, आज चेहरा और हाथ सूज गए हैं, 9वां महीना",
    "kal sab theek tha, aaj pet me bahut tez dard ho raha hai, 7 mahine",
])
def test_fine_at_yesterdays_checkup_is_before_the_sign_began_not_after(text):
    assert _sign_now(text, "pregnant") in ("swelling_face_hands", "severe_abdominal_pain")


@pytest.mark.parametrize("text", [
    "2 din pehle chehra thoda sooja tha, ab theek hai, checkup bhi ho gaya",
    "पिछले हफ्ते पैरों में सूजन थी, अब ठीक हो गई",
])
def test_a_swelling_that_has_gone_down_is_still_over(text):
    found = _found(text, "pregnant")
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text, stage", [
    ("delivery ke baad kitna khoon aana zyada mana jata hai? kitni bleeding zyada mani jati hai, pehle se pata hona chahiye", "pregnant"),
    ("अगर ऑपरेशन के समय मैं बेहोश हो जाऊं तो घर वालों को क्या करना है? सबको पहले से समझा के रखना चाहती हूँ", "pregnant"),
    ("padosan ne bataya kuch maaon ko delivery ke baad khud ko nuksan pahunchane ke khayal aate hai. mujhe aisa kuch nahi hai, pehle se jaanna chahti hu kaise pehchane", "baby"),
])
def test_a_question_asked_beforehand_to_be_ready_is_not_go_now(text, stage):
    found = _found(text, stage)
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text, stage, sign", [
    ("delivery ke baad bahut bleeding ho rahi hai, 2 pad bhar gaye, kitni bleeding zyada mani jati hai?", "baby", "heavy_bleeding_postpartum"),
    ("बहू बेहोश हो गई है, होश नहीं आ रहा, अगर ऐसा हो तो क्या करें? पहले से पता होना चाहिए था", "pregnant", "unconscious"),
    ("padosan ne bataya kuch maaon ko khud ko nuksan pahunchane ke khayal aate hai. mujhe bhi aise khayal aate hai, kaise pehchane", "baby", "self_harm"),
])
def test_the_same_questions_with_the_sign_happening_now_stay_go_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text", [
    "meri nanad ko pichle saal delivery ke time daure pade the, mujhe bahut dar lagta hai, kya dhyan rakhu?",
    "टीवी पर देखा कि प्रेगनेंसी में दौरे पड़ते हैं, क्या ये पहले से पता चलता है? बीवी 6 महीने की है, सब नॉर्मल है",
])
def test_someone_elses_fits_long_ago_or_on_tv_while_all_is_normal_is_not_go_now(text):
    found = _found(text, "pregnant")
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text", [
    "meri nanad ko pichle saal daure pade the, aaj mujhe bhi daura pada, bahut dar lagta hai",
    "टीवी पर देखा था दौरे पड़ते हैं, आज पत्नी को दौरा पड़ा और वो होश में नहीं है, 8 महीने",
])
def test_the_same_with_fits_of_her_own_today_stays_go_now(text):
    assert _sign_now(text, "pregnant") in ("convulsions", "unconscious")


@pytest.mark.parametrize("text", [
    "baby 10 din ka hai, chehra thoda peela lagta hai, hatheli aur talwe safed hai, doodh achhe se peeta hai",
    "बच्ची 8 दिन की है, आँखें हल्की पीली, हथेलियाँ और तलवे गुलाबी हैं, दूध ठीक पीती है",
])
def test_a_slightly_yellow_baby_whose_palms_and_soles_are_white_is_not_go_now(text):
    found = _found(text, "baby")
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text", [
    "baby 10 din ka hai, hatheli aur talwe bhi peele ho gaye hai",
    "बच्चे की हथेलियाँ और तलवे पीले हैं, 9 दिन का है, दूध ठीक पीता है",
    "baby ka chehra peela, talwe safed nahi, peele hai",
])
def test_yellow_palms_and_soles_stay_go_now(text):
    assert _sign_now(text, "baby") == "newborn_jaundice"


@pytest.mark.parametrize("text, stage", [
    ("hamare gaon me log kehte hai delivery ke baad thanda pani peene se bukhar aata hai, sach hai kya? abhi sab theek hai", "baby"),
    ("हमारे यहाँ पीलिया में झाड़ा करवाते हैं, क्या ये सही है? नाती बिल्कुल ठीक है अभी, बस पूछ रही हूँ", "baby"),
])
def test_a_local_belief_asked_about_while_all_is_fine_is_not_go_now(text, stage):
    found = _found(text, stage)
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text, stage, sign", [
    ("hamare gaon me log kehte hai nahane se bukhar aata hai, bahu ko abhi tez bukhar hai, delivery 5 din pehle hui", "baby", "fever"),
    ("हमारे यहाँ पीलिया में झाड़ा करवाते हैं, नाती 2 दिन का है आज पूरा पीला हो गया है", "baby", "newborn_jaundice"),
    ("hamare yaha kehte hai sab theek ho jayega, par bahu ko 3 din se tez bukhar hai", "baby", "fever"),
])
def test_the_same_belief_beside_a_sign_happening_now_stays_go_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, stage", [
    ("pehli delivery hai, dard shuru hone ke kitne ghante baad aspatal jana chahiye? abhi 35 hafte", "pregnant"),
    ("थैली टूटने पर क्या महसूस होता है? पेशाब से कैसे अलग पहचानूँ? अभी कुछ नहीं हुआ, 33 हफ्ते", "pregnant"),
    ("operation ke baad mahwari kab lautti hai? beti 4 mahine ki hai, bleeding kab ki band ho chuki", "baby"),
    ("pichli baar delivery se pehle BP bahut badh gaya tha, ab beta 3 saal ka hai, BP normal hai. agli baar phir se hoga kya?", "baby"),
])
def test_pains_to_come_a_what_if_a_bleeding_long_stopped_or_will_it_happen_again_is_not_go_now(text, stage):
    found = _found(text, stage)
    assert found is None or found.urgency is not Urgency.NOW, found


@pytest.mark.parametrize("text, stage, sign", [
    ("pehli delivery hai, dard shuru ho gaya hai har 5 minute me, 36 hafte", "pregnant", "labour"),
    ("थैली फट गई है, पानी बह रहा है, 33 हफ्ते, पेशाब से कैसे अलग पहचानूँ?", "pregnant", "waters_breaking"),
    ("operation ke baad bleeding band ho chuki thi, aaj phir se bahut bleeding ho rahi hai, pad bhar gaye", "baby", "heavy_bleeding_postpartum"),
    ("pichli baar BP bahut badh gaya tha, aaj phir se BP 165/112 aaya, 8 mahine", "pregnant", "high_blood_pressure"),
    ("bleeding ho rahi hai 8 mahine, dawa li par kuch nahi hua", "pregnant", "bleeding"),
])
def test_the_same_with_the_sign_happening_now_stays_go_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text", [
    "stan me dard aur thodi laali hai, halka bukhar, baby 2 hafte ka. kya doodh pilana band kar du?",
    "शुरू के 2 दिन बच्ची ठीक से पी नहीं पाती थी, अब अच्छे से पीती है। क्या बोतल भी दूँ?",
])
def test_asking_whether_to_stop_breastfeeding_or_a_baby_that_now_feeds_well_is_no_baby_refusing_feeds(text):
    found = _found(text, "baby")
    assert found is None or (found.sign != "newborn_not_feeding" and found.urgency is not Urgency.NOW), found


@pytest.mark.parametrize("text", [
    "बच्चे ने दूध पीना बंद कर दिया है, 2 हफ्ते का है, क्या दूध पिलाना बंद कर दूँ?",
    "bachha subah se doodh nahi pee raha, kya doodh pilana band kar du aur bottle du?",
    "pehle achhe se peeta tha, ab khoob peeta tha par aaj subah se bilkul nahi pee raha",
])
def test_a_baby_that_has_stopped_feeding_stays_go_now(text):
    assert _sign_now(text, "baby") == "newborn_not_feeding"


def test_asking_whether_to_stop_breastfeeding_a_baby_with_watery_stools_stays_go_now():
    assert _sign_now("3 हफ्ते के बच्चे को आज 10 बार पानी जैसी पॉटी, क्या दूध पिलाना बंद कर दूँ?", "baby") == "newborn_diarrhoea"


@pytest.mark.parametrize("text", [
    "ulti bahut hoti hai din me kai baar, par pani ruk jata hai, 10 hafte. kab tak chalega?",
    "बहू को दिन भर में कई बार उल्टी होती है, पर पानी पीती है और चल फिर रही है, दूसरा महीना",
])
def test_vomiting_often_while_water_stays_down_is_see_soon(text):
    found = _found(text, "pregnant")
    assert found is not None and (found.sign, found.urgency) == ("severe_vomiting", Urgency.SOON), found


@pytest.mark.parametrize("text", [
    "ulti bahut hoti hai din bhar, pani bhi nahi ruk raha, 10 week",
    "din me 20 baar ulti hui aaj, pani ruk jata hai, 9 week",
    "ulti bahut hoti hai, pani ruk jata hai par chakkar aate hai aur peshab nahi aaya, 8 week",
    "दिन भर उल्टी होती है, पानी भी वापस आ जाता है, 10 हफ्ते",
])
def test_vomiting_with_water_coming_back_many_times_dizzy_or_no_urine_stays_go_now(text):
    assert _sign_now(text, "pregnant") == "severe_vomiting"


@pytest.mark.parametrize("text, sign", [
    ("padosan ka baby peeliya me bharti tha, mera baby kal tak bilkul gulabi tha, aaj peela lag raha", "newborn_jaundice"),
    ("जेठानी के बच्चे को बुखार था, हमारा बच्चा 10 दिन का है, आज बहुत गरम है", "newborn_fever_or_cold"),
])
def test_a_relatives_past_illness_does_not_calm_our_babys_sign_told_as_today(text, sign):
    assert _sign_now(text, "baby") == sign


def test_a_relatives_past_illness_alone_is_still_no_sign():
    found = _found("meri saas ko pichle saal bukhar tha, ab theek hai", "baby")
    assert found is None or found.urgency is not Urgency.NOW
