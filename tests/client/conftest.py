"""Helpers for the client tests: each test gets its own emulator on free loopback ports, started
the one shared way (tests/support/emulator.py); a client pointed at it; an emulator in a thread
for tests that block (the `vs1` command in a subprocess)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import pytest
from support.emulator import FREE_PORTS, emulated, make_emulator, port_map_of, wait_for

from vs1kit.client import Camera
from vs1kit.emulator import CameraServer, Emulator

T = TypeVar("T")

__all__ = ["FREE_PORTS", "EmulatorThread", "client_for", "emulated", "port_map_of", "run", "run_vs1",
           "wait_for"]

def client_for(emu: Emulator, index: int = 0, **options: Any) -> Camera:
    cam = emu.cameras[index]
    options.setdefault("password", "admin")
    return Camera(cam.host, port_map=port_map_of(cam), **options)


def run(coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
    return asyncio.run(asyncio.wait_for(coro, timeout))


class EmulatorThread:
    """An emulator on its own event loop in a thread, for tests that block (subprocesses)."""

    def __init__(self, **options: Any) -> None:
        options.setdefault("announce_interval", 0)
        self._options = options
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.emu: Emulator = self.call(self._start())

    async def _start(self) -> Emulator:
        # A port offset moves every port by itself; otherwise each binds a free number.
        emu = Emulator(**self._options) if "port_offset" in self._options else make_emulator(**self._options)
        await emu.start()
        return emu

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 30) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def call_soon(self, fn: Callable[[], T]) -> T:
        async def wrap() -> T:
            return fn()
        return self.call(wrap())

    @property
    def cam(self) -> CameraServer:
        return self.emu.cameras[0]

    @property
    def port_map(self) -> dict[int, int]:
        return port_map_of(self.cam)

    def cli_args(self) -> list[str]:
        """--host/--port-map options pointing the vs1 command at this emulator."""
        args = ["--host", self.cam.host]
        for spec, real in sorted(self.port_map.items()):
            args += ["--port-map", f"{spec}={real}"]
        return args

    def stop(self) -> None:
        self.call(self.emu.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


@pytest.fixture
def emu_thread() -> Any:
    et = EmulatorThread()
    try:
        yield et
    finally:
        et.stop()


def vs1_command() -> list[str]:
    """The `vs1` console script of the Python running the tests (what users run), else the same
    command group as a module."""
    exe = Path(sys.executable).with_name("vs1")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "vs1kit.cli"]


def run_vs1(args: list[str], *, env: dict[str, str] | None = None, timeout: float = 60,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.pop("VS1_PASSWORD", None)
    # Tests read tables from a pipe; keep them from wrapping at 80 columns.
    full_env.setdefault("COLUMNS", "120")
    if env:
        full_env.update(env)
    return subprocess.run(vs1_command() + args, capture_output=True, text=True, timeout=timeout,
                          env=full_env, input=input)
