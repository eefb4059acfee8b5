"""Her name read from her answer to "What is your name?"."""
import pytest

from bot.names import name_in


@pytest.mark.parametrize("answer, name", [
    ("Sita", "Sita"),
    ("my name is Sita Sharma", "Sita Sharma"),
    ("Name: Rita", "Rita"),
    ("I'm Gita", "Gita"),
    ("Sita here", "Sita"),
    ("My name is Sita, I am pregnant", "Sita"),
    ("main Asha hoon", "Asha"),
    ("mero naam Maya ho", "Maya"),
    ("मेरा नाम आशा है", "आशा"),
    ("मैं आशा हूँ", "आशा"),
    ("Baby Kumari", "Baby Kumari"),
])
def test_her_name_is_read_from_her_sentence(answer, name):
    assert name_in(answer) == name


@pytest.mark.parametrize("answer", ["123", "...", "😊"])
def test_an_answer_without_letters_is_no_name(answer):
    assert name_in(answer) is None


@pytest.mark.parametrize("answer", ["30 weeks", "12 March", "२ महिना", "baby is 2 months"])
def test_an_answer_with_a_number_is_no_name(answer):
    assert name_in(answer) is None
