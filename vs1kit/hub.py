"""The bridge's hub: owns the camera clients and fans typed events out to integrations.

One hub per bridge process. It connects every configured camera (the client reconnects by
itself), keeps one :class:`CameraSnapshot` per camera from status polls, report records and IO
events, and calls every listener with a :class:`HubEvent` when something changed. Integrations
never touch a camera socket: they read snapshots and ask the hub to run commands.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import enum
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from vs1kit.client import Camera, Dropped, ReportStream, Restored
from vs1kit.generated import enums
from vs1kit.protocol.wire import Vs1Error, to_jsonable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CameraConfig:
    """One camera of the bridge."""

    id: str
    host: str
    port_offset: int = 0
    port_map: Mapping[int, int] | None = None
    """Spec port number -> real port, for cameras (or emulators) not on the real numbers."""
    password: str | None = None
    datums: tuple[str, ...] = ()
    """Datum paths published as sensors (e.g. ``Blob1.Count``)."""
    virtual_points: tuple[int, ...] = ()
    """Virtual IO point numbers exposed as switches."""
    poll_interval: float = 2.0
    report_rate_hz: float = 5.0


@dataclass
class CameraSnapshot:
    """Everything the integrations publish about one camera."""

    camera_id: str
    available: bool = False
    model: str = ""
    serial: str = ""
    firmware: str = ""
    mac: str = ""
    state: str = "unknown"
    trigger_mode: str = "unknown"
    job_name: str = ""
    job_slot: int = 0
    inspections: int = 0
    passed: int = 0
    failed: int = 0
    uptime_s: int = 0
    controller_ip: str = "0.0.0.0"
    fault: bool = False
    last_inspection: int = 0
    last_passed: bool | None = None
    datums: dict[str, Any] = field(default_factory=dict)
    io: dict[int, bool] = field(default_factory=dict)
    """Physical points by number; virtual point n as 1000 + n."""
    updated_at: float = 0.0

    @property
    def running(self) -> bool:
        return self.state == "running"

    @property
    def pass_rate(self) -> float | None:
        return round(100.0 * self.passed / self.inspections, 2) if self.inspections else None

    def as_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["running"] = self.running
        data["pass_rate"] = self.pass_rate
        data["io"] = {str(k): v for k, v in self.io.items()}
        return data


@dataclass(frozen=True)
class HubEvent:
    """A camera's snapshot changed; ``changed`` names the snapshot fields that did."""

    camera_id: str
    snapshot: CameraSnapshot
    changed: frozenset[str]


Listener = Callable[[HubEvent], None]
"""Called synchronously on the hub's loop; an integration queues work of its own."""

COMMANDS = ("trigger", "start", "stop", "write_point", "write_virtual")


