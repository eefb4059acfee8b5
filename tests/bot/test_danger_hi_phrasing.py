"""Hindi and Hinglish wordings of danger signs, and calm Hindi constructions with their urgent twins: each calming
reading must leave the same construction with a real, present emergency go-now."""
import pytest

from bot import danger
from bot.danger import Urgency
from tests.bot.danger_reading import found as _found, urgency as _urgency, sign_now as _sign_now


@pytest.mark.parametrize("text", [
    "मेरी 3 हफ्ते की बच्ची को लूज मोशन लगे हैं, दिन में कई बार",
    "बेटे को डायरिया हो गया है, 20 दिन का है",
    "baby ko loose potty ho rahi hai subah se",
])
def test_loose_motions_in_a_young_baby_written_with_english_words_is_diarrhoea(text):
    found = danger.load().detect(text, "baby")  # what the lexicon reads (the trained second opinion may still weigh it)
    assert found is not None and (found.sign, found.urgency) == ("newborn_diarrhoea", Urgency.NOW)


@pytest.mark.parametrize("text", [
    "आज पंद्रह बार उल्टी हो चुकी है, तीसरा महीना",
    "kal raat se bees baar ulti kar chuki hu",
    "सुबह से 10 बार उल्टी हुई है",
    "das baar ulti ho gayi aaj, 2 mahine pregnant",
])
def test_vomiting_counted_in_hindi_words_or_with_a_devanagari_baar_is_severe(text):
    assert _sign_now(text, "pregnant") == "severe_vomiting"


def test_one_vomit_beside_a_count_of_feeds_is_not_severe_vomiting():
    assert _urgency("दिन में दस बार बच्चा दूध पीता है, आज एक बार उल्टी की", "baby") is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "सहा नहीं जाता अब, सोचा है नींद की सारी गोलियां खा लूंगी",
    "bas bahut ho gaya, neend ki saari goliyan ek saath kha lun kya",
    "I am going to take all the sleeping pills tonight",
])
def test_planning_to_swallow_all_the_sleeping_pills_is_self_harm(text):
    assert _sign_now(text) == "self_harm"


@pytest.mark.parametrize("text", [
    "haan ji, iron ki saari goliyan time pe kha lungi",  # a reply to a reminder
    "सास की नींद की सारी गोलियां अलमारी में रख दी हैं ताकि बच्चा न छुए",  # kept out of reach
    "neend ki saari goliyan khatam ho gayi, doctor se aur likhwani hai",  # ran out
])
def test_all_my_tablets_or_sleeping_pills_kept_away_are_no_self_harm(text):
    assert _urgency(text) is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "प्लेसेंटा के बारे में नर्स ने पूछा था, बच्चा एक घंटे पहले हुआ, वो अभी तक नहीं निकला",
    "baby ho gaya, jer ka intezaar kar rahe hai 45 minute se, dai kehti ruko, abhi tak bahar nahi aayi",
    "the baby came an hour ago and the midwife keeps waiting for the placenta but it has not come out yet",
])
def test_the_placenta_named_far_from_has_not_come_out_yet_is_retained(text):
    assert _sign_now(text) == "retained_placenta"


@pytest.mark.parametrize("text", [
    "placenta to turant nikal gaya tha, par doodh abhi tak nahi nikla",  # the milk, not the placenta
    "प्लेसेंटा निकल गया था, टांके अभी तक नहीं निकले",  # the stitches
    "pichli baar placenta der se nikla tha, is baar 9 mahine, abhi tak sab theek",  # an earlier birth
])
def test_something_else_not_out_yet_beside_a_placenta_that_came_is_not_retained(text):
    found = _found(text)
    assert found is None or found.sign != "retained_placenta"


