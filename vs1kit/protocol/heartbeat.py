"""Heartbeat timing of a connection monitor, sans-IO: one class for the client and the camera.

Each side of a monitor link sends a heartbeat every `interval` seconds and judges its peer
dead after `timeout` seconds without one. This class holds only that arithmetic; the caller
passes in the time (seconds of a monotonic clock), sends what `send_due` asks for, closes the
link when `expired` says so and sleeps until `next_wakeup`. Nothing here reads a clock or
touches asyncio, so tests drive it with plain floats.

Only heartbeat messages count as life (`heard`): a peer that sends other bytes but no
heartbeats is not alive as far as the monitor is concerned.
"""

from __future__ import annotations

__all__ = ["Heartbeat"]


class Heartbeat:
    """When to send the next heartbeat and whether the peer's have stopped."""

    __slots__ = ("interval", "last_heard", "last_sent", "timeout")

    def __init__(self, *, interval: float, timeout: float, now: float) -> None:
        _check(interval, timeout)
        self.interval = interval
        self.timeout = timeout
        self.last_heard = now
        """When the peer's last heartbeat arrived (or the monitor started)."""
        self.last_sent = now
        """When ours last left (or the monitor started: the first is due one interval in)."""

    def heard(self, now: float) -> None:
        """A heartbeat from the peer arrived."""
        self.last_heard = max(self.last_heard, now)

    def sent(self, now: float) -> None:
        """We sent a heartbeat."""
        self.last_sent = max(self.last_sent, now)

    def excuse(self, now: float) -> None:
        """The silence up to `now` is not the peer's doing (we were not listening, e.g. the
        process was stalled): start counting it afresh."""
        self.last_heard = max(self.last_heard, now)

    def send_due(self, now: float) -> bool:
        """Is it time to send a heartbeat?"""
        return now - self.last_sent >= self.interval

    def expired(self, now: float) -> bool:
        """Has the peer been silent for the whole timeout?"""
        return now - self.last_heard >= self.timeout

    def silence(self, now: float) -> float:
        """Seconds since the peer's last heartbeat."""
        return now - self.last_heard

    def next_wakeup(self, now: float) -> float:
        """The earliest time at which `send_due` or `expired` may change (if either is already
        true, a time not after `now`): sleep until then."""
        return min(self.last_sent + self.interval, self.last_heard + self.timeout)

    def reconfigure(self, *, interval: float, timeout: float, now: float) -> None:
        """New interval and timeout (a renewed hello). The peer's silence so far still counts
        and the next heartbeat is due one new interval after the last one sent, so `now` only
        keeps the signature uniform (a reconfiguration is not a heartbeat)."""
        del now
        _check(interval, timeout)
        self.interval = interval
        self.timeout = timeout

    def __repr__(self) -> str:
        return (f"Heartbeat(interval={self.interval}, timeout={self.timeout}, "
                f"last_heard={self.last_heard}, last_sent={self.last_sent})")


def _check(interval: float, timeout: float) -> None:
    if not interval > 0:
        raise ValueError(f"heartbeat interval must be positive, not {interval}")
    if not timeout > 0:
        raise ValueError(f"heartbeat timeout must be positive, not {timeout}")
