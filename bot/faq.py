"""FAQ knowledge base: load the answers and match a free-text question to a topic.

People ask the same question in English, Hindi or Nepali, in Devanagari or romanised, with typos
("roj kitna paani pina chahiye", "आइरन चक्की कहिले खाने"). Every word is therefore reduced to one latin
*key*: Devanagari is transliterated, and the spelling variants of romanisation (aa/a, ee/i, oo/u, w/v/b,
sh/s, ph/f, aspirated h, doubled letters, a written word-final a ("garbha"/गर्भ), case endings such as
-ma/-ko/-lai/-pachhi) collapse to the same key.
Two rankings are blended. A linear classifier (bot/topic_model.py) learnt from many written paraphrases
(content/faq/training.yaml) reads phrasings nobody listed, and knows the questions near our domain that we must
not answer. Keyword look-up keeps exact hits sure: each topic is one document made of its keywords in all
languages, ranked with BM25, and a word that is not in the vocabulary is replaced by its closest vocabulary word
(rapidfuzz) when it is close enough, which absorbs typos. The blended confidence of the best topic is compared
with THRESHOLD: below it the question is out of scope.

Content lives in content/faq/: topics.yaml (ids, groups, titles, keywords, sources) and one answer file
per language. Everything is loaded and indexed once per process.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

import yaml
from rapidfuzz import fuzz, process

from bot import languages, topic_model, vocab
from bot.dates import find_duration
from bot.normalize import words

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content" / "faq"
MENU_EXCLUDED_KINDS = frozenset({"safety"})

# Confidence below which a question is treated as out of scope. These four numbers were chosen on
# cross-validated paraphrases of content/faq/training.yaml (python -m bot.train_topics --check gives the
# estimate) and checked on tests/eval/topics_tune.yaml, never on the held-out set.
THRESHOLD = 0.2
# Share of the classifier (bot/topic_model.py) in the blended confidence; the rest is the keyword ranking's.
CLASSIFIER_WEIGHT = 0.6
# A question the classifier finds out of scope with more than this probability is refused... (0.15 since the
# paraphrases doubled: on the tune set, topics 90.0/95.3/90.8% and refusals 97.8/97.1/97.4% en/hi/ne, where 0.2 gives
# topics 90.7/95.3/91.0% and refusals 97.3/94.8/97.0%)
OUT_OF_SCOPE_LIMIT = 0.15
# ...unless its best topic is at least this sure ("can you tell the gender of my baby" is not near-domain).
SURE = 0.4
# BM25 parameters. b is low because a topic's length reflects how many ways people ask about it,
# not how diluted it is.
K1 = 1.2
B = 0.3
# A word this close (rapidfuzz ratio, 0-100) to a vocabulary word is read as that word; short words
# need to be closer, since one letter changes them more (paisa/jaisa).
FUZZY_CUTOFF = 82
FUZZY_SHORT_CUTOFF = 88
FUZZY_SHORT_LENGTH = 5
FUZZY_MIN_LENGTH = 5
# Confidence = coverage of the question's words, damped when the absolute score is small.
SCORE_SCALE = 8.0
# Weight in the coverage denominator of a word the knowledge base does not know at all.
UNKNOWN_WEIGHT = 1.5
# Weight of a matched pair of adjacent words, relative to a single word.
BIGRAM_WEIGHT = 0.5


@dataclass(frozen=True)
class Answer:
    topic: str  # topic id
    text: str  # the answer in the requested language
    source: str
    score: float  # 0..1 confidence


@dataclass(frozen=True)
class Topic:
    id: str
    group: str
    title: str  # in the requested language, for menus (<= 24 characters)


# ----------------------------------------------------------------------------- keys

_CONSONANTS = dict(zip(
    "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
    "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h".split(),
))
_VOWELS = dict(zip("अआइईउऊएऐओऔऋ", "a aa i ii u uu e ai o au ri".split()))
_MATRAS = dict(zip("ािीुूेैोौृॅॉ", "aa i ii u uu e ai o au ri e o".split()))
_NUKTA_FORMS = {"d": "r", "dh": "rh", "ph": "f", "j": "z", "k": "k", "kh": "kh", "g": "g"}
_VIRAMA, _NUKTA, _ANUSVARA, _CHANDRABINDU, _VISARGA = "्", "़", "ं", "ँ", "ः"

# Applied in order to a latin word; each folds one family of romanisation variants together.
_VARIANTS = (
    (re.compile(r"x"), "ch"),  # Nepali "parxa" = "parchha"
    (re.compile(r"ph"), "f"),
    (re.compile(r"sh"), "s"),
    (re.compile(r"[wv]"), "b"),  # vyayam/byayam, wajan/vajan
    (re.compile(r"z"), "j"),
    (re.compile(r"q"), "k"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"(\D)\1+"), r"\1"),  # doubled letters: aa/a, kk/k, ii/i, chh/ch (never digits)
    (re.compile(r"([kgcjtdb])h"), r"\1"),  # aspiration is written inconsistently
    (re.compile(r"(\D)\1+"), r"\1"),  # bachcha -> bacca -> baca
)
# Devanagari writes the postposition into the word (मेडिकलबाट, वर्षसम्म, चियासँग, लगाउनुपर्छ) and romanised SMS
# often does too ("khanuparxa"): -bat, -sam, -sag and the "must" of -nu parchha/parne are endings as well.
_SUFFIXES = ("parne", "parca", "parc", "paryo", "haru", "bata", "deki", "sama", "sanga", "sang", "paci", "bat", "sam", "sag",
             "lai", "ma", "ko", "le", "ka", "ki", "ke")
# Romanised Nepali and Hindi write the word-final vowel that Devanagari leaves unwritten and speech drops
# ("garbha"/गर्भ, "parchha"/पर्छ, "hudaina"/हुँदैन): a final a after a consonant is dropped from every key.
_FINAL_SCHWA = re.compile(r"(?<=.[^aeiou\d])a$")
_ENGLISH_ENDINGS = (("ing", 7), ("ed", 6), ("s", 5))  # (ending, minimum word length)

_STOPWORDS_RAW = """
a an the is are am was i im my me you your to of in on for at and or it its be do does did can could
should will would what whats how when which who whom why this that these those with from about
there have has had get got please pls plz tell know ok okay hi hello sir madam dear
ka ki ke ko se me mein main mai hai hain ho hu hun tha thi the kya kyaa kaise kaisa kaun koi kuch
mera meri mere aap ap tum hum ham ye yeh wo vo bhi to par pe aur ya ji na sakte sakti chahiye
ma lai le k ke ki kei ra ni ho hola cha chha chhan xa ta nai po hai tapai tapain mero hamro yo tyo
bhane garne garnu garna parcha parchha parxa hunchha huncha hunxa huna hunu garchan
kare karen karein karna karu karte karti karta hota hoti hote hoga karana karvana karaye garaune garaunu
dena dene deni lena leni lene milcha milchha milta milti lagta lagti
good bad safe fine normal harmful harm nuksan nuksaan accha acha achha ramro thik theek sahi
hona hone hota hunu huna hune go need needed kasari thaha paune pata malum bataiye batau bataunus find
thanks thank thanku shukriya dhanyabad dhanyavad dhanyawad haan han hajur
bhayo vayo bhayeko vayeko bhaeko bhaye bhae bhaer bhayera vayera bhain chhu xu chhau chhin chhe chhau
malai hami hamilai usle unle unlai usko unko lagchha lagxa lagcha lagyo lagera huda hudai bhayepachhi
bhanchhan bhanxan bhanchhin bhanxin bhanchha bhanxa bhanthe bhanera vanera bhanya vanya bhanyo bhannuhunchha
re ni kehi sabai sabailai yestai testai tyastai yasto tyasto tyahi yahi aba ekdam ahile thiyo thiyena thye
garchha garxa garchhu garxu garchhan garxan garera sakchhu sakxu sakchha sakxa hunuhunchha hunuhunxa hos
"""
_STOPWORDS_DEVA = ("का की के को से में है हैं हो क्या मैं मेरा मेरी आप यह वह भी और या मा लाई ले कि के छ हो म मेरो यो त्यो धन्यवाद "
                  "शुक्रिया हजुर हाँ भयो भएको भए भएर भई भइन् छु छौं छिन् छन् मलाई हामी उनलाई लाग्छ लाग्यो हुँदा भन्छन् भन्छिन् "
                  "भन्थे भनेर भन्नुहुन्छ रे नि केही सबै यस्तै त्यस्तै त्यही यही अब अहिले थियो गर्छ गर्छु गर्छन् सक्छु हुनुहुन्छ")


@functools.lru_cache(maxsize=8192)  # a question's words are keyed twice, once per ranking
def key(word: str) -> str:
    """The matching key of one folded word: latin, variant-free, without case endings."""
    latin = _romanise(word) if _has_devanagari(word) else word
    for pattern, replacement in _VARIANTS:
        latin = pattern.sub(replacement, latin)
    return _strip_ending(latin)


def keys(text: str) -> list[str]:
    """The content keys of a text, in order, without stop words."""
    found = (key(word) for word in words(text))
    return [k for k in found if k and k not in _stopwords()]


def all_keys(text: str) -> list[str]:
    """The keys of every word of a text, stop words included (they tell "how many" from "when")."""
    return [k for k in (key(word) for word in words(text)) if k]


def _has_devanagari(word: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in word)


def _romanise(word: str) -> str:
    """Transliterate Devanagari to latin, dropping the word-final inherent vowel as speech does."""
    out: list[str] = []
    pending = False  # a consonant whose inherent vowel is not yet decided
    for position, ch in enumerate(word):
        if ch in _CONSONANTS:
            out.append("a" if pending else "")
            out.append(_CONSONANTS[ch])
            pending = True
        elif ch == _NUKTA and out:
            out[-1] = _NUKTA_FORMS.get(out[-1], out[-1])
        elif ch in _MATRAS or ch == _VIRAMA:
            out.append(_MATRAS.get(ch, ""))
            pending = False
        else:
            out.append(("a" if pending else "") + _other_sign(ch, is_last=position == len(word) - 1))
            pending = False
    return "".join(out)


def _other_sign(ch: str, is_last: bool) -> str:
    if ch in _VOWELS:
        return _VOWELS[ch]
    if ch == _ANUSVARA:
        return "" if is_last else "n"  # "में" is written "me", "संख्या" "sankhya"
    if ch in (_CHANDRABINDU, _VISARGA):
        return ""
    return ch


def _strip_ending(latin: str) -> str:
    """Drop a case ending (-ma, -ko, -lai...), then an English ending (-s, -ing, -ed; babies -> baby)."""
    latin = next((latin[: -len(s)] for s in _SUFFIXES if latin.endswith(s) and len(latin) - len(s) >= 4), latin)
    latin = latin[:-3] + "y" if latin.endswith("ies") and len(latin) >= 5 else next(
        (latin[: -len(e)] for e, size in _ENGLISH_ENDINGS if latin.endswith(e) and len(latin) >= size), latin)
    return _FINAL_SCHWA.sub("", latin)


@functools.cache
def _stopwords() -> frozenset[str]:
    raw = _STOPWORDS_RAW.split() + _STOPWORDS_DEVA.split()
    return frozenset(key(word) for word in raw)


# ----------------------------------------------------------------------------- content


@dataclass(frozen=True)
class _Content:
    topics: tuple[Mapping, ...]  # topics.yaml entries, in menu order
    groups: Mapping[str, Mapping[str, str]]  # group id -> locale -> title
    answers: Mapping[str, Mapping[str, Mapping[str, str]]]  # locale -> topic id -> {text, source}


@functools.cache
def _content() -> _Content:
    index = _read_yaml("topics.yaml")
    answers = {locale: MappingProxyType(_read_yaml(f"{locale}.yaml")) for locale in languages.codes()
               if (CONTENT_DIR / f"{locale}.yaml").exists()}
    return _Content(tuple(index["topics"]), MappingProxyType(index["groups"]), MappingProxyType(answers))


def _read_yaml(name: str) -> dict:
    with open(CONTENT_DIR / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _locale(locale: str) -> str:
    """Accept "ne", "ne-NP" or "hi_IN"; a language without answers yet gets its fallback's (languages.yaml);
    refuse a language Aamcare does not speak."""
    base = (locale or "").replace("_", "-").split("-")[0].lower()
    if base not in languages.codes():
        raise ValueError(f"unsupported locale: {locale!r}")
    return next(code for code in languages.chain(base) if code in _content().answers)


# ----------------------------------------------------------------------------- index


@dataclass(frozen=True)
class _Index:
    topic_ids: tuple[str, ...]
    term_freqs: tuple[Mapping[str, int], ...]  # per topic: term -> count
    lengths: tuple[int, ...]
    average_length: float
    idf: Mapping[str, float]
    vocabulary: tuple[str, ...]  # unigram keys, for fuzzy look-up
    postings: Mapping[str, tuple[int, ...]]  # term -> the topics whose document holds it


@functools.cache
def _index() -> _Index:
    content = _content()
    docs = [_document(topic) for topic in content.topics]
    doc_freq = Counter(term for doc in docs for term in doc)
    count = len(docs)
    idf = {term: math.log(1 + (count - n + 0.5) / (n + 0.5)) for term, n in doc_freq.items()}
    # A pair is only as telling as its commoner word; rare generic pairs must not outweigh a rare word.
    idf.update({term: min(idf[part] for part in term.split("_")) for term in idf if "_" in term})
    return _Index(
        topic_ids=tuple(topic["id"] for topic in content.topics),
        term_freqs=tuple(MappingProxyType(doc) for doc in docs),
        lengths=tuple(sum(doc.values()) for doc in docs),
        average_length=sum(sum(doc.values()) for doc in docs) / count,
        idf=MappingProxyType(idf),
        vocabulary=tuple(sorted(term for term in idf if "_" not in term)),
        postings=MappingProxyType({term: tuple(i for i, doc in enumerate(docs) if term in doc) for term in idf}),
    )


def _document(topic: Mapping) -> Counter:
    """A topic's bag of terms: the keys and adjacent-key pairs of its keywords and titles."""
    phrases = [phrase for group in topic["keywords"].values() for phrase in group]
    phrases += list(topic["title"].values())
    bag: Counter = Counter()
    for phrase in phrases:
        bag.update(_terms(keys(str(phrase))))
    return bag