@pytest.mark.parametrize("calm, urgent", [
    ("आमतौर पर पहली डिलीवरी में कब दर्द शुरू होते हैं?", "आमतौर पर कब दर्द शुरू होते हैं? मुझे अभी बहुत तेज दर्द हो रहा है, 8 महीने"),
    ("aamtaur par kab shuru hota hai delivery ka dard?", "aamtaur par kab dard shuru hota hai, mera dard shuru ho gaya 34 hafte me"),
])
def test_usually_with_a_question_word_asks_about_women_in_general(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") in ("labour", "severe_pain", "severe_abdominal_pain")


@pytest.mark.parametrize("calm, urgent", [
    ("डिलीवरी में कितना दर्द होगा? सोच के ही डर लग रहा है, 7 महीने हो गए",
     "डिलीवरी में बहुत दर्द होगा क्या? अभी से पेट में दर्द हो रहा है, डर लग रहा है, 8 महीने"),
    ("delivery me bahut dard hogi kya, abhi se darr lag raha hai",
     "delivery me dard hoga kya, dar lag raha hai, abhi kamar me bahut dard uth raha hai, 8 mahine"),
])
def test_afraid_now_of_the_pain_of_a_delivery_to_come_is_no_labour(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") in ("labour", "severe_pain", "severe_abdominal_pain")


@pytest.mark.parametrize("calm, urgent", [
    ("9 mahine chal raha, kamar me halka sa dard, delivery kab hogi?",
     "थोड़ा थोड़ा दर्द हर 10 मिनट पे आ रहा है, डिलीवरी कब होगी? 36 हफ्ते"),
    ("पीठ में थोड़ा दर्द रहता है, डिलीवरी कब तक होगी? 8 महीने",
     "पीठ में थोड़ा दर्द है और पानी निकल गया, डिलीवरी कब तक होगी? 8 महीने"),
])
def test_a_slight_ache_and_when_will_the_birth_be_is_no_labour(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _urgency(urgent, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("calm, urgent, sign", [
    ("मीटिंग में महिलाओं को बताना है कि बेहोश हो जाए तो क्या करें, अभी किसी को नहीं हुआ",
     "मीटिंग में बताना था कि बेहोश हो जाए तो क्या करें, पर अभी बहू बेहोश हो गई है", "unconscious"),
    ("gaon ki meeting me batana hai, daure pade to kya karna chahiye? abhi kisi ko nahi hua",
     "meeting me batana tha ki daure pade to kya kare, par abhi bahu ko daure pad rahe hai", "convulsions"),
    ("training me sikhaya tha ki jhatke aaye to kya kare, bas yaad karna hai",
     "training me sikhaya tha ki jhatke aaye to kya kare, meri bahu ko abhi jhatke aa rahe hai", "convulsions"),
])
def test_a_what_if_to_teach_a_meeting_is_calm_but_a_fit_or_faint_now_beside_it_alarms(calm, urgent, sign):
    assert _urgency(calm) is not Urgency.NOW
    assert _sign_now(urgent) == sign


@pytest.mark.parametrize("calm, urgent", [
    ("दादाजी का बीपी 180/110 रहता है, उनकी गोली मैं प्रेगनेंसी में खा सकती हूं?",
     "मेरा बीपी 170/110 है, दादी की दवाई ले सकती हूं क्या?"),
    ("sasur ji ka bp 170/110 rehta hai, unki dawai pregnancy me le sakti hu kya",
     "dadi ne bp napa 170/110 aaya, kya main unki dawai le lu? 7 mahine"),
])
def test_an_elders_reading_with_may_i_take_their_medicine_is_theirs(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == "high_blood_pressure"


@pytest.mark.parametrize("calm, urgent, sign", [
    ("पति को कल से बुखार है, क्या मैं बच्चे को दूध पिला सकती हूं?",
     "पति को बुखार है, बच्चे को भी बुखार है, दूध पिला सकती हूं?", "newborn_fever_or_cold"),
    ("sasur ji ko bukhar hai, kya main baby ko doodh pila sakti hu",
     "sasur ji ko bukhar hai aur baby ko bhi bukhar hai, doodh pila sakti hu?", "newborn_fever_or_cold"),
    ("my husband has a fever, can I still breastfeed the baby?",
     "my husband has a fever and the baby has a fever too, can I breastfeed the baby?", "newborn_fever_or_cold"),
])
def test_his_fever_and_may_i_feed_the_baby_is_calm_unless_the_baby_is_hot_too(calm, urgent, sign):
    assert _urgency(calm, "baby") is not Urgency.NOW
    assert _sign_now(urgent, "baby") == sign


@pytest.mark.parametrize("calm, urgent", [
    ("मेरे 4 साल के बेटे को मिर्गी के दौरे आते हैं, क्या नए बच्चे को भी होगा?",
     "मेरे 4 साल के बेटे को दौरे आते हैं, अभी बहू को झटके आ रहे हैं, क्या बच्चे को भी होगा?"),
    ("nanad ki 6 saal ki beti ko fits aate hai, dawai leti hai. bachhe ko bhi ho sakta hai kya?",
     "6 saal ki beti ko fits aate hai, aaj bahu ko bhi daura pada, bachhe ko bhi ho sakta hai kya?"),
])
def test_an_older_childs_known_fits_and_will_the_baby_get_them_is_calm(calm, urgent):
    assert _urgency(calm) is not Urgency.NOW
    assert _sign_now(urgent) in ("convulsions", "newborn_convulsions")


@pytest.mark.parametrize("calm, urgent", [
    ("नर्स बोली थी कि धुंधला दिखे तो तुरंत आना, ये क्यों कहा? मुझे तो सब साफ दिखता है",
     "नर्स ने कहा धुंधला दिखे तो तुरंत आना, आज सुबह से धुंधला दिख रहा है, बाकी सब साफ दिखता है"),
    ("doctor ne kaha tha aankhon ke aage dhundla dikhe to aana, waise mujhe to sab saaf dikhta hai",
     "doctor ne kaha tha dhundla dikhe to aana, ab dhundla dikh raha hai"),
])
def test_told_to_come_if_it_blurs_while_she_sees_clearly_is_no_blurred_vision(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == "blurred_vision"


@pytest.mark.parametrize("calm, urgent", [
    ("जांच में खून 10 आया और बीपी 120/80, सब ठीक बोला", "खून 10 दिन से आ रहा है, 8 महीने"),
    ("mera khoon 8 tha, ab 11 aaya, iron kitne din aur khana hai?", "khoon 9 hai doctor ne bataya, aur neeche se khoon bhi aa raha"),
])
def test_haemoglobin_told_as_blood_and_a_number_is_no_bleeding(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == "bleeding"


@pytest.mark.parametrize("mild, urgent", [
    ("काम करते समय सांस फूल जाती है, 7 महीने", "kaam karte waqt saans phoolti thi, ab baithe baithe bhi saans nahi aa rahi"),
    ("kaam karte hue saans phool jati hai thodi", "काम करते वक्त सांस फूलती है और सीने में दर्द"),
])
def test_breathless_while_working_is_see_soon_but_at_rest_or_with_chest_pain_is_go_now(mild, urgent):
    assert _urgency(mild, "pregnant") is Urgency.SOON
    assert _sign_now(urgent, "pregnant") == "breathing_difficulty"


@pytest.mark.parametrize("text", [
    "सम्बन्ध के बाद थोड़े खून के धब्बे आए, दूसरा महीना है, दर्द नहीं",
    "sambandh ke baad thoda sa khoon dikha, dusra mahina chal raha",
])
def test_a_few_spots_after_intercourse_in_the_first_months_without_pain_is_see_soon(text):
    assert _urgency(text, "pregnant") is Urgency.SOON


@pytest.mark.parametrize("text", [
    "संबंध के बाद हल्का खून आया, तीसरा महीना है, पेट में दर्द भी है",  # with pain
    "sambandh ke baad thoda khoon aaya, 8 mahine",  # late in pregnancy
    "sambandh ke baad thoda khoon aaya, teesra mahina, ruk nahi raha",  # it does not stop
    "sambandh ke baad halka khoon, dusra mahina, chakkar aa raha",  # dizzy
])
def test_bleeding_after_intercourse_with_pain_late_persisting_or_dizzy_stays_go_now(text):
    assert _sign_now(text, "pregnant") == "bleeding"


def test_a_sore_breast_with_a_slight_fever_is_her_own_fever_see_soon():
    found = _found("स्तन में दर्द और लाली है, हल्का बुखार भी, बच्ची 2 हफ्ते की है", "baby")
    assert found is not None and (found.sign, found.urgency) == ("fever", Urgency.SOON)


@pytest.mark.parametrize("text, sign", [
    ("स्तन में दर्द और हल्का बुखार, बच्ची 2 हफ्ते की है, बच्ची भी गरम लग रही", "newborn_fever_or_cold"),
    ("stan me dard hai aur baby ko bukhar hai", "newborn_fever_or_cold"),
    ("stan me laali aur tez bukhar hai, baby 3 hafte ka", "fever"),
])
def test_a_sore_breast_beside_a_hot_baby_or_a_high_fever_stays_go_now(text, sign):
    assert _sign_now(text, "baby") == sign


@pytest.mark.parametrize("calm, urgent", [
    ("मुझे लूज मोशन हो रहे हैं, क्या बच्चे को दूध पिला सकती हूं?", "मुझे लूज मोशन हैं और बच्चे को भी दस्त हो रहे हैं, दूध पिला सकती हूं?"),
    ("mujhe dast ho rahe hai kal se, baby ko doodh pila sakti hu?", "mujhe dast hai aur baby ko bhi dast ho rahe, doodh pila sakti hu?"),
])
def test_her_own_loose_motions_and_may_i_feed_is_no_diarrhoea_of_the_babys(calm, urgent):
    assert _urgency(calm, "baby") is not Urgency.NOW
    found = danger.load().detect(urgent, "baby")
    assert found is not None and (found.sign, found.urgency) == ("newborn_diarrhoea", Urgency.NOW)


@pytest.mark.parametrize("calm, urgent", [
    ("kal bukhar tha, dawa se utar gaya, ab theek hu", "teen din se bukhar hai, dawa li par utar hi nahi raha"),
    ("सिजेरियन के बाद बुखार था, अब उतर गया है", "सिजेरियन के बाद मेरा बुखार उतरता नहीं, 103 है"),
    ("bukhar nahi hai, bas aaj checkup ke liye ja nahi pa rahi", "operation ke baad se bukhar ja hi nahi raha, 4 din ho gaye"),
])
def test_a_fever_that_does_not_come_down_is_no_negated_fever(calm, urgent):
    assert _urgency(calm, "baby") is not Urgency.NOW
    assert _sign_now(urgent, "baby") == "fever"


@pytest.mark.parametrize("calm, urgent", [
    ("puja ke phool mandir ke andar reh gaye, kal le aaungi", "baby subah hua, par phool abhi andar hi reh gaya, dard ho raha"),
    ("गुलदस्ते के फूल गाड़ी के अंदर रह गए", "बच्चा एक घंटा पहले हुआ, दाई कहती है फूल अंदर रह गया है"),
])
def test_the_placenta_called_the_flower_left_inside_after_a_birth_is_retained(calm, urgent):
    assert _urgency(calm, "baby") is not Urgency.NOW
    assert _sign_now(urgent, "baby") == "retained_placenta"


@pytest.mark.parametrize("calm, urgent", [
    ("meri saheli ko tez bukhar hai, kya main usse milne ja sakti hu", "padosan pregnant hai, usko kal se bahut tez bukhar hai"),
    ("जेठानी के पेट में बहुत तेज दर्द है, क्या उसे कोई दवा दें", "मेरी ननद 8 महीने की है, उसके पेट में बहुत तेज दर्द है"),
])
def test_a_sister_in_law_or_friend_said_to_be_pregnant_is_a_proxy_report(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _urgency(urgent, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    ("doctor ne bola baby ulta hai, 8 mahine me abhi tak ghooma nahi, seedha hoga?", "kal raat se pet me baby ghoom nahi raha, 36 hafte"),
    ("डॉक्टर ने कहा बच्चा उल्टा है, 8 महीने, सीधा होगा क्या?", "पेट में बच्चा सुबह से घूम नहीं रहा, पहले बहुत चलता था"),
])
def test_a_baby_that_does_not_turn_about_is_reduced_movement_but_a_breech_baby_is_not(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == "reduced_fetal_movement"


@pytest.mark.parametrize("calm, urgent, stage", [
    ("5 mahine ho gaye, abhi tak hilna mehsoos nahi hua, kab hoga", "कल से बहुत कम हिल रहा है, 35 हफ्ते", "pregnant"),
    ("5 mahine ho gaye, abhi tak hilna mehsoos nahi hua, kab hoga", "pregnant hu, aaj subah se halchal kam hai", None),
])
def test_stirring_less_without_naming_the_baby_is_reduced_movement_in_pregnancy(calm, urgent, stage):
    assert _urgency(calm, stage) is not Urgency.NOW
    assert _sign_now(urgent, stage) == "reduced_fetal_movement"


@pytest.mark.parametrize("calm, urgent", [
    ("बच्चा दिन भर सोता रहता है पर दूध के लिए खुद जाग जाता है", "बेटी 10 दिन की है, कितना भी जगाओ नहीं जागती"),
    ("baby din bhar sota rehta, doodh ke liye khud jag jata hai", "बच्चा दिन भर सोता रहता है, दूध के लिए भी नहीं जागता"),
])
def test_a_newborn_who_does_not_wake_is_lethargic_one_who_wakes_for_feeds_is_see_soon(calm, urgent):
    assert _urgency(calm, "baby") is Urgency.SOON
    assert _sign_now(urgent, "baby") == "newborn_lethargy"


def test_a_headache_she_calls_not_very_strong_in_hindi_is_see_soon():
    assert _urgency("4 दिन से सिर में दर्द है, ज्यादा तेज नहीं, 6 महीने", "pregnant") is Urgency.SOON
    assert _sign_now("4 दिन से सिर में बहुत तेज दर्द है, 6 महीने", "pregnant") == "severe_headache"


@pytest.mark.parametrize("calm, urgent, stage", [
    ("मुन्ने की बातें सुनकर सबको हंसी का दौरा पड़ गया", "मुन्ने को दौरा पड़ा, हाथ पैर अकड़ गए", "baby"),  # a fit of laughter
    ("world cup ka bukhar sabko chadha hai, main bhi match dekh rahi", "mujhe tez bukhar chadha hai kal se, 7 mahine", "pregnant"),
    ("नींद में बच्चे की सांस कभी तेज कभी धीरे चलती है, बाकी ठीक", "baby ki saans bahut tez chal rahi hai, pasli andar dhans rahi", "baby"),
    ("delivery ko 10 din hue, halka khoon aata hai, 5 ghante me pad badalti hu", "delivery ke baad bahut khoon, har ghante pad badalna pad raha", "baby"),
    ("tv pe dikhaya bachha janam ke baad neela pad gaya, aisa kyun hota hai", "mera baby achanak neela pad gaya, saans nahi le raha", "baby"),
    ("सिजेरियन के टांकों से थोड़ा पानी निकल रहा है", "9 महीने, नीचे से पानी बह रहा है", "baby"),
    ("baby ko nehlane ke baad wo thanda tha, kambal odhaya to theek ho gaya",
     "baby ko nehlane ke baad thanda hai, kambal odhaya phir bhi thanda hai", "baby"),
    ("doctor bolti baby ulta hai, 8 mahine, kya seedha ho jayega", "baby ulta hai aur neeche se paani beh raha hai, 8 mahine", "pregnant"),
    ("peshab me jalan hoti hai, 5 mahine", "पेशाब में जलन और तेज बुखार, कंपकंपी, 7 महीने", "pregnant"),
])
def test_sign_words_in_a_calm_sense_stay_calm_beside_their_urgent_twin(calm, urgent, stage):
    assert _urgency(calm, stage) is not Urgency.NOW
    assert _urgency(urgent, stage) is Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    ("बेटा हर बार दूध पीने के बाद उल्टी करता है, पर थोड़ा दूध रुकता है, खेलता है",
     "बेटा हर बार दूध पीने के बाद सारा दूध उल्टी कर देता है, कुछ नहीं रुकता"),
])
def test_a_baby_who_brings_up_milk_but_keeps_some_down_is_see_soon(calm, urgent):
    found = _found(calm, "baby")
    assert found is not None and (found.sign, found.urgency) == ("newborn_vomiting", Urgency.SOON)
    assert _sign_now(urgent, "baby") == "newborn_vomiting"


@pytest.mark.parametrize("calm, urgent, stage", [
    ("pankha hil nahi raha, bahut garmi hai", "kal raat se kam hil raha hai, 37 hafte", "pregnant"),  # a fan does not stir
    ("main 7 mahine ki hu, kya papaya kha sakti hu", "मैं 8 महीने की हूं, आज सुबह से हलचल नहीं है", None),  # her months, said far from it
])
def test_stirring_less_is_the_baby_in_the_womb_unless_a_thing_in_the_house_stirs(calm, urgent, stage):
    assert _urgency(calm, stage) is not Urgency.NOW
    assert _sign_now(urgent, stage) == "reduced_fetal_movement"


def test_breathless_when_she_walks_in_hinglish_is_see_soon():
    assert _urgency("saans phoolti hai chalne pe, 7 mahine", "pregnant") is Urgency.SOON
    assert _urgency("baithe baithe bhi saans phool rahi hai, honth neele, 7 mahine", "pregnant") is Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    ("रात तक टखने सूज जाते हैं, चेहरे पर कोई सूजन नहीं, 8 महीने", "टखने सूज गए हैं और चेहरा भी फूल गया है, 8 महीने"),
    ("pair suje rehte hai shaam ko, haath me koi sujan nahi", "pair suje hai aur haath bhi suj gaye, ungli me ring tight"),
    ("पैरों में सूजन रहती है, हाथ मुंह पर सूजन नहीं है", "पैरों में सूजन है, आज सुबह से मुंह भी सूज गया"),
])
def test_swollen_feet_with_the_face_or_hands_said_not_swollen_is_no_face_swelling(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == "swelling_face_hands"


def test_feet_that_are_suje_are_swollen():
    found = _found("dono pair suje hain 2 din se, 8 mahina", "pregnant")
    assert found is not None and found.sign == "swelling_face_hands"


@pytest.mark.parametrize("calm, urgent", [
    ("subah ek baar ulti hoti hai, phir din bhar kha leti hu, 3 mahine", "din bhar ulti ho rahi hai, kuch nahi tikta, 3 mahine"),
    ("सुबह मिचली और एक बार उल्टी, फिर दिनभर खा लेती हूं", "दिनभर उल्टी हो रही है, पानी भी नहीं टिकता"),
])
def test_eating_all_day_after_a_morning_vomit_is_no_persistent_vomiting(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == "severe_vomiting"


@pytest.mark.parametrize("calm, urgent, stage", [
    ("meri badi behen ki aanval andar reh gayi thi unki delivery me, kya ye khandani hai? main 7 mahine ki hu",
     "meri behen ki bhi aanval atki thi, kya khandani hai? mera baccha aadha ghanta pehle hua aur aanval abhi tak nahi nikli",
     "pregnant"),
    ("मेरी मौसी की जेर नहीं निकली थी बहुत साल पहले, क्या ये खानदानी होता है?",
     "मेरी मौसी की भी जेर नहीं निकली थी, क्या खानदानी है? आज मेरा बच्चा हुआ, जेर अभी तक नहीं निकली", None),
])
def test_a_relatives_retained_placenta_asked_as_hereditary_before_her_birth_is_no_emergency(calm, urgent, stage):
    assert _urgency(calm, stage) is not Urgency.NOW
    assert _sign_now(urgent, stage) == "retained_placenta"


@pytest.mark.parametrize("calm, urgent", [
    ("फेसबुक पे वीडियो देखा कि नवजात नीला पड़ जाता है, डर लग रहा, 7 महीने हैं",
     "वीडियो में देखा था, डर लग रहा, अभी बच्चा हुआ और उसके होंठ नीले पड़ रहे हैं"),
    ("suna hai kuch bacche janam ke samay neele pad jate hai, dar lagta hai, 8 mahina chal raha",
     "suna tha bacche neele pad jate hai, dar lag raha, mera baby abhi neela pad raha hai"),
])
def test_a_blue_newborn_seen_or_heard_of_and_feared_before_her_birth_is_no_emergency(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == "newborn_not_breathing"


# --- eighteenth batch: emergencies told beside words that usually calm, and their calm twins

@pytest.mark.parametrize("text, stage, sign", [
    ("mera bukhar parso utar gaya tha, aaj phir aa gaya 103, 8 mahine", "pregnant", "fever"),
    ("बचपन में मिर्गी थी, सालों से ठीक थी, आज सुबह फिर दौरा आया, 7 महीने", "pregnant", "convulsions"),
    ("operation ke baad sir dard chala gaya tha, kal raat se phir shuru, bahut tez sir dard hai", "baby", "severe_headache"),
])
def test_what_had_passed_but_came_back_today_is_go_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, stage", [
    ("mera bukhar parso utar gaya tha, ab theek hu, 8 mahine", "pregnant"),
    ("bachpan me mujhe mirgi ke daure padte the, ab saalon se nahi aaye. pregnancy me dawai le sakti hu?", "pregnant"),
])
def test_what_passed_and_stayed_away_is_not_go_now(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "pichhle mahine tak sab theek tha, ab 2 din se baby ki hatheli aur talve peele hai",
    "pehle bachche ko bhi peeliya hua tha aur theek ho gaya tha, ab iske talve aur hatheli bhi peele ho gaye",
])
def test_yellow_palms_and_soles_are_never_over(text):
    assert _sign_now(text, "baby") == "newborn_jaundice"


def test_an_older_childs_jaundice_that_passed_is_not_go_now():
    assert _urgency("pehle bachche ko peeliya hua tha aur theek ho gaya tha, is baar kya dhyan rakhu?", "pregnant") \
        is not Urgency.NOW


@pytest.mark.parametrize("text, stage, sign", [
    ("हफ्ता पहले तक सब ठीक था, अब पैर में सूजन और आज से चेहरा भी सूजा हुआ है", "pregnant", "swelling_face_hands"),
    ("kal subah tak sab thik tha, 3 din pehle delivery hui, ab bahut tez bukhar hai", "baby", "fever"),
])
def test_all_was_fine_before_it_began_is_no_resolved_sign(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, urgent", [
    ("thoda sa bukhar hai bas, thermometer me 103 aaya, 6 mahine", True),
    ("thoda sa bukhar hai, 99.6 tha, 6 mahine", False),
])
def test_a_little_fever_with_a_high_reading_is_go_now(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("achanak se saans phoolne lagi, thodi si hi, 8 mahine", True),
    ("पहले थोड़ी खांसी थी, अब अचानक सांस नहीं आ रही, 7 महीने", True),
    ("seedhi chadhne par thodi saans phoolti hai, 8 mahine, normal hai kya?", False),
])
def test_a_little_breathlessness_that_came_suddenly_is_go_now(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("namaste, tika ki jankari ke liye dhanyavad. beti 2 hafte ki hai, aaj subah se doodh lena band kar diya", True),
    ("doctor ne kaha 6 mahine baad doodh ke saath khana shuru karo, doodh kab band karna hai?", False),
])
def test_a_baby_who_stopped_taking_feeds_is_go_now_even_beside_thanks(text, urgent):
    assert (_urgency(text, "baby") is Urgency.NOW) == urgent


def test_the_sleeping_pills_all_of_them_said_after_is_self_harm():
    assert _sign_now("bahut thak gayi hu, neend ki goliyan saari ek saath kha lungi") == "self_harm"


@pytest.mark.parametrize("text, stage, urgent", [
    ("youtube pe dekha ki pregnancy me fit aate hai, mujhe kuch nahi hua. bas aise hi pooch rahi thi", "pregnant", False),
    ("youtube pe dekha ki pregnancy me fit aate hai, mujhe kuch nahi hua tha par aaj subah biwi ko jhatke aaye", "pregnant", True),
    ("video me dekha ki dhundhla dikhna khatra hai, mujhe aisa kuch nahi hai, sab theek", "pregnant", False),
    ("video me dekha tha ki dhundhla dikhna khatra hai, aaj subah se mujhe dhundhla dikh raha hai", "pregnant", True),
    ("news me padha tha dhundhla dikhna khatarnak hai, aur abhi mujhe dhundhla dikh raha hai", "pregnant", True),
])
def test_a_sign_seen_in_a_video_beside_nothing_to_me_is_calm(text, stage, urgent):
    assert (_urgency(text, stage) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("meri saheli ko delivery ke baad khud ko nuksan karne ki baat aati thi, ab ilaaj se theek hai. main theek hu", False),
    ("meri saheli ko pehle aisa hota tha, ab theek hai. main theek hu par aaj mera bhi khud ko nuksan karne ka man kar raha hai", True),
])
def test_a_friends_self_harm_thoughts_treated_and_over_are_calm(text, urgent):
    assert (_urgency(text, "baby") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("baby ke haath pair thode thande the, kambal me lapeta, ab theek hai. sardi me kaise garam rakhe?", False),
    ("baby ekdam thanda pad gaya hai aur doodh nahi pee raha, kya karu", True),
])
def test_how_to_keep_a_baby_warm_is_a_question(text, urgent):
    assert (_urgency(text, "baby") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("meri bhabhi ko pregnancy me BP 170/110 hua tha. mera aaj 120/80 aaya", False),
    ("meri bhabhi ko pregnancy me BP 170/110 hua tha. mera aaj 165/112 aaya, sir dard bhi", True),
])
def test_someone_elses_past_severe_reading_beside_her_normal_one_is_not_go_now(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("पसली के नीचे दाईं तरफ़ बहुत तेज़ दर्द है, 35 हफ्ते, गैस होगी शायद?", True),
    ("left side me bahut dard hai kya ye normal hai 4 mahine me", False),
])
def test_severe_pain_under_the_ribs_is_not_calmed_by_a_guess(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


def test_bleeding_now_after_an_earlier_episode_that_resolved_is_go_now(monkeypatch):
    """An earlier episode that resolved does not dismiss bleeding told as coming now, whatever the classifier says."""
    from bot import danger_model
    monkeypatch.setattr(danger_model, "probability_now", lambda text: 0.5)
    text = "pichli baar bhi aisa hua tha aur theek ho gaya tha, par abhi bahut khoon aa raha hai, 8 mahina"
    assert _urgency(text, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("text, urgent", [
    ("aaj itni thand hai ki mar jaungi yaar, razai bhi patli, 6 mahine", False),
    ("aaj garmi bahut hai mar jaungi main, pankha bhi band, 7 mahina, kya piyu?", False),
    ("garmi bahut hai aur ab jeena nahi chahti, mar jaungi, 7 mahina", True),
])
def test_so_hot_or_cold_that_i_will_die_is_a_figure_of_speech(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("देवर को 101 बुखार है, मुझे 6 महीने चल रहे, क्या उनके पास बैठूं? मुझे कोई लक्षण नहीं", False),
    ("devar ko 101 bukhar hai, mujhe 6 mahine chal rahe, unke kamre me jaun kya? mujhe koi lakshan nahi", False),
    ("devar ko 103 bukhar hai aur mujhe bhi aaj se 102 bukhar hai, 6 mahine", True),
])
def test_a_man_of_the_familys_fever_when_she_has_no_symptom_is_not_hers(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("दादी का BP 175/105 रहता है, वो दवा खाती हैं। क्या मुझे भी चीनी कम करनी चाहिए?", False),
    ("nani ka bp 180/110 aata hai, vo dawa leti hai. mujhe kya dhyan rakhna chahiye?", False),
    ("nani ke saath gayi thi, mera bp 168/112 aaya, 8 mahina, sir bhi dukh raha", True),
])
def test_an_older_womans_usual_reading_is_not_hers(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("मेरे भाई लेबर का काम करते हैं, क्या उनका लेबर कार्ड से डिलीवरी का खर्च मिलेगा?", False),
    ("लेबर पेन हर 4 मिनट पर आ रहा है, 39 हफ्ते, पानी भी निकला", True),
])
def test_labour_as_paid_work_is_no_labour(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("labour pain start hone ke kya signs hote hain? 36 hafte, abhi kuch nahi ho raha, bas jaanna tha", False),
    ("labour pain ke kya signs hote hain? 38 week, abhi kuch nahi ho raha", False),
    ("labour pain shuru ho gaya hai har 5 minute pe, 38 hafte, kya karu", True),
])
def test_asking_the_signs_of_labour_with_nothing_happening_yet_is_a_question(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("jab roti hai to beti ki saans thodi tez ho jati hai, fir shant ho jati, doodh theek peeti hai, 3 hafte", False),
    ("बच्ची रोने पर तेज़ साँस लेती है फिर शांत हो जाती है, 4 हफ्ते", False),
    ("बच्ची बिना रोए भी बहुत तेज़ साँस ले रही है, पसलियाँ अंदर धंस रही हैं, 3 हफ्ते", True),
])
def test_fast_breathing_after_crying_that_settles_is_not_go_now(text, urgent):
    assert (_urgency(text, "baby") is Urgency.NOW) == urgent


