"""Twilio request signatures, checked against the URL Twilio called (PUBLIC_BASE_URL behind a proxy)."""
from __future__ import annotations

from flask import Request
from twilio.request_validator import RequestValidator


def signed_url(request: Request, public_base_url: str) -> str:
    """Behind TLS termination request.url says http://internal-host; Twilio signed the public https URL."""
    if not public_base_url:
        return request.url
    query = request.query_string.decode()
    return public_base_url.rstrip("/") + request.path + (f"?{query}" if query else "")


def is_valid(request: Request, auth_token: str, public_base_url: str) -> bool:
    signature = request.headers.get("X-Twilio-Signature", "")
    validator = RequestValidator(auth_token)
    return bool(signature) and validator.validate(signed_url(request, public_base_url), request.form, signature)
