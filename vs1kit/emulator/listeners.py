"""The camera's sockets: one listener per port number of the generated registry, chosen by the
port's transport and framing alone.

* framed TCP: a `ServerSession` per connection, every request through the pipeline;
* framed UDP: one message per datagram, through the same pipeline, replies to the sender;
* line ports (serial): connections the camera writes lines to; input is ignored;
* raw datagram and text ports: served by hand-written behaviour where there is one (RIP, FTP,
  Telnet, HTTP), otherwise accepted and ignored, never refused.

The listeners only move bytes and track connections; what a request does is the port's handler
class (`vs1kit.emulator.handlers`, or the generated skeleton for a port with none).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import socket
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, Final, Protocol, cast

from vs1kit.emulator.conn import Conn, ConnKey, Datagram, ProtocolViolation
from vs1kit.emulator.connections import Connections
from vs1kit.emulator.faults import Stall
from vs1kit.emulator.limits import ACCEPT_BACKLOG, Admission, BadInputLog, Limits, ReplyBudget
from vs1kit.emulator.monitors import Monitors
from vs1kit.emulator.pipeline import answer, encode_answer, error_frame, serve_request
from vs1kit.emulator.security import Security
from vs1kit.emulator.streaming import StreamError, frame_pieces
from vs1kit.generated import enums, frames
from vs1kit.generated.emulator_skeleton import PortHandlers
from vs1kit.generated.registry import PORTS
from vs1kit.protocol import auth
from vs1kit.protocol.framing import FrameDecoder, decode_datagram
from vs1kit.protocol.session import ServerSession, UnknownMessage
from vs1kit.protocol.wire import DecodeError, Message

__all__ = ["READ_SIZE", "DatagramEndpoint", "FrameDeadline", "FramedTcpPort", "FramedUdpPort", "IdleTcpPort",
           "LinePort", "PortHost", "bind_tcp", "bind_udp"]

log = logging.getLogger(__name__)

READ_SIZE: Final = 256 * 1024
SLICE: Final = 0.002
"""Seconds a large reply is written for before other peers get the event loop."""
RECV_SIZE: Final = 64 * 1024
"""Bytes a framed connection's transport asks the socket for at once (see FramedTcpPort)."""
StreamCallback = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class PortHost(Protocol):
    """What the listeners need of their camera."""

    @property
    def connections(self) -> Connections: ...

    @property
    def monitors(self) -> Monitors: ...

    @property
    def security(self) -> Security: ...

    @property
    def stall_state(self) -> Stall: ...

    @property
    def limits(self) -> Limits: ...

    @property
    def admission(self) -> Admission: ...

    @property
    def bad_input(self) -> BadInputLog: ...

    def read_delay(self, port_id: str) -> float:
        """Seconds to wait before each read (fault injection: a slow consumer); 0 for none."""
        ...

    def not_in_control_detail(self) -> str: ...

    def track(self, task: asyncio.Task[Any]) -> None:
        """Keep a connection's or request's task until it ends (stop waits for them)."""
        ...


class DatagramEndpoint(asyncio.DatagramProtocol):
    def __init__(self, on_datagram: Callable[[bytes, tuple[str, int]], None]) -> None:
        self.on_datagram = on_datagram
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # asyncio's selector datagram transport does not subclass DatagramTransport.
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        self.on_datagram(data, (str(addr[0]), int(addr[1])))

    def error_received(self, exc: Exception) -> None:
        log.debug("UDP error: %s", exc)


class _AdmittingSocket(socket.socket):
    """A listening socket whose `accept` asks `admit` about each new connection's peer address
    and closes a refused one at once, before asyncio makes a transport and a task of it. Refusing
    later (in the connection's callback) holds each refused descriptor for several loop turns,
    while every ready listener accepts another batch each turn: at the common 1,024-descriptor
    limit a flood then ran the process out of descriptors (EMFILE) despite the caps."""

    admit: Callable[[str], bool]

    def accept(self) -> tuple[socket.socket, Any]:
        # Until one is admitted, or none is left (BlockingIOError, which ends asyncio's accept
        # batch); after ACCEPT_BACKLOG refusals the batch ends too, so a flood arriving as fast
        # as it is refused cannot keep the loop here.
        for _ in range(ACCEPT_BACKLOG):
            conn, addr = super().accept()
            if self.admit(str(addr[0])):
                return conn, addr
            conn.close()
        raise BlockingIOError("accept batch of refusals done; the rest next loop turn")


