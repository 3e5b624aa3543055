"""One emulated camera: the model, its security, monitors and inspection engine, and a listener
on every port of the generated registry.

Which listener a port gets follows from its transport and framing in the spec
(`vs1kit.emulator.listeners`); what a framed port does is its handler class
(`vs1kit.emulator.handlers.BEHAVIOURS`) or, for a port with no hand-written behaviour, its
generated skeleton, which answers every request with the unknown-message error reply. So a port
added to the spec is served after `vs1 codegen` with no edit here.

Connection monitors tie the client's other connections to its login session: a monitor that
goes quiet for its timeout (or closes) takes its watched connections (serial channels
included) and the session's control with it.

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
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from vs1kit.emulator import model as m
from vs1kit.emulator.announcer import Announcer
from vs1kit.emulator.conn import Conn, ConnKey, Monitor, Report
from vs1kit.emulator.connections import Connections
from vs1kit.emulator.dhcp import DhcpError, Lease, obtain_lease
from vs1kit.emulator.engine import TICK, InspectionEngine, free_run
from vs1kit.emulator.faults import Stall
from vs1kit.emulator.files import DEFAULT_JOBS, CameraFiles, default_job_content
from vs1kit.emulator.handlers import BEHAVIOURS, CameraAnnounce
from vs1kit.emulator.listeners import (
    FramedTcpPort,
    FramedUdpPort,
    IdleTcpPort,
    LinePort,
    bind_tcp,
    bind_udp,
)
from vs1kit.emulator.live import LiveVideo
from vs1kit.emulator.model import CameraModel, InspectionResult
from vs1kit.emulator.monitors import Monitors
from vs1kit.emulator.netstate import Credentials, NetworkConfig, NetworkState
from vs1kit.emulator.routing import RipListener
from vs1kit.emulator.security import Security
from vs1kit.generated import enums, monitor
from vs1kit.generated.emulator_skeleton import HANDLER_CLASSES, PortHandlers
from vs1kit.generated.registry import PORTS, PortSpec

__all__ = ["CameraServer", "seed_flash"]

log = logging.getLogger(__name__)

SERIAL_HIGH_WATER: Final = 1024 * 1024
SERIAL_PORT: Final = "serial"
"""The line port the job's formatted output strings go to (one port number per channel)."""
DHCP_PORT: Final = "dhcp"
"""The port the camera's own DHCP client uses (bound only while it runs, never listened on)."""


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
        mac = f"02:56:53:31:00:{index + 1:02x}"
        try:
            ip = ipaddress.IPv4Address(host)
            cfg = NetworkConfig.create(name=f"VS1-{serial_no}", mac=mac, ip=ip, mask="255.0.0.0")
        except ValueError:
            cfg = NetworkConfig.create(name=f"VS1-{serial_no}", mac=mac,
                                       ip=f"192.168.0.{10 + index}", mask="255.255.255.0")
        self.network = NetworkState(cfg)
        seed_flash(files_root)
        self.files = CameraFiles(files_root)
        self.credentials = Credentials("admin", password)
        self.security = Security(self.credentials, throttle_base=throttle_base)
        self.model = CameraModel(self.files, self.network, serial=serial_no, partq_depth=partq_depth)
        if free_run_hz:
            self.model.set_trigger(enums.TriggerMode.FREE_RUN, free_run_hz, 0)
        self.stall_state = Stall()
        self.connections = Connections()
        self.monitors = Monitors(self.security, self.connections)
        self.engine = InspectionEngine(self.model, self.connections, self.stall_state, ack_timeout,
                                       name=f"inspections-{index}")
        self.live = LiveVideo(self.model, self.stall_state, live_size)
        self.announcer = Announcer(self.model, self.security, self.stall_state)
        self.announce_interval = announce_interval
        self._announce_target = announce_target
        self.standard_ports = standard_ports
        self.live_size = live_size
        self.handlers: dict[str, PortHandlers[Any]] = {cls.PORT: cls(self) for cls in BEHAVIOURS}
        self._servers: list[asyncio.Server] = []
        self._udp: list[asyncio.DatagramTransport] = []
        self._idle: list[IdleTcpPort] = []
        self._tasks: list[asyncio.Task[None]] = []
        self._conn_tasks: set[asyncio.Task[Any]] = set()
        self._standard: list[Any] = []
        self._read_delay: dict[str, float] = {}
        self._restarting = False
        self.model.result_listeners.append(self._on_result)
        self.model.io.listeners.append(self._on_io)

    # -- what handlers and listeners see (CameraContext, PortHost) ---------------------------

    @property
    def report_conns(self) -> set[Conn]:
        return self.connections.report_conns

    @property
    def io_conns(self) -> set[Conn]:
        return self.connections.io_conns

    @property
    def conns(self) -> set[Conn]:
        return self.connections.conns

    @property
    def watch_index(self) -> dict[ConnKey, Monitor]:
        return self.monitors.watch_index

    def read_delay(self, port_id: str) -> float:
        return self._read_delay.get(port_id, 0.0)

    def track(self, task: asyncio.Task[Any]) -> None:
        self._conn_tasks.add(task)
        task.add_done_callback(self._conn_tasks.discard)

    def start_live(self, conn: Conn, max_fps: int, fmt: enums.PixelFormat) -> None:
        self.live.start(conn, max_fps, fmt)

    def announce_to(self, addr: tuple[str, int]) -> None:
        self.announcer.announce_to(addr)

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
        mon = self.monitors.watcher(conn.key)
        out: list[Report] = []
        for rc in self.report_conns:
            if rc.closing:
                continue
            rmon = self.monitors.watcher(rc.key)
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
        return self._announce_target or ("255.255.255.255", self.port(CameraAnnounce.PORT))

    def watchable_ports(self) -> set[int]:
        """Ports whose client connections a monitor may watch: the framed TCP ports and the
        line ports (serial channels: client connections like any other)."""
        out: set[int] = set()
        for port_id, numbers in self.ports().items():
            spec = PORTS.get(port_id)
            if spec is not None and spec.transport == "tcp" and spec.framing_kind in ("frame", "lines"):
                out.update(numbers)
        return out

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

    # -- life cycle ----------------------------------------------------------------------

    async def start(self) -> None:
        try:
            await self._start_servers()
        except BaseException:
            await self._stop_servers()
            raise
        self.engine.start()
        self._spawn(self._ticker(), "ticker")
        self._spawn(free_run(self.model, self.engine, self.stall_state), "free-run")
        if self.announce_interval > 0:
            self._spawn(self.announcer.run(self.announce_interval, lambda: self.announce_target),
                        "announce")
        if self.dhcp_interface is not None:
            self._spawn(self._dhcp(), "dhcp")

    def _spawn(self, coro: Any, name: str) -> None:
        self._tasks.append(asyncio.create_task(coro, name=f"{name}-{self.index}"))

    def _handlers(self, port_id: str) -> PortHandlers[Any]:
        """The port's hand-written behaviour, else its generated skeleton as it stands."""
        handlers = self.handlers.get(port_id)
        if handlers is None:
            handlers = self.handlers[port_id] = HANDLER_CLASSES[port_id]()
        return handlers

    async def _start_servers(self) -> None:
        bound: dict[str, list[int]] = {}
        req = self._bound or self._requested  # a restart binds the same numbers again
        for port_id, spec in PORTS.items():
            numbers = req.get(port_id)
            if not numbers:
                continue
            if spec.standard and spec.transport == "tcp" and not self.standard_ports:
                continue
            bound[port_id] = await self._serve_port(spec, numbers)
        self._bound = bound
        log.info("camera %d (%s) serving on %s", self.index, self.model.config.name, self.host)

    async def _serve_port(self, spec: PortSpec, numbers: list[int]) -> list[int]:
        """Bind `spec`'s numbers with the listener its transport and framing call for."""
        port_id = spec.id
        out: list[int] = []
        if spec.transport == "tcp" and spec.framing_kind == "frame":
            framed = FramedTcpPort(self, port_id, self._handlers(port_id))
            for number in numbers:
                out.append(self._tcp_bound(await bind_tcp(self.host, number, framed.serve)))
        elif spec.transport == "udp" and spec.framing_kind == "frame":
            handlers = self._handlers(port_id)
            udp = FramedUdpPort(self, port_id, handlers)
            for number in numbers:
                t = await bind_udp(self.host, number, udp.datagram, broadcast=True)
                udp.transport = udp.transport or t
                self._udp.append(t)
                out.append(int(t.get_extra_info("sockname")[1]))
            if isinstance(handlers, CameraAnnounce):
                # Discovery: hear broadcasts too, answer (and announce) from the bound socket.
                self.announcer.send = udp.send
                await self._listen_broadcasts(out[0], udp.datagram)
        elif spec.transport == "tcp" and spec.framing_kind == "lines":
            lines = LinePort(self, port_id, len(numbers))
            for ch, number in enumerate(numbers):
                out.append(self._tcp_bound(await bind_tcp(self.host, number, lines.callback(ch))))
        elif port_id == DHCP_PORT:
            out = list(numbers)  # the DHCP client binds only while it runs
        elif spec.transport == "tcp" and port_id in _STANDARD_SERVERS:
            srv = _STANDARD_SERVERS[port_id](self, spec, numbers[0])
            await srv.start()
            self._standard.append(srv)
            out = [srv.port]
        elif spec.transport == "tcp":
            idle = IdleTcpPort(self, port_id)
            self._idle.append(idle)
            for number in numbers:
                out.append(self._tcp_bound(await bind_tcp(self.host, number, idle.serve)))
        else:
            on = self._datagram_service(spec)
            for number in numbers:
                t = await bind_udp(self.host, number, on)
                self._udp.append(t)
                out.append(int(t.get_extra_info("sockname")[1]))
        return out

    def _tcp_bound(self, server: asyncio.Server) -> int:
        self._servers.append(server)
        return int(server.sockets[0].getsockname()[1])

    def _datagram_service(self, spec: PortSpec) -> Callable[[bytes, tuple[str, int]], None]:
        service = _DATAGRAM_SERVICES.get(spec.id)
        if service is not None:
            return service(self)

        def ignore(data: bytes, addr: tuple[str, int]) -> None:
            log.info("%s: %d-byte datagram from %s:%d ignored; the emulator has no behaviour "
                     "for this port", spec.id, len(data), addr[0], addr[1])
        return ignore

    async def _listen_broadcasts(self, number: int,
                                 on: Callable[[bytes, tuple[str, int]], None]) -> None:
        """Receive discover broadcasts the way a camera bound to 0.0.0.0 would.

        The announce socket is bound to the camera's own address (so that several emulated
        cameras share the port number and the source of every announce is the camera's
        address); Linux delivers a broadcast only to sockets bound to the wildcard or to that
        broadcast address. So each camera also binds one socket per broadcast address it
        hears, with SO_REUSEADDR/SO_REUSEPORT: every camera (and any program listening on the
        port with SO_REUSEADDR) gets its copy, and unicast datagrams never reach these sockets,
        so nothing needs filtering. Answers go out from the announce socket.
        """
        for addr in self.broadcast_addresses():
            try:
                t = await bind_udp(addr, number, on, reuse_port=True)
            except OSError as exc:
                log.warning("camera %d: cannot listen for broadcasts to %s:%d (%s); discover "
                            "reaches it by unicast only", self.index, addr, number, exc)
                continue
            self._udp.append(t)

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
        self.connections.drop(None, "camera stopping")
        for idle in self._idle:
            idle.close()
        for server in self._servers:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 2.0)
        self._servers.clear()
        self._idle.clear()
        me = asyncio.current_task()
        others = [t for t in self._conn_tasks if t is not me]
        if others:
            await asyncio.wait(others, timeout=2.0)
        for t in self._udp:
            t.close()
        self._udp.clear()
        self.announcer.send = None
        for srv in self._standard:
            with contextlib.suppress(Exception):
                await srv.stop()
        self._standard.clear()

    # -- fault injection -------------------------------------------------------------------

    def drop_connections(self, port_id: str | None = None) -> int:
        """Close every TCP connection (of one port) abruptly; returns how many."""
        return self.connections.drop(port_id, "fault injection: drop_connections")

    def stall(self, seconds: float) -> None:
        """Stop answering anything (requests, heartbeats, inspections) for `seconds`."""
        self.stall_state.start(seconds)
        log.warning("camera %d: stalled for %.1f s (fault injection)", self.index, seconds)

    def slow_consumer(self, port_id: str, delay: float) -> None:
        """Read from `port_id` connections only every `delay` seconds (0 turns it off)."""
        if delay > 0:
            self._read_delay[port_id] = delay
        else:
            self._read_delay.pop(port_id, None)

    async def unstalled(self) -> None:
        await self.stall_state.wait()

    def schedule_restart(self) -> None:
        if not self._restarting:
            self.track(asyncio.create_task(self.restart()))

    async def restart(self) -> None:
        """Reboot: tell monitors goodbye, drop everything, reload from flash, serve again."""
        self._restarting = True
        try:
            for mon in list(self.monitors.by_id.values()):
                mon.conn.send_event(monitor.Goodbye(reason=enums.GoodbyeReason.CAMERA_RESTARTING))
            await self.stop()
            self.security.reset()
            self.monitors.clear()
            self.model.restart()
            await self.start()
        finally:
            self._restarting = False

    # -- periodic work ------------------------------------------------------------------------

    def _heartbeat(self, mon: Monitor) -> None:
        mon.counter = (mon.counter + 1) & 0xFFFFFFFF
        mon.conn.send_event(monitor.Heartbeat(
            counter=mon.counter, uptime_ms=int(self.model.uptime_s * 1000) & 0xFFFFFFFF))

    async def _ticker(self) -> None:
        was_stalled = False
        while True:
            # A fixed tick, not each monitor's next_wakeup: with hundreds of monitors their
            # deadlines are spread over the interval and waking for each costs more than it buys.
            await asyncio.sleep(TICK)
            now = time.monotonic()
            if self.stall_state.active(now):
                was_stalled = True
                continue
            if was_stalled:
                was_stalled = False
                self.monitors.excuse(now)
            self.monitors.tick(now, self._heartbeat)
            self.security.expire(now)
            self.network.routes.tick(now)

    async def _dhcp(self) -> None:
        """Keep a DHCP lease: obtain one, renew at half its time, retry on failure."""
        while True:
            try:
                self.lease = await obtain_lease(self.network, interface=self.dhcp_interface,
                                                client_port=self.port(DHCP_PORT))
                await asyncio.sleep(max(self.lease.lease_time / 2, 10.0))
            except (DhcpError, OSError) as exc:
                log.warning("camera %d: DHCP failed: %s; retrying in 5 s", self.index, exc)
                await asyncio.sleep(5.0)

    # -- serial output and IO events ------------------------------------------------------------

    def _on_result(self, result: InspectionResult) -> None:
        channels = self.connections.line_writers(SERIAL_PORT)
        if not any(channels):
            return  # nobody listens: the output lines need not even be formatted
        term = PORTS[SERIAL_PORT].terminator
        for ch, text in enumerate(result.outputs):
            if text is None or ch >= len(channels) or not channels[ch]:
                continue
            line = text.encode("latin-1", "replace") + term
            for w in list(channels[ch]):
                if w.transport.get_write_buffer_size() > SERIAL_HIGH_WATER:
                    continue  # a serial line has no flow control either: the slow reader loses
                w.write(line)

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


