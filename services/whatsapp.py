"""WhatsApp's rules for proactive messages: free-form only within 24 hours of her last message (Twilio 63016);
outside that window only an approved template (ContentSid + ContentVariables), configured per message kind and
language in content/whatsapp_templates.yaml (WHATSAPP_TEMPLATES_FILE)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import yaml
from flask import current_app

WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class Template:
    sid: str  # Twilio Content SID (HX...)
    names: tuple[str, ...]  # which draft variables fill {{1}}, {{2}}, ...

    def variables(self, values: dict) -> dict:
        return {str(position): str(values.get(name, ""))[:1000] for position, name in enumerate(self.names, 1)}


def window_open(last_inbound_at: datetime | None, now: datetime) -> bool:
    return last_inbound_at is not None and now - last_inbound_at < WINDOW


def template(kind: str, locale: str) -> Template | None:
    entry = _templates(current_app.config["AAMCARE"].WHATSAPP_TEMPLATES_FILE).get(kind, {}).get(locale)
    if not entry or not entry.get("content_sid"):
        return None
    return Template(str(entry["content_sid"]), tuple(entry.get("variables", ())))


@cache
def _templates(path: str) -> dict:
    file = Path(path)
    if not file.exists():
        return {}
    return yaml.safe_load(file.read_text(encoding="utf-8")) or {}
