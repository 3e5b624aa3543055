"""A minimal test client over the sans-IO ClientSession (the real client library is separate).

Kept deliberately small: one framed TCP connection (`Link`), a UDP request helper, and a
connection monitor that heartbeats in the background. Emulators come from `support.emulator`.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

from vs1kit.emulator import CameraServer
from vs1kit.generated import frames, login, monitor, types
from vs1kit.protocol import auth
from vs1kit.protocol.framing import decode_datagram, decode_message, encode_frame
from vs1kit.protocol.session import ClientSession, ErrorReplyEvent, Event, Reply
from vs1kit.protocol.wire import Message


class CameraError(Exception):
    def __init__(self, error: Any) -> None:
        self.status = int(error.status)
        self.detail = error.detail
        super().__init__(f"status {self.status}: {self.detail}")


class Link:
    """One framed TCP connection to a camera port."""

    def __init__(self, port_id: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.port_id = port_id
        self.reader = reader
        self.writer = writer
        self.session = ClientSession(port_id)
        self.events: asyncio.Queue[Message] = asyncio.Queue()
        self._waiting: dict[int, asyncio.Future[Any]] = {}
        self.closed = asyncio.Event()
        self._task = asyncio.create_task(self._read())

    @classmethod
    async def open(cls, cam: CameraServer, port_id: str, source: str | None = None) -> Link:
        local = (source, 0) if source is not None else None
        r, w = await asyncio.open_connection(cam.host, cam.port(port_id), local_addr=local)
        return cls(port_id, r, w)

    @property
    def local_port(self) -> int:
        return int(self.writer.get_extra_info("sockname")[1])

    @property
    def remote_port(self) -> int:
        return int(self.writer.get_extra_info("peername")[1])

    async def _read(self) -> None:
        try:
            while True:
                data = await self.reader.read(1 << 20)
                if not data:
                    break
                for item in self.session.receive(data):
                    if isinstance(item, Event):
                        self.events.put_nowait(item.message)
                        continue
                    fut = self._waiting.pop(item.seq, None)
                    if fut is not None and not fut.done():
                        fut.set_result(item)
        except (ConnectionError, OSError):
            pass
        finally:
            self.closed.set()
            for fut in self._waiting.values():
                if not fut.done():
                    fut.set_exception(ConnectionError("connection closed"))

    async def request(self, message: Message, timeout: float = 5.0) -> Any:
        seq, data = self.session.request(message)
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting[seq] = fut
        self.writer.write(data)
        item = await asyncio.wait_for(fut, timeout)
        if isinstance(item, ErrorReplyEvent):
            raise CameraError(item.error)
        assert isinstance(item, Reply)
        return item.message

    def send(self, message: Message) -> None:
        _seq, data = self.session.request(message)
        self.writer.write(data)

    async def next_event(self, cls: type[Message] | None = None, timeout: float = 5.0) -> Any:
        while True:
            ev = await asyncio.wait_for(self.events.get(), timeout)
            if cls is None or isinstance(ev, cls):
                return ev

    async def close(self) -> None:
        self._task.cancel()
        with contextlib.suppress(BaseException):
            await self._task
        self.writer.close()
        with contextlib.suppress(Exception):
            await self.writer.wait_closed()


async def udp_request(cam: CameraServer, message: Message, seq: int = 1,
                      source: str = "127.0.0.1", timeout: float = 3.0) -> Any:
    """One request on the message's own UDP port; returns the reply or raises CameraError."""
    loop = asyncio.get_running_loop()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((source, 0))
    sock.setblocking(False)
    try:
        await loop.sock_sendto(sock, encode_frame(message, seq), (cam.host, cam.port(message.PORT)))
        data = await asyncio.wait_for(loop.sock_recv(sock, 65535), timeout)
    finally:
        sock.close()
    frame = decode_datagram(data)
    assert frame.seq == seq
    reply = decode_message(message.PORT, frame)
    if frame.is_error:
        raise CameraError(reply)
    return reply


class UdpEndpoint:
    """One UDP socket (fixed source ip:port, as a login's challenge requires)."""

    def __init__(self, cam: CameraServer, source: str = "127.0.0.1") -> None:
        self.cam = cam
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((source, 0))
        self.sock.setblocking(False)
        self.source = source
        self._seq = 0

    async def request(self, message: Message, timeout: float = 3.0) -> Any:
        loop = asyncio.get_running_loop()
        self._seq += 1
        await loop.sock_sendto(self.sock, encode_frame(message, self._seq),
                               (self.cam.host, self.cam.port(message.PORT)))
        while True:
            data = await asyncio.wait_for(loop.sock_recv(self.sock, 65535), timeout)
            frame = decode_datagram(data)
            if frame.seq == self._seq:
                break
        reply = decode_message(message.PORT, frame)
        if frame.is_error:
            raise CameraError(reply)
        return reply

    def close(self) -> None:
        self.sock.close()


