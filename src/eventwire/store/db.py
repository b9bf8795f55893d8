"""Opening the store file: one writer process at a time, readers between its batches.

DuckDB lets one process open a file read-write, or any number open it read-only,
never both. So the writer (`eventwire ingest`) opens the file only to write a
batch and closes it again, and every opener retries with backoff while another
process holds a conflicting lock.
"""
from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..errors import Errors, StoreError
from .schema import check_version, migrate

DEFAULT_DB = "eventwire.duckdb"
# Readers wait out one batch write; the writer waits out slow readers (a big export).
READ_TIMEOUT_S = 30.0
WRITE_TIMEOUT_S = 120.0


def default_db() -> Path:
    return Path(os.environ.get("EVENTWIRE_DB") or DEFAULT_DB)


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "lock" in msg and ("conflicting" in msg or "could not set" in msg)


def connect(path: str | Path, read_only: bool = False, timeout: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the store, retrying while another process holds the file; migrate it when writing."""
    path = str(path)
    if read_only and not Path(path).exists():
        raise StoreError(Errors.E403.format(path=path))
    timeout = (READ_TIMEOUT_S if read_only else WRITE_TIMEOUT_S) if timeout is None else timeout
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        try:
            conn = duckdb.connect(path, read_only=read_only)
            break
        except duckdb.Error as exc:
            if not _is_lock_error(exc):
                if "not a valid duckdb" in str(exc).lower() or "unable to open" in str(exc).lower():
                    raise StoreError(Errors.E405.format(path=path, detail=exc)) from exc
                raise
            if time.monotonic() >= deadline:
                raise StoreError(Errors.E401.format(path=path, seconds=timeout, detail=exc)) from exc
            # Jitter, so two waiting processes do not retry in lockstep; a short cap, because
            # the lock is not fair: a reader polling in a loop must not starve the writer.
            time.sleep(delay * (0.5 + random.random()))
            delay = min(delay * 2, 0.1)
    try:
        if read_only:
            if check_version(conn, path) == 0:
                raise StoreError(Errors.E405.format(path=path, detail="the file is empty, not an event store yet"))
        else:
            migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def reading(path: str | Path, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    conn = connect(path, read_only=True, timeout=timeout)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def writing(path: str | Path, timeout: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection, closed on exit so readers can get in."""
    conn = connect(path, read_only=False, timeout=timeout)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """All or nothing: a crash before COMMIT leaves the file as it was before BEGIN."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
