"""The Modbus register map of one camera unit: one table, read by the server and by the docs.

The shape follows the vision-sensor handshakes PLC programmers know (Cognex In-Sight, Banner
iVu): the PLC owns the *control* coils and the *command* holding registers (they read back
exactly what was written); the bridge owns the *status* discrete inputs and the *status* input
registers. Addresses are 0-based protocol addresses (``mbpoll -0`` style); add 1 for the
1-based numbering some PLC tools use.

``python -m vs1kit.integrations.modbus`` prints the map as Markdown;
``integrations/modbus/REGISTERS.md`` is that output (a test keeps it current).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Literal

Table = Literal["coil", "discrete_input", "holding_register", "input_register"]
WordType = Literal["u16", "i16", "u32", "i32", "f32"]


@dataclass(frozen=True)
class Point:
    """One entry of the map: a bit (coil/discrete input) or a 16/32-bit value (registers)."""

    table: Table
    address: int
    key: str
    type: Literal["bit"] | WordType
    doc: str

    @property
    def width(self) -> int:
        return 2 if self.type in ("u32", "i32", "f32") else 1

    @property
    def word_type(self) -> WordType:
        if self.type == "bit":
            raise TypeError(f"{self.key} is a bit, not a register value")
        return self.type


def _bits(table: Table, names: list[tuple[str, str]]) -> tuple[Point, ...]:
    return tuple(Point(table, i, key, "bit", doc) for i, (key, doc) in enumerate(names))


CONTROL: tuple[Point, ...] = _bits("coil", [
    ("trigger_enable", "1: the PLC allows triggers (Trigger Ready needs it)"),
    ("trigger", "rising edge: trigger one inspection (only while Trigger Ready); hold until "
                "Trigger Acknowledge, then clear"),
    ("results_ack", "rising edge: the PLC has read the presented result (clears Results Valid); "
                    "falling edge: present the next buffered result"),
    ("set_offline", "rising edge: stop the camera; falling edge: start it again"),
    ("clear_error", "rising edge: clear Error, the error code and Results Buffer Overrun"),
    ("execute_command", "rising edge: run the command in holding registers 0-1; "
                        "clear after Command Complete/Failed"),
])
STATUS: tuple[Point, ...] = _bits("discrete_input", [
    ("trigger_ready", "a trigger would be accepted now (enabled, camera online, not busy, no error)"),
    ("trigger_ack", "the trigger was accepted; stays set until the PLC clears Trigger"),
    ("online", "the bridge reaches the camera and it is not set offline"),
    ("busy", "a trigger or command is being executed"),
    ("inspection_completed", "toggles each time a new result is presented"),
    ("results_valid", "a result is presented in the result registers and not yet acknowledged"),
    ("job_pass", "the presented inspection passed"),
    ("results_buffer_overrun", "a result was dropped because the buffer was full (see overruns)"),
    ("error", "an error occurred (see the error code); cleared by Clear Error"),
    ("command_complete", "the command finished; cleared when Execute Command is cleared"),
    ("command_failed", "the command was refused or failed; cleared with Execute Command"),
])
COMMAND: tuple[Point, ...] = (
    Point("holding_register", 0, "command", "u16",
          "command code run on Execute Command: 1 select job, 2 set trigger mode, 3 start, 4 stop"),
    Point("holding_register", 1, "argument", "u16",
          "argument: job slot for 1; trigger mode for 2 (0 external IO, 1 virtual IO, 2 software)"),
)
WORDS: tuple[Point, ...] = (
    Point("input_register", 0, "current_job", "u16", "selected job slot"),
    Point("input_register", 1, "error_code", "u16",
          "0 none, 1 trigger failed, 2 command refused, 3 command failed, 4 camera unavailable, "
          "5 inspections lost (not in PartQ), 6 unknown command"),
    Point("input_register", 2, "acquisition_id", "u32", "inspection id of the last accepted trigger"),
    Point("input_register", 4, "inspection_id", "u32", "inspection id of the presented result"),
    Point("input_register", 6, "result_code", "u16", "presented result: 0 none, 1 pass, 2 fail"),
    Point("input_register", 7, "buffered", "u16", "results waiting, the presented one included"),
    Point("input_register", 8, "overruns", "u32", "results dropped because the buffer was full"),
    Point("input_register", 10, "inspections", "u32", "camera inspection counter"),
    Point("input_register", 12, "passed", "u32", "camera pass counter"),
    Point("input_register", 14, "failed", "u32", "camera fail counter"),
    Point("input_register", 16, "state", "u16", "0 booting, 1 idle, 2 running, 3 stopped, 4 fault, "
                                                "65535 unknown"),
    Point("input_register", 17, "trigger_mode", "u16", "0 external IO, 1 virtual IO, 2 software, "
                                                       "3 free run, 65535 unknown"),
    Point("input_register", 18, "result_words", "u16", "number of words in the results block"),
)
RESULTS_BASE = 100
"""The configurable results block (the presented inspection's datums) starts here."""
INPUT_SIZE = 200
"""Input registers per unit (status words and results block)."""

COMMAND_CODES = {1: "select_job", 2: "set_trigger_mode", 3: "start", 4: "stop"}
TRIGGER_MODES = ("external_io", "virtual_io", "software", "free_run")
STATES = {"booting": 0, "idle": 1, "running": 2, "stopped": 3, "fault": 4}

ERROR_TRIGGER, ERROR_REFUSED, ERROR_FAILED, ERROR_UNAVAILABLE, ERROR_LOST, ERROR_UNKNOWN = range(1, 7)

CONTROL_BIT = {p.key: p.address for p in CONTROL}
STATUS_BIT = {p.key: p.address for p in STATUS}
WORD = {p.key: p for p in WORDS}


@dataclass(frozen=True)
class ResultField:
    """One datum of the results block."""

    datum: str
    type: WordType = "f32"


def encode(value: float | int, type_: WordType, *, word_order: str = "big",
           byte_order: str = "big") -> list[int]:
    """``value`` as 1 or 2 register words.

    ``byte_order`` is the order of the two bytes inside each word (Modbus itself is big); a
    32-bit value's ``word_order`` "big" puts the high word first (AB CD), "little" the low word
    first (CD AB), as the PLC's "swap words" option expects.
    """
    fmt = {"u16": "H", "i16": "h", "u32": "I", "i32": "i", "f32": "f"}[type_]
    if type_ == "f32":
        raw = struct.pack(">f", float(value))
    else:
        bits = 16 if type_ in ("u16", "i16") else 32
        n = int(value)
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if fmt.islower() else (0, (1 << bits) - 1)
        raw = struct.pack(">" + fmt, min(max(n, lo), hi))  # saturate rather than wrap
    words = [raw[i:i + 2] for i in range(0, len(raw), 2)]
    if word_order == "little":
        words.reverse()
    if byte_order == "little":
        words = [w[::-1] for w in words]
    return [int.from_bytes(w, "big") for w in words]


def decode(words: list[int], type_: WordType, *, word_order: str = "big",
           byte_order: str = "big") -> float | int:
    """The inverse of :func:`encode` (for tests and PLC-side tooling)."""
    raw = [w.to_bytes(2, "big") for w in words]
    if byte_order == "little":
        raw = [w[::-1] for w in raw]
    if word_order == "little":
        raw.reverse()
    fmt = {"u16": "H", "i16": "h", "u32": "I", "i32": "i", "f32": "f"}[type_]
    value: float | int = struct.unpack(">" + fmt, b"".join(raw))[0]
    return value


def results_block(fields: tuple[ResultField, ...]) -> tuple[Point, ...]:
    points: list[Point] = []
    address = RESULTS_BASE
    for f in fields:
        p = Point("input_register", address, f"datum:{f.datum}", f.type, f"datum {f.datum}")
        points.append(p)
        address += p.width
    if address > INPUT_SIZE:
        raise ValueError(f"results block ends at {address}, past the {INPUT_SIZE} input registers")
    return tuple(points)


def register_map(fields: tuple[ResultField, ...] = ()) -> str:
    """The whole map as Markdown (the docs are this function's output)."""
    lines = ["# Modbus TCP register map (one unit id per camera)", "",
             "Generated by `python -m vs1kit.integrations.modbus`; do not edit.", "",
             "| table | address | type | name | meaning |", "|---|---|---|---|---|"]
    example = fields or (ResultField("Blob1.Count", "u32"), ResultField("Gauge1.Width", "f32"))
    for p in CONTROL + STATUS + COMMAND + WORDS + results_block(example):
        lines.append(f"| {p.table} | {p.address} | {p.type} | {p.key} | {p.doc} |")
    lines += ["", f"The results block starts at input register {RESULTS_BASE} and holds the "
              "configured datums in order (the rows above show an example config); 32-bit "
              "values follow `word_order` and `byte_order` from the config. The fixed 32-bit "
              "status words are high word first. Writes to any other coil or holding "
              "register are refused with exception 2 (illegal data address).", ""]
    return "\n".join(lines)
