"""The bridge's hub: owns the camera clients and fans typed events out to integrations.

One hub per bridge process. It connects every configured camera (the client reconnects by
itself) and emits typed events to every listener:

- :class:`StatusEvent` when the camera's snapshot (status poll, identity, IO, availability)
  changed;
- :class:`InspectionEvent` for **every** inspection record, in order and exactly once: live
  from a lossless report, backfilled from PartQ after a dropped link (the client does that) and
  after a bridge restart (the hub does that, from the resume point an integration persisted);
- :class:`GapEvent` for inspections PartQ no longer held.

Commands go through one table, :data:`COMMANDS`, checked against the camera's allow-list
(:class:`CameraConfig.commands`, named points); :meth:`Hub.command` never raises: every command
gets a :class:`CommandResult` (ok / refused / failed, with a reason and the caller's correlation
id). Integrations never touch a camera socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import enum
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from vs1kit.client import Camera, CounterReset, Dropped, Gap, ReportStream, Restored
from vs1kit.generated import enums
from vs1kit.generated.rpc import InfoReply, StatusReply
from vs1kit.generated.types import DatumDesc, Record
from vs1kit.protocol.sequencer import FIRST_INSPECTION
from vs1kit.protocol.wire import Vs1Error, to_jsonable

log = logging.getLogger(__name__)

SAFE_COMMANDS: tuple[str, ...] = ("trigger", "start", "stop", "select_job", "write_output",
                                  "write_virtual", "set_trigger_mode")
"""Allowed when a camera's config does not name its commands. Download and flash are never in
it: they change what the camera runs after a restart, so a config has to ask for them."""


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
    """Datum paths carried in each inspection message (e.g. ``Blob1.Count``)."""
    virtual_points: tuple[int, ...] = ()
    """Virtual IO point numbers (0..255) exposed as switches and writable by commands."""
    outputs: Mapping[str, int] = field(default_factory=dict)
    """Physical output points writable by commands: name -> point number."""
    virtual_names: Mapping[str, int] = field(default_factory=dict)
    """Names for virtual points (name -> virtual number); each must be in ``virtual_points``."""
    commands: tuple[str, ...] = SAFE_COMMANDS
    """The allow-list: commands this camera accepts through any integration."""
    poll_interval: float = 2.0
    image_interval: float = 0.0
    """Take a picture this often (seconds) and emit it as an :class:`ImageEvent` (0: never)."""
    inspections: bool = True
    """Follow a report and emit every inspection (False: status and IO only)."""
    report_mode: Literal["lossless", "lossy"] = "lossless"
    """lossless: the camera waits for the bridge's acknowledgement of each record (a slow
    bridge slows the line, nothing is skipped). lossy: the camera never waits; records it had
    to skip are fetched from PartQ (lost only if PartQ overflowed, reported as gaps)."""


@dataclass
class CameraSnapshot:
    """Everything the integrations publish about one camera's state.

    Identity and status are the camera's own generated messages (``InfoReply``,
    ``StatusReply``), not a re-listing of their fields: a field renamed in the spec fails
    mypy here, in the properties that read it, and nowhere else.
    """

    camera_id: str
    available: bool = False
    info: InfoReply | None = None
    status: StatusReply | None = None
    """The last status poll; None until the camera answered one since the bridge started."""
    last_inspection: int = 0
    last_passed: bool | None = None
    """None until the first inspection result arrived."""
    datums: dict[str, Any] = field(default_factory=dict)
    io: dict[int, bool] = field(default_factory=dict)
    """Physical points by number; virtual point n as 1000 + n."""
    jobs: dict[int, str] = field(default_factory=dict)
    updated_at: float = 0.0

    @property
    def status_known(self) -> bool:
        """Counters are the camera's (publishing before would show zeros: going backwards)."""
        return self.status is not None

    @property
    def model(self) -> str:
        return self.info.model if self.info else ""

    @property
    def serial(self) -> str:
        return self.info.serial if self.info else ""

    @property
    def firmware(self) -> str:
        return self.info.firmware_version if self.info else ""

    @property
    def mac(self) -> str:
        return self.info.mac if self.info else ""

    @property
    def state(self) -> str:
        return _name(self.status.state) if self.status else "unknown"

    @property
    def trigger_mode(self) -> str:
        return _name(self.status.trigger_mode) if self.status else "unknown"

    @property
    def job_name(self) -> str:
        return self.status.job_name if self.status else ""

    @property
    def job_slot(self) -> int:
        return self.status.job_slot if self.status else 0

    @property
    def inspections(self) -> int:
        return self.status.inspections if self.status else 0

    @property
    def passed(self) -> int:
        return self.status.passed if self.status else 0

    @property
    def failed(self) -> int:
        return self.status.failed if self.status else 0

    @property
    def uptime_s(self) -> int:
        return self.status.uptime_s if self.status else 0

    @property
    def controller_ip(self) -> str:
        return self.status.controller_ip if self.status else "0.0.0.0"

    @property
    def fault(self) -> bool:
        return bool(self.status.flags & enums.StatusReplyFlags.FAULT) if self.status else False

    @property
    def running(self) -> bool:
        return self.state == "running"

    @property
    def pass_rate(self) -> float | None:
        return round(100.0 * self.passed / self.inspections, 2) if self.inspections else None

    def as_dict(self) -> dict[str, Any]:
        """The JSON the integrations publish (names stable for dashboards and HA templates)."""
        return {
            "camera_id": self.camera_id, "available": self.available, "model": self.model,
            "serial": self.serial, "firmware": self.firmware, "mac": self.mac, "state": self.state,
            "trigger_mode": self.trigger_mode, "job_name": self.job_name, "job_slot": self.job_slot,
            "inspections": self.inspections, "passed": self.passed, "failed": self.failed,
            "uptime_s": self.uptime_s, "controller_ip": self.controller_ip, "fault": self.fault,
            "status_known": self.status_known, "last_inspection": self.last_inspection,
            "last_passed": self.last_passed, "datums": dict(self.datums),
            "io": {str(k): v for k, v in self.io.items()}, "jobs": {str(k): v for k, v in self.jobs.items()},
            "updated_at": self.updated_at, "running": self.running, "pass_rate": self.pass_rate,
        }


