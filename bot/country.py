"""Country profiles: the facts that differ between Nepal, India and the WHO default (content/countries.yaml)."""
from __future__ import annotations

from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

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


def time_zone(country: str, default: str) -> ZoneInfo:
    """Her time zone, from her number's country: the profile's, else the country's only zone, else `default`.

    A country with several zones (the US) cannot be told apart by the country alone: it gets `default`.
    """
    named = _profiles().get(country, {}).get("time_zone") or _only_zone(country) or default
    return ZoneInfo(_ALIASES.get(named, named))


@cache
def _only_zone(country: str) -> str | None:
    import phonenumbers
    from phonenumbers import timezone

    example = phonenumbers.example_number(country)
    zones = timezone._country_level_time_zones_for_number(example) if example else ()
    return zones[0] if len(zones) == 1 and "/" in zones[0] and "Unknown" not in zones[0] else None


_ALIASES = {"Asia/Katmandu": "Asia/Kathmandu", "Asia/Calcutta": "Asia/Kolkata"}  # phonenumbers' older names
