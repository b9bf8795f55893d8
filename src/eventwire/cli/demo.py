"""`eventwire demo`, the README's first command.

Ingests the bundled fictional sample corpus into the store, prints the events that
several outlets report and where they disagree, then serves the web app over it.
It only chains the real commands (ingest, events, conflicts, serve), run through
the command line it was itself started from.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import Errors

from .options import EXIT_CANNOT_RUN

SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "corpus.jsonl"


def demo(
    ctx: typer.Context,
    db: Optional[Path] = typer.Option(None, "--db", envvar="EVENTWIRE_DB",
                                      help="Store to fill (default ./eventwire.duckdb)."),
    serve: bool = typer.Option(True, "--serve/--no-serve", help="Serve the web app and API when done."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port for the web app."),
):
    """Ingest the bundled sample corpus (30 fictional reports of 9 incidents by several
    outlets), list the fused events and their conflicts, then open the web app.

    Running it again changes nothing in the store (ingest is idempotent).
    """
    if not SAMPLES.exists():
        # E109 as for any input file that is not there: the corpus ships with the repository only.
        msg = Errors.E109.format(what="the sample corpus", detail=f"{SAMPLES} is not here (run from a clone of the repository)")
        typer.echo(f"[{msg.code}] {msg}", err=True)
        raise typer.Exit(EXIT_CANNOT_RUN)
    cli = ctx.find_root().command  # eventwire's own command line, whichever way it was started
    store = ["--db", str(db)] if db else []

    def run(args: list[str]) -> int:
        try:
            cli.main(args, prog_name="eventwire", standalone_mode=False)
        except SystemExit as exc:  # typer.Exit from a sub-command
            return int(exc.code or 0)
        except typer.Exit as exc:
            return int(exc.exit_code or 0)
        return 0

    code = run(["ingest", str(SAMPLES), *store])
    if code not in (0, 1):  # 1: some records rejected; the rest is stored
        raise typer.Exit(code)
    typer.echo("\nEvents reported by two or more independent sources:", err=True)
    run(["events", "--min-sources", "2", *store])
    typer.echo("\nWhere the sources disagree:", err=True)
    run(["conflicts", "--limit", "10", *store])
    if serve:
        typer.echo(f"\nOpen http://127.0.0.1:{port}/ (Ctrl-C stops the server).", err=True)
        raise typer.Exit(run(["serve", "--port", str(port), "--no-access-log", *store]))