@dataclass(frozen=True)
class StatusEvent:
    """A camera's snapshot changed; ``changed`` names the snapshot fields that did.

    ``snapshot`` is the hub's live object (no copy per event: inspections change it at line
    rate); a listener that keeps it beyond the call takes ``dataclasses.replace`` of it."""

    camera_id: str
    snapshot: CameraSnapshot
    changed: frozenset[str]


_json_str: Callable[[str], str] = json.encoder.encode_basestring_ascii
"""A string as JSON (``json.dumps``' default, ``ensure_ascii``), C-accelerated."""
_json_compact = json.JSONEncoder(separators=(",", ":")).encode


@dataclass(frozen=True, slots=True)
class InspectionEvent:
    """One inspection record. Identified by (serial, boot_id, inspection): the idempotency key.

    A camera numbers inspections from the start again after every restart; ``boot_id`` (the
    camera's, from its info reply, random per boot) tells the boots apart."""

    camera_id: str
    serial: str
    boot_id: int
    inspection: int
    timestamp_us: int
    passed: bool
    backfilled: bool
    datums: dict[str, Any]

    @property
    def key(self) -> str:
        return f"{self.serial}:{self.boot_id}:{self.inspection}"

    def as_dict(self) -> dict[str, Any]:
        return {"camera": self.camera_id, "serial": self.serial, "boot_id": self.boot_id,
                "inspection": self.inspection, "key": self.key, "timestamp_us": self.timestamp_us,
                "result": "pass" if self.passed else "fail", "passed": self.passed,
                "backfilled": self.backfilled, "datums": self.datums}

    def as_json(self) -> bytes:
        """:meth:`as_dict` as compact JSON, the same bytes as ``json.dumps(as_dict(),
        separators=(",", ":"))``, written out directly: it runs once per inspection on the
        bridge's path, where building the dict and walking it cost more than the datums."""
        serial = _json_str(self.serial)
        boot_id, inspection = int(self.boot_id), int(self.inspection)
        key = f'"{self.serial}:{boot_id}:{inspection}"' if serial[1:-1] == self.serial else _json_str(self.key)
        result = '"result":"pass","passed":true' if self.passed else '"result":"fail","passed":false'
        backfilled = "true" if self.backfilled else "false"
        return (f'{{"camera":{_json_str(self.camera_id)},"serial":{serial},"boot_id":{boot_id},'
                f'"inspection":{inspection},"key":{key},"timestamp_us":{int(self.timestamp_us)},'
                f'{result},"backfilled":{backfilled},"datums":{_json_compact(self.datums)}}}').encode()


