"""Peak memory of a process tree for the benchmark scripts (speed.py, ingest.py).

Samples /proc every 200 ms; PSS, so pages shared by forked workers (the model)
count once across the tree, not once per worker as summed RSS would.
"""
from __future__ import annotations

import os
import threading
import time
from typing import Self


def _pss_kb(pid: int, fallback_kb: int) -> int:
    """Proportional set size: shared pages (the forked model) counted once across
    processes, not once per worker as summed RSS would."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return fallback_kb


def tree_pss_kb(root_pid: int) -> int:
    """PSS (kB) of ROOT_PID and all its descendants (RSS where PSS is unreadable)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            rss[int(d)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
            children.setdefault(ppid, []).append(int(d))
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [root_pid]
    while stack:
        p = stack.pop()
        total += _pss_kb(p, rss.get(p, 0)) if p in rss else 0
        stack.extend(children.get(p, []))
    return total


class PeakSampler:
    """`with PeakSampler(proc.pid) as s: ...` samples the tree's PSS in a thread
    until the block ends; `s.peak_kb` is the highest sample."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.pid, self.interval, self.peak_kb = pid, interval, 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.is_set():
            self.peak_kb = max(self.peak_kb, tree_pss_kb(self.pid))
            time.sleep(self.interval)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self._thread.join()
