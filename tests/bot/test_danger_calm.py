"""Words of a danger sign that are no emergency: a question about people or pregnancy in general, another sense of the
word, blood from somewhere else, something long past, someone else. Each calm reading has an urgent twin that must
still alarm: the calming rules may only ever take away what is plainly not happening to her now."""
import pytest

from bot import danger
from bot.danger import Urgency
from tests.bot.danger_reading import urgency as _urgency, sign_now as _sign_now


@pytest.mark.parametrize("text", [
    "why do some pregnant women get fits",
    "what should a family do if someone faints",
    "pregnancy me bukhar kyu hota hai",
    "garbhavastha ma tauko kina dukhcha?",
    "can swelling in pregnancy harm the baby",
    "गर्भावस्थामा छारे किन आउँछ",
    "is yellow skin dangerous in newborns",
])
def test_a_question_about_people_or_pregnancy_in_general_is_no_emergency(text):
    assert _urgency(text) is not Urgency.NOW


@pytest.mark.parametrize("text, sign", [
    ("why is she having fits, she is 8 months pregnant", "convulsions"),
    ("my wife fainted and is not waking, what should we do", "unconscious"),
    ("pregnancy me bukhar aa gaya, kya karu", "fever"),
    ("garbhavastha ma ragat aaunu khatarnak ho? malai ahile ragat aairacha", "bleeding"),
    ("severe headache, what is the reason", "severe_headache"),
])
def test_the_same_question_about_her_own_sign_still_alarms(text, sign):
    assert _sign_now(text, stage="pregnant") == sign


@pytest.mark.parametrize("text", [
    "eclampsia kya hai",
    "my neighbour asked me what eclampsia is",
    "what counts as heavy bleeding after a delivery",
])
def test_asking_what_a_sign_is_is_no_emergency(text):
    assert _urgency(text) is not Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    ("the picture you sent is blurry", "my eyes are blurry since this morning"),
    ("cannot see the video, please send again", "I cannot see properly, everything is dark"),
    ("photo dhundhli hai", "aankh se dhundhla dikh raha hai"),
])
def test_a_blurry_photo_is_not_blurred_vision(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == "blurred_vision"


@pytest.mark.parametrize("calm, urgent", [
    ("rain water is leaking through the roof", "water is leaking from down there, 35 weeks"),
    ("kitchen ka pipe phat gaya, paani beh raha hai", "neeche se paani beh raha hai"),
])
def test_water_in_the_house_is_not_her_waters(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == "waters_breaking"


@pytest.mark.parametrize("calm", [
    "it is 40 degrees outside, how do I stay cool",
    "bahar ka temperature bahut hai",
])
def test_the_weather_outside_is_not_a_fever(calm):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now("temperature 102 since night", "pregnant") == "fever"


@pytest.mark.parametrize("calm", [
    "cut my thumb on a knife, a little blood",
    "they took blood for the sugar test",
    "masudo se khoon aata hai",
    "दाँत माझ्दा गिजाबाट रगत आउँछ",
])
def test_blood_from_somewhere_else_is_not_vaginal_bleeding(calm):
    assert _urgency(calm, "pregnant") is not Urgency.NOW


def test_a_cut_does_not_hide_bleeding_from_below():
    assert _sign_now("I fell and cut my knee, and now blood is coming from below", "pregnant") == "bleeding"


def test_a_previous_pregnancy_is_history_unless_it_is_happening_again():
    assert _urgency("in my first pregnancy I had heavy bleeding", "pregnant") is not Urgency.NOW
    assert _sign_now("in my first pregnancy I had bleeding and now again bleeding, 7 months", "pregnant") == "bleeding"


def test_past_and_resolved_together_is_no_sign_now_however_bad_it_was():
    assert _urgency("last week the vomiting was very bad, now fine", "pregnant") is not Urgency.NOW
    assert _urgency("pichle hafte tez bukhar tha, ab theek hu", "pregnant") is not Urgency.NOW
    assert _sign_now("last week fever, now again fever 102", "pregnant") == "fever"


def test_someone_else_who_has_come_round_is_not_her_emergency():
    assert _urgency("my brother fainted in the sun, he is fine now") is not Urgency.NOW
    assert _sign_now("my wife fainted and is not responding") == "unconscious"


def test_long_ago_is_not_now_even_for_fits_and_fainting():
    assert _urgency("I had fits as a child, never since") is not Urgency.NOW
    assert _urgency("years ago I fainted once at school") is not Urgency.NOW


def test_an_older_child_is_not_a_newborn():
    assert _urgency("my 4 year old son has fever", "baby") is not Urgency.NOW
    assert _sign_now("my son is 6 days old and has fever", "baby") == "newborn_fever_or_cold"


def test_a_volunteer_preparing_a_training_is_asking_in_general():
    assert _urgency("for the FCHV training: what to do if a mother bleeds after delivery?") is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "this kurta still fits me at 6 months",
    "where do I show my labour card",
    "uski baat sunke khoon khaul gaya",
    "I had no time to breathe today, so much work",
    "my heart is bleeding for my friend, she lost her job",
    "लेबर ऑफिस कितने बजे खुलता है? पति को जाना है",
])
def test_a_sign_word_in_another_sense_is_no_emergency(text):
    assert _urgency(text) is not Urgency.NOW


def test_nearly_fainting_is_dizziness_to_see_a_health_worker_about():
    assert _urgency("I nearly fainted in the queue", "pregnant") is Urgency.SOON


def test_stiffening_with_twitching_is_a_fit_but_stiff_hands_are_not():
    assert _sign_now("her arms went stiff and are twitching", "pregnant") == "convulsions"
    assert _urgency("my fingers feel stiff when I wake up", "pregnant") is not Urgency.NOW


def test_keeping_nothing_down_is_severe_vomiting():
    assert _sign_now("I can't keep any food or even water down", "pregnant") == "severe_vomiting"


def test_a_startle_is_not_a_newborn_fit():
    assert _urgency("baby throws his arms out and shakes when startled by a noise", "baby") is not Urgency.NOW
    assert _sign_now("baby is stiffening and jerking again and again", "baby") == "newborn_convulsions"


@pytest.mark.parametrize("text, sign", [
    ("she is having a fit right now, why is this happening", "convulsions"),
    ("my wife is unconscious, is this dangerous?", "unconscious"),
    ("baby not breathing, what does it mean", "newborn_not_breathing"),
])
def test_a_killer_sign_happening_now_is_never_talked_away(text, sign):
    assert _sign_now(text) == sign


@pytest.mark.parametrize("text", [
    "What is a blood clot in the leg?",
    "Is green vomit in babies serious?",
    "How cold is too cold for a newborn?",
    "Can lack of sleep cause fits?",
])
def test_a_message_opening_with_a_question_about_no_one_in_particular_is_general(text):
    assert _urgency(text) is not Urgency.NOW


