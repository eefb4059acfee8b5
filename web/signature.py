"""Twilio request signatures, checked against the URL Twilio called (PUBLIC_BASE_URL behind a proxy)."""
from __future__ import annotations

import hmac

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
    if not signature:
        return False
    validator, url = RequestValidator(auth_token), signed_url(request, public_base_url)
    # Twilio signs the URL it was given, which is this one: one HMAC settles almost every request. Only a
    # mismatch pays for the library's full check (the URL with and without its default port, a body hash).
    if "bodySHA256" not in url and hmac.compare_digest(validator.compute_signature(url, request.form).encode(),
                                                           signature.encode("utf-8", "replace")):
        return True
    return validator.validate(url, request.form, signature)
