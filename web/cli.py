"""`flask --app app chat --phone +9779800000001 --channel sms`: talk to the bot from a terminal."""
from __future__ import annotations

import click
from flask.cli import with_appcontext

from services import conversations


@click.command("chat")
@click.option("--phone", default="+9779800000001", show_default=True, help="Her number, E.164")
@click.option("--channel", type=click.Choice(["sms", "whatsapp"]), default="sms", show_default=True)
@with_appcontext
def chat(phone: str, channel: str) -> None:
    """A conversation in the terminal, through the same path as Twilio's webhook. Ctrl-D ends it."""
    click.echo(f"Chatting as {phone} on {channel}. Type a message; Ctrl-D to end.")
    while True:
        try:
            text = click.prompt("you", prompt_suffix="> ", default="", show_default=False)
        except (EOFError, click.Abort):
            click.echo()
            return
        reply = conversations.receive(conversations.simulated(phone, channel, text))
        click.echo(f"aamcare> {reply.text}" if reply.text else "aamcare> (no reply)")