def _terms(found: list[str]) -> list[str]:
    """Unigrams plus bigrams, so that "first hour" outranks "first" and "hour" apart."""
    return found + [f"{a}_{b}" for a, b in zip(found, found[1:])]


# ----------------------------------------------------------------------------- ranking


def ranked(text: str, limit: int = 3) -> list[tuple[str, float]]:
    """Topic ids with their 0..1 confidence, best first."""
    return sorted(_judge(text)[0].items(), key=lambda item: item[1], reverse=True)[:limit]


def _judge(text: str) -> tuple[dict[str, float], float]:
    """(topic id -> blended confidence, probability that the question is out of scope)."""
    found = all_keys(text)
    if all(k.isdigit() for k in keys(text)):  # "ok", "1", "yes please": nothing to look up
        return {}, 1.0
    probabilities = topic_model.model().probabilities_of(found)
    return blend(probabilities, dict(_lexical(text, limit=len(_index().topic_ids))))


def blend(probabilities: Mapping[str, float], lexical: Mapping[str, float]) -> tuple[dict[str, float], float]:
    """The classifier reads unlisted phrasings and knows what we must not answer; the keyword ranking keeps exact
    hits sure. Returns (topic id -> blended confidence, probability of out of scope)."""
    classifier, keywords = CLASSIFIER_WEIGHT, 1 - CLASSIFIER_WEIGHT
    blended = {topic: round(classifier * probabilities[topic] + keywords * lexical.get(topic, 0.0), 4)
               for topic in _index().topic_ids}
    return blended, probabilities[topic_model.OUT_OF_SCOPE]


