"""What she wants, in her own words, in any state: `detect(text) -> intent id | None`.

The phrases live in content/intents.yaml and are tried in its order, so one message has one intent. An intent
found only through a phrase marked unsure ("enough", "band") comes back with `sure=False`: a flow that would act
on it (stop her messages) asks her once first. When no phrase matches, concepts standing anywhere in the message
are tried ("sewa" and "chahidaina" in any order and with anything between them): word order differs between
English, Hindi and Nepali, so the same wish is rarely the same phrase. When nothing matches at all, a classifier
learnt from written messages (bot/intent_model.py) may guess, and a guess is never sure: only the wishes a flow
answers harmlessly or asks about first are guessed (GUESSED); a loss, a birth, a new due date and a restart of her
messages change what she receives at once, and a reminder answered "done" is noted for her health worker: those are
only ever read from her own phrases.

Intent ids: opt_out, opt_in, delete_my_data, baby_born, loss, change_due_date, talk_to_health_worker, greeting,
thanks, domestic_violence, next_checkup, next_vaccine, reminder_done, reminder_later, change_language,
update_details.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import yaml

from bot import intent_model, vocab
from bot.phrases import Phrase, message_keys

VOCABULARY = Path(__file__).resolve().parent.parent / "content" / "intents.yaml"

# The intents a classifier may guess, and from what probability. Each batch written blind scored by a classifier
# learnt without it (`python -m bot.train_intents --check`): on the third (550 messages), where no phrase matched, a
# guess found 28 more wishes from 0.5 and got 5 wrong (another wish, or a message that wanted nothing); from 0.7, 20
# and 1; from 0.85, 10 and none; on the first two, whose phrases were tuned on them, 2 more from 0.85. From 0.7 it
# also guessed a greeting in "register", a health worker in "are you a real doctor?" and a stop in "please also send
# these messages to my sister"; 0.85 and two words keep those out.
GUESSED = frozenset({"opt_out", "delete_my_data", "talk_to_health_worker", "greeting", "thanks", "domestic_violence",
                     "next_checkup", "next_vaccine", "reminder_later", "change_language", "update_details"})
GUESS_AT = 0.85
GUESS_MIN_WORDS = 2  # "register" alone is no greeting: the classifier knows too little of one word
# A question that shares a wish's words ("3 meals a day is enough in pregnancy?", "8 mahina mai janmeko bachcha lai k
# bhanchhan") is no wish when the classifier is this sure it wants nothing; violence at home and a loss are never set
# aside. Of the 138 tune questions (tests/eval/topics_tune.yaml, not learnt from) that phrases took for a wish, it set
# aside 25 from 0.98, 46 from 0.95 and 66 from 0.9; of the third blind batch's 431 wishes, read by a classifier learnt
# without it, 1 from 0.95 (and 2 of violence, 1 of a loss) and 15 from 0.8, while 6 of its 119 messages wanting nothing
# stopped being read as a wish from 0.95.
SET_ASIDE_AT = 0.95
NEVER_SET_ASIDE = frozenset({"domestic_violence", "loss"})
# A guessed wish to stop must name what is to stop: "i dont want to live anymore" is no plea to stop the messages; a
# guessed violence must name home, fear, drink or a blow: "whatsapp not opening in my phone, pls help" is none.
GUESS_NEEDS = {"opt_out": ("MESSAGES",), "domestic_violence": ("UNSAFE_HOME",)}
# A wish of the timeline (her next checkup or vaccine, a reminder answered, a new due date) or one asked about first,
# in a question the knowledge base answers from this confidence with a topic the wish does not answer itself, gives
# way to the topic (content/intents.yaml: yield_to_topics). On the tune sets: from 0.6, 9 of the 70 topic questions
# taken for a wish are answered as questions and no wish of intents_tune.yaml is lost; from 0.4, 12 and 4 wishes lost
# ("which injection is next for my baby?" reads as family planning's injection).
TOPIC_AT = 0.6
# Violence at home told in any words outranks every other wish read in the same message ("if it is a girl again they
# will throw me out, and they beat me" is no birth to congratulate); a greeting or a thanks around a wish she is asked
# about first gives way to it ("Band kijiye ye service. Thank you": shall we stop the messages?). Not around a wish
# read from concepts acted on at once: "koi baat nahi, thank you" names a person and talking, and is a thanks.
# Not a loss: read first, "my friend's baby died, please stop these messages" would record a loss that is not hers
# and drop the stop; a loss beside a plea to stop ("baby ki dhadkan band ho gayi, ab msg mat bhejna") stops the
# messages, and a loss found not hers gives way to her other wish (flows/wishes.py).
OUTRANKS = frozenset({"domestic_violence"})
COURTESY = frozenset({"greeting", "thanks"})
# A wish whose `unless` speaks of its own sentence only: "Is this a human or a machine? I need to speak to a nurse"
# asks who answers, then asks for a person. Read again sentence by sentence when the whole message holds no wish.
SENTENCE_UNLESS = frozenset({"talk_to_health_worker"})
_SENTENCE = re.compile(r"(?<=[?!.।])\s+|\n+")


@dataclass(frozen=True)
class Intent:
    id: str
    sure: bool = True


@dataclass(frozen=True)
class _Rules:
    sure: tuple[Phrase, ...]
    unsure: tuple[Phrase, ...]
    only: frozenset[str]  # words that make the intent when the message holds nothing else but filler
    together: tuple[tuple[str, ...], ...] = ()  # concepts that make the intent when all stand in the message
    together_unsure: tuple[tuple[str, ...], ...] = ()
    unless: tuple[str, ...] = ()  # concepts that rule the intent out ("when will my baby be born" is no birth)


@dataclass(frozen=True)
class _Vocabulary:
    rules: dict[str, _Rules]
    filler: frozenset[str]
    concepts: dict[str, tuple[Phrase, ...]]
    yields: dict[str, tuple[str, ...]]  # wish -> the topics it answers itself (content/intents.yaml: yield_to_topics)


@cache
def _vocabulary() -> _Vocabulary:
    raw = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    concepts = {name: tuple(Phrase.parse(p) for p in words) for name, words in (raw.get("concepts") or {}).items()}
    rules = {name: _rules(entry) for name, entry in raw["intents"].items()}
    unknown = {c.lstrip("~") for rule in rules.values() for group in rule.together + rule.together_unsure + (rule.unless,)
               for c in group} - set(concepts)
    if unknown:
        raise ValueError(f"intents: unknown concepts {sorted(unknown)}")
    yields = {name: tuple(topics or ()) for name, topics in (raw.get("yield_to_topics") or {}).items()}
    return _Vocabulary(rules, frozenset(_keys(raw.get("filler") or ())), concepts, yields)


def _rules(entry: dict) -> _Rules:
    return _Rules(sure=tuple(Phrase.parse(p) for p in entry.get("phrases") or ()),
                  unsure=tuple(Phrase.parse(p) for p in entry.get("unsure") or ()),
                  only=frozenset(_keys(entry.get("only") or ())),
                  together=tuple(tuple(str(r).split()) for r in entry.get("together") or ()),
                  together_unsure=tuple(tuple(str(r).split()) for r in entry.get("together_unsure") or ()),
                  unless=tuple(entry.get("unless") or ()))


def _keys(words) -> list[str]:
    return [key for word in words for key in message_keys(str(word))]


def ids() -> list[str]:
    return list(_vocabulary().rules)


@lru_cache(maxsize=256)  # one turn asks about the same message more than once (erasure, then wishes)
def match(text: str, guess: bool = True, without: frozenset[str] = frozenset()) -> Intent | None:
    """The intent of the message and whether it is sure, or None. `guess`: the classifier may guess when no phrase
    matches, and may set a phrase aside when it is sure the message wants nothing (False: her phrases alone).
    `without`: wishes not to look for (a loss found not to be hers: what else does she want?)."""
    found = _phrased(text, without)
    if not guess:
        return found
    label, probability = intent_model.best(text)
    if found is None:
        guessed = (Intent(label, sure=False) if label not in without and may_guess(text, label, probability)
                   else None)
        return None if guessed is None or _topic_instead(text, guessed) else guessed
    if label == intent_model.NONE and probability >= SET_ASIDE_AT and found.id not in NEVER_SET_ASIDE:
        return None
    if _topic_instead(text, found):
        return None
    return found


def _topic_instead(text: str, found: Intent) -> bool:
    """A question the knowledge base answers with a topic this wish does not answer itself: "baby ko khop chhutyo aba
    k garne" wants the missed-vaccine answer, not her list of upcoming vaccines; "४ पटक जाँच गराए पुग्छ?" is no
    checkup done. A wish asked about first (unsure) gives way to any such topic; violence at home and a loss never."""
    vocabulary = _vocabulary()
    if found.id in NEVER_SET_ASIDE or (found.id not in vocabulary.yields and found.sure):
        return False
    keys = message_keys(text)
    if "?" not in text and not _any_concept(("ASKS",), keys, frozenset(keys), vocabulary) \
            and not vocab.begins("question_start", text):
        return False
    from bot import faq  # the knowledge base is only read for the few messages that hold a wish and a question

    answer = faq.match(text, "en")
    return answer is not None and answer.score >= TOPIC_AT and answer.topic not in serves(found.id)


def may_guess(text: str, label: str, probability: float, at: float = GUESS_AT) -> bool:
    """Whether the classifier's best label for the message, at this probability, is taken as a guess (`at`: the
    threshold, GUESS_AT but when the threshold itself is being chosen)."""
    return (label in GUESSED and probability >= at and len(message_keys(text)) >= GUESS_MIN_WORDS
            and _names(text, GUESS_NEEDS.get(label, ())) and not _ruled_out(text, label))


def _ruled_out(text: str, label: str) -> bool:
    """Whether a concept that rules the intent out stands in the message (its `unless`), for a guess as for a phrase."""
    vocabulary = _vocabulary()
    rule = vocabulary.rules.get(label)
    keys = message_keys(text)
    return bool(rule and rule.unless) and _any_concept(rule.unless, keys, frozenset(keys), vocabulary)


def _names(text: str, concepts: tuple[str, ...]) -> bool:
    """Whether every one of these concepts stands in the message."""
    keys = message_keys(text)
    return all(_any_concept((name,), keys, frozenset(keys), _vocabulary()) for name in concepts)


def _phrased(text: str, without: frozenset[str] = frozenset()) -> Intent | None:
    found = _phrased_whole(text, without)
    if found is None:
        sentences = [part for part in _SENTENCE.split(text) if part.strip()]
        for sentence in sentences if len(sentences) > 1 else ():
            found = _phrased_whole(sentence, without)
            if found is not None and found.id in SENTENCE_UNLESS:
                return found
        return None
    return found


def _phrased_whole(text: str, without: frozenset[str] = frozenset()) -> Intent | None:
    vocabulary = _vocabulary()
    keys = message_keys(text)
    if not keys:
        return None
    present = frozenset(keys)
    phrased = _first_phrase(keys, present, vocabulary, without)
    if phrased is not None and phrased.id in OUTRANKS:
        return phrased
    together = _together(keys, present, vocabulary, without)
    if together is not None and (together.id in OUTRANKS or (phrased is not None and phrased.id in COURTESY
                                                              and not together.sure)):
        return together
    return phrased or together


def _first_phrase(keys: list[str], present: frozenset[str], vocabulary: _Vocabulary,
                  without: frozenset[str] = frozenset()) -> Intent | None:
    for name, rule in vocabulary.rules.items():
        if name in without or (rule.unless and _any_concept(rule.unless, keys, present, vocabulary)):
            continue
        if any(phrase.found_in(keys, present) for phrase in rule.sure) or _only(keys, rule.only, vocabulary.filler):
            return Intent(name)
        if any(phrase.found_in(keys, present) for phrase in rule.unsure):
            return Intent(name, sure=False)
    return None


def _together(keys: list[str], present: frozenset[str], vocabulary: _Vocabulary,
              without: frozenset[str] = frozenset()) -> Intent | None:
    """The first intent whose concepts all stand somewhere in the message (and whose ~concepts do not)."""
    seen: dict[str, bool] = {}

    def found(concept: str) -> bool:
        if concept not in seen:
            seen[concept] = any(phrase.found_in(keys, present) for phrase in vocabulary.concepts[concept])
        return seen[concept]

    def holds(concept: str) -> bool:
        return not found(concept[1:]) if concept.startswith("~") else found(concept)

    for name, rule in vocabulary.rules.items():
        if name in without or (rule.unless and any(found(c) for c in rule.unless)):
            continue
        if any(all(holds(c) for c in group) for group in rule.together):
            return Intent(name)
        if any(all(holds(c) for c in group) for group in rule.together_unsure):
            return Intent(name, sure=False)
    return None


def _any_concept(names: tuple[str, ...], keys: list[str], present: frozenset[str], vocabulary: _Vocabulary) -> bool:
    return any(phrase.found_in(keys, present) for name in names for phrase in vocabulary.concepts[name])


def serves(intent: str) -> tuple[str, ...]:
    """The knowledge base's topics this wish answers itself (a question on another gives way to its topic)."""
    return _vocabulary().yields.get(intent, ())


def detect(text: str, guess: bool = True) -> str | None:
    """The intent id of the message, or None."""
    found = match(text, guess)
    return found.id if found else None


def _only(keys: list[str], words: frozenset[str], filler: frozenset[str]) -> bool:
    return bool(words) and any(k in words for k in keys) and all(k in words or k in filler for k in keys)