@dataclass(frozen=True, slots=True)
class GapEvent:
    """Inspections first..last are lost for good (PartQ no longer held them)."""

    camera_id: str
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class ImageEvent:
    """The camera's latest picture, PNG-encoded."""

    camera_id: str
    png: bytes
    width: int
    height: int
    timestamp_us: int


@dataclass(frozen=True, slots=True)
class CameraAdded:
    """A camera joined at run time (found by announce discovery); its config is in
    ``hub.configs``. Integrations set it up as they did the configured ones."""

    camera_id: str
    config: CameraConfig


@dataclass(frozen=True)
class DiscoveryConfig:
    """Cameras found on the network by their announces join the hub with ``template``'s
    settings (id = a slug of the camera's name, host = its address)."""

    interval: float = 30.0
    target: str = "255.255.255.255"
    port: int = 0
    """The announce port; 0: the spec's (from the generated registry)."""
    timeout: float = 1.0
    template: CameraConfig = field(default_factory=lambda: CameraConfig("", ""))


HubEvent = StatusEvent | InspectionEvent | GapEvent | ImageEvent | CameraAdded
Listener = Callable[[HubEvent], None]
"""Called synchronously on the hub's loop; an integration queues (or stores) work of its own."""

ResumePoint = Callable[[str], int | None]
"""camera id -> the last inspection id an integration has safely stored (None: none yet)."""


# ---------------------------------------------------------------------------------- commands

Outcome = Literal["ok", "refused", "failed"]


@dataclass(frozen=True)
class CommandResult:
    """The reply every command gets."""

    camera_id: str
    command: str
    status: Outcome
    reason: str = ""
    correlation_id: str | None = None
    result: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.correlation_id, "camera": self.camera_id, "command": self.command,
                "status": self.status, "reason": self.reason, "result": self.result}


class CommandRefused(Exception):
    """The command is not allowed or its arguments are invalid: nothing was sent."""


def _arg_bool(args: Mapping[str, Any], key: str) -> bool:
    value = args.get(key)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().upper() in ("ON", "TRUE", "1"):
        return True
    if isinstance(value, str) and value.strip().upper() in ("OFF", "FALSE", "0"):
        return False
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise CommandRefused(f"{key!r} must be ON or OFF (true/false), got {value!r}")


def _arg_int(args: Mapping[str, Any], key: str, lo: int, hi: int) -> int:
    value = args.get(key)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise CommandRefused(f"{key!r} must be an integer, got {value!r}")
    if not lo <= value <= hi:
        raise CommandRefused(f"{key!r} must be in {lo}..{hi}, got {value}")
    return value


def _point(args: Mapping[str, Any], names: Mapping[str, int], allowed: set[int], what: str) -> int:
    """A point by configured name or number; only configured points pass."""
    raw = args.get("point")
    if isinstance(raw, str) and raw in names:
        return names[raw]
    number = _arg_int(args, "point", -(2**31), 2**31)
    if number < 0:
        raise CommandRefused(f"{what} point {number} is negative")
    if number not in allowed:
        listed = ", ".join(str(p) for p in sorted(allowed)) or "none"
        raise CommandRefused(f"{what} point {number} is not in the bridge config (allowed: {listed})")
    return number


