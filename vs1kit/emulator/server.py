"""The emulator's network side: every port of every emulated camera, on asyncio.

`Emulator(cameras=N)` runs N `CameraServer`s. Each one binds its own address (camera i on
127.0.1.(i+1) when N > 1; Linux routes all of 127/8 to lo) with the real port numbers unless
`port_offset` / `port_map` say otherwise (numbers below 1024 need root).

Framed TCP ports go through the sans-IO `ServerSession` and the generated dispatch skeleton
(`handlers.py`). A bad frame or a protocol violation closes that one connection; nothing
else notices. Connection monitors (TCP 49079) tie the client's other connections to its
login session: a monitor that goes quiet for its timeout (or closes) takes its watched
connections (serial channels included) and the session's control with it.

The announce port is bound to the camera's own address, plus one socket per broadcast address
the camera hears (255.255.255.255 and its subnet's, 127.255.255.255 on loopback) shared with
SO_REUSEADDR/SO_REUSEPORT: several cameras on one host each get every discover broadcast, as
cameras on a subnet do. The periodic announce is broadcast to the camera's announce port
unless `announce_target` says otherwise.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import math
import shutil
import socket
import struct
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Final

from vs1kit.emulator import model as m
from vs1kit.emulator.conn import Conn, ConnKey, Monitor, ProtocolViolation, Report
from vs1kit.emulator.dhcp import DhcpError, Lease, obtain_lease
from vs1kit.emulator.files import DEFAULT_JOBS, CameraFiles, default_job_content
from vs1kit.emulator.handlers import (
    CameraAcquire,
    CameraAnnounce,
    CameraIo,
    CameraLogin,
    CameraMonitor,
    CameraPartq,
    CameraReportControl,
    CameraReports,
    CameraRpc,
)
from vs1kit.emulator.model import CameraModel, InspectionResult, ModelError
from vs1kit.emulator.netstate import Credentials, NetworkConfig, NetworkState
from vs1kit.emulator.records import append_record_frame, record_body
from vs1kit.emulator.security import Security
from vs1kit.generated import acquire, announce, enums, frames, monitor, rip, types
from vs1kit.generated.emulator_skeleton import NotHandled, dispatch
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import decode_datagram, decode_message, encode_frame
from vs1kit.protocol.session import Request, ServerSession, UnknownMessage
from vs1kit.protocol.wire import DecodeError, EncodeError, Message

__all__ = ["CameraServer", "Emulator", "InspectionEngine"]

log = logging.getLogger(__name__)

S = enums.StatusCode
FRAMED_TCP: Final = ("io", "acquire", "rpc", "monitor", "reports", "partq", "report_control")
STANDARD_TCP: Final = ("ftp", "telnet", "http")
READ_SIZE: Final = 256 * 1024
LOSSY_HIGH_WATER: Final = 256 * 1024
SERIAL_HIGH_WATER: Final = 1024 * 1024
LIVE_FRAMES: Final = 4
TICK: Final = 0.05
FREE_RUN_BACKLOG: Final = 0.02
"""Seconds of free-run triggers a camera queues before further ones are overruns."""


class InspectionEngine:
    """Runs inspections one at a time and delivers each to the report connections.

    Triggers only count up `pending`; one task turns them into inspections, so the inspection
    numbers a trigger reply promises are exactly the ones that run. A lossless report holds
    the next inspection until its record is acknowledged (or `ack_timeout` passes).
    """

    def __init__(self, cam: CameraServer, ack_timeout: float) -> None:
        self.cam = cam
        self.ack_timeout = ack_timeout
        self.pending = 0
        self.overruns = 0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def next_triggered(self) -> int:
        """The number the next trigger's inspection will get (after those queued)."""
        return self.cam.model.inspections + self.pending + 1

    @property
    def next_delivered(self) -> int:
        """The first inspection a report opened now receives: the next one to run. Queued
        triggers have not run yet, so a new report gets them too; an inspection whose acks
        are awaited has already been delivered (to the reports open at the time)."""
        return self.cam.model.next_inspection

    def trigger(self, count: int = 1) -> int:
        """Queue `count` inspections; returns the number the first of them will get."""
        if not self.cam.model.can_inspect():
            raise ModelError(S.BUSY, f"camera is {self.cam.model.state.name.lower()}, not running a job")
        first = self.next_triggered
        self.pending += count
        self._wake.set()
        return first

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"inspections-{self.cam.index}")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        self.pending = 0

    async def _run(self) -> None:
        cam = self.cam
        model = cam.model
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self.pending > 0:
                if time.monotonic() < cam._stalled_until:
                    await cam.unstalled()
                if not model.can_inspect():
                    log.info("dropping %d queued trigger(s): camera stopped", self.pending)
                    self.pending = 0
                    break
                self.pending -= 1
                result = model.run_inspection()
                waits = self.deliver(result)
                if waits:
                    await self._await_acks(waits, result.number)
                elif self.pending and result.number % 64 == 0:
                    # Let the servers breathe during long bursts; the records queued on the
                    # report connections since the last breath go out now, in one write each.
                    await asyncio.sleep(0)

    def deliver(self, result: InspectionResult) -> list[asyncio.Future[None]]:
        waits: list[asyncio.Future[None]] = []
        conns = self.cam.report_conns
        if not conns:
            return waits
        now = time.monotonic()
        bodies: dict[tuple[tuple[int, ...], bool], bytes] = {}
        for conn in list(conns):
            if conn.closing:
                continue
            for rep in conn.reports.values():
                if rep.paused:
                    continue
                if rep.mode == enums.ReportMode.LOSSLESS:
                    fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                    conn.acks[(rep.report_id, result.number)] = fut
                    self._send(conn, rep, result, 0, bodies)
                    waits.append(fut)
                    continue
                # Lossy: keep to the rate and never queue behind a slow reader; count drops.
                if (rep.rate_hz > 0 and now < rep.next_time) or conn.buffered > LOSSY_HIGH_WATER:
                    rep.dropped += 1
                    rep.pending_drops += 1
                    continue
                self._send(conn, rep, result, rep.pending_drops, bodies)
                rep.pending_drops = 0
                if rep.rate_hz > 0:
                    # One record per period: keep the grid when this one is only a little
                    # late, restart it after a pause (never two records back to back).
                    period = 1.0 / rep.rate_hz
                    late = now - rep.next_time
                    rep.next_time = rep.next_time + period if late < period else now + period
        return waits

    @staticmethod
    def _send(conn: Conn, rep: Report, result: InspectionResult, dropped_before: int,
              bodies: dict[tuple[tuple[int, ...], bool], bytes]) -> None:
        """Queue the report's record of `result` on `conn`. `bodies` holds the records of this
        inspection encoded so far (one per datum set), for the other reports to reuse."""
        ids = rep.ids
        key = (tuple(ids), rep.include_image)
        body = bodies.get(key)
        if body is None:
            body = bodies[key] = record_body(result.record(ids, with_image=rep.include_image))
        if rep.include_image or rep.mode == enums.ReportMode.LOSSLESS:
            # To the socket now: the engine is about to wait for this record's ack, and an
            # image is a burst of its own. Lossy records without images go out per burst.
            frame = bytearray()
            append_record_frame(frame, conn.next_event_seq(), rep.report_id, dropped_before, body)
            conn.write(frame)
        else:
            append_record_frame(conn.queue(), conn.next_event_seq(), rep.report_id,
                                dropped_before, body)
        rep.delivered += 1

    async def _await_acks(self, waits: list[asyncio.Future[None]], number: int) -> None:
        _done, late = await asyncio.wait(waits, timeout=self.ack_timeout)
        if late:
            log.warning("inspection %d: %d lossless report client(s) did not ack within %.1f s; "
                        "going on (the record stays in PartQ)", number, len(late), self.ack_timeout)
            for fut in late:
                fut.cancel()
            for conn in self.cam.report_conns:
                for key in [k for k, f in conn.acks.items() if f.cancelled()]:
                    conn.acks.pop(key, None)
                    rep = conn.reports.get(key[0])
                    if rep is not None:
                        rep.ack_timeouts += 1


