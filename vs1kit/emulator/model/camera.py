"""The camera model: job slots, flash, run state, triggers and inspections, with no sockets."""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Callable
from pathlib import Path

from vs1kit.emulator.files import CameraFiles, JobNameError, PathEscapeError
from vs1kit.emulator.model.common import (
    FAIL_OUTPUT,
    HEIGHT,
    JOB_SLOTS,
    PASS_OUTPUT,
    SLOTS_FILE,
    WIDTH,
    ModelError,
)
from vs1kit.emulator.model.images import features_of, render_image
from vs1kit.emulator.model.iobank import IoBank
from vs1kit.emulator.model.jobs import DatumDef, Job
from vs1kit.emulator.model.partq import PartQ
from vs1kit.emulator.model.results import InspectionResult
from vs1kit.emulator.netstate import NetworkConfig, NetworkState
from vs1kit.generated import enums, types

log = logging.getLogger(__name__)


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
        self.boot_id = 0
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
        # Random per boot and never the previous one: inspection numbers restart at each boot,
        # (serial, boot_id, inspection) does not.
        previous = self.boot_id
        while self.boot_id == previous:
            self.boot_id = secrets.randbits(32)
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
