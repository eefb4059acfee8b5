"""Matching what a mother writes to a facility: by code or name, typos tolerated, generic words ignored."""
import pytest

from services.facilities import match

KNOWN = {"PHC-A": "Dhulikhel Health Post", "PHC-B": "Banepa Health Post", "PHC-C": "Bharatpur Hospital"}


@pytest.mark.parametrize("answer, code", [
    ("phc-c", "PHC-C"), ("Dhulikhel Health Post", "PHC-A"), ("dhulikel helth post", "PHC-A"),
    ("Banepa HP", "PHC-B"), ("bharatpur hospitl", "PHC-C"), ("banepa", "PHC-B"),
])
def test_she_is_understood_by_code_name_or_a_near_spelling(answer, code):
    assert match(answer, KNOWN) == code


@pytest.mark.parametrize("answer", ["health post", "hospital", "Kathmandu Health Post", "bhaktapur", "  "])
def test_a_generic_or_unknown_answer_matches_nothing(answer):
    assert match(answer, KNOWN) is None