@pytest.mark.parametrize("text, sign", [
    ("Why am I bleeding?", "bleeding"),
    ("Why is the baby so yellow?", "newborn_jaundice"),
    ("Is this labour? pains every 5 minutes", "labour"),
    ("Is fever of 102 dangerous in pregnancy?", "fever"),
    ("What if he dies, baby not breathing", "newborn_not_breathing"),
])
def test_a_question_about_her_or_with_her_specifics_still_alarms(text, sign):
    assert _sign_now(text, stage="baby" if "baby" in text.lower() else "pregnant") == sign


def test_a_question_word_counts_as_an_opening_only_at_the_start():
    assert _sign_now("bleeding heavily, what is happening, is it dangerous", "pregnant") == "bleeding"


@pytest.mark.parametrize("text", [
    "I dreamt my baby stopped moving, then I woke up and felt him kick",
    "My mother says women with fits used to be taken to the temple, what should we do instead?",
    "I read online that a bad headache can mean pre-eclampsia, what else should I watch for",
    "a little blood when I brushed my teeth today",
    "baby breathes fast while crying, then settles",
])
def test_a_dream_hearsay_teeth_or_crying_is_no_emergency(text):
    assert _urgency(text, "pregnant") is not Urgency.NOW


def test_belly_pain_after_a_meal_is_see_soon_but_belly_pain_with_bleeding_is_not():
    assert _urgency("my stomach hurts a lot after eating fried food", "pregnant") is Urgency.SOON
    assert _sign_now("my stomach hurts a lot and there is blood from below", "pregnant") in (
        "severe_abdominal_pain", "bleeding")


@pytest.mark.parametrize("calm, urgent, sign", [
    ("पड़ोसन को पिछले महीने दौरे पड़े थे, क्या मुझे भी पड़ सकते हैं?", "मुझे अभी दौरे पड़ रहे हैं", "convulsions"),
    ("dadaji ko lakwe ka daura pada tha, unki dekhbhal karni hai", "biwi ko daura pada, haath akad gaye", "convulsions"),
    ("hamari bhains ko bukhar hai, uska doodh pee sakti hu pregnancy me?", "mujhe tez bukhar hai pregnancy me", "fever"),
    ("baby ke papa ko bukhar hai, mujhe kuch nahi hai, kya unke paas so sakti hu",
     "baby ko bukhar hai, bahut garam hai", "newborn_fever_or_cold"),
    ("film me heroine behosh ho gayi, sach me hota hai kya", "biwi behosh ho gayi, uth nahi rahi", "unconscious"),
    ("operation me behosh karke delivery karte hai kya", "operation ke baad se behosh hai, aankh nahi khol rahi", "unconscious"),
    ("kamar thodi akad jati hai subah", "haath pair akad gaye aur jhatke aa rahe", "convulsions"),
    ("bahut rone se aankhen dhundhli ho gayi thi", "aankhon ke aage dhundhla dikh raha hai, sar dard bhi", "blurred_vision"),
])
def test_a_calm_hindi_construction_and_its_urgent_twin(calm, urgent, sign):
    stage = "baby" if "baby" in calm else "pregnant"
    assert _urgency(calm, stage) is not Urgency.NOW
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("text, stage", [
    ("khansne par thoda sa pani nikal jata hai, 8 mahina", "pregnant"),
    ("बच्चे को सर्दी है, सांस थोड़ी तेज है पर दूध पी रहा है", "baby"),
])
def test_a_mild_form_in_hindi_is_see_soon(text, stage):
    assert _urgency(text, stage) is Urgency.SOON


def test_a_quivering_chin_while_crying_is_see_soon_but_shaking_with_blue_lips_is_not():
    assert _urgency("munne ki thuddi rote samay kaanpti hai, normal hai?", "baby") is Urgency.SOON
    assert _sign_now("baby ke hont neele pad gaye aur kaanp raha hai", "baby") in ("newborn_convulsions",
                                                                                  "newborn_not_breathing")


@pytest.mark.parametrize("calm, urgent, stage, sign", [
    ("hb kam hai, khoon jaldi kaise badhaye", "neeche se khoon aa raha hai", "pregnant", "bleeding"),
    ("बच्ची की पीलिया की जांच कब होती है", "बच्ची की आंखें और तलवे पीले हैं", "baby", "newborn_jaundice"),
    ("meri behen ko operation ke baad bahut khoon gaya tha", "operation ke baad mujhe bahut khoon ja raha hai", "baby",
     "heavy_bleeding_postpartum"),
    ("dhool se dhundhla dikh raha tha, ab saaf hai", "achanak dhundhla dikh raha hai, sar me dard", "pregnant", "blurred_vision"),
])
def test_a_calm_hindi_word_sense_or_someone_else_and_its_urgent_twin(calm, urgent, stage, sign):
    assert _urgency(calm, stage) is not Urgency.NOW
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("text, stage", [
    ("youtube par dekha ek aurat ko daura pada delivery me", "pregnant"),
    ("बेहोशी की दवा से बच्चे को कोई नुकसान तो नहीं?", "baby"),
    ("normal delivery ka dard kitna hota hai", "pregnant"),
])
def test_a_screen_anaesthesia_or_how_much_it_hurts_is_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


def test_whether_a_sign_can_happen_in_pregnancy_is_general_unless_it_is_happening():
    assert _urgency("kya pregnancy me daura pad sakta hai?", "pregnant") is not Urgency.NOW
    assert _sign_now("kya pregnancy me daura pad sakta hai? mujhe abhi jhatke aa rahe", "pregnant") == "convulsions"


def test_an_electric_jolt_is_no_fit():
    assert _urgency("kal bijli ka jhatka laga tha thoda sa, ab theek hu", "pregnant") is not Urgency.NOW
    assert _sign_now("bahu ko jhatke aa rahe hai, haath pair akad gaye", "pregnant") == "convulsions"


def test_a_little_blood_after_birth_is_see_soon_but_soaking_or_dizziness_is_go_now():
    assert _urgency("delivery ke baad thoda thoda khoon aa raha hai", "baby") is Urgency.SOON
    assert _sign_now("delivery ke baad thoda khoon par chakkar aa rahe", "baby") == "heavy_bleeding_postpartum"
    assert _sign_now("delivery ke baad khoon se pad bhar gaya", "baby") == "heavy_bleeding_postpartum"


