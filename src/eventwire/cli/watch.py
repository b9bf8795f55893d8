"""`eventwire watch add | list | remove | run`: follow news feeds and sitemaps into the store
(services/watch). Progress and errors on stderr; `list` prints its table on stdout.

Exit codes: 0 ok, 1 some pages or feeds failed (see the summary), 2 the command could not run.
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from ..errors import Errors, EventwireError
from .options import DbOption, err, fail, out_console, store_path

app = typer.Typer(help="Follow news feeds, news sitemaps and sites' home pages into the event store, politely "
                       "and exactly once (see docs/watch.md).", no_args_is_help=True)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: str) -> float:
    """'90s', '15m', '2h', '1d', '1h30m' or plain seconds -> seconds; E710 otherwise."""
    v = value.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", v):
        return float(v)
    parts = re.findall(r"(\d+(?:\.\d+)?)([smhd])", v)
    if not parts or "".join(n + u for n, u in parts) != v:
        message = Errors.E710.format(value=value)
        raise typer.BadParameter(f"[{message.code}] {message}", param_hint="--duration")
    return sum(float(n) * _UNITS[u] for n, u in parts)


@app.command("add")
def add(
    url: str = typer.Argument(..., help="A feed (RSS/Atom), a news sitemap, a sitemap index, or a site's home page "
                              "(its feeds are discovered at the first run)."),
    kind: str = typer.Option("auto", "--kind", help="What the URL is: auto (told by the first fetch), rss, atom, "
                             "sitemap, news-sitemap, sitemap-index or home."),
    db: Optional[Path] = DbOption,
):
    """Watch a URL: the next `watch run` fetches it at once."""
    from ..services import watch
    from ..services.watch.manage import ADD_KINDS

    if kind not in ADD_KINDS:
        raise typer.BadParameter(f"{kind!r} is not one of {', '.join(ADD_KINDS)}", param_hint="--kind")
    try:
        feed, new = watch.add(store_path(db), url, time.time(), kind=kind)
    except EventwireError as exc:
        raise fail(exc)
    err.print(f"{'watching' if new else 'already watched:'} {escape(feed.url)} (id {feed.id}, {feed.kind})",
              highlight=False, soft_wrap=True)


@app.command("remove")
def remove(
    url: str = typer.Argument(..., help="The feed's URL (or its id from `watch list`)."),
    db: Optional[Path] = DbOption,
):
    """Stop watching a feed (and the feeds it announced). Stored articles stay."""
    from ..services import watch

    try:
        n = watch.remove(store_path(db), url)
    except EventwireError as exc:
        raise fail(exc)
    err.print(f"stopped watching {escape(url)}" + (f" and {n - 1} feed(s) it announced" if n > 1 else ""),
              highlight=False)


@app.command("list")
def list_feeds(db: Optional[Path] = DbOption):
    """The watched feeds: kind, status, last and next fetch, new articles, errors."""
    from rich.table import Table

    from ..services import watch

    try:
        rows = watch.feed_states(store_path(db))
    except EventwireError as exc:
        raise fail(exc)
    if not rows:
        err.print("no feeds watched (add one with `eventwire watch add URL`)")
        return
    table = Table("id", "url", "kind", "status", "last fetch", "next fetch", "new", "pending", "last error",
                  box=None, pad_edge=False)
    for r in rows:
        table.add_row(str(r["id"]), escape(r["url"]), r["kind"], r["status"], r["last_fetch"] or "-",
                      r["next_fetch"] or "-", str(r["new_articles"]), str(r["pending"]), escape(r["last_error"] or ""))
    out_console().print(table)


@app.command("run")
def run(
    once: bool = typer.Option(False, "--once", help="Poll the feeds that are due, fetch every page due now, then stop "
                              "(for cron). Without it (and without --duration) the watch runs until Ctrl-C."),
    duration: Optional[str] = typer.Option(None, "--duration", help="Stop after this long: 90s, 15m, 2h, 1d."),
    contact: Optional[str] = typer.Option(None, "--contact", envvar="EVENTWIRE_CONTACT",
                                          help="An e-mail or URL where site owners can reach you; sent in the "
                                          "User-Agent (eventwire/VERSION (+CONTACT)). Please set it."),
    delay: float = typer.Option(5.0, "--delay", min=0.0, help="Seconds between two requests to one host (a "
                                "site's larger robots.txt Crawl-delay wins)."),
    interval: str = typer.Option("15m", "--interval", help="First polling interval of a new feed."),
    min_interval: str = typer.Option("5m", "--min-interval", help="A busy feed is never polled more often."),
    max_interval: str = typer.Option("6h", "--max-interval", help="A quiet feed is polled at least this often."),
    max_bytes: int = typer.Option(5 * 1024 * 1024, "--max-bytes", min=1024, help="Largest body read."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait for a server's next bytes."),
    batch_size: int = typer.Option(8, "--batch-size", min=1, help="Pages fetched, extracted and stored together."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Live status line on stderr."),
    db: Optional[Path] = DbOption,
):
    """Fetch what the watched feeds announce, extract it and fuse it into the store.

    Polite: robots.txt honoured (cached a day), one request per --delay seconds per host,
    Retry-After obeyed, back-off with jitter on errors, conditional GETs, adaptive polling.
    Restart-safe and exactly once: each page is stored with its frontier row in one
    transaction, so a run killed at any moment loses and duplicates nothing on the next.
    """
    from ..services import watch

    opts = watch.WatchOptions(contact=contact, delay=delay, interval=parse_duration(interval),
                              min_interval=parse_duration(min_interval), max_interval=parse_duration(max_interval),
                              max_bytes=max_bytes, timeout=timeout, batch_size=batch_size)
    seconds = parse_duration(duration) if duration is not None else None
    path = store_path(db)
    try:
        watched = [f for f in watch.feed_states(path) if f["status"] in ("active", "failing")]
    except EventwireError as exc:
        raise fail(exc)
    if not watched:
        err.print("no feeds to watch: add one with `eventwire watch add URL`", highlight=False)
        return
    if not contact:
        err.print("[yellow]warning[/yellow] no --contact (or $EVENTWIRE_CONTACT): site owners cannot reach you",
                  highlight=False)
    with err.status("watching …", spinner="dots") as status:
        def notify(kind: str, message: str) -> None:
            if kind in ("error", "warning"):
                colour = "red" if kind == "error" else "yellow"
                err.print(f"[{colour}]{kind}[/{colour}] {escape(message)}", highlight=False, soft_wrap=True)
            r = ctx.report
            if progress:
                status.update(f"watching: {r.feeds_polled} polls, {r.fetched} pages, {r.new} new, "
                              f"{r.unchanged} unchanged · {escape(message[:80])}")

        ctx = watch.Context(path, opts, notify=notify)
        try:
            watch.run(ctx, once=once, duration=seconds)
        except KeyboardInterrupt:
            err.print("interrupted: what was stored stays; the next run goes on from there")
        except EventwireError as exc:
            raise fail(exc)
        finally:
            ctx.close()
    _summary(ctx.report, path)
    if ctx.report.failed_any:
        raise typer.Exit(code=1)


def _summary(r, path: Path) -> None:
    err.print(f"{r.feeds_polled} feed polls ({r.not_modified} not modified, {r.feed_errors} failed, "
              f"{r.feeds_found} feeds found); {r.queued} pages queued, {r.fetched} fetched: {r.new} new, "
              f"{r.updated} updated, {r.unchanged} unchanged, {r.duplicates} duplicates, {r.disallowed} disallowed "
              f"by robots.txt, {r.rejected} rejected, {r.retries} retries, {r.failed} given up; "
              f"{len(r.warnings)} metadata warnings; {r.mentions} mentions, {len(r.events_changed)} events created "
              f"or changed → {path}", highlight=False, soft_wrap=True)
