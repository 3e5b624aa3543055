"""The client side of the connection monitor: heartbeats out, the camera's heartbeats judged.

The timing is the sans-IO :class:`~vs1kit.protocol.heartbeat.Heartbeat` (shared with the
emulator); this module only sleeps until it says something may change, sends what it says is
due and reports a verdict. Only the camera's heartbeat messages count as life: a peer that
trickles other bytes is not alive as far as the monitor is concerned.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Callable

from vs1kit.generated.monitor import Heartbeat as HeartbeatMessage
from vs1kit.protocol.heartbeat import Heartbeat

from .connection import FramedConnection
from .errors import ConnectionLost

__all__ = ["MonitorLoop"]


class MonitorLoop:
    """Drives one monitor connection's heartbeats until it closes or the camera goes silent."""

    def __init__(self, conn: FramedConnection, *, interval: float, timeout: float,
                 on_silent: Callable[[str], None]) -> None:
        self._loop = asyncio.get_running_loop()
        now = self._loop.time()
        self.conn = conn
        self.heartbeat = Heartbeat(interval=interval, timeout=timeout, now=now)
        self._start = now
        self._counter = itertools.count()
        self._on_silent = on_silent
        self.task = asyncio.create_task(self._run(), name="vs1-heartbeat")

    def heard(self) -> None:
        """A heartbeat from the camera arrived."""
        self.heartbeat.heard(self._loop.time())

    def reconfigure(self, *, interval: float, timeout: float) -> None:
        """The camera answered a renewed hello with other timing."""
        self.heartbeat.reconfigure(interval=interval, timeout=timeout, now=self._loop.time())

    @property
    def last_heard(self) -> float:
        return self.heartbeat.last_heard

    def stop(self) -> None:
        if self.task is not asyncio.current_task():
            self.task.cancel()

    async def _run(self) -> None:
        hb = self.heartbeat
        loop = self._loop
        while self.conn.is_open:
            now = loop.time()
            if hb.expired(now):
                # If this process was stalled, the camera's heartbeats may be waiting in the
                # socket: let the loop read them before judging the camera dead. Two turns:
                # the first only lets the selector run, the second its read callbacks.
                await asyncio.sleep(0)
                await asyncio.sleep(0)
                now = loop.time()
                if hb.expired(now) and self.conn.is_open:
                    self._on_silent(f"no heartbeat from the camera for {hb.silence(now):.1f} s")
                    return
            if hb.send_due(now):
                with contextlib.suppress(ConnectionLost):
                    self.conn.send(HeartbeatMessage(next(self._counter) & 0xFFFFFFFF,
                                                    int((now - self._start) * 1000) & 0xFFFFFFFF))
                hb.sent(now)
            await asyncio.sleep(max(0.0, hb.next_wakeup(now) - loop.time()))
