"""The one way tests start an emulated camera.

* In the test's own event loop: `emulated(**options)` (an async context manager; the `emulator`
  fixture of tests/conftest.py hands it out with a per-test work directory) or
  `make_emulator(**options)` for a not yet started one. Every port of the generated registry
  binds a free loopback port; `port_map_of(camera)` says which (spec number -> real number), the
  form the client's `port_map` takes.
* In a child process, for a given package tree (e.g. one regenerated from a modified spec):
  `EmulatorProcess(tree)`; it reports the ports it bound and stops when the test is done.

Both wait on conditions with deadlines (the child's "ready" line), never on sleeps.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import selectors
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

from vs1kit.emulator import CameraServer, Emulator
from vs1kit.generated.registry import PORTS

__all__ = ["FREE_PORTS", "EmulatorFactory", "EmulatorProcess", "emulated", "make_emulator",
           "port_map_of", "wait_for"]

FREE_PORTS: dict[int, int] = {n: 0 for p in PORTS.values() for n in p.numbers}
"""Every spec port number -> 0: each server binds a free port, the emulator reports which."""

EmulatorFactory = Callable[..., contextlib.AbstractAsyncContextManager[Emulator]]
"""The `emulator` fixture: `async with emulator(**options) as emu:`."""


def make_emulator(**options: Any) -> Emulator:
    """An emulator (not started) on free ports with quiet announces. `port_map` entries given
    here override the free ports (e.g. one announce port shared by several cameras)."""
    options.setdefault("announce_interval", 0)
    options["port_map"] = {**FREE_PORTS, **options.pop("port_map", {})}
    return Emulator(**options)


@contextlib.asynccontextmanager
async def emulated(**options: Any) -> AsyncIterator[Emulator]:
    """A started emulator (see `make_emulator`), stopped on exit."""
    emu = make_emulator(**options)
    await emu.start()
    try:
        yield emu
    finally:
        await emu.stop()


def port_map_of(cam: CameraServer) -> dict[int, int]:
    """Spec port number -> the number the camera actually bound."""
    out: dict[int, int] = {}
    ports = cam.ports()
    for pid, spec in PORTS.items():
        for i, n in enumerate(spec.numbers):
            real = ports.get(pid, [])[i:i + 1]
            if real and real[0]:
                out[n] = real[0]
    return out


async def wait_for(condition: Any, timeout: float = 5.0, what: str = "condition") -> None:
    """Wait until `condition()` is true, checking on every event-loop turn, up to `timeout`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.005)


_CHILD = r"""
import asyncio, json, sys
import vs1kit
from vs1kit.emulator import Emulator
from vs1kit.generated.registry import PORTS

async def main() -> None:
    emu = Emulator(port_map={n: 0 for p in PORTS.values() for n in p.numbers},
                   announce_interval=0, standard_ports=False)
    await emu.start()
    cam = emu.cameras[0]
    spec_numbers = {pid: list(p.numbers) for pid, p in PORTS.items()}
    print(json.dumps({"package": vs1kit.__file__, "host": cam.host, "ports": cam.ports(),
                      "spec_numbers": spec_numbers}), flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)  # until the test closes our stdin
    await emu.stop()

asyncio.run(main())
"""


class EmulatorProcess:
    """`vs1kit.emulator` of the package tree `tree` (the folder holding `vs1kit/`), run in a
    child process with that tree first on its path. `info` holds what it bound:
    {"package", "host", "ports": {port id: [numbers]}, "spec_numbers": {port id: [numbers]}}."""

    def __init__(self, tree: Path, timeout: float = 30.0) -> None:
        self.tree = tree
        self.timeout = timeout
        self.proc: subprocess.Popen[str] | None = None
        self.info: dict[str, Any] = {}

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = str(self.tree)
        return env

    def __enter__(self) -> EmulatorProcess:
        self.proc = subprocess.Popen([sys.executable, "-c", _CHILD], cwd=self.tree,
                                     env=self.env(), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        sel = selectors.DefaultSelector()
        sel.register(self.proc.stdout, selectors.EVENT_READ)
        ready = sel.select(self.timeout)
        sel.close()
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            self.__exit__()
            raise AssertionError(f"emulator in {self.tree} did not start: {self.stderr}")
        self.info = json.loads(line)
        return self

    def port_map(self) -> dict[int, int]:
        """Spec port number -> bound number (the client's `port_map`)."""
        out: dict[int, int] = {}
        for pid, numbers in self.info["spec_numbers"].items():
            for n, real in zip(numbers, self.info["ports"].get(pid, []), strict=False):
                if real:
                    out[n] = real
        return out

    stderr = ""

    def __exit__(self, *exc: object) -> None:
        if self.proc is None:
            return
        try:
            _out, self.stderr = self.proc.communicate(input="", timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            _out, self.stderr = self.proc.communicate()
        self.proc = None
