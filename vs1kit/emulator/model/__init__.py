"""The emulated camera itself: jobs, inspections, results, PartQ and IO, with no sockets.

Plain classes, no asyncio: the emulator's listeners and engine drive this model and turn what
it reports into frames. Everything is deterministic: an inspection's features come from its
number, so a test can predict every datum.

Results: each job has a datum catalog derived from the step names in its .avp header
(`Steps: Snapshot1;Blob1;...`); datum ids are job-global (1..n in catalog order), and report
connections and PartQ use the same ids.

    common.py   identity, sensor size, IO layout, ModelError
    jobs.py     jobs, datum catalogs, datum sources
    images.py   synthetic pictures per inspection
    results.py  InspectionResult: datum values and report records
    partq.py    PartQ ring buffer
    iobank.py   IO points
    camera.py   CameraModel
"""

from __future__ import annotations

from vs1kit.emulator.model.camera import CameraModel, ResultListener
from vs1kit.emulator.model.common import (
    DEFAULT_STEPS,
    DT,
    FAIL_OUTPUT,
    FIRMWARE,
    HEIGHT,
    IO_PHYSICAL_IN,
    IO_PHYSICAL_OUT,
    IO_VIRTUAL,
    JOB_SLOTS,
    MODEL_NAME,
    PASS_OUTPUT,
    SLOTS_FILE,
    WIDTH,
    ModelError,
)
from vs1kit.emulator.model.images import BYTES_PER_PIXEL, Features, features_of, render_image
from vs1kit.emulator.model.iobank import IoBank, IoListener
from vs1kit.emulator.model.jobs import DatumDef, Job, catalog_for, steps_of
from vs1kit.emulator.model.partq import PartQ
from vs1kit.emulator.model.results import DatumScalar, InspectionResult

__all__ = [
    "BYTES_PER_PIXEL",
    "DEFAULT_STEPS",
    "DT",
    "FAIL_OUTPUT",
    "FIRMWARE",
    "HEIGHT",
    "IO_PHYSICAL_IN",
    "IO_PHYSICAL_OUT",
    "IO_VIRTUAL",
    "JOB_SLOTS",
    "MODEL_NAME",
    "PASS_OUTPUT",
    "SLOTS_FILE",
    "WIDTH",
    "CameraModel",
    "DatumDef",
    "DatumScalar",
    "Features",
    "InspectionResult",
    "IoBank",
    "IoListener",
    "Job",
    "ModelError",
    "PartQ",
    "ResultListener",
    "catalog_for",
    "features_of",
    "render_image",
    "steps_of",
]