@dataclass(frozen=True)
class CommandSpec:
    name: str
    doc: str
    run: Callable[[_CameraHandle, Mapping[str, Any]], Awaitable[dict[str, Any]]]
    dangerous: bool = False


async def _trigger(h: _CameraHandle, a: Mapping[str, Any]) -> dict[str, Any]:
    count = _arg_int(a, "count", 1, 1000) if "count" in a else 1
    reply = await h.camera.trigger(count=count)
    return {"first_inspection": reply.first_inspection, "count": reply.count}


async def _start(h: _CameraHandle, a: Mapping[str, Any]) -> dict[str, Any]:
    await h.camera.start()
    return {}


async def _stop(h: _CameraHandle, a: Mapping[str, Any]) -> dict[str, Any]:
    await h.camera.stop()
    return {}


async def _select_job(h: _CameraHandle, a: Mapping[str, Any]) -> dict[str, Any]:
    raw = a.get("job")
    if not h.snapshot.jobs:
        await h.refresh_jobs()
    by_name = {name: slot for slot, name in h.snapshot.jobs.items()}
    if isinstance(raw, str) and raw in by_name:
        slot = by_name[raw]
    else:
        slot = _arg_int({"job": raw}, "job", 1, 255)
        if h.snapshot.jobs and slot not in h.snapshot.jobs:
            raise CommandRefused(f"no job in slot {slot}; jobs: {h.snapshot.jobs}")
    await h.camera.select_job(slot=slot)
    return {"slot": slot}


async def _write_output(h: _CameraHandle, a: Mapping[str, Any]) -> dict[str, Any]:
    point = _point(a, h.config.outputs, set(h.config.outputs.values()), "output")
    state = _arg_bool(a, "state")
    await h.camera.write_point(point=point, state=state)
    return {"point": point, "state": state}


async def _write_virtual(h: _CameraHandle, a: Mapping[str, Any]) -> dict[str, Any]:
    n = _point(a, h.config.virtual_names, set(h.config.virtual_points), "virtual")
    state = _arg_bool(a, "state")
    await h.camera.write_point(point=await h.virtual_base() + n, state=state)
    return {"point": n, "state": state}


async def _set_trigger_mode(h: _CameraHandle, a: Mapping[str, Any]) -> dict[str, Any]:
    raw = a.get("mode")
    modes = {m.name.lower(): m for m in enums.TriggerMode}
    if not isinstance(raw, str) or raw.lower() not in modes:
        raise CommandRefused(f"'mode' must be one of {', '.join(modes)}, got {raw!r}")
    mode = modes[raw.lower()]
    rate = float(a.get("rate_hz", 0.0) or 0.0)
    if mode == enums.TriggerMode.FREE_RUN and not 0 < rate <= 100_000:
        raise CommandRefused(f"free_run needs 'rate_hz' in (0, 100000], got {a.get('rate_hz')!r}")
    point = 0
    result: dict[str, Any] = {"mode": mode.name.lower()}
    if mode == enums.TriggerMode.VIRTUAL_IO:
        # The camera refuses a physical source point: the trigger is a configured virtual point
        # (`point` by name or number, else the first one in the config, else virtual 0).
        if "point" in a:
            n = _point(a, h.config.virtual_names, set(h.config.virtual_points), "virtual")
        else:
            n = min(h.config.virtual_points, default=0)
        point = await h.virtual_base() + n
        result["point"] = n
    elif mode == enums.TriggerMode.EXTERNAL_IO:
        # Reading an input changes nothing on the line: any input number may be the source.
        point = _arg_int(a, "point", 0, 65535) if "point" in a else 0
        result["point"] = point
    await h.camera.set_trigger(mode, rate, point)
    return result


