"""Command line: `eventwire COMMAND` (the console script is `eventwire.cli:app`).

One module per command group, each defining its commands as plain functions that
this module registers on `app`: extract.py · evaluate.py (eval) · ingest.py ·
events.py (events, show, conflicts) · export.py · serve.py · demo.py ·
gazetteer.py (build, lookup, homes) · watch.py (feeds; docs/watch.md) ·
spark.py (Spark jobs; docs/scale.md). options.py holds what they share (the store
and homes options, the event filter options, errors and exit codes); the command
modules import only it, never each other nor this module.

Exit codes: 0 ok, 1 some records were rejected, 2 the command could not run (no
store, store locked, bad option). Errors name a code (eventwire.errors.CODES).
"""
from __future__ import annotations

import typer

from .. import __version__
from . import demo, evaluate, events, export, extract, gazetteer, ingest, serve, spark, watch

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="eventwire: turn news reports into structured, evidence-linked political and conflict events.",
)


def _version(value: bool):
    if value:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")):
    """Run `eventwire COMMAND --help` for each command's options."""


# In this order in `eventwire --help`.
app.command()(extract.extract)
app.command("eval")(evaluate.evaluate)
app.command()(ingest.ingest)
app.command()(events.events)
app.command()(events.show)
app.command()(events.conflicts)
app.command()(export.export)
app.command()(serve.serve)
app.command()(demo.demo)
app.add_typer(gazetteer.app, name="gazetteer")
app.add_typer(spark.app, name="spark")
app.add_typer(watch.app, name="watch")

__all__ = ["app"]
