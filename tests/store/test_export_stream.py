"""Exports stream: 20,000 generated events go to CSV and Parquet in bounded memory.

Each generated event carries its own ~1 KB of text, so an exporter that kept the
events (or their rows) would hold tens of MB; the bound below is a few MB.
"""
from __future__ import annotations

import csv
import gc
import time
import tracemalloc
from collections.abc import Iterator

import pyarrow.parquet as pq
import pytest

from eventwire.export import write
from eventwire.model import Actor, Event, FusedEvent, Mention, Place, Span

N = 20_000


def generated(n: int) -> Iterator[FusedEvent]:
    for i in range(n):
        text = f"Event {i}: " + f"shelling reported near village {i} " * 25  # ~1 KB, unique per event
        ev = Event(id=f"e{i}", type="ASSAULT", trigger=Span("shelling", 12, 20), sentence=Span(text, 0, len(text)),
                   cameo="194", date=f"2020-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
        place = Place(f"Village {i}", 0, 9, name=f"Village {i}", country="SYR", lat=35 + i / N, lon=38 + i / N,
                      precision="point")
        actor = Actor(f"Group {i}", 0, 7, name=f"Group {i}", sector="REB")
        m = Mention(id=f"a{i}#e{i}", article_id=f"a{i}", outlet=f"Outlet {i % 50}", published=ev.date, event=ev)
        yield FusedEvent(id=f"ev-{i:06d}", type="ASSAULT", mentions=[m], cameo="194", date=ev.date, location=place,
                         actors=[actor], killed=i % 7, outlets=[m.outlet], first_reported=ev.date,
                         last_reported=ev.date, n_sources=1, n_articles=1)


def peak_while(fn) -> tuple[int, float]:
    gc.collect()
    tracemalloc.start()
    t0 = time.perf_counter()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1], time.perf_counter() - t0
    finally:
        tracemalloc.stop()


def test_generated_events_would_not_fit_the_bound():
    """The control: holding the generated events costs far more than the bound below."""
    peak, _ = peak_while(lambda: list(generated(2_000)))
    assert peak * (N / 2_000) > 40e6


@pytest.mark.parametrize("fmt,bound", [("csv", 4e6), ("parquet", 16e6)])
def test_streaming_export_memory(tmp_path, fmt, bound):
    write(fmt, generated(10), tmp_path / "warm")  # imports (pyarrow) are no part of the export's memory
    paths = []
    peak, _ = peak_while(lambda: paths.extend(write(fmt, generated(N), tmp_path)))
    assert peak < bound, f"{fmt}: peak {peak / 1e6:.1f} MB"
    t0 = time.perf_counter()  # timed without tracemalloc, which slows allocation several times over
    write(fmt, generated(N), tmp_path / "timed")
    secs = time.perf_counter() - t0
    assert secs < 10, f"{fmt}: {secs:.1f} s"
    path = paths[0]  # a CSV's table schema follows it
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as fh:
            rows = sum(1 for _ in csv.reader(fh)) - 1
        assert rows == N
    else:
        f = pq.ParquetFile(path)
        assert f.metadata.num_rows == N and f.metadata.num_row_groups == 2
        last = f.read_row_group(1).slice(9_999, 1).to_pylist()[0]
        assert last["id"] == f"ev-{N - 1:06d}" and last["actor1_name"] == f"Group {N - 1}"
