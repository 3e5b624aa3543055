"""Resource bounds of one camera: how many connections, how big a request frame, how long a
half-sent frame may take, how much unread reply data a peer may leave queued, and a
rate-limited log of bad input.

The spec declares no maxima for the length fields clients send, so the request frame cap is
the emulator's own (`Limits.max_request_payload`, per port overridable): the requests clients
send are names, ids and small lists, a few hundred bytes in practice, so 64 KiB leaves room
while every connection the caps allow, each holding a half-sent frame, stays under 50 MB.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import resource
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Final

__all__ = ["Admission", "BadInputLog", "Limits", "limits_for"]

log = logging.getLogger(__name__)

DEFAULT_MAX_REQUEST_PAYLOAD: Final = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """The bounds; defaults suit a camera on a shared network."""

    max_connections: int = 768
    """All TCP connections of the camera (kept well under the common 1,024-descriptor limit)."""
    max_per_port: int = 256
    max_per_source: int = 128
    """Connections from one peer address, all ports together."""
    max_request_payload: int = DEFAULT_MAX_REQUEST_PAYLOAD
    request_payload_by_port: dict[str, int] = field(default_factory=dict)
    frame_timeout: float = 10.0
    """Seconds a frame may take from its first byte to its last (a half-sent header or
    payload); the connection closes when it is exceeded."""
    first_frame_timeout: float = 30.0
    """Seconds a new framed connection may take to send its first complete frame, unless a
    monitor watches it by then (its heartbeats vouch for the session)."""
    write_high_water: int = 1024 * 1024
    """Unsent reply bytes above which the camera stops reading that peer's requests ..."""
    write_low_water: int = 256 * 1024
    """... until they fall below this."""
    write_timeout: float = 30.0
    """Seconds a peer may leave its replies unread before its connection is closed."""
    max_udp_inflight: int = 256
    """Datagram requests of one port being served at once; more are dropped ..."""
    max_udp_inflight_per_source: int = 32
    """... as are those of one address over this."""
    concurrent_streams: int = 2
    """Large replies (PartQ with images) being produced at once; the others wait their turn."""
    log_interval: float = 10.0
    """At most one log line of refused/bad input per source address and interval."""

    def request_payload(self, port_id: str) -> int:
        return self.request_payload_by_port.get(port_id, self.max_request_payload)


def limits_for(cameras: int, base: Limits | None = None) -> Limits:
    """`base` (default: the defaults) with each camera's connection cap fitted to this
    process's descriptor limit shared by `cameras` cameras (about 40 descriptors each kept
    for listening sockets and files), so a flood is refused by the cap, never by EMFILE."""
    base = base or Limits()
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return base
    share = max(8, (soft * 3 // 4) // max(1, cameras) - 40)
    if share >= base.max_connections:
        return base
    return dataclasses.replace(base, max_connections=share,
                               max_per_port=min(base.max_per_port, share),
                               max_per_source=min(base.max_per_source, share))


class BadInputLog:
    """Counts bad input and refusals per source; logs at most one line per source per
    interval (with how many were suppressed), so a flood cannot fill the disk."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.counts: Counter[str] = Counter()
        """Events per kind ("bad datagram", "connection refused", ...), over the camera's life."""
        self._last: dict[str, float] = {}
        self._suppressed: Counter[str] = Counter()
        self.lines = 0

    def note(self, source: str, kind: str, detail: str, *, now: float | None = None,
             exc_info: BaseException | None = None) -> None:
        self.counts[kind] += 1
        t = time.monotonic() if now is None else now
        last = self._last.get(source)
        if last is not None and t - last < self.interval:
            self._suppressed[source] += 1
            return
        if len(self._last) > 4096:
            # Bound the table itself: forget sources not heard from for an interval.
            self._last = {s: v for s, v in self._last.items() if t - v < self.interval}
        self._last[source] = t
        extra = self._suppressed.pop(source, 0)
        more = f" (+{extra} more from {source} not logged)" if extra else ""
        self.lines += 1
        if exc_info is not None:
            log.error("%s from %s: %s%s", kind, source, detail, more, exc_info=exc_info)
        else:
            log.warning("%s from %s: %s%s", kind, source, detail, more)


class Admission:
    """Counts open TCP connections per port and per source; refuses those over the caps."""

    def __init__(self, limits: Limits, bad: BadInputLog) -> None:
        self.limits = limits
        self.bad = bad
        self.total = 0
        self.by_port: Counter[str] = Counter()
        self.by_source: Counter[str] = Counter()
        self.refused = 0
        self.streams = asyncio.Semaphore(limits.concurrent_streams)
        """Slots for producing large replies (see `Limits.concurrent_streams`)."""

    def admit(self, port_id: str, source: str) -> bool:
        """Count a new connection in; False (and one rate-limited log line) if over a cap."""
        lim = self.limits
        why = None
        if self.total >= lim.max_connections:
            why = f"camera has {self.total} connections (cap {lim.max_connections})"
        elif self.by_port[port_id] >= lim.max_per_port:
            why = f"port {port_id} has {self.by_port[port_id]} connections (cap {lim.max_per_port})"
        elif self.by_source[source] >= lim.max_per_source:
            why = f"{self.by_source[source]} connections from this address (cap {lim.max_per_source})"
        if why is not None:
            self.refused += 1
            self.bad.note(source, "connection refused", why)
            return False
        self.total += 1
        self.by_port[port_id] += 1
        self.by_source[source] += 1
        return True

    def release(self, port_id: str, source: str) -> None:
        self.total -= 1
        self.by_port[port_id] -= 1
        if self.by_port[port_id] <= 0:
            del self.by_port[port_id]
        self.by_source[source] -= 1
        if self.by_source[source] <= 0:
            del self.by_source[source]