async def bind_tcp(host: str, number: int, cb: StreamCallback,
                   admit: Callable[[str], bool] | None = None) -> asyncio.Server:
    """A TCP listener calling `cb` per connection. With `admit`, each connection is counted in
    (or refused and closed at once) by `admit(peer address)` as it is accepted; `cb` then owns
    the admitted connection and must release it."""
    if admit is None:
        return await asyncio.start_server(cb, host, number, reuse_address=True, limit=READ_SIZE,
                                          backlog=ACCEPT_BACKLOG)
    sock = _AdmittingSocket(socket.AF_INET, socket.SOCK_STREAM)
    sock.admit = admit
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, number))
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    # The backlog is also asyncio's accept batch per loop turn: see ACCEPT_BACKLOG.
    return await asyncio.start_server(cb, sock=sock, limit=READ_SIZE, backlog=ACCEPT_BACKLOG)


async def bind_udp(host: str, number: int, on: Callable[[bytes, tuple[str, int]], None], *,
                   broadcast: bool = False, reuse_port: bool = False) -> asyncio.DatagramTransport:
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port and hasattr(socket, "SO_REUSEPORT"):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        if broadcast:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        sock.bind((host, number))
    except OSError:
        sock.close()
        raise
    transport, _ = await loop.create_datagram_endpoint(lambda: DatagramEndpoint(on), sock=sock)
    return transport


def _peer_ip(writer: asyncio.StreamWriter) -> str:
    peer = writer.get_extra_info("peername")
    return str(peer[0]) if peer else "?"


def _key(writer: asyncio.StreamWriter) -> ConnKey:
    local = writer.get_extra_info("sockname")
    peer = writer.get_extra_info("peername")
    return (int(local[1]), str(peer[0]), int(peer[1]))


