"""The console's templates and its files (vendored Bootstrap and Chart.js, its own CSS and JS), served by the
app itself: clinics have slow, unreliable connections and no CDN is relied on."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint

WEB = Path(__file__).resolve().parent.parent
CACHE_SECONDS = 7 * 24 * 3600  # vendored files carry their version in the path


class _Assets(Blueprint):
    def get_send_file_max_age(self, filename: str | None) -> int | None:
        return CACHE_SECONDS if filename and filename.startswith("vendor/") else 300


blueprint = _Assets("assets", __name__, url_prefix="/assets", template_folder=str(WEB / "templates"),
                    static_folder=str(WEB / "static"), static_url_path="")
