"""Transcripts: the emergencies that were missed or softened, on SMS and WhatsApp, in English, Hindi and Nepali."""
import pytest
from sqlalchemy import select

from models import Alert, db
from tests.web.test_questions import registered

NP, IN = "+9779800000001", "+919800000002"
DEVANAGARI = range(0x0900, 0x0980)


def in_devanagari(text: str) -> bool:
    return sum(ord(ch) in DEVANAGARI for ch in text) > len(text) / 3


def alerts() -> list[str]:
    db.session.rollback()
    return db.session.scalars(select(Alert.sign).where(Alert.urgency == "now")).all()


GO_NOW = {"en": "NOW", "hi": "अभी", "ne": "अहिले"}


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
@pytest.mark.parametrize("number, text, sign, language", [
    (NP, "my baby is not breathing", "newborn_not_breathing", "en"),
    (IN, "baby ki saans nahi chal rahi", "newborn_not_breathing", "hi"),
    (NP, "nani le sas ferena", "newborn_not_breathing", "ne"),
    (NP, "baby le bich bich ma sas rokcha, 4 din ko", "newborn_not_breathing", "ne"),  # as much English as Nepali
    (NP, "no kicks since yesterday", "reduced_fetal_movement", "en"),
    (IN, "kal se bachha pet me hil nahi raha", "reduced_fetal_movement", "hi"),
    (NP, "hijo dekhi bachha chaleko chaina", "reduced_fetal_movement", "ne"),
    (NP, "my bp is 160/110", "high_blood_pressure", "en"),
    (IN, "mera bp 170/100 aaya", "high_blood_pressure", "hi"),
    (NP, "mero bp 165/112 cha", "high_blood_pressure", "ne"),
    (NP, "labour pains and I can see the head", "labour", "en"),
    (IN, "dard ho raha hai aur sir dikh raha hai", "labour", "hi"),
    (NP, "byatha lagyo, tauko dekhiyo", "labour", "ne"),
    (NP, "the baby came but the placenta has not come out", "retained_placenta", "en"),
    (IN, "bachha ho gaya par placenta nahi nikla", "retained_placenta", "hi"),
    (NP, "bachha bhayo tara sal niskeko chaina", "retained_placenta", "ne"),
    (NP, "my newborn has diarrhoea", "newborn_diarrhoea", "en"),
    (IN, "navjat ko dast lag gaye", "newborn_diarrhoea", "hi"),
    (NP, "nani lai pakhala lagyo", "newborn_diarrhoea", "ne"),
    (NP, "my waters broke", "waters_breaking", "en"),
    (IN, "paani gir gaya niche se", "waters_breaking", "hi"),
    (NP, "mero pani futyo", "waters_breaking", "ne"),
    # Maithili is answered in Hindi, the language it shares its words with
    (NP, "हमर पुतोहु के आठम मास चलि रहल अछि, आइ भोर सँ खून आबि रहल अछि", "bleeding", "hi"),
    (IN, "wife ka BP high hai doctor ne bola 160 se upar hai", "high_blood_pressure", "hi"),
    (NP, "I told her if bleeding comes go to hospital, now she is bleeding heavily", "bleeding", "en"),
    (NP, "nani 4 din ki bhain, bihana dekhi dudh chusdina", "newborn_not_feeding", "ne"),
    # "is" told, then the next verb's "not": the pain is there, standing up is not
    (IN, "बहू 7 महीने की है पेट में बहुत तेज दर्द है खड़ी नहीं हो पा रही", "severe_abdominal_pain", "hi"),
    (IN, "ghar pe sab theek chal raha tha, aaj subah se neeche se khoon aa raha hai, 8 mahina", "bleeding", "hi"),
    (NP, "33 hapta, 2 ghanta dekhi pet kasine ra chhodne garchha 5 minet ma ekchoti", "labour", "ne"),
    (NP, "my baby is 6 days and the navel is red, pus coming out, smells bad. also when do vaccines start?",
     "newborn_cord_infection", "en"),
])
def test_an_emergency_from_a_new_number_gets_go_now_in_the_language_she_wrote_in(phone, channel, number, text, sign,
                                                                                language):
    reply = phone(number, channel).send(text)
    assert GO_NOW[language] in reply
    assert in_devanagari(reply) == (language != "en"), reply
    assert alerts() == [sign]


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
@pytest.mark.parametrize("question", ["little bleeding, is it normal at 8 months?", "थोड़ा खून आया, 34 हफ्ते, नॉर्मल है?",
                                      "alikati ragat dekhiyo 36 hapta ma, samanya ho?",
                                      "bleeding at 34 weeks this morning, it has stopped",  # told as over
                                      "32 हफ्ते, कल खून आया था, अब बंद हो गया", "8 mahina ma ragat aayo, aba rokiyo"])
