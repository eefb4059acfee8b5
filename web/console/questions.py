"""/questions: what the bot could not answer; a reply typed here reaches her through the outbox."""
from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from bot.i18n import N_
from models import db
from services import answers, outbox
from web.console import access, today

blueprint = Blueprint("questions", __name__)
access.protect(blueprint)


@blueprint.get("/questions")
def listing():
    return render_template("console/questions.html", rows=answers.unanswered(access.scope()), local=today.local)


@blueprint.post("/questions/<int:question_id>/reply")
def reply(question_id: int):
    found = answers.find(access.scope(), question_id) or abort(404)
    question, mother = found
    text = request.form.get("text", "").strip()[:answers.MAX_REPLY]
    if not text:
        flash(access.t(N_("Write the reply first.")), "warning")
        return redirect(url_for("questions.listing"))
    if question.answered_at is not None:
        flash(access.t(N_("This question was already answered.")), "info")
        return redirect(url_for("questions.listing"))
    answers.reply(question, mother, g.user, text, today.now())
    db.session.commit()
    outbox.wake()
    flash(access.t(N_("Reply sent.")), "success")
    return redirect(url_for("questions.listing"))
