"""/alerts: open danger-sign alerts in her scope, newest first; acknowledge or resolve one with a note."""
from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from bot.i18n import N_
from models import db
from services import alert_actions, outbox
from web.console import access, today

blueprint = Blueprint("alerts", __name__)
access.protect(blueprint)


@blueprint.get("/alerts")
def listing():
    rows = alert_actions.open_alerts(access.scope())
    return render_template("console/alerts.html", rows=rows, local=today.local,
                           notes=alert_actions.notes([alert.id for alert, _ in rows]), escalation=escalation)


def escalation(alert) -> str:
    """Who has been told so far, when it went past her facility's health workers."""
    if alert.level >= 2:
        return access.t(N_("Escalated to the fallback number"))
    if alert.level == 1:
        return access.t(N_("Escalated beyond her facility"))
    return ""


@blueprint.post("/alerts/<int:alert_id>/acknowledge")
def acknowledge(alert_id: int):
    alert = alert_actions.find(access.scope(), alert_id) or abort(404)
    alert_actions.acknowledge(alert, g.user, request.form.get("note", ""), today.now())
    db.session.commit()
    outbox.wake()
    flash(access.t(N_("Alert acknowledged.")), "success")
    return redirect(url_for("alerts.listing") + f"#alert-{alert.id}")


@blueprint.post("/alerts/<int:alert_id>/resolve")
def resolve(alert_id: int):
    alert = alert_actions.find(access.scope(), alert_id) or abort(404)
    note = request.form.get("note", "").strip()
    if not note:
        flash(access.t(N_("Say what was done before resolving the alert.")), "warning")
        return redirect(url_for("alerts.listing") + f"#alert-{alert.id}")
    alert_actions.resolve(alert, g.user, note, today.now())
    db.session.commit()
    outbox.wake()
    flash(access.t(N_("Alert resolved.")), "success")
    return redirect(url_for("alerts.listing"))
