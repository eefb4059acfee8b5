"""Every source the content cites resolves inside the project: its key is in content/sources.yaml."""
import re
from pathlib import Path

import yaml

CONTENT = Path(__file__).resolve().parent.parent / "content"
CITED = re.compile(r"\[(S\d+[a-z]?)\]|\b(S\d+[a-z]?)\b")


def sources() -> dict:
    return yaml.safe_load((CONTENT / "sources.yaml").read_text(encoding="utf-8"))


def cited_keys() -> dict[str, set[str]]:
    """Source key -> the content files that cite it (bracketed [S12] or bare S12, as `source:` fields do)."""
    cited: dict[str, set[str]] = {}
    for path in CONTENT.rglob("*.yaml"):
        if path.name == "sources.yaml":
            continue
        for match in CITED.finditer(path.read_text(encoding="utf-8")):
            cited.setdefault(match.group(1) or match.group(2), set()).add(path.name)
    return cited


def test_every_cited_source_key_has_a_full_citation():
    listed = sources()
    missing = {key: files for key, files in cited_keys().items() if key not in listed}
    assert missing == {}


def test_every_citation_is_written_out():
    assert all(isinstance(text, str) and len(text) > 20 for text in sources().values())


def test_the_content_cites_sources_at_all():
    assert {"S1", "S2b", "S19", "S33"} <= set(cited_keys())
