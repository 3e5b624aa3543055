"""The Modbus register map: one frozen table, read by the server and by the documentation.

Every camera is one Modbus unit (unit id = its position in the bridge config, from 1). Input
registers hold status and counters (32-bit values big-endian word order, i.e. high word first);
discrete inputs the physical IO; coils the commands.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass

from vs1kit.generated import enums
from vs1kit.hub import CameraConfig, CameraSnapshot

# Register values are the camera's own enum values (generated from the spec).
STATES = {s.name.lower(): int(s) for s in enums.CameraState}
TRIGGER_MODES = {m.name.lower(): int(m) for m in enums.TriggerMode}


@dataclass(frozen=True)
class Register:
    key: str
    address: int
    type: str  # u16, u32, f32
    value: Callable[[CameraSnapshot], float | int]
    doc: str

    @property
    def width(self) -> int:
        return 1 if self.type == "u16" else 2

    def words(self, snap: CameraSnapshot) -> list[int]:
        v = self.value(snap)
        if self.type == "u16":
            return [int(v) & 0xFFFF]
        raw = struct.pack(">f", float(v)) if self.type == "f32" else struct.pack(">I", int(v) & 0xFFFFFFFF)
        return list(struct.unpack(">HH", raw))


INPUT_REGISTERS: tuple[Register, ...] = (
    Register("state", 0, "u16", lambda s: STATES.get(s.state, 0xFFFF), "0 booting, 1 idle, 2 running, 3 stopped, 4 fault, 65535 unknown"),
    Register("trigger_mode", 1, "u16", lambda s: TRIGGER_MODES.get(s.trigger_mode, 0xFFFF), "0 external IO, 1 virtual IO, 2 software, 3 free run"),
    Register("available", 2, "u16", lambda s: int(s.available), "1 while the bridge reaches the camera"),
    Register("job_slot", 3, "u16", lambda s: s.job_slot, "Selected job slot"),
    Register("inspections", 4, "u32", lambda s: s.inspections, "Inspection counter"),
    Register("passed", 6, "u32", lambda s: s.passed, "Passed inspections"),
    Register("failed", 8, "u32", lambda s: s.failed, "Failed inspections"),
    Register("uptime_s", 10, "u32", lambda s: s.uptime_s, "Camera uptime, seconds"),
    Register("last_inspection", 12, "u32", lambda s: s.last_inspection, "Number of the last reported inspection"),
    Register("last_passed", 14, "u16", lambda s: 2 if s.last_passed is None else int(s.last_passed), "0 failed, 1 passed, 2 none yet"),
    Register("fault", 15, "u16", lambda s: int(s.fault), "1 when the camera reports a fault"),
    Register("pass_rate", 16, "f32", lambda s: s.pass_rate or 0.0, "Pass rate in percent"),
)
DATUM_BASE = 100
"""Reported datum k (in bridge-config order) is an f32 at 100 + 2k."""

COIL_TRIGGER = 0
COIL_RUNNING = 1
COIL_VIRTUAL_BASE = 16
"""Coil 16 + n is virtual IO point n (for the points the bridge config exposes)."""


def datum_registers(config: CameraConfig) -> tuple[Register, ...]:
    def value(path: str) -> Callable[[CameraSnapshot], float]:
        def get(s: CameraSnapshot) -> float:
            v = s.datums.get(path)
            return float(v) if isinstance(v, int | float) else float("nan")
        return get
    return tuple(Register(f"datum:{path}", DATUM_BASE + 2 * k, "f32", value(path), f"Datum {path}")
                 for k, path in enumerate(config.datums))


def input_words(config: CameraConfig, snap: CameraSnapshot, size: int) -> list[int]:
    words = [0] * size
    for reg in INPUT_REGISTERS + datum_registers(config):
        words[reg.address:reg.address + reg.width] = reg.words(snap)
    return words


def register_map(config: CameraConfig) -> str:
    """The map as a Markdown table, for the integrator's documentation."""
    lines = ["| table | address | type | name | meaning |", "|---|---|---|---|---|"]
    for reg in INPUT_REGISTERS + datum_registers(config):
        lines.append(f"| input register | {reg.address} | {reg.type} | {reg.key} | {reg.doc} |")
    lines.append("| discrete input | 0-15 | bit | io | physical IO points 0-15 |")
    lines.append(f"| coil | {COIL_TRIGGER} | bit | trigger | write 1: trigger one inspection |")
    lines.append(f"| coil | {COIL_RUNNING} | bit | running | reads running; write 1 start, 0 stop |")
    for n in config.virtual_points:
        lines.append(f"| coil | {COIL_VIRTUAL_BASE + n} | bit | vio_{n} | virtual IO point {n} |")
    return "\n".join(lines)