class _Datagram(asyncio.DatagramProtocol):
    def __init__(self, on_datagram: Callable[[bytes, tuple[str, int]], None]) -> None:
        self.on_datagram = on_datagram
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        self.on_datagram(data, (str(addr[0]), int(addr[1])))

    def error_received(self, exc: Exception) -> None:
        log.debug("UDP error: %s", exc)


def _rip1_mask(address: str) -> str:
    """RIPv1 carries no mask: the classful one, widened (by octets) when the address has bits
    beyond it, i.e. names a subnet (RFC 1058 3.2 leaves subnet inference to the receiver)."""
    octets = [int(x) for x in address.split(".")]
    first = octets[0]
    n = 1 if first < 128 else 2 if first < 192 else 3
    while n < 4 and any(octets[n:]):
        n += 1
    return ".".join(["255"] * n + ["0"] * (4 - n))


class CameraServer:
    """One emulated camera: the model plus a server on each of its ports."""

    def __init__(
        self,
        index: int,
        host: str,
        ports: dict[str, list[int]],
        files_root: Path,
        *,
        password: str = "admin",
        partq_depth: int = 1000,
        announce_interval: float = 2.0,
        announce_target: tuple[str, int] | None = None,
        ack_timeout: float = 1.0,
        throttle_base: float = 1.0,
        free_run_hz: float | None = None,
        standard_ports: bool = True,
        live_size: tuple[int, int] = (m.WIDTH, m.HEIGHT),
        dhcp_interface: str | None = None,
    ) -> None:
        self.index = index
        self.dhcp_interface = dhcp_interface
        self.lease: Lease | None = None
        self.host = host
        self._requested = {k: list(v) for k, v in ports.items()}
        self._bound: dict[str, list[int]] = {}
        serial_no = f"{index + 1:06d}"
        try:
            ip = ipaddress.IPv4Address(host)
            cfg = NetworkConfig.create(name=f"VS1-{serial_no}", mac=f"02:56:53:31:00:{index + 1:02x}",
                                       ip=ip, mask="255.0.0.0")
        except ValueError:
            cfg = NetworkConfig.create(name=f"VS1-{serial_no}", mac=f"02:56:53:31:00:{index + 1:02x}",
                                       ip=f"192.168.0.{10 + index}", mask="255.255.255.0")
        self.network = NetworkState(cfg)
        _seed_flash(files_root)
        self.files = CameraFiles(files_root)
        self.credentials = Credentials("admin", password)
        self.security = Security(self.credentials, throttle_base=throttle_base)
        self.model = CameraModel(self.files, self.network, serial=serial_no, partq_depth=partq_depth)
        if free_run_hz:
            self.model.set_trigger(enums.TriggerMode.FREE_RUN, free_run_hz, 0)
        self.engine = InspectionEngine(self, ack_timeout)
        self.announce_interval = announce_interval
        self._announce_target = announce_target
        self.standard_ports = standard_ports
        self.live_size = live_size
        self.handlers: dict[str, Any] = {
            "rpc": CameraRpc(self), "monitor": CameraMonitor(self), "reports": CameraReports(self),
            "report_control": CameraReportControl(self), "partq": CameraPartq(self),
            "io": CameraIo(self), "acquire": CameraAcquire(self),
        }
        self._login = CameraLogin(self)
        self._announce = CameraAnnounce(self)
        self.conns: set[Conn] = set()
        self.conns_by_key: dict[ConnKey, Conn] = {}
        self.monitors: dict[int, Monitor] = {}
        self.watch_index: dict[ConnKey, Monitor] = {}
        self.report_conns: set[Conn] = set()
        self.io_conns: set[Conn] = set()
        self.serial_writers: list[set[asyncio.StreamWriter]] = [set() for _ in range(4)]
        self.serial_by_key: dict[ConnKey, asyncio.StreamWriter] = {}
        self._next_monitor = 1
        self._servers: list[asyncio.Server] = []
        self._udp: dict[str, asyncio.DatagramTransport] = {}
        self._broadcast_listeners: list[asyncio.DatagramTransport] = []
        self._tasks: list[asyncio.Task[None]] = []
        self._conn_tasks: set[asyncio.Task[None]] = set()
        self._standard: list[Any] = []
        self._stalled_until = 0.0
        self._read_delay: dict[str, float] = {}
        self._announce_seq = 0
        self._restarting = False
        self._live_cache: dict[int, list[bytes]] = {}
        self.model.result_listeners.append(self._on_result)
        self.model.io.listeners.append(self._on_io)

    # -- ports ---------------------------------------------------------------------------

    def port(self, port_id: str, index: int = 0) -> int:
        """The actual port number of `port_id` (serial: index 0..3) after offset/map/binding."""
        nums = self._bound.get(port_id) or self._requested.get(port_id)
        if not nums:
            raise KeyError(f"camera {self.index} does not serve port {port_id!r}")
        return nums[index]

    def ports(self) -> dict[str, list[int]]:
        return {k: list(v) for k, v in (self._bound or self._requested).items()}

    @property
    def announce_target(self) -> tuple[str, int]:
        """Where the periodic announce goes: the configured target, else a broadcast to this
        camera's announce port (255.255.255.255, which leaves by the interface of `host`)."""
        return self._announce_target or ("255.255.255.255", self.port("announce"))

    def framed_ports(self) -> set[int]:
        return {self.port(p) for p in FRAMED_TCP}

    def watchable_ports(self) -> set[int]:
        """Ports whose client connections a monitor may watch: the framed service ports and
        the serial channels (client connections like any other)."""
        return self.framed_ports() | set(self.ports().get("serial", []))

    # -- life cycle ----------------------------------------------------------------------

    async def start(self) -> None:
        try:
            await self._start_servers()
        except BaseException:
            await self._stop_servers()
            raise
        self.engine.start()
        self._tasks.append(asyncio.create_task(self._ticker(), name=f"ticker-{self.index}"))
        self._tasks.append(asyncio.create_task(self._free_run(), name=f"free-run-{self.index}"))
        if self.announce_interval > 0:
            self._tasks.append(asyncio.create_task(self._announcer(), name=f"announce-{self.index}"))
        if self.dhcp_interface is not None:
            self._tasks.append(asyncio.create_task(self._dhcp(), name=f"dhcp-{self.index}"))

    async def _bind_tcp(self, port_id: str, number: int,
                        cb: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]) -> int:
        server = await asyncio.start_server(cb, self.host, number, reuse_address=True,
                                            limit=READ_SIZE, backlog=1024)
        self._servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    async def _bind_udp(self, port_id: str, number: int,
                        on: Callable[[bytes, tuple[str, int]], None], broadcast: bool = False) -> int:
        loop = asyncio.get_running_loop()
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if broadcast:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sock.bind((self.host, number))
        except OSError:
            sock.close()
            raise
        transport, _ = await loop.create_datagram_endpoint(lambda: _Datagram(on), sock=sock)
        self._udp[port_id] = transport
        return int(sock.getsockname()[1])

    def broadcast_addresses(self) -> list[str]:
        """The broadcast destinations a camera on `host` hears: the limited broadcast and
        its subnet's directed broadcast (127.255.255.255 on loopback)."""
        if self.host in ("", "0.0.0.0"):
            return []  # the announce socket itself is bound to the wildcard: it hears them
        out = ["255.255.255.255"]
        try:
            net = ipaddress.IPv4Network(f"{self.host}/{self.model.config.mask}", strict=False)
        except ValueError:
            return out  # a host name: only the limited broadcast
        if net.num_addresses > 2 and str(net.broadcast_address) != self.host:
            out.append(str(net.broadcast_address))
        return out

    async def _listen_broadcasts(self, number: int) -> None:
        """Receive discover broadcasts the way a camera bound to 0.0.0.0 would.

        The announce socket is bound to the camera's own address (so that several emulated
        cameras share the port number and the source of every announce is the camera's
        address); Linux delivers a broadcast only to sockets bound to the wildcard or to that
        broadcast address. So each camera also binds one socket per broadcast address it
        hears, with SO_REUSEADDR/SO_REUSEPORT: every camera (and any program listening on the
        port with SO_REUSEADDR) gets its copy, and unicast datagrams never reach these sockets,
        so nothing needs filtering. Answers go out from the announce socket.
        """
        loop = asyncio.get_running_loop()
        for addr in self.broadcast_addresses():
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if hasattr(socket, "SO_REUSEPORT"):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                sock.bind((addr, number))
            except OSError as exc:
                sock.close()
                log.warning("camera %d: cannot listen for broadcasts to %s:%d (%s); discover "
                            "reaches it by unicast only", self.index, addr, number, exc)
                continue
            transport, _ = await loop.create_datagram_endpoint(lambda: _Datagram(self._on_announce),
                                                               sock=sock)
            self._broadcast_listeners.append(transport)

    async def _start_servers(self) -> None:
        bound: dict[str, list[int]] = {}
        req = self._bound or self._requested  # a restart binds the same numbers again
        for port_id in FRAMED_TCP:
            handler = self.handlers[port_id]

            def make(pid: str = port_id, h: Any = handler) -> Callable[
                    [asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]:
                async def cb(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
                    await self._serve_framed(pid, h, r, w)
                return cb

            bound[port_id] = [await self._bind_tcp(port_id, req[port_id][0], make())]
        bound["serial"] = []
        for ch, number in enumerate(req["serial"]):
            def make_serial(channel: int = ch) -> Callable[
                    [asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]:
                async def cb(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
                    await self._serve_serial(channel, r, w)
                return cb
            bound["serial"].append(await self._bind_tcp("serial", number, make_serial()))
        bound["login"] = [await self._bind_udp("login", req["login"][0], self._on_login)]
        bound["announce"] = [await self._bind_udp("announce", req["announce"][0],
                                                  self._on_announce, broadcast=True)]
        await self._listen_broadcasts(bound["announce"][0])
        bound["rip"] = [await self._bind_udp("rip", req["rip"][0], self._on_rip)]
        if "dhcp" in req:
            bound["dhcp"] = list(req["dhcp"])  # the DHCP client binds only while it runs
        if self.standard_ports:
            await self._start_standard(req, bound)
        self._bound = bound
        log.info("camera %d (%s) serving on %s", self.index, self.model.config.name, self.host)

    async def _start_standard(self, req: dict[str, list[int]], bound: dict[str, list[int]]) -> None:
        from vs1kit.emulator.standard import ftp, http, telnet

        ftp_srv = ftp.FtpServer(
            self.files, self.credentials, host=self.host, port=req["ftp"][0],
            commands=ftp.commands_from_spec(PORTS["ftp"].commands),
            areas=ftp.areas_from_spec(PORTS["ftp"].areas),
        )
        tel_srv = telnet.TelnetServer(
            self.network, telnet.commands_from_spec(PORTS["telnet"].commands),
            host=self.host, port=req["telnet"][0],
        )
        http_srv = http.HttpServer(self.network, self.credentials,
                                   http.pages_from_spec(PORTS["http"].pages),
                                   host=self.host, port=req["http"][0])
        for pid, srv in (("ftp", ftp_srv), ("telnet", tel_srv), ("http", http_srv)):
            await srv.start()
            self._standard.append(srv)
            bound[pid] = [srv.port]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        await self.engine.stop()
        await self._stop_servers()

    async def _stop_servers(self) -> None:
        for server in self._servers:
            server.close()
        for conn in list(self.conns):
            conn.close("camera stopping")
        for writers in self.serial_writers:
            for w in list(writers):
                w.close()
        for server in self._servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2.0)
        self._servers.clear()
        me = asyncio.current_task()
        others = [t for t in self._conn_tasks if t is not me]
        if others:
            await asyncio.wait(others, timeout=2.0)
        for t in self._udp.values():
            t.close()
        self._udp.clear()
        for t in self._broadcast_listeners:
            t.close()
        self._broadcast_listeners.clear()
        for srv in self._standard:
            with contextlib.suppress(Exception):
                await srv.stop()
        self._standard.clear()

    # -- fault injection -------------------------------------------------------------------

    def drop_connections(self, port_id: str | None = None) -> int:
        """Close every TCP connection (of one port) abruptly; returns how many."""
        n = 0
        for conn in list(self.conns):
            if port_id is None or conn.port_id == port_id:
                conn.close("fault injection: drop_connections")
                n += 1
        if port_id in (None, "serial"):
            for writers in self.serial_writers:
                for w in list(writers):
                    w.close()
                    n += 1
        return n

    def stall(self, seconds: float) -> None:
        """Stop answering anything (requests, heartbeats, inspections) for `seconds`."""
        self._stalled_until = time.monotonic() + seconds
        log.warning("camera %d: stalled for %.1f s (fault injection)", self.index, seconds)

    def slow_consumer(self, port_id: str, delay: float) -> None:
        """Read from `port_id` connections only every `delay` seconds (0 turns it off)."""
        if delay > 0:
            self._read_delay[port_id] = delay
        else:
            self._read_delay.pop(port_id, None)

    async def unstalled(self) -> None:
        while (left := self._stalled_until - time.monotonic()) > 0:
            await asyncio.sleep(left)

    def schedule_restart(self) -> None:
        if not self._restarting:
            task = asyncio.create_task(self.restart())
            self._conn_tasks.add(task)
            task.add_done_callback(self._conn_tasks.discard)

    async def restart(self) -> None:
        """Reboot: tell monitors goodbye, drop everything, reload from flash, serve again."""
        self._restarting = True
        try:
            for mon in list(self.monitors.values()):
                mon.conn.send_event(monitor.Goodbye(reason=enums.GoodbyeReason.CAMERA_RESTARTING))
            await self.stop()
            self.security.reset()
            self.monitors.clear()
            self.watch_index.clear()
            self.model.restart()
            await self.start()
        finally:
            self._restarting = False

    # -- sessions and monitors -------------------------------------------------------------

    def session_of(self, conn: Conn) -> int:
        mon = conn.monitor or self.watch_index.get(conn.key)
        return mon.session if mon is not None and not mon.dead else 0

    def new_monitor(self, conn: Conn, session: int, name: str, interval: float,
                    timeout: float) -> Monitor:
        now = time.monotonic()
        mon = Monitor(self._next_monitor, conn, session, conn.peer_ip, name, interval, timeout,
                      last_heard=now, last_sent=now)
        self._next_monitor += 1
        self.monitors[mon.id] = mon
        conn.monitor = mon
        log.info("monitor %d for %s (%s), session %08x, heartbeat %.0f ms, timeout %.0f ms",
                 mon.id, conn.peer_ip, name, session, interval * 1000, timeout * 1000)
        return mon

    def watch(self, mon: Monitor, key: ConnKey) -> None:
        mon.watched.add(key)
        self.watch_index[key] = mon

    def unwatch(self, key: ConnKey) -> None:
        """A watched connection ended: its monitor no longer watches it (the client port may
        be reused for another connection later)."""
        mon = self.watch_index.pop(key, None)
        if mon is not None:
            mon.watched.discard(key)

    def monitor_lost(self, mon: Monitor, reason: str) -> None:
        """Close what the monitor watched and release its session's control."""
        if mon.dead:
            return
        mon.dead = True
        self.monitors.pop(mon.id, None)
        closed = 0
        for key in mon.watched:
            if self.watch_index.get(key) is mon:
                del self.watch_index[key]
            conn = self.conns_by_key.get(key)
            if conn is not None:
                conn.close(f"its monitor {mon.id} is gone ({reason})")
                closed += 1
            serial = self.serial_by_key.get(key)
            if serial is not None:
                log.info("closing serial:%d from %s:%d: its monitor %d is gone (%s)",
                         key[0], key[1], key[2], mon.id, reason)
                serial.close()
                closed += 1
        released = self.security.release(mon.session)
        log.warning("monitor %d (%s, %s) lost: %s; closed %d connection(s)%s", mon.id, mon.ip,
                    mon.name, reason, closed, ", released control" if released else "")
        mon.conn.close(reason)

    def not_in_control_detail(self) -> str:
        holder = self.security.holder_ip
        if holder == "0.0.0.0":
            return "nobody holds control: log in and take control (login port) first"
        return f"control is held by {holder}"

    def log_refusal(self, text: str) -> None:
        log.info("camera %d: %s", self.index, text)

    def reports_of(self, conn: Conn) -> list[Report]:
        """Reports of the client behind a report-control connection (same monitor session,
        or same monitor; unmonitored: same client IP)."""
        mon = self.watch_index.get(conn.key)
        out: list[Report] = []
        for rc in self.report_conns:
            if rc.closing:
                continue
            rmon = self.watch_index.get(rc.key)
            if mon is not None:
                same = rmon is mon or (rmon is not None and mon.session != 0
                                       and rmon.session == mon.session)
            else:
                same = rmon is None and rc.peer_ip == conn.peer_ip
            if same:
                out.extend(rc.reports.values())
        return out

    def find_report(self, conn: Conn, report_id: int) -> Report | None:
        for rep in self.reports_of(conn):
            if rep.report_id == report_id:
                return rep
        return None

    # -- framed TCP connections --------------------------------------------------------------

    async def _serve_framed(self, port_id: str, handlers: Any, reader: asyncio.StreamReader,
                            writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._conn_tasks.add(task)
        local = writer.get_extra_info("sockname")
        peer = writer.get_extra_info("peername")
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = Conn(port_id, int(local[1]), str(peer[0]), int(peer[1]), writer,
                    ServerSession(port_id))
        self.conns.add(conn)
        self.conns_by_key[conn.key] = conn
        reason = "client closed the connection"
        try:
            while not conn.closing:
                delay = self._read_delay.get(port_id)
                if delay:
                    await asyncio.sleep(delay)
                data = await reader.read(READ_SIZE)
                if not data:
                    break
                await self.unstalled()
                if conn.monitor is not None:
                    conn.monitor.last_heard = time.monotonic()
                try:
                    requests = conn.session.receive(data)
                except DecodeError as exc:
                    reason = f"bad frame: {exc}"
                    log.warning("%s: %s", conn.label, reason)
                    break
                for req in requests:
                    await self._handle(conn, handlers, req)
                    if conn.closing:
                        break
        except ProtocolViolation as exc:
            reason = f"protocol violation: {exc}"
            log.warning("%s: %s", conn.label, reason)
        except (ConnectionError, OSError) as exc:
            reason = f"connection error: {exc}"
        finally:
            self._forget(conn, reason)
            if task is not None:
                self._conn_tasks.discard(task)

    def _forget(self, conn: Conn, reason: str) -> None:
        conn.close(reason)
        self.conns.discard(conn)
        if self.conns_by_key.get(conn.key) is conn:
            del self.conns_by_key[conn.key]
        self.report_conns.discard(conn)
        self.io_conns.discard(conn)
        self.unwatch(conn.key)
        if conn.monitor is not None:
            self.monitor_lost(conn.monitor, "monitor connection closed")

    async def _handle(self, conn: Conn, handlers: Any, req: Request) -> None:
        msg = req.message
        if isinstance(msg, UnknownMessage):
            log.info("%s: unknown message type 0x%04x", conn.label, msg.code)
            conn.write(conn.session.error(req.seq, msg.code, S.UNKNOWN_MESSAGE,
                                          f"port {conn.port_id} has no message 0x{msg.code:04x}"))
            return
        code = msg.CODE or 0
        if msg.DIRECTION == "from_camera":
            raise ProtocolViolation(f"client sent {type(msg).__name__}, a camera-to-client message")
        if code in handlers.REQUIRES_CONTROL and not self.security.holds(self.session_of(conn)):
            detail = self.not_in_control_detail()
            log.info("%s: %s refused: not in control (%s)", conn.label, type(msg).__name__, detail)
            conn.write(conn.session.error(req.seq, code, S.NOT_IN_CONTROL, detail))
            return
        try:
            reply = await dispatch(handlers, conn, msg)
        except NotHandled as exc:
            conn.write(conn.session.error(req.seq, code, S.UNKNOWN_MESSAGE, str(exc)))
            return
        except ModelError as exc:
            if msg.KIND == "request":
                conn.write(conn.session.error(req.seq, code, exc.status, exc.detail))
            return
        except (ProtocolViolation, asyncio.CancelledError):
            raise
        except Exception as exc:
            log.exception("%s: %s failed", conn.label, type(msg).__name__)
            conn.write(conn.session.error(req.seq, code, S.INTERNAL, f"{type(exc).__name__}: {exc}"))
            return
        if reply is not None and msg.KIND == "request":
            try:
                conn.write(conn.session.reply(req.seq, reply))
            except EncodeError as exc:
                log.error("%s: reply to %s not encodable: %s", conn.label, type(msg).__name__, exc)
                conn.write(conn.session.error(req.seq, code, S.INTERNAL, str(exc)))

    # -- serial channels ---------------------------------------------------------------------

    async def _serve_serial(self, channel: int, reader: asyncio.StreamReader,
                            writer: asyncio.StreamWriter) -> None:
        writers = self.serial_writers[channel]
        writers.add(writer)
        local = writer.get_extra_info("sockname")
        peer = writer.get_extra_info("peername")
        key: ConnKey = (int(local[1]), str(peer[0]), int(peer[1]))
        self.serial_by_key[key] = writer
        try:
            while await reader.read(4096):
                pass  # the camera only talks on these ports; input is ignored
        except (ConnectionError, OSError):
            pass
        finally:
            writers.discard(writer)
            if self.serial_by_key.get(key) is writer:
                del self.serial_by_key[key]
            self.unwatch(key)
            writer.close()

    def _on_result(self, result: InspectionResult) -> None:
        if not any(self.serial_writers):
            return  # nobody listens: the output lines need not even be formatted
        term = PORTS["serial"].terminator
        for ch, text in enumerate(result.outputs):
            if text is None or not self.serial_writers[ch]:
                continue
            line = text.encode("latin-1", "replace") + term
            for w in list(self.serial_writers[ch]):
                if w.transport.get_write_buffer_size() > SERIAL_HIGH_WATER:
                    continue  # a serial line has no flow control either: the slow reader loses
                w.write(line)

    # -- IO ------------------------------------------------------------------------------------

    def _on_io(self, point: int, kind: enums.IoKind, state: bool, ts: int) -> None:
        bit = 1 << int(kind)
        if self.io_conns:
            from vs1kit.generated import io as io_msgs

            event = io_msgs.IoChanged(point=point, kind=kind, state=state, timestamp_us=ts)
            for conn in list(self.io_conns):
                if conn.io_kinds & bit:
                    conn.send_event(event)
        md = self.model
        if state and point == md.trigger_point and md.can_inspect() and (
            (md.trigger_mode == enums.TriggerMode.VIRTUAL_IO and kind == enums.IoKind.VIRTUAL)
            or (md.trigger_mode == enums.TriggerMode.EXTERNAL_IO
                and kind == enums.IoKind.PHYSICAL_INPUT)
        ):
            self.engine.trigger(1)

    # -- live video ------------------------------------------------------------------------------

    def _live_frames(self, fmt: int) -> list[bytes]:
        """A few pre-encoded live_frame frames; only counters get stamped per frame."""
        frames_ = self._live_cache.get(fmt)
        if frames_ is None:
            frames_ = []
            w, h = self.live_size
            for k in range(LIVE_FRAMES):
                img = types.ImageData(image_id=0, timestamp_us=0, width=w, height=h,
                                      pixel_format=enums.PixelFormat(fmt),
                                      data=m.render_image(m.features_of(k + 1), w, h, fmt))
                frames_.append(encode_frame(acquire.LiveFrame(frame=0, image=img), 0))
            self._live_cache[fmt] = frames_
        return frames_

    def start_live(self, conn: Conn, max_fps: int, fmt: int) -> None:
        conn.live_sent = conn.live_skipped = 0
        conn.live_task = asyncio.create_task(self._live(conn, max_fps, fmt))

    async def _live(self, conn: Conn, max_fps: int, fmt: int) -> None:
        frames_ = self._live_frames(fmt)
        head_len = 14 + 4 + 4 + 8  # frame header, frame counter, image_id, timestamp
        period = 1.0 / max_fps if max_fps else 0.0
        transport = conn.writer.transport
        limit = 2 * len(frames_[0])
        transport.set_write_buffer_limits(high=limit, low=len(frames_[0]) // 2)
        next_t = time.monotonic()
        n = 0
        await asyncio.sleep(0)  # the live_started reply goes out first
        while not conn.closing:
            if period:
                next_t += period
                delay = next_t - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                elif delay < -1.0:
                    next_t = time.monotonic()  # far behind (stall): don't burst to catch up
            await self.unstalled()
            n += 1
            if transport.get_write_buffer_size() > limit:
                if period:
                    conn.live_skipped += 1  # the sensor goes on; this frame is lost to the client
                    continue
                # As fast as possible: wait for the client (flow control) rather than spin.
                with contextlib.suppress(ConnectionError):
                    await conn.writer.drain()
            if conn.closing:
                break
            frame = frames_[n % len(frames_)]
            head = bytearray(frame[:head_len])
            conn.session.event_seq = (conn.session.event_seq + 1) & 0xFFFFFFFF
            struct.pack_into(">I", head, 6, conn.session.event_seq)
            self.model.images_taken += 1
            struct.pack_into(">IIQ", head, 14, n & 0xFFFFFFFF, self.model.images_taken & 0xFFFFFFFF,
                             time.time_ns() // 1000)
            transport.write(bytes(head))
            transport.write(memoryview(frame)[head_len:])
            conn.live_sent += 1
            if not period and n % 8 == 0:
                await asyncio.sleep(0)

    # -- UDP: login, announce, RIP -----------------------------------------------------------

    def _reply_udp(self, port_id: str, data: bytes, addr: tuple[str, int]) -> None:
        t = self._udp.get(port_id)
        if t is not None:
            t.sendto(data, addr)

    def _decode_udp(self, port_id: str, data: bytes, addr: tuple[str, int]) -> tuple[int, Message] | None:
        try:
            frame = decode_datagram(data)
            return frame.seq, decode_message(port_id, frame)
        except DecodeError as exc:
            log.warning("%s port: ignoring bad datagram from %s:%d: %s", port_id, addr[0], addr[1], exc)
            return None

    def _on_login(self, data: bytes, addr: tuple[str, int]) -> None:
        if time.monotonic() < self._stalled_until:
            return
        decoded = self._decode_udp("login", data, addr)
        if decoded is None:
            return
        task = asyncio.create_task(self._login_request(decoded[0], decoded[1], addr))
        self._conn_tasks.add(task)
        task.add_done_callback(self._conn_tasks.discard)

    async def _login_request(self, seq: int, msg: Message, addr: tuple[str, int]) -> None:
        code = msg.CODE or 0
        try:
            if msg.DIRECTION == "from_camera":
                raise ModelError(S.BAD_REQUEST, f"{type(msg).__name__} is a camera-to-client message")
            reply = await dispatch(self._login, addr, msg)
            if reply is not None:
                self._reply_udp("login", encode_frame(reply, seq), addr)
        except NotHandled as exc:
            self._reply_udp("login", self._error(seq, code, S.UNKNOWN_MESSAGE, str(exc)), addr)
        except ModelError as exc:
            log.info("login port: %s from %s refused: %s", type(msg).__name__, addr[0], exc.detail)
            self._reply_udp("login", self._error(seq, code, exc.status, exc.detail), addr)
        except Exception as exc:
            log.exception("login port: %s failed", type(msg).__name__)
            self._reply_udp("login", self._error(seq, code, S.INTERNAL, str(exc)), addr)

    @staticmethod
    def _error(seq: int, code: int, status: enums.StatusCode, detail: str) -> bytes:
        return encode_frame(frames.ErrorReply(status=status, request_type=code, detail=detail), seq)

    def announce_message(self) -> announce.Announce:
        md = self.model
        cfg = md.config
        flags = enums.AnnounceFlags(0)
        if cfg.dhcp:
            flags |= enums.AnnounceFlags.DHCP
        if md.job is not None:
            flags |= enums.AnnounceFlags.JOB_LOADED
        if self.security.control.session:
            flags |= enums.AnnounceFlags.IN_CONTROL
        return announce.Announce(
            name=cfg.name, model=m.MODEL_NAME, mac=cfg.mac, ip=str(cfg.ip), mask=str(cfg.mask),
            controller_ip=self.security.holder_ip, state=md.state, flags=flags,
            software_version=m.FIRMWARE, uptime_s=int(md.uptime_s), inspections=md.inspections,
            passed=md.passed, failed=md.failed, job_name=md.job.name if md.job else "",
        )

    def announce_to(self, addr: tuple[str, int]) -> None:
        self._announce_seq = (self._announce_seq + 1) & 0xFFFFFFFF
        try:
            self._reply_udp("announce", encode_frame(self.announce_message(), self._announce_seq), addr)
        except OSError as exc:
            log.debug("announce to %s:%d failed: %s", addr[0], addr[1], exc)

    def _on_announce(self, data: bytes, addr: tuple[str, int]) -> None:
        decoded = self._decode_udp("announce", data, addr)
        if decoded is None:
            return
        if isinstance(decoded[1], announce.Discover):
            self.announce_to(addr)
        # Other cameras' announces (same subnet) are simply not for us.

    async def _announcer(self) -> None:
        while True:
            if time.monotonic() >= self._stalled_until:
                self.announce_to(self.announce_target)
            await asyncio.sleep(self.announce_interval)

    def _on_rip(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            packet = rip.RipPacket.decode(data)
        except DecodeError as exc:
            log.warning("RIP: ignoring bad packet from %s: %s", addr[0], exc)
            return
        if packet.command != enums.RipCommand.RESPONSE or packet.version not in (1, 2):
            log.info("RIP: ignoring %s v%d from %s (only responses are applied)",
                     getattr(packet.command, "name", packet.command), packet.version, addr[0])
            return
        now = time.monotonic()
        changed = 0
        for entry in packet.entries:
            body = entry.body
            if entry.family != enums.RipFamily.INET or not isinstance(body, types.RipRoute):
                continue
            mask = body.mask
            if packet.version == 1 or mask == "0.0.0.0":
                mask = _rip1_mask(body.address) if body.address != "0.0.0.0" else "0.0.0.0"
            hop = body.next_hop if packet.version == 2 else "0.0.0.0"
            try:
                if self.network.routes.update_from_rip(body.address, mask, hop, body.metric,
                                                       sender=addr[0], now=now) is not None:
                    changed += 1
            except ValueError as exc:
                log.info("RIP: entry %s/%s from %s ignored: %s", body.address, mask, addr[0], exc)
        log.info("RIP v%d response from %s: %d entr(ies), %d route(s) changed",
                 packet.version, addr[0], len(packet.entries), changed)

    # -- periodic work ------------------------------------------------------------------------

    async def _ticker(self) -> None:
        was_stalled = False
        while True:
            await asyncio.sleep(TICK)
            now = time.monotonic()
            if now < self._stalled_until:
                was_stalled = True
                continue
            if was_stalled:
                # The camera itself was deaf: the clients' silence is not theirs to pay for.
                was_stalled = False
                for mon in self.monitors.values():
                    mon.last_heard = now
            for mon in list(self.monitors.values()):
                if now - mon.last_heard > mon.timeout:
                    self.monitor_lost(mon, f"no heartbeat for {now - mon.last_heard:.1f} s")
                    continue
                if now - mon.last_sent >= mon.interval:
                    mon.last_sent = now
                    mon.counter = (mon.counter + 1) & 0xFFFFFFFF
                    mon.conn.send_event(monitor.Heartbeat(
                        counter=mon.counter, uptime_ms=int(self.model.uptime_s * 1000) & 0xFFFFFFFF))
                    if mon.session:
                        self.security.touch(mon.session, now)
            self.security.expire(now)
            self.network.routes.tick(now)

    async def _dhcp(self) -> None:
        """Keep a DHCP lease: obtain one, renew at half its time, retry on failure."""
        while True:
            try:
                self.lease = await obtain_lease(self.network, interface=self.dhcp_interface,
                                                client_port=self.port("dhcp"))
                await asyncio.sleep(max(self.lease.lease_time / 2, 10.0))
            except (DhcpError, OSError) as exc:
                log.warning("camera %d: DHCP failed: %s; retrying in 5 s", self.index, exc)
                await asyncio.sleep(5.0)

    async def _free_run(self) -> None:
        """Trigger at `free_run_hz` on an absolute schedule, at any rate.

        Each wake-up triggers every period that has come due since the last one, in one
        batch, then sleeps until the next one is due: an event loop sleep lasts at least about
        a millisecond, so at kilohertz rates several triggers fall into each wake-up. The
        camera buffers up to FREE_RUN_BACKLOG seconds of triggers (at least 2); a trigger due
        while that buffer is full is an overrun (lost), as on a camera whose inspection cannot
        keep up. The loop always sleeps (or yields), and the engine yields during bursts, so
        requests on other ports keep being answered at any rate.
        """
        start = 0.0
        issued = 0  # periods since `start` already triggered or counted as overruns
        hz = 0.0
        while True:
            md = self.model
            if md.trigger_mode != enums.TriggerMode.FREE_RUN or not md.can_inspect():
                hz = 0.0
                await asyncio.sleep(TICK)
                continue
            if time.monotonic() < self._stalled_until:
                await self.unstalled()  # deaf camera: no sensor either; start afresh after
                hz = 0.0
                continue
            now = time.monotonic()
            if md.free_run_hz != hz:
                hz = md.free_run_hz  # (re)start the schedule: first trigger now
                start, issued = now, 0
            due = int((now - start) * hz) + 1 - issued
            if due > 0:
                issued += due
                room = max(2, math.ceil(hz * FREE_RUN_BACKLOG)) - self.engine.pending
                fire = min(due, max(room, 0))
                if due > fire:
                    self.engine.overruns += due - fire
                if fire:
                    with contextlib.suppress(ModelError):
                        self.engine.trigger(fire)
                if issued > 1_000_000_000:
                    start, issued = start + issued / hz, 0  # keep the float math exact
            await asyncio.sleep(max(0.0, start + issued / hz - time.monotonic()))


def _seed_flash(root: Path) -> None:
    """First boot of an emulated camera: its flash holds an inspection job with the full
    datum set (Snapshot, Blob, Measure, OCR, Output) and the barcode job."""
    flash = root / "FLASH"
    if flash.exists():
        return
    flash.mkdir(parents=True)
    jobs = {"Inspect1.avp": m.DEFAULT_STEPS, "Barcode1.avp": DEFAULT_JOBS["Barcode1.avp"]}
    for name, steps in jobs.items():
        (flash / name).write_bytes(default_job_content(name, steps))


def _default_ports(offset: int, port_map: dict[int, int] | None) -> dict[str, list[int]]:
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
        ports = _default_ports(port_offset, port_map)
        self.cameras: list[CameraServer] = [
            CameraServer(i, hosts[i], ports, self.workdir / f"camera{i + 1}", password=password,
                         partq_depth=partq_depth, announce_interval=announce_interval,
                         announce_target=announce_target, ack_timeout=ack_timeout,
                         throttle_base=throttle_base, free_run_hz=free_run_hz,
                         standard_ports=standard_ports, live_size=live_size,
                         dhcp_interface=dhcp_interface)
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