@pytest.mark.parametrize("calm, urgent, sign", [
    ("pet dukhyo vane ke garne", "pet dherai dukhiracha, ke garne", "severe_abdominal_pain"),
    ("yadi ragat bageko bhane kaha jane", "ragat bagiracha, kaha jane", "bleeding"),
    ("jwaro aae to kya karna chahiye", "jwaro aa gaya hai, kya karu", "fever"),
    ("khoon aa jaye toh kya kare", "khoon aa raha hai bahut, kya karu", "bleeding"),
])
def test_if_it_happens_in_nepali_and_hindi_spellings_is_see_soon(calm, urgent, sign):
    assert _urgency(calm, "pregnant") is Urgency.SOON
    assert _sign_now(urgent, "pregnant") == sign


@pytest.mark.parametrize("calm, urgent, sign", [
    ("ज्वरो नोक्सान हुन्छ कि बच्चालाई", "मलाई अहिले ज्वरो आइरहेको छ", "fever"),
    ("sujan kise kehte hain", "chehra suj gaya hai", "swelling_face_hands"),
    ("kitni bleeding normal hai delivery ke baad", "delivery ke baad bahut bleeding ho rahi hai", "heavy_bleeding_postpartum"),
    ("kati ragat bagnu thik ho sutkeri pachi", "sutkeri pachi dherai ragat bagiracha", "heavy_bleeding_postpartum"),
])
def test_general_definition_and_amount_questions_in_every_script(calm, urgent, sign):
    assert _urgency(calm) is not Urgency.NOW
    assert _sign_now(urgent, "baby" if "delivery" in urgent or "sutkeri" in urgent else "pregnant") == sign


@pytest.mark.parametrize("calm, urgent, sign", [
    ("pichle hafte bukhar tha, ab theek ho gayi", "bukhar aa gaya, theek nahi", "fever"),
    ("गएको हप्ता ज्वरो थियो, अहिले सन्चै भयो", "मलाई अहिले ज्वरो आइरहेको छ", "fever"),
    ("meri saheli ko pregnancy me bleeding hui thi", "mujhe pregnancy me bleeding ho rahi hai", "bleeding"),
    ("doctor told me it is normal to have a little spotting", "spotting since morning and it is getting heavy", "bleeding"),
])
def test_past_someone_else_or_reassured_in_hindi_and_nepali(calm, urgent, sign):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _sign_now(urgent, "pregnant") == sign


@pytest.mark.parametrize("text, sign", [
    ("bleeding stopped but now again coming from below", "bleeding"),
    ("khoon band ho gaya tha par phir se aa raha hai", "bleeding"),
    ("ragat rokiyo tara pheri aairacha", "bleeding"),
    ("she hasnt stopped bleeding", "bleeding"),
    ("im scared, blood coming from below", "bleeding"),
    ("dar lagcha, ragat bagyo tala bata", "bleeding"),
    ("baby couldnt breathe", "newborn_not_breathing"),
])
def test_a_sign_that_came_back_never_stopped_or_frightens_her_still_alarms(text, sign):
    assert _sign_now(text, "baby" if text.startswith("baby") else "pregnant") == sign


@pytest.mark.parametrize("text, stage", [
    ("gata mahina ali spotting bhayeko thiyo, aba kei chaina", "pregnant"),  # last month, nothing now
    ("ragat ko report ma hemoglobin 11 aayo", "pregnant"),  # a blood report
    ("mahangi le sas ferna garo bhayo", "pregnant"),  # prices, a figure of speech
    ("ragat aaudaina, jwaro pani aaudaina", "pregnant"),  # "does not come" still negates what is not breath
    ("nani lai pahelo topi lagaidiye", "baby"),  # yellow clothes
    ("baby ko disa pahelo cha, thik ho?", "baby"),  # yellow stool
    ("hamro gaun ko ek jana le aatmahatya gareko khabar sunyo", "baby"),  # news about someone else
    ("bakhri ko patho janmyo, sal jhareko chaina", None),  # an animal's afterbirth
    ("mero sasur ko pressure 180 cha", "pregnant"),  # someone else's reading
    ("bihe bhanda agadi ek choti fit aayeko thiyo, aba pregnant chu", "pregnant"),  # before marriage
    ("kaam le thakera behos hune jasto lagcha", "pregnant"),  # about to faint is no faint
    ("maha le tokyo, haat sunniyo", "pregnant"),  # a sting
    ("hasda hasda pet dukhyo haha", "pregnant"),  # laughter
    ("chhimeki ko buhari lai sutkeri pachi ragat dherai bagyo re, malai pani tyasto hola?", "pregnant"),
    ("mero sasura lai mirgi cha, pet ko bachha lai pani hunchha?", "pregnant"),  # will the baby inherit it
])
def test_nepali_calm_constructions_are_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage, signs", [
    ("मलाई सास आउँदैन, बोल्न पनि गाह्रो", "pregnant", ("breathing_difficulty",)),  # breath that does not come
    ("mero srimati lai ahile fit aairaheko cha", "pregnant", ("convulsions",)),
    ("नानीको जिउ पनि बरफ जस्तो चिसो छ", "baby", ("newborn_fever_or_cold",)),
    ("baby le 1 minute ma 75 choti sas lincha", "baby", ("newborn_fast_breathing",)),  # a breath count
    ("naani janmeko 1 ghanta, placenta ajhai bhitrai cha", "baby", ("retained_placenta",)),
    ("दुई जुम्ल्याहा मध्ये दोस्रो अझै भित्रै छ", "pregnant", ("labour",)),  # the second twin
    ("bp 175 aayo aaja, 8 mahina", "pregnant", ("high_blood_pressure",)),  # a severe systolic alone
    ("sathi ko bp 170/110 cha, 8 mahina ki", "pregnant", ("high_blood_pressure",)),  # a friend may be pregnant too
    ("मलाई अब बाँच्ने मन लाग्दैन", "baby", ("self_harm",)),  # a negated wish to live
    ("pet dukhera chhatpatai rahechu", "pregnant", ("severe_abdominal_pain", "severe_pain")),  # writhing
    ("delivery bhayeko 2 ghanta bhayo, bistara nai bhijyo", "baby", ("heavy_bleeding_postpartum",)),
    ("baby ko jiu ekdam pahelo, aankha pani, dudh kam khancha", "baby", ("newborn_jaundice",)),  # no exception over a comma
    ("3 barsa pahila dekhi mirgi cha, aaja fit aayo", "pregnant", ("convulsions",)),  # since years ago: still going on
    ("malai chhare rog cha, hijo fit aayo", "pregnant", ("convulsions",)),  # epilepsy, and a fit reported
])
def test_their_urgent_nepali_twins_alarm(text, stage, signs):
    assert _sign_now(text, stage) in signs


