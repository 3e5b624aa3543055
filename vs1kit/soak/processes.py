"""The soak's child processes: groups of emulated cameras, the bridge (`vs1 bridge run`), and
RSS sampling of any process by its pid."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import yaml

from vs1kit.generated.registry import PORTS
from vs1kit.soak.broker import SoakError

__all__ = ["BridgeProcess", "CameraGroup", "rss_kb", "soak_port_map"]

# Ports below 1024 need root: the soak moves them up (the VS-1 service ports stay as they are;
# every camera has its own loopback address, so the numbers do not collide).
_PRIVILEGED = 1024
_MOVED_BASE = 30000


def soak_port_map() -> dict[int, int]:
    return {n: (_MOVED_BASE + n if n < _PRIVILEGED else n) for p in PORTS.values() for n in p.numbers}


def rss_kb(pid: int | None) -> int | None:
    """Resident set size of a live process (kB), None once it is gone."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


class CameraGroup:
    """A child process running some cameras (vs1kit.soak.camproc), controlled over its pipes."""

    def __init__(self, index: int, cameras: list[str], hosts: list[str], *, rate: float,
                 partq_depth: int, workdir: Path) -> None:
        self.index = index
        self.cameras = cameras
        self.hosts = hosts
        self.cfg = {"hosts": hosts, "port_map": soak_port_map(), "rate": rate,
                    "partq_depth": partq_depth, "workdir": str(workdir)}
        self.log = workdir.parent / f"cameras{index}.log"
        self.proc: asyncio.subprocess.Process | None = None
        self.paused = False
        self._lock = asyncio.Lock()

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    async def start(self, timeout: float = 60.0) -> None:
        with self.log.open("ab") as err:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "vs1kit.soak.camproc", json.dumps(self.cfg),
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=err)
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), timeout)
        if not line or not json.loads(line).get("ready"):
            raise SoakError(f"camera process {self.index} did not start: {self.log.read_text()[-2000:]}")

    async def request(self, obj: dict[str, Any], timeout: float = 30.0) -> dict[str, Any]:
        if self.paused:
            raise SoakError(f"camera process {self.index} is paused")
        async with self._lock:
            assert self.proc is not None and self.proc.stdin is not None and self.proc.stdout is not None
            self.proc.stdin.write((json.dumps(obj) + "\n").encode())
            await self.proc.stdin.drain()
            line = await asyncio.wait_for(self.proc.stdout.readline(), timeout)
        if not line:
            raise SoakError(f"camera process {self.index} exited: {self.log.read_text()[-2000:]}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    async def status(self) -> dict[str, list[dict[str, int]]]:
        """Camera id -> its boots (first, last, first_us, last_us)."""
        cams = (await self.request({"op": "status"}))["cams"]
        return dict(zip(self.cameras, cams, strict=True))

    def pause(self) -> None:
        assert self.proc is not None
        self.paused = True
        os.kill(self.proc.pid, signal.SIGSTOP)

    def resume(self) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGCONT)
        self.paused = False

    async def stop(self) -> None:
        if self.proc is None:
            return
        if self.paused:
            self.resume()
        if self.proc.stdin is not None:
            self.proc.stdin.close()  # the child stops its cameras at the end of its input
        try:
            await asyncio.wait_for(self.proc.wait(), 15)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
        self.proc = None


class BridgeProcess:
    """`vs1 bridge run -c <config>` as a real process, so that SIGKILL is real."""

    def __init__(self, workdir: Path, cameras: dict[str, str], broker_port: int, metrics_port: int) -> None:
        self.workdir = workdir
        self.metrics_port = metrics_port
        self.config = workdir / "bridge.yaml"
        self.log = workdir / "bridge.log"
        port_map = soak_port_map()
        cfg = {
            "bridge": {"id": "soak", "state_dir": str(workdir / "state"), "metrics_port": metrics_port,
                       "log_level": "WARNING"},
            "cameras": [{"id": cid, "host": host, "port_map": port_map, "poll_interval": 1.0}
                        for cid, host in cameras.items()],
            "integrations": {"mqtt": {"host": "127.0.0.1", "port": broker_port, "keepalive": 2,
                                      "state_interval": 1.0, "discovery": False}},
        }
        self.config.write_text(yaml.safe_dump(cfg))
        self.proc: asyncio.subprocess.Process | None = None
        self.starts = 0

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    async def start(self) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        with self.log.open("ab") as err:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "vs1kit.cli", "bridge", "run", "-c", str(self.config),
                env=env, stdout=asyncio.subprocess.DEVNULL, stderr=err)
        self.starts += 1

    async def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        await self.proc.wait()
        self.proc = None

    async def stop(self) -> int | None:
        """SIGTERM; the exit code (None if it had to be killed)."""
        if self.proc is None:
            return None
        self.proc.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(self.proc.wait(), 15)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
            return None
        finally:
            self.proc = None
