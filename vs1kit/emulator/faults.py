"""Fault injection shared by every part of one camera: a stall (the camera goes deaf)."""

from __future__ import annotations

import asyncio
import time

__all__ = ["Stall"]


class Stall:
    """While stalled the camera answers nothing: requests, heartbeats, inspections wait."""

    def __init__(self) -> None:
        self.until = 0.0

    def start(self, seconds: float) -> None:
        self.until = time.monotonic() + seconds

    def active(self, now: float | None = None) -> bool:
        return (time.monotonic() if now is None else now) < self.until

    async def wait(self) -> None:
        """Return once the stall is over (at once if there is none)."""
        while (left := self.until - time.monotonic()) > 0:
            await asyncio.sleep(left)
