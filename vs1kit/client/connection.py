"""Thin asyncio adapters around the sans-IO core: one per socket.

:class:`FramedConnection` drives a :class:`~vs1kit.protocol.session.ClientSession` over TCP;
pending requests are futures keyed by sequence number and a lost connection fails all of them
at once. Replies are bounded (:mod:`vs1kit.client.replies`): a frame larger than the
connection's ceiling is refused at its header, a reply larger than its request's limit once that
much is buffered, and record replies are decoded a slice at a time. :class:`LineConnection` carries the serial ports' text lines and
:class:`DatagramClient` a UDP port (one request per datagram, retried on timeout).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from typing import cast

from vs1kit.generated.client_api import status_error
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import (
    HEADER_SIZE,
    MAX_PAYLOAD,
    Flags,
    Frame,
    FrameDecoder,
    LineDecoder,
    decode_datagram,
    encode_frame,
)
from vs1kit.protocol.session import ClientSession, ErrorReplyEvent, ProtocolError, Reply
from vs1kit.protocol.wire import DecodeError, Message

from .bufreader import BufferedFrameReader
from .errors import CameraUnreachable, ConnectionLost, ReplyTooLarge, RequestTimeout
from .replies import (
    SLICE_SECONDS,
    IncrementalDecoder,
    event_room,
    incremental_decoder,
    port_ceiling,
    request_limit,
)

__all__ = ["DatagramClient", "FramedConnection", "ImageConnection", "LineConnection", "open_tcp"]

EventHandler = Callable[[Message], None]
LostHandler = Callable[[str], None]


async def open_tcp(
    factory: Callable[[], asyncio.Protocol], host: str, port: int, timeout: float
) -> asyncio.Transport:
    """Connect, mapping every way of failing to :class:`CameraUnreachable`."""
    loop = asyncio.get_running_loop()
    try:
        transport, _ = await asyncio.wait_for(loop.create_connection(factory, host, port), timeout)
    except TimeoutError:
        raise CameraUnreachable(host, port, f"no answer within {timeout:g} s") from None
    except OSError as exc:
        raise CameraUnreachable(host, port, exc.strerror or str(exc)) from None
    assert isinstance(transport, asyncio.Transport)
    return transport


class _StreamBase(asyncio.Protocol):
    """Shared connection bookkeeping: transport, loss notification, last-heard time."""

    def __init__(self, port_id: str, on_lost: LostHandler | None) -> None:
        self.port_id = port_id
        self.transport: asyncio.Transport | None = None
        self.on_lost = on_lost
        self.closing = False
        self.lost_reason: str | None = None
        self.last_rx = 0.0
        self._failure: ConnectionLost | None = None
        self._loop = asyncio.get_running_loop()

    # -- asyncio.Protocol ----------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.last_rx = self._loop.time()
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # Requests are small and latency matters more than packing them.
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def connection_lost(self, exc: Exception | None) -> None:
        reason = self.lost_reason or (f"{exc}" if exc else "closed by the camera")
        self._lost(reason)

    # -- helpers -------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.lost_reason is None and self.transport is not None

    @property
    def local_port(self) -> int:
        assert self.transport is not None
        return int(self.transport.get_extra_info("sockname")[1])

    @property
    def remote_port(self) -> int:
        assert self.transport is not None
        return int(self.transport.get_extra_info("peername")[1])

    def write(self, data: bytes) -> None:
        if self.lost_reason is not None or self.transport is None:
            raise ConnectionLost(self.lost_reason or "not connected", self.port_id)
        self.transport.write(data)

    def close(self) -> None:
        """Close on purpose: pending requests fail, but no drop is reported."""
        self.closing = True
        self._lost("closed by the client")

    def drop(self, reason: str) -> None:
        """Close because the link as a whole is gone: pending requests fail with ``reason``;
        the camera client already knows, so no loss callback."""
        self.closing = True
        self._lost(reason)

    def abort(self, reason: str) -> None:
        """Tear down after a protocol violation or a watchdog verdict (reported as loss)."""
        self._lost(reason)

    def fail(self, error: ConnectionLost) -> None:
        """Tear down, failing what is pending with ``error`` itself (reported as loss)."""
        if self.lost_reason is None:
            self._failure = error
        self._lost(error.reason)

    def _lost(self, reason: str) -> None:
        if self.lost_reason is not None:
            return
        self.lost_reason = reason
        if self.transport is not None:
            self.transport.abort()
        self._on_lost(reason)
        if self.on_lost is not None and not self.closing:
            self.on_lost(reason)

    def _on_lost(self, reason: str) -> None:
        """Subclasses fail what is pending."""


class FramedConnection(_StreamBase):
    """One TCP connection to a VS-1 framed port.

    Its ceiling is the largest message the spec lets the camera send on the port, at most
    ``max_payload``: a frame header announcing more is refused before its body is buffered.
    Each request accepts at most the spec's largest reply to it (lowered by
    :func:`~vs1kit.client.replies.reply_limit`): while no event larger than that may be on
    its way, the connection gives up as soon as more is buffered; otherwise when the reply is
    complete.
    """

    def __init__(
        self,
        port_id: str,
        on_event: EventHandler | None = None,
        on_lost: LostHandler | None = None,
        *,
        zero_copy: bool = False,
        max_payload: int = MAX_PAYLOAD,
    ) -> None:
        super().__init__(port_id, on_lost)
        self.max_payload = port_ceiling(port_id, max_payload)
        """The ceiling: no frame larger than this is buffered."""
        self.session = ClientSession(port_id, decoder=FrameDecoder(self.max_payload))
        self.on_event = on_event
        self._futures: dict[int, asyncio.Future[Message]] = {}
        self._limits: dict[int, int] = {}
        """Requests (by seq) that accept less than the ceiling: their limit."""
        self._event_room = event_room(port_id, self.max_payload)
        """What a partial frame may hold whatever is pending (an event may be on its way)."""
        # Image payloads are decoded from a memoryview so the pixels stay in the frame's own
        # buffer: numpy then wraps them without a copy.
        self._zero_copy = zero_copy
        self._by_code = PORTS[port_id].by_code

    @classmethod
    async def open(
        cls,
        host: str,
        port: int,
        port_id: str,
        *,
        timeout: float,
        on_event: EventHandler | None = None,
        on_lost: LostHandler | None = None,
        zero_copy: bool = False,
        max_payload: int = MAX_PAYLOAD,
    ) -> FramedConnection:
        conn = cls(port_id, on_event, on_lost, zero_copy=zero_copy, max_payload=max_payload)
        await open_tcp(lambda: conn, host, port, timeout)
        return conn

    def data_received(self, data: bytes) -> None:
        self.last_rx = self._loop.time()
        decoder = self.session.decoder
        try:
            on_raw = self._on_raw
            for f in decoder.feed(data):
                on_raw(f.message_type, f.seq, f.flags, f.payload)
        except (DecodeError, ProtocolError) as exc:
            # The byte stream cannot be trusted past this point: drop the connection.
            self._protocol_error(exc)
            return
        if decoder.buffered > self._event_room + HEADER_SIZE:
            self._check_partial(decoder.buffered)

    def _protocol_error(self, exc: DecodeError | ProtocolError) -> None:
        if isinstance(exc, DecodeError) and exc.message == "Vs1FrameHeader" and exc.path == "length":
            self.fail(ReplyTooLarge(exc.reason, self.port_id))  # refused at the header
        else:
            self.abort(f"protocol error: {exc}")

    def _check_partial(self, buffered: int) -> None:
        """A frame is partly received: within what some pending request accepts?"""
        if self.lost_reason is not None:
            return
        limits = [self._limits.get(seq, self.max_payload) for seq in self._futures]
        allowed = max([self._event_room, *limits])
        if buffered <= allowed + HEADER_SIZE:
            return
        if len(self._futures) == 1:
            seq = next(iter(self._futures))
            request = self.session.pending.get(seq)
            name = type(request).__name__ if request is not None else "a request"
            what = f"{buffered} bytes of the reply to {name} buffered, its limit is {allowed}"
        else:
            what = f"{buffered} bytes of a frame buffered, no pending request accepts more than {allowed}"
        self.fail(ReplyTooLarge(what, self.port_id))

    def _on_raw(self, message_type: int, seq: int, flags: int, payload: bytes | memoryview) -> None:
        cls = self._by_code.get(message_type)
        if cls is not None and cls.KIND == "event":
            # Events (records, live frames, heartbeats) do not touch the session's table of
            # pending requests: decode them directly, with the port's code table looked up
            # once per connection rather than once per frame (the hot path: nothing else first).
            self._event(cls.decode(memoryview(payload) if self._zero_copy else payload))
            return
        limit = self._limits.get(seq)
        if limit is not None and len(payload) > limit and seq in self._futures:
            request = self.session.pending.get(seq)
            name = type(request).__name__ if request is not None else "a request"
            self.fail(ReplyTooLarge(f"the reply to {name} is {len(payload)} bytes, its limit is {limit}",
                                    self.port_id))
            return
        if cls is not None and cls.KIND == "response" and not flags & Flags.ERROR \
                and seq in self.session.pending:
            request = self.session.pending[seq]
            decoder = incremental_decoder(request, cls, payload) if cls is request.RESPONSE else None
            if decoder is not None:
                # Records: decoded a slice at a time, at most as many as were asked for.
                del self.session.pending[seq]
                self._decode_slice(seq, decoder)
                return
        if self._zero_copy and cls is not None and seq in self.session.pending and not flags & Flags.ERROR:
            # A picture: decoded from a memoryview (zero copy), matched like session.on_frame.
            request = self.session.pending.pop(seq)
            if request.RESPONSE is not None and cls is not request.RESPONSE:
                raise ProtocolError(f"{type(request).__name__} answered by {cls.__name__}")
            self._resolve(seq, cls.decode(memoryview(payload)), None)
            return
        frame = Frame(message_type, seq, flags, payload if isinstance(payload, bytes) else bytes(payload))
        result = self.session.on_frame(frame)
        if isinstance(result, Reply):
            self._resolve(result.seq, result.message, None)
        elif isinstance(result, ErrorReplyEvent):
            err = result.error
            self._resolve(result.seq, None, status_error(err.status, err.detail, type(result.request).__name__))
        else:
            self._event(result.message)

    def _decode_slice(self, seq: int, decoder: IncrementalDecoder) -> None:
        fut = self._futures.get(seq)
        if fut is None or fut.done() or self.lost_reason is not None:
            return  # the caller gave up, or the connection is gone
        try:
            message = decoder.run(SLICE_SECONDS)
        except DecodeError as exc:
            self._protocol_error(exc)
            return
        if message is None:
            self._loop.call_soon(self._decode_slice, seq, decoder)
        else:
            self._resolve(seq, message, None)

    def _event(self, message: Message) -> None:
        if self.on_event is not None:
            self.on_event(message)

    def _resolve(self, seq: int, message: Message | None, error: Exception | None) -> None:
        fut = self._futures.pop(seq, None)
        if fut is None or fut.done():
            return  # the caller gave up (timeout or cancellation)
        if error is not None:
            fut.set_exception(error)
        else:
            assert message is not None
            fut.set_result(message)

    async def request(self, message: Message, timeout: float) -> Message:
        """Send ``message`` and wait for its reply (bounded by the current ``reply_limit``)."""
        seq, data = self.session.request(message)
        fut: asyncio.Future[Message] = self._loop.create_future()
        self._futures[seq] = fut
        limit = request_limit(self.port_id, type(message), self.max_payload)
        if limit < self.max_payload:
            self._limits[seq] = limit
        try:
            self.write(data)
            return await asyncio.wait_for(fut, timeout)
        except TimeoutError:
            raise RequestTimeout(
                f"{type(message).__name__}: no reply from the {self.port_id} port within {timeout:g} s"
            ) from None
        finally:
            self._futures.pop(seq, None)
            self._limits.pop(seq, None)
            self.session.pending.pop(seq, None)

    def send(self, message: Message) -> None:
        """Send a client event (heartbeat, record_ack...): no reply expected."""
        _, data = self.session.request(message)
        self.write(data)

    def _on_lost(self, reason: str) -> None:
        # Fail every pending request at once: nobody waits for a reply that cannot come.
        self.session.fail_all()
        futures, self._futures = self._futures, {}
        self._limits.clear()
        error = self._failure
        for fut in futures.values():
            if not fut.done():
                fut.set_exception(error if error is not None else ConnectionLost(reason, self.port_id))


class ImageConnection(FramedConnection, asyncio.BufferedProtocol):
    """A framed connection for a port that carries pictures: the socket receives straight
    into each large payload's own buffer (:class:`BufferedFrameReader`), which numpy then
    wraps, so a live frame is never copied after the kernel hands it over."""

    def __init__(
        self,
        port_id: str,
        on_event: EventHandler | None = None,
        on_lost: LostHandler | None = None,
        *,
        zero_copy: bool = True,
        max_payload: int = MAX_PAYLOAD,
    ) -> None:
        super().__init__(port_id, on_event, on_lost, zero_copy=True, max_payload=max_payload)
        self._reader = BufferedFrameReader(max_payload=self.max_payload)

    def get_buffer(self, sizehint: int) -> memoryview:
        return self._reader.get_buffer()

    def buffer_updated(self, nbytes: int) -> None:
        self.last_rx = self._loop.time()
        try:
            for message_type, seq, flags, payload in self._reader.buffer_updated(nbytes):
                self._on_raw(message_type, seq, flags, payload)
        except (DecodeError, ProtocolError) as exc:
            # The byte stream cannot be trusted past this point: drop the connection.
            self._protocol_error(exc)


class LineConnection(_StreamBase):
    """A serial port's TCP stream: the camera writes text lines, the client only reads."""

    def __init__(self, port_id: str, on_line: Callable[[str], None], on_lost: LostHandler | None = None) -> None:
        super().__init__(port_id, on_lost)
        self.decoder = LineDecoder(port_id)
        self.on_line = on_line

    def data_received(self, data: bytes) -> None:
        self.last_rx = self._loop.time()
        try:
            lines = self.decoder.feed(data)
        except DecodeError as exc:
            self.abort(f"protocol error: {exc}")
            return
        for line in lines:
            self.on_line(line.decode("latin-1"))