def test_fast_breathing_that_turns_normal_again_is_see_soon_at_most():
    text = "neend mein beti kabhi kabhi jaldi jaldi saans leti hai phir normal ho jati hai, khelti hai, 2 hafte"
    assert _urgency(text, "baby") is not Urgency.NOW


@pytest.mark.parametrize("text, urgent", [
    ("पिछले महीने मौसी को डिलीवरी के बाद चक्कर आकर बेहोशी आई थी, अब वो ठीक हैं। मुझे भी होगा क्या?", False),
    ("मौसी के घर गई थी, अभी मैं बेहोश होकर गिर गई, 8 महीने", True),
])
def test_a_relatives_faint_long_over_and_she_is_fine_now_is_not_hers(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("डिलीवरी के लिए ब्लड बैंक में खून रखवाना पड़ता है क्या? भाई खून दान करेगा", False),
    ("डिलीवरी के बाद से बहुत खून बह रहा है, कपड़े भीग गए", True),
])
def test_blood_kept_in_a_blood_bank_for_the_birth_is_no_bleeding(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("दूध पीने के बाद बेटी हर बार पीली पॉटी करती है, क्या ये दस्त है? 3 हफ्ते", False),
    ("बेटी दिन में 12 बार पानी जैसी पॉटी कर रही है, सुस्त है, 3 हफ्ते", True),
])
def test_a_yellow_stool_after_every_feed_is_no_diarrhoea(text, urgent):
    assert (_urgency(text, "baby") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("बेटी को 3 दिन की उम्र में झटके आए थे, अस्पताल में रही, अब 4 महीने की है, सब ठीक। कौन सा टीका बाकी है?", False),
    ("बेटी को 3 दिन की उम्र में झटके आए थे, अब 4 महीने की है, आज फिर से झटके आ रहे हैं", True),
])
def test_a_babys_fits_when_days_old_and_all_fine_months_later_is_over(text, urgent):
    assert (_urgency(text) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("mausi ke bete ka baby paida hote hi neela pad gaya tha, 4 saal pehle ki baat hai. mere liye kya tayari karu?", False),
    ("mera baby abhi paida hua aur neela pad gaya hai, ro bhi nahi raha", True),
])
def test_a_relatives_baby_blue_at_birth_years_ago_is_no_blue_baby_now(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("फिल्म में हीरोइन की बहन ने बच्चा होने के बाद आत्महत्या कर ली, मैं तो बिल्कुल ठीक हूँ, बस पूछना था ऐसा होता है क्या?", False),
    ("फिल्म देखकर लगा, मैं भी आत्महत्या कर लूँ, बच्चा होने के बाद से मन बहुत उदास है", True),
])
def test_a_suicide_in_a_film_when_she_says_she_is_fine_is_a_question(text, urgent):
    assert (_urgency(text) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("bachche ko jaundice kyun hota hai? meri delivery next week hai, jaankari chahiye", False),
    ("bachcha kal paida hua, aaj uski aankhen aur hatheli peeli ho gayi", True),
])
def test_a_newborn_sign_asked_about_in_general_before_her_birth_is_a_question(text, urgent):
    assert (_urgency(text) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("बेटा भूख लगने पर रोता है, दूध पीकर शांत हो जाता है, 2 हफ्ते", False),
    ("रात भर बेटी रोती रही, अब शांत और खुश है, खेल रही है", False),
    ("पेट में बच्चा आज सुबह से बिल्कुल शांत है, 36 हफ्ते", True),
])
def test_a_baby_who_settles_after_crying_is_no_still_baby(text, urgent):
    assert (_urgency(text) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, urgent", [
    ("बिटिया के नीचे से हल्का सा खून का धब्बा दिखा, 6 दिन की है", False),
    ("gudiya ke neeche se thoda sa khoon aaya aaj, 5 din ki hai", False),
    ("beti ke neeche se bahut khoon beh raha hai, kapda bhar gaya, 8 din ki hai", True),
])
def test_a_newborn_girls_few_drops_from_below_are_no_pregnancy_bleeding(text, urgent):
    assert (_urgency(text) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, stage, urgent", [
    ("शहर में मलेरिया फैल रहा है, गर्भवती महिला क्या सावधानी रखे", None, False),
    ("mohalle me typhoid wala bukhar phail raha hai, pregnancy me kaise bachen", "pregnant", False),
    ("gaon me bukhar phail raha hai, mujhe bhi kal raat se tez bukhar hai, 7 mahine pregnant hu, kya savdhani rakhu", None, True),
    ("मोहल्ले में डेंगू फैल रहा है और मेरी बहू को आज सुबह से तेज बुखार है, कैसे बचाएं", None, True),
    ("pregnant mahila hu, 2 din se tez bukhar hai", "pregnant", True),
])
def test_a_fever_going_around_asked_how_to_take_care_is_news(text, stage, urgent):
    assert (_urgency(text, stage) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, stage, urgent", [
    ("सपने में देखा कि बेबी साँस नहीं ले रहा, उठकर देखा तो वो चैन से सो रहा है", "baby", False),
    ("raat ko sapna aaya baby ki saans ruk gayi, par baby aaram se so raha hai, bas dar lag gaya", "baby", False),
    ("सपने से जागी तो देखा बच्चा साँस नहीं ले रहा, होंठ नीले हैं", "baby", True),
    ("bura sapna aaya, uthi to baby so raha hai par saans nahi le raha, hil bhi nahi raha", "baby", True),
])
def test_a_dream_of_a_baby_not_breathing_while_he_sleeps_peacefully_is_a_dream(text, stage, urgent):
    assert (_urgency(text, stage) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, stage, urgent", [
    ("17 hafte ki hu, abhi tak baby ka hilna mehsoos nahi hua, ye normal hai?", "pregnant", False),
    ("4 mahine ho gaye abhi tak halchal mehsoos nahi hui, pehli pregnancy hai", "pregnant", False),
    ("ab 32 hafte hai aur aaj subah se abhi tak hilna mehsoos nahi hua", "pregnant", True),
    ("aaj subah se abhi tak bachhe ka hilna mehsoos nahi hua, 34 hafte", None, True),
    ("8 mahine ho gaye, abhi tak aaj baby ka hilna mehsoos nahi hua", "pregnant", True),
    ("8 mahine ho gaye, kal se hilna band hai, dadi bolti hai chinta mat karo", "pregnant", True),
])
def test_first_movements_not_felt_yet_in_weeks_13_to_20_are_too_early(text, stage, urgent):
    assert (_urgency(text, stage) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, stage, urgent", [
    ("chhote bhai ko tatiya ne kaat liya, aankh ke paas sooj gaya, barf laga de?", None, False),
    ("bhai ko madhumakkhi ne kaata tha, par mera chehra aur haath subah se sooje hue hain, 8 mahine pregnant hu", None, True),
    ("bhai ko keede ne kaata aur mujhe bhi kaata, muh sooj gaya hai, pregnant hu", None, True),
    ("mujhe bhi dar lag raha hai, bleeding bahut ho rahi hai 8 mahine me", "pregnant", True),
])
def test_a_brother_stung_swells_where_it_stung(text, stage, urgent):
    assert (_urgency(text, stage) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, stage, urgent", [
    ("film me heroine pregnancy me behosh ho jaati hai, kya aisa sach me hota hai", "pregnant", False),
    ("सीरियल की बहू प्रेग्नेंसी में बेहोश होकर गिर गई, क्या असल में ऐसा होता है", "pregnant", False),
    ("टीवी देखते देखते मेरी बहू बेहोश हो गई, क्या सच में ऐसा होता है, अभी तक होश नहीं आया", None, True),
    ("serial dekh rahi thi aur mujhe chakkar aakar gir gayi, kya aisa hota hai pregnancy me", "pregnant", True),
])
def test_a_faint_in_a_serial_asked_whether_it_really_happens_is_a_question(text, stage, urgent):
    assert (_urgency(text, stage) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, stage, urgent", [
    ("nana ji ko motiyabind hai, unhe sab dhundhla dikhta hai, operation kab karwaye", None, False),
    ("मुझे धुंधला दिख रहा है और सिर में तेज दर्द, दादी कहती है मोतियाबिंद होगा", "pregnant", True),
    ("नानी जी कहती हैं ठीक है, पर मेरा चेहरा और हाथ बहुत सूज गए हैं, 8 महीने", "pregnant", True),
])
def test_a_grandparents_cataract_is_no_blurred_vision_of_hers(text, stage, urgent):
    assert (_urgency(text, stage) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, stage, urgent", [
    ("दादा जी को दमा है, रात को साँस फूलती है, क्या बच्चे को उनसे दूर रखना चाहिए", "baby", False),
    ("sasur ko purani khansi hai saans phoolti hai, baby ko unse door rakhe kya", "baby", False),
    ("sasur ji ko khansi hai aur ab baby ki saans tez chal rahi hai, kya unse door rakhe", "baby", True),
    ("sasur ko dama hai, baby ki pasli andar dhans rahi hai saans lete waqt, door rakhe kya", "baby", True),
    ("ससुर को टीबी है, मेरी साँस भी फूल रही है, बच्चे से दूर रखूं क्या", "baby", True),
])
def test_an_elders_asthma_asked_whether_to_keep_the_baby_away_is_his(text, stage, urgent):
    assert (_urgency(text, stage) is Urgency.NOW) == urgent


@pytest.mark.parametrize("text", ["मन करता है बच्ची को कुछ कर दूं, डर लगता है", "kabhi lagta hai bachchi ko kuch kar dun"])
def test_a_thought_of_harming_her_daughter_is_self_harm(text):
    assert danger.detect(text, stage="baby").sign == "self_harm"


@pytest.mark.parametrize("text, stage", [("तेज बोखार है तीन दिन से, 7 महीना", "pregnant"),
                                         ("bahut tez bokhar hai, delivery ke baad", "baby")])
def test_fever_in_bhojpuri_is_fever(text, stage):
    assert _sign_now(text, stage) == "fever"
