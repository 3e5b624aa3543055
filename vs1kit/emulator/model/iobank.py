"""IO points: physical inputs and outputs and virtual points, with change listeners."""

from __future__ import annotations

import time
from collections.abc import Callable

from vs1kit.emulator.model.common import IO_PHYSICAL_IN, IO_PHYSICAL_OUT, IO_VIRTUAL, ModelError
from vs1kit.generated import enums, types

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
