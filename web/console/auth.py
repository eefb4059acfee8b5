"""Signing in and out of the console (/login posts `username` and `password`)."""
from __future__ import annotations

import logging

from flask import Blueprint, g, redirect, render_template, request, session, url_for

from bot.i18n import LOCALES, N_
from services import accounts, login_limit
from web.console import access
from web.console.access import public, stamp, t

log = logging.getLogger(__name__)
blueprint = Blueprint("auth", __name__)
access.protect(blueprint)
WRONG = N_("Wrong username or password.")
TOO_MANY = N_("Too many failed attempts. Please wait 15 minutes and try again.")


@blueprint.get("/login")
@public
def login():
    if request.args.get("lang") in LOCALES:
        session["locale"] = g.locale = request.args["lang"]
    return render_template("console/login.html", error=None)


@blueprint.post("/login")
@public
def sign_in():
    username = request.form.get("username", "").strip()[:60]
    password = request.form.get("password", "")[:200]
    address = request.remote_addr or "unknown"
    if login_limit.blocked(address, username):
        log.warning("console: sign-in refused for %r from %s: too many failures", username, address)
        return render_template("console/login.html", error=t(TOO_MANY)), 429
    user = accounts.authenticate(username, password)
    if user is None:
        login_limit.failed(address, username)
        log.info("console: failed sign-in for %r from %s", username, address)
        return render_template("console/login.html", error=t(WRONG)), 401
    login_limit.succeeded(username)
    session.clear()  # a fresh session: nothing from before the sign-in carries over
    session.permanent = True
    session["user_id"], session["stamp"] = user.id, stamp(user)
    return redirect(_next_page())


@blueprint.post("/logout")
def sign_out():
    session.clear()
    return redirect(url_for("auth.login"))


@blueprint.get("/")
def home():
    return redirect("/dashboard")


def _next_page() -> str:
    """Only a path on this site: never an address elsewhere."""
    target = request.args.get("next", "")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/dashboard"
