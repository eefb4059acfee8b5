"""Country profiles: the facts that differ between Nepal, India and the WHO default (content/countries.yaml)."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

PROFILES = Path(__file__).resolve().parent.parent / "content" / "countries.yaml"


@cache
def _profiles(path: Path = PROFILES) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def profile(country: str) -> dict:
    profiles = _profiles()
    return profiles.get(country, profiles["WHO"])


def emergency_number(country: str) -> str:
    return str(profile(country)["emergency"])


def violence_helpline(country: str) -> tuple[str, str] | None:
    """(women's helpline, police) where the country has them, else None."""
    found = profile(country)
    if not found.get("violence_helpline"):
        return None
    return str(found["violence_helpline"]), str(found.get("police") or found["emergency"])
