"""Helpers for the client tests: each test gets its own emulator on free loopback ports."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import pytest

from vs1kit.client import Camera
from vs1kit.emulator.server import CameraServer, Emulator
from vs1kit.generated.registry import PORTS

T = TypeVar("T")

# Every spec port number -> 0: each server binds a free port, the emulator reports which.
FREE_PORTS = {n: 0 for p in PORTS.values() for n in p.numbers}


def port_map_of(cam: CameraServer) -> dict[int, int]:
    out: dict[int, int] = {}
    for pid, spec in PORTS.items():
        for i, n in enumerate(spec.numbers):
            with contextlib.suppress(KeyError, IndexError):
                real = cam.port(pid, i)
                if real:
                    out[n] = real
    return out


@contextlib.asynccontextmanager
async def emulated(**options: Any) -> AsyncIterator[Emulator]:
    options.setdefault("announce_interval", 0)
    # port_map entries given here override the free ports (e.g. one announce port shared by
    # several cameras, as on a real subnet).
    port_map = {**FREE_PORTS, **options.pop("port_map", {})}
    emu = Emulator(port_map=port_map, **options)
    await emu.start()
    try:
        yield emu
    finally:
        await emu.stop()


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
        if "port_offset" not in self._options:
            self._options["port_map"] = dict(FREE_PORTS)
        emu = Emulator(**self._options)
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
    """The installed `vs1` command if it has the client commands, else the same group run
    as a module (until the lead registers them in vs1kit/cli.py)."""
    exe = Path(sys.executable).with_name("vs1")
    vs1 = str(exe) if exe.exists() else shutil.which("vs1")
    if vs1:
        out = subprocess.run([vs1, "--help"], capture_output=True, text=True, timeout=30)
        if " snap " in out.stdout or "\n  snap" in out.stdout:
            return [vs1]
    return [sys.executable, "-m", "vs1kit.cli_client"]


def run_vs1(args: list[str], *, env: dict[str, str] | None = None, timeout: float = 60,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env.pop("VS1_PASSWORD", None)
    if env:
        full_env.update(env)
    return subprocess.run(vs1_command() + args, capture_output=True, text=True, timeout=timeout,
                          env=full_env, input=input)