@pytest.mark.parametrize("calm, urgent, stage, sign", [
    ("बच्चे को पानी पिला सकती हूं क्या?", "बच्चे की आंखें और हथेली पीली हैं", "baby", "newborn_jaundice"),
    ("कीड़े ने काटा तो हाथ पर सूजन है", "चेहरे और हाथ पर अचानक सूजन है", "pregnant", "swelling_face_hands"),
    ("gai ne bachhda diya par jer nahi giri", "bachha hua par jer nahi giri abhi tak", "baby", "retained_placenta"),
    ("mujhe khud dast hai, kya baby ko doodh pila sakti hu", "baby ko dast ho rahe hai 8 baar", "baby", "newborn_diarrhoea"),
])
def test_a_drink_a_bite_a_calving_or_her_own_illness_is_not_the_babys_emergency(calm, urgent, stage, sign):
    assert _urgency(calm, stage) is not Urgency.NOW
    assert _sign_now(urgent, stage) == sign


def test_a_moments_blur_that_clears_is_see_soon_but_blur_with_a_headache_is_not():
    assert _urgency("kabhi kabhi kuch second ke liye dhundla dikhta hai, phir theek", "pregnant") is Urgency.SOON
    assert _sign_now("achanak dhundla dikh raha hai aur sar me dard", "pregnant") in ("blurred_vision", "severe_headache")


@pytest.mark.parametrize("text, stage", [
    ("my brother's BP came 180/110 at the camp, he is 50, what food should he avoid", None),
    ("my sister had eye trouble, hazy vision for many years, she wears glasses now", "pregnant"),
    ("my father in law has a fever and cold, is it ok if he carries the baby", "baby"),
    ("my aunt went into labour last week, twins, both healthy", "pregnant"),
    ("our goat gave birth this morning and the afterbirth has not come out yet", None),
    ("a wasp stung my finger and now my hand is swollen, 6 months pregnant", "pregnant"),
    ("baby flings both arms up when a loud noise comes, is it a fit?", "baby"),
    ("15 weeks, no movements yet, when will I feel the first kicks?", "pregnant"),
    ("in a movie the woman's waters broke at the office, does that happen in real life?", "pregnant"),
    ("what do I do if the waters break at night, want to be prepared in advance", "pregnant"),
])
def test_someone_else_a_story_a_sting_a_startle_or_asking_ahead_is_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, sign, stage", [
    ("my BP is 170/110, my husband took it, he is worried", "high_blood_pressure", "pregnant"),
    ("my sister is with me, my vision went blurry suddenly, 8 months", "blurred_vision", "pregnant"),
    ("husband has fever and the baby is also very hot, 10 days old", "newborn_fever_or_cold", "baby"),
    ("a wasp stung me and now my face and lips are swelling", "swelling_face_hands", "pregnant"),
    ("baby stiffens and jerks when there is a loud noise, and keeps doing it", "newborn_convulsions", "baby"),
    ("32 weeks, not felt the baby move since morning", "reduced_fetal_movement", "pregnant"),
])
def test_the_urgent_twins_of_someone_else_a_sting_a_startle_still_alarm(text, sign, stage):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, stage", [
    ("What happens if the afterbirth does not come out?", None),
    ("Does swelling of the feet always mean pre-eclampsia?", "pregnant"),
    ("typhoid cases in the news in our town, how to protect myself while pregnant", "pregnant"),
])
def test_a_general_what_if_or_does_it_always_mean_or_the_news_is_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, sign, stage", [
    ("does this mean labour? pains every 4 minutes", "labour", "pregnant"),
    ("what if the placenta is stuck, baby born at home an hour ago", "retained_placenta", "baby"),
    ("how to protect my baby, he has fever 102", "newborn_fever_or_cold", "baby"),
    ("fever cases in the news and I have fever since last night, 39", "fever", "pregnant"),
])
def test_the_urgent_twins_of_a_general_question_still_alarm(text, sign, stage):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, sign, stage", [
    ("I saw a video, is it true? my waters broke an hour ago", "waters_breaking", "pregnant"),
    ("placenta not out yet, our cow also gave birth today", "retained_placenta", "baby"),
])
def test_a_general_question_or_an_animal_beside_her_own_sign_still_alarms(text, sign, stage):
    assert _sign_now(text, stage) == sign


def test_crying_beside_an_ordinary_pain_is_no_emergency():
    assert _urgency("it hurts my heart, I keep crying since delivery", "baby") is not Urgency.NOW


@pytest.mark.parametrize("text", ["night sweats soaked the bed, a week after delivery", "baby peed and soaked the bedsheet"])
def test_a_bed_soaked_with_sweat_or_pee_is_no_bleeding(text):
    assert _urgency(text, "baby") is not Urgency.NOW


@pytest.mark.parametrize("text, stage, sign", [
    ("श्रीमतीलाई काम छुट्यो, के हो", None, "convulsions"),  # "what is it" about my wife is no general question
    ("bleeding from below, what causes this?", "pregnant", "bleeding"),  # "this" is hers
    ("waters broke in the bus, does it happen like this often? what do I do", "pregnant", "waters_breaking"),
    ("bleeding started 2 weeks ago", "pregnant", "bleeding"),  # started then: still going on
    ("doctor checked, now blood coming from below", "pregnant", "bleeding"),  # a doctor's visit, then a sign now
    ("meri bhabhi ko sar dard tha, mera sar bahut dukh raha hai", "pregnant", "severe_headache"),  # hers is now
    ("baby didnt breathe after birth", None, "newborn_not_breathing"),  # no apostrophe
])
def test_her_own_sign_beside_a_question_a_date_a_doctor_or_a_relative_still_goes_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text", ["what causes bleeding in pregnancy?", "can fever harm the baby?",
                                  "bleeding in first pregnancy 3 years ago, now pregnant again, all fine",
                                  "baby is 6 weeks, bleeding fully stopped last week, can I start my yoga again"])
