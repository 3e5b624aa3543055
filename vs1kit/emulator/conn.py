"""Per-connection state of the camera's framed ports: TCP connections (with their monitors,
reports and live video) and UDP senders. Handlers get one of these as their request context."""

from __future__ import annotations

import asyncio
import fcntl
import logging
import termios
from dataclasses import dataclass, field

from vs1kit.emulator.model import DatumDef
from vs1kit.generated import enums
from vs1kit.protocol.heartbeat import Heartbeat
from vs1kit.protocol.session import ServerSession
from vs1kit.protocol.wire import Message

__all__ = ["Conn", "ConnKey", "Datagram", "Monitor", "ProtocolViolation", "Report"]

log = logging.getLogger(__name__)

ConnKey = tuple[int, str, int]
"""(camera port number as bound, client ip, client port): what a monitor's watch names."""


class ProtocolViolation(Exception):
    """The client broke the protocol: the server closes that connection (only that one)."""


@dataclass(eq=False)
class Monitor:
    """One client's connection monitor (TCP 49079)."""

    id: int
    conn: Conn
    session: int
    ip: str
    name: str
    heartbeat: Heartbeat
    counter: int = 0
    watched: set[ConnKey] = field(default_factory=set)
    dead: bool = False


@dataclass(eq=False)
class Report:
    """One report on a report connection (TCP 49200)."""

    report_id: int
    mode: enums.ReportMode
    datums: list[DatumDef]
    rate_hz: float
    include_image: bool
    paused: bool = False
    delivered: int = 0
    dropped: int = 0
    pending_drops: int = 0
    next_time: float = 0.0
    ack_timeouts: int = 0

    @property
    def ids(self) -> list[int]:
        return [d.datum_id for d in self.datums]


@dataclass(frozen=True, slots=True)
class Datagram:
    """Where a UDP request came from: the request context of the datagram ports."""

    port_id: str
    peer_ip: str
    peer_port: int

    @property
    def addr(self) -> tuple[str, int]:
        return (self.peer_ip, self.peer_port)

    @property
    def label(self) -> str:
        return f"{self.port_id} from {self.peer_ip}:{self.peer_port}"


@dataclass(eq=False)
class Conn:
    """One accepted connection on a framed port; handlers get it as their `ctx`."""

    port_id: str
    local_port: int
    peer_ip: str
    peer_port: int
    writer: asyncio.StreamWriter
    session: ServerSession
    closing: bool = False
    monitor: Monitor | None = None
    """For monitor connections: the monitor this connection carries."""
    reports: dict[int, Report] = field(default_factory=dict)
    acks: dict[tuple[int, int], asyncio.Future[None]] = field(default_factory=dict)
    io_kinds: int = 0
    live_task: asyncio.Task[None] | None = None
    live_sent: int = 0
    live_skipped: int = 0
    reader: asyncio.StreamReader | None = None
    """The connection's stream (what `pending_input` looks into)."""
    _queued: bytearray = field(default_factory=bytearray, init=False, repr=False)
    """Frames waiting for `flush` (see `queue`)."""

    @property
    def key(self) -> ConnKey:
        return (self.local_port, self.peer_ip, self.peer_port)

    @property
    def label(self) -> str:
        return f"{self.port_id}:{self.local_port} from {self.peer_ip}:{self.peer_port}"

    def write(self, data: bytes | bytearray) -> None:
        if self._queued:
            self.flush()  # queued frames go first
        if not self.closing and not self.writer.transport.is_closing():
            # A transport the peer reset is closing before we hear of it: asyncio logs one
            # warning per write to it, so a dead peer would cost one log line per frame.
            self.writer.write(data)

    def send_event(self, message: Message) -> None:
        self.write(self.session.event(message))

    def next_event_seq(self) -> int:
        """Number the next event frame (what `session.event` does for a message)."""
        session = self.session
        session.event_seq = (session.event_seq + 1) & 0xFFFFFFFF
        return session.event_seq

    def queue(self) -> bytearray:
        """The buffer to append frames to that need not leave at once (the inspection
        engine's records during a burst): it is written in one piece when the event loop next
        gets control, or earlier by `flush`, `write` or `close`, so frames keep their order."""
        if not self._queued:
            asyncio.get_running_loop().call_soon(self.flush)
        return self._queued

    def flush(self) -> None:
        """Write the queued frames now."""
        data = self._queued
        if data:
            self._queued = bytearray()  # the transport may keep `data` itself: hand it over
            if not self.closing and not self.writer.transport.is_closing():
                self.writer.write(data)

    @property
    def buffered(self) -> int:
        """Bytes not yet sent: those the transport still holds (the client is not reading
        fast enough) and those queued."""
        return self.writer.transport.get_write_buffer_size() + len(self._queued)

    def pending_input(self) -> int:
        """Bytes the peer sent that the camera has not yet served: those in the stream's
        buffer and those still in the socket (after the event loop was stalled, heartbeats
        that arrived in time wait there)."""
        n = 0
        if self.reader is not None:
            # StreamReader keeps what the transport delivered in `_buffer` until read.
            n += len(getattr(self.reader, "_buffer", b""))
        sock = self.writer.get_extra_info("socket")
        if sock is not None and not self.closing:
            try:
                buf = fcntl.ioctl(sock.fileno(), termios.FIONREAD, b"\0\0\0\0")
                n += int.from_bytes(buf, "little")
            except (OSError, ValueError):
                pass
        return n

    def close(self, reason: str) -> None:
        if self.closing:
            return
        self.flush()
        self.closing = True
        log.info("closing %s: %s", self.label, reason)
        for fut in self.acks.values():
            if not fut.done():
                fut.cancel()
        self.acks.clear()
        if self.live_task is not None:
            self.live_task.cancel()
        self.writer.close()
