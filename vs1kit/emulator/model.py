"""The emulated camera itself: jobs, inspections, results, PartQ, IO and serial output.

Plain classes, no sockets and no asyncio: the servers (`vs1kit.emulator.server`) drive this
model and turn what it reports into frames. Everything is deterministic: an inspection's
features come from its number, so a test can predict every datum.

Results: each job has a datum catalog derived from the step names in its .avp header
(`Steps: Snapshot1;Blob1;...`); datum ids are job-global (1..n in catalog order), and report
connections and PartQ use the same ids.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from vs1kit.emulator.files import CameraFiles, JobNameError, PathEscapeError
from vs1kit.emulator.netstate import NetworkConfig, NetworkState
from vs1kit.generated import enums, types

__all__ = [
    "DEFAULT_STEPS",
    "IO_PHYSICAL_IN",
    "IO_PHYSICAL_OUT",
    "IO_VIRTUAL",
    "CameraModel",
    "DatumDef",
    "Features",
    "InspectionResult",
    "IoBank",
    "Job",
    "ModelError",
    "PartQ",
    "features_of",
    "render_image",
]

log = logging.getLogger(__name__)

MODEL_NAME: Final = "VS-1"
FIRMWARE: Final = "vs1kit-emulator 1.0"
JOB_SLOTS: Final = 16
WIDTH: Final = 640
HEIGHT: Final = 480
IO_PHYSICAL_IN: Final = 8
IO_PHYSICAL_OUT: Final = 8
IO_VIRTUAL: Final = 256
PASS_OUTPUT: Final = IO_PHYSICAL_IN  # Out0 follows the last result (set = passed)
FAIL_OUTPUT: Final = IO_PHYSICAL_IN + 1  # Out1 is set while the last inspection failed
SLOTS_FILE: Final = "slots.json"

DEFAULT_STEPS: Final = ("Snapshot1", "Blob1", "Measure1", "OCR1", "Output1")
"""Steps of a job whose file does not name any (e.g. an arbitrary uploaded .avp)."""

DT = enums.DatumType


class ModelError(Exception):
    """A request the camera refuses; `status` is the status code to answer with."""

    def __init__(self, status: enums.StatusCode, detail: str) -> None:
        self.status = status
        self.detail = detail
        super().__init__(detail)


# --------------------------------------------------------------------------------------------
# Jobs and their datums
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DatumDef:
    datum_id: int
    path: str
    type: enums.DatumType
    source: int = field(init=False, repr=False, compare=False)
    """Which inspection fact the datum shows (one of the `_SRC_*` numbers), from its path."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "source", _source_of(self.path))

    def desc(self) -> types.DatumDesc:
        return types.DatumDesc(datum_id=self.datum_id, type=self.type, path=self.path)


# What a datum shows, decided once per datum (not per inspection) from its path: the full
# path for the Inspection.* datums, else the datum's name (the step's own datums).
_SRC_PASSED, _SRC_NUMBER, _SRC_TIME_MS, _SRC_BUF_OUT, _SRC_COUNT, _SRC_AREA, _SRC_CENTER = range(7)
_SRC_FOUND, _SRC_RADIUS, _SRC_BRIGHTNESS, _SRC_TEXT, _SRC_STRING, _SRC_OTHER = range(7, 13)
_SRC_BY_PATH: Final = {
    "Inspection.Passed": _SRC_PASSED,
    "Inspection.Number": _SRC_NUMBER,
    "Inspection.TimeMs": _SRC_TIME_MS,
}
_SRC_BY_NAME: Final = {
    "BufOut": _SRC_BUF_OUT,
    "Count": _SRC_COUNT,
    "Area": _SRC_AREA,
    "Center": _SRC_CENTER,
    "Found": _SRC_FOUND,
    "Radius": _SRC_RADIUS,
    "Brightness": _SRC_BRIGHTNESS,
    "Text": _SRC_TEXT,
    "String": _SRC_STRING,
}


def _source_of(path: str) -> int:
    src = _SRC_BY_PATH.get(path)
    if src is not None:
        return src
    return _SRC_BY_NAME.get(path.rsplit(".", 1)[-1], _SRC_OTHER)


