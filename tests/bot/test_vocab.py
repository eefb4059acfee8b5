"""Short answers in any language or script, because people mix them."""
import pytest

from bot import vocab


@pytest.mark.parametrize("text", ["yes", "Yes!", "haan", "हाँ", "हो", "ho", "hajur", "ok", "जी"])
def test_yes(text):
    assert vocab.means("yes", text)


@pytest.mark.parametrize("text", ["no", "NO", "nahi", "होइन", "नहीं", "hoina"])
def test_no(text):
    assert vocab.means("no", text)


@pytest.mark.parametrize("text", ["skip", "SKIP", "छोड्नुहोस्", "छोड़ें", "pata nahi"])
def test_skip(text):
    assert vocab.means("skip", text)


@pytest.mark.parametrize("text", ["STOP", "band karo", "बन्द", "बंद करो", "unsubscribe"])
def test_opt_out_words(text):
    assert vocab.means("opt_out", text)


def test_opt_out_needs_the_whole_message_not_a_mention():
    assert not vocab.means("opt_out", "please don't stop the messages")


@pytest.mark.parametrize("text, number", [("1", 1), ("1.", 1), ("१", 1), (" 2 ", 2), ("option 3", 3), ("3)", 3)])
def test_menu_numbers(text, number):
    assert vocab.number(text) == number


def test_not_a_menu_number():
    assert vocab.number("12/03/2026") is None and vocab.number("hello") is None


def test_every_word_in_the_vocabulary_is_text_not_a_yaml_boolean():
    import yaml

    raw = yaml.safe_load(vocab.VOCAB.read_text(encoding="utf-8"))
    assert all(isinstance(kind, str) for kind in raw)
    assert all(isinstance(word, str) for words in raw.values() for word in words)


@pytest.mark.parametrize("kind, text", [("pregnant", "I am expecting, week 20"), ("pregnant", "Garbhavati!"),
                                        ("week_question", "hello, what week am I in?"),
                                        ("what_to_do", "ab kya karun bataiye")])
def test_a_word_or_phrase_of_the_list_anywhere_in_the_message_is_a_mention(kind, text):
    assert vocab.mentions(kind, text)


@pytest.mark.parametrize("kind, text", [("pregnant", "unexpected visitor"), ("week_question", "what weekend"),
                                        ("what_to_do", "kasariko")])
def test_a_word_inside_another_word_is_not_a_mention(kind, text):
    assert not vocab.mentions(kind, text)
