"""PartQ: the ring buffer of the latest inspection results."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from vs1kit.emulator.model.results import InspectionResult


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
