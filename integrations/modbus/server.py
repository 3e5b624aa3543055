"""The asyncio side of the Modbus integration: a pymodbus TCP server, one unit per camera.

Each unit's coils and holding registers are plain memory owned by the PLC, so every write is
echoed exactly (Modbus requires it; strict PLC clients check it). The action hook feeds writes
to the unit's :class:`~.unit.VisionUnit` and fills discrete inputs and input registers from it
on every read. Commands run in a worker per unit, so a slow camera never stalls the PLC's
Modbus transaction: the PLC sees Trigger Acknowledge / Command Complete when they are done.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from pymodbus.constants import ExcCodes
from pymodbus.server import ModbusTcpServer
from pymodbus.simulator import DataType, SimData, SimDevice
from pymodbus.simulator.simcore import SimCore
from pymodbus.simulator.simruntime import SimRuntime
from pymodbus.simulator.simutils import SimUtils

from . import registers as R
from .unit import Command, Result, UnitOptions, VisionUnit

log = logging.getLogger(__name__)

CommandRunner = Callable[[str, str, dict[str, Any]], Awaitable[tuple[str, str, dict[str, Any]]]]
"""(camera id, command, args) -> (status, reason, result): the hub's command table."""


@dataclass
class CameraUnit:
    camera_id: str
    unit_id: int
    core: VisionUnit
    queue: asyncio.Queue[Command] = field(default_factory=asyncio.Queue)
    worker: asyncio.Task[None] | None = None


class VisionServer:
    """Serves ``units`` (camera id -> unit id) on ``host:port``; see the module docstring."""

    def __init__(self, units: dict[str, int], options: UnitOptions, run: CommandRunner,
                 host: str = "127.0.0.1", port: int = 5020) -> None:
        self.units = {cid: CameraUnit(cid, uid, VisionUnit(options)) for cid, uid in units.items()}
        self.run = run
        self.address = (host, port)
        self.server: ModbusTcpServer | None = None
        self._task: asyncio.Task[None] | None = None

    def unit(self, camera_id: str) -> VisionUnit:
        return self.units[camera_id].core

    def add_unit(self, camera_id: str, unit_id: int, options: UnitOptions) -> VisionUnit:
        """A camera that joined at run time (announce discovery) gets its unit, served at once."""
        if camera_id in self.units:
            return self.units[camera_id].core
        if any(cu.unit_id == unit_id for cu in self.units.values()):
            raise ValueError(f"Modbus unit id {unit_id} is taken")
        cu = CameraUnit(camera_id, unit_id, VisionUnit(options))
        self.units[camera_id] = cu
        if self.server is not None:
            # pymodbus builds its device table once; a new device is one more entry in it.
            context = self.server.context
            if not isinstance(context, SimCore):
                raise TypeError("the Modbus server's context is not a simulator core")
            context.devices[unit_id] = SimRuntime(self._device(cu))
            cu.worker = asyncio.create_task(self._work(cu))
        return cu.core

    def _device(self, cu: CameraUnit) -> SimDevice:
        async def action(fc: int, start: int, address: int, count: int, registers: list[int],
                         values: list[int] | list[bool] | None) -> ExcCodes | None:
            return self._access(cu, fc, address, registers, values)

        blocks = (
            [SimData(0, count=16, values=False, datatype=DataType.BITS)],
            [SimData(0, count=16, values=False, datatype=DataType.BITS)],
            [SimData(0, count=len(R.COMMAND), values=0, datatype=DataType.REGISTERS)],
            [SimData(0, count=R.INPUT_SIZE, values=0, datatype=DataType.REGISTERS)],
        )
        return SimDevice(cu.unit_id, simdata=blocks, action=action)

    def _access(self, cu: CameraUnit, fc: int, address: int, registers: list[int],
                values: list[int] | list[bool] | None) -> ExcCodes | None:
        core = cu.core
        if fc == 2:
            bits = core.status_bits()
            registers[:] = SimUtils.bitsToRegisters(bits + [False] * (16 * len(registers) - len(bits)))
        elif fc == 4:
            registers[:] = core.input_words()[:len(registers)]
        elif values is not None and fc in (5, 15):
            out = core.write_control(address, [bool(v) for v in values])
            if isinstance(out, int):
                return ExcCodes.ILLEGAL_ADDRESS
            for command in out:
                cu.queue.put_nowait(command)
        elif values is not None and fc in (6, 16, 23):
            if core.write_command_words(address, [int(v) for v in values]) is not None:
                return ExcCodes.ILLEGAL_ADDRESS
        elif fc == 22:
            return ExcCodes.ILLEGAL_FUNCTION  # mask write would bypass the edge logic
        return None

    async def _work(self, cu: CameraUnit) -> None:
        while True:
            command = await cu.queue.get()
            try:
                status, reason, result = await self.run(cu.camera_id, command.name, command.args)
            except Exception as exc:  # the runner must never kill the unit's worker
                status, reason, result = "failed", str(exc), {}
            if status != "ok":
                log.warning("modbus unit %d (%s): %s %s: %s", cu.unit_id, cu.camera_id,
                            command.name, status, reason)
            cu.core.command_done(command, status, result)

    async def start(self) -> None:
        self.server = ModbusTcpServer([self._device(cu) for cu in self.units.values()],
                                      address=self.address)
        for cu in self.units.values():
            cu.worker = asyncio.create_task(self._work(cu))
        self._task = asyncio.create_task(self.server.serve_forever())
        # serve_forever binds inside the task: wait until it listens so callers can connect.
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 5.0
        while not self.server.is_active():
            if self._task.done() or loop.time() > deadline:
                await self.stop()
                raise OSError(f"Modbus server did not start listening on {self.address}")
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        for cu in self.units.values():
            if cu.worker is not None:
                cu.worker.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await cu.worker
        if self.server is not None:
            await self.server.shutdown()  # type: ignore[no-untyped-call]
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    def result(self, camera_id: str, inspection: int, passed: bool, datums: dict[str, Any]) -> None:
        self.unit(camera_id).inspection(Result(inspection, passed, datums))