def verdict(blended: Mapping[str, float], out_of_scope: float) -> str | None:
    """The topic to answer with, or None when the question is out of scope."""
    if not blended:
        return None
    topic = max(blended, key=blended.get)
    confidence = blended[topic]
    if confidence < THRESHOLD or (out_of_scope > OUT_OF_SCOPE_LIMIT and confidence < SURE):
        return None
    return topic


def _lexical(text: str, limit: int) -> list[tuple[str, float]]:
    """Topic ids with their keyword (BM25) confidence, best first."""
    index = _index()
    query = _resolve(keys(text), index)
    if not query:
        return []
    weights = dict(query)
    # Only a topic that holds one of the question's terms can score above 0: the others are not scored at all.
    candidates = sorted({i for term in weights for i in index.postings.get(term, ())})
    scores = [(_bm25(weights, i, index), i) for i in candidates]
    unigrams = {term: w for term, w in weights.items() if "_" not in term}
    total = sum(index.idf.get(term, UNKNOWN_WEIGHT) for term in unigrams)
    rated = [(_confidence(score, unigrams, total, i, index), score, i) for score, i in scores if score > 0]
    return [(index.topic_ids[i], confidence) for confidence, _, i in sorted(rated, reverse=True)[:limit]]


def _resolve(found: list[str], index: _Index) -> list[tuple[str, float]]:
    """Map each query key to a vocabulary term with a weight (1 exact, less when fuzzy, 0 unknown)."""
    resolved = [_nearest_term(k) for k in found]
    known = [term for term, weight in resolved if weight > 0]
    pairs = [(f"{a}_{b}", BIGRAM_WEIGHT) for a, b in zip(known, known[1:]) if f"{a}_{b}" in index.idf]
    return resolved + pairs


