"""Inspection results: the datum values of one inspection and its report record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from vs1kit.emulator.model.common import HEIGHT, WIDTH
from vs1kit.emulator.model.images import Features, render_image
from vs1kit.emulator.model.jobs import DatumDef, Job
from vs1kit.generated import enums, types

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
        pixels = _recent_image(self)
        return types.ImageData(
            image_id=self.image_id,
            timestamp_us=self.timestamp_us,
            width=WIDTH,
            height=HEIGHT,
            pixel_format=enums.PixelFormat.MONO8,
            data=pixels,
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


_RECENT_IMAGES: Final = 8
"""Rendered images kept (most recent first): a new inspection's image goes to every report
connection that wants it, rendered once; PartQ's old ones are rendered again when asked (under
a millisecond each), so a fetch of every image in PartQ does not keep 300 MB of pixels."""
_recent: dict[int, tuple[InspectionResult, bytes]] = {}


def _recent_image(r: InspectionResult) -> bytes:
    hit = _recent.get(id(r))
    if hit is not None and hit[0] is r:
        return hit[1]
    pixels = render_image(r.features)
    _recent[id(r)] = (r, pixels)
    while len(_recent) > _RECENT_IMAGES:
        del _recent[next(iter(_recent))]
    return pixels


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