# Step kind (name without trailing digits) -> (datum name, type); "Inspection.*" always follow.
_STEP_DATUMS: Final[dict[str, tuple[tuple[str, enums.DatumType], ...]]] = {
    "snapshot": (("BufOut", DT.UINT32),),
    "blob": (("Count", DT.INT32), ("Area", DT.FLOAT64), ("Center", DT.POINT2D)),
    "locate": (("Found", DT.BOOL), ("Center", DT.POINT2D)),
    "measure": (("Radius", DT.FLOAT64), ("Brightness", DT.FLOAT64)),
    "ocr": (("Text", DT.STRING),),
    "decode": (("Text", DT.STRING),),
    "output": (("String", DT.STRING),),
}
_INSPECTION_DATUMS: Final = (
    ("Inspection.Passed", DT.BOOL),
    ("Inspection.Number", DT.UINT32),
    ("Inspection.TimeMs", DT.FLOAT64),
)
_STEPS_RE: Final = re.compile(rb"^Steps:\s*([^\r\n]*)", re.MULTILINE)


def steps_of(data: bytes) -> tuple[str, ...]:
    """Step names from a job file's text header, or the default steps."""
    head = data[:1024]
    m = _STEPS_RE.search(head)
    if m:
        steps = tuple(s.strip() for s in m.group(1).decode("ascii", "replace").split(";"))
        steps = tuple(s for s in steps if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,31}", s))
        if steps:
            return steps
    return DEFAULT_STEPS


def catalog_for(steps: tuple[str, ...]) -> tuple[DatumDef, ...]:
    out: list[DatumDef] = []
    for step in steps:
        kind = step.rstrip("0123456789").lower()
        for name, dtype in _STEP_DATUMS.get(kind, (("Value", DT.INT32),)):
            out.append(DatumDef(len(out) + 1, f"{step}.{name}", dtype))
    for path, dtype in _INSPECTION_DATUMS:
        out.append(DatumDef(len(out) + 1, path, dtype))
    return tuple(out)


@dataclass(slots=True)
class Job:
    slot: int
    name: str
    data: bytes
    in_flash: bool = False
    steps: tuple[str, ...] = ()
    datums: tuple[DatumDef, ...] = ()
    by_path: dict[str, DatumDef] = field(default_factory=dict)

    @classmethod
    def load(cls, slot: int, name: str, data: bytes, *, in_flash: bool) -> Job:
        steps = steps_of(data)
        datums = catalog_for(steps)
        return cls(slot, name, data, in_flash, steps, datums, {d.path: d for d in datums})

    def entry(self, selected: bool) -> types.JobEntry:
        flags = enums.JobEntryFlags(0)
        if self.in_flash:
            flags |= enums.JobEntryFlags.IN_FLASH
        if selected:
            flags |= enums.JobEntryFlags.SELECTED
        return types.JobEntry(slot=self.slot, flags=flags, size=len(self.data), name=self.name)


# --------------------------------------------------------------------------------------------
# Synthetic images and features
# --------------------------------------------------------------------------------------------


