"""Closing the API's reader while a query is still running (the index warming at start-up)."""
from __future__ import annotations

import threading
import time

import duckdb
import pytest

from eventwire.api.reader import Reader


@pytest.mark.parametrize("late_start_s", [0.0, 0.3])
def test_close_interrupts_and_waits_for_a_query_in_flight(sample_store, late_start_s):
    """late_start_s: the query begins that long after its cursor was handed out, so a single
    interrupt sent at close() would find nothing running yet (CI on a loaded machine)."""
    reader = Reader(sample_store)
    started, outcome = threading.Event(), []

    def long_query():
        try:
            with reader.cursor() as c:
                started.set()
                time.sleep(late_start_s)
                # a sum of hashes is computed row by row (a bare count of a range is answered at once)
                outcome.append(c.execute("SELECT sum(hash(range)) FROM range(3000000000)").fetchall())
        except duckdb.Error as e:  # interrupted: the warm thread swallows this too
            outcome.append(type(e).__name__)

    t = threading.Thread(target=long_query, daemon=True)
    t.start()
    assert started.wait(10)
    reader.close()  # DuckDB refuses to close a connection in use: this raised ResourceInUse
    t.join(10)
    assert not t.is_alive() and outcome == ["InterruptException"]
    with reader.cursor() as c:  # the reader opens the file again for the next request
        assert c.execute("SELECT 1").fetchall() == [(1,)]
