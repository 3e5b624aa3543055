"""The vision handshake of one camera unit, sans-IO.

Inputs: control coil writes and command register writes from the PLC, camera status and
inspection results from the hub, command outcomes. Outputs: the status bits and words the
PLC reads, and the :class:`Command` s to run. No sockets, no asyncio: the Modbus server
(:mod:`.server`) and the tests drive it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

from . import registers as R

ModbusError = Literal[2, 3]
"""Exception codes returned for a refused access: 2 illegal address, 3 illegal value."""


@dataclass(frozen=True)
class Command:
    """A hub command the unit wants run; ``purpose`` tells :meth:`VisionUnit.command_done`."""

    name: str
    args: dict[str, Any]
    purpose: Literal["trigger", "offline", "online", "execute"]


@dataclass(frozen=True)
class Result:
    inspection: int
    passed: bool
    datums: dict[str, Any]


@dataclass
class UnitOptions:
    fields: tuple[R.ResultField, ...] = ()
    buffer_results: bool = True
    buffer_size: int = 16
    word_order: str = "big"
    byte_order: str = "big"


@dataclass
class VisionUnit:
    options: UnitOptions = field(default_factory=UnitOptions)
    control: list[bool] = field(default_factory=lambda: [False] * len(R.CONTROL))
    command_words: list[int] = field(default_factory=lambda: [0] * len(R.COMMAND))
    # camera
    available: bool = False
    state: str = "unknown"
    trigger_mode: str = "unknown"
    job_slot: int = 0
    counters: tuple[int, int, int] = (0, 0, 0)
    # handshake
    trigger_pending: bool = False
    trigger_ack: bool = False
    command_running: bool = False
    command_complete: bool = False
    command_failed: bool = False
    error_code: int = 0
    acquisition_id: int = 0
    completed_toggle: bool = False
    presented: Result | None = None
    results_valid: bool = False
    overrun: bool = False
    overruns: int = 0
    buffer: deque[Result] = field(default_factory=deque)
    stats: dict[str, int] = field(default_factory=lambda: {
        "triggers": 0, "triggers_ignored": 0, "results": 0, "acknowledged": 0, "commands": 0,
        "refused_writes": 0, "lost": 0})

    def __post_init__(self) -> None:
        self._block = R.results_block(self.options.fields)

    # -- what the PLC reads ----------------------------------------------------------------------
    @property
    def trigger_ready(self) -> bool:
        return (self.control[R.CONTROL_BIT["trigger_enable"]] and self.online
                and not self.trigger_pending and not self.command_running and not self.error_code)

    @property
    def online(self) -> bool:
        return self.available and not self.control[R.CONTROL_BIT["set_offline"]]

    def status_bits(self) -> list[bool]:
        values = {
            "trigger_ready": self.trigger_ready, "trigger_ack": self.trigger_ack,
            "online": self.online, "busy": self.trigger_pending or self.command_running,
            "inspection_completed": self.completed_toggle, "results_valid": self.results_valid,
            "job_pass": bool(self.presented and self.presented.passed),
            "results_buffer_overrun": self.overrun, "error": bool(self.error_code),
            "command_complete": self.command_complete, "command_failed": self.command_failed,
        }
        return [values[p.key] for p in R.STATUS]

    def input_words(self) -> list[int]:
        words = [0] * R.INPUT_SIZE
        p = self.presented
        values: dict[str, int] = {
            "current_job": self.job_slot, "error_code": self.error_code,
            "acquisition_id": self.acquisition_id, "inspection_id": p.inspection if p else 0,
            "result_code": 0 if p is None else (1 if p.passed else 2),
            "buffered": len(self.buffer) + (1 if self.results_valid else 0),
            "overruns": self.overruns, "inspections": self.counters[0], "passed": self.counters[1],
            "failed": self.counters[2], "state": R.STATES.get(self.state, 0xFFFF),
            "trigger_mode": (R.TRIGGER_MODES.index(self.trigger_mode)
                             if self.trigger_mode in R.TRIGGER_MODES else 0xFFFF),
            "result_words": sum(q.width for q in self._block),
        }
        for point in R.WORDS:
            words[point.address:point.address + point.width] = R.encode(values[point.key], point.word_type)
        if p is not None:
            for point, f in zip(self._block, self.options.fields, strict=True):
                raw = p.datums.get(f.datum)
                if isinstance(raw, bool):
                    raw = int(raw)
                if not isinstance(raw, int | float):
                    continue  # a missing or non-numeric datum reads 0
                words[point.address:point.address + point.width] = R.encode(
                    raw, point.word_type, word_order=self.options.word_order,
                    byte_order=self.options.byte_order)
        return words

    # -- what the PLC writes ---------------------------------------------------------------------
    def write_control(self, address: int, values: list[bool]) -> list[Command] | ModbusError:
        """Coils ``address..`` written; returns the commands the edges ask for."""
        if address < 0 or address + len(values) > len(self.control):
            self.stats["refused_writes"] += 1
            return 2
        out: list[Command] = []
        for i, new in enumerate(values):
            bit = address + i
            old = self.control[bit]
            self.control[bit] = new
            if old != new:
                out.extend(self._edge(R.CONTROL[bit].key, new))
        return out

    def write_command_words(self, address: int, values: list[int]) -> ModbusError | None:
        if address < 0 or address + len(values) > len(self.command_words):
            self.stats["refused_writes"] += 1
            return 2
        self.command_words[address:address + len(values)] = values
        return None

    def _edge(self, key: str, rising: bool) -> list[Command]:
        if key == "trigger":
            if not rising:
                self.trigger_ack = False
                return []
            if not self.trigger_ready:
                self.stats["triggers_ignored"] += 1  # as on the sensors: no ready, no trigger
                return []
            self.trigger_pending = True
            self.stats["triggers"] += 1
            return [Command("trigger", {}, "trigger")]
        if key == "results_ack":
            if rising and self.results_valid:
                self.results_valid = False
                self.stats["acknowledged"] += 1
            elif not rising:
                self._present_next()
            return []
        if key == "set_offline":
            return [Command("stop" if rising else "start", {}, "offline" if rising else "online")]
        if key == "clear_error":
            if rising:
                self.error_code = 0
                self.overrun = False
            return []
        if key == "execute_command":
            if not rising:
                self.command_complete = self.command_failed = False
                return []
            code, arg = self.command_words
            name = R.COMMAND_CODES.get(code)
            if name is None:
                self.command_failed = True
                self.error_code = R.ERROR_UNKNOWN
                return []
            args: dict[str, Any] = {}
            if name == "select_job":
                args = {"job": arg}
            elif name == "set_trigger_mode":
                if arg >= 3:  # free run needs a rate: not a handshake command
                    self.command_failed = True
                    self.error_code = R.ERROR_REFUSED
                    return []
                args = {"mode": R.TRIGGER_MODES[arg]}
            self.command_running = True
            self.stats["commands"] += 1
            return [Command(name, args, "execute")]
        return []

    # -- what the hub tells ----------------------------------------------------------------------
    def command_done(self, command: Command, status: str, result: dict[str, Any]) -> None:
        ok = status == "ok"
        if command.purpose == "trigger":
            self.trigger_pending = False
            if ok:
                self.acquisition_id = int(result.get("first_inspection", 0))
                # The PLC may already have let go of Trigger: acknowledge only while it holds it.
                self.trigger_ack = self.control[R.CONTROL_BIT["trigger"]]
            else:
                self.error_code = R.ERROR_TRIGGER
        elif command.purpose == "execute":
            self.command_running = False
            self.command_complete = ok
            self.command_failed = not ok
            if not ok:
                self.error_code = R.ERROR_REFUSED if status == "refused" else R.ERROR_FAILED
        elif not ok:
            self.error_code = R.ERROR_REFUSED if status == "refused" else R.ERROR_FAILED

    def camera_status(self, *, available: bool, state: str, trigger_mode: str, job_slot: int,
                      inspections: int, passed: int, failed: int) -> None:
        if self.available and not available:
            self.error_code = self.error_code or R.ERROR_UNAVAILABLE
        self.available = available
        self.state, self.trigger_mode, self.job_slot = state, trigger_mode, job_slot
        self.counters = (inspections, passed, failed)

    def inspection(self, result: Result) -> None:
        self.stats["results"] += 1
        if not self.options.buffer_results:
            if self.results_valid:
                self.overruns += 1  # the PLC had not acknowledged the one this replaces
                self.overrun = True
            self._present(result)
            return
        if len(self.buffer) >= self.options.buffer_size:
            self.overruns += 1
            self.overrun = True
            return
        self.buffer.append(result)
        if not self.results_valid and not self.control[R.CONTROL_BIT["results_ack"]]:
            self._present_next()

    def lost(self, first: int, last: int) -> None:
        self.stats["lost"] += last - first + 1
        self.error_code = R.ERROR_LOST

    def _present_next(self) -> None:
        if not self.results_valid and self.buffer:
            self._present(self.buffer.popleft())

    def _present(self, result: Result) -> None:
        self.presented = result
        self.results_valid = True
        self.completed_toggle = not self.completed_toggle

    def diagnostics(self) -> dict[str, Any]:
        return {"control": dict(zip((p.key for p in R.CONTROL), self.control, strict=True)),
                "status": dict(zip((p.key for p in R.STATUS), self.status_bits(), strict=True)),
                "error_code": self.error_code, "buffered": len(self.buffer),
                "overruns": self.overruns, "presented": self.presented.inspection if self.presented else None,
                **self.stats}
