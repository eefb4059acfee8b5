"""The console's list of mothers: ordered by name and paged, searched by name or part of a number, all over
encrypted names and numbers."""
import random
from datetime import date

from services import mother_list
from services.mother_list import PER_PAGE, Filters
from services.scope import Scope
from tests.support import console

TODAY = date(2026, 11, 29)


def listed(scope: Scope, page: int = 1, **filters) -> tuple[list[str], int]:
    found = mother_list.search(scope, Filters(**filters), TODAY, page)
    return [m.name for m in found.mothers], found.total


def test_pages_follow_her_name_whatever_order_she_registered_in(app):
    names = [f"Mother {n:02d}" for n in range(PER_PAGE + 2)]
    for n, name in enumerate(random.Random(4).sample(names, len(names))):
        console.mother(name.lower() if n % 2 else name, None, phone=f"+97798000001{n:02d}")
    everyone = Scope.of(console.user("root", "admin"))
    first, total = listed(everyone)
    assert total == PER_PAGE + 2 and [name.casefold() for name in first] == [name.casefold() for name in names[:25]]
    assert [name.casefold() for name in listed(everyone, page=2)[0]] == [name.casefold() for name in names[25:]]
    assert listed(everyone, page=3) == ([], PER_PAGE + 2)


def test_search_by_part_of_her_name_or_number(app):
    console.mother("Sita Thapa", None, phone="+9779812345678")
    console.mother("Gita Rai", None, phone="+9779800000002")
    everyone = Scope.of(console.user("root", "admin"))
    assert listed(everyone, q="thapa") == (["Sita Thapa"], 1)
    assert listed(everyone, q="2345") == (["Sita Thapa"], 1)
    assert listed(everyone, q="ita") == (["Gita Rai", "Sita Thapa"], 2)
    assert listed(everyone, q="Nobody") == ([], 0)
