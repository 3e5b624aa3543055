"""The PLC side of the handshake, with pymodbus' client: the worked example, tests, benchmark.

One :meth:`HandshakePlc.cycle` is what a PLC program does per part: Trigger -> wait Trigger
Acknowledge -> clear Trigger -> wait the Inspection Completed toggle with Results Valid -> read
the result -> Results Acknowledge -> wait Results Valid clear -> clear Results Acknowledge.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from pymodbus.client import AsyncModbusTcpClient

from . import registers as R

C, S, W = R.CONTROL_BIT, R.STATUS_BIT, R.WORD


class HandshakeError(Exception):
    pass


@dataclass(frozen=True)
class PlcResult:
    acquisition_id: int
    inspection_id: int
    passed: bool
    words: list[int]
    """The results block."""


class HandshakePlc:
    def __init__(self, client: AsyncModbusTcpClient, unit: int = 1, timeout: float = 5.0,
                 poll: float = 0.0005) -> None:
        self.client = client
        self.unit = unit
        self.timeout = timeout
        self.poll = poll

    async def write(self, coil: int, on: bool) -> None:
        rr = await self.client.write_coil(coil, on, device_id=self.unit)
        if rr.isError():
            raise HandshakeError(f"write coil {coil}: {rr}")
        if rr.address != coil or bool(rr.bits[0]) != on:  # the echo must be exact
            raise HandshakeError(f"write coil {coil}={on}: echo {rr.address}={rr.bits[0]}")

    async def status(self) -> list[bool]:
        rr = await self.client.read_discrete_inputs(0, count=len(R.STATUS), device_id=self.unit)
        if rr.isError():
            raise HandshakeError(f"read status: {rr}")
        return list(rr.bits[:len(R.STATUS)])

    async def words(self, count: int = 20, address: int = 0) -> list[int]:
        rr = await self.client.read_input_registers(address, count=count, device_id=self.unit)
        if rr.isError():
            raise HandshakeError(f"read words: {rr}")
        return list(rr.registers)

    async def wait(self, what: str, test: Any) -> list[bool]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        while True:
            bits = await self.status()
            if test(bits):
                return bits
            if loop.time() > deadline:
                raise HandshakeError(f"timed out waiting for {what}; status {bits}")
            await asyncio.sleep(self.poll)

    async def enable(self) -> None:
        await self.write(C["trigger_enable"], True)
        await self.wait("trigger ready", lambda b: b[S["trigger_ready"]])

    async def cycle(self, result_words: int = 0) -> PlcResult:
        before = await self.wait("trigger ready", lambda b: b[S["trigger_ready"]])
        toggle = before[S["inspection_completed"]]
        if before[S["results_valid"]]:
            raise HandshakeError("a result is still presented before the trigger")
        await self.write(C["trigger"], True)
        await self.wait("trigger acknowledge", lambda b: b[S["trigger_ack"]])
        await self.write(C["trigger"], False)
        await self.wait("inspection completed", lambda b: b[S["inspection_completed"]] != toggle
                        and b[S["results_valid"]])
        words = await self.words()
        block = await self.words(result_words, R.RESULTS_BASE) if result_words else []
        acq = R.decode(words[2:4], "u32")
        insp = R.decode(words[4:6], "u32")
        await self.write(C["results_ack"], True)
        await self.wait("results valid cleared", lambda b: not b[S["results_valid"]])
        await self.write(C["results_ack"], False)
        return PlcResult(int(acq), int(insp), words[W["result_code"].address] == 1, block)
