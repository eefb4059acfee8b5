"""Nepali messages that carry a condition or a question ("the nurse said come if...", "how do I know if...") beside
what is happening to her. Each calming construction has an urgent twin."""
import pytest

from bot import danger
from bot.danger import Urgency
from tests.bot.danger_reading import urgency as _urgency


@pytest.mark.parametrize("what_if, begun", [
    # the sign named only after an "if", asked in advance; then the same sign begun at a time she names
    ("tauko asadhyai dukhyo bhane ke garne?",
     "डाक्टरले टाउको धेरै दुख्यो भने आउनु भन्नुभएको थियो, हिजो राति देखि असाध्यै दुखेको छ"),
    ("आँखा धमिलो भयो भने के गर्ने?",
     "aankha dhamilo bhayo bhane turuntai aaunu bhaneko thiyo, aaja bihana dekhi sabai dhamilo dekhinchu"),
    ("pani futyo bhane kasari thaha hunchha?",
     "पानी फुट्यो भने कसरी थाहा हुन्छ? बेलुकादेखि हरियो पानी चुहिरहेको छ, ३५ हप्ता"),
])
def test_a_sign_begun_at_a_named_time_is_not_covered_by_the_what_if(what_if, begun):
    assert _urgency(what_if, "pregnant") is not Urgency.NOW
    assert _urgency(begun, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    # sickness in the morning, asked about; then nothing staying down, asked about the same way
    ("bihana bihana ali ali banta hunchha, 2 mahina, yo saadharan ho?",
     "pani piyo ki banta hunchha, kei pani basdaina, yo saadharan ho?"),
    ("म ३ महिनाकी, बिहान अलिअलि बान्ता हुन्छ, सामान्य हो?",
     "खायो कि बान्ता हुन्छ, केही पनि बस्दैन, सामान्य हो?"),
])
def test_vomiting_that_nothing_stays_down_after_is_go_now(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _urgency(urgent, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("text", [
    "नानीले दूध खाएको सबै फ्याँक्छ, दिउँसोदेखि ४ पटक",
    "baby le dudh khayepachi sabai fyakchha, kehi pani basdaina",
])
def test_a_baby_throwing_out_every_feed_is_go_now(text):
    assert _urgency(text, "baby") is Urgency.NOW


@pytest.mark.parametrize("text", [
    "सासूले बिगौती दूध सबै फ्याँक्नु भन्नुहुन्छ, बच्चालाई दिने कि नदिने?",
    "baby le khelauna sabai fyakcha, 1 barsa",
])
def test_milk_or_toys_thrown_away_are_no_vomiting(text):
    assert _urgency(text, "baby") is not Urgency.NOW


@pytest.mark.parametrize("text", [
    # "if I died it would be easier for everyone", told by her or about her
    "म मरेँ भने सबैलाई सजिलो हुन्छ जस्तो लाग्छ",
    "श्रीमती भन्छिन् म मरे भने घरमा सबैलाई सजिलो हुन्छ",
    "ma mare bhane sabai lai sajilo hunchha",
    # afraid of herself, said after the fear
    "राति नानी रोयो भने डर लाग्छ आफैदेखि",
    "malai dar lagcha aafai dekhi, k garum",
])
def test_wishing_herself_gone_or_fearing_herself_is_go_now(text):
    assert _urgency(text, "baby") is Urgency.NOW


@pytest.mark.parametrize("text", [
    "सुत्केरी हुँदा म मरेँ भने बच्चालाई कसले हेर्छ भन्ने डर लाग्छ",
    "delivery ma kehi bhayo bhane k garne, dar lagcha",
])
def test_a_fear_of_dying_in_childbirth_is_no_self_harm(text):
    found = danger.detect(text, stage="pregnant")
    assert found is None or found.sign != "self_harm"


@pytest.mark.parametrize("text", [
    "buhari bathroom ma ladi, aile samma hos aako chaina",
    "श्रीमती ढलिन्, अहिलेसम्म होस आएको छैन",
])
def test_a_mother_who_has_not_come_round_is_go_now(text):
    assert _urgency(text, "baby") is Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    ("baby ali ali matra chalcha bhane ke garne?", "aaja din bhari baby thorai matra chalyo, aru din bhanda kam"),
    ("पेटको बच्चा अलिकति मात्र चल्यो भने के गर्ने?", "आज बिहानदेखि बच्चा अलिकति मात्र चलेको छ, ३६ हप्ता"),
])
def test_a_baby_in_the_womb_moving_only_a_little_is_go_now(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _urgency(urgent, "pregnant") is Urgency.NOW


def test_a_baby_feeding_less_than_other_days_is_no_reduced_movement():
    found = danger.detect("नानीले अरू दिनभन्दा धेरै कम दूध खायो, किन होला?", stage="pregnant")
    assert found is None or found.sign != "reduced_fetal_movement"


@pytest.mark.parametrize("calm, urgent", [
    ("कम्मर अलिअलि दुख्छ, ६ महिना, सामान्य हो?", "कम्मर सहन नै नसक्ने दुख्छ, हिँड्न सक्दिन, सामान्य हो?"),
    ("pet ali ali dukhcha, yo normal ho?", "pet sahana nai sakdina dukhcha, yo normal ho?"),
])
def test_pain_she_cannot_bear_is_go_now_however_she_asks(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _urgency(urgent, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    ("बच्चाले कति वर्षमा चुस्न छाड्छ?", "५ दिनको नानीले आजदेखि चुस्न छाडेको छ"),
    ("कति महिनामा नानीले चुस्न छाड्छ?", "nani le bihana dekhi chusna chhadyo, mukh ma rakhda pani tandaina"),
])
def test_a_newborn_that_has_stopped_sucking_is_go_now_weaning_is_not(calm, urgent):
    assert _urgency(calm, "baby") is not Urgency.NOW
    assert _urgency(urgent, "baby") is Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    ("sutkeri pachi ali ali ragat aaucha, yo thik ho?", "sutkeri pachi ragat aaucha, 4 ota kapada bhijisakyo, yo thik ho?"),
    ("सुत्केरीपछि थोरै रगत आउँछ, सामान्य हो?", "सुत्केरीपछि रगत आउँछ, ३ वटा कपडा भिजिसक्यो, सामान्य हो?"),
])
def test_blood_after_birth_that_soaked_several_cloths_is_never_a_little(calm, urgent):
    assert _urgency(calm, "baby") is not Urgency.NOW
    assert _urgency(urgent, "baby") is Urgency.NOW


