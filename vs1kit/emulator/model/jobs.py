"""Jobs and their datums: the catalog a job's steps give, datum ids and where each value comes from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from vs1kit.emulator.model.common import DEFAULT_STEPS, DT
from vs1kit.generated import enums, types


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
