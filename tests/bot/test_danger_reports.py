"""Rounds, readings, dialects and what people see: each emergency beside a calm twin in the same words."""
import pytest

from bot import danger
from bot.dates import find_durations
from bot.danger import Urgency
from tests.bot.danger_reading import classifier_says, sign_now as _sign_now, urgency as _urgency


@pytest.mark.parametrize("urgent, sign, calm", [
    # Maithili and Bhojpuri are read as the Hindi they share their words with
    ("हमर पुतोहु के आठम मास चलि रहल अछि, आइ भोर सँ खून आबि रहल अछि", "bleeding",
     "बच्चा के बोखार नहि अछि, दूध नीक सँ पीबैत अछि"),
    ("बायाँ गोड़ के पिंडरी फूल के लाल हो गइल बा, दरद बहुत बा, छठवाँ महीना", "calf_pain",
     "हमर कनिया ठीक छथि, कोनो तकलीफ नहि, खाली पुछलहुँ अगिला जाँच कहिया"),
])
def test_a_dialect_is_read_as_the_language_it_shares_its_words_with(urgent, sign, calm):
    assert _sign_now(urgent, "pregnant") == sign
    assert _urgency(calm, "pregnant") is not Urgency.NOW


def test_a_what_if_that_has_come_true_is_go_now():
    assert _sign_now("I told her if bleeding comes go to hospital, now she is bleeding heavily", "pregnant") == "bleeding"
    assert _urgency("agar khoon aaye to kya karu? abhi 8 mahina hai", "pregnant") is Urgency.ASKED


def test_a_sign_told_in_the_past_and_denied_today_is_over():
    assert _urgency("हिजो बाबुलाई ज्वरो थियो, स्वास्थ्य चौकीमा देखायौं, आज ज्वरो छैन दुध राम्रो खान्छ", "baby") is None
    assert _sign_now("hijo nani ko jiu tato thyo, aja pani jwaro cha", "baby") == "newborn_fever_or_cold"


def test_a_round_that_names_a_birth_and_a_woman_late_in_pregnancy_reads_her_bleeding_as_hers():
    report = ("नमस्ते दिदी, आज ३ जनाको घर गएँ। गीता ५ महिनाकी, आइरन खाँदै छिन्, ठीक छिन्। मीना सुत्केरी २० दिन, बच्चा "
              "राम्रो दूध खान्छ। सीता ८ महिनाकी, आज बिहान रगत बग्यो भन्छिन्, लुगा भिजेको छ। के गर्नुपर्छ?")
    assert [duration.amount for duration in find_durations(report)] == [5, 8]
    assert _sign_now(report, "pregnant") == "bleeding"
    assert _urgency("after delivery what amount of bleeding is normal? I am 38 weeks and want to be ready",
                    "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("tally", ["ASHA visit report: 8 mothers visited. bleeding 0, fever 0, convulsion 0, swelling 0.",
                                   "Good evening madam, visit report. Rani PNC day 10, bleeding reduced, baby feeding "
                                   "well, cord dry. Pooja 8 months, BP 116/74. All are fine, no danger signs."])
def test_a_round_with_nothing_to_report_is_calm(tally):
    assert _urgency(tally) is not Urgency.NOW
    assert _sign_now("bleeding: 0, fits: 1") == "convulsions"


@pytest.mark.parametrize("text, urgency", [
    ("wife ka BP high hai doctor ne bola 160 se upar hai, hum ghar le aaye hai", Urgency.NOW),
    ("agar BP 160/110 ho jaye to kya kare", Urgency.ASKED),
    ("what should I do if my BP goes above 160/110?", Urgency.ASKED),
    ("my BP is 170/110 today, what if it goes higher?", Urgency.NOW),
    ("mera BP 120 se upar nahi jata", None),
])
def test_a_reading_told_over_a_number_or_asked_ahead(text, urgency):
    assert _urgency(text, "pregnant") is urgency


def test_a_normal_reading_today_after_a_severe_one_treated_is_see_soon():
    assert _urgency("ASHA: kal wali Priya jiska BP 160/110 tha usko hospital bheja, wahan dawa mili, aaj 130/84 hai",
                    "pregnant") is Urgency.SOON
    assert _urgency("BP 170/110 tha subah, abhi 150/100 hai", "pregnant") is Urgency.NOW