async def _never(h: _CameraHandle, a: Mapping[str, Any]) -> dict[str, Any]:
    # Listed so that the refusal names the reason; enabling them is a deliberate config edit.
    raise CommandRefused("not supported through the bridge")


COMMANDS: dict[str, CommandSpec] = {c.name: c for c in (
    CommandSpec("trigger", "Run `count` inspections (default 1).", _trigger),
    CommandSpec("start", "Start the selected job.", _start),
    CommandSpec("stop", "Stop inspecting.", _stop),
    CommandSpec("select_job", "Select the job by slot number or name (`job`).", _select_job),
    CommandSpec("write_output", "Set a configured physical output (`point`: name or number, `state`).",
                _write_output),
    CommandSpec("write_virtual", "Set a configured virtual point (`point`: name or number, `state`).",
                _write_virtual),
    CommandSpec("set_trigger_mode", "Trigger mode (`mode`; `rate_hz` for free_run).", _set_trigger_mode),
    CommandSpec("download", "Load a job file into a slot.", _never, dangerous=True),
    CommandSpec("flash", "Save the jobs to flash.", _never, dangerous=True),
)}
"""The one command table every integration dispatches through."""


# ---------------------------------------------------------------------------------- cameras

_INSPECTION_FIELDS = frozenset({"last_inspection", "last_passed", "datums"})
_IO_FIELDS = frozenset({"io"})
_PASSED = int(enums.RecordFlags.PASSED)
_BACKFILLED = int(enums.RecordFlags.BACKFILLED)
"""Record flag bits as plain ints: ``IntFlag.__and__`` builds a flag object per call (two per
inspection on the delivery path)."""