def _ftp(cam: CameraServer, spec: PortSpec, number: int) -> Any:
    from vs1kit.emulator.standard import ftp

    return ftp.FtpServer(cam.files, cam.credentials, host=cam.host, port=number,
                         commands=ftp.commands_from_spec(spec.commands),
                         areas=ftp.areas_from_spec(spec.areas))


def _telnet(cam: CameraServer, spec: PortSpec, number: int) -> Any:
    from vs1kit.emulator.standard import telnet

    return telnet.TelnetServer(cam.network, telnet.commands_from_spec(spec.commands),
                               host=cam.host, port=number)


def _http(cam: CameraServer, spec: PortSpec, number: int) -> Any:
    from vs1kit.emulator.standard import http

    return http.HttpServer(cam.network, cam.credentials, http.pages_from_spec(spec.pages),
                           host=cam.host, port=number)


_STANDARD_SERVERS: Final[dict[str, Callable[[CameraServer, PortSpec, int], Any]]] = {
    "ftp": _ftp, "telnet": _telnet, "http": _http,
}
"""The hand-written servers of the standard text ports, by port id."""

_DATAGRAM_SERVICES: Final[dict[str, Callable[[CameraServer], Callable[[bytes, tuple[str, int]], None]]]] = {
    "rip": lambda cam: RipListener(cam.network.routes).datagram,
}
"""The hand-written behaviour of the raw datagram ports, by port id (others: logged, ignored)."""


def seed_flash(root: Path) -> None:
    """First boot of an emulated camera: its flash holds an inspection job with the full
    datum set (Snapshot, Blob, Measure, OCR, Output) and the barcode job."""
    flash = root / "FLASH"
    if flash.exists():
        return
    flash.mkdir(parents=True)
    jobs = {"Inspect1.avp": m.DEFAULT_STEPS, "Barcode1.avp": DEFAULT_JOBS["Barcode1.avp"]}
    for name, steps in jobs.items():
        (flash / name).write_bytes(default_job_content(name, steps))
