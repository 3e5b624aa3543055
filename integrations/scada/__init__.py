"""SCADA integration: the cameras as Modbus TCP units (pymodbus server).

Reads are answered from the hub's latest snapshot (see :mod:`.registers` for the map); coil
writes become hub commands: trigger, start/stop, virtual IO. A command the camera refuses
answers with Modbus exception 4 (device failure), so the PLC sees it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from typing import Any

from pymodbus.constants import ExcCodes
from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType, SimData, SimDevice
from pymodbus.simulator.simutils import SimUtils

from vs1kit.hub import CameraConfig, Hub

from .registers import COIL_RUNNING, COIL_TRIGGER, COIL_VIRTUAL_BASE, input_words

log = logging.getLogger(__name__)

DOMAIN = "scada"
IR_SIZE = 200
BITS = 64  # coils and discrete inputs per unit


@dataclass(frozen=True)
class Config:
    """``integrations.scada`` in the bridge config."""

    host: str = "127.0.0.1"
    port: int = 5020


@dataclass
class ScadaEntry:
    hub: Hub
    config: Config
    units: dict[int, str] = field(default_factory=dict)  # unit id -> camera id
    commands: dict[str, int] = field(default_factory=lambda: {"ok": 0, "failed": 0})
    server: ModbusTcpServer | None = None
    _task: asyncio.Task[None] | None = None

    @property
    def address(self) -> tuple[str, int]:
        return (self.config.host, self.config.port)

    def _device(self, unit: int, camera: CameraConfig) -> SimDevice:
        async def action(fc: int, start: int, address: int, count: int, registers: list[int],
                         values: list[int] | list[bool] | None) -> ExcCodes | None:
            return await self._access(camera, fc, start, address, count, registers, values)

        blocks = (
            [SimData(0, count=BITS, values=False, datatype=DataType.BITS)],
            [SimData(0, count=BITS, values=False, datatype=DataType.BITS)],
            [SimData(0, count=IR_SIZE, values=0, datatype=DataType.REGISTERS)],
            [SimData(0, count=IR_SIZE, values=0, datatype=DataType.REGISTERS)],
        )
        return SimDevice(unit, simdata=blocks, action=action)

    async def _access(self, camera: CameraConfig, fc: int, start: int, address: int, count: int,
                      registers: list[int], values: list[int] | list[bool] | None) -> ExcCodes | None:
        snap = self.hub.snapshots.get(camera.id)
        if snap is None:
            return ExcCodes.DEVICE_BUSY
        if fc == 4:
            registers[:] = input_words(camera, snap, len(registers))
        elif fc == 2:
            bits = [snap.io.get(i, False) for i in range(len(registers) * 16)]
            registers[:] = SimUtils.bitsToRegisters(bits)
        elif fc in (1, 5, 15):
            bits = [False] * (len(registers) * 16)
            bits[COIL_RUNNING] = snap.running
            for n in camera.virtual_points:
                if COIL_VIRTUAL_BASE + n < len(bits):
                    bits[COIL_VIRTUAL_BASE + n] = snap.io.get(1000 + n, False)
            registers[:] = SimUtils.bitsToRegisters(bits)
            if values:
                return await self._write_coils(camera, address, [bool(v) for v in values])
        return None

    async def _write_coils(self, camera: CameraConfig, address: int, values: list[bool]) -> ExcCodes | None:
        for i, on in enumerate(values):
            coil = address + i
            if coil == COIL_TRIGGER:
                if not on:
                    continue
                result = await self.hub.command(camera.id, "trigger")
            elif coil == COIL_RUNNING:
                result = await self.hub.command(camera.id, "start" if on else "stop")
            elif coil - COIL_VIRTUAL_BASE in camera.virtual_points:
                result = await self.hub.command(camera.id, "write_virtual",
                                                {"point": coil - COIL_VIRTUAL_BASE, "state": on})
            else:
                return ExcCodes.ILLEGAL_ADDRESS
            if not result.ok:  # refused or failed: tell the PLC, keep serving
                self.commands[result.status] = self.commands.get(result.status, 0) + 1
                log.warning("Modbus write to %s coil %d: %s (%s)", camera.id, coil, result.status, result.reason)
                return ExcCodes.ILLEGAL_ADDRESS if result.status == "refused" else ExcCodes.DEVICE_FAILURE
        self.commands["ok"] += 1
        return None

    async def start(self) -> None:
        devices = []
        for unit, camera in enumerate(self.hub.configs.values(), start=1):
            self.units[unit] = camera.id
            devices.append(self._device(unit, camera))
        self.server = ModbusTcpServer(devices, address=self.address)
        self._task = asyncio.create_task(self.server.serve_forever())
        # serve_forever binds in the task: wait until it listens so callers can connect.
        for _ in range(100):
            if self.server.is_active():
                return
            await asyncio.sleep(0.02)

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.shutdown()  # type: ignore[no-untyped-call]
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task


async def async_setup_entry(hub: Hub, config: Config) -> ScadaEntry:
    entry = ScadaEntry(hub, config)
    await entry.start()
    return entry


async def async_unload_entry(entry: ScadaEntry) -> None:
    await entry.stop()


def diagnostics(entry: ScadaEntry) -> dict[str, Any]:
    """Units and command counts (the Modbus config holds no secrets)."""
    return {"config": {"host": entry.config.host, "port": entry.config.port}, "units": entry.units,
            "commands": entry.commands, "active": bool(entry.server and entry.server.is_active())}
