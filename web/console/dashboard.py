"""/dashboard: the numbers a health worker starts her day with, for her scope."""
from __future__ import annotations

from flask import Blueprint, render_template

from web.console import access

blueprint = Blueprint("dashboard", __name__)
access.protect(blueprint)


@blueprint.get("/dashboard")
def page():
    return render_template("console/dashboard.html")