@functools.lru_cache(maxsize=8192)  # the typo search runs once per distinct word, not once per question
def _nearest_term(word: str) -> tuple[str, float]:
    return _nearest(word, _index())


def _nearest(word: str, index: _Index) -> tuple[str, float]:
    if word in index.idf or len(word) < FUZZY_MIN_LENGTH:
        return word, float(word in index.idf)
    cutoff = FUZZY_SHORT_CUTOFF if len(word) <= FUZZY_SHORT_LENGTH else FUZZY_CUTOFF
    hit = process.extractOne(word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
    return (hit[0], hit[1] / 100) if hit else (word, 0.0)


def _bm25(weights: Mapping[str, float], i: int, index: _Index) -> float:
    freqs, norm = index.term_freqs[i], K1 * (1 - B + B * index.lengths[i] / index.average_length)
    return sum(
        weight * index.idf[term] * freqs[term] * (K1 + 1) / (freqs[term] + norm)
        for term, weight in weights.items()
        if term in freqs
    )


def _confidence(score: float, unigrams: Mapping[str, float], total: float, i: int, index: _Index) -> float:
    """How much of the question (its single terms, weighing `total`) the topic explains, damped when the evidence
    is thin."""
    covered = sum(w * index.idf[term] for term, w in unigrams.items() if term in index.term_freqs[i])
    coverage = covered / total if total else 0.0
    return round(coverage * (1 - math.exp(-score / SCORE_SCALE)), 4)


# ----------------------------------------------------------------------------- public answers


def match(text: str, locale: str) -> Answer | None:
    """The best answer in `locale` to a question in any language, or None when out of scope."""
    locale = _locale(locale)
    blended, out_of_scope = _judge(text)
    topic = verdict(blended, out_of_scope)
    return None if topic is None else _answer(_at_her_weeks(topic, text), locale, blended[topic])


def _at_her_weeks(topic: str, text: str) -> str:
    """A question about a stage of pregnancy that says how far along she is ("8 months pregnant, what changes in my
    body now?") is about the stage of those weeks (`pregnancy_weeks` in topics.yaml), whichever stage's words the
    rankings liked best: they read "8 months" as words, not as a number of weeks. "The last 3 months" is a stage
    named, not her weeks (content/vocab.yaml: stage_span); a stage named by its place ("the first trimester") is that
    stage."""
    stages = {t["id"]: t["pregnancy_weeks"] for t in _content().topics if "pregnancy_weeks" in t}
    if topic not in stages:
        return topic
    named = [stage for stage in stages if vocab.mentions(stage, text)]
    if len(named) == 1:
        return named[0]  # "what precautions in the first trimester": the stage she names (content/vocab.yaml)
    said = find_duration(text) if not vocab.mentions("stage_span", text) else None
    if said is None:
        return topic
    weeks = said.days // 7
    return next((stage for stage, (first, last) in stages.items() if first <= weeks <= last), topic)


def answer(topic: str, locale: str) -> Answer:
    """A topic's answer, for example one chosen from the menu."""
    return _answer(topic, _locale(locale), 1.0)


def _answer(topic: str, locale: str, score: float) -> Answer:
    entry = _content().answers[locale][topic]
    return Answer(topic=topic, text=entry["text"], source=entry["source"], score=score)


def topics(locale: str, group: str | None = None) -> list[Topic]:
    """Menu topics with titles in `locale`, optionally only one group's."""
    locale = _locale(locale)
    return [
        Topic(id=t["id"], group=t["group"], title=t["title"][locale])
        for t in _content().topics
        if _in_menu(t) and (group is None or t["group"] == group)
    ]


def groups(locale: str) -> list[tuple[str, str]]:
    """(group id, localized title) of every group that has menu topics, in menu order."""
    locale = _locale(locale)
    used = dict.fromkeys(t["group"] for t in _content().topics if _in_menu(t))
    return [(group, _content().groups[group][locale]) for group in used]


def _in_menu(topic: Mapping) -> bool:
    return topic.get("kind", "info") not in MENU_EXCLUDED_KINDS
