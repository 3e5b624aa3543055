"""Fixtures shared by the whole suite.

`emulator`: the one way a test starts emulated cameras in its own event loop, on free loopback
ports, with a work directory under the test's tmp_path:

    def test_something(emulator):
        async def main():
            async with emulator(cameras=2) as emu:
                ...
        asyncio.run(main())

For an emulator of another package tree in a child process, see
`support.emulator.EmulatorProcess`.

scripts/test runs the suite on several pytest-xdist workers, a test file to a worker (`--dist
loadfile`: a module's fixtures are made once, its tests run one after the other). Tests that
time themselves carry `@pytest.mark.alone`, so nothing else runs beside them; tests in several
files that share something fixed (apt's lock) carry `@pytest.mark.serial(name)`, so they run one
at a time (support/alone.py).
"""

from __future__ import annotations

import contextlib
import itertools
from pathlib import Path
from typing import Any

import pytest
from support.alone import AlonePlugin, xdist_run_id
from support.emulator import EmulatorFactory, emulated

from vs1kit.emulator import Emulator


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "alone: no other test runs while this one does (it measures time); see support/alone.py")
    config.addinivalue_line(
        "markers", "serial(name): tests of one name run one at a time, on any worker; see support/alone.py")
    run_id = xdist_run_id()
    if run_id is not None:
        config.pluginmanager.register(AlonePlugin(run_id), "vs1kit-alone")


@pytest.fixture
def emulator(tmp_path: Path) -> EmulatorFactory:
    """`emulator(**options)`: an async context manager giving a started `Emulator` (options as
    `Emulator` takes them; every port on a free number unless `port_map` says otherwise)."""
    numbers = itertools.count(1)

    def start(**options: Any) -> contextlib.AbstractAsyncContextManager[Emulator]:
        options.setdefault("workdir", tmp_path / f"emulator{next(numbers)}")
        return emulated(**options)

    return start
