"""The camera's listeners under floods, at the descriptor limits cameras really run with."""

from __future__ import annotations

import asyncio
import contextlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hostile.peers import connect
from vs1kit.client import Camera
from vs1kit.generated.registry import PORTS

ATTACKERS = [f"127.0.0.{i}" for i in range(2, 10)]

# The emulator in a child process at the common 1,024-descriptor limit, standard ports on,
# logging WARNING and above to stderr; it prints its address and ports, then serves until its
# stdin closes.
CHILD = """
import asyncio, json, logging, resource, sys, tempfile
from pathlib import Path
from vs1kit.emulator import Emulator
from vs1kit.generated.registry import PORTS

resource.setrlimit(resource.RLIMIT_NOFILE, (1024, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

async def main():
    emu = Emulator(port_map={n: 0 for p in PORTS.values() for n in p.numbers}, announce_interval=0,
                   standard_ports=True, workdir=Path(tempfile.mkdtemp(prefix="vs1-listeners-")))
    await emu.start()
    cam = emu.cameras[0]
    print(json.dumps({"host": cam.host, "ports": cam.ports(),
                      "max_connections": cam.limits.max_connections}), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    await emu.stop()

asyncio.run(main())
"""


class Child:
    def __init__(self, proc: subprocess.Popen[str], log: Path) -> None:
        self.proc = proc
        self.log = log
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"the emulator child did not start: {log.read_text()[-2000:]}")
        info = json.loads(line)
        self.host: str = info["host"]
        self.ports: dict[str, list[int]] = info["ports"]
        self.max_connections: int = info["max_connections"]

    def port(self, port_id: str) -> int:
        return self.ports[port_id][0]

    def port_map(self) -> dict[int, int]:
        return {n: self.ports[pid][i] for pid, spec in PORTS.items()
                for i, n in enumerate(spec.numbers) if self.ports.get(pid, [])[i:i + 1]}


@pytest.fixture
def child() -> Iterator[Child]:
    with tempfile.TemporaryDirectory(prefix="vs1-listeners-log-") as tmp:
        log = Path(tmp) / "stderr"
        with log.open("w") as err:
            proc = subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=err, text=True)
        try:
            yield Child(proc, log)
        finally:
            assert proc.stdin is not None
            proc.stdin.close()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()


def test_connection_flood_at_1024_descriptors_is_refused_by_the_caps_not_emfile(child: Child) -> None:
    """3,000 connections to three framed ports from 8 addresses, held open, against a camera
    limited to 1,024 descriptors with its standard servers on: the caps refuse the excess (one
    log line per address), the process never runs out of descriptors (no EMFILE traceback from
    the accept loop), and the controller keeps control and gets its answers."""

    async def main() -> None:
        async with Camera(child.host, port_map=child.port_map(), password="admin",
                          auto_reconnect=False) as cam:
            await cam.gain_control()
            await cam.get_status()
            held: list[asyncio.StreamWriter] = []

            async def one(i: int) -> None:
                with contextlib.suppress(OSError):
                    _, w = await connect(child.host, child.port(("rpc", "monitor", "partq")[i % 3]),
                                         ATTACKERS[i % 8])
                    held.append(w)

            try:
                for start in range(0, 3000, 1000):
                    await asyncio.gather(*(one(i) for i in range(start, start + 1000)))
                    await cam.get_status()
                for _ in range(20):
                    await asyncio.wait_for(cam.get_status(), 2.0)
                reply = await cam.take_control()
                assert reply.in_control
            finally:
                for w in held:
                    w.transport.abort()
            # The flood went past the cap: that is what made the camera refuse.
            assert len(held) > child.max_connections

    asyncio.run(asyncio.wait_for(main(), 120))
    log = child.log.read_text()
    assert "connection refused" in log, log[-2000:]
    assert "out of system resource" not in log and "Too many open files" not in log, log[-2000:]
    assert "Traceback" not in log, log[-2000:]