def test_their_calm_twins_stay_calm(text):
    assert _urgency(text, "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("पसलमा चक्कर जस्तो लाग्यो तर बेहोस भइनँ, पानी खाएपछि ठिक भयो", "pregnant"),  # negated, in the first person
    ("ghar ma rringata lagyo tara behos vaina, aba thik cha", "pregnant"),
    ("नानीलाई पहेँलो भएको थियो, अहिले आँखा सेतो भइसक्यो", "baby"),  # the yellow has gone
    ("छोरालाई हिजो ज्वरो थियो, औषधि खाएपछि ९९ मा झर्यो, खेल्दैछ", None),  # came down to a normal reading
    ("baby lai jworo aayeko thiyo, ekdam thik cha aba, khana ni khancha", "baby"),
    ("nani runda ra ruda saas chito hunchha, chup bhaye pachi thik", "baby"),  # fast breath while crying
    ("sas garo chaina, tara pet thulo bhayera nindra lagdaina", "pregnant"),  # no trouble breathing
    ("बाटोमा दूधको बोतल फुटेर कपडा भिज्यो", "pregnant"),  # a bottle broke
    ("हजुरबाको ढाड असह्य दुख्छ, उहाँको मलम मैले लगाउन हुन्छ?", "pregnant"),  # a grandparent's pain
    ("sasura lai jworo aayeko cha, sangai basda malai ra bachha lai sarcha ki?", "pregnant"),  # will his fever pass to me
    ("जेठो छोरा जन्मँदा धेरै रगत बगेको थियो, अहिले फेरि ६ महिना भयो, के तयारी गर्ने?", "pregnant"),  # a past birth
    ("didi lai sano dekhi chhare rog cha, garbhawati bhain, ausadhi khana milcha?", None),  # known epilepsy, medicine
    ("डाक्टरले अनुहार अलिकति सुन्निन्छ भनेको थियो, सामान्य हो?", "pregnant"),  # "said" is no "if", but still a question
    ("ज्वरो नाप्ने थर्मामिटर कहाँ पाइन्छ? सुत्केरीको बेला चाहिन्छ", "pregnant"),  # a thermometer to buy
    ("कब्जियत भयो, दिसा गर्दा तल जोर लगाउनु पर्छ, ७ महिना", "pregnant"),  # pushing on the toilet is no labour
    ("हातका औंला सुन्निए जस्तो, तर थिच्दा खाल्डो पर्दैन, औंठी सजिलै निस्कन्छ, सामान्य हो?", "pregnant"),  # no pit
    ("didi lai sutkeri pachi aatmahatya garne bichar aauthyo re, malai yesto bichar kahile aaudaina", "baby"),
])
def test_someone_else_a_past_episode_or_fine_again_in_nepali_is_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("had some spotting in week 12, it stopped the same day and since then nothing, can I go to a wedding?", "pregnant"),
    ("last week my eyes were blurry in the hot kitchen, I sat down and was fine in a minute", "pregnant"),
    ("my son had loose motions on sunday, today his potty is back to normal", "baby"),
    ("short sighted since school, everything blurry without my glasses, can I get new ones at 6 months?", "pregnant"),
    ("my daughter has a high fever, not me. I am 5 months pregnant, which medicine is safe for her?", "pregnant"),
    ("the buffalo had fits last night and died. my wife touched it but she is fine, can the unborn baby be harmed?", None),
    ("typhoid is going around in our ward, I am 7 months and fine, how can I protect myself?", "pregnant"),
    ("little rhythmic jumps low in my stomach at 31 weeks, are these hiccups of the baby?", "pregnant"),
    ("my sister in law says the pains will start tonight because it is full moon. will labour start?", "pregnant"),
    ("our dog is not eating for three days, my wife is pregnant, is it a bad omen?", "pregnant"),
    ("the dizzy spells have gone since I started the iron tablets, hb now 10.5", "pregnant"),
    ("slept like unconscious for 9 hours after night duty, 5 months, is so much sleep ok?", "pregnant"),
    ("3 week old baby passes mustard yellow seedy poo after feeds, is this diarrhoea?", "baby"),
    ("baby is 10 days, sleeps long stretches but wakes to feed and cries loudly, normal?", "baby"),
])
def test_a_past_episode_a_lifelong_trait_someone_elses_sign_or_a_normal_finding_is_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage, sign", [
    ("पसलमा चक्कर लाग्यो अनि बेहोस भइन्, अहिले पनि बोल्दिनन्", "pregnant", "unconscious"),  # she fainted: no negation
    ("नानीको आँखा आज पनि पहेँलो छ, हत्केला पनि पहेँलो", "baby", "newborn_jaundice"),
    ("nani nasuteko bela pani saas ekdam chito, chhati bhitra dhasinchha", "baby", "newborn_fast_breathing"),
    ("mero sas liyena jasto, sas ferna sakdina", "pregnant", "breathing_difficulty"),
    ("मेरो पानीको थैली फुट्यो, कपडा भिज्यो, ३४ हप्ता", "pregnant", "waters_breaking"),
    ("हजुरआमा भन्नुहुन्छ आराम गर, तर मेरो पेट असह्य दुख्छ", "pregnant", "severe_abdominal_pain"),
    ("sasura lai jworo thiyo, aba malai pani 103 jworo aayo, kei hunna ni?", "pregnant", "fever"),
    ("srimaan bidesh, malai jworo aayo, jiu kamcha, pet ko bachha lai kei hunna ni?", "pregnant", "fever"),
    ("sasu sangai basda malai ekdam jworo aayo, bachha lai sarcha ki?", "pregnant", "fever"),
    ("srimati behos vain, boldinan", "pregnant", "unconscious"),  # she fainted: "vain" is no "vaina"
    ("उहाँलाई हिजो ज्वरो थियो, ९८ मा झर्यो, तर मलाई आज १०२ ज्वरो छ", "pregnant", "fever"),  # but I have it now
    ("नानीको आँखा सेतै भइसक्यो तर हत्केला र पैताला अझै पहेँलो छ", "baby", "newborn_jaundice"),  # still yellow
    ("ragat bagirako cha, thik cha aba?", "pregnant", "bleeding"),  # "is it fine now?" asks, it does not tell
    ("जेठो छोरा जन्मँदा पनि रगत बगेको थियो, सुत्केरी भएको २ दिन भयो, अहिले फेरि धेरै रगत बगिरहेको छ", "baby",
     "heavy_bleeding_postpartum"),
    ("didi lai chhare rog cha, aile kampa chhutyo, hosh chaina", None, "convulsions"),
    ("ज्वरो नाप्ने थर्मामिटरमा १०३ आयो, जिउ काँपिरहेको छ", "pregnant", "fever"),
    ("अचानक अनुहार र हात सुन्नियो, टाउको दुख्छ, थिच्दा खाल्डो पर्दैन", "pregnant", "swelling_face_hands"),
    ("didi lai aatmahatya garne bichar aauthyo re, aba malai pani aatmahatya garne man lagcha", "baby", "self_harm"),
    ("didi lai testo bichar aaudaina re, tara malai aatmahatya garne man lagcha", "baby", "self_harm"),
])
def test_the_nepali_urgent_twins_still_go_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, stage, sign", [
    ("३४ हप्ता, हिजोदेखि बच्चा चलेको छैन, कहिले चल्न थाल्छ?", "pregnant", "reduced_fetal_movement"),  # no first movements
    ("malai chhare rog cha, aaja bihana kampa chhutyo, ausadhi khana milcha?", "pregnant", "convulsions"),  # a fit today
])
def test_a_question_beside_a_killer_sign_of_today_still_goes_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, stage, sign", [
    ("had some spotting in week 12, it stopped the same day, but today heavy bleeding with clots", "pregnant", "bleeding"),
    ("my daughter has fever, not me, but my newborn is very hot and not feeding", "baby", "newborn_fever_or_cold"),
    ("the buffalo had fits and died, and now my wife is having fits and not answering", None, "convulsions"),
    ("jumps low in my stomach and then I had a fit, are these hiccups?", "pregnant", "convulsions"),
    ("the dizzy spells had gone since I started iron, but today I fainted again and fell", "pregnant", "unconscious"),
    ("she fell down, her eyes are closed and she is breathing loudly", "baby", "unconscious"),
    ("since this morning I have unbearable pain in my side, I keep vomiting with the pain", "pregnant", "severe_pain"),
    ("baby is 9 days, the navel is red and swollen and there is pus, my mother has been applying oil", "baby",
     "newborn_cord_infection"),
])
def test_their_urgent_twins_still_go_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text", ["bp was 168/112.", "my pressure at the clinic was 150/112. feeling ok"])
def test_a_reading_that_ends_its_sentence_is_still_read(text):
    found = danger.detect(text, stage="pregnant")
    assert found is not None and found.sign == "high_blood_pressure" and found.urgency is Urgency.NOW