@pytest.mark.parametrize("what_if, begun", [
    ("व्यथा हरेक ५ मिनेटमा आयो भने अस्पताल जाने हो?",
     "व्यथा हो कि कसरी थाहा पाउने? राति देखि हरेक ५ मिनेटमा पेट कस्सिन्छ, ३९ हप्ता"),
    ("byatha harek 5 minet ma aayo bhane kati bela jaane?",
     "byatha ho ki kasari thaha paune? hijo rati dekhi harek 6 minet ma dukhcha, 38 hapta"),
])
def test_pains_every_few_minutes_since_a_named_time_are_labour_however_she_asks(what_if, begun):
    assert _urgency(what_if, "pregnant") is not Urgency.NOW
    assert _urgency(begun, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("hearsay, today", [
    ("सासू भन्नुहुन्छ नवजात बच्चा धेरै सुत्छन्, हो?",
     "नवजात बच्चा धेरै सुत्छन् भन्छन्, तर आज त उठाउँदा पनि उठ्दैन, लल्याक्लुलुक छ"),
    ("manche bhanchan nawajat baby dherai sutchan, ho?",
     "manche bhanchan nawajat baby dherai sutchan, tara aaja ta uthauda pani uthdaina"),
])
def test_a_saying_stays_calm_but_what_the_baby_does_today_is_hers(hearsay, today):
    assert _urgency(hearsay, "baby") is not Urgency.NOW
    assert _urgency(today, "baby") is Urgency.NOW


@pytest.mark.parametrize("slight, stays", [
    ("sutkeri bhayeko 10 din, tala bata ali ali gandha aaucha, k garne?",
     "sutkeri bhayeko 10 din, tala bata ali ali gandha aaucha, dhuda pani jadaina"),
    ("सुत्केरीपछि तलबाट अलिकति गन्ध आउँछ, के गर्ने?",
     "सुत्केरीपछि तलको पानी अलि पहेँलो, नराम्रो गन्ध आउँछ, सफा गर्दा पनि गन्ध जाँदैन"),
])
def test_a_smell_after_birth_that_washing_does_not_take_away_is_go_now(slight, stays):
    assert _urgency(slight, "baby") is not Urgency.NOW
    assert _urgency(stays, "baby") is Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    ("जाँचमा रगत र पिसाब किन जाँचिन्छ?", "तलबाट रगत बगिरहेको छ, रगत जाँच गराउनु पर्छ?"),
    ("ragat janch kahile garne, 3 mahina", "ragat bagirako cha, ragat janch garaune ki?"),
])
def test_a_blood_test_is_no_bleeding(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _urgency(urgent, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("calm, urgent", [
    ("पानी फुट्नु भनेको के हो? आमाले बारम्बार भन्नुहुन्छ", "पानी बारम्बार चुहिरहन्छ, के हो?"),
    ("pani futnu bhaneko k ho? sasu le barambar sodhnuhuncha", "pani barambar chuhiracha, k ho?"),
])
def test_someone_who_keeps_saying_it_is_no_sign_that_persists(calm, urgent):
    assert _urgency(calm, "pregnant") is not Urgency.NOW
    assert _urgency(urgent, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("ahead, begun", [
    ("व्यथा लाग्नुभन्दा कति दिन अगाडि अस्पताल जाने? अहिले सबै ठीक छ",
     "व्यथा लाग्नुभन्दा कति दिन अगाडि जाने? हरेक ५ मिनेटमा व्यथा आइरहेको छ, सबै ठीक छ"),
    ("byatha lagna bhanda kati din agadi hospital jaane? aile sabai thik cha",
     "byatha lagna bhanda agadi jaane bhaneko, tara bihana dekhi byatha suru bhayo, sabai thik hola?"),
])
def test_when_to_leave_ahead_of_labour_is_calm_labour_begun_is_not(ahead, begun):
    assert _urgency(ahead, "pregnant") is not Urgency.NOW
    assert _urgency(begun, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("lochia, heavy", [
    ("sutkeri paxi tala bata aaune ragat aba seto bhayo, kaile samma aaucha?",
     "sutkeri paxi ragat dherai bagiracha, pad bhijyo, kaile samma aaucha?"),
])
def test_how_long_lochia_lasts_is_see_soon_heavy_bleeding_is_not(lochia, heavy):
    assert _urgency(lochia, "baby") is not Urgency.NOW
    assert _urgency(heavy, "baby") is Urgency.NOW


def test_bleeding_late_in_pregnancy_asked_how_long_is_still_go_now():
    assert _urgency("8 mahina bhayo, ragat aaucha, kaile samma aaucha?", "pregnant") is Urgency.NOW


@pytest.mark.parametrize("over, now", [
    ("nani lai pahilo din pahelo bhayeko thiyo, batti muni rakhyo, aba 4 hapta bhayo sab thik, ghaam ma rakhne?",
     "nani lai pahilo din pahelo bhayeko thiyo, aba 4 hapta bhayo, aile pani aankha pahelo cha, sab thik?"),
    ("नानी जन्मेको पहिलो दिन पहेँलो भएको थियो, अहिले ३ हप्ता भयो, सबै ठीक छ",
     "२ दिनको नानी, पहिलो दिन पहेँलो भएको थियो, आज झन् पहेँलो छ"),
])
def test_jaundice_of_the_first_day_long_over_is_calm(over, now):
    assert _urgency(over, "baby") is not Urgency.NOW
    assert _urgency(now, "baby") is Urgency.NOW


@pytest.mark.parametrize("over, again", [
    ("७ महिनामा हात र अनुहार सुन्निएको थियो, डाक्टरले उपचार गर्नुभयो, अब बच्चा जन्मिसक्यो, सबै ठीक छ",
     "७ महिनामा हात सुन्निएको थियो, उपचार गर्नुभयो, सबै ठीक छ तर आज फेरि अनुहार सुन्निएको छ"),
    ("8 mahina ma haat sunniyeko thiyo, upchar garnubhayo, aba baby janmyo, sabai thik cha",
     "8 mahina ma haat sunniyeko thiyo, upchar garnubhayo, sabai thik cha, aile feri haat sunniyo"),
])
def test_swelling_once_treated_and_all_fine_now_is_calm(over, again):
    assert _urgency(over) is not Urgency.NOW
    assert _urgency(again) is Urgency.NOW


@pytest.mark.parametrize("watched, had", [
    ("युट्युबमा गर्भवतीलाई छारे रोग आउँछ भन्ने भिडियो हेरेँ, डर लाग्यो। किन हुन्छ?",
     "युट्युबमा छारे रोगको भिडियो हेरेँ, डर लाग्यो, आज मलाई पनि काम्ने भयो, जिब्रो टोकियो"),
    ("youtube ma chhare rog ko video hereko, dar lagyo, kina huncha?",
     "aaja srimati lai chhare rog aayo, dar lagyo, ke garne?"),
])
def test_the_fear_she_felt_is_no_sign_reported(watched, had):
    assert _urgency(watched, "pregnant") is not Urgency.NOW
    assert _urgency(had, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("text", [
    "8 mahina, tala bata ragat aayo, dar lagyo",
    "तलबाट रगत बग्यो, डर लाग्यो, ७ महिना",
])
def test_a_sign_told_beside_her_fear_is_still_go_now(text):
    assert _urgency(text, "pregnant") is Urgency.NOW


@pytest.mark.parametrize("spotting, urgent", [
    ("६ हप्ताकी छु, आज अलिकति रगतको दाग देखियो, जाँच गराउनुपर्छ?",
     "८ महिना, आज थोरै रगतको दाग देखियो, जाँच गराउनुपर्छ?"),
    ("श्रीमानसँग सम्पर्कपछि थोरै रगतको दाग देखियो, ८ हप्ता, बच्चालाई केही हुन्छ कि?",
     "श्रीमानसँग सम्पर्कपछि थोरै रगत आयो, ८ हप्ता, पेट धेरै दुख्छ"),
    ("7 hapta, aaja ali ali ragat ko daag dekhiyo, janch garaunu parcha?",
     "7 hapta, aaja ragat bagiracha, pad bhijyo, janch garaunu parcha?"),
])
def test_light_spotting_early_asked_when_to_be_checked_is_see_soon(spotting, urgent):
    assert _urgency(spotting, "pregnant") is Urgency.SOON
    assert _urgency(urgent, "pregnant") is Urgency.NOW
