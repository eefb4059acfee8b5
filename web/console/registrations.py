"""/mothers/register: a health worker registers a mother who cannot do it alone; she must consent from her phone."""
from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for

from bot.i18n import LOCALES, N_
from bot.inbound import BadSender, e164
from models import db
from services import behalf, outbox
from web.console import access, today

blueprint = Blueprint("registrations", __name__)
access.protect(blueprint)


@blueprint.get("/mothers/register")
def form():
    scope = access.scope()
    codes = None if scope.everything else {f.code for f in scope.facilities()}
    return render_template("console/register.html", facilities=scope.facilities(), locales=LOCALES,
                           pending=behalf.pending(codes), values={})


@blueprint.post("/mothers/register")
def submit():
    values = request.form
    if values.get("facility") not in {f.code for f in access.scope().facilities()}:
        abort(404)
    try:
        details = behalf.Details(phone=_phone(values.get("phone", "")), name=values.get("name", ""),
                                 locale=values.get("locale", ""), channel=values.get("channel", "sms"),
                                 stage=values.get("stage", ""), facility=values["facility"],
                                 lmp=_date(values.get("lmp")), born_on=_date(values.get("born_on")))
        behalf.request_consent(details, g.user, today.now(), today.today())
    except behalf.BehalfError as error:
        db.session.rollback()
        flash(access.t(str(error)), "warning")
        return redirect(url_for("registrations.form"))
    db.session.commit()
    outbox.wake()
    flash(access.t(N_("A message asking her consent was sent to her phone. She is registered when she replies "
                      "yes.")), "success")
    return redirect(url_for("registrations.form"))


def _phone(raw: str) -> str:
    try:
        return e164(raw, current_app.config["AAMCARE"].DEFAULT_COUNTRY)
    except BadSender as error:
        raise behalf.BehalfError(N_("That phone number is not valid.")) from error


def _date(raw: str | None) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError as error:
        raise behalf.BehalfError(N_("Please give dates as year-month-day.")) from error