def test_a_sign_only_negated_does_not_block_softening():
    assert _urgency("a slight ache in my left calf, no swelling and no redness, 30 weeks", "pregnant") is Urgency.SOON
    assert _urgency("ache in my left calf, it is swollen and red, 30 weeks", "pregnant") is Urgency.NOW


@pytest.mark.parametrize("text, stage, sign", [
    ("my wife was fine in the morning, now she has headache and blurred vision", None, "blurred_vision"),
    ("I was fine after delivery, now fever and smelly discharge", "baby", "foul_discharge"),
    ("baby was warm and feeding yesterday, now cold and not feeding", "baby", None),
    ("baby kicked last week, since then no movement at all, 34 weeks", "pregnant", "reduced_fetal_movement"),
    ("the baby fed yesterday evening, since then nothing, he is not feeding and very sleepy", "baby", None),
    ("I massage him with mustard oil, he has watery diarrhoea many times since morning", "baby", "newborn_diarrhoea"),
])
def test_fine_before_and_a_sign_now_still_goes_now(text, stage, sign):
    found = danger.detect(text, stage=stage)
    assert found is not None and found.urgency is Urgency.NOW, f"{text!r} -> {found}"
    assert sign is None or found.sign == sign


@pytest.mark.parametrize("text, stage", [
    ("मेरी ननद को पिछले महीने बहुत तेज़ बुखार था, मुझे तो नहीं है, क्या मुझे टीका लेना चाहिए?", "pregnant"),  # someone else's, not mine
    ("delivery ke 2 mahine baad bleeding ekdum band ho gayi hai, kya ab pills le sakti hu", None),  # stopped completely
    ("baby ki khoon ki report normal aayi, peeliya nahi hai", "baby"),  # a test that came back normal
    ("मेरी आँखों का नंबर है, चश्मे से धुंधला नहीं दिखता, क्या प्रेग्नेंसी में नंबर बदलता है?", "pregnant"),  # her glasses
    ("baby ki saans maine gini, 45 per minute hai, normal hai kya?", "baby"),  # counted under sixty
    ("mirgi ki dawai wali aurat ko bachha ho sakta hai kya", None),  # anti-epileptic medicine, no fit now
    ("labour pain kaisa hota hai? abhi 34 hafte", "pregnant"),  # how labour feels; "abhi 34 hafte" is her stage
])
def test_someone_elses_sign_a_normal_test_glasses_or_a_question_about_labour_stay_calm(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage, sign", [
    ("saas ko bukhar hai, mujhe to nahi tha par aaj subah se mujhe bhi tez bukhar hai", "pregnant", "fever"),
    ("meri jethani ko bukhar hai, mujhe to nahi hai par mera baby bahut garam hai", "baby", "newborn_fever_or_cold"),
    ("jaundice ka test normal aaya tha par ab baby ki aankhen aur talwe bahut peele ho gaye", "baby", "newborn_jaundice"),
    ("chashma pehenti hu, par aaj achanak sab dhundla dikh raha hai aur sir me tez dard", "pregnant", None),
    ("baby 10 din ka, saans bahut tez, 70 per minute, chhati andar dhans rahi", "baby", "newborn_fast_breathing"),
    ("abhi 30 week hai aur labour pain shuru ho gaya, har 5 minute me dard", "pregnant", "labour"),
    ("fits ki dawai leti hu, aaj phir se fit aaya aur behosh ho gayi", "pregnant", None),
])
def test_their_hindi_urgent_twins_still_go_now(text, stage, sign):
    found = danger.detect(text, stage=stage)
    assert found is not None and found.urgency is Urgency.NOW and (sign is None or found.sign == sign), found


@pytest.mark.parametrize("text, stage", [
    ("bachhe ne subah 2 baar zyada ulti ki, baaki din khel raha hai", "baby"),  # the baby vomited, and plays well otherwise
    ("डिलीवरी के 3 हफ्ते बाद भी थोड़ा पानी सा आता है, बदबू नहीं", "baby"),  # no waters to break after the birth
])
def test_a_milder_form_after_the_birth_or_in_a_playing_baby_is_see_soon_not_go_now(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


def test_a_baby_who_vomits_green_or_everything_still_goes_now():
    assert _sign_now("baby ne aaj subah se 6 baar hari ulti ki, doodh bhi nahi pi raha", "baby") == "newborn_vomiting"


@pytest.mark.parametrize("text", [
    "बाजार में एक औरत बेहोश हो गई थी, मुझे भी ऐसा हो सकता है क्या? मुझे कोई चक्कर नहीं आता",  # a woman once; me too?
    "hamare gaon me ek bachhe ko janam ke baad jhatke aaye the, ye kaise roke, meri delivery paas hai",
])
def test_a_fit_or_faint_of_someone_else_asked_ahead_of_time_stays_calm(text):
    assert _urgency(text, "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("mandir me ek aurat behosh hui thi, mujhe bhi chakkar aa raha hai aur behosh si ho rahi hu", "pregnant"),
    ("gaon me ek baby ko jhatke aaye the, kal raat mere baby ko bhi jhatke aaye, kaise bachaye", "baby"),
])
def test_a_fit_or_faint_of_her_own_beside_someone_elses_still_goes_now(text, stage):
    assert _urgency(text, stage) is Urgency.NOW


