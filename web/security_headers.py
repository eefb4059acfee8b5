"""Security headers on every response, set in one place so that every page added later has them too.

The Content-Security-Policy allows scripts, styles, images and fetches from this origin only: no inline script or
style, no plugin, no framing. A page that needs more says why in a change to this policy, not in its template.
"""
from __future__ import annotations

from flask import Flask, Response, current_app, request

CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
    "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
))
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",  # browsers without CSP frame-ancestors
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
HSTS = "max-age=31536000; includeSubDomains"  # one year


def init_app(app: Flask) -> None:
    app.after_request(add_headers)


def add_headers(response: Response) -> Response:
    """Runs after every request, error pages included."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if _over_https():
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response


def _over_https() -> bool:
    """Behind TLS termination the request itself is plain http; PUBLIC_BASE_URL says how the world reaches us."""
    return request.is_secure or current_app.config["AAMCARE"].PUBLIC_BASE_URL.startswith("https://")
