"""What every part of the camera model shares: identity, sensor size, IO layout, refusals."""

from __future__ import annotations

from typing import Final

from vs1kit.generated import enums

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
