"""/broadcasts: compose for a cohort in her scope, preview per language, confirm, then watch delivery."""
from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from bot.i18n import LOCALES, N_
from models import Broadcast, db
from services import broadcasts, cohorts, outbox
from services.cohorts import Cohort
from web.console import access, today

blueprint = Blueprint("broadcasts", __name__)
access.protect(blueprint)
CHANNELS = ("sms", "whatsapp")


@blueprint.get("/broadcasts")
def listing():
    scope = access.scope()
    rows = db.session.scalars(broadcasts.visible(scope, g.user).limit(50)).all()
    return render_template("console/broadcasts.html", rows=rows, stages=cohorts.STAGES, locales=LOCALES,
                           channels=CHANNELS, facilities=scope.facilities(), progress=broadcasts.progress)


@blueprint.post("/broadcasts")
def compose():
    cohort = _cohort(request.form)
    bodies = {locale: request.form.get(f"body_{locale}", "") for locale in LOCALES}
    try:
        broadcast = broadcasts.draft(g.user, cohort, bodies, source="web", now=today.now(), today=today.today())
    except broadcasts.BroadcastError as error:
        db.session.rollback()
        flash(access.t(str(error)), "warning")
        return redirect(url_for("broadcasts.listing"))
    db.session.commit()
    return redirect(url_for("broadcasts.detail", broadcast_id=broadcast.id))


@blueprint.get("/broadcasts/<int:broadcast_id>")
def detail(broadcast_id: int):
    broadcast = _visible(broadcast_id)
    previews = broadcasts.previews(broadcast, access.scope(), today.today()) if broadcast.status == "draft" else []
    return render_template("console/broadcast.html", broadcast=broadcast, previews=previews,
                           progress=broadcasts.progress(broadcast), stages=cohorts.STAGES, local=today.local)


@blueprint.post("/broadcasts/<int:broadcast_id>/confirm")
def confirm(broadcast_id: int):
    broadcast = _own(broadcast_id)
    if broadcast.status != "draft":
        abort(409)
    broadcasts.confirm(broadcast, g.user, today.now(), today.today())
    db.session.commit()
    outbox.wake()
    flash(access.t(N_("Broadcast confirmed: it is being sent.")), "success")
    return redirect(url_for("broadcasts.detail", broadcast_id=broadcast.id))


@blueprint.post("/broadcasts/<int:broadcast_id>/cancel")
def cancel(broadcast_id: int):
    broadcast = _own(broadcast_id)
    if broadcast.status == "draft":
        broadcast.status = "cancelled"
        db.session.commit()
    return redirect(url_for("broadcasts.listing"))


def _cohort(form) -> Cohort:
    stage = form.get("stage", "")
    locale = form.get("locale", "")
    channel = form.get("channel", "")
    facility = form.get("facility", "")
    if (stage and stage not in cohorts.STAGES) or (locale and locale not in LOCALES) or (
            channel and channel not in CHANNELS):
        abort(400)
    if facility and facility not in {f.code for f in access.scope().facilities()}:
        abort(404)
    return Cohort(stage=stage, locale=locale, channel=channel, facility=facility)


def _visible(broadcast_id: int) -> Broadcast:
    stmt = broadcasts.visible(access.scope(), g.user).where(Broadcast.id == broadcast_id)
    return db.session.scalars(stmt).first() or abort(404)


def _own(broadcast_id: int) -> Broadcast:
    broadcast = _visible(broadcast_id)
    if broadcast.user_id != g.user.id:
        abort(403)
    return broadcast
