"""Commands: `chat` (talk to the bot from a terminal), `users`, `facilities`, `mothers export`, `keys`."""
from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from bot import languages
from services import inbox, readiness
from services.settings import ConfigurationError


@click.command("chat")
@click.option("--phone", default="+9779800000001", show_default=True, help="Her number, E.164")
@click.option("--channel", type=click.Choice(["sms", "whatsapp"]), default="sms", show_default=True)
@with_appcontext
def chat(phone: str, channel: str) -> None:
    """A conversation in the terminal, through the same path as Twilio's webhook. Ctrl-D ends it."""
    _ready()
    click.echo(f"Chatting as {phone} on {channel}. Type a message; Ctrl-D to end.")
    while True:
        try:
            text = click.prompt("you", prompt_suffix="> ", default="", show_default=False)
        except (EOFError, click.Abort):
            click.echo()
            return
        reply = inbox.receive(inbox.simulated(phone, channel, text))
        click.echo(f"aamcare> {reply.text}" if reply.text else "aamcare> (no reply)")


def _ready(app=None) -> None:
    try:
        readiness.ensure_schema(app or current_app)
    except ConfigurationError as error:
        raise click.ClickException(str(error)) from error


@click.group("users")
def users() -> None:
    """Console accounts."""


@users.command("create")
@click.option("--username", required=True)
@click.option("--role", required=True, type=click.Choice(["admin", "supervisor", "health_worker"]))
@click.option("--name", default=None, help="Her name as shown to colleagues; default: the username")
@click.option("--facility", default=None, help="Facility code (health workers)")
@click.option("--district", default=None, help="District name (supervisors)")
@click.option("--phone", default=None, help="E.164; she receives alerts for her scope and may broadcast by SMS")
@click.option("--channel", type=click.Choice(["sms", "whatsapp"]), default="sms", show_default=True)
@click.option("--locale", type=click.Choice(languages.codes()), default=languages.SOURCE, show_default=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@with_appcontext
def create_user(username, role, name, facility, district, phone, channel, locale, password) -> None:
    """Add a console user (admin, supervisor of a district, or health worker of a facility)."""
    _ready()
    from models import db
    from services import accounts

    number = _e164(phone) if phone else None
    try:
        user = accounts.create(accounts.NewUser(username=username, role=role, password=password, name=name,
                                                facility=facility, district=district, phone=number,
                                                locale=locale, channel=channel))
    except accounts.AccountError as error:
        raise click.UsageError(str(error)) from error
    db.session.commit()
    click.echo(f"{user.username}: {user.role} of {user.facility_code or user.district or 'everything'}.")


@users.command("set-password")
@click.option("--username", required=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@with_appcontext
def set_password(username: str, password: str) -> None:
    """Give a user a new password (her other sessions end); users made from former health workers have none."""
    _ready()
    from models import db
    from services import accounts

    try:
        accounts.set_password(username, password)
    except accounts.AccountError as error:
        raise click.UsageError(str(error)) from error
    db.session.commit()
    click.echo(f"{username}: password set.")


@click.group("facilities")
def facilities() -> None:
    """Health facilities (code, name, district)."""


@facilities.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8-sig"))
@with_appcontext
def import_facilities(file) -> None:
    """Add or update facilities from a CSV with the columns code, name, district."""
    _ready()
    from models import db
    from services import facilities as directory

    try:
        count = directory.import_csv(file)
    except directory.FacilityFileError as error:
        db.session.rollback()
        raise click.UsageError(str(error)) from error
    db.session.commit()
    click.echo(f"{count} facilities imported.")


def _e164(phone: str) -> str:
    from bot.inbound import BadSender, e164

    try:
        return e164(phone, current_app.config["AAMCARE"].DEFAULT_COUNTRY)
    except BadSender as error:
        raise click.BadParameter(str(error), param_hint="--phone") from error


@click.group("keys")
def keys() -> None:
    """The keys that encrypt personal data at rest (PII_ENCRYPTION_KEY, PII_INDEX_KEY)."""


@keys.command("generate")
def generate_key() -> None:
    """Print a new key: `kid:key` to put first in PII_ENCRYPTION_KEY (then `keys rotate`), or the bare key."""
    from datetime import date

    from models import crypto

    click.echo(f"k{date.today():%Y%m%d}:{crypto.new_key()}")


@keys.command("rotate")
@with_appcontext
def rotate_keys() -> None:
    """Encrypt every value again with the current key (the first of PII_ENCRYPTION_KEY); safe to run again."""
    from models import crypto, db
    from services import keys as key_service

    _ready()
    with db.engine.connect() as connection:
        changed = key_service.rotate(connection, crypto.keyring())
    summary = ", ".join(f"{table} {count}" for table, count in changed.items() if count) or "none"
    click.echo(f"every value is sealed with key {crypto.keyring().current}; rows changed: {summary}")


@click.group("mothers")
def mothers() -> None:
    """A mother's own data, for requests made to an admin."""


@mothers.command("export")
@click.option("--phone", required=True, help="Her number, E.164")
@with_appcontext
def export(phone: str) -> None:
    """Print everything stored about her as JSON, table by table."""
    import json

    from bot.inbound import BadSender, e164
    from models import db
    from services import erasure

    _ready()
    try:
        number = e164(phone, current_app.config["AAMCARE"].DEFAULT_COUNTRY)
    except BadSender as error:
        raise click.BadParameter(str(error), param_hint="--phone") from error
    data = erasure.export(db.session.connection(), number)
    click.echo(json.dumps({"phone": number, "tables": data}, indent=2, ensure_ascii=False, default=str))


def schema_ready() -> None:
    """A command group's callback: the embedded database migrated, or the upgrade command named, first."""
    from flask.cli import ScriptInfo

    _ready(click.get_current_context().ensure_object(ScriptInfo).load_app())
