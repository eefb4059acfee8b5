"""The FAQ knowledge base is complete in every language, and questions find their topic in any script."""
import re

import pytest
import yaml

from bot import faq, languages, topic_model, train_topics

LOCALES = languages.codes()
SOURCE_KEY = re.compile(r"\[S\d+[a-z]?\]|§\d|policy|Act|Code")


def topic_ids() -> list[str]:
    with open(faq.CONTENT_DIR / "topics.yaml", encoding="utf-8") as handle:
        return [topic["id"] for topic in yaml.safe_load(handle)["topics"]]


def test_the_knowledge_base_has_at_least_sixty_information_topics():
    assert len(faq.topics("en")) >= 60


@pytest.mark.parametrize("locale", LOCALES)
def test_every_topic_has_an_answer_with_a_source_in_every_language(locale):
    for topic in topic_ids():
        found = faq.answer(topic, locale)
        assert found.text.strip(), topic
        assert SOURCE_KEY.search(found.source), (topic, found.source)


def test_every_language_cites_the_same_source_as_the_topic_index():
    with open(faq.CONTENT_DIR / "topics.yaml", encoding="utf-8") as handle:
        expected = {t["id"]: t["source"] for t in yaml.safe_load(handle)["topics"]}
    for locale in LOCALES:
        assert {t: faq.answer(t, locale).source for t in expected} == expected


@pytest.mark.parametrize("locale, limit", [("en", 300), ("hi", 200), ("ne", 200)])
def test_answers_fit_their_sms_length(locale, limit):
    too_long = [t for t in topic_ids() if len(faq.answer(t, locale).text) > limit]
    assert too_long == []


def test_hindi_and_nepali_answers_are_written_in_devanagari():
    for locale in ("hi", "ne"):
        for topic in topic_ids():
            text = faq.answer(topic, locale).text
            assert sum("\u0900" <= ch <= "\u097f" for ch in text) > len(text) / 3, (locale, topic)


def test_nepali_answers_are_not_hindi():
    hindi_only = re.compile(r"\b(?:में|हैं|खाएं|करें|चाहिए)(?=\s|[,।]|$)")
    offenders = [t for t in topic_ids() if hindi_only.search(faq.answer(t, "ne").text)]
    assert offenders == []


@pytest.mark.parametrize("locale", LOCALES)
def test_menu_titles_are_localized_and_short(locale):
    titles = [topic.title for topic in faq.topics(locale)]
    assert titles and all(0 < len(title) <= 24 for title in titles)
    assert len({group for group, _ in faq.groups(locale)}) >= 9


def test_menu_lists_a_groups_topics_and_leaves_out_safety_entries():
    nutrition = faq.topics("ne", "nutrition")
    assert nutrition and {t.group for t in nutrition} == {"nutrition"}
    menu_ids = {t.id for t in faq.topics("en")}
    assert not menu_ids & {"assistant_identity", "fetal_sex", "medication_other"}
    assert "safety" not in dict(faq.groups("en"))


def test_groups_have_localized_titles():
    assert dict(faq.groups("hi"))["vaccines"] == "टीके"
    assert dict(faq.groups("ne"))["vaccines"] == "खोप"


@pytest.mark.parametrize(
    "text, topic",
    [
        ("how many checkups do i need", "anc_how_many"),
        ("when to start solid foods for my baby", "complementary_start"),
        ("iron tablet kab se khana hai", "iron_when"),
        ("कितनी बार जांच करानी है", "anc_how_many"),
        ("baccha ko khop kahile lagaune", "baby_vaccine_schedule"),
        ("बच्चाको खोप कहिले लगाउने", "baby_vaccine_schedule"),
        ("colostrum dena chahiye?", "colostrum"),
        ("brestfeeding in the frist hour", "breastfeeding_first_hour"),
        ("calcuim tablet with iron", "calcium"),
        ("ladka hoga ya ladki batao", "fetal_sex"),
        ("chhora ki chhori", "fetal_sex"),
        ("are you a bot or a human", "assistant_identity"),
    ],
)
def test_questions_in_any_language_and_script_find_their_topic(text, topic):
    assert faq.ranked(text, 1)[0][0] == topic
    assert faq.match(text, "en").topic == topic


@pytest.mark.parametrize("text, stage", [
    ("I'm 9 weeks along, anything special to watch in these weeks?", "first_trimester"),
    ("7 months pregnant now, what is happening with me and the baby", "third_trimester"),
    ("22 hafte ho gaye, is mahine kya dhyan rakhna hai", "second_trimester"),
    ("what should i know about the last 3 months of pregnancy", "third_trimester"),
])
def test_a_question_about_her_stage_of_pregnancy_is_answered_for_the_weeks_she_gives(text, stage):
    assert faq.match(text, "en").topic == stage


def test_the_answer_comes_in_the_users_language_whatever_the_question_language():
    found = faq.match("when to start solid food", "ne")
    assert found.topic == "complementary_start"
    assert found.text == faq.answer("complementary_start", "ne").text
    assert 0 < found.score <= 1