class _CameraHandle:
    def __init__(self, hub: Hub, config: CameraConfig, camera: Camera) -> None:
        self.hub = hub
        self.config = config
        self.camera = camera
        self.snapshot = CameraSnapshot(config.id)
        # The events of a new inspection or IO change are always the same (the snapshot is the
        # live object, the changed fields fixed): made once, emitted at line rate.
        self._inspection_changed = StatusEvent(config.id, self.snapshot, _INSPECTION_FIELDS)
        self._io_changed = StatusEvent(config.id, self.snapshot, _IO_FIELDS)
        self.tasks: list[asyncio.Task[None]] = []
        self.report: ReportStream | None = None
        self.first_virtual: int | None = None  # point number of virtual point 0
        self.last_delivered: int | None = None
        self.delivered = 0
        self.backfilled = 0
        self.duplicates = 0
        self.lost = 0
        self.drops = 0
        self._paths_of: list[DatumDesc] | None = None
        self._paths: dict[int, str] = {}

    def update(self, **changes: Any) -> None:
        changed = {k for k, v in changes.items() if getattr(self.snapshot, k) != v}
        if not changed:
            return
        for key in changed:
            setattr(self.snapshot, key, changes[key])
        self.snapshot.updated_at = time.time()
        self.hub._emit(StatusEvent(self.config.id, self.snapshot, frozenset(changed)))

    async def run(self) -> None:
        cam = self.camera
        cam.add_listener(self._on_client_event)
        while not self.hub._stopping:
            try:
                await cam.connect()
                self.update(info=await cam.get_info(), available=True)
                if self.config.password is not None:
                    with contextlib.suppress(Vs1Error):
                        await cam.gain_control(self.config.password)
                with contextlib.suppress(Vs1Error, OSError):
                    await self.refresh_jobs()
                self.tasks.append(asyncio.create_task(self._poll()))
                self.tasks.append(asyncio.create_task(self._io()))
                if self.config.inspections:
                    self.tasks.append(asyncio.create_task(self._inspections()))
                if self.config.image_interval > 0:
                    self.tasks.append(asyncio.create_task(self._images()))
                return
            except (Vs1Error, OSError) as exc:
                log.warning("camera %s: %s; retrying", self.config.id, exc)
                self.update(available=False)
                await asyncio.sleep(1.0)

    async def virtual_base(self) -> int:
        """The point number of virtual point 0 (listed once if the IO task has not yet)."""
        if self.first_virtual is None:
            listing = await self.camera.list_points()
            self.first_virtual = min((p.point for p in listing.points if p.kind == enums.IoKind.VIRTUAL), default=0)
        return self.first_virtual

    async def refresh_jobs(self) -> None:
        listing = await self.camera.list_jobs()
        jobs = {j.slot: j.name for j in listing.jobs}
        self.update(jobs=jobs)

    def _on_client_event(self, event: object) -> None:
        if isinstance(event, Dropped):
            self.drops += 1
            self.update(available=False)
        elif isinstance(event, Restored):
            self.update(available=True)
        elif isinstance(event, CounterReset):
            # The camera restarted and numbers inspections from the start again.
            log.warning("camera %s: inspection counter reset (%d -> %d)", self.config.id,
                        event.expected, event.next_inspection)
            # Its new boot's inspections before next_inspection come from PartQ (the client's
            # sequencer backfills them): let them through.
            self.last_delivered = FIRST_INSPECTION - 1

    async def _poll(self) -> None:
        while True:
            with contextlib.suppress(Vs1Error, OSError):
                self.update(status=await self.camera.get_status(), available=True)
            await asyncio.sleep(self.config.poll_interval)

    async def _io(self) -> None:
        while True:  # as for reports: retry only what the client did not reopen itself
            await self._follow_io()
            await asyncio.sleep(1.0)

    async def _follow_io(self) -> None:
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
            snap = self.snapshot
            async for change in stream:
                key = change.point
                if change.kind == enums.IoKind.VIRTUAL:
                    n = change.point - (self.first_virtual or 0)
                    if n not in self.config.virtual_points:
                        continue
                    key = 1000 + n
                # The camera's outputs follow every inspection result: this runs at line rate,
                # so the one changed point is compared, not the whole map (as update() would).
                state = bool(change.state)
                if snap.io.get(key) is state:
                    continue
                snap.io = {**snap.io, key: state}  # a new map: a listener may hold the old one
                snap.updated_at = time.time()
                self.hub._emit(self._io_changed)

    async def _images(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            with contextlib.suppress(Vs1Error, OSError, ValueError):
                image = await self.camera.snap()
                # PNG encoding takes milliseconds: off the loop, which carries every camera.
                png = await loop.run_in_executor(None, _png, image.array)
                self.hub._emit(ImageEvent(self.config.id, png, image.width, image.height, image.timestamp_us))
            await asyncio.sleep(self.config.image_interval)

    # -- inspections ---------------------------------------------------------------------------
    async def _inspections(self) -> None:
        # The client reopens the report after a dropped link by itself; this loop only covers
        # a report that could not be opened or ended (then: reopen after the last delivered).
        while True:
            try:
                await self._follow_report()
            except (Vs1Error, OSError) as exc:
                log.warning("camera %s: report: %s; reopening", self.config.id, exc)
            if self.report is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self.report.aclose(), 2.0)
                self.report = None
            await asyncio.sleep(1.0)

    async def _follow_report(self) -> None:
        resume = self.hub.resume_point(self.config.id) if self.last_delivered is None else self.last_delivered
        if resume is not None:
            self.last_delivered = resume
        # resume_after: what ran since the stored inspection (bridge down, restarted) comes
        # from PartQ first, then the live records; the client's sequencer keeps the order.
        mode = enums.ReportMode.LOSSY if self.config.report_mode == "lossy" else enums.ReportMode.LOSSLESS
        stream = await self.camera.open_report(list(self.config.datums), mode=mode, rate_hz=0.0, backfill=True,
                                               resume_after=resume)
        self.report = stream
        generation = -1
        async for item in stream:
            if stream.generation != generation:
                # The report was (re)opened: what comes now is of the boot the camera is in
                # (a connection never outlives a boot; PartQ starts empty at each boot), so its
                # boot id is read before any of it is delivered.
                generation = stream.generation
                await self._refresh_info()
            if isinstance(item, Gap):
                self._gap(item.first, item.last)
                continue
            self._deliver(stream.datums, item, backfilled=bool(int(item.flags) & _BACKFILLED))

    async def _refresh_info(self) -> None:
        """The camera's identity (and boot id) now; retried until the camera answers (one
        warning, not one per retry)."""
        level = logging.WARNING
        while True:
            try:
                self.update(info=await self.camera.get_info())
                return
            except (Vs1Error, OSError) as exc:
                log.log(level, "camera %s: reading its boot id: %s; retrying", self.config.id, exc)
                level = logging.DEBUG
                await asyncio.sleep(0.5)

    def _deliver(self, datums: list[DatumDesc], rec: Record, *, backfilled: bool) -> None:
        n = rec.inspection
        if self.last_delivered is not None and n <= self.last_delivered:
            self.duplicates += 1  # exactly once, whatever the source delivered twice
            return
        self.last_delivered = n
        self.delivered += 1
        self.backfilled += backfilled
        if datums is not self._paths_of:  # the report's datum list changes rarely: map once
            self._paths_of = datums
            self._paths = {d.datum_id: d.path for d in datums}
        paths = self._paths
        values = {paths[d.datum_id]: to_jsonable(d.value) for d in rec.datums if d.datum_id in paths}
        passed = bool(int(rec.flags) & _PASSED)
        info = self.snapshot.info
        self.hub._emit(InspectionEvent(self.config.id, (info.serial if info else "") or self.config.id,
                                       info.boot_id if info else 0, n, rec.timestamp_us, passed, backfilled,
                                       values))
        # Every inspection changes these: set them directly (update() compares field by field).
        snap = self.snapshot
        snap.last_inspection, snap.last_passed, snap.datums = n, passed, values
        snap.updated_at = time.time()
        self.hub._emit(self._inspection_changed)

    def _gap(self, first: int, last: int) -> None:
        self.lost += last - first + 1
        self.last_delivered = max(self.last_delivered or 0, last)
        log.warning("camera %s: inspections %d..%d lost (not in PartQ any more)", self.config.id, first, last)
        self.hub._emit(GapEvent(self.config.id, first, last))

    # -- commands ------------------------------------------------------------------------------
    async def command(self, name: str, args: Mapping[str, Any], correlation_id: str | None) -> CommandResult:
        def result(status: Outcome, reason: str = "", data: dict[str, Any] | None = None) -> CommandResult:
            return CommandResult(self.config.id, name, status, reason, correlation_id, data or {})

        spec = COMMANDS.get(name)
        if spec is None:
            return result("refused", f"unknown command {name!r}; commands: {', '.join(COMMANDS)}")
        if name not in self.config.commands:
            why = " (off by default: it changes what the camera runs)" if spec.dangerous else ""
            return result("refused", f"command {name!r} is not in this camera's allow-list{why}")
        try:
            return result("ok", data=await spec.run(self, args))
        except CommandRefused as exc:
            return result("refused", str(exc))
        except (Vs1Error, OSError, RuntimeError, TimeoutError) as exc:
            return result("failed", str(exc) or type(exc).__name__)

    def stats(self) -> dict[str, int]:
        return {"delivered": self.delivered, "backfilled": self.backfilled,
                "duplicates": self.duplicates, "lost": self.lost, "drops": self.drops}

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.report is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.report.aclose(), 1.0)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.camera.close(), 2.0)