@pytest.mark.parametrize("urgent, stage, sign", [
    ("Delivered at home 3 hours back. The sheet under her is red and it keeps coming.", "baby",
     "heavy_bleeding_postpartum"),
    ("since yesterday she hasn't felt the little one at all", "pregnant", "reduced_fetal_movement"),
    ("her belly is hard as a stone and the pain doesn't stop in between, 35 weeks", "pregnant",
     "severe_abdominal_pain"),
    ("She can't finish a sentence without gasping for air. 8 months", "pregnant", "breathing_difficulty"),
    ("anything she eats or drinks comes straight back, even sips of water, 2 days now", "pregnant",
     "severe_vomiting"),
    ("Mujhe neend ki goliyan kha lene ka mann karta hai, 28 weeks", "pregnant", "self_harm"),
])
def test_what_people_see_in_place_of_a_signs_name_is_go_now(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("calm, stage", [
    ("39 weeks and I'm so done! any natural way to bring on labour?", "pregnant"),
    ("no kicks felt yet, I'm 14 weeks, first baby, when will I feel them?", "pregnant"),
    ("ना खून आ रहा ना दर्द, बस पूछना था आयरन की गोली कब लें", "pregnant"),
    ("My neighbour's goat is bleeding after giving birth, who should we call?", None),
    ("is overdose of iron tablets harmful?", "pregnant"),
    ("my head is bursting with exam tension, I am pregnant 4 months, any tips to relax", "pregnant"),
    ("aaja amaa samuha ma 10 jana aaye. sikaye: garbhawati ma ragat bagyo, jwaro aayo, kamp chhutyo vane turunt "
     "health post jane.", None),
])
def test_calm_messages_in_the_words_of_signs(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


def test_an_animals_birth_beside_her_own_held_placenta_still_alarms():
    assert _sign_now("placenta not out yet, our cow also gave birth today", "baby") == "retained_placenta"


def test_an_older_woman_who_says_is_not_the_one_who_has_it():
    assert _sign_now("सासुले भन्नुभयो एउटा खुट्टा मात्र मोटो भयो रे, हिँड्दा चर्को दुख्छ") == "calf_pain"
    assert danger.load().his("meri ammi ko bahut tez sar dard hai, unke liye kya dawa", "severe_headache", "pregnant")


def test_a_medicine_that_may_harm_her_is_no_thought_of_self_harm():
    assert _urgency("kya ye dawai khud ko nuksan karegi?", "pregnant") is not Urgency.NOW
    assert _sign_now("kya main dawai kha ke khud ko nuksan kar lu?", "pregnant") == "self_harm"
    assert _sign_now("kya ye goli khud ko nuksan karne ke liye kaafi hai?", "baby") == "self_harm"


@pytest.mark.parametrize("urgent, stage, sign", [
    ("she is 5 months, woke up and there is red all over the sheet", "pregnant", "bleeding"),
    ("7 mahine hui hai, salwar poori paani se bheeg gayi, ruk nahi raha", "pregnant", "waters_breaking"),
    ("my baby's lips are dark and there is a noise when he breathes", "baby", "newborn_not_breathing"),
    ("bol rahi hai mere bina sab khush rahenge", "baby", "self_harm"),
    ("बाबु एकदम कडा भएर ढाड बाङ्गो पार्छ", "baby", "newborn_convulsions"),
    ("babu 5 din ko, jworo 100.8 F", "baby", "newborn_fever_or_cold"),
    ("38 weeks, only 2 kicks in 4 hours today", "pregnant", "reduced_fetal_movement"),
    ("7 mahine hai, dard uth raha hai baar baar", "pregnant", "labour"),
])
def test_what_families_see_and_say_is_go_now(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("calm, stage", [
    ("market has fever these days, what cheap food is good in pregnancy?", "pregnant"),
    ("share market mein khoon kharaba, pati pareshan hain, pregnancy me tension kaise kam karu", "pregnant"),
    ("my MIL keeps pushing me to eat more ghee, is it good?", "pregnant"),
    ("forwarded as received: if the baby turns blue or does not breathe rush to hospital", "baby"),
    ("ANM ne poocha - khoon? nahi. sar dard? nahi. sab theek hai na", "pregnant"),
    ("counted 14 kicks in 2 hours this evening, 37 weeks", "pregnant"),
    ("he had hiccup fits three times today, normal?", "baby"),
    ("4 mahine abhi hilna nahi, kab hilega?", "pregnant"),
    ("mild headache since yesterday, goes with rest, BP 124/80, 35 weeks", "pregnant"),
])
def test_calm_messages_the_sixty_first_to_sixty_fourth_batches_showed(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


def test_a_normal_reading_does_not_calm_a_headache_with_a_high_one():
    assert _sign_now("mild headache since yesterday, goes with rest, BP 150/100", "pregnant") == "severe_headache"


@pytest.mark.parametrize("urgent, stage, sign", [
    ("not sure this is serious, my underwear keeps getting wet with watery fluid since noon, no pain. 31 weeks", "pregnant",
     "waters_breaking"),
    ("sorry to bother, she had a shaking fit just now, now sleeping, 8 months", "pregnant", "convulsions"),
    ("वैसे तो ठीक हूँ, बस बैठे बैठे भी सांस फूल रही है, डिलीवरी को 10 दिन हुए", "baby", "breathing_difficulty"),
    ("i saw blood in the toilet just now, 36 weeks", "pregnant", "bleeding"),
    ("रगत देखेर डर लाग्यो, ७ महिना", "pregnant", "bleeding"),
])
def test_emergencies_told_with_hedges_are_go_now(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("calm, stage", [
    ("our buffalo has been having fits since morning, can I drink its milk? 6 months", "pregnant"),
    ("मेरे पति का बीपी 170/100 आया है, वो 45 साल के हैं", "pregnant"),
    ("my sister faints whenever she sees blood, she is 20, is it serious?", None),
    ("मेरी सास को घुटनों में बहुत दर्द रहता है, कोई तेल बताओ", "pregnant"),
    ("is it true that the eclipse gives the baby fits? my MIL keeps me inside all day", "pregnant"),
    ("dudh khuwauda nani le jod le chusxa, mero chhati dukhxa", "baby"),
    ("subah kam hila to dar gayi, par khana khane ke baad khoob laat maar raha", "pregnant"),
])
def test_calm_messages_the_sixty_fifth_to_sixty_seventh_batches_showed(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


@pytest.mark.parametrize("urgent, stage, sign", [
    ("मेरा पोता 6 दिन का है, दूध नहीं माँगा, उठाओ तो लटक जाता है", "baby", "newborn_lethargy"),
    ("34 hapta, 10 min ma regular pet kasiyera dukhcha", "pregnant", "labour"),
    ("bahuriya ke dard uthat ba jor se, har thori der pe", "pregnant", "labour"),
    ("jachgi ke baad safed pani me sadi hui mehak aa rahi hai", "baby", "foul_discharge"),
    ("the baby is out but the other part (the bag thing) did not come out", "baby", "retained_placenta"),
    ("my wife's leg, the left one only, is swollen and painful, delivered 10 days back", "baby", "calf_pain"),
    ("आज बिहान दाँत किटेर काम्ने भयो, ९ महिना", "pregnant", "convulsions"),
    ("salwar keeps getting wet, smells different from urine, 34 weeks", "pregnant", "waters_breaking"),
])
def test_emergencies_the_tune_set_still_missed(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("urgent, sign", [
    ("the yellow has spread to her hands and feet, even the soles look yellow, day 6", "newborn_jaundice"),
    ("बच्ची एकटक घूरती है और एक पैर साइकिल चलाने जैसा हिलाती है", "newborn_convulsions"),
    ("हर सांस के साथ कराहने की आवाज आती है, 15 दिन का", "newborn_fast_breathing"),
    ("बच्ची को जो भी पिलाओ सब उल्टी कर देती है, अब ठीक से रो भी नहीं रही", "newborn_vomiting"),
    ("२ हप्ताकी छोरीलाई झाडापखाला लाग्यो", "newborn_diarrhoea"),
])
def test_a_young_babys_emergencies_in_family_words(urgent, sign):
    assert _sign_now(urgent, "baby") == sign


@pytest.mark.parametrize("calm, stage", [
    ("8 months, feet swollen by evening, face and hands normal", "pregnant"),
    ("pehle bahut ulti thi, ab 5va mahina, ulti band", "pregnant"),
    ("bachha ko pakhala jivan jal le rokiyo, aba disha normal", "baby"),
])
def test_signs_told_as_absent_or_stopped_in_a_round(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


@pytest.mark.parametrize("urgent", [
    "my sister says she wants to end everything since the delivery, she won't eat, baby is 3 weeks",
    "bahini bhanchhe ma mardinchu, sutkeri bhayeko 1 mahina",
    "she keeps saying we would all be better off without her, my wife, 2 weeks after birth",
])
def test_thoughts_of_self_harm_a_relative_tells_are_go_now(urgent):
    assert _sign_now(urgent, None) == "self_harm"


@pytest.mark.parametrize("calm, stage", [
    ("hijo mitini sanga jhagada bhayo, dherai dukha lagyo. 7 mahina ko pet cha, ke khanu parchha?", "pregnant"),
    ("serial me heroine ne khud ko khatam karne ki koshish ki, aisa kyu karti hain delivery ke baad?", "pregnant"),
])
def test_sadness_and_a_serials_story_are_no_emergency(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


@pytest.mark.parametrize("urgent, stage, sign", [
    ("padosan ko sir dard ki goli di thi, ab mujhe bhi bahut tez sir dard hai, 8 mahina", "pregnant", "severe_headache"),
    ("last time it was nothing, but this time is different, the worst headache i ever had, 36 weeks", "pregnant",
     "severe_headache"),
    ("sapna ma pani futeko dekhe, ahile sachchai futyo, 35 hapta", "pregnant", "waters_breaking"),
    ("people said hot hands are from teething but now my 6 week old is burning hot", "baby", "newborn_fever_or_cold"),
    ("mera bada beta school jaane laga. abhi baby ko bahut tez bukhar hai, 15 din ka", "baby", "newborn_fever_or_cold"),
])
def test_a_story_told_before_her_own_sign_today_does_not_calm_it(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


def test_a_story_with_nothing_of_hers_now_stays_a_story():
    assert _urgency("padosan ko tez sir dard tha, ab wo theek hai, mujhe kya savdhani rakhni chahiye? 7 mahina",
                    "pregnant") is None


@pytest.mark.parametrize("urgent, sign", [
    ("babua doodh na pivat ba subah se, bas sootal rahat ba", "newborn_not_feeding"),
    ("baby ke haath pair barf jaise thande, kambal me lapetne par bhi garam na ho raha", "newborn_fever_or_cold"),
    ("ghar pe delivery hui, aanval 2 ghante se andar hi hai", "retained_placenta"),
])
def test_a_babys_and_a_new_mothers_emergencies_in_village_words(urgent, sign):
    assert _sign_now(urgent, "baby") == sign


@pytest.mark.parametrize("calm, stage", [
    ("डिलीवरी को 6 दिन हुए, हल्का खून आ रहा है पर पहले से कम है, दिन में 2 पैड", "baby"),
    ("बच्चे का सिर एक तरफ से चपटा हो रहा है, एक ही तरफ सोता है", "baby"),
    ("chhaiti ko din nani lai pahelo luga lagaune chalan cha, thik cha?", "baby"),
    ("बच्चे की आंख से पीला कीचड़ आता है, क्या करें?", "baby"),
    ("nipple phat gaye, pilate time khoon aata hai aur bahut dard hota hai", "baby"),
    ("meri jethani mirgi ke mareez hai, pregnancy me kaunsi dawai safe hai?", None),
    ("my 5 year old has fever, can i give him syrup? i am 7 months pregnant and im fine", "pregnant"),
    ("gaun ma dherai lai jwaro aairaheko cha, malai lagna nadina ke garne? 8 mahina", "pregnant"),
    ("my sister went into labour this morning!! so excited for her", "pregnant"),
    ("baby was quiet in the morning but after i ate something she kicked like crazy", "pregnant"),
    ("bachha sutda kahile kahi sas rokinxa jasto ani feri thik, doctor le normal bhannu bhayo", "baby"),
])
def test_lochia_that_lessens_a_flat_head_yellow_clothes_and_other_peoples_illness_are_calm(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


@pytest.mark.parametrize("urgent, stage, sign", [
    ("ma 33 hapta ko, bihana dekhi pet kasincha, 8 minute ma dukhcha ra jancha, jhan jhan chhito hudai cha", "pregnant",
     "labour"),
    ("म ७ महिनाकी, आफैलाई मार्ने सोच आउँछ, घरमा कसैलाई भनेको छैन", "pregnant", "self_harm"),
    ("बिटिया 12 दिन की है, रात में बिजली चली गई, अब उसके हाथ पैर बर्फ जैसे ठंडे हैं, लपेटने पर भी गर्म नहीं हो रही", "baby",
     "newborn_fever_or_cold"),
])
def test_emergencies_inside_long_everyday_messages(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("calm, stage", [
    ("baby is 4 weeks, warm and fine now, just asking how many layers should she wear at night", "baby"),
    ("beta 5 mahine ka hai, daal ka paani shuru kiya, ro nahi raha, khush hai, aur kya de sakte hai?", "baby"),
    ("मेरो श्रीमान्लाई दम छ, सास फेर्न गाह्रो हुन्छ, मलाई भने केही छैन, बच्चालाई सर्छ?", "pregnant"),
    ("baby is 5 months, drools a lot, are teeth coming? can i give him water in this heat?", "baby"),
    ("मेरी साथीलाई सुत्केरीपछि आफैंलाई मार्ने विचार आएको थियो, उपचारले ठिक भयो, म उसलाई कसरी साथ दिऊँ?", "baby"),
    ("sutkeri aama lai aafailai maarne bichar aauna sakcha bhanera suneko, kasari chinne?", None),
])
def test_a_content_baby_a_husbands_asthma_and_a_friends_past_thoughts_are_no_emergency(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, urgency", [
    ("health post ma pressure 16 by 11 aayo, ke garne", Urgency.NOW),
    ("बीपी १७ बाई ११ आया, सिर भारी है", Urgency.NOW),
    ("bp 14/9 aaya aaj", Urgency.SOON),
    ("BP 12 by 8 hai, sab theek", None),
    ("bp check on 16/11 ko jaana hai", None),
])
def test_a_reading_told_in_centimetres_of_mercury(text, urgency):
    found = danger.blood_pressure(text, "pregnant")
    assert (found.urgency if found else None) is urgency


@pytest.mark.parametrize("urgent, stage, sign", [
    ("bachhe ki bilirubin report 21 aayi, doctor ne turant phototherapy bola, 5 din ka", "baby", "newborn_jaundice"),
    ("अल्ट्रासाउंड में बच्चे की धड़कन नहीं मिली, डॉक्टर ने बड़े अस्पताल भेजा, 36 हफ्ते", "pregnant", "reduced_fetal_movement"),
    ("vomiting every thing since yesterday, ketones in urine, 10 weeks", "pregnant", "severe_vomiting"),
    ("34 hapta, pet kasine dukhai 5-5 minet ma aaucha", "pregnant", "labour"),
    ("31 weeks and water keeps dripping down my legs since this morning", "pregnant", "waters_breaking"),
    ("my mother in law noticed the swelling on my face and hands, 34 weeks", "pregnant", "swelling_face_hands"),
])
def test_emergencies_told_through_a_report_or_a_check(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("urgent, stage, sign", [
    ("37 weeks, my pad gets wet again and again with clear water, no pains", "pregnant", "waters_breaking"),
    ("पसलियों के नीचे पेट में बहुत ज़्यादा दर्द, 8 महीना", "pregnant", "severe_abdominal_pain"),
    ("aaj sirf 2 patak chaleko 3 ghanta ma, 10 patak chalnu parne ho?", "pregnant", "reduced_fetal_movement"),
])
def test_late_pregnancy_emergencies_in_plain_words(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("calm, stage", [
    ("is it normal to bleed like a heavy period the first days after delivery?", "baby"),
    ("डिलीवरी के बाद बुखार नहीं है, खून भी कम है, बस कमर दर्द है", "baby"),
    ("baby born 8 hours ago, hasnt pooped yet, peed once, feeding", "baby"),
    ("how do you know the labour pains are real? asking for my wife, 31 weeks, no pains now", "pregnant"),
    ("आज २ घण्टामा १० पटक चलेको गनें, ठिक छ?", "pregnant"),
])
def test_first_days_after_birth_and_counted_kicks_that_are_well(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


@pytest.mark.parametrize("urgent, stage, sign", [
    ("nani ko temp 35.1 aayo kakhi ma, 3 din ko, sutiraheko matra", "baby", "newborn_fever_or_cold"),
    ("pet ra kammar yesto dukhcha ki runa aaucha, 1 ghanta bhayo, 30 hapta", "pregnant", "severe_pain"),
])
def test_a_cold_reading_and_a_pain_that_brings_tears(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("calm, stage", [
    ("nani ko temp 36.9 cha, thik ho?", "baby"),
    ("सुत्केरी पछि मन खिन्न छ, सानो कुरामा रुन आउँछ", None),
])
def test_a_normal_reading_and_tears_of_the_blues_are_no_emergency(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


@pytest.mark.parametrize("urgent, stage, sign", [
    ("बचचा सुबह से दूध नही पी रहा", "baby", "newborn_not_feeding"),
    ("आवल नही निकली एक घंटा हो गया", "baby", "retained_placenta"),
    ("नानीले जे खुवाए पनि सबै दुध छाद्छ", "baby", "newborn_vomiting"),
    ("मलाई आफैंलाई मार्न मन लाग्छ, कसैलाई भनेको छैन", "baby", "self_harm"),
])
def test_hurried_devanagari_and_nepali_words_for_emergencies(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("calm, stage", [
    ("पानी की थैली अभी नही फटी, 38 हफ्ते, कब जाएं?", "pregnant"),
    ("bacha paida hote hi zor se roya, saas sahi", "baby"),
    ("my eyes are blurry with tears of joy, our daughter is here", "baby"),
    ("kab se baby ko paani de sakte hai? its very hot here", "baby"),
    ("प्रसव पीड़ा कैसी होती है? पहली बार है, डर लग रहा है", "pregnant"),
    ("mero kaam ma dherai labour garnu parchha, srimati ko jaanch kaha garaune?", "pregnant"),
    ("she had a headache after fasting all day, it went away once she ate", "pregnant"),
    ("भाभी कहती हैं आखिरी महीने में बच्चा कम हिलता है, मेरा तो खूब हिलता है", "pregnant"),
])
def test_a_waterbag_not_yet_broken_tears_of_joy_hot_weather_and_a_labourers_work_are_calm(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


def test_no_heartbeat_told_with_the_news_of_a_loss_is_left_to_the_loss_answer():
    assert _urgency("my baby died yesterday, the doctor could not find the heartbeat", "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("urgent, stage, sign", [
    ("नानी रोइरह्यो भने यसलाई केही गरिदिन्छु कि भन्ने विचार आउँछ", "baby", "self_harm"),
    ("srimati le aaja aafailai chot purauna khojin, sutkeri bhayeko 3 hapta", "baby", "self_harm"),
    ("nani le dudh khaye pachi jorle faknxa, harek choti", "baby", "newborn_vomiting"),
])
def test_nepali_words_for_harm_and_forceful_vomiting(urgent, stage, sign):
    assert _sign_now(urgent, stage) == sign


@pytest.mark.parametrize("calm, stage", [
    ("सुत्केरी भएको ५ हप्ता, अहिले रगत एकदमै थोरै छ, खैरो मात्र, ठीक हो?", "baby"),
    ("मलाई छारे रोग छ तर चार वर्षदेखि आएको छैन, गर्भवती हुँदा औषधि खाइरहने?", "pregnant"),
    ("हिजो थाकेर बेहोस भएर सुतियो, बच्चाले रातभरि जगायो", "baby"),
    ("hamro gai ko bachha bhayo tara sal jharena, ma pregnant chu, ke garne?", "pregnant"),
    ("व्यथा सुरु भएपछि कति बेला अस्पताल जाने? पहिल्यै बुझेर राख्न चाहन्छु", "pregnant"),
    ("suru ma thorai ragat aaucha bhanchan, malai ta kei aako xaina, pregnant hola?", None),
    ("what is implantation bleeding? we are trying for a baby since a year", None),
    ("what is retained placenta? my saasu maa says it happened to her long ago", "pregnant"),
    ("doc says my placenta is anterior, is that why kicks feel less in front?", "pregnant"),
    ("is labour pain less with the 2nd baby? due in 4 months", "pregnant"),
    ("my 9 month old had loose motion last week, now all good", "baby"),
    ("mera dil khoon ke aansu ro raha hai, pati bahar gaye hain", "pregnant"),
    ("पहले तीन महीने उल्टी बहुत हुई थी, अब पाँचवें महीने में बिल्कुल बंद है", "pregnant"),
    ("meri saheli ki delivery aaj hui, 10 ghante labour chala, ab dono theek hain", "pregnant"),
])
def test_calm_messages_from_nepali_hindi_and_english_everyday_batches(calm, stage):
    assert _urgency(calm, stage) is not Urgency.NOW


def test_a_cracked_nipple_that_bleeds_in_pregnancy_is_no_vaginal_bleeding():
    assert _urgency("34 weeks, nipple cracked, blood comes when i touch it and it hurts a lot", "pregnant") \
        is not Urgency.NOW
    assert _sign_now("34 weeks, nipples sore and hurting, and blood from below since morning, pad soaked",
                     "pregnant") == "bleeding"


def test_a_nepali_negative_in_hunna_denies_the_sign():
    assert _urgency("सास फेर्न गाह्रो चाहिँ हुन्न, पेट ठूलो भएर सुत्न मात्र गाह्रो, ९ महिना", "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("text, stage, sign", [
    ("bachha doodh nahi pee raha munh hi nahi khol raha, 2 din ka", "baby", "newborn_not_feeding"),
    ("meri beti doodh nahi pee rahi munh hi nahi kholti, 5 din ki", "baby", "newborn_not_feeding"),
])
def test_a_second_no_after_a_sign_told_in_its_own_no_belongs_to_the_next_verb(text, stage, sign):
    assert _sign_now(text, stage) == sign


def test_her_weeks_a_birth_weeks_ago_or_she_cannot_stand_are_no_calming_words():
    assert _urgency("म ३४ हप्ताकी छु, टाउको एकदमै दुखिरहेको छ, श्रीमान बाहिर हुनुहुन्छ", "pregnant") is Urgency.NOW
    assert _sign_now("४ हप्ता अघि सुत्केरी भएँ, आज ज्वरो पनि", "baby") == "fever"
    assert _sign_now("bahu jo bhi khaye ulti kar deti hai, do din se pani bhi nahi tikta, uth nahi pati, 4 mahina",
                     "pregnant") == "severe_vomiting"


@pytest.mark.parametrize("text, stage, sign", [
    ("sometimes I want to jump from terrace with my son, please help", "baby", "self_harm"),
    ("delivery ho gayi lekin naal ka hissa andar reh gaya, ek ghante se", "baby", "retained_placenta"),
    ("so breathless I cannot complete sentence, 7 months", "pregnant", "breathing_difficulty"),
    ("srimati ko saas ekdam hafcha, 36 hapta", "pregnant", "breathing_difficulty"),
])
def test_emergencies_in_words_the_lexicon_lacked(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("calm", [
    "beta 3 hafte ka hai, jab koi awaaz hoti hai jhatke se dono haath faila deta hai",
    "रात में बच्चा झटके से चौंक जाता है और हाथ फैला देता है, 3 हफ्ते का",
])
def test_a_babys_startle_at_a_noise_is_no_fit_of_the_baby_or_the_mother(calm):
    assert _urgency(calm, "baby") is not Urgency.NOW
    assert _sign_now("beta 1 saal ka hai, abhi jhatke aa rahe hain, aankh upar chadh gayi", "baby") \
        == "newborn_convulsions"


def test_a_child_now_years_old_who_was_blue_at_birth_is_a_story_not_an_emergency():
    assert _urgency("hamro chhori janmada nilo bhayeki thiin, machine ma rakhyo, aba 5 barsa ki bhain. yo pali ni "
                    "hola?", "pregnant") is not Urgency.NOW
    assert _sign_now("baby turned blue and is not breathing now, he is 1 year old", "baby") == "newborn_not_breathing"


def test_pauses_in_sleep_a_doctor_named_periodic_breathing_are_see_soon_not_go_now():
    assert _urgency("बच्चा सोते समय सांस रुक रुक के लेता है, फिर ठीक, डॉक्टर ने पीरियॉडिक ब्रीदिंग कहा, 12 दिन का",
                    "baby") is Urgency.SOON


def test_a_severe_pressure_of_an_earlier_pregnancy_with_all_normal_since_is_no_emergency_now():
    assert _urgency("in my first pregnancy my pressure was 170/112 and I had a c section, this time every checkup has "
                    "been normal, 22 weeks", "pregnant") is not Urgency.NOW
    assert _sign_now("pichli pregnancy me BP 170/110 tha, is baar bhi sar dard hai aur BP high hai", "pregnant") \
        == "high_blood_pressure"
    assert _sign_now("first pregnancy me BP 170/110 tha aur aaj bhi 170/110 hai", "pregnant") == "high_blood_pressure"


def test_ribs_that_do_not_sink_in_are_no_diarrhoea_and_ribs_that_do_are_fast_breathing():
    found = danger.detect("beti ki saans tez lagti hai neend me, maine gini 44 ek minute me, pasli nahi dhasti, 3 hafte "
                          "ki", stage="baby")
    assert found is None or found.sign != "newborn_diarrhoea"
    assert _sign_now("bachhe ki saans tez hai aur pasli dhas rahi hai, 10 din ka", "baby") == "newborn_fast_breathing"


def test_getting_up_with_a_jerk_is_no_fit():
    assert _urgency("झटके से खड़ी हुई तो चक्कर आ गया, बैठते ही ठीक, 6 महीने", "pregnant") is not Urgency.NOW
    assert _sign_now("mujhe jhatke aa rahe hain, 8 mahina", "pregnant") == "convulsions"


@pytest.mark.parametrize("text, stage, sign", [
    ("baby fitting, please help", "baby", "newborn_convulsions"),
    ("pote 5 din ka hai, peelapan talwon tak aa gaya", "baby", "newborn_jaundice"),
    ("my wife keeps saying she wants to end her life, 7 months pregnant", "pregnant", "self_harm"),
    ("chhori 12 din ki bhai rati dekhi dudh khana chhodi mukh ma halda pani chusdina", "baby", "newborn_not_feeding"),
    ("पिछली बार बच्चा पेट में ही मर गया था आज सुबह से फिर बच्चा नहीं हिल रहा 8 महीने", "pregnant",
     "reduced_fetal_movement"),
])
def test_emergencies_of_the_86th_to_88th_batches_shapes(text, stage, sign):
    assert _sign_now(text, stage) == sign


def test_a_baby_feeding_well_is_no_baby_fitting():
    assert _urgency("baby is feeding well, no problem", "baby") is not Urgency.NOW


def test_what_she_has_had_since_yesterday_is_not_over_because_an_earlier_pregnancy_was_fine():
    assert _sign_now("9 mahina ko, hijo bata aankha dhamilo dekhchu, akshar padhna sakdina, tauko ni dukhcha. pahilo "
                     "pregnancy ma sab thik thyo", "pregnant") == "blurred_vision"


def test_a_placenta_still_inside_in_romanised_nepali_is_a_held_placenta():
    assert _sign_now("baby bhayo tara saal bhitrai chha, ek ghanta bhayo", "baby") == "retained_placenta"


@pytest.mark.parametrize("text, stage, sign", [
    ("my lower back hurts so bad im crying, 8 months, what tablet can i take", "pregnant", "severe_pain"),
    ("i keep thinking about hurting my baby and it scares me, she is 3 weeks", "baby", "self_harm"),
])
def test_a_pain_she_cries_with_and_thoughts_of_hurting_the_baby_are_never_calmed(text, stage, sign):
    assert _sign_now(text, stage) == sign


def test_a_smelly_discharge_with_a_fever_after_the_birth_is_never_calmed(monkeypatch):
    classifier_says(monkeypatch, 0.0)
    assert _sign_now("prasav ke 9 din baad neeche se sadi hui mehak wala paani aur halka bukhar", "baby") \
        == "foul_discharge"


@pytest.mark.parametrize("text, stage, sign", [
    ("nani 6 din ki, dinbhar sutchhe, haat khutta lulo jasto, dudh pani khadina", "baby", "newborn_lethargy"),
    ("beta 2 hafte ka, aaj subah se do baar hari ulti ki", "baby", "newborn_vomiting"),
    ("7 mahina ma haat sunniyeko thiyo, thik bhayo, aile feri haat sunniyo", "pregnant", "swelling_face_hands"),
])
def test_words_that_make_a_sign_certain_stand_whatever_the_classifier_says(monkeypatch, text, stage, sign):
    classifier_says(monkeypatch, 0.0)
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, stage, sign", [
    ("पत्नी बार बार कहती है बच्चे को मार दूंगी, डिलीवरी को 2 हफ्ते हुए", "baby", "self_harm"),  # "keeps saying" is no other sense
    ("घरमै बच्चा जन्मियो, आधा घण्टा भयो साल निस्किएन", "baby", "retained_placenta"),
    ("nani sutda bich bich ma sas rokcha, 6 din ko", "baby", "newborn_not_breathing"),
    ("babu le khayeko jati sab faldincha, 4 choti bhaisakyo", "baby", "newborn_vomiting"),
    ("बुहारी बेहोस हुनुभयो बोलाउँदा पनि उठ्नुभएन ९ महिना", "pregnant", "unconscious"),  # not waking is no denial of the faint
    ("patni gir gayi, hosh nahi aa raha, bulane par bhi koi jawab nahi, 8 mahina", "pregnant", "unconscious"),  # "no answer" denies nothing
    ("3 din dekhi kei pani pachdaina, pani piuda pani banta, 2 mahina", "pregnant", "severe_vomiting"),  # early, but nothing stays
    ("35 weeks, tight pains every 5 min with pressure down below, how do i know if its labour?", "pregnant", "labour"),
])
def test_emergencies_told_in_village_words_and_asked_whether_they_are_so_alarm(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, stage", [
    ("35 weeks, how do i know if its labour? first baby, nothing yet", "pregnant"),
    ("nani sutda 5 second sas rokcha jasto lagcha, doctor le normal bhannu bhayo, 6 din ko", "baby"),
    ("हाम्रो गाई ब्यायो, एक घण्टा भयो साल निस्किएन, पशु डाक्टर कहाँ पाइन्छ?", "baby"),  # the cow's placenta
    ("सुत्केरी भएको ३ दिन, भैंसीको दाहिने खुट्टा सुन्निएर रातो छ, छुँदा दुख्छ, के लगाउने?", "baby"),  # the buffalo's leg
])
def test_their_calm_twins_are_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("theirs, ours, sign", [
    ("देवरानी के बच्चे की नाभि लाल और सूजी है, मेरा बच्चा ठीक है, 8 दिन का",
     "देवरानी के बच्चे की नाभि लाल थी, अब मेरे बच्चे की नाभि भी लाल और सूजी है, 8 दिन का", "newborn_cord_infection"),
    ("padosi ke bachhe ki saans tez chal rahi hai aur pasli chal rahi, mera bachcha theek hai, 2 hafte ka",
     "padosi ke bachhe ko kal tak khansi thi, aaj mere bachhe ki saans tez chal rahi hai aur pasli chal rahi, 2 hafte ka",
     "newborn_fast_breathing"),
])
def test_another_familys_sign_beside_our_baby_is_fine_is_theirs(theirs, ours, sign):
    assert _urgency(theirs, "baby") is not Urgency.NOW
    assert _sign_now(ours, "baby") == sign


def test_a_story_then_her_own_baby_still_cold_is_go_now_without_the_classifier(monkeypatch):
    classifier_says(monkeypatch, 0.5)
    text = ("the neighbour aunty told me a cold baby is a bad sign, i thought she was being silly but my 4 day old is cold on"
            " her belly and feet, covered her twice still cold")
    assert _sign_now(text, "baby") == "newborn_fever_or_cold"
    calm = "my aunt said a cold baby is a bad sign, her grandson was cold at birth and is still in hospital, my baby is warm"
    assert _urgency(calm, "baby") is not Urgency.NOW


@pytest.mark.parametrize("text, urgent", [
    ("सुत्केरी भएको ९ दिन, तलबाट पानी आउनु ठिक हो भन्नुभयो, तर अहिले सडेको जस्तो गन्ध आउँछ", True),  # what comes from below
    ("सुत्केरी भएको २ हप्ता, मुखबाट सडेको जस्तो गन्ध आउँछ, दाँत माझ्दा पनि", False),  # the mouth
])
def test_a_rotten_smell_after_the_birth_is_go_now_unless_it_is_of_the_mouth(text, urgent):
    assert (_urgency(text, "baby") is Urgency.NOW) == urgent


def test_a_relatives_fever_asked_as_catching_for_the_baby_is_theirs(monkeypatch):
    classifier_says(monkeypatch, 0.5)
    assert _urgency("दिदीलाई ज्वरो आएको छ, म उहाँको घर जाँदा बच्चालाई सर्छ कि? बच्चा २ हप्ताको", "baby") is not Urgency.NOW
    assert _sign_now("दिदीलाई ज्वरो आएको छ, बच्चालाई पनि आज ज्वरो आयो, बच्चा २ हप्ताको", "baby") == "newborn_fever_or_cold"


@pytest.mark.parametrize("text", [
    "aankhon me dard rehta hai, mobile kam chalaun kya? 7 mahina",  # the phone used less, not the baby moving less
    "gaadi ma jhatka lagyo, dar lagyo, pet dukheko chaina, 30 hapta",  # a jolt on the road
])
def test_the_phone_used_less_and_a_jolt_on_the_road_are_no_signs(text):
    assert _urgency(text, "pregnant") is not Urgency.NOW


def test_a_mother_in_laws_report_of_her_daughter_in_laws_fever_is_the_daughter_in_laws(monkeypatch):
    classifier_says(monkeypatch, 0.5)
    text = "mother in law here. my bahu had her operation 10 days back, since last night she has high fever with shivering"
    assert _sign_now(text, "baby") == "fever"
    assert _urgency("sasu here, my husband has fever since 2 days, can my bahu feed the baby?", "baby") is not Urgency.NOW


def test_my_mum_beside_her_own_sign_is_no_other_sense(monkeypatch):
    """'my mum says it is gas' names someone else, but does not make the message about her: a classifier nearly sure
    of an emergency may still raise it."""
    classifier_says(monkeypatch, 0.95)
    text = "29 weeks, sharp pain under my right ribs since night, cannot sleep at all. my mum says its gas"
    assert _urgency(text, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("text, stage, sign", [
    ("my sister's delivery was very fast so they said come early. im 38 weeks, i can see the head, my mum is here with"
     " me, we are at home", "pregnant", "labour"),
    ("my wife (8 months) fainted in the kitchen, she is breathing but will not open her eyes, her sister had the same"
     " years ago", "pregnant", "unconscious"),
    ("the doctor said if i ever felt like hurting my baby to call. i feel it right now, she has cried for hours and i am"
     " shaking", "baby", "self_harm"),
])
def test_an_emergency_beside_a_relatives_story_or_advice_kept_for_later_is_go_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


def test_advice_kept_for_later_with_nothing_happening_is_no_emergency():
    text = "the doctor said if i ever felt like hurting my baby to call him. all fine so far, baby 2 weeks, saving the number"
    assert _urgency(text, "baby") is not Urgency.NOW


def test_a_newborn_bringing_back_the_whole_feed_every_time_is_go_now(monkeypatch):
    classifier_says(monkeypatch, 0.5)
    assert _sign_now("नवजात हर बार दूध पीने के बाद पूरा उलट देता है, आज 7 बार", "baby") == "newborn_vomiting"


def test_a_wife_who_fell_and_does_not_wake_is_unconscious(monkeypatch):
    classifier_says(monkeypatch, 0.5)
    assert _sign_now("patni seedhi par giri aur jaag nahi rahi, 7 mahina", "pregnant") == "unconscious"


def test_a_word_of_the_present_in_another_sense_does_not_calm_the_whole_message(monkeypatch):
    """The exceptions of a word of the present ('अहिले सब ठिक') only take that word away; they are no sign word in
    another sense, so a classifier nearly sure of an emergency still raises what the lexicon dismissed."""
    classifier_says(monkeypatch, 0.95)
    text = "पहिलो गर्भमा पनि छाती यस्तै दुखेको थियो रे, तर अहिले ८ महिनामा छातीको बीचमा असह्य दुखाइ छ, पसिना आइरहेको छ"
    assert _urgency(text, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("text, urgent", [
    ("म ३ महिनाकी गर्भवती, २ दिनदेखि पानी पनि बस्दैन, दिनमा १५ पटक बान्ता, घरमा बुबा बिरामी हुनुहुन्छ", True),  # hers
    ("बुबालाई २ दिनदेखि बान्ता भइरहेको छ, पानी पनि बस्दैन, म ३ महिनाकी गर्भवती, मलाई सर्छ कि?", False),  # her father's
])
def test_vomiting_with_nothing_staying_down_is_hers_when_she_tells_her_months_beside_a_sick_father(monkeypatch, text, urgent):
    classifier_says(monkeypatch, 0.5)
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, stage", [
    ("sapana ma chhori ko sas rokiyo, anuhar nilo bhayo jasto dekhe, jhasnga bhayera uthe, chhori ta nindrai ma muskurairaheki", "baby"),
    ("nightmare last night: my daughter was having fits, her eyes rolled up and she went stiff. cant stop thinking about it", "baby"),
    ("हमारी बकरी के मेमने को सुबह झटके आए, पैर अकड़ गए, फिर ठीक हो गया, इंसान के बच्चे में भी ऐसा होता है क्या", "baby"),
])
def test_a_sign_told_only_inside_a_dream_or_of_an_animal_is_no_emergency(monkeypatch, text, stage):
    """A firm frame holds whatever the classifier says (at most the what-if answer): it knows a sign's words, not the
    dream around them; and "can't stop thinking about it" is no sign going on."""
    classifier_says(monkeypatch, 0.9)
    assert _urgency(text, stage) is not Urgency.NOW


def test_a_dream_told_before_the_sign_happening_now_is_go_now(monkeypatch):
    classifier_says(monkeypatch, 0.9)
    text = "I dreamt about this last week and now my son has stopped breathing, his lips are blue"
    assert _sign_now(text, "baby") == "newborn_not_breathing"


@pytest.mark.parametrize("text, stage, sign", [
    ("५ दिनकी नानी आज बिहानदेखि दूध चुस्दिन, रुन्छ मात्र", "baby", "newborn_not_feeding"),
    ("babu 4 din ko bhayo, raati dekhi dudh chusdina, ghanti ma aawaj aaucha", "baby", "newborn_not_feeding"),
    ("हात र अनुहार एकदमै सुन्निएको छ औंठी पनि निस्कदैन, ३५ हप्ता, हिजो बेलुकादेखि", "pregnant", "swelling_face_hands"),
])
def test_nepali_words_for_not_sucking_and_a_ring_that_will_not_come_off(monkeypatch, text, stage, sign):
    classifier_says(monkeypatch, 0.5)
    assert _sign_now(text, stage) == sign


def test_a_friends_baby_not_sucking_beside_mine_feeds_well_is_no_emergency():
    text = "bahini ko chhoro 5 din ko, hijo dekhi dudh chusdina re, malai phone garin, mero ta thik cha ni"
    assert _urgency(text, "baby") is not Urgency.NOW


def test_a_babys_fits_in_a_serial_watched_today_get_the_what_if_answer(monkeypatch):
    classifier_says(monkeypatch, 0.9)
    text = "आज रात वाले सीरियल में दिखाया कि नवजात को दौरे पड़ रहे थे, आँखें ऊपर चढ़ गईं, देख के डर लगा। अपनी गुड़िया तो मस्त है"
    assert _urgency(text, "baby") is Urgency.ASKED


@pytest.mark.parametrize("text", [
    "serial dekhte hue achanak munni ko jhatke aane lage, aankhein upar",
    "the film was on and just then my son started jerking and went stiff",
])
def test_fits_that_start_while_a_serial_is_on_are_go_now(monkeypatch, text):
    classifier_says(monkeypatch, 0.2)
    assert _sign_now(text, "baby") == "newborn_convulsions"


@pytest.mark.parametrize("text", [
    "my sister in law delivered at home 5 weeks back, bleeding was not stopping and big clots came, they gave her"
    " blood. how common is this for women",
    "delivered at home 3 yrs back, that time bleeding too much, pads full, got blood at the hospital. after that"
    " totally fine, now planning 2nd baby any precaution?",
])
def test_a_relatives_or_a_long_past_bleed_asked_about_in_general_is_no_emergency(text):
    assert _urgency(text, None) is not Urgency.NOW


def test_a_dream_told_again_and_again_is_still_a_dream(monkeypatch):
    classifier_says(monkeypatch, 0.7)
    text = "baar baar sapna aata hai ki munna saans nahi le raha, hont neele. jaag ke dekhti hu to araam se so raha hota hai"
    assert _urgency(text, "baby") is not Urgency.NOW


def test_a_serials_faint_beside_our_daughter_in_law_is_fine_gets_the_what_if_answer(monkeypatch):
    classifier_says(monkeypatch, 0.7)
    text = "hijo ko serial ma sutkeri aama bhuima ladin, behos bhaein, bolauda boldainan. hamro buhari ta ekdam thik chin, dar matra lagyo"
    assert _urgency(text, "baby") is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("pahilo pet ma 8 mahina ma anuhar ra khutta sunniyeko thiyo, yo palta kehi chaina, 7 mahina", "pregnant"),
    ("aaja pani pet ma bachha chaleko kam chaina, dinbhari latti hanchha, 32 hapta", "pregnant"),
    ("hamare devar Surat me labour ka kaam karte hain, har roz 12 ghante, bahu 8 mahine ki hai", "pregnant"),
])
def test_an_earlier_pregnancy_movement_not_less_and_labour_as_work_are_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text, urgent", [
    ("aaja health post ma BP naapyo 116/74 aayo, 160/110 jastai badhi chaina re, 34 hapta", False),  # hers is not like it
    ("आज बीपी 122/80 आया, 160/110 जैसा ज़्यादा नहीं है, सब ठीक", False),
    ("BP 164/112 jasto aayo aaja, tauko dukheko cha, 34 hapta", True),  # like that: it is hers
    ("BP 166/112 jasto nai aayo aaja, tauko dukhyo, 35 hapta", True),  # Nepali "nai" stresses, it does not deny
])
def test_a_severe_reading_named_only_to_say_hers_is_not_like_it(text, urgent):
    assert (_urgency(text, "pregnant") is Urgency.NOW) == urgent


@pytest.mark.parametrize("text, stage, sign", [
    ("chhori janmeko 1 ghanta bhayo, sato ajhai niskeko chaina, sudeni aama le pet thichdai chin", "baby", "retained_placenta"),
    ("sutkeri bhayeko 4 din, srimati saas pherna sakirakheki chhainan, chhati bhari dukhyo bhanchhin", "baby",
     "breathing_difficulty"),
])
def test_a_placenta_called_sato_and_a_woman_who_cannot_breathe_in_nepali_are_go_now(monkeypatch, text, stage, sign):
    classifier_says(monkeypatch, 0.5)
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, stage", [
    ("bahu ko gusse ka daura utra hi nahi, subah se kisi se baat nahi ki kyunki TV band kar diya, 8 mahine", "pregnant"),
    ("our 3 week old throws a fit every evening when we change his nappy, screams till he gets the breast", "baby"),
    ("श्रीमती ठट्टा गर्दै भन्छिन् मेरो खुट्टा हात्तीको जस्तो सुन्नियो, हाँस्दै हिँड्दै छिन्, केही दुख्दैन, ७ महिना", "pregnant"),
])
def test_a_fit_of_anger_a_tantrum_and_a_joke_are_no_emergency(monkeypatch, text, stage):
    classifier_says(monkeypatch, 0.5)
    assert _urgency(text, stage) is not Urgency.NOW


def test_a_neighbours_bleeding_beside_my_wife_is_fine_is_no_emergency(monkeypatch):
    classifier_says(monkeypatch, 0.5)
    text = "wife 7 mahine ki hai, padosan ko kal raat se bahut khoon aa raha tha, ambulance se le gaye. wife theek hai, bas ghabra gayi"
    assert _urgency(text, "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "i feel nothing for him. sometimes i think my family would be better if i just die. he is 2 weeks old",
    "nobody helps, husband abroad. last night i stood on the roof with her, thinking of jumping. please call",
])
def test_thoughts_of_dying_or_jumping_with_the_baby_are_go_now(text):
    assert _sign_now(text, "baby") == "self_harm"


@pytest.mark.parametrize("text", [
    "ANM didi checked last week said all normal, baby was very active then, but since this morning the baby is not"
    " moving at all, 36 weeks",
    "kal check karaya sab theek tha, khoob laat maar raha tha par abhi 5 ghante se kuch nahi hila, 35 hafte",
])
def test_a_check_that_was_normal_does_not_calm_a_baby_not_moving_now(text):
    assert _sign_now(text, "pregnant") == "reduced_fetal_movement"


def test_a_mother_in_laws_pressure_in_nepali_is_hers_not_the_pregnant_womans():
    text = "सासुआमाको प्रेसर आज 168/104 आयो, उहाँ औषधि खानुहुन्छ। मेरो 112/72, म ६ महिनाकी। सासुलाई नुन कम दिने?"
    assert _urgency(text, "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "3 महीने की प्रेगनेंसी, सुबह एक बार उल्टी होती है फिर दिन भर खाना खा लेती हूं, ठीक है?",
])
def test_one_morning_vomit_then_eating_all_day_is_no_emergency(text):
    assert _urgency(text, "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "भैंस ने पाड़ा दिया 2 घंटे हुए, जेर अभी तक नहीं निकली, पशु डॉक्टर का नंबर चाहिए। बहू और पोता ठीक हैं",
    "hamro gai le bachhi payo, saal ajhai niskeko xaina, pashu doctor bolaunu paryo. buhari ra nani thik chan",
])
def test_an_animals_held_placenta_with_a_vet_asked_for_is_no_emergency(text):
    assert _urgency(text, "baby") is not Urgency.NOW


def test_a_held_placenta_beside_a_cows_birth_and_a_vet_is_still_go_now():
    text = "baby born 1 hour ago at home, placenta not out yet, our cow also gave birth today, vet is here for the cow"
    assert _sign_now(text, "baby") == "retained_placenta"


@pytest.mark.parametrize("text", [
    "३ हप्ताको छोरी, राति सास रोकिन्छ कि भनेर डर लाग्छ, घरिघरि उठेर हेर्छु, ठिकै सास फेर्छे। के गर्ने?",
    "baby 2 hafte ka, raat ko darr lagta hai kahin saans na ruk jaye, baar baar uth ke dekhti hu, wo theek hai",
    "scared at night that she will stop breathing, i keep checking on her, she is fine and breathing normally",
])
def test_getting_up_again_and_again_to_check_a_sleeping_baby_who_breathes_fine_is_a_fear(text):
    assert _urgency(text, "baby") is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "I keep checking on him at night, scared, he breathes very slowly, stops, lips going blue",
    "scared, keep checking her, she stopped breathing for a while and is floppy now",
])
def test_a_baby_who_stops_breathing_or_turns_blue_while_she_checks_is_go_now(monkeypatch, text):
    classifier_says(monkeypatch, 0.5)
    assert _sign_now(text, "baby") == "newborn_not_breathing"


@pytest.mark.parametrize("text, stage", [
    ("sutkeri bhayeko 6 din, ghar ma pahuna nai pahuna, sas ferne fursad chaina, sab thik cha", "baby"),
    ("7 mahine, saas lene ki fursat nahi, office aur ghar dono, baki sab theek", "pregnant"),
    ("30 weeks, my boss is a real headache this month, too many deadlines. is stress bad for the baby?", "pregnant"),
])
def test_no_time_to_breathe_and_a_boss_who_is_a_headache_are_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


def test_soaking_a_pad_is_bleeding_not_shaking(monkeypatch):
    classifier_says(monkeypatch, 0.5)
    text = "with my first baby i bled a lot. this time it was less, but now suddenly soaking a pad every hour, delivered yesterday"
    assert _sign_now(text, "baby") == "heavy_bleeding_postpartum"


@pytest.mark.parametrize("text", [
    "with my first baby in 2020 i bled heavily and big clots came, needed blood. delivered 2 days back, this time only little",
    "pahilo pet ma dherai ragat bagyo, pad bhijthyo, dalla aauthyo. hijo sutkeri bhaye, yespali ta thorai matra cha",
])
def test_an_earlier_births_heavy_bleeding_beside_only_a_little_this_time_is_no_emergency(monkeypatch, text):
    classifier_says(monkeypatch, 0.5)
    assert _urgency(text, "baby") is not Urgency.NOW


@pytest.mark.parametrize("text, stage", [
    ("doctor le sodhnu bhayo mero ragat ko group k ho, thaha chaina, sutkeri bhayeko 1 hapta", "baby"),
    ("khoon ki jaanch kab karani hai, 5 mahine ho gaye", "pregnant"),
])
def test_a_blood_group_or_a_blood_test_asked_about_is_no_bleeding(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("word, not_this", [
    ("badheko", "FLOWED"), ("dekhcha", "PAIN"), ("harayo", "GREEN"), ("putting", "VOMIT"), ("staring", "SEVERE"),
])
def test_everyday_words_are_not_read_as_typos_of_sign_words(word, not_this):
    """'badheko' (grew) is no 'bageko' (flowed), 'dekhcha' (sees) no 'dukhcha' (hurts), 'harayo' (lost) no 'hariyo' (green)."""
    from bot import danger
    lexicon = danger.load()
    assert not_this not in {term for term, spans in lexicon.read(f"baby {word} today").spans.items() if spans}


@pytest.mark.parametrize("text", [
    "raati bata baby kam chaleko jasto lagyo, bihana health post ma dhadkan sunnu bhayo, sab normal bhannu bhayo, aile ta khub laat hanchha, 33 hapta",
    "kal shaam bachcha kam hil raha tha, aaj subah ANM didi ne dhadkan suni, boli sab theek, ab to khoob laat maar raha, 35 hafte",
    "34 weeks, baby was not kicking since evening so we went to the clinic, heartbeat fine, and now kicking hard again",
])
def test_fewer_movements_checked_normal_and_kicking_well_since_is_no_emergency(text):
    """The calming words must come after she last tells of fewer movements: see the test below for the other way."""
    assert _urgency(text, "pregnant") is not Urgency.NOW


def test_kicking_well_told_before_the_baby_stopped_moving_does_not_calm_it():
    text = "ANM didi ne check kiya sab normal, khoob laat maar raha tha, par aaj dopahar se bilkul nahi hil raha, 36 hafte"
    assert _sign_now(text, "pregnant") == "reduced_fetal_movement"


@pytest.mark.parametrize("text, sign", [
    ("बहू 7 महीने की है पेट में बहुत तेज दर्द है खड़ी नहीं हो पा रही", "severe_abdominal_pain"),
    ("mero tauko dherai dukheko cha, uthna sakdina, 8 mahina", "severe_headache"),
])
def test_a_sign_told_with_is_is_not_denied_by_the_next_verbs_negation(text, sign):
    """"pain is (there), she cannot stand": the "not" belongs to standing."""
    assert _sign_now(text, "pregnant") == sign


@pytest.mark.parametrize("text", ["pet me dard hai nahi, bas thakan hai", "पेट दुखेको छ कि छैन थाहा भएन, अलि भारी मात्र छ",
                                  "pet me bahut tez dard hai ya nahi, pata nahi"])
def test_a_negation_that_answers_the_is_still_denies(text):
    assert _urgency(text, "pregnant") is None


def test_bleeding_since_this_morning_late_in_pregnancy_is_go_now_after_all_went_well():
    text = "didi ghar pe sab theek chal raha tha, aaj subah se neeche se khoon aa raha hai, 33 hafte"
    assert _sign_now(text, "pregnant") == "bleeding"


def test_kicking_well_since_the_morning_after_a_quiet_night_is_no_emergency():
    text = "raat ko bachcha kam hila to ghabra gayi thi, subah se khoob laat maar raha hai, 12 baar gina, ab theek hai na?"
    assert _urgency(text) is not Urgency.NOW


def test_her_monthly_periods_asked_about_before_a_pregnancy_are_no_emergency():
    assert _urgency("meri mahwari me pehle din bahut khoon aata hai, shaadi ke baad baby plan karna hai, koi problem?") \
        is not Urgency.NOW
    assert _sign_now("bahut khoon aa raha hai, 7 mahine ki pregnant hu") == "bleeding"


def test_another_womans_late_bleeding_over_and_a_fear_for_herself_is_no_emergency():
    text = "meri jethani ko 8 mahine me khoon aaya tha, hospital me rahi, ab wo theek hai. mujhe bhi hoga kya? 7 mahine ho gaye"
    assert _urgency(text, "pregnant") is not Urgency.NOW
    assert _sign_now("meri jethani ko bhi khoon aaya tha, aaj mujhe bhi khoon aa raha hai, 8 mahine", "pregnant") == "bleeding"


@pytest.mark.parametrize("text", ["itni garmi hai ki jaan nikal gayi, mar jaungi lagta hai haha", "mar jaungi hans hans ke, baby ne pehli baar muskuraya"])
def test_a_figure_of_speech_about_dying_is_no_thought_of_self_harm(text):
    assert _urgency(text, "baby") is not Urgency.NOW


def test_a_volunteers_screening_question_she_answers_no_to_is_no_thought_of_self_harm():
    calm = "ASHA didi ne poocha khud ko nuksan pahunchane ka man karta hai kya, mujhe aisa kuch nahi, main khush hu"
    assert _urgency(calm, "baby") is not Urgency.NOW
    assert _sign_now("ASHA didi ne poocha khud ko nuksan pahunchane ka man karta hai kya, haan karta hai", "baby") == "self_harm"


def test_her_own_fits_long_ago_in_an_earlier_birth_asked_about_now_gets_the_what_if_answer():
    calm = "my wife had fits in her first delivery 3 years back, now 7 months again, BP today 118/76, is that ok"
    assert _urgency(calm, "pregnant") is Urgency.ASKED
    assert _urgency("meri patni ko pehli delivery me daure aaye the 4 saal pehle, ab 7 mahine ki hai, aaj BP 120/80 aaya, sab "
                    "theek hai?", "pregnant") is not Urgency.NOW
    assert _sign_now("pehli delivery me daure aaye the, aaj subah se phir daure aa rahe hain, 8 mahine", "pregnant") == "convulsions"


@pytest.mark.parametrize("text, stage, sign", [
    ("ward 3 ki Sita 9 mahina ki cha, bharkhar kampa aayo, hat khutta tankiyo, ke garne", "pregnant", "convulsions"),
    ("12 din ki beti kal raat se doodh nahi kheech rahi, muh me do to chhod deti hai", "baby", "newborn_not_feeding"),
    ("डिलीवरी के बाद से उदास है, आज बोली मैं खत्म हो जाऊं तो अच्छा", "baby", "self_harm"),
])
def test_emergencies_told_in_everyday_words(text, stage, sign):
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text", [
    "serial me dekha ek maa ne delivery ke baad khud ko nuksan pahunchaya, dar lag gaya. main theek hu, bas poochna tha",
    "TV ma sutkeri pachi aafulai marna khojne aimai dekhe, dar lagyo. ma ta thikai chu, kina huncha sodhna man lagyo",
])
def test_a_serials_self_harm_that_frightened_her_while_she_is_well_is_no_emergency(text):
    assert _urgency(text, "baby") is not Urgency.NOW


@pytest.mark.parametrize("text", ["baby 6 days old, eyes a little yellow, palms not yellow, feeding well",
                                  "5 din ko nani ko anuhar ali pahelo cha, hatkela ra paitala chahi pahelo chaina, dudh khanchha"])
def test_a_little_yellow_after_the_first_day_with_palms_not_yellow_is_see_soon(text):
    assert _urgency(text, "baby") is Urgency.SOON
    assert _sign_now("baby 6 days old, eyes yellow and palms yellow too", "baby") == "newborn_jaundice"


@pytest.mark.parametrize("text, stage", [
    ("jethani ne aaj itna sir dard diya, 8 mahina chal raha, bas gussa aa raha hai", "pregnant"),
    ("hijo yeti thakeko thiye ki behosh jastai sutechu 9 ghanta, aaja fresh chu, nani ni thikai cha", "baby"),
])
def test_a_headache_of_a_person_and_sleeping_like_the_dead_are_no_emergency(text, stage):
    assert _urgency(text, stage) is not Urgency.NOW


@pytest.mark.parametrize("text", [
    "delivery ke baad bahut khoon aaya tha kal, hospital me injection se roka, ab halka hai, ghar aa gaye",
    "sutkeri bhako 3 hapta, ragat ekdam kam bhayo, khairo matra aaucha",
])
def test_heavy_bleeding_after_the_birth_stopped_at_hospital_and_light_since_is_see_soon(text):
    assert _urgency(text, "baby") is Urgency.SOON


def test_bleeding_after_the_birth_heavy_again_after_the_hospital_is_go_now():
    text = "delivery ke baad bahut khoon aaya tha, hospital me injection se roka, ab phir se bahut khoon aa raha hai, pad bhar gaya"
    assert _sign_now(text, "baby") == "heavy_bleeding_postpartum"


@pytest.mark.parametrize("text, stage, sign", [
    ("delivery ke 4 din baad se sar me itna tez dard hai ki phat jayega, goli se bhi nahi gaya, nanad ko bhi aisa hua tha", "baby",
     "severe_headache"),
    ("nani ko jiu ekdam taato cha 2 hapta ko, dudh kam khancha, didi ko chori lai ni yestai bhaeko thiyo", "baby",
     "newborn_fever_or_cold"),
])
def test_a_sign_told_as_it_is_beside_a_relatives_like_story_is_go_now(text, stage, sign):
    """The relative's story does not make her own sign, told with "is", a story."""
    assert _sign_now(text, stage) == sign


@pytest.mark.parametrize("text, stage, sign", [
    ("सुत्केरी पछि कलेजो जस्तो ठुलो डल्लो निस्क्यो, अझै बगिरहेछ", "baby", "heavy_bleeding_postpartum"),
    ("सुबह से बस पड़ा है, न आंख खोलता न हिलता। दो महीने का है", "baby", "newborn_lethargy"),
])
def test_a_clot_like_liver_and_a_baby_told_by_his_months_are_go_now(text, stage, sign):
    assert _sign_now(text, stage) == sign


def test_a_heartache_of_missing_her_husband_is_no_pain():
    assert _urgency("8 mahine ki hu, pati pardes gaye hain, dil me bahut dard hai unki yaad me", "pregnant") is not Urgency.NOW


@pytest.mark.parametrize("text, stage, sign", [
    ("१२ दिनको नानी लल्याक लुलुक छ, उठाउँदा पनि ब्युँझदैन", "baby", "newborn_lethargy"),
    ("बेटा 8 दिन का है, अभी उसका शरीर अकड़ गया और हाथ पैर झटके मार रहे थे। क्या वो सपना देख रहा था?", "baby", "newborn_convulsions"),
    ("33 hapta, 2 ghanta dekhi pet kasine ra chhodne garchha 5 minet ma ekchoti", "pregnant", "labour"),
    ("raati bachha runa thalepachi yeslai ra afulai pani sakaidinchhu jasto lagchha", "baby", "self_harm"),
    ("FCHV ho, 18 barsa ki aama ko 2 din ko bachha ekdam chiso chha, haat khutta nilo", "baby", "newborn_fever_or_cold"),
    ("navel red and swollen, pus coming out, smells bad, 7 days old. also when do vaccines start", "baby", "newborn_cord_infection"),
])
def test_emergencies_beside_words_that_looked_calm(text, stage, sign):
    """A baby dreaming is not her dream; a mother's age is no older child; the next vaccines are no what-if."""
    assert _sign_now(text, stage) == sign