def test_khud_se_as_by_myself_is_no_self_harm():
    assert _urgency("mujhe dar lagta hai khud se normal delivery ho payegi ya nahi", "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("बरसात में बच्चे को बुखार न हो इसके लिए क्या करें? अभी ठीक है", "baby"),  # a prevention question
    ("साथी की बेटी को महीना भर पहले झटके आए थे, अब ठीक है। क्या ये बच्चों में आम है?", "baby"),  # someone else's, over
    ("भर्याङ चढ्दा अलि स्वाँ स्वाँ हुन्छ फिर ठीक, बच्चा ठीक छ", "pregnant"),  # her own breath on the stairs
    ("सुत्केरीपछि साल नझरे भने के गर्ने? आमा समूहमा सोधेको", "pregnant"),  # a what-if raised in a mothers' group
    ("नानीको आँखा पहेंलो थियो, अहिले हराइसक्यो", "baby"),  # the yellow has gone
    ("pet me baby din bhar uchhal kood karta hai, maza aata hai", "pregnant"),  # an active baby
    ("bhitra baby dherai lat hancha, ramro lagcha", "pregnant"),
])
def test_prevention_questions_things_over_and_an_active_baby_stay_calm(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("नाइटो वरिपरि अलिकति रातो छ, पिप छैन, सुन्निएको पनि छैन", "baby"),  # a little redness, nothing more
    ("pet ke niche dard aata jaata hai, zyada tez nahi, 30 hafte", "pregnant"),  # she says it is not much
    ("kamar dukhcha dherai chaina, 3 din dekhi", "pregnant"),
])
def test_a_little_of_a_mild_sign_in_her_own_words_is_not_go_now(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("our goat is in labour and the kid is stuck, what can we do", "pregnant"),  # an animal in labour
    ("my father in law gets breathless when he climbs the hill, what medicine for him", "pregnant"),  # a man's own sign
    ("my brother has a high fever, can I visit him? I feel fine, 20 weeks", "pregnant"),  # his fever, she is fine
    ("what happens if the cord comes out before the baby? planning ahead for my delivery", "pregnant"),  # a what-if
    ("the spotting has completely stopped, when can I travel?", "pregnant"),  # over
    ("newborn stool is mustard yellow and seedy, he feeds well", "baby"),  # a breastfed stool
    ("my brother fainted at the hospital when he saw blood, I'm fine", "pregnant"),  # his faint
])
def test_english_calm_constructions_of_the_twelfth_batch_stay_calm(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


def test_the_english_article_is_no_hindi_past_tense():
    # "the" (थे) made "my sister ... the ..." a relative's past story; her own sign in such a message is hers now
    assert _sign_now("my mother in law noticed the swelling on my face and hands, 34 weeks", "pregnant") == \
        "swelling_face_hands"
    assert _urgency("meri bhabhi ko bleeding hui thi pregnancy me, ab sab theek hai", "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ('my father in law has fever and a cough, could it spread to me? I am 6 months', 'pregnant'),
    ('is it true a baby gets fits if the mother looks at the eclipse?', 'pregnant'),
    ('is it true that if a pregnant woman eats papaya the baby will get fits', 'pregnant'),
    ('our cow delivered a calf this morning and the placenta has not come out, my wife is 7 months and all fine', 'pregnant'),
    ('will I bleed a lot during delivery? I am 8 months and nervous', 'pregnant'),
    ('we are going to the village by jeep at 30 weeks, could it cause bleeding?', 'pregnant'),
    ('I am so scared of the delivery pain, how do I get ready for it', 'pregnant'),
    ('when the pains start should I go straight away or wait for the water to break?', 'pregnant'),
    ('my baby passes stool after each feed, is this diarrhoea?', 'baby'),
    ('my older son had fits as a newborn 4 years back, can this baby also get them?', 'pregnant'),
    ('in my last pregnancy I fainted once, now 5 months and all is going well, what should I eat', 'pregnant'),
    ('4 day old, a little yellow on the face, feeding well and active', 'baby'),
    ('slight headache, 7 months, the paracetamol helped', 'pregnant'),
    ('10 weeks, throws up after meals but keeps fluids down', 'pregnant'),
])
def test_english_calm_constructions_of_the_thirteenth_batch_stay_calm(text, stage):
    # someone else's fever while she only says how far along she is, a belief asked about, an animal's afterbirth,
    # bleeding or pain asked about ahead of the birth, waiting for the waters, a stool with every feed, an older
    # child's fits or her own faint in a past pregnancy, a mild jaundice in a well baby, a headache a painkiller eases
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage, sign", [
    ('husband has fever, can I catch it? I have fever too now, 6 months', 'pregnant', 'fever'),
    ('is it true that babies get fits? my baby is having fits right now', 'baby', 'newborn_convulsions'),
    ('our cow calved today and my wife delivered our baby at home, her placenta has not come out', 'baby', 'retained_placenta'),
    ('will I bleed more? I am 8 months and bleeding since morning', 'pregnant', 'bleeding'),
    ('travelled by bus, will it cause bleeding? there is blood on my pad now, 30 weeks', 'pregnant', 'bleeding'),
    ('I was scared of delivery pain and now the pains started every 5 minutes, 38 weeks', 'pregnant', 'labour'),
    ('should I wait for the water to break? water is gushing out now, 36 weeks', 'pregnant', 'waters_breaking'),
    ('baby has watery stool after every feed, 10 times today, is that diarrhoea?', 'baby', 'newborn_diarrhoea'),
    ('my first baby had fits 3 years back and now this baby is stiff and jerking', 'baby', 'newborn_convulsions'),
    ('fainted in my first pregnancy, now she fainted again and is not waking up', 'pregnant', 'unconscious'),
    ('3 day old, yellow face and yellow palms, feeding well', 'baby', 'newborn_jaundice'),
    ('baby born today, yellow face already, sucking well', 'baby', 'newborn_jaundice'),
    ('mild headache, paracetamol helped a little but now blurred vision, 8 months', 'pregnant', None),
    ('she is 10 weeks, vomiting, not keeping fluids down', 'pregnant', 'severe_vomiting'),
    ('she never keeps fluids down, vomiting since 2 days', 'pregnant', 'severe_vomiting'),
    ('my older son had fits 4 years back, now this baby is jerking and stiff', 'baby', 'newborn_convulsions'),
    ('older daughter had fits as a baby 3 years back, and now the newborn has fits since morning', 'baby', 'newborn_convulsions'),
])
def test_their_urgent_twins_still_alarm(text, stage, sign):
    found = _sign_now(text, stage)
    assert sign is None or found == sign


@pytest.mark.parametrize("text", [
    "my sister's baby had fits last week, how to prevent it in my newborn",
    "our neighbours child had fits two days ago and is in hospital, how can I avoid it for my baby?",
])
def test_another_familys_baby_with_fits_asked_how_to_prevent_is_no_emergency(text):
    assert _urgency(text, "baby") is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "my neighbour's baby had fits yesterday and my baby had a fit this morning, how to prevent",
    "neighbours baby had fits yesterday, now my baby is also jerking, how to prevent",
    "my friend's baby had fits, how to prevent? my baby is stiff and shaking since an hour",
])
def test_her_own_baby_with_fits_beside_another_familys_still_alarms(text):
    assert _sign_now(text, "baby") == "newborn_convulsions"


