"""The layers depend one way: web -> services -> flows -> bot. A flow never sees a row or the database."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {"bot": {"flows", "services", "models", "web", "flask"}, "flows": {"services", "models", "web", "flask"}}


def imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_layer_never_imports_the_layers_above_it(package):
    offenders = {path.name: sorted(imported_packages(path) & FORBIDDEN[package])
                 for path in (ROOT / package).glob("*.py")}
    assert {name: found for name, found in offenders.items() if found} == {}
