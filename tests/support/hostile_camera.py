"""A fake VS-1 that misbehaves on purpose, for the client's hostile-camera tests.

It listens on loopback for every framed TCP port of the generated registry, the serial line
port and the UDP login port, each on a free port (``port_map`` says which, in the client's
form), in a thread of its own (so the ``vs1`` command can run in the test's thread). The
monitor port is honest by default (it answers hello and watch and sends heartbeats), so the
client gets as far as the port under test; the ``target`` port (or every port) then answers
each request with the chosen ``behaviour``:

- ``silent``: reads and never answers;
- ``trickle``: a reply header announcing 1,000 bytes, then one byte every ``trickle_s``;
- ``garbage``: bytes that are not a VS-1 frame (bad magic);
- ``huge_header``: a reply header announcing 4 GiB - 1 bytes, then nothing;
- ``huge_reply``: a reply header announcing ``huge_bytes`` (48 MiB) and that many bytes,
  written as fast as the client reads them;
- ``many_records``: to a PartQ fetch, a *valid* ``partq_records`` reply with ``records``
  records (far more than asked for); other requests get an honest default reply.

On the UDP port the same names apply per datagram (``trickle``: one-byte datagrams). Replies
are sent from one reused buffer, so the fake itself adds little to the test's memory figures.
The monitor can also answer only its first hello (``monitor="hello_once"``): later it trickles
instead of sending heartbeats, and later connections get no hello reply at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar, cast

from vs1kit.generated import enums, frames, types
from vs1kit.generated.monitor import Heartbeat, Hello
from vs1kit.generated.partq import PartqRecords
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import FrameDecoder, decode_datagram, encode_frame
from vs1kit.protocol.wire import DecodeError, Message

__all__ = ["BEHAVIOURS", "HostileCamera"]

T = TypeVar("T")

BEHAVIOURS = ("silent", "trickle", "garbage", "huge_header", "huge_reply", "many_records")

_MONITOR = next(pid for pid, p in PORTS.items() if Hello in p.messages)
_CHUNK = memoryview(bytes(1 << 20))
_GARBAGE = b"\xde\xad\xbe\xef" * 16


def _header(code: int, seq: int, length: int, flags: int = 0x01) -> bytes:
    """A frame header announcing ``length`` payload bytes (any u32: a hostile camera lies)."""
    return frames.encode_vs1_frame_header(code, seq, length, flags)


def _reply_code(request: type[Message] | None) -> int:
    resp = request.RESPONSE if request is not None else None
    return resp.CODE if resp is not None and resp.CODE is not None else 0x8000


def many_records_payload(records: int, datums: int = 4) -> bytes:
    """A valid partq_records payload with ``records`` records of ``datums`` int datums each."""
    descs = [types.DatumDesc(i + 1, 0, f"Tool{i}.Count") for i in range(datums)]
    recs = [types.Record(inspection=n + 1, timestamp_us=n, flags=enums.RecordFlags(0),
                         datums=[types.DatumValue(i + 1, 0, n) for i in range(datums)])
            for n in range(records)]
    return PartqRecords(more=False, datums=descs, records=recs).encode()


class HostileCamera:
    """See the module docstring. ``async with``-free: start() and stop() from any thread."""

    def __init__(self, behaviour: str, *, target: str | None = None, monitor: str = "honest",
                 trickle_s: float = 0.5, huge_bytes: int = 48 << 20, records: int = 60_000,
                 heartbeat_ms: int = 250, timeout_ms: int = 1000) -> None:
        if behaviour not in BEHAVIOURS:
            raise ValueError(f"unknown behaviour {behaviour!r}")
        self.behaviour = behaviour
        self.target = target
        self.monitor = monitor
        self.trickle_s = trickle_s
        self.huge_bytes = huge_bytes
        self.heartbeat_ms = heartbeat_ms
        self.timeout_ms = timeout_ms
        # Built before any measurement starts (the test's tracemalloc sees only the client).
        self.records_payload = many_records_payload(records) if behaviour == "many_records" else b""
        self.port_map: dict[int, int] = {}
        self.requests_seen = 0
        self.hellos = 0
        self.watched = asyncio.Event()
        """Set once the monitor answered a watch (hello_once starts trickling then)."""
        self._servers: list[asyncio.AbstractServer] = []
        self._udp: list[asyncio.DatagramTransport] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name="hostile-camera", daemon=True)

    # -- life cycle (from the test's thread) -------------------------------------------------
    def start(self) -> HostileCamera:
        self._thread.start()
        self._call(self._start())
        return self

    def stop(self) -> None:
        self._call(self._stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()

    def __enter__(self) -> HostileCamera:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _call(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(10)

    def cli_args(self) -> list[str]:
        args = ["--host", "127.0.0.1"]
        for spec, real in sorted(self.port_map.items()):
            args += ["--port-map", f"{spec}={real}"]
        return args

    async def _start(self) -> None:
        for pid, spec in PORTS.items():
            if spec.standard or spec.framing_kind == "text":
                continue
            for number in spec.numbers:
                if spec.transport == "tcp":
                    server = await asyncio.start_server(functools.partial(self._accept, pid), "127.0.0.1", 0)
                    self._servers.append(server)
                    self.port_map[number] = server.sockets[0].getsockname()[1]
                elif pid != "announce":
                    transport, _ = await self.loop.create_datagram_endpoint(
                        functools.partial(_Datagrams, self, pid), local_addr=("127.0.0.1", 0))
                    self._udp.append(transport)
                    self.port_map[number] = transport.get_extra_info("sockname")[1]

    async def _stop(self) -> None:
        for server in self._servers:
            server.close()
        for transport in self._udp:
            transport.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def _accept(self, port_id: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._spawn(self._serve(port_id, reader, writer))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = self.loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def hostile_on(self, port_id: str) -> bool:
        return self.target is None or self.target == port_id

    # -- TCP ---------------------------------------------------------------------------------
    async def _serve(self, port_id: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.transport.set_write_buffer_limits(high=256 * 1024)
        decoder = FrameDecoder()
        by_code = PORTS[port_id].by_code if PORTS[port_id].framing_kind == "frame" else {}
        honest_monitor = port_id == _MONITOR and not self.hostile_on(port_id)
        beating: asyncio.Task[None] | None = None
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    return
                try:
                    received = decoder.feed(data) if by_code else []
                except DecodeError:
                    return
                for frame in received:
                    request = by_code.get(frame.message_type)
                    if honest_monitor:
                        if request is None or request.RESPONSE is None:
                            continue  # the client's heartbeats and goodbye: nothing to answer
                        if request is Hello:
                            self.hellos += 1
                            if self.monitor == "hello_once" and self.hellos > 1:
                                continue  # no hello reply for a reconnect
                        writer.write(encode_frame(self._honest(request), frame.seq))
                        if request is not Hello:
                            self.watched.set()
                        if request is Hello and beating is None:
                            beating = asyncio.create_task(self._heartbeats(writer))
                        continue
                    self.requests_seen += 1
                    await self._answer(writer, request, frame.seq)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            if beating is not None:
                beating.cancel()
            writer.close()

    def _honest(self, request: type[Message]) -> Message:
        assert request.RESPONSE is not None
        reply = request.RESPONSE()
        for name, value in (("interval_ms", self.heartbeat_ms), ("timeout_ms", self.timeout_ms),
                            ("monitor_id", 1)):
            if hasattr(reply, name):
                setattr(reply, name, value)
        return reply

    async def _heartbeats(self, writer: asyncio.StreamWriter) -> None:
        counter = 0
        while not writer.is_closing():
            if self.monitor == "hello_once" and self.watched.is_set():
                # Alive bytes, but never a whole heartbeat: the client must not count them.
                await self._trickle(writer, encode_frame(Heartbeat(counter, 0), counter + 1))
                return
            counter += 1
            writer.write(encode_frame(Heartbeat(counter, counter * self.heartbeat_ms), counter))
            await asyncio.sleep(self.heartbeat_ms / 1000)

    async def _trickle(self, writer: asyncio.StreamWriter, data: bytes) -> None:
        for i in range(len(data)):
            if writer.is_closing():
                return
            writer.write(data[i:i + 1])
            await asyncio.sleep(self.trickle_s)

    async def _answer(self, writer: asyncio.StreamWriter, request: type[Message] | None, seq: int) -> None:
        code = _reply_code(request)
        b = self.behaviour
        if b == "silent":
            return
        if b == "garbage":
            writer.write(_GARBAGE)
        elif b == "huge_header":
            writer.write(_header(code, seq, 0xFFFFFFFF))
        elif b == "trickle":
            self._spawn(self._trickle(writer, _header(code, seq, 1000) + bytes(1000)))
        elif b == "huge_reply":
            writer.write(_header(code, seq, self.huge_bytes))
            left = self.huge_bytes
            while left > 0 and not writer.is_closing():
                n = min(left, len(_CHUNK))
                writer.write(_CHUNK[:n])
                left -= n
                await writer.drain()
        elif b == "many_records":
            if request is not None and request.RESPONSE is PartqRecords:
                writer.write(_header(code, seq, len(self.records_payload)))
                view = memoryview(self.records_payload)
                for k in range(0, len(view), 256 * 1024):
                    writer.write(view[k:k + 256 * 1024])
                    await writer.drain()
            elif request is not None and request.RESPONSE is not None:
                writer.write(encode_frame(request.RESPONSE(), seq))
        await writer.drain()


class _Datagrams(asyncio.DatagramProtocol):
    """The hostile camera's UDP port: the same behaviours, per datagram."""

    def __init__(self, cam: HostileCamera, port_id: str) -> None:
        self.cam = cam
        self.port_id = port_id
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # CPython's selector datagram transport does not subclass DatagramTransport.
        self.transport = cast(asyncio.DatagramTransport, transport)

    def datagram_received(self, data: bytes, addr: tuple[str | Any, int]) -> None:
        assert self.transport is not None
        with contextlib.suppress(DecodeError):
            frame = decode_datagram(data)
            self.cam.requests_seen += 1
            code = _reply_code(PORTS[self.port_id].by_code.get(frame.message_type))
            b = self.cam.behaviour
            if b == "garbage":
                self.transport.sendto(_GARBAGE, addr)
            elif b == "huge_header":
                self.transport.sendto(_header(code, frame.seq, 0xFFFFFFFF), addr)
            elif b in ("huge_reply", "many_records"):
                self.transport.sendto(_header(code, frame.seq, 60_000) + bytes(_CHUNK[:60_000]), addr)
            elif b == "trickle":
                self.transport.sendto(_header(code, frame.seq, 1000)[:1], addr)
