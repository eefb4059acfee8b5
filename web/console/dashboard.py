"""/dashboard: the numbers a health worker starts her day with, for her scope."""
from __future__ import annotations

from flask import Blueprint, current_app, render_template

from bot.i18n import N_
from services import cohorts, dashboard
from web.console import access, today

blueprint = Blueprint("dashboard", __name__)
access.protect(blueprint)
MESSAGE_LABELS = {"sent": N_("Sent"), "delivered": N_("Delivered"), "read": N_("Read"), "failed": N_("Failed"),
                  "undelivered": N_("Undelivered")}


@blueprint.get("/dashboard")
def page():
    figures = dashboard.figures(access.scope(), today.today(), current_app.config["AAMCARE"].TIMEZONE)
    t = access.t
    charts = {
        "registrations": {"labels": figures.weeks, "values": figures.registrations, "label": t(N_("Registrations"))},
        "stages": {"labels": [t(cohorts.STAGES[s]) for s in figures.stages], "values": list(figures.stages.values()),
                   "label": t(N_("Mothers"))},
        "messages": {"labels": [t(MESSAGE_LABELS[s]) for s in figures.messages],
                     "values": list(figures.messages.values()), "label": t(N_("Messages"))},
        "alerts": {"labels": figures.weeks, "values": figures.alerts, "label": t(N_("Alerts"))},
        "checkups": {"labels": [t(N_("Confirmed")), t(N_("Missed"))],
                     "values": [figures.checkups["confirmed"], figures.checkups["missed"]], "label": t(N_("Checkups"))},
    }
    return render_template("console/dashboard.html", figures=figures, charts=charts)
