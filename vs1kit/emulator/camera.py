"""One emulated camera: the model, its security, monitors and inspection engine, and its
ports (`vs1kit.emulator.ports`: every port of the generated registry, bound by transport and
framing, served by hand-written behaviour or the generated skeleton).

Connection monitors tie the client's other connections to its login session: a monitor that
goes quiet for its timeout (or closes) takes its watched connections (serial channels
included) and the session's control with it. The periodic announce is broadcast to the
camera's announce port unless `announce_target` says otherwise.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
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
from vs1kit.emulator.limits import Admission, BadInputLog, Limits
from vs1kit.emulator.live import LiveVideo
from vs1kit.emulator.model import CameraModel, InspectionResult
from vs1kit.emulator.monitors import Monitors
from vs1kit.emulator.netstate import Credentials, NetworkConfig, NetworkState
from vs1kit.emulator.ports import DHCP_PORT, CameraPorts
from vs1kit.emulator.security import Security
from vs1kit.generated import enums, monitor
from vs1kit.generated.emulator_skeleton import HANDLER_CLASSES, PortHandlers
from vs1kit.generated.registry import PORTS

__all__ = ["CameraServer", "seed_flash"]

log = logging.getLogger(__name__)

SERIAL_HIGH_WATER: Final = 1024 * 1024
SERIAL_PORT: Final = "serial"
"""The line port the job's formatted output strings go to (one port number per channel)."""


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
        limits: Limits | None = None,
    ) -> None:
        self.index = index
        self.limits = limits or Limits()
        self.bad_input = BadInputLog(self.limits.log_interval)
        """Refused and bad input, counted per kind; logged at most once per source and interval."""
        self.admission = Admission(self.limits, self.bad_input)
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
        self.live = LiveVideo(self.model, self.stall_state, live_size, self.limits.write_timeout,
                              on_unread=lambda conn: self.bad_input.note(
                                  conn.peer_ip, "unread replies",
                                  f"{conn.label}: live video unread for {self.limits.write_timeout:g} s"))
        self.announcer = Announcer(self.model, self.security, self.stall_state)
        self.announce_interval = announce_interval
        self._announce_target = announce_target
        self.standard_ports = standard_ports
        self.live_size = live_size
        self.handlers: dict[str, PortHandlers[Any]] = {cls.PORT: cls(self) for cls in BEHAVIOURS}
        self.sockets = CameraPorts(self)
        """The sockets and servers of every port (`ports()` says which numbers)."""
        self._tasks: list[asyncio.Task[None]] = []
        self._read_delay: dict[str, float] = {}
        self._restarting = False
        self._freeze = 0.0
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
        self.sockets.track(task)

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
        """Reports of the client behind a report-control connection: those of report
        connections of the same owner (bound to the same session, or watched by the same
        anonymous monitor). A connection with no owner controls no report."""
        owner = self.monitors.owner(conn)
        if owner is None:
            return []
        out: list[Report] = []
        for rc in self.report_conns:
            if not rc.closing and self.monitors.owner(rc) == owner:
                out.extend(rc.reports.values())
        return out

    def foreign_report(self, conn: Conn, report_id: int) -> bool:
        """A report with this id is open, but not for the owner of `conn`."""
        return any(report_id in rc.reports for rc in self.report_conns if not rc.closing)

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
        # A restart binds the same numbers again.
        self._bound = await self.sockets.start(self._bound or self._requested)
        log.info("camera %d (%s) serving on %s", self.index, self.model.config.name, self.host)
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

    def handlers_for(self, port_id: str) -> PortHandlers[Any]:
        """The port's hand-written behaviour, else its generated skeleton as it stands."""
        handlers = self.handlers.get(port_id)
        if handlers is None:
            handlers = self.handlers[port_id] = HANDLER_CLASSES[port_id]()
        return handlers

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        await self.engine.stop()
        await self.sockets.stop()

    # -- fault injection -------------------------------------------------------------------

    def drop_connections(self, port_id: str | None = None) -> int:
        """Close every TCP connection (of one port) abruptly; returns how many."""
        return self.connections.drop(port_id, "fault injection: drop_connections")

    def stall(self, seconds: float) -> None:
        """Stop answering anything (requests, heartbeats, inspections) for `seconds`."""
        self.stall_state.start(seconds)
        log.warning("camera %d: stalled for %.1f s (fault injection)", self.index, seconds)

    def freeze(self, seconds: float) -> None:
        """Block the whole event loop for `seconds` at the next tick, right before monitors
        are judged (fault injection: a camera paused with SIGSTOP, resumed between its timer
        firing and its sockets being read). Unlike `stall`, nothing excuses the silence."""
        self._freeze = seconds
        log.warning("camera %d: freezing for %.1f s at the next tick (fault injection)",
                    self.index, seconds)

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
            if self._freeze:
                frozen, self._freeze = self._freeze, 0.0
                time.sleep(frozen)  # deliberately blocking: the loop is paused, not waiting
            now = time.monotonic()
            if self.stall_state.active(now):
                was_stalled = True
                continue
            if was_stalled:
                was_stalled = False
                self.monitors.excuse(now)
            self.monitors.tick(now, self._heartbeat)
            self.security.expire(now, self.monitors.live_sessions())
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
                if w.is_closing() or w.transport.get_write_buffer_size() > SERIAL_HIGH_WATER:
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