def _png(array: Any) -> bytes:
    import io

    import numpy as np
    from PIL import Image as PILImage

    buf = io.BytesIO()
    PILImage.fromarray(np.ascontiguousarray(array)).save(buf, format="PNG")
    return buf.getvalue()


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text.lower()).strip("_")


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
        self._resume: list[ResumePoint] = []
        self._stopping = False
        self._starters: list[asyncio.Task[None]] = []
        self.bridge_id = "vs1kit"
        """Set by the bridge: names it on the broker and in Home Assistant."""
        self.state_dir = Path("vs1-bridge-state")
        """Set by the bridge: where integrations keep what must survive a restart."""

    @property
    def snapshots(self) -> dict[str, CameraSnapshot]:
        return {cid: dataclasses.replace(h.snapshot) for cid, h in self._handles.items()}

    def stats(self) -> dict[str, dict[str, int]]:
        return {cid: h.stats() for cid, h in self._handles.items()}

    def availability(self) -> dict[str, bool]:
        """camera id -> reached now (no snapshot copies)."""
        return {cid: h.snapshot.available for cid, h in self._handles.items()}

    def add_listener(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def add_resume_point(self, resume: ResumePoint) -> None:
        """An integration that stores inspections says where each camera's stream resumes."""
        self._resume.append(resume)

    def resume_point(self, camera_id: str) -> int | None:
        known = [p for p in (r(camera_id) for r in self._resume) if p is not None]
        # The least advanced integration decides: every one of them gets every inspection (one
        # with nothing stored yet starts wherever the others resume).
        return min(known) if known else None

    def _emit(self, event: HubEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # one integration's bug must not stop the others
                log.exception("hub listener failed")

    async def start(self, discovery: DiscoveryConfig | None = None) -> None:
        for cfg in list(self.configs.values()):
            self._start_camera(cfg)
        if discovery is not None:
            self._starters.append(asyncio.create_task(self._discover(discovery)))

    def _start_camera(self, cfg: CameraConfig) -> None:
        handle = _CameraHandle(self, cfg, self._factory(cfg))
        self._handles[cfg.id] = handle
        self._starters.append(asyncio.create_task(handle.run()))

    def add_camera(self, cfg: CameraConfig) -> None:
        """A camera joins while the hub runs (listeners get :class:`CameraAdded`)."""
        if cfg.id in self.configs:
            raise ValueError(f"camera id {cfg.id!r} is taken")
        self.configs[cfg.id] = cfg
        self._emit(CameraAdded(cfg.id, cfg))
        self._start_camera(cfg)

    async def _discover(self, cfg: DiscoveryConfig) -> None:
        from vs1kit.client.discovery import ANNOUNCE_PORT, discover

        while not self._stopping:
            try:
                found = await discover(cfg.timeout, cfg.port or ANNOUNCE_PORT, cfg.target, listen=True)
            except OSError as exc:
                log.warning("camera discovery: %s", exc)
                found = []
            known = {c.host for c in self.configs.values()}
            for info in found:
                if info.ip in known:
                    continue
                base = _slug(info.name or info.mac) or "camera"
                cid, n = base, 2
                while cid in self.configs:
                    cid, n = f"{base}_{n}", n + 1
                log.info("camera discovery: %s (%s) at %s joins as %r", info.name, info.mac, info.ip, cid)
                self.add_camera(dataclasses.replace(cfg.template, id=cid, host=info.ip))
                known.add(info.ip)
            await asyncio.sleep(cfg.interval)

    async def wait_available(self, timeout: float = 30.0) -> None:
        """Until every camera has been reached once (for tests and the demo)."""
        async def ready() -> None:
            while not all(h.snapshot.available and h.snapshot.status_known for h in self._handles.values()):
                await asyncio.sleep(0.05)
        await asyncio.wait_for(ready(), timeout)

    async def command(self, camera_id: str, name: str, args: Mapping[str, Any] | None = None,
                      correlation_id: str | None = None) -> CommandResult:
        """Run one command from :data:`COMMANDS`; never raises, always answers."""
        handle = self._handles.get(camera_id)
        if handle is None:
            return CommandResult(camera_id, name, "refused", f"no camera {camera_id!r}", correlation_id)
        return await handle.command(name, args or {}, correlation_id)

    async def stop(self) -> None:
        self._stopping = True
        for task in self._starters:
            task.cancel()
        await asyncio.gather(*(h.close() for h in self._handles.values()))