class FramedTcpPort:
    """A framed TCP port: connections, each a stream of requests through the pipeline."""

    def __init__(self, host: PortHost, port_id: str, handlers: PortHandlers[Conn]) -> None:
        self.host = host
        self.port_id = port_id
        self.handlers = handlers

    def admit(self, peer_ip: str) -> bool:
        """Count a connection in as it is accepted (`bind_tcp`); a refused one is closed at
        once: no transport, no task, no buffers, no traceback."""
        return self.host.admission.admit(self.port_id, peer_ip)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Serve a connection `admit` counted in, and release it."""
        try:
            await self._serve(reader, writer)
        finally:
            self.host.admission.release(self.port_id, _peer_ip(writer))

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        host = self.host
        limits = host.limits
        stall = host.stall_state
        task = asyncio.current_task()
        if task is not None:
            host.track(task)
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if hasattr(writer.transport, "max_size"):
            # asyncio's selector transport allocates its whole read size (256 KiB) for every
            # recv; above glibc's mmap threshold that is an mmap/mremap/munmap per request.
            # Requests are small: a smaller read size keeps those allocations on the heap.
            setattr(writer.transport, "max_size", RECV_SIZE)  # noqa: B010
        writer.transport.set_write_buffer_limits(high=limits.write_high_water,
                                                 low=limits.write_low_water)
        local_port, peer_ip, peer_port = _key(writer)
        # The decoder refuses a header announcing more than a request of this port may carry,
        # so a half-sent huge frame never reserves memory.
        decoder = FrameDecoder(limits.request_payload(self.port_id), frames.MAX_PAYLOAD_BY_CODE.get(self.port_id))
        conn = Conn(self.port_id, local_port, peer_ip, peer_port, writer,
                    ServerSession(self.port_id, decoder), reader=reader)
        host.connections.add(conn)

        def session() -> int:
            return host.monitors.session_of(conn)

        reason = "client closed the connection"
        abort = False
        loop = asyncio.get_running_loop()

        def spared() -> bool:
            # Quiet between frames but watched by a monitor: the heartbeats vouch for it.
            return not decoder.buffered and host.monitors.watcher(conn.key) is not None

        # Until the first frame is complete, and whenever a frame is half-received, the peer
        # has a deadline; a connection between frames may stay quiet as long as it likes.
        deadline = FrameDeadline(reader, spared)
        deadline.set(loop.time() + limits.first_frame_timeout)
        try:
            while not conn.closing:
                delay = host.read_delay(self.port_id)
                if delay:
                    await asyncio.sleep(delay)
                try:
                    data = await reader.read(READ_SIZE)
                except TimeoutError:  # the deadline passed (FrameDeadline)
                    reason = (f"frame incomplete after {limits.frame_timeout:.0f} s"
                              if decoder.buffered else
                              f"no request within {limits.first_frame_timeout:.0f} s")
                    host.bad_input.note(peer_ip, "slow frame", f"{conn.label}: {reason}")
                    break
                if not data:
                    break
                if stall.active():
                    await stall.wait()
                try:
                    requests = conn.session.receive(data)
                except DecodeError as exc:
                    reason = f"bad frame: {exc}"
                    host.bad_input.note(peer_ip, "bad frame", f"{conn.label}: {exc}")
                    break
                if decoder.buffered:
                    if requests or deadline.when is None:
                        deadline.set(loop.time() + limits.frame_timeout)  # a new frame began
                else:
                    deadline.when = None  # between frames: no deadline
                # The write high-water mark is checked after each request that wrote a reply
                # (so unread replies stay within one reply of it) and once per read (what
                # others wrote meanwhile: records, events); a request with no reply (a
                # heartbeat, an ack) costs no check of its own.
                high = limits.write_high_water
                for req in requests:
                    reply = await answer(self.handlers, conn, req.seq, req.message,
                                         security=host.security, session=session,
                                         not_in_control=host.not_in_control_detail)
                    if reply is None:
                        if conn.closing:
                            break
                        continue
                    pieces = None
                    if isinstance(reply, Message) and _streamable(conn):
                        pieces = frame_pieces(reply, req.seq)
                    if pieces is None:
                        out = encode_answer(conn, req.message, req.seq, reply)
                        if out is not None:
                            conn.write(out)
                    elif not await self._write_pieces(conn, pieces, limits):
                        abort = True
                    if abort or conn.closing:
                        break
                    if conn.buffered > high and not await self._drain(conn, limits):
                        abort = True
                        break
                else:
                    if conn.buffered > high and not await self._drain(conn, limits):
                        abort = True
                if abort:
                    reason = f"replies unread for {limits.write_timeout:.0f} s"
                    break
        except ProtocolViolation as exc:
            reason = f"protocol violation: {exc}"
            host.bad_input.note(peer_ip, "protocol violation", f"{conn.label}: {exc}")
        except StreamError as exc:
            reason = f"reply not streamable: {exc}"
            log.error("%s: %s", conn.label, reason)
            abort = True
        except (ConnectionError, OSError) as exc:
            reason = f"connection error: {exc}"
        finally:
            deadline.cancel()
            conn.close(reason)
            if abort:
                writer.transport.abort()  # drop the unread replies rather than wait for them
            host.connections.forget(conn)
            host.monitors.unwatch(conn.key)
            if conn.monitor is not None:
                host.monitors.lost(conn.monitor, "monitor connection closed")


    async def _write_pieces(self, conn: Conn, pieces: Iterator[bytes], limits: Limits) -> bool:
        """Write a large reply piece by piece. Pieces are produced only while holding one of
        the camera's few stream slots (so many large replies at once cannot take turns long
        enough to delay a small request), for at most SLICE seconds before other peers get
        the loop; over the high-water mark the slot is given up while the peer reads (else
        False after the write timeout: its requests are not read meanwhile)."""
        streams = self.host.admission.streams
        it = iter(pieces)
        done = False
        while not done and not conn.closing:
            async with streams:
                start = time.perf_counter()
                while conn.buffered <= limits.write_high_water:
                    piece = next(it, None)
                    if piece is None:
                        done = True
                        break
                    conn.write(piece)
                    if conn.closing:
                        return True
                    if time.perf_counter() - start > SLICE:
                        await asyncio.sleep(0)  # let the other peers in
                        start = time.perf_counter()
            if conn.buffered > limits.write_high_water and not await self._drain(conn, limits):
                return False
        return True

    async def _drain(self, conn: Conn, limits: Limits) -> bool:
        """Wait until the peer has read its replies down to the low-water mark; False (and
        one rate-limited line) if it does not within the write timeout."""
        try:
            await asyncio.wait_for(conn.writer.drain(), limits.write_timeout)
        except TimeoutError:
            self.host.bad_input.note(conn.peer_ip, "unread replies",
                                     f"{conn.label}: replies unread for "
                                     f"{limits.write_timeout:.0f} s")
            return False
        return True


class FrameDeadline:
    """The frame deadline of one connection, kept by one timer rather than a timeout around
    each read (`asyncio.wait_for` makes a task and a timer per read): `set` notes when the
    peer must have sent its frame, `when = None` lifts it. The timer fires at the deadline (or
    early, after a later one was set: then it waits again); if the deadline still holds and
    `spared()` says no, the reader's next (or pending) read raises TimeoutError."""

    __slots__ = ("_handle", "_reader", "_spared", "when")

    def __init__(self, reader: asyncio.StreamReader, spared: Callable[[], bool]) -> None:
        self._reader = reader
        self._spared = spared
        self._handle: asyncio.TimerHandle | None = None
        self.when: float | None = None

    def set(self, when: float) -> None:
        self.when = when
        handle = self._handle
        if handle is not None and handle.when() <= when:
            return  # fires first, then waits for `when`
        if handle is not None:
            handle.cancel()
        self._handle = asyncio.get_running_loop().call_at(when, self._fire)

    def cancel(self) -> None:
        self.when = None
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _fire(self) -> None:
        self._handle = None
        when = self.when
        if when is None:
            return
        loop = asyncio.get_running_loop()
        if loop.time() < when:
            self._handle = loop.call_at(when, self._fire)
            return
        self.when = None
        if not self._spared():
            self._reader.set_exception(TimeoutError())


