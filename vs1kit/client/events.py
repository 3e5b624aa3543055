"""Typed events a :class:`~vs1kit.client.camera.Camera` reports about its link to the camera.

They come out of ``camera.events()`` (an async iterator) and go to the callbacks registered
with ``camera.add_listener``. Report gaps also appear inline in their report stream.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ClientEvent", "CounterReset", "Dropped", "Gap", "ReconnectFailed", "Restored"]


@dataclass(frozen=True, slots=True)
class Dropped:
    """The camera link went down (heartbeats stopped, a socket closed, or the camera said
    goodbye). ``detected_at`` is ``loop.time()``; ``last_heard`` when the monitor last heard
    the camera, so ``detected_at - last_heard`` is the detection latency."""

    reason: str
    detected_at: float
    last_heard: float


@dataclass(frozen=True, slots=True)
class Restored:
    """The link is back: monitor, reports, IO subscriptions and live video reopened."""

    attempts: int
    downtime_s: float


@dataclass(frozen=True, slots=True)
class ReconnectFailed:
    """One reconnect attempt failed; another follows after ``retry_in_s``."""

    attempt: int
    error: str
    retry_in_s: float


@dataclass(frozen=True, slots=True)
class Gap:
    """Inspections ``first``..``last`` (inclusive) of a lossless report are lost for good:
    they were neither delivered live nor still held by PartQ."""

    report_id: int
    first: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    @property
    def inspections(self) -> range:
        return range(self.first, self.last + 1)


@dataclass(frozen=True, slots=True)
class CounterReset:
    """The camera's inspection counter went backwards (it restarted): a report stream
    continues from ``next_inspection`` instead of waiting for ids that will never come."""

    report_id: int
    expected: int
    next_inspection: int


ClientEvent = Dropped | Restored | ReconnectFailed | Gap | CounterReset
