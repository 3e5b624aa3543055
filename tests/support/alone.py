"""Two markers for tests that must not run beside certain others when scripts/test runs the
suite on several pytest-xdist workers:

* `@pytest.mark.alone`: a test whose assertions measure time (p99 latency, "the loop is never
  blocked for more than X", "keeps pace at N Hz", a live capture that must not drop a segment)
  runs with no other test of the session running beside it;
* `@pytest.mark.serial(name)`: tests that share something fixed (apt's lock, ...) run one at a
  time, whichever workers they land on.

How: every test holds a shared lock on a file of this test run while it runs (setup, call,
teardown); an `alone` test holds it exclusively. A turnstile lock in front keeps the exclusive
one from waiting forever: once an `alone` test is waiting, the other workers wait before their
next test instead of taking the shared lock again. A `serial` test first takes the exclusive lock
of its name. Locks are always taken in that order (name, turnstile, shared/exclusive), so no two
tests wait on each other. Without xdist (one process) nothing is locked: tests run one by one.

Only the order in which tests start changes; no test is skipped or shortened.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Generator, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO

import pytest

__all__ = ["AlonePlugin", "xdist_run_id"]


class _Locks:
    """The lock files of one xdist test run (in `folder`, which all its workers share), each
    opened once per worker process."""

    def __init__(self, folder: Path, run_id: str) -> None:
        self.folder = folder
        self.run_id = run_id
        self.files: dict[str, IO[bytes]] = {}

    def _fd(self, name: str) -> int:
        if name not in self.files:
            safe = re.sub(r"[^A-Za-z0-9_.-]", "_", name)
            self.files[name] = open(self.folder / f"lock-{self.run_id}-{safe}", "ab")  # noqa: SIM115
        return self.files[name].fileno()

    @contextmanager
    def hold(self, alone: bool, serial: list[str]) -> Iterator[None]:
        with ExitStack() as stack:
            for name in sorted(set(serial)):
                stack.enter_context(self._locked(f"serial-{name}", fcntl.LOCK_EX))
            if alone:
                stack.enter_context(self._locked("turnstile", fcntl.LOCK_EX))
                stack.enter_context(self._locked("room", fcntl.LOCK_EX))
            else:
                with self._locked("turnstile", fcntl.LOCK_EX):
                    fcntl.flock(self._fd("room"), fcntl.LOCK_SH)
                stack.callback(fcntl.flock, self._fd("room"), fcntl.LOCK_UN)
            yield

    @contextmanager
    def _locked(self, name: str, how: int) -> Iterator[None]:
        fd = self._fd(name)
        fcntl.flock(fd, how)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        for f in self.files.values():
            f.close()


class AlonePlugin:
    """Registered by tests/conftest.py in every xdist worker."""

    def __init__(self, run_id: str) -> None:
        self.run_id = run_id
        self.locks: _Locks | None = None

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, None, None]:
        if self.locks is None:
            # Each worker's basetemp is <the run's folder>/popen-gwN: the lock files go in
            # the run's folder, which pytest removes with its other old temporary folders.
            factory: pytest.TempPathFactory = item.config._tmp_path_factory  # type: ignore[attr-defined]
            self.locks = _Locks(factory.getbasetemp().parent, self.run_id)
        serial = [str(m.args[0]) for m in item.iter_markers("serial")]
        with self.locks.hold(item.get_closest_marker("alone") is not None, serial):
            yield

    def pytest_unconfigure(self) -> None:
        if self.locks is not None:
            self.locks.close()


def xdist_run_id() -> str | None:
    """The id xdist gives every worker of one run (None outside an xdist worker)."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return None
    return os.environ.get("PYTEST_XDIST_TESTRUNUID")
