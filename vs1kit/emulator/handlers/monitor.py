"""The monitor port: hello (which session, proven), watch (which connections: only those of
the monitor's own session), heartbeats, goodbye."""

from __future__ import annotations

import asyncio
import time

from vs1kit.emulator.conn import Conn, ProtocolViolation
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.model import ModelError
from vs1kit.emulator.monitors import WATCH_WAIT
from vs1kit.generated import monitor
from vs1kit.generated.emulator_skeleton import MonitorHandlers
from vs1kit.generated.enums import StatusCode as S


class CameraMonitor(MonitorHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_hello(self, ctx: Conn, message: monitor.Hello) -> monitor.HelloAck:
        # A non-zero session's proof was verified by the pipeline (login address, mac,
        # counter); session 0 is an anonymous monitor.
        conn = ctx
        sec = self.cam.security
        session = message.auth.session
        interval = min(max(message.interval_ms or 500, 50), 1000) / 1000.0
        timeout = min(max(4 * interval, 0.5), 2.0)
        mon = conn.monitor
        if mon is None:
            mon = self.cam.monitors.new(conn, session, message.client_name, interval,
                                        timeout, now=time.monotonic())
        else:
            if mon.session != session:
                raise ModelError(S.FORBIDDEN, f"this monitor belongs to session "
                                              f"{mon.session:08x}: open a new monitor connection")
            mon.name = message.client_name
            mon.heartbeat.reconfigure(interval=interval, timeout=timeout, now=time.monotonic())
        sec.touch(session)
        return monitor.HelloAck(monitor_id=mon.id, interval_ms=int(interval * 1000),
                                timeout_ms=int(timeout * 1000))

    async def on_watch(self, ctx: Conn, message: monitor.Watch) -> monitor.WatchAck:
        conn = ctx
        mon = conn.monitor
        if mon is None:
            raise ModelError(S.BAD_REQUEST, "say hello before watch")
        if message.port not in self.cam.watchable_ports():
            raise ModelError(S.BAD_REQUEST, f"port {message.port} is not a service or serial port of this camera")
        key = (message.port, conn.peer_ip, message.client_port)
        loop = asyncio.get_running_loop()
        start = loop.time()
        await self.cam.monitors.arrived(key, WATCH_WAIT)
        try:
            self.cam.monitors.watch_checked(mon, key)
        except ModelError:
            # Every refusal takes as long as one for a connection that never came: the time
            # says nothing about which client ports are in use, and each blind guess costs
            # the guesser WATCH_WAIT.
            await asyncio.sleep(max(0.0, start + WATCH_WAIT - loop.time()))
            raise
        return monitor.WatchAck(watched=len(mon.watched))

    async def on_heartbeat(self, ctx: Conn, message: monitor.Heartbeat) -> None:
        mon = ctx.monitor
        if mon is None:
            raise ProtocolViolation("heartbeat before hello")
        mon.heartbeat.heard(time.monotonic())  # only heartbeats count as life
        self.cam.security.touch(mon.session)

    async def on_goodbye(self, ctx: Conn, message: monitor.Goodbye) -> None:
        mon = ctx.monitor
        if mon is not None:
            self.cam.monitors.lost(mon, "client said goodbye")