def _streamable(conn: Conn) -> bool:
    """Only a connection nothing else writes to (no monitor, reports, live video or IO
    events) may have a reply written in pieces: nothing can come between them."""
    return (conn.monitor is None and not conn.reports and conn.live_task is None
            and not conn.io_kinds)


class FramedUdpPort:
    """A framed UDP port: one request per datagram, through the pipeline; the reply (or error
    reply) goes back to the sender. UDP requests name their session in their payload."""

    def __init__(self, host: PortHost, port_id: str, handlers: PortHandlers[Datagram]) -> None:
        self.host = host
        self.port_id = port_id
        self.handlers = handlers
        self.transport: asyncio.DatagramTransport | None = None
        self.inflight: Counter[str] = Counter()
        """Requests of this port being served, per source address (see `Limits`)."""
        self.proven: Counter[str] = Counter()
        """Requests with a valid session proof being served outside `inflight`, per source."""
        self.refusals = ReplyBudget()
        """Error replies to requests that do not decode, rate-limited (no reflection)."""

    def send(self, data: bytes, addr: tuple[str, int]) -> None:
        if self.transport is not None:
            self.transport.sendto(data, addr)

    def datagram(self, data: bytes, addr: tuple[str, int]) -> None:
        if self.host.stall_state.active():
            return  # a deaf camera: the datagram is lost, as the client's retry expects
        try:
            frame = decode_datagram(data)
        except DecodeError as exc:
            self.host.bad_input.note(addr[0], "bad datagram",
                                     f"{self.port_id} port, from port {addr[1]}: {exc}")
            return
        cls = PORTS[self.port_id].by_code.get(frame.message_type)
        message: Message | UnknownMessage
        if cls is None:
            message = UnknownMessage(frame.message_type)
        else:
            if cls.DIRECTION == "from_camera" and cls.KIND == "event":
                return  # another camera's broadcast on the same subnet: not for us
            try:
                message = cls.decode(frame.payload)
            except DecodeError as exc:
                self.host.bad_input.note(addr[0], "bad datagram",
                                         f"{self.port_id} port, from port {addr[1]}: {exc}")
                self._undecodable(frame.seq, frame.message_type, exc, addr)
                return
        limits = self.host.limits
        source = addr[0]
        budget = self.inflight
        if (self.inflight[source] >= limits.max_udp_inflight_per_source
                or self.inflight.total() >= limits.max_udp_inflight):
            # A datagram flood: drop (counted, logged once per interval) rather than queue
            # an unbounded number of tasks; the client's retry covers a real request. A
            # request proving its session (a forger of the sender's address cannot) is served
            # from a budget of its own, so a flood forging the controller's address does not
            # drop the controller's requests.
            if self.proven[source] >= limits.max_udp_inflight_per_source or not self._proven(message, source):
                self.host.bad_input.note(source, "datagram dropped",
                                         f"{self.port_id} port: {self.inflight[source]} requests "
                                         "from this address in progress")
                return
            budget = self.proven
        budget[source] += 1
        task = asyncio.create_task(self._serve(frame.seq, message, addr))
        task.add_done_callback(lambda _t: self._done(budget, source))
        self.host.track(task)

    def _proven(self, message: Message | UnknownMessage, source: str) -> bool:
        """Whether `message` carries a session proof the pipeline will accept (its session
        logged in from `source`, the mac right, the counter not used yet), checked without
        taking the counter (the pipeline takes it)."""
        proof = None if isinstance(message, UnknownMessage) else auth.proof_of(message)
        if proof is None or not proof.session:
            return False
        s = self.host.security.session(proof.session)
        if s is None or s.ip != source or not s.window.check(proof.counter):
            return False
        return secrets.compare_digest(auth.message_mac(message, self.port_id, s.key), proof.mac)

    def _undecodable(self, seq: int, code: int, exc: DecodeError, addr: tuple[str, int]) -> None:
        """Answer a request whose payload does not decode with bad_request, naming what the
        port expects (an old client's cleartext login learns it needs login_start), so the
        sender is told rather than left to time out; at most a few a second per address
        (`ReplyBudget`), since the source of a datagram can be forged."""
        if not self.refusals.take(addr[0]):
            return
        hint = getattr(self.handlers, "undecodable_hint", None)
        why = hint(code) if callable(hint) else None
        detail = f"{why}: {exc}" if why else f"request does not decode: {exc}"
        self.send(error_frame(seq, code, enums.StatusCode.BAD_REQUEST, detail[:200]), addr)

    @staticmethod
    def _done(budget: Counter[str], source: str) -> None:
        budget[source] -= 1
        if budget[source] <= 0:
            del budget[source]

    async def _serve(self, seq: int, message: Message | UnknownMessage, addr: tuple[str, int]) -> None:
        ctx = Datagram(self.port_id, addr[0], addr[1])
        named = getattr(message, "session", 0)
        sid = named if isinstance(named, int) else 0
        try:
            out = await serve_request(self.handlers, ctx, seq, message,
                                      security=self.host.security, session=lambda: sid,
                                      not_in_control=self.host.not_in_control_detail)
        except ProtocolViolation as exc:
            # No connection to close: the sender gets the refusal instead.
            code = 0 if isinstance(message, UnknownMessage) else message.CODE or 0
            out = error_frame(seq, code, enums.StatusCode.BAD_REQUEST, str(exc))
        if out is not None:
            self.send(out, addr)