@pytest.mark.parametrize("text, stage", [
    ("discharge me halki si smell hai, bukhar nahi, dard nahi, delivery ko 2 hafte", "baby"),  # a slight smell, no fever
    ("पहली प्रेग्नेंसी में मुझे झटके आए थे, इस बार पहले से क्या करूँ? अभी 3 महीने", "pregnant"),  # fits in an earlier pregnancy
    ("sasur ji ka BP 180/100 aata hai, meri BP normal hai, mujhe bhi hoga kya?", "pregnant"),  # his reading, hers is normal
    ("सीढ़ियां चढ़ते समय सांस फूलती है, फिर ठीक हो जाती है, 7 महीना", "pregnant"),  # on the stairs
])
def test_hindi_calm_constructions_of_the_thirteenth_batch_are_not_go_now(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("पहली प्रेग्नेंसी में भी दौरे आए थे, अभी फिर से झटके आ रहे हैं", "pregnant"),  # fits again now
    ("sasur ji ka BP normal hai, meri BP 170/110 aayi aaj", "pregnant"),  # her own severe reading
    ("सीढ़ियां चढ़ते समय सांस फूली और अब बैठे हुए भी सांस नहीं आ रही", "pregnant"),  # breathless at rest now
])
def test_the_urgent_twins_of_the_thirteenth_batch_hindi_calm_constructions_still_alarm(text, stage):
    assert _urgency(text, stage) is Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("pichli pregnancy me bahut bleeding hui thi, is baar pehle se kya taiyari rakhein?", "pregnant"),  # an earlier birth
])
def test_preparing_after_an_earlier_pregnancy_bleed_is_not_go_now(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("pichli pregnancy me bahut bleeding hui thi, aaj bhi khoon aa raha hai, pehle se kya taiyari karein", "pregnant"),
    ("सीढ़ियां चढ़ीं तो सांस नहीं आ रही, 8 महीना", "pregnant"),  # her breath does not come
])
def test_bleeding_now_or_breath_not_coming_beside_those_words_still_alarms(text, stage):
    assert _urgency(text, stage) is Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("pichli delivery me bahut khoon gaya tha, is baar bhi delivery ke baad pad bhar gaye", "baby"),  # soaked pads now
    ("पिछली डिलीवरी में खून ज्यादा गया था, आज फिर से खून आ रहा है, 30 हफ्ते", "pregnant"),
])
def test_an_earlier_birth_named_beside_bleeding_now_still_alarms(text, stage):
    assert _urgency(text, stage) is Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("bachhi 3 hafte ki hai, main apna doodh haath se nikal deti hu, chammach se pilati hu", "baby"),  # expressing milk
    ("meri nanad ne pucha pregnancy me daure kyu padte hain, use kuch nahi hua", "pregnant"),  # nothing happened
    ("टीवी पर देखा कि प्रेग्नेंट औरत को दौरा पड़ा, क्या ऐसा अक्सर होता है?", "pregnant"),  # a woman on TV
    ("डिलीवरी को 2 महीने हुए, खून अब बंद है, कब से नहा सकती हूँ", "baby"),  # the bleeding has stopped
])
def test_hindi_expressing_milk_a_woman_on_screen_and_bleeding_that_has_stopped_are_not_go_now(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("delivery me kitna dard hoga, bahut dar lagta hai, 6 mahina", "pregnant"),  # the pain of a delivery to come
    ("placenta retained kya hota hai? asha training me suna, samajh nahi aaya", "baby"),  # a word from a training
    ("sasur ji ko mirgi ke daure aate hain, main 6 mahine pregnant hu, kya bachhe ko bhi hoga?", "pregnant"),  # his fits
])
def test_expected_pain_a_word_from_a_training_and_a_relatives_fits_are_not_go_now(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("डिलीवरी में बहुत दर्द होगा सोचा था, अब पेट में बहुत तेज दर्द हो रहा है, 8 महीने", "pregnant"),
    ("placenta kya hota hai? training me suna tha, meri delivery ke baad placenta abhi tak nahi nikla", "baby"),
    ("retained placenta kya hota hai? mera placenta abhi tak nahi nikla", "baby"),
    ("सास को मिर्गी है, मुझे अभी दौरा पड़ा, मैं 5 महीने की प्रेग्नेंट हूँ, बच्चे को भी हो सकता है?", "pregnant"),
    ("सास को मिर्गी है, मुझे भी झटके आ रहे हैं, प्रेग्नेंट हूँ, बच्चे को भी हो सकता है?", "pregnant"),
])
def test_pain_now_a_placenta_still_in_and_her_own_fits_beside_those_words_still_alarm(text, stage):
    assert _urgency(text, stage) is Urgency.NOW


@pytest.mark.parametrize("text", ["hamro bhaisi le paado payo, ali ragat aayo, ahile ghaas khadai cha",
                                  "the baby kicks so much every night now, i hardly sleep 😄 34 weeks",
                                  "our goat gave birth today, a little blood came, she is eating now 😅"])
def test_an_animal_eating_grass_or_a_laugh_is_no_emergency(text):
    assert _urgency(text) is not Urgency.NOW


def test_fainting_in_hindi_words_is_still_unconscious():
    assert _urgency("bahu ghash kha ke gir gayi, hosh nahi aa raha", "pregnant") is Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("health worker visit: bleeding no, fits no, headache no, baby moving yes", "pregnant"),  # a checklist answered no
    ("sometimes sad since the birth but no thoughts of hurting myself or the baby", "baby"),  # a thought denied
    ("आफूलाई हानि गर्ने विचार कहिल्यै आएन, निद्रा मात्र कम छ", "baby"),
    ("bleeding less each day, 5 days after delivery, some cramps while feeding", "baby"),  # lochia fading
    ("मनको व्यथा कसलाई सुनाउने, श्रीमान् टाढा हुनुहुन्छ", "pregnant"),  # व्यथा: sorrow, not labour
    ("साँचो व्यथा र झुटो व्यथा कसरी छुट्याउने?", "pregnant"),  # how to tell true labour from false
    ("ANM didi ne poocha — khoon? नहीं। सूजन? नहीं। सब ठीक", "pregnant"),  # a checklist after a dash
    ("vomit 3 times today at 12 weeks but keeping some food down", "pregnant"),  # some food stays down: see soon
    ("aghillo palta sutkeri ma dherai ragat bageko thiyo, yo palta ke tayari garne?", "pregnant"),  # the last birth
])
def test_a_sign_denied_fading_or_in_another_sense_does_not_alarm(text, stage):
    found = danger.detect(text, stage=stage)
    assert found is None or found.urgency is not danger.Urgency.NOW, found
