"""Resource bounds of one camera: how many connections, how big a request frame, how long a
half-sent frame may take, how much unread reply data a peer may leave queued, and a
rate-limited log of bad input.

Request frames are bounded twice: each port's decoder refuses a header announcing more than
the spec's maximum for its message code (`frames.MAX_PAYLOAD_BY_CODE`, from the `max:` of the
spec's length fields), and `Limits.max_request_payload` (64 KiB, per port overridable) caps a
code the port does not have, so a half-sent frame of an unknown code reserves little memory.

The connection caps are fitted to the descriptor limit (`limits_for`): what the process keeps
for itself, each camera's listening sockets and the standard servers' budgets of their own
(`vs1kit.emulator.standard.caps`) stay outside the caps. A refused connection is closed as it
is accepted (`listeners.bind_tcp`), so a flood holds no descriptors beyond the caps and is
refused by them, never by EMFILE.
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

__all__ = ["ACCEPT_BACKLOG", "Admission", "BadInputLog", "Limits", "ReplyBudget", "limits_for",
           "reserved_per_camera"]

log = logging.getLogger(__name__)

DEFAULT_MAX_REQUEST_PAYLOAD: Final = 64 * 1024
ACCEPT_BACKLOG: Final = 64
"""The listen backlog of the camera's TCP listeners, which is also how many connections
asyncio accepts per listener and loop turn. Measured with benchmarks/hostile.py conn_flood
(standard ports on, 1,024 descriptors): 64 and 128 both keep the log quiet and the good
client's p99 low; 1,024 (before) let a flood's accept batches run the process into EMFILE."""
PROCESS_DESCRIPTORS: Final = 64
"""Descriptors the process keeps for itself (interpreter, log, pipes, the event loop)."""
LISTENER_DESCRIPTORS: Final = 40
"""Per camera: its listening sockets (TCP and UDP) and open files."""


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


def limits_for(cameras: int, base: Limits | None = None, *, standard_ports: bool = True) -> Limits:
    """`base` (default: the defaults) with each camera's connection cap fitted to this
    process's descriptor limit shared by `cameras` cameras, so a flood is refused by the cap,
    never by EMFILE. Kept outside the caps: the process's own descriptors, and per camera its
    listening sockets and (with `standard_ports`) the standard servers' budgets."""
    base = base or Limits()
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return base
    free = soft - PROCESS_DESCRIPTORS
    share = free // max(1, cameras) - reserved_per_camera(standard_ports)
    if share < 8:
        log.warning("a descriptor limit of %d is too low for %d cameras (each camera gets 8 "
                    "connections, and a flood may still meet EMFILE): raise ulimit -n", soft, cameras)
        share = 8
    if share >= base.max_connections:
        return base
    return dataclasses.replace(base, max_connections=share,
                               max_per_port=min(base.max_per_port, share),
                               max_per_source=min(base.max_per_source, share))


def reserved_per_camera(standard_ports: bool = True) -> int:
    """Descriptors of one camera outside its connection cap: its listeners and files, and the
    standard servers' budgets of their own (FTP counted twice: a data connection per session)."""
    if not standard_ports:
        return LISTENER_DESCRIPTORS
    from vs1kit.emulator.standard.caps import FTP_LIMITS, HTTP_LIMITS, TELNET_LIMITS

    standard = 2 * FTP_LIMITS.max_connections + HTTP_LIMITS.max_connections + TELNET_LIMITS.max_connections
    return LISTENER_DESCRIPTORS + standard


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


class ReplyBudget:
    """How many unsolicited replies (error replies to datagrams that do not decode) go out:
    at most `per_source` per source address and `total` in all, per second. A datagram's source
    address can be forged, so these replies must not make the camera a reflector: whoever
    forges a victim's address gets at most `per_source` small replies a second sent there."""

    def __init__(self, per_source: int = 2, total: int = 64) -> None:
        self.per_source = per_source
        self.total = total
        self._window = -1
        self._sent: Counter[str] = Counter()
        self.withheld = 0

    def take(self, source: str, *, now: float | None = None) -> bool:
        """True (and counted) if a reply to `source` may go out now."""
        window = int(time.monotonic() if now is None else now)
        if window != self._window:
            self._window = window
            self._sent.clear()  # the table holds one second's senders at most
        if self._sent[source] >= self.per_source or self._sent.total() >= self.total:
            self.withheld += 1
            return False
        self._sent[source] += 1
        return True


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
