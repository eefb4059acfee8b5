"""/mothers: her scope's mothers with filters and a search; /mothers/<id>: one mother's record and notes."""
from __future__ import annotations

from flask import Blueprint, Response, abort, flash, g, redirect, render_template, request, url_for

from bot.i18n import N_
from models import Note, db
from services import cohorts, mother_list, mother_record
from web.console import access, today

blueprint = Blueprint("mothers", __name__)
access.protect(blueprint)
MAX_NOTE = 2000


@blueprint.get("/mothers")
def listing():
    filters, scope = _filters_in_scope()
    page = mother_list.search(scope, filters, today.today(), request.args.get("page", 1, type=int))
    return render_template("console/mothers.html", page=page, filters=filters, facilities=scope.facilities(),
                           stages=cohorts.STAGES, today=today.today(), next_due=mother_list.next_due)


@blueprint.get("/mothers.csv")
def export():
    """The filtered list as CSV (same scope and filters as the page), for a register or a spreadsheet."""
    filters, scope = _filters_in_scope()
    rows = mother_list.all_rows(scope, filters, today.today())
    return Response(mother_list.as_csv(rows), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=mothers.csv"})


def _filters_in_scope():
    """The list's filters from the query string and her scope; a facility outside the scope is not found."""
    filters = mother_list.Filters.from_args(request.args)
    scope = access.scope()
    if filters.facility and filters.facility not in {f.code for f in scope.facilities()}:
        abort(404)
    return filters, scope


@blueprint.get("/mothers/<int:mother_id>")
def detail(mother_id: int):
    mother = access.scope().mother(mother_id) or abort(404)
    record = mother_record.load(mother, today.today(), today.now())
    return render_template("console/mother.html", mother=mother, record=record, local=today.local)


@blueprint.post("/mothers/<int:mother_id>/notes")
def add_note(mother_id: int):
    mother = access.scope().mother(mother_id) or abort(404)
    text = request.form.get("text", "").strip()[:MAX_NOTE]
    if not text:
        flash(access.t(N_("Write the note first.")), "warning")
    else:
        db.session.add(Note(mother_id=mother.id, user_id=g.user.id, kind="note", text=text, created_at=today.now()))
        db.session.commit()
        flash(access.t(N_("Note saved.")), "success")
    return redirect(url_for("mothers.detail", mother_id=mother.id) + "#notes")