class WireSession:
    """A logged-in session: its id and a signer for its proofs (the key stays inside)."""

    def __init__(self, session: int, key: bytes, ip: str) -> None:
        self.id = session
        self.signer = auth.SessionSigner(session, key)
        self.ip = ip

    def sign(self, message: Any, port_id: str | None = None) -> Any:
        return self.signer.sign(message, port_id or message.PORT)

    def proof(self, message: Any, port_id: str) -> types.SessionProof:
        """A fresh proof for `message` on `port_id`."""
        return self.signer.sign(message, port_id).auth  # type: ignore[no-any-return]


async def udp_login(cam: CameraServer, user: str = "admin", password: str = "admin",
                    source: str = "127.0.0.1") -> WireSession:
    """The two-round-trip login from one socket; raises CameraError on refusal."""
    ep = UdpEndpoint(cam, source)
    try:
        client = auth.ClientLogin(user, password)
        ch = await ep.request(login.LoginStart(user=user, client_nonce=client.client_nonce))
        proof = client.answer(bytes(ch.server_nonce), bytes(ch.salt), ch.iterations, int(ch.kdf),
                              source)
        reply = await ep.request(login.Login(user=user, client_nonce=client.client_nonce,
                                             server_nonce=ch.server_nonce, proof=proof))
        key = client.finish(bytes(reply.server_signature))
        return WireSession(int(reply.session), key, source)
    finally:
        ep.close()


async def bind(link: Link, session: WireSession) -> Any:
    """bind_session on a link (its first request)."""
    return await link.request(session.sign(frames.BindSession(), link.port_id))


class MonitoredClient:
    """A client with a connection monitor: hello, watch each link, heartbeat in background."""

    def __init__(self, cam: CameraServer, name: str = "test", source: str = "127.0.0.1") -> None:
        self.cam = cam
        self.name = name
        self.source = source
        """The client's address: its login, monitor and links all come from it."""
        self.mon: Link | None = None
        self.links: list[Link] = []
        self.heartbeat = True
        self._hb: asyncio.Task[None] | None = None
        self.session = 0
        self.wire: WireSession | None = None
        """The login session (None: anonymous)."""
        self.interval_ms = 200

    def _hello(self) -> monitor.Hello:
        hello = monitor.Hello(interval_ms=self.interval_ms, client_name=self.name)
        return self.wire.sign(hello, "monitor") if self.wire is not None else hello

    async def connect(self, session: WireSession | None = None,
                      interval_ms: int = 200) -> monitor.HelloAck:
        """Open the monitor: for `session` (hello with its proof), or anonymous."""
        self.mon = await Link.open(self.cam, "monitor", self.source)
        self.wire = session
        self.session = session.id if session is not None else 0
        self.interval_ms = interval_ms
        ack = await self.mon.request(self._hello())
        self._hb = asyncio.create_task(self._beat(ack.interval_ms / 1000))
        return ack  # type: ignore[no-any-return]

    async def login(self, password: str = "admin") -> WireSession:
        """Log in (before `connect`, so the monitor and every link belong to the session)."""
        self.wire = await udp_login(self.cam, password=password, source=self.source)
        self.session = self.wire.id
        return self.wire

    async def _beat(self, interval: float) -> None:
        n = 0
        assert self.mon is not None
        while True:
            await asyncio.sleep(interval)
            if self.heartbeat:
                n += 1
                self.mon.send(monitor.Heartbeat(counter=n, uptime_ms=n))

    async def open(self, port_id: str) -> Link:
        """A link to `port_id`, bound to the session (if logged in) and watched."""
        link = await Link.open(self.cam, port_id, self.source)
        assert self.mon is not None
        if self.wire is not None:
            await bind(link, self.wire)
        await self.mon.request(monitor.Watch(port=link.remote_port, client_port=link.local_port))
        self.links.append(link)
        return link

    async def take_control(self) -> Any:
        assert self.wire is not None
        return await udp_request(self.cam, self.wire.sign(login.TakeControl()), source=self.source)

    async def login_and_control(self, password: str = "admin") -> int:
        """Log in, open the monitor for the session (or re-open it: a monitor's session is
        fixed by its hello) and take control."""
        await self.login(password)
        if self.mon is not None:
            if self._hb is not None:
                self._hb.cancel()
            await self.mon.close()
        await self.connect(self.wire, self.interval_ms)
        ctl = await self.take_control()
        assert ctl.in_control, ctl
        return self.session

    async def close(self) -> None:
        if self._hb is not None:
            self._hb.cancel()
        for link in self.links:
            await link.close()
        if self.mon is not None:
            await self.mon.close()
