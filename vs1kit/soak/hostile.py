"""Hostile peers beside the soak: connection churn, garbage, half-sent frames against the
cameras' framed TCP ports, and garbage datagrams to their UDP ports. They only count what they
did; the accounting shows whether the well-behaved bridge lost anything meanwhile."""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
from dataclasses import dataclass

from vs1kit.generated import rpc
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import encode_frame

__all__ = ["Hostile"]

_FRAMED_TCP = [n for p in PORTS.values() if p.transport == "tcp" and p.framing == "vs1_frame" for n in p.numbers]
_FRAMED_UDP = [n for p in PORTS.values() if p.transport == "udp" and p.framing == "vs1_frame" for n in p.numbers]


@dataclass
class Hostile:
    hosts: list[str]
    port_map: dict[int, int]
    seed: int = 0
    churned: int = 0
    garbage_sent: int = 0
    half_frames: int = 0
    datagrams: int = 0
    refused: int = 0

    def _target(self, rnd: random.Random, ports: list[int]) -> tuple[str, int]:
        n = rnd.choice(ports)
        return rnd.choice(self.hosts), self.port_map.get(n, n)

    async def run(self, rate: float = 10.0) -> None:
        await asyncio.gather(self._churn(rate), self._garbage(rate / 5), self._half_frames(),
                             self._datagrams(rate / 5))

    async def _churn(self, rate: float) -> None:
        rnd = random.Random(self.seed)
        while True:
            await asyncio.sleep(1 / rate)
            host, port = self._target(rnd, _FRAMED_TCP)
            try:
                _, w = await asyncio.wait_for(asyncio.open_connection(host, port), 2)
                w.close()  # connect and leave at once
                self.churned += 1
            except (OSError, TimeoutError):
                self.refused += 1

    async def _garbage(self, rate: float) -> None:
        rnd = random.Random(self.seed + 1)
        while True:
            await asyncio.sleep(1 / rate)
            host, port = self._target(rnd, _FRAMED_TCP)
            try:
                r, w = await asyncio.wait_for(asyncio.open_connection(host, port), 2)
                w.write(os.urandom(rnd.randint(1, 512)))
                await w.drain()
                with contextlib.suppress(TimeoutError, OSError):
                    await asyncio.wait_for(r.read(4096), 1.0)
                w.close()
                self.garbage_sent += 1
            except (OSError, TimeoutError):
                self.refused += 1

    async def _half_frames(self, held: int = 4, hold_s: float = 5.0) -> None:
        """A few connections at a time that send part of a frame and then nothing."""
        rnd = random.Random(self.seed + 2)
        frame = encode_frame(rpc.GetStatus(), 1)

        async def one() -> None:
            host, port = self._target(rnd, _FRAMED_TCP)
            try:
                _, w = await asyncio.wait_for(asyncio.open_connection(host, port), 2)
            except (OSError, TimeoutError):
                self.refused += 1
                return
            w.write(frame[: rnd.randint(1, len(frame) - 1)])
            self.half_frames += 1
            with contextlib.suppress(OSError):
                await w.drain()
                await asyncio.sleep(hold_s)
            w.close()

        while True:
            await asyncio.gather(*(one() for _ in range(held)))

    async def _datagrams(self, rate: float) -> None:
        rnd = random.Random(self.seed + 3)
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol,
                                                           local_addr=("127.0.0.1", 0))
        try:
            while True:
                await asyncio.sleep(1 / rate)
                host, port = self._target(rnd, _FRAMED_UDP)
                transport.sendto(os.urandom(rnd.randint(1, 64)), (host, port))
                self.datagrams += 1
        finally:
            transport.close()

    def as_dict(self) -> dict[str, int]:
        return {"churned": self.churned, "garbage": self.garbage_sent, "half_frames": self.half_frames,
                "datagrams": self.datagrams, "refused": self.refused}