class DatagramClient(asyncio.DatagramProtocol):
    """Requests over a VS-1 UDP port: one frame per datagram, replies matched by seq.

    UDP may lose either datagram, so a request is sent again (same seq) when no reply came in
    ``attempt_timeout``; a late duplicate reply is ignored.
    """

    def __init__(self, port_id: str, host: str, port: int) -> None:
        self.port_id = port_id
        self.host = host
        self.port = port
        self.session = ClientSession(port_id)
        self.transport: asyncio.DatagramTransport | None = None
        self._futures: dict[int, asyncio.Future[Message]] = {}
        self._error: Exception | None = None

    @classmethod
    async def open(cls, port_id: str, host: str, port: int) -> DatagramClient:
        loop = asyncio.get_running_loop()
        proto = cls(port_id, host, port)
        try:
            await loop.create_datagram_endpoint(lambda: proto, remote_addr=(host, port))
        except OSError as exc:
            raise CameraUnreachable(host, port, exc.strerror or str(exc)) from None
        return proto

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # CPython's selector datagram transport does not subclass DatagramTransport.
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | object, int]) -> None:
        try:
            result = self.session.on_frame(decode_datagram(data))
        except (DecodeError, ProtocolError):
            return  # garbage or a late duplicate: UDP has no stream to protect
        fut = self._futures.get(result.seq)
        if fut is None or fut.done():
            return
        if isinstance(result, Reply):
            fut.set_result(result.message)
        elif isinstance(result, ErrorReplyEvent):
            err = result.error
            fut.set_exception(status_error(err.status, err.detail, type(result.request).__name__))

    def error_received(self, exc: Exception) -> None:
        # ICMP port unreachable shows up here: nobody listens, fail fast instead of retrying.
        for fut in self._futures.values():
            if not fut.done():
                fut.set_exception(CameraUnreachable(self.host, self.port, exc.__class__.__name__))

    def connection_lost(self, exc: Exception | None) -> None:
        for fut in self._futures.values():
            if not fut.done():
                fut.set_exception(ConnectionLost("socket closed", self.port_id))

    async def request(self, message: Message, attempt_timeout: float, attempts: int, *,
                      prepare: Callable[[Message], Message] | None = None) -> Message:
        """``prepare`` (e.g. signing a session proof) runs for every attempt: a retry carries
        the same seq but may differ in its bytes (a fresh counter)."""
        assert self.transport is not None
        seq, data = self.session.request(prepare(message) if prepare is not None else message)
        fut: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        self._futures[seq] = fut
        try:
            for attempt in range(attempts):
                if attempt and prepare is not None:
                    again = prepare(message)
                    self.session.pending[seq] = again
                    data = encode_frame(again, seq)
                self.transport.sendto(data)
                # asyncio.wait, not wait_for: a timed-out attempt must leave the future alive
                # for the next attempt (the reply to the first datagram may still arrive).
                done, _ = await asyncio.wait({fut}, timeout=attempt_timeout)
                if done:
                    return fut.result()
                # the reply may still come for this seq: keep it pending across attempts
                self.session.pending.setdefault(seq, message)
            raise CameraUnreachable(
                self.host, self.port, f"no reply to {type(message).__name__} after {attempts} attempts"
            )
        finally:
            self._futures.pop(seq, None)
            self.session.pending.pop(seq, None)

    @staticmethod
    async def send_once(host: str, port: int, message: Message) -> None:
        """One datagram with no reply expected, from a socket of its own."""
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, remote_addr=(host, port))
        try:
            transport.sendto(encode_frame(message, 1))
        finally:
            transport.close()

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()
