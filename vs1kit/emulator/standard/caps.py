"""Resource bounds of the standard-port servers (FTP, HTTP, Telnet), like the custom ports':
a connection cap per port and per source, idle and request deadlines, size limits, and refusals
counted and logged at most once per source and interval (`vs1kit.emulator.limits.BadInputLog`).

`Gate` does the connection accounting of the asyncio servers (HTTP, Telnet). The emulator gives
each standard server a budget of its own (FTP 16, HTTP 32, Telnet 8 connections: with one camera
they fit the descriptors `limits.limits_for` keeps free), not a share of the custom
ports' camera-wide caps, so a flood of the custom ports does not lock the web page or the shell
out, nor the other way round; an `Admission` may still be given to count them in. The FTP server
runs pyftpdlib in a thread of its own, so it uses pyftpdlib's own caps with the same values and
reports its refusals to the camera's loop.

A server full of stalled connections (HTTP heads not complete, shells without a line, FTP
sessions not logged in) still lets a newcomer in: the oldest stalled connection is closed to
make room, so peers spread over many addresses cannot lock a well-behaved client out by
holding every slot; they can only make each other's stalls short.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Final

from vs1kit.emulator.limits import Admission, BadInputLog

__all__ = ["FTP_LIMITS", "HTTP_LIMITS", "TELNET_LIMITS", "Gate", "HttpGate", "StandardLimits"]


@dataclass(frozen=True)
class StandardLimits:
    """The bounds of one standard server; each server reads the fields that apply to it."""

    max_connections: int
    """Connections to this server (its port) at once; more are refused at once."""
    max_per_source: int
    """Connections from one address to this server at once."""
    idle_timeout: float
    """Seconds without a command (FTP) or input (Telnet) before the connection is closed. An
    HTTP connection carries one request, bounded by `request_timeout` and `body_timeout`."""
    request_timeout: float = 10.0
    """HTTP: seconds for the request line and headers (slowloris); Telnet: seconds to finish
    logging in; FTP: seconds a passive data connection may take to arrive."""
    max_request_line: int = 4096
    """HTTP: bytes of the request line (414 beyond)."""
    max_header: int = 8192
    """HTTP: bytes of the request line and headers together (431 beyond)."""
    max_body: int = 64 * 1024
    """HTTP: bytes of a request body (413 beyond, refused on its Content-Length)."""
    body_timeout: float = 30.0
    """HTTP: seconds from the end of the headers until the reply is sent (a slow body)."""
    max_upload: int = 64 * 1024 * 1024
    """FTP: bytes of one uploaded file (the camera's RAM drive is not a disk; 552 beyond)."""
    log_interval: float = 10.0
    """At most one log line of refused or bad input per source address and interval (when the
    server has its own log, not the camera's)."""


FTP_LIMITS: Final = StandardLimits(max_connections=16, max_per_source=4, idle_timeout=300.0,
                                   request_timeout=30.0)
"""FrontRunner keeps one control connection (and one data connection at a time) per camera."""
HTTP_LIMITS: Final = StandardLimits(max_connections=32, max_per_source=8, idle_timeout=10.0,
                                    request_timeout=10.0)
"""A browser opens up to 6 connections to a host; every reply closes its connection."""
TELNET_LIMITS: Final = StandardLimits(max_connections=8, max_per_source=4, idle_timeout=600.0,
                                      request_timeout=60.0)
"""The VxWorks target shell: a few engineers at a time."""


class Gate:
    """Counts the open connections of one standard server per source; refuses those over its
    caps (and, with the camera's `Admission`, over the camera-wide ones)."""

    def __init__(self, port_id: str, limits: StandardLimits, bad: BadInputLog | None = None,
                 admission: Admission | None = None) -> None:
        self.port_id = port_id
        self.limits = limits
        self.bad = bad if bad is not None else BadInputLog(limits.log_interval)
        self.admission = admission
        self.by_source: Counter[str] = Counter()
        self.refused = 0
        """Connections refused by a cap, over the server's life."""
        self.evicted = 0
        """Stalled connections closed to make room for a newcomer, over the server's life."""
        # Open connections in the order they came: token -> (source, how to close it while
        # it is stalled, else None).
        self._open: dict[Hashable, tuple[str, Callable[[], None] | None]] = {}

    @property
    def open(self) -> int:
        return len(self._open)

    def admit(self, source: str, token: Hashable) -> bool:
        """Count a new connection (`token`) in; False (counted, one rate-limited log line) if
        over a cap. A full server closes its oldest stalled connection to make room."""
        lim = self.limits
        why = None
        if self.by_source[source] >= lim.max_per_source:
            why = (f"{self.by_source[source]} {self.port_id} connections from this address "
                   f"(cap {lim.max_per_source})")
        elif self.open >= lim.max_connections and not self._evict_one(source):
            why = f"{self.port_id} has {self.open} connections (cap {lim.max_connections})"
        if why is not None:
            self.refused += 1
            self.bad.note(source, "connection refused", why)
            return False
        if self.admission is not None and not self.admission.admit(self.port_id, source):
            self.refused += 1  # the camera-wide caps; Admission logged it
            return False
        self._open[token] = (source, None)
        self.by_source[source] += 1
        return True

    def stalled(self, token: Hashable, close: Callable[[], None] | None) -> None:
        """Mark an open connection as stalled (`close` ends it) or, with None, as working."""
        entry = self._open.get(token)
        if entry is not None:
            self._open[token] = (entry[0], close)

    def _evict_one(self, newcomer: str) -> bool:
        victim = next((t for t, (_, close) in self._open.items() if close is not None), None)
        if victim is None:
            return False
        source, close = self._open[victim]
        self.release(victim)
        self.evicted += 1
        self.note(source, "stalled connection closed", f"room made for a connection from {newcomer}")
        assert close is not None
        close()
        return True

    def release(self, token: Hashable) -> None:
        """The connection closed (a no-op for one already released, e.g. evicted)."""
        entry = self._open.pop(token, None)
        if entry is None:
            return
        source = entry[0]
        self.by_source[source] -= 1
        if self.by_source[source] <= 0:
            del self.by_source[source]
        if self.admission is not None:
            self.admission.release(self.port_id, source)

    def note(self, source: str, kind: str, detail: str) -> None:
        self.bad.note(source, kind, f"{self.port_id}: {detail}")


_REASONS: Final = {408: "Request Timeout", 413: "Content Too Large", 414: "URI Too Long",
                   431: "Request Header Fields Too Large"}


class HttpGate(asyncio.Protocol):
    """In front of aiohttp's protocol for one connection: admits it through the `Gate`, holds
    the request line and headers (at most `max_header` bytes) until they are complete, within
    `request_timeout`, and refuses an oversized head (414/431) or announced body (413) before
    aiohttp sees a byte; then passes everything through, and closes the connection if the
    reply has not been sent `body_timeout` seconds after the headers. Every reply closes its
    connection (one request per connection), so each request meets these bounds."""

    def __init__(self, gate: Gate, inner: Callable[[], asyncio.Protocol]) -> None:
        self._gate = gate
        self._make_inner = inner
        self._inner: asyncio.Protocol | None = None
        self._transport: asyncio.Transport | None = None
        self._source = ""
        self._admitted = False
        self._head = bytearray()
        self._passing = False
        self._timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        peer = transport.get_extra_info("peername")
        self._source = str(peer[0]) if isinstance(peer, tuple) else str(peer)
        if not self._gate.admit(self._source, self):
            transport.abort()  # refused cheaply: no reply, no buffer
            return
        self._admitted = True
        self._gate.stalled(self, transport.abort)  # until its head is complete
        lim = self._gate.limits
        self._timer = asyncio.get_running_loop().call_later(lim.request_timeout, self._expired, "head")
        self._inner = self._make_inner()
        self._inner.connection_made(transport)

    def _expired(self, phase: str) -> None:
        lim = self._gate.limits
        if phase == "head":
            self._gate.note(self._source, "slow request",
                            f"request line and headers incomplete after {lim.request_timeout:.0f} s")
            self._refuse(408)
        else:
            self._gate.note(self._source, "slow request",
                            f"no reply {lim.body_timeout:.0f} s after the headers (slow body)")
            if self._transport is not None:
                self._transport.abort()

    def _refuse(self, status: int) -> None:
        self._passing = False
        self._head.clear()
        t = self._transport
        if t is None or t.is_closing():
            return
        reason = _REASONS[status]
        t.write(f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain\r\nContent-Length: "
                f"{len(reason) + 1}\r\nConnection: close\r\n\r\n{reason}\n".encode("ascii"))
        t.close()

    def data_received(self, data: bytes) -> None:
        if self._passing:
            if self._inner is not None:
                self._inner.data_received(data)
            return
        t = self._transport
        if self._inner is None or t is None or t.is_closing():
            return
        lim = self._gate.limits
        start = max(0, len(self._head) - 3)
        self._head += data
        line_end = self._head.find(b"\n")
        if (line_end < 0 and len(self._head) > lim.max_request_line) or line_end > lim.max_request_line:
            self._gate.note(self._source, "oversized request", f"request line over {lim.max_request_line} bytes")
            self._refuse(414)
            return
        end = self._head.find(b"\r\n\r\n", start)
        size = end + 4 if end >= 0 else len(self._head)
        if size > lim.max_header:
            self._gate.note(self._source, "oversized request", f"headers over {lim.max_header} bytes")
            self._refuse(431)
            return
        if end < 0:
            return
        length = _content_length(bytes(self._head[:end]))
        if length is not None and length > lim.max_body:
            self._gate.note(self._source, "oversized request", f"body of {length} bytes (cap {lim.max_body})")
            self._refuse(413)
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer = asyncio.get_running_loop().call_later(lim.body_timeout, self._expired, "body")
        self._gate.stalled(self, None)
        self._passing = True
        head, self._head = bytes(self._head), bytearray()
        self._inner.data_received(head)

    def eof_received(self) -> bool | None:
        if self._passing and self._inner is not None:
            return self._inner.eof_received()
        return None

    def pause_writing(self) -> None:
        if self._inner is not None:
            self._inner.pause_writing()

    def resume_writing(self) -> None:
        if self._inner is not None:
            self._inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._inner is not None:
            self._inner.connection_lost(exc)
            self._inner = None
        if self._admitted:
            self._admitted = False
            self._gate.release(self)
        self._transport = None


def _content_length(head: bytes) -> int | None:
    """The Content-Length of a request head (None: none, or not a number: aiohttp answers)."""
    for line in head.split(b"\r\n")[1:]:
        name, sep, value = line.partition(b":")
        if sep and name.strip().lower() == b"content-length":
            text = value.strip()
            return int(text) if text.isdigit() else None
    return None