class _CameraHandle:
    def __init__(self, hub: Hub, config: CameraConfig, camera: Camera) -> None:
        self.hub = hub
        self.config = config
        self.camera = camera
        self.snapshot = CameraSnapshot(config.id)
        self.tasks: list[asyncio.Task[None]] = []
        self.report: ReportStream | None = None
        self.first_virtual: int | None = None  # point number of virtual point 0

    def update(self, **changes: Any) -> None:
        changed = {k for k, v in changes.items() if getattr(self.snapshot, k) != v}
        if not changed:
            return
        for key in changed:
            setattr(self.snapshot, key, changes[key])
        self.snapshot.updated_at = time.time()
        self.hub._publish(HubEvent(self.config.id, dataclasses.replace(self.snapshot), frozenset(changed)))

    async def run(self) -> None:
        cam = self.camera
        cam.add_listener(self._on_client_event)
        while not self.hub._stopping:
            try:
                await cam.connect()
                info = await cam.get_info()
                self.update(model=info.model, serial=info.serial, firmware=info.firmware_version,
                            mac=info.mac, available=True)
                if self.config.password is not None:
                    with contextlib.suppress(Vs1Error):
                        await cam.gain_control(self.config.password)
                self.tasks.append(asyncio.create_task(self._poll()))
                self.tasks.append(asyncio.create_task(self._io()))
                if self.config.datums:
                    self.tasks.append(asyncio.create_task(self._records()))
                return
            except (Vs1Error, OSError) as exc:
                log.warning("camera %s: %s; retrying", self.config.id, exc)
                self.update(available=False)
                await asyncio.sleep(1.0)

    def _on_client_event(self, event: object) -> None:
        if isinstance(event, Dropped):
            self.update(available=False)
        elif isinstance(event, Restored):
            self.update(available=True)

    async def _poll(self) -> None:
        while True:
            with contextlib.suppress(Vs1Error, OSError):
                s = await self.camera.get_status()
                self.update(
                    state=_name(s.state), trigger_mode=_name(s.trigger_mode), job_name=s.job_name,
                    job_slot=s.job_slot, inspections=s.inspections, passed=s.passed, failed=s.failed,
                    uptime_s=s.uptime_s, controller_ip=s.controller_ip,
                    fault=bool(s.flags & enums.StatusReplyFlags.FAULT), available=True,
                )
            await asyncio.sleep(self.config.poll_interval)

    async def _io(self) -> None:
        with contextlib.suppress(Vs1Error, OSError):
            listing = await self.camera.list_points()
            virtual = [p.point for p in listing.points if p.kind == enums.IoKind.VIRTUAL]
            self.first_virtual = min(virtual, default=0)
            io = {p.point: bool(p.state) for p in listing.points if p.kind != enums.IoKind.VIRTUAL}
            # Virtual points are published under their virtual number (0..255).
            for p in listing.points:
                n = p.point - self.first_virtual
                if p.kind == enums.IoKind.VIRTUAL and n in self.config.virtual_points:
                    io[1000 + n] = bool(p.state)
            self.update(io=io)
            stream = await self.camera.io_events()
            async for change in stream:
                io = dict(self.snapshot.io)
                key = change.point
                if change.kind == enums.IoKind.VIRTUAL:
                    n = change.point - (self.first_virtual or 0)
                    if n not in self.config.virtual_points:
                        continue
                    key = 1000 + n
                io[key] = bool(change.state)
                self.update(io=io)

    async def _records(self) -> None:
        stream = await self.camera.open_report(list(self.config.datums), mode=enums.ReportMode.LOSSY,
                                               rate_hz=self.config.report_rate_hz)
        self.report = stream
        async for rec in stream.records():
            paths = {d.datum_id: d.path for d in stream.datums}
            values = {paths[d.datum_id]: to_jsonable(d.value) for d in rec.datums if d.datum_id in paths}
            self.update(last_inspection=rec.inspection,
                        last_passed=bool(rec.flags & enums.RecordFlags.PASSED), datums=values)

    async def command(self, name: str, *args: Any) -> None:
        cam = self.camera
        if name == "trigger":
            await cam.trigger(count=int(args[0]) if args else 1)
        elif name == "start":
            await cam.start()
        elif name == "stop":
            await cam.stop()
        elif name == "write_point":
            await cam.write_point(point=int(args[0]), state=bool(args[1]))
        elif name == "write_virtual":
            if self.first_virtual is None:
                raise RuntimeError("IO points not listed yet")
            await cam.write_point(point=self.first_virtual + int(args[0]), state=bool(args[1]))
        else:
            raise ValueError(f"unknown command {name!r}; commands: {', '.join(COMMANDS)}")

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.camera.close()


def _name(value: object) -> str:
    return value.name.lower() if isinstance(value, enum.IntEnum) else str(value)


class Hub:
    """Owns the cameras of one bridge; see the module docstring."""

    def __init__(self, cameras: list[CameraConfig],
                 camera_factory: Callable[[CameraConfig], Camera] | None = None) -> None:
        self.configs = {c.id: c for c in cameras}
        self._factory = camera_factory or (lambda c: Camera(
            c.host, port_offset=c.port_offset, port_map=c.port_map, client_name=f"vs1kit-bridge/{c.id}"))
        self._handles: dict[str, _CameraHandle] = {}
        self._listeners: list[Listener] = []
        self._stopping = False
        self._starters: list[asyncio.Task[None]] = []

    @property
    def snapshots(self) -> dict[str, CameraSnapshot]:
        return {cid: dataclasses.replace(h.snapshot) for cid, h in self._handles.items()}

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _publish(self, event: HubEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # one integration's bug must not stop the others
                log.exception("hub listener failed")

    async def start(self) -> None:
        for cid, cfg in self.configs.items():
            handle = _CameraHandle(self, cfg, self._factory(cfg))
            self._handles[cid] = handle
            self._starters.append(asyncio.create_task(handle.run()))

    async def wait_available(self, timeout: float = 10.0) -> None:
        """Until every camera has been reached once (for tests and the demo)."""
        async def ready() -> None:
            while not all(h.snapshot.available and h.snapshot.updated_at for h in self._handles.values()):
                await asyncio.sleep(0.05)
        await asyncio.wait_for(ready(), timeout)

    async def command(self, camera_id: str, name: str, *args: Any) -> None:
        handle = self._handles.get(camera_id)
        if handle is None:
            raise KeyError(f"no camera {camera_id!r}")
        await handle.command(name, *args)

    async def stop(self) -> None:
        self._stopping = True
        for task in self._starters:
            task.cancel()
        for handle in self._handles.values():
            await handle.close()
