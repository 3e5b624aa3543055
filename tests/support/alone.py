"""`@pytest.mark.alone`: a test whose assertions measure time (p99 latency, "the loop is never
blocked for more than X", "keeps pace at N Hz", a live capture that must not drop a segment)
runs with no other test of the session running beside it.

Under pytest-xdist (scripts/test runs the suite on several workers) every test holds a shared
lock on a file of this test run while it runs (setup, call, teardown); an `alone` test holds it
exclusively. A turnstile lock in front keeps the exclusive one from waiting forever: once an
`alone` test is waiting, the other workers wait before their next test instead of taking the
shared lock again. Without xdist (one process) nothing is locked: every test runs alone anyway.

Only the order in which tests start changes; no test is skipped or shortened.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Generator
from pathlib import Path
from typing import IO

import pytest

__all__ = ["AloneLock"]


class AloneLock:
    """The two lock files of one xdist test run (in `folder`, which all its workers share),
    opened once per worker process."""

    def __init__(self, folder: Path, run_id: str) -> None:
        self._turnstile: IO[bytes] = open(folder / f"alone-{run_id}.turnstile", "ab")  # noqa: SIM115
        self._room: IO[bytes] = open(folder / f"alone-{run_id}.room", "ab")  # noqa: SIM115

    def close(self) -> None:
        self._turnstile.close()
        self._room.close()

    def hold(self, alone: bool) -> _Held:
        return _Held(self, alone)


class _Held:
    def __init__(self, lock: AloneLock, alone: bool) -> None:
        self.lock = lock
        self.alone = alone

    def __enter__(self) -> None:
        turnstile, room = self.lock._turnstile.fileno(), self.lock._room.fileno()
        fcntl.flock(turnstile, fcntl.LOCK_EX)
        if self.alone:
            fcntl.flock(room, fcntl.LOCK_EX)  # waits for the tests running now; holds the turnstile
        else:
            try:
                fcntl.flock(room, fcntl.LOCK_SH)
            finally:
                fcntl.flock(turnstile, fcntl.LOCK_UN)

    def __exit__(self, *exc: object) -> None:
        fcntl.flock(self.lock._room.fileno(), fcntl.LOCK_UN)
        if self.alone:
            fcntl.flock(self.lock._turnstile.fileno(), fcntl.LOCK_UN)


class AlonePlugin:
    """Registered by tests/conftest.py in every xdist worker."""

    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        self.lock: AloneLock | None = None

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, None, None]:
        if self.lock is None:
            # Each worker's basetemp is <the run's folder>/popen-gwN: the lock files go in
            # the run's folder, which pytest removes with its other old temporary folders.
            factory: pytest.TempPathFactory = item.config._tmp_path_factory  # type: ignore[attr-defined]
            self.lock = AloneLock(factory.getbasetemp().parent, self.run_id)
        with self.lock.hold(item.get_closest_marker("alone") is not None):
            yield

    def pytest_unconfigure(self) -> None:
        if self.lock is not None:
            self.lock.close()


def xdist_run_id() -> str | None:
    """The id xdist gives every worker of one run (None outside an xdist worker)."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return None
    return os.environ.get("PYTEST_XDIST_TESTRUNUID")
