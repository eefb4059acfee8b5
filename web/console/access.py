"""What every console request goes through: the signed-in user, her language, her scope and the CSRF check.

`protect(blueprint)` installs the checks on a blueprint; views marked `@public` (the sign-in page) skip the
sign-in requirement but never the CSRF check.
"""
from __future__ import annotations

import logging
from functools import wraps

from flask import Blueprint, abort, current_app, g, redirect, request, session, url_for
from flask_wtf.csrf import CSRFError, generate_csrf, validate_csrf
from wtforms import ValidationError

from bot import languages
from bot.i18n import LOCALES, N_, supported, translate, translate_plural
from models import User, db
from services.scope import Scope

log = logging.getLogger(__name__)
_PUBLIC = "_console_public"


def public(view):
    setattr(view, _PUBLIC, True)
    return view


def protect(blueprint: Blueprint) -> None:
    blueprint.before_request(_load)
    blueprint.context_processor(_template_helpers)


def _load():
    for cached in ("csrf_token", "now"):  # g outlives the request where an app context was pushed before it
        g.pop(cached, None)
    g.user = signed_in_user()
    g.locale = supported(g.user.locale if g.user else session.get("locale")
                         or current_app.config["AAMCARE"].DEFAULT_LOCALE)
    if request.method == "POST":
        _check_csrf()
    view = current_app.view_functions.get(request.endpoint)
    if g.user is None and not getattr(view, _PUBLIC, False):
        return redirect(url_for("auth.login", next=request.full_path if request.method == "GET" else None))
    return None


def signed_in_user() -> User | None:
    """The user of this session, if she is signed in and still active (the RQ dashboard asks too)."""
    user_id = session.get("user_id")
    user = db.session.get(User, user_id) if user_id else None
    if user is None or not user.active or session.get("stamp") != stamp(user):
        return None
    return user


def stamp(user: User) -> str:
    """Changes when her password changes, so old sessions end with it."""
    return (user.password_hash or "")[-16:]


def _check_csrf() -> None:
    try:
        validate_csrf(request.form.get("csrf_token"))
    except (ValidationError, CSRFError) as error:
        log.warning("console: refused a %s to %s: %s", request.method, request.path, error)
        abort(400, description=t(N_("This form has expired. Please go back, reload the page and try again.")))


def scope() -> Scope:
    return Scope.of(g.user)


def require(*roles: str):
    """Only these roles may use the view; others get 403."""
    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if g.user is None or g.user.role not in roles:
                abort(403)
            return view(*args, **kwargs)
        return wrapped
    return decorator


def t(message: str, **params) -> str:
    """A console text in the signed-in user's language."""
    return translate(g.get("locale"), message, **params)


def tn(singular: str, plural: str, n: int, **params) -> str:
    return translate_plural(g.get("locale"), singular, plural, n, **params)


def _template_helpers() -> dict:
    user = g.get("user")
    return {"_": t, "ngettext": tn, "csrf_token": generate_csrf, "user": user, "locale": g.get("locale"),
            "locales": LOCALES, "languages": languages.languages(), "endpoints": current_app.view_functions, "scope_label": scope_label(user)}


def scope_label(user: User | None) -> str:
    if user is None:
        return ""
    if user.role == "health_worker":
        return user.facility_code or ""
    if user.role == "supervisor":
        return user.district or ""
    return t(N_("All facilities"))
