"""Any number of emulated cameras on one host.

`Emulator(cameras=N)` runs N `CameraServer`s. Each one binds its own address (camera i on
127.0.1.(i+1) when N > 1; Linux routes all of 127/8 to lo) with every port number of the
generated registry unless `port_offset` / `port_map` say otherwise (numbers below 1024 need
root).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from vs1kit.emulator import model as m
from vs1kit.emulator.camera import CameraServer
from vs1kit.emulator.limits import Limits, limits_for
from vs1kit.generated.registry import PORTS

__all__ = ["Emulator", "default_ports"]


def default_ports(offset: int, port_map: dict[int, int] | None) -> dict[str, list[int]]:
    """Every port of the registry: its spec numbers, mapped by `port_map` or shifted by
    `offset`."""
    out: dict[str, list[int]] = {}
    for port_id, spec in PORTS.items():
        nums = []
        for n in spec.numbers:
            nums.append(port_map[n] if port_map and n in port_map else n + offset)
        out[port_id] = nums
    return out


class Emulator:
    """Any number of emulated cameras; `async with Emulator(...) as emu:` or start()/stop()."""

    def __init__(
        self,
        cameras: int = 1,
        host: str = "127.0.0.1",
        port_offset: int = 0,
        port_map: dict[int, int] | None = None,
        password: str = "admin",
        partq_depth: int = 1000,
        announce_interval: float = 2.0,
        announce_target: tuple[str, int] | None = None,
        workdir: Path | None = None,
        *,
        free_run_hz: float | None = None,
        ack_timeout: float = 1.0,
        throttle_base: float = 1.0,
        standard_ports: bool = True,
        hosts: list[str] | None = None,
        live_size: tuple[int, int] = (m.WIDTH, m.HEIGHT),
        dhcp_interface: str | None = None,
        limits: Limits | None = None,
    ) -> None:
        if cameras < 1:
            raise ValueError("at least one camera")
        self._tmp: Path | None = None
        if workdir is None:
            self._tmp = Path(tempfile.mkdtemp(prefix="vs1-emulator-"))
            workdir = self._tmp
        self.workdir = Path(workdir)
        if hosts is None:
            hosts = [host] if cameras == 1 else [f"127.0.1.{i + 1}" for i in range(cameras)]
        if len(hosts) != cameras:
            raise ValueError("need one host per camera")
        ports = default_ports(port_offset, port_map)
        # Each camera's connection cap fits its share of the descriptor limit.
        limits = limits_for(cameras, limits, standard_ports=standard_ports)
        self.cameras: list[CameraServer] = [
            CameraServer(i, hosts[i], ports, self.workdir / f"camera{i + 1}", password=password,
                         partq_depth=partq_depth, announce_interval=announce_interval,
                         announce_target=announce_target, ack_timeout=ack_timeout,
                         throttle_base=throttle_base, free_run_hz=free_run_hz,
                         standard_ports=standard_ports, live_size=live_size,
                         dhcp_interface=dhcp_interface, limits=limits)
            for i in range(cameras)
        ]

    async def start(self) -> None:
        started: list[CameraServer] = []
        try:
            for cam in self.cameras:
                await cam.start()
                started.append(cam)
        except BaseException:
            for cam in started:
                await cam.stop()
            raise

    async def stop(self) -> None:
        for cam in self.cameras:
            await cam.stop()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    async def __aenter__(self) -> Emulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