@pytest.mark.parametrize("text", ["", "   ", "asdf qwer zxcv", "what's the cricket score", "recharge kaise kare", "🙂🙂"])
def test_nonsense_and_out_of_scope_get_no_answer(text):
    assert faq.match(text, "en") is None


def test_romanisation_variants_share_one_key():
    assert faq.key("paani") == faq.key("pani")
    assert faq.key("doodh") == faq.key("dudh")
    assert faq.key("bachcha") == faq.key("bachha") == faq.key("baccha")
    assert faq.key("vyayam") == faq.key("byayam")
    assert faq.key("garbhawastha") == faq.key("गर्भावस्था")


def test_the_final_vowel_romanisation_writes_and_devanagari_leaves_unwritten_does_not_split_a_word():
    assert faq.key("garbha") == faq.key("गर्भ") == faq.key("garbhama") == faq.key("गर्भमा")
    assert faq.key("parchha") == faq.key("parxa") == faq.key("पर्छ")
    assert faq.key("hudaina") == faq.key("हुँदैन")
    assert faq.key("barsapachhi") == faq.key("वर्षपछि") == faq.key("barsa")
    assert faq.key("babies") == faq.key("baby")
    assert faq.key("a") == "a" and faq.key("102") == "102"


def test_ranked_is_best_first_and_limited():
    scores = faq.ranked("iron tablet", limit=3)
    assert len(scores) == 3
    assert [s for _, s in scores] == sorted((s for _, s in scores), reverse=True)


def test_an_unknown_locale_is_refused_and_a_region_is_ignored():
    assert faq.answer("colostrum", "ne-NP").text == faq.answer("colostrum", "ne").text
    with pytest.raises(ValueError):
        faq.answer("colostrum", "fr")



@pytest.mark.parametrize(
    "text, topic",
    [
        ("falam chaki kaile dekhi khane ho", "iron_when"),
        ("pregnensy me roj kitna pani pina chaiye", "drinking_water"),
        ("गर्भ में पपीता खाना ठीक है?", "food_beliefs"),
        ("bachhako nabhi ma tel lagaune ki nai", "cord_care"),
        ("wat to pack in bag for hospital delivery", "birth_plan"),
        ("मलाई राति निद्रा नै लाग्दैन", "sleep"),
    ],
)
def test_misspelt_and_unlisted_phrasings_reach_their_topic(text, topic):
    assert faq.match(text, "en").topic == topic


@pytest.mark.parametrize(
    "text",
    [
        "can i have sex with my husband in pregnancy",
        "kal mausam kaisa rahega",
        "PCOD ka ilaj kya hai",
        "bus ma lamo yatra garna milchha garbhavati le",
        "when will my 1 year old start walking",
    ],
)
def test_near_domain_questions_the_knowledge_base_does_not_cover_are_refused(text):
    assert faq.match(text, "en") is None


def test_asking_for_someone_elses_medicine_gets_the_medicine_answer_not_a_refusal():
    assert faq.match("sasu lai pressure ko aushadhi kun dine", "ne").topic == "medication_other"


def test_the_classifier_knows_every_topic_and_the_questions_it_must_refuse():
    labels = set(topic_model.model().labels)
    assert labels == set(topic_ids()) | {topic_model.OUT_OF_SCOPE}


def test_the_committed_classifier_was_learnt_from_the_current_paraphrases_and_keywords():
    # After editing content/faq/training.yaml or topics.yaml, run `python -m bot.train_topics` and commit its output.
    assert topic_model.learnt_from(topic_model.MODEL_PATH) == train_topics.digest()


def test_a_sure_topic_is_answered_even_when_the_question_also_looks_out_of_scope():
    blended = {"fetal_sex": 0.6, "due_date": 0.05}
    assert faq.verdict(blended, out_of_scope=0.5) == "fetal_sex"
    assert faq.verdict({"fetal_sex": 0.3, "due_date": 0.05}, out_of_scope=0.5) is None
    assert faq.verdict({"fetal_sex": 0.3, "due_date": 0.05}, out_of_scope=0.1) == "fetal_sex"


@pytest.mark.parametrize("text", ["ok", "OK thanks", "1", "haan ji", "धन्यवाद"])
def test_acknowledgements_and_bare_numbers_are_not_questions(text):
    assert faq.match(text, "en") is None


@pytest.mark.parametrize("text", ["iron tablet kati khane", "आयरन की गोली कब लें", "can I eat papaya papaya",
                                  "zzqx unheard-of wordz", "khop khop kahile"])
def test_scoring_word_by_word_gives_the_classifiers_own_probabilities(text):
    model, keys = topic_model.model(), faq.all_keys(text)
    by_words, by_features = model.probabilities_of(keys), model.probabilities(topic_model.features(keys))
    assert by_words.keys() == by_features.keys()
    assert all(abs(by_words[label] - by_features[label]) < 1e-9 for label in by_features)


@pytest.mark.parametrize("text, stage", [("wat precautions should be taken in first trimester", "first_trimester"),
                                         ("what to eat in the 3rd trimester", "third_trimester")])
def test_a_stage_named_by_its_place_is_that_stage(text, stage):
    found = faq.match(text, "en")
    assert found is not None and found.topic == stage