def test_bleeding_late_in_pregnancy_is_always_go_now(phone, channel, question):
    reply = phone(NP, channel).send(question)
    assert "soon" not in reply and any(word in reply for word in GO_NOW.values())
    assert alerts() == ["bleeding"]


def test_bleeding_late_in_her_registered_pregnancy_is_go_now_even_asked_lightly(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes", "Sita", "1", "30 weeks", "yes", "skip")
    assert "NOW" in sita.send("a little spotting, is it normal?")


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
@pytest.mark.parametrize("number, text, language", [
    (NP, "going to my maiti for the delivery next month. which hospital is nearest there in case of bleeding?", "en"),
    (IN, "wife 7 mahine ki hai, usko koi problem nahi, bas janna tha ki bleeding ho to kaha le jaye", "hi"),
    (NP, "८ महिना भयो, रगत बगेमा कुन अस्पताल जाने?", "ne"),
])
def test_bleeding_late_in_pregnancy_only_asked_about_ahead_gets_what_to_do_if_it_happens(phone, channel, number, text,
                                                                                         language):
    reply = phone(number, channel).send(text)
    assert AT_ONCE[language] in reply and GO_NOW[language] not in reply, reply
    assert alerts() == []


def test_bleeding_asked_about_ahead_by_a_mother_registered_late_gets_what_to_do_if_it_happens(phone):
    sita = phone()
    sita.conversation("hi", "1", "yes", "Sita", "1", "30 weeks", "yes", "skip")
    reply = sita.send("if bleeding starts, which hospital should we go to?")
    assert "at once" in reply and "NOW" not in reply
    assert "NOW" in sita.send("a little bleeding since morning")


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
@pytest.mark.parametrize("number, text", [
    (NP, "had fever last week, took medicine from health post, completely well now, 5 months"),  # over
    (IN, "बच्चा कम हिल रहा था तो कल अल्ट्रासाउंड कराया, डॉक्टर ने कहा सब नॉर्मल है"),  # checked and well
    (NP, "बड़े बेटे को बुखार है, क्या मैं छोटे को दूध पिला सकती हूँ?"),  # an older child's
    (NP, "My husband has high fever since last night, what tablet can he take? I'm 6 months pregnant and fine"),
])
def test_a_sign_that_is_over_or_someone_elses_gets_no_go_now_and_no_alert(phone, channel, number, text):
    reply = phone(number, channel).send(text)
    assert not any(word in reply for word in GO_NOW.values()), reply
    assert alerts() == []


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
@pytest.mark.parametrize("language, emergency, what_now", [("1", "I am bleeding heavily", "what should I do"),
                                                           ("2", "bahut khoon aa raha hai", "ab kya karu"),
                                                           ("3", "dherai ragat bagyo", "ke garne")])
def test_what_should_i_do_after_a_go_now_reply_repeats_the_action_and_the_number(phone, channel, language, emergency,
                                                                                  what_now):
    mother = registered(phone, language=language, channel=channel)
    first = mother.send(emergency)
    again = mother.send(what_now)
    assert again == first and "102" in again
    assert "Choose a topic" not in again and "Menu" not in again


def test_romanised_nepali_from_a_mother_who_chose_english_is_answered_in_nepali(phone):
    sita = registered(phone, language="1")
    assert in_devanagari(sita.send("pet ma dherai dukhyo ra ragat bagyo"))


def test_no_breastfeeding_on_the_way_for_a_baby_who_is_not_breathing_or_convulsing(phone):
    reply = phone().send("my baby is not breathing")
    assert "warm" in reply and "breastfeed" not in reply
    assert "breastfeed" not in phone("+9779800000005").send("my baby is having fits")
    assert "breastfeed" in phone("+9779800000006").send("my baby has a high fever")


def test_a_normal_blood_pressure_is_no_alarm(phone):
    sita = registered(phone)
    assert "NOW" not in sita.send("my bp is 110/70, is that ok?")
    assert alerts() == []



@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
@pytest.mark.parametrize("number, text, language", [
    (NP, "something is very wrong with her, please help", "en"),
    (IN, "uski halat bahut kharab hai, jaldi batao", "hi"),
    (NP, "usko halat ekdam kharab cha, chhito bhannus", "ne"),
])
def test_an_emergency_the_lexicon_cannot_name_gets_go_now_and_an_alert(phone, channel, monkeypatch, number, text,
                                                                        language):
    from bot import danger, danger_model

    monkeypatch.setattr(danger_model, "probability_now", lambda said: 0.99 if said == text else 0.0)
    assert danger._lexicon_detect(text, None) is None
    reply = phone(number, channel).send(text)
    assert GO_NOW[language] in reply and "pregnancy" not in reply and "baby" not in reply
    assert in_devanagari(reply) == (language != "en"), reply
    assert alerts() == [danger.OTHER]


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
def test_thoughts_of_dying_told_in_passing_get_the_self_harm_reply_and_an_alert(phone, channel):
    reply = phone(IN, channel).send("sometimes i think my family would be better if i just die, baby is 2 weeks")
    assert "not alone" in reply and "108" in reply, reply
    assert alerts() == ["self_harm"]


AT_ONCE = {"en": "at once", "hi": "तुरंत", "ne": "तुरुन्तै"}


@pytest.mark.parametrize("channel", ["sms", "whatsapp"])
@pytest.mark.parametrize("number, text, language", [
    (NP, "what should we do if our newborn gets a fit", "en"),
    (IN, "बच्चे को दौरे पड़ें तो क्या करना चाहिए?", "hi"),
    (NP, "garbhawati bela chhare rog aayo bhane k garne", "ne"),
    # a calm story of the sign, or a question about it in general, gets the same answer
    (NP, "my sister in law had fits in her pregnancy last year, now she is fine. which tests should i do?", "en"),
    (IN, "mere sasur ji kal garmi me behosh ho gaye the, ab bilkul theek hain. mujhe kya dhyan rakhna chahiye?", "hi"),
    (NP, "बहिनीको छोरालाई २ वर्षमा ज्वरोमा काम्ने भएको थियो, अहिले ठिक छ। मेरो बच्चालाई पनि हुन्छ कि?", "ne"),
    (IN, "agar BP 160/110 ho jaye to kya kare", "hi"),  # a reading asked about ahead, in romanised Hindi
    (NP, "Watched a serial where the wife has fits during labour. Does that really happen?", "en"),
    (NP, "my wife had fits in her first delivery 3 years back, now 7 months again, BP today 118/76, is that ok", "en"),
    # a dream, a serial's story: the sign told only inside them, whatever the classifier makes of its words
    (NP, "sapana ma chhora ko sas rokiyo, oth nilo bhayo, jhasanga uthe, chhora ta majjale sutirako thiyo", "ne"),
    (IN, "आज रात वाले सीरियल में दिखाया कि नवजात को दौरे पड़ रहे थे, आँखें ऊपर चढ़ गईं, देख के डर लगा। अपनी गुड़िया तो मस्त है", "hi"),
    (NP, "in the film a newborn was having fits and his eyes rolled up, i cried watching it. my son is fine, does this"
         " really happen?", "en"),
])
def test_a_what_if_or_a_calm_story_of_a_killer_sign_gets_what_to_do_if_it_happens_and_no_alert(phone, channel, number,
                                                                                                text, language):
    reply = phone(number, channel).send(text)
    assert AT_ONCE[language] in reply and "102" in reply, reply
    assert GO_NOW[language] not in reply, reply
    assert in_devanagari(reply) == (language != "en"), reply
    db.session.rollback()
    assert db.session.scalars(select(Alert)).all() == []


def test_a_number_that_opted_out_gets_nothing_for_a_what_if_but_still_go_now_for_an_emergency(phone):
    sita = phone(NP)
    sita.send("STOP")
    assert sita.send("what should we do if our newborn gets a fit") == ""
    assert "NOW" in sita.send("my baby is having a fit")
