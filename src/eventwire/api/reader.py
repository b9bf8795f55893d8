"""One read-only store connection per worker process, shared by its concurrent requests.

Opening the file costs ~30 ms, too much per request; but DuckDB lets no process
write while another holds the file open, even read-only. So the connection is
opened by the first request, shared (a cursor per request) while any are in
flight, and closed once the worker has been idle for `idle_close_s`: an
`eventwire ingest` in another process, which retries its open, gets in between
bursts of requests. `exclusive()` drains and closes it for this process's own
writes (POST /api/articles).

Under steady load the worker is never idle, and DuckDB's lock is not fair: a writer
retrying its open would starve (issue 14: an ingest waited out a read load, 81 s
against 8.7 s, then failed with E401). So the connection is also held at most
`max_hold_s` at a time: then new requests wait while the ones in flight finish, the
file is closed for `writer_window_s` (a waiting writer's retry gets in, and writes its
batch), and reopened. A query still running past `query_limit_s` is interrupted (the
API's per-request limit, guard.py), so no request holds the file for long.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..store.db import connect


# How long closing waits for interrupted queries to let go of the connection
CLOSE_WAIT_S = 5.0
# How often closing repeats its interrupt: a query that began after the last one still stops soon
INTERRUPT_EVERY_S = 0.05


class Reader:
    def __init__(self, path: str | Path, idle_close_s: float = 0.25, max_hold_s: float = 2.0,
                 writer_window_s: float = 0.25, query_limit_s: float | None = None):
        self.path = str(path)
        self.idle_close_s = idle_close_s
        self.max_hold_s = max_hold_s
        self.writer_window_s = writer_window_s
        self.query_limit_s = query_limit_s
        self._opened = 0.0  # when the connection was opened (monotonic)
        self._reopen_after = 0.0  # a closed writer window ends then
        self._draining = False
        self._cursors: dict[int, tuple[duckdb.DuckDBPyConnection, float]] = {}  # in flight, with their start
        self._cv = threading.Condition()
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._inflight = 0
        self._exclusive = False
        self._idle_since = time.monotonic()
        # What the open file holds: caches keyed by it drop everything an ingest changed.
        self.version: tuple = ()
        self._closer: threading.Thread | None = None

    @contextmanager
    def cursor(self, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the shared connection; `timeout`: how long to wait for a writer to let go."""
        with self._cv:
            self._wait_turn()
            if self._conn is None:
                self._open(timeout)
            self._inflight += 1
            cur = self._conn.cursor()
            self._cursors[id(cur)] = (cur, time.monotonic())
        try:
            yield cur
        finally:
            cur.close()
            with self._cv:
                self._cursors.pop(id(cur), None)
                self._inflight -= 1
                if self._inflight == 0:
                    self._idle_since = time.monotonic()
                    self._cv.notify_all()

    def _wait_turn(self) -> None:
        """(Under the lock.) Wait out an exclusive holder, a drain, or a writer window; and start
        a drain when the connection has been held for `max_hold_s`."""
        while True:
            if self._exclusive or self._draining:
                self._cv.wait()
                continue
            if self._conn is not None and time.monotonic() - self._opened > self.max_hold_s:
                self._draining = True
                while self._inflight:
                    self._cv.wait()
                self._close()
                self._draining = False
                self._reopen_after = time.monotonic() + self.writer_window_s
                self._cv.notify_all()
                continue
            pause = self._reopen_after - time.monotonic()
            if self._conn is None and pause > 0:
                self._cv.wait(pause)
                continue
            return

    def current_version(self) -> tuple:
        """The open file's version, opening it if needed (for cache keys)."""
        with self.cursor():
            return self.version

    def _open(self, timeout: float | None = None) -> None:
        conn = connect(self.path, read_only=True, timeout=timeout)
        # DuckDB runs many small queries side by side better than one query on many threads.
        conn.execute("SET threads = 1")
        row = conn.execute("SELECT value FROM state WHERE key = 'generation'").fetchone()
        st = os.stat(self.path)
        self.version = (bytes(row[0]) if row else b"", st.st_mtime_ns, st.st_size)
        self._conn = conn
        self._opened = time.monotonic()
        if self._closer is None or not self._closer.is_alive():
            self._closer = threading.Thread(target=self._close_when_idle, daemon=True, name="eventwire-reader-closer")
            self._closer.start()

    def _close_when_idle(self) -> None:
        while True:
            time.sleep(self.idle_close_s / 2)
            with self._cv:
                if self._conn is None:
                    return
                if self._inflight == 0 and time.monotonic() - self._idle_since >= self.idle_close_s:
                    self._close()
                    return
                self._interrupt_overdue()

    def _interrupt_overdue(self) -> None:
        """(Under the lock.) Interrupt every query running past `query_limit_s`: its request has
        been answered 503 already (guard.py), and it must not hold the file."""
        if not self.query_limit_s:
            return
        now = time.monotonic()
        for cur, since in list(self._cursors.values()):
            if now - since > self.query_limit_s:
                try:
                    cur.interrupt()
                except duckdb.Error:
                    pass

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """No reads in this process meanwhile, and the file closed: this process may write."""
        with self._cv:
            while self._exclusive:
                self._cv.wait()
            self._exclusive = True
            while self._inflight:
                self._cv.wait()
            self._close()
        try:
            yield
        finally:
            with self._cv:
                self._exclusive = False
                self._cv.notify_all()

    def close(self) -> None:
        """Close the file now: queries in flight (the index warming at start-up) are interrupted
        and waited for, since DuckDB refuses to close a connection a cursor is still using.

        The interrupt is repeated while waiting: a cursor handed out but not yet executing
        ignores it, and would then run its query to the end (a fresh-clone CI run on a loaded
        machine closed too soon that way). New requests wait meanwhile, as in a drain."""
        with self._cv:
            while self._draining or self._exclusive:
                self._cv.wait()
            self._draining = True
            try:
                deadline = time.monotonic() + CLOSE_WAIT_S
                while self._inflight and (left := deadline - time.monotonic()) > 0:
                    self._interrupt_all()
                    self._cv.wait(min(left, INTERRUPT_EVERY_S))
                self._close()
            finally:
                self._draining = False
                self._cv.notify_all()

    def _interrupt_all(self) -> None:
        """(Under the lock.) Interrupt every query in flight."""
        for cur, _ in list(self._cursors.values()):
            try:
                cur.interrupt()
            except duckdb.Error:
                pass