def _mix(x: int) -> int:
    """splitmix64: a cheap, well-spread hash so features need no RNG object per inspection."""
    x = (x + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return x ^ (x >> 31)


@dataclass(frozen=True, slots=True)
class Features:
    """What the synthetic image of an inspection shows: one bright disc on a dark background."""

    cx: int
    cy: int
    radius: int
    brightness: int

    @property
    def passed(self) -> bool:
        # The "job" accepts parts whose disc is the right size and bright enough.
        return 40 <= self.radius <= 75 and self.brightness >= 170

    @property
    def area(self) -> float:
        return math.pi * self.radius * self.radius


def features_of(inspection: int, seed: int = 0) -> Features:
    h = _mix(inspection ^ (seed << 32))
    return Features(
        cx=WIDTH // 2 - 80 + (h & 0xFFFF) % 161,
        cy=HEIGHT // 2 - 60 + ((h >> 16) & 0xFFFF) % 121,
        radius=30 + ((h >> 32) & 0xFF) % 51,
        brightness=150 + ((h >> 40) & 0xFF) % 106,
    )


_GRID: dict[tuple[int, int], tuple[npt.NDArray[np.int32], npt.NDArray[np.int32]]] = {}


def render_image(
    f: Features, width: int = WIDTH, height: int = HEIGHT, pixel_format: int = 0
) -> bytes:
    """Pixels (rows top to bottom) of the synthetic image for `f` in the given pixel format."""
    grid = _GRID.get((width, height))
    if grid is None:
        yy, xx = np.mgrid[0:height, 0:width].astype(np.int32)
        grid = _GRID[(width, height)] = (yy, xx)
    yy, xx = grid
    img = np.full((height, width), 20, dtype=np.uint8)
    img += (xx // 64).astype(np.uint8)  # a faint gradient, so the background is not flat
    disc = (xx - f.cx) ** 2 + (yy - f.cy) ** 2 <= f.radius * f.radius
    img[disc] = f.brightness
    if pixel_format == enums.PixelFormat.MONO16:
        return (img.astype(">u2") * 257).tobytes()
    if pixel_format == enums.PixelFormat.RGB8:
        return np.repeat(img[:, :, None], 3, axis=2).tobytes()
    return img.tobytes()


BYTES_PER_PIXEL: Final = {0: 1, 1: 2, 2: 3}


# --------------------------------------------------------------------------------------------
# Inspection results and PartQ
# --------------------------------------------------------------------------------------------


_RECORD_FLAGS: Final = {
    (passed, backfilled, with_image): (
        (enums.RecordFlags.PASSED if passed else enums.RecordFlags(0))
        | (enums.RecordFlags.BACKFILLED if backfilled else enums.RecordFlags(0))
        | (enums.RecordFlags.HAS_IMAGE if with_image else enums.RecordFlags(0))
    )
    for passed in (False, True)
    for backfilled in (False, True)
    for with_image in (False, True)
}
"""Record flags for (passed, backfilled, with_image): enum arithmetic once, not per record."""

DatumScalar = int | float | bool | str | types.Point2d


class InspectionResult:
    """One inspection's outcome (what PartQ keeps and the reports deliver).

    Only the facts are stored when the inspection runs; the datum values, the serial output
    lines and the image follow from them (deterministically) and are made when first asked
    for, so a report that wants three datums does not pay for the job's other ones.
    """

    __slots__ = (
        "_image",
        "_outputs",
        "_values",
        "features",
        "image_id",
        "job",
        "number",
        "passed",
        "time_ms",
        "timestamp_us",
    )

    def __init__(
        self, number: int, timestamp_us: int, passed: bool, features: Features, job: Job,
        image_id: int, time_ms: float,
    ) -> None:
        self.number = number
        self.timestamp_us = timestamp_us
        self.passed = passed
        self.features = features
        self.job = job
        self.image_id = image_id
        self.time_ms = time_ms
        """How long the inspection took (the Inspection.TimeMs datum)."""
        self._values: list[types.DatumValue] | None = None
        self._outputs: tuple[str | None, str | None, str | None, str | None] | None = None
        self._image: bytes | None = None

    def __repr__(self) -> str:
        return (f"InspectionResult(number={self.number}, timestamp_us={self.timestamp_us}, "
                f"passed={self.passed}, features={self.features!r}, job={self.job.name!r}, "
                f"image_id={self.image_id})")

    # -- derived facts -------------------------------------------------------------------

    @property
    def text(self) -> str:
        """The part's lot text (what the OCR / decode steps read)."""
        return f"LOT{self.number:06d}"

    @property
    def line(self) -> str:
        """The result line (serial channel 0 and the Output steps' string)."""
        f = self.features
        verdict = "PASS" if self.passed else "FAIL"
        return f"{verdict};ID={self.number};X={f.cx:.2f};Y={f.cy:.2f};R={f.radius}"

    @property
    def outputs(self) -> tuple[str | None, str | None, str | None, str | None]:
        """The formatted output string of each serial channel (None: nothing this time)."""
        if self._outputs is None:
            n, f, passed = self.number, self.features, self.passed
            self._outputs = (
                self.line,
                f"{n},{int(passed)},{f.radius},{f.brightness}",
                self.text,
                None if passed else f"FAIL;ID={n}",
            )
        return self._outputs

    def datum(self, d: DatumDef) -> DatumScalar:
        """The value of datum `d` (of this result's job) in this inspection."""
        return _SOURCES[d.source](self)

    @property
    def values(self) -> list[types.DatumValue]:
        """Every datum of the job, index = datum_id - 1."""
        if self._values is None:
            self._values = [types.DatumValue(datum_id=d.datum_id, type=d.type, value=self.datum(d))
                            for d in self.job.datums]
        return self._values

    def datum_values(self, datum_ids: list[int]) -> list[types.DatumValue]:
        """The values of the given datums, in that order."""
        if self._values is not None:
            values = self._values
            return [values[i - 1] for i in datum_ids]
        datums = self.job.datums
        out: list[types.DatumValue] = []
        for i in datum_ids:
            d = datums[i - 1]
            out.append(types.DatumValue(datum_id=d.datum_id, type=d.type, value=self.datum(d)))
        return out

    def image(self) -> types.ImageData:
        if self._image is None:
            self._image = render_image(self.features)
        return types.ImageData(
            image_id=self.image_id,
            timestamp_us=self.timestamp_us,
            width=WIDTH,
            height=HEIGHT,
            pixel_format=enums.PixelFormat.MONO8,
            data=self._image,
        )

    def record(
        self, datum_ids: list[int] | None = None, *, with_image: bool = False,
        backfilled: bool = False,
    ) -> types.Record:
        values = self.values if datum_ids is None else self.datum_values(datum_ids)
        return types.Record(
            inspection=self.number,
            timestamp_us=self.timestamp_us,
            flags=_RECORD_FLAGS[(self.passed, backfilled, with_image)],
            datums=values,
            image=self.image() if with_image else None,
        )


def _center(r: InspectionResult) -> types.Point2d:
    return types.Point2d(x=float(r.features.cx), y=float(r.features.cy))


_SOURCES: Final[tuple[Callable[[InspectionResult], DatumScalar], ...]] = (
    lambda r: r.passed,  # _SRC_PASSED
    lambda r: r.number,  # _SRC_NUMBER
    lambda r: r.time_ms,  # _SRC_TIME_MS
    lambda r: r.image_id,  # _SRC_BUF_OUT: the snapshot's image
    lambda r: 1,  # _SRC_COUNT
    lambda r: r.features.area,  # _SRC_AREA
    _center,  # _SRC_CENTER
    lambda r: True,  # _SRC_FOUND
    lambda r: float(r.features.radius),  # _SRC_RADIUS
    lambda r: float(r.features.brightness),  # _SRC_BRIGHTNESS
    lambda r: r.text,  # _SRC_TEXT
    lambda r: r.line,  # _SRC_STRING
    lambda r: r.number & 0x7FFFFFFF,  # _SRC_OTHER
)


class PartQ:
    """Ring buffer of the latest inspection results."""

    def __init__(self, depth: int) -> None:
        if depth < 1:
            raise ValueError("PartQ depth must be at least 1")
        self.depth = depth
        self._ring: deque[InspectionResult] = deque(maxlen=depth)

    def push(self, result: InspectionResult) -> None:
        self._ring.append(result)

    def clear(self) -> None:
        self._ring.clear()

    def __len__(self) -> int:
        return len(self._ring)

    @property
    def oldest(self) -> int:
        return self._ring[0].number if self._ring else 0

    @property
    def newest(self) -> int:
        return self._ring[-1].number if self._ring else 0

    def range(self, first: int, last: int) -> Iterator[InspectionResult]:
        """Results with first <= number <= last, oldest first (numbers are consecutive)."""
        if not self._ring or last < first:
            return iter(())
        lo = max(first, self.oldest) - self.oldest
        hi = min(last, self.newest) - self.oldest
        return (self._ring[i] for i in range(lo, hi + 1))

    def latest(self, count: int) -> list[InspectionResult]:
        n = min(count, len(self._ring))
        return [self._ring[i] for i in range(len(self._ring) - n, len(self._ring))]


# --------------------------------------------------------------------------------------------
# IO
# --------------------------------------------------------------------------------------------

IoListener = Callable[[int, enums.IoKind, bool, int], None]
"""listener(point, kind, state, timestamp_us) after a point changed."""


class IoBank:
    """8 physical inputs, 8 physical outputs, 256 virtual points (numbered in that order)."""

    def __init__(self) -> None:
        self.count = IO_PHYSICAL_IN + IO_PHYSICAL_OUT + IO_VIRTUAL
        self.states = [False] * self.count
        self.listeners: list[IoListener] = []

    def kind(self, point: int) -> enums.IoKind:
        if point < IO_PHYSICAL_IN:
            return enums.IoKind.PHYSICAL_INPUT
        if point < IO_PHYSICAL_IN + IO_PHYSICAL_OUT:
            return enums.IoKind.PHYSICAL_OUTPUT
        return enums.IoKind.VIRTUAL

    def name(self, point: int) -> str:
        if point < IO_PHYSICAL_IN:
            return f"In{point}"
        if point < IO_PHYSICAL_IN + IO_PHYSICAL_OUT:
            return f"Out{point - IO_PHYSICAL_IN}"
        return f"V{point - IO_PHYSICAL_IN - IO_PHYSICAL_OUT}"

    def check(self, point: int) -> None:
        if not 0 <= point < self.count:
            raise ModelError(enums.StatusCode.NO_SUCH_POINT, f"no IO point {point} (0..{self.count - 1})")

    def _set(self, point: int, state: bool) -> bool:
        if self.states[point] == state:
            return False
        self.states[point] = state
        ts = time.time_ns() // 1000
        kind = self.kind(point)
        for listener in list(self.listeners):
            listener(point, kind, state, ts)
        return True

    def write(self, point: int, state: bool) -> bool:
        """A client write (outputs and virtual points only); True if the state changed."""
        self.check(point)
        if self.kind(point) == enums.IoKind.PHYSICAL_INPUT:
            raise ModelError(enums.StatusCode.READ_ONLY, f"{self.name(point)} is a physical input")
        return self._set(point, state)

    def set_input(self, point: int, state: bool) -> bool:
        """The outside world drives a physical input (what a sensor wired to the camera does)."""
        self.check(point)
        if self.kind(point) != enums.IoKind.PHYSICAL_INPUT:
            raise ModelError(enums.StatusCode.BAD_REQUEST, f"{self.name(point)} is not an input")
        return self._set(point, state)

    def set_output(self, point: int, state: bool) -> bool:
        """The camera itself drives an output (inspection results)."""
        return self._set(point, state)

    def reset(self) -> None:
        for point in range(self.count):
            self._set(point, False)

    def points(self) -> list[types.PointInfo]:
        return [
            types.PointInfo(point=p, kind=self.kind(p), state=self.states[p], name=self.name(p))
            for p in range(self.count)
        ]


# --------------------------------------------------------------------------------------------
# The camera
# --------------------------------------------------------------------------------------------

ResultListener = Callable[[InspectionResult], None]


class CameraModel:
    """One camera's state. `run_inspection` is the only thing that makes results."""

    def __init__(
        self,
        files: CameraFiles,
        network: NetworkState,
        *,
        serial: str = "000001",
        partq_depth: int = 1000,
        seed: int = 0,
    ) -> None:
        self.files = files
        self.network = network
        self.serial = serial
        self.seed = seed
        self.partq = PartQ(partq_depth)
        self.io = IoBank()
        self.state = enums.CameraState.BOOTING
        self.trigger_mode = enums.TriggerMode.SOFTWARE
        self.free_run_hz = 10.0
        self.trigger_point = 0
        self.jobs: dict[int, Job] = {}
        self.selected = 0
        self.ram_job_unsaved = False
        self.inspections = 0
        self.passed = 0
        self.failed = 0
        self.images_taken = 0
        self.booted_at = time.monotonic()
        self.result_listeners: list[ResultListener] = []
        self.boot()

    # -- life cycle ----------------------------------------------------------------------

    def boot(self) -> None:
        """Power-on: load the jobs and the selected slot from flash; counters start at zero."""
        self.jobs.clear()
        self.selected = 0
        self._load_flash()
        self.inspections = self.passed = self.failed = 0
        self.partq.clear()
        self.io.reset()
        self.ram_job_unsaved = False
        self.booted_at = time.monotonic()
        self.state = enums.CameraState.RUNNING if self.job is not None else enums.CameraState.IDLE
        log.info("camera %s booted: %d job(s), slot %d selected", self.serial, len(self.jobs),
                 self.selected)

    def restart(self) -> None:
        """A reboot: RAM drive cleared, unsaved jobs lost, flash contents come back."""
        self.files.restart()
        self.boot()

    def _load_flash(self) -> None:
        manifest = self.files.flash / SLOTS_FILE
        slots: dict[int, str] = {}
        selected = 0
        if manifest.is_file():
            try:
                data = json.loads(manifest.read_text(encoding="utf-8"))
                slots = {int(k): str(v) for k, v in data.get("slots", {}).items()}
                selected = int(data.get("selected", 0))
            except (ValueError, TypeError, AttributeError) as exc:
                # A corrupt manifest must not brick the camera: fall back to the files.
                log.warning("flash slot table unreadable (%s); using the job files", exc)
                slots = {}
        if not slots:
            slots = {i + 1: j.name for i, j in enumerate(self.files.list_jobs("FLASH"))}
            # The factory flash boots the inspection job, not the barcode one.
            selected = next((s for s, n in slots.items() if n.lower().startswith("inspect")),
                            1 if slots else 0)
        for slot, name in sorted(slots.items()):
            try:
                data = self.files.read_job(name, "FLASH")
            except (OSError, JobNameError, PathEscapeError) as exc:
                log.warning("flash slot %d: job %r not loadable: %s", slot, name, exc)
                continue
            self.jobs[slot] = Job.load(slot, name, data, in_flash=True)
        self.selected = selected if selected in self.jobs else min(self.jobs, default=0)

    # -- facts ---------------------------------------------------------------------------

    @property
    def job(self) -> Job | None:
        return self.jobs.get(self.selected)

    @property
    def uptime_s(self) -> float:
        return time.monotonic() - self.booted_at

    @property
    def config(self) -> NetworkConfig:
        return self.network.config

    def datum_catalog(self) -> tuple[DatumDef, ...]:
        job = self.job
        return job.datums if job is not None else ()

    def resolve_datums(self, paths: list[str]) -> list[DatumDef]:
        """The datums named by path in the current job; ModelError(not_found) otherwise."""
        job = self.job
        if job is None:
            raise ModelError(enums.StatusCode.NO_SUCH_JOB, "no job loaded")
        out: list[DatumDef] = []
        for path in paths:
            d = job.by_path.get(path)
            if d is None:
                raise ModelError(
                    enums.StatusCode.NOT_FOUND,
                    f"job {job.name} has no datum {path!r} (has {', '.join(job.by_path)})",
                )
            out.append(d)
        return out

    # -- jobs ------------------------------------------------------------------------------

    def _check_slot(self, slot: int) -> None:
        if not 1 <= slot <= JOB_SLOTS:
            raise ModelError(enums.StatusCode.BAD_REQUEST, f"slot {slot} is not in 1..{JOB_SLOTS}")

    def list_jobs(self) -> list[types.JobEntry]:
        return [j.entry(s == self.selected) for s, j in sorted(self.jobs.items())]

    def select_job(self, slot: int) -> None:
        self._check_slot(slot)
        if slot not in self.jobs:
            raise ModelError(enums.StatusCode.NO_SUCH_JOB, f"slot {slot} is empty")
        self.selected = slot
        if self.state == enums.CameraState.IDLE:
            self.state = enums.CameraState.RUNNING

    def download_job(self, slot: int, file_name: str) -> Job:
        """Load a job file already on the camera (normally /RAM/x.avp put there by FTP)."""
        self._check_slot(slot)
        try:
            path = self.files.resolve_ftp(file_name)
        except PathEscapeError as exc:
            raise ModelError(enums.StatusCode.BAD_REQUEST, str(exc)) from None
        name = Path(file_name).name
        try:
            CameraFiles.check_job_name(name)
        except JobNameError as exc:
            raise ModelError(enums.StatusCode.BAD_REQUEST, str(exc)) from None
        if not path.is_file():
            raise ModelError(enums.StatusCode.NOT_FOUND, f"no file {file_name}")
        job = Job.load(slot, name, path.read_bytes(), in_flash=False)
        self.jobs[slot] = job
        self.selected = slot
        self.ram_job_unsaved = True
        if self.state == enums.CameraState.IDLE:
            self.state = enums.CameraState.RUNNING
        log.info("job %s downloaded into slot %d (%d datums)", name, slot, len(job.datums))
        return job

    def upload_job(self, slot: int) -> tuple[int, str]:
        """Write the job of `slot` to the RAM drive for an FTP fetch; (size, ftp path)."""
        job = self.jobs.get(slot)
        if job is None:
            raise ModelError(enums.StatusCode.NO_SUCH_JOB, f"slot {slot} is empty")
        jf = self.files.write_job(job.name, job.data, "RAM")
        return jf.size, jf.ftp_path

    def flash(self) -> None:
        """Save every slot's job and the selected slot to flash."""
        for job in self.jobs.values():
            self.files.write_job(job.name, job.data, "FLASH")
            job.in_flash = True
        manifest = {"slots": {str(s): j.name for s, j in self.jobs.items()},
                    "selected": self.selected}
        (self.files.flash / SLOTS_FILE).write_text(json.dumps(manifest), encoding="utf-8")
        self.ram_job_unsaved = False
        log.info("flash: %d job(s) saved, slot %d selected", len(self.jobs), self.selected)

    # -- running ---------------------------------------------------------------------------

    def start(self) -> None:
        if self.job is None:
            raise ModelError(enums.StatusCode.NO_SUCH_JOB, "no job loaded")
        self.state = enums.CameraState.RUNNING

    def stop(self) -> None:
        self.state = enums.CameraState.STOPPED

    def set_trigger(self, mode: enums.TriggerMode | int, rate_hz: float, point: int) -> None:
        try:
            mode = enums.TriggerMode(mode)
        except ValueError:
            raise ModelError(enums.StatusCode.BAD_REQUEST, f"unknown trigger mode {mode}") from None
        if mode == enums.TriggerMode.FREE_RUN and not 0 < rate_hz <= 100_000:
            raise ModelError(enums.StatusCode.BAD_REQUEST, f"free-run rate {rate_hz} Hz out of range")
        if mode in (enums.TriggerMode.EXTERNAL_IO, enums.TriggerMode.VIRTUAL_IO):
            self.io.check(point)
            want = (enums.IoKind.PHYSICAL_INPUT if mode == enums.TriggerMode.EXTERNAL_IO
                    else enums.IoKind.VIRTUAL)
            if self.io.kind(point) != want:
                raise ModelError(enums.StatusCode.BAD_REQUEST,
                                 f"{self.io.name(point)} is not a {want.name.lower()} point")
        self.trigger_mode = mode
        if rate_hz > 0:
            self.free_run_hz = rate_hz
        self.trigger_point = point

    def can_inspect(self) -> bool:
        return self.state == enums.CameraState.RUNNING and self.job is not None

    @property
    def next_inspection(self) -> int:
        return self.inspections + 1

    def run_inspection(self) -> InspectionResult:
        """Inspect one part now; updates counters, PartQ and outputs; tells the listeners."""
        job = self.job
        if job is None:
            raise ModelError(enums.StatusCode.NO_SUCH_JOB, "no job loaded")
        t0 = time.perf_counter()
        self.inspections += 1
        n = self.inspections
        f = features_of(n, self.seed)
        passed = f.passed
        if passed:
            self.passed += 1
        else:
            self.failed += 1
        self.images_taken += 1
        result = InspectionResult(n, time.time_ns() // 1000, passed, f, job, self.images_taken,
                                  (time.perf_counter() - t0) * 1000.0)
        self.partq.push(result)
        self.io.set_output(PASS_OUTPUT, passed)
        self.io.set_output(FAIL_OUTPUT, not passed)
        for listener in list(self.result_listeners):
            listener(result)
        return result

    def latest_image(self, pixel_format: int = 0) -> types.ImageData:
        """A picture now (take_picture): the scene of the next inspection, not counted."""
        self.images_taken += 1
        f = features_of(self.inspections + 1, self.seed)
        try:
            fmt = enums.PixelFormat(pixel_format)
        except ValueError:
            raise ModelError(enums.StatusCode.BAD_REQUEST, f"unknown pixel format {pixel_format}") from None
        return types.ImageData(
            image_id=self.images_taken, timestamp_us=time.time_ns() // 1000, width=WIDTH,
            height=HEIGHT, pixel_format=fmt, data=render_image(f, pixel_format=fmt),
        )