class LinePort:
    """A line port (the serial channels): the camera writes lines, the client only reads.
    One channel per port number of the port."""

    def __init__(self, host: PortHost, port_id: str, channels: int) -> None:
        self.host = host
        self.port_id = port_id
        host.connections.lines[port_id] = [set() for _ in range(channels)]

    def callback(self, channel: int) -> StreamCallback:
        async def cb(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await self.serve(channel, reader, writer)
        return cb

    def admit(self, peer_ip: str) -> bool:
        """Count a connection in as it is accepted (`bind_tcp`)."""
        return self.host.admission.admit(self.port_id, peer_ip)

    async def serve(self, channel: int, reader: asyncio.StreamReader,
                    writer: asyncio.StreamWriter) -> None:
        """Serve a connection `admit` counted in, and release it."""
        try:
            await self._serve(channel, reader, writer)
        finally:
            self.host.admission.release(self.port_id, _peer_ip(writer))

    async def _serve(self, channel: int, reader: asyncio.StreamReader,
                     writer: asyncio.StreamWriter) -> None:
        key = _key(writer)
        conns = self.host.connections
        conns.add_line(self.port_id, channel, key, writer)
        try:
            while await reader.read(4096):
                pass  # the camera only talks on these ports; input is ignored
        except (ConnectionError, OSError):
            pass
        finally:
            conns.forget_line(self.port_id, channel, key, writer)
            self.host.monitors.unwatch(key)
            writer.close()


class IdleTcpPort:
    """A port of the spec with no behaviour in the emulator (a text port nobody wrote a server
    for): connections are accepted and held, input is read and ignored, never refused."""

    def __init__(self, host: PortHost, port_id: str) -> None:
        self.host = host
        self.port_id = port_id
        self.writers: set[asyncio.StreamWriter] = set()

    def close(self) -> None:
        for w in list(self.writers):
            w.close()

    def admit(self, peer_ip: str) -> bool:
        """Count a connection in as it is accepted (`bind_tcp`)."""
        return self.host.admission.admit(self.port_id, peer_ip)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Serve a connection `admit` counted in, and release it."""
        try:
            await self._serve(reader, writer)
        finally:
            self.host.admission.release(self.port_id, _peer_ip(writer))

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self.host.track(task)
        self.writers.add(writer)
        log.info("%s: connection from %s; the emulator has no behaviour for this port",
                 self.port_id, writer.get_extra_info("peername"))
        try:
            while await reader.read(4096):
                pass
        except (ConnectionError, OSError):
            pass
        finally:
            self.writers.discard(writer)
            writer.close()
