"""The asyncio client of one VS-1 camera.

``Camera`` implements the generated request surface (:class:`CameraRequests`, one coroutine
per request message) on top of lazily opened connections:

- the connection monitor (TCP 49079) is opened first and says hello; every other TCP
  connection is then announced to it with ``watch``. Heartbeats go both ways; the camera is
  declared gone when it has been silent for the monitor's timeout, when a socket closes or
  when it says goodbye. That is reported as a :class:`~vs1kit.client.events.Dropped` event
  within the timeout (2 s by default) and every pending request fails at once with
  :class:`~vs1kit.client.errors.ConnectionLost`.
- after a drop a supervisor reconnects with exponential backoff and jitter, says hello with
  the same login session (logging in again if the camera forgot it), takes control back if it
  was held, reopens report connections (their streams backfill what they missed from PartQ),
  IO subscriptions, serial channels and live video, then reports
  :class:`~vs1kit.client.events.Restored`.
- the login port (UDP 49493) is used through a datagram endpoint, with retries.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import random
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from vs1kit.generated import enums
from vs1kit.generated import types as vtypes
from vs1kit.generated.acquire import LiveFrame
from vs1kit.generated.client_api import (
    CameraRequests,
    ControlHeldError,
    NotLoggedInError,
)
from vs1kit.generated.io import IoChanged, SubscribeAck
from vs1kit.generated.login import ControlReply, LoginAck, LoginReply, Logout, NetworkParams
from vs1kit.generated.monitor import Goodbye, Heartbeat, Hello, HelloAck, Watch
from vs1kit.generated.reports import ReportRecord
from vs1kit.generated.rpc import RpcAck
from vs1kit.protocol.framing import encode_frame
from vs1kit.protocol.wire import CameraStatusError, Message

from . import ftp
from .connection import DatagramClient, FramedConnection, LineConnection, open_tcp
from .errors import ClientError, ConnectionLost, JobFileError
from .events import ClientEvent, Dropped, ReconnectFailed, Restored
from .images import Image, LiveStream
from .inbox import Inbox
from .ports import PortMap
from .reports import ReportStream

__all__ = ["Camera", "EventStream", "IoEventStream", "SerialStream"]

EventListener = Callable[[ClientEvent], None]

_NO_KINDS = enums.SubscribeKinds(0)
_RECONNECT_ERRORS = (ClientError, CameraStatusError, OSError, TimeoutError)


class EventStream:
    """``async for event in camera.events()``: the link events from the moment of the call."""

    def __init__(self, camera: Camera) -> None:
        self._camera = camera
        self._inbox: Inbox[ClientEvent] = Inbox()

    def __aiter__(self) -> EventStream:
        return self

    async def __anext__(self) -> ClientEvent:
        return await self._inbox.get()

    def put(self, event: ClientEvent) -> None:
        self._inbox.put(event)

    def end(self) -> None:
        self._inbox.end()

    def close(self) -> None:
        self._camera._event_streams.discard(self)
        self._inbox.end()


class IoEventStream:
    """``async for change in camera.io_events()``: io_changed events of the subscription."""

    def __init__(self, camera: Camera) -> None:
        self._camera = camera
        self._inbox: Inbox[IoChanged] = Inbox(maxlen=10_000)

    def __aiter__(self) -> IoEventStream:
        return self

    async def __anext__(self) -> IoChanged:
        return await self._inbox.get()

    def put(self, msg: IoChanged) -> None:
        self._inbox.put(msg)

    def end(self) -> None:
        self._inbox.end()

    def close(self) -> None:
        self._camera._io_streams.discard(self)
        self._inbox.end()


class SerialStream:
    """``async for line in camera.serial(1)``: the formatted output strings of a channel."""

    def __init__(self, camera: Camera, channel: int) -> None:
        self.camera = camera
        self.channel = channel
        self._inbox: Inbox[str] = Inbox(maxlen=100_000)
        self._conn: LineConnection | None = None

    def __aiter__(self) -> SerialStream:
        return self

    async def __anext__(self) -> str:
        return await self._inbox.get()

    def _line(self, text: str) -> None:
        self._inbox.put(text)

    def _fail(self, error: BaseException) -> None:
        self._inbox.fail(error)

    def end(self) -> None:
        self._inbox.end()

    async def aclose(self) -> None:
        self.camera._serial.pop(self.channel, None)
        if self._conn is not None:
            self._conn.close()
        self._inbox.end()

    async def __aenter__(self) -> SerialStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class Camera(CameraRequests):
    """One camera; see the module docstring. Use ``async with Camera(host) as cam:``."""

    def __init__(
        self,
        host: str,
        *,
        port_offset: int = 0,
        port_map: Mapping[int, int] | None = None,
        client_name: str = "vs1kit",
        heartbeat_interval: float = 0.5,
        timeout: float = 5.0,
        connect_timeout: float = 3.0,
        drop_timeout: float | None = None,
        auto_reconnect: bool = True,
        reconnect_initial: float = 0.1,
        reconnect_max: float = 5.0,
        udp_attempts: int = 4,
        udp_attempt_timeout: float = 0.5,
        user: str = "admin",
        password: str | None = None,
    ) -> None:
        self.host = host
        self.ports = PortMap(port_offset, dict(port_map or {}))
        self.client_name = client_name
        self.heartbeat_interval = heartbeat_interval
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.auto_reconnect = auto_reconnect
        self.reconnect_initial = reconnect_initial
        self.reconnect_max = reconnect_max
        self.udp_attempts = udp_attempts
        self.udp_attempt_timeout = udp_attempt_timeout
        self.user = user
        self.password = password
        self.session = 0
        """Login session (0 until logged in)."""
        self.monitor_id = 0
        self.in_control = False
        self._drop_timeout_override = drop_timeout
        self._drop_timeout = drop_timeout or 2.0
        self._interval = heartbeat_interval
        self._state = "idle"
        self._gen = 0  # bumped on every drop: callbacks of older connections are ignored
        self._monitor: FramedConnection | None = None
        self._conns: dict[tuple[str, int], FramedConnection] = {}
        self._locks: dict[tuple[str, int], asyncio.Lock] = {}
        self._connect_lock: asyncio.Lock | None = None
        self._udp: DatagramClient | None = None
        self._heartbeat_task: asyncio.Task[None] | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._restored: asyncio.Future[None] | None = None
        self._reports: dict[int, ReportStream] = {}
        self._report_ids = itertools.count(1)
        self._live: LiveStream | None = None
        self._io_kinds = enums.SubscribeKinds(0)
        self._io_streams: set[IoEventStream] = set()
        self._serial: dict[int, SerialStream] = {}
        self._event_streams: set[EventStream] = set()
        self._listeners: list[EventListener] = []
        self.drops = 0
        self.reconnects = 0
        self._control_before_drop = False

    # ------------------------------------------------------------------------------------------
    # life cycle
    # ------------------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        """idle (not connected yet), connected, dropped (reconnecting) or closed."""
        return self._state

    @property
    def connected(self) -> bool:
        return self._state == "connected"

    async def __aenter__(self) -> Camera:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open the connection monitor (hello). Other connections open on first use."""
        if self._state == "closed":
            raise ClientError("this Camera is closed")
        if self._state == "dropped":
            await self.wait_restored()
            return
        if self._connect_lock is None:
            self._connect_lock = asyncio.Lock()
        async with self._connect_lock:
            if self._state == "connected" and self._monitor is not None and self._monitor.is_open:
                return
            await self._open_monitor()
            self._state = "connected"

    async def close(self) -> None:
        """Say goodbye, release control and the login session (best effort), close everything."""
        if self._state == "closed":
            return
        was_connected = self._state == "connected"
        if was_connected and self.in_control and self.session:
            with contextlib.suppress(*_RECONNECT_ERRORS):
                await asyncio.wait_for(self.release_control(), 1.0)
        self._state = "closed"
        self._gen += 1
        for task in (self._supervisor, self._heartbeat_task):
            if task is not None and task is not asyncio.current_task():
                task.cancel()
        if self._monitor is not None and self._monitor.is_open:
            with contextlib.suppress(ConnectionLost):
                self._monitor.send(Goodbye(enums.GoodbyeReason.CLIENT_CLOSING))
        self._close_connections()
        if self.session and self._udp is not None:
            with contextlib.suppress(*_RECONNECT_ERRORS):
                await self._udp.request(Logout(self.session), 0.3, 1)
        if self._udp is not None:
            self._udp.close()
            self._udp = None
        closed = ConnectionLost("the client closed the camera")
        for stream in list(self._reports.values()):
            stream._end()
        if self._live is not None:
            self._live._fail(closed)
        for serial in list(self._serial.values()):
            serial.end()
        for io_stream in list(self._io_streams):
            io_stream.end()
        for ev in list(self._event_streams):
            ev.end()
        if self._restored is not None and not self._restored.done():
            self._restored.set_exception(closed)
            self._restored.exception()  # mark retrieved: nobody may be waiting

    def _close_connections(self, reason: str = "closed by the client") -> None:
        conns: list[FramedConnection | LineConnection] = list(self._conns.values())
        if self._monitor is not None:
            conns.append(self._monitor)
        conns.extend(s._conn for s in self._serial.values() if s._conn is not None)
        self._conns.clear()
        self._monitor = None
        for conn in conns:
            conn.drop(reason)
        if self._heartbeat_task is not None and self._heartbeat_task is not asyncio.current_task():
            self._heartbeat_task.cancel()
        self._heartbeat_task = None

    # ------------------------------------------------------------------------------------------
    # events
    # ------------------------------------------------------------------------------------------
    def events(self) -> EventStream:
        """An async iterator of link events (Dropped, Restored, Gap...) from now on."""
        stream = EventStream(self)
        self._event_streams.add(stream)
        return stream

    def add_listener(self, listener: EventListener) -> None:
        """Call ``listener(event)`` (on the event loop) for every link event."""
        self._listeners.append(listener)

    def remove_listener(self, listener: EventListener) -> None:
        self._listeners.remove(listener)

    def _emit(self, event: ClientEvent) -> None:
        for stream in self._event_streams:
            stream.put(event)
        for listener in list(self._listeners):
            listener(event)

    async def wait_restored(self, timeout: float | None = None) -> None:
        """Return once the link is up; ConnectionLost if it will not come back."""
        if self._state in ("connected", "idle"):
            return
        if self._state == "closed" or self._restored is None:
            raise ConnectionLost("the camera is closed" if self._state == "closed" else "link down")
        await asyncio.wait_for(asyncio.shield(self._restored), timeout)

    # ------------------------------------------------------------------------------------------
    # monitor, drop detection, reconnect
    # ------------------------------------------------------------------------------------------
    async def _open_monitor(self) -> None:
        gen = self._gen
        conn = await FramedConnection.open(
            self.host, self.ports.number("monitor"), "monitor", timeout=self.connect_timeout,
            on_event=lambda m: self._on_monitor_event(m, gen), on_lost=lambda r: self._on_link_lost(r, gen),
        )
        try:
            try:
                await self._hello(conn)
            except NotLoggedInError:
                # The camera forgot our session (it restarted): log in again if we can.
                self.session = 0
                if self.password is not None:
                    await self._login_udp(self.user, self.password)
                await self._hello(conn)
        except BaseException:
            conn.close()
            raise
        if gen != self._gen:
            conn.close()
            raise ConnectionLost("dropped while saying hello", "monitor")
        self._monitor = conn
        self._heartbeat_task = asyncio.create_task(self._heartbeat(conn, gen), name="vs1-heartbeat")

    async def _hello(self, conn: FramedConnection) -> HelloAck:
        msg = Hello(self.session, max(1, int(self.heartbeat_interval * 1000)), self.client_name)
        ack = await conn.request(msg, self.connect_timeout)
        assert isinstance(ack, HelloAck)
        self.monitor_id = ack.monitor_id
        if ack.interval_ms:
            self._interval = ack.interval_ms / 1000
        if self._drop_timeout_override is None and ack.timeout_ms:
            self._drop_timeout = ack.timeout_ms / 1000
        return ack

    async def _heartbeat(self, conn: FramedConnection, gen: int) -> None:
        """Send heartbeats and watch the camera's: silence for the timeout is a drop."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        next_send = start
        counter = itertools.count()
        # Check often (not once per interval) so detection stays close to the timeout.
        tick = min(0.05, self._interval / 4)
        while gen == self._gen and conn.is_open:
            now = loop.time()
            silent = now - conn.last_rx
            if silent > self._drop_timeout:
                self._on_link_lost(f"no heartbeat from the camera for {silent:.1f} s", gen)
                return
            if now >= next_send:
                with contextlib.suppress(ConnectionLost):
                    conn.send(Heartbeat(next(counter) & 0xFFFFFFFF, int((now - start) * 1000) & 0xFFFFFFFF))
                next_send = now + self._interval
            await asyncio.sleep(tick)

    def _on_monitor_event(self, msg: Message, gen: int) -> None:
        if isinstance(msg, Goodbye):
            reason = enums.GoodbyeReason(int(msg.reason)).name.lower() if int(msg.reason) in enums.GOODBYE_REASON_VALUES else str(msg.reason)
            self._on_link_lost(f"camera said goodbye ({reason})", gen)
        # Heartbeats need no handling: any frame refreshes the connection's last_rx.

    def _on_link_lost(self, reason: str, gen: int) -> None:
        if gen != self._gen or self._state != "connected":
            return  # an old connection, or already handling a drop
        self._drop(reason)

    def _drop(self, reason: str) -> None:
        loop = asyncio.get_running_loop()
        last_heard = self._monitor.last_rx if self._monitor is not None else loop.time()
        self._state = "dropped"
        self._gen += 1
        self.drops += 1
        self._control_before_drop = self.in_control
        self._close_connections(reason)
        if self._restored is None or self._restored.done():
            self._restored = loop.create_future()
        self._emit(Dropped(reason, loop.time(), last_heard))
        if self.auto_reconnect:
            if self._supervisor is None or self._supervisor.done():
                self._supervisor = asyncio.create_task(self._reconnect(loop.time()), name="vs1-reconnect")
        else:
            self._give_up(ConnectionLost(reason))

    def _give_up(self, error: ConnectionLost) -> None:
        for stream in self._reports.values():
            stream._fail(error)
        if self._live is not None:
            self._live._fail(error)
        for serial in self._serial.values():
            serial._fail(error)
        if self._restored is not None and not self._restored.done():
            self._restored.set_exception(error)
            self._restored.exception()

    async def _reconnect(self, dropped_at: float) -> None:
        loop = asyncio.get_running_loop()
        delay = self.reconnect_initial
        attempt = 0
        while self._state == "dropped":
            attempt += 1
            try:
                await self._open_monitor()
                self._state = "connected"
                await self._restore()
            except _RECONNECT_ERRORS as exc:
                if self._state == "connected":
                    # Partly restored: tear down quietly and try again from scratch.
                    self._state = "dropped"
                    self._gen += 1
                    self._close_connections(f"reconnect failed: {exc}")
                elif self._state == "closed":
                    return
                # Full jitter around the exponential step spreads many clients' retries.
                wait = delay * (0.5 + random.random())
                delay = min(delay * 2, self.reconnect_max)
                self._emit(ReconnectFailed(attempt, str(exc) or type(exc).__name__, wait))
                await asyncio.sleep(wait)
                continue
            if self._state != "connected":
                continue  # dropped again during the restore; the loop tries again
            self.reconnects += 1
            if self._restored is not None and not self._restored.done():
                self._restored.set_result(None)
            self._emit(Restored(attempt, loop.time() - dropped_at))
            return

    async def _restore(self) -> None:
        """Reopen what the user had open before the drop."""
        if self._control_before_drop:
            await self._retake_control()
        for stream in list(self._reports.values()):
            await self._open_report_on_camera(stream, first=False)
        if self._io_kinds:
            await CameraRequests.subscribe(self, self._io_kinds)
        for serial in list(self._serial.values()):
            await self._open_serial(serial)
        if self._live is not None:
            await CameraRequests.start_live(self, self._live.max_fps, self._live.pixel_format)

    async def _retake_control(self) -> None:
        try:
            await self.take_control()
        except NotLoggedInError:
            # The camera restarted and forgot the session although hello accepted it.
            if self.password is None:
                return
            await self.login(self.user, self.password)
            with contextlib.suppress(CameraStatusError):
                await self.take_control()
        except CameraStatusError:
            pass  # someone else took control meanwhile: stay connected without it

    # ------------------------------------------------------------------------------------------
    # connections and the generated request surface
    # ------------------------------------------------------------------------------------------
    def _check_up(self) -> None:
        if self._state == "dropped":
            raise ConnectionLost("the link to the camera is down (reconnecting)")
        if self._state == "closed":
            raise ConnectionLost("the camera is closed")

    async def _connection(self, port_id: str, index: int = 0) -> FramedConnection:
        key = (port_id, index)
        conn = self._conns.get(key)
        if conn is not None and conn.is_open:
            return conn
        self._check_up()
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            conn = self._conns.get(key)
            if conn is not None and conn.is_open:
                return conn
            if self._state == "idle":
                await self.connect()
            self._check_up()
            gen = self._gen
            number = self.ports.number(port_id, index)
            conn = await FramedConnection.open(
                self.host, number, port_id, timeout=self.connect_timeout,
                on_event=self._dispatcher(port_id), on_lost=lambda r: self._on_link_lost(r, gen),
                zero_copy=port_id == "acquire",
            )
            try:
                await self._watch(number, conn.local_port)
            except BaseException:
                conn.close()
                raise
            if gen != self._gen:
                conn.close()
                raise ConnectionLost("dropped while opening", port_id)
            self._conns[key] = conn
            return conn

    async def _watch(self, number: int, local_port: int) -> None:
        monitor = self._monitor
        if monitor is None or not monitor.is_open:
            raise ConnectionLost("no connection monitor", "monitor")
        await monitor.request(Watch(number, local_port), self.timeout)

    def _dispatcher(self, port_id: str) -> Callable[[Message], None]:
        if port_id == "reports":
            return self._on_report_event
        if port_id == "acquire":
            return self._on_acquire_event
        if port_id == "io":
            return self._on_io_event
        return lambda msg: None

    def _on_report_event(self, msg: Message) -> None:
        if isinstance(msg, ReportRecord):
            stream = self._reports.get(msg.report_id)
            if stream is not None:
                stream._feed(msg)

    def _on_acquire_event(self, msg: Message) -> None:
        if isinstance(msg, LiveFrame) and self._live is not None:
            self._live._feed(msg)

    def _on_io_event(self, msg: Message) -> None:
        if isinstance(msg, IoChanged):
            for stream in self._io_streams:
                stream.put(msg)

    async def _request(self, port: str, message: Message) -> Message:
        if port == "login":
            return await self._udp_request(message)
        if port == "monitor":
            if self._state == "idle":
                await self.connect()
            monitor = self._monitor
            if monitor is None or not monitor.is_open:
                self._check_up()
                raise ConnectionLost("no connection monitor", "monitor")
            return await monitor.request(message, self.timeout)
        conn = await self._connection(port)
        return await conn.request(message, self.timeout)

    async def _send(self, port: str, message: Message) -> None:
        if port == "announce":
            await self._send_datagram(self.ports.number("announce"), message)
            return
        if port == "monitor":
            if self._monitor is None:
                raise ConnectionLost("no connection monitor", "monitor")
            self._monitor.send(message)
            return
        conn = await self._connection(port)
        conn.send(message)

    def _post(self, port: str, message: Message) -> None:
        """Send an event now if the port's connection is up; drop it otherwise (a record_ack
        for a connection that died is meaningless: the report is reopened and resynced)."""
        conn = self._conns.get((port, 0))
        if conn is not None and conn.is_open:
            conn.send(message)

    async def _send_datagram(self, number: int, message: Message) -> None:
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, remote_addr=(self.host, number))
        try:
            transport.sendto(encode_frame(message, 1))
        finally:
            transport.close()

    async def _udp_request(self, message: Message) -> Message:
        if self._state == "closed":
            raise ConnectionLost("the camera is closed")
        if self._udp is None:
            self._udp = await DatagramClient.open("login", self.host, self.ports.number("login"))
        return await self._udp.request(message, self.udp_attempt_timeout, self.udp_attempts)

    # ------------------------------------------------------------------------------------------
    # login and control (UDP), with the session carried into the monitor's hello
    # ------------------------------------------------------------------------------------------
    async def _login_udp(self, user: str, password: str) -> LoginReply:
        reply = await CameraRequests.login(self, user, password)
        self.session = reply.session
        self.user, self.password = user, password
        return reply

    async def login(self, user: str = "", password: str = "") -> LoginReply:
        """Log in; the session then rides on the monitor's hello so RPC commands count as ours."""
        reply = await self._login_udp(user or self.user, password)
        if self._monitor is not None and self._monitor.is_open:
            await self._hello(self._monitor)
        return reply

    async def logout(self, session: int = 0) -> LoginAck:
        reply = await CameraRequests.logout(self, session or self.session)
        if not session or session == self.session:
            self.session = 0
            self.in_control = False
        return reply

    async def take_control(self, session: int = 0) -> ControlReply:
        reply = await CameraRequests.take_control(self, session or self.session)
        self.in_control = reply.in_control
        return reply

    async def release_control(self, session: int = 0) -> ControlReply:
        reply = await CameraRequests.release_control(self, session or self.session)
        self.in_control = reply.in_control
        return reply

    async def set_network(self, session: int = 0, config: vtypes.NetworkConfig | None = None) -> NetworkParams:
        return await CameraRequests.set_network(self, session or self.session, config)

    async def gain_control(self, password: str | None = None, user: str | None = None) -> ControlReply:
        """Log in (unless already) and take control; ControlHeldError names the holder."""
        if password is not None or not self.session:
            await self.login(user or self.user, password if password is not None else (self.password or ""))
        reply = await self.take_control()
        if not reply.in_control:
            raise ControlHeldError(ControlHeldError.status, f"control is held by {reply.holder_ip}", "TakeControl")
        return reply

    # ------------------------------------------------------------------------------------------
    # reports
    # ------------------------------------------------------------------------------------------
    async def open_report(  # type: ignore[override]
        self,
        datums: list[str],
        *,
        mode: enums.ReportMode = enums.ReportMode.LOSSLESS,
        include_image: bool = False,
        rate_hz: float = 0.0,
        report_id: int | None = None,
        backfill: bool | None = None,
        resume_after: int | None = None,
    ) -> ReportStream:
        """Open a report and return its stream of records (see :class:`ReportStream`).

        ``resume_after`` (a ``last_delivered`` persisted from an earlier stream) continues
        after that inspection: what the camera inspected since is backfilled from PartQ.

        Overrides the raw request on purpose: a report opened without a stream would get
        records nobody acknowledges, and a lossless report would stall the camera.
        """
        rid = report_id if report_id is not None else next(self._report_ids)
        if rid in self._reports:
            raise ValueError(f"report {rid} is already open")
        stream = ReportStream(
            self, rid, enums.ReportMode(mode), datums, include_image=include_image, rate_hz=rate_hz,
            backfill=(mode == enums.ReportMode.LOSSLESS) if backfill is None else backfill,
            resume_after=resume_after,
        )
        self._reports[rid] = stream
        try:
            await self._open_report_on_camera(stream, first=True)
        except BaseException:
            self._reports.pop(rid, None)
            raise
        return stream

    async def _open_report_on_camera(self, stream: ReportStream, *, first: bool) -> None:
        options = enums.OpenReportOptions.INCLUDE_IMAGE if stream.include_image else enums.OpenReportOptions(0)
        stream._begin_open()
        try:
            reply = await CameraRequests.open_report(self, stream.report_id, stream.mode, options, stream.rate_hz, stream.paths)
        except BaseException:
            stream._open_failed()
            raise
        stream._opened(reply.next_inspection, reply.datums, first=first)

    def _forget_report(self, report_id: int) -> None:
        self._reports.pop(report_id, None)

    # ------------------------------------------------------------------------------------------
    # acquisition
    # ------------------------------------------------------------------------------------------
    async def snap(self, pixel_format: enums.PixelFormat = enums.PixelFormat.MONO8) -> Image:
        """take_picture as an :class:`Image` whose array shares the received payload."""
        picture = await self.take_picture(pixel_format)
        return Image.from_data(picture.image)

    def live(self, max_fps: int = 0, pixel_format: enums.PixelFormat = enums.PixelFormat.MONO8,
             queue_size: int = 4) -> LiveStream:
        """``async with camera.live() as frames: async for f in frames: ...``"""
        if self._live is not None:
            raise ClientError("live video is already running on this camera client")
        return LiveStream(self, max_fps, pixel_format, queue_size)

    # ------------------------------------------------------------------------------------------
    # IO and serial
    # ------------------------------------------------------------------------------------------
    async def subscribe(self, kinds: enums.SubscribeKinds = _NO_KINDS) -> SubscribeAck:
        reply = await CameraRequests.subscribe(self, kinds)
        self._io_kinds = enums.SubscribeKinds(int(kinds))  # restored after a reconnect
        return reply

    async def io_events(
        self, kinds: enums.SubscribeKinds = enums.SubscribeKinds.PHYSICAL_INPUTS
        | enums.SubscribeKinds.PHYSICAL_OUTPUTS | enums.SubscribeKinds.VIRTUAL,
    ) -> IoEventStream:
        """Subscribe (adding ``kinds`` to the subscription) and iterate io_changed events."""
        stream = IoEventStream(self)
        self._io_streams.add(stream)
        try:
            await self.subscribe(self._io_kinds | kinds)
        except BaseException:
            self._io_streams.discard(stream)
            raise
        return stream

    async def serial(self, channel: int) -> SerialStream:
        """The text lines of serial channel 1-4 (TCP 49211-49214)."""
        if not 1 <= channel <= 4:
            raise ValueError("serial channels are 1 to 4")
        if channel in self._serial:
            raise ClientError(f"serial channel {channel} is already open")
        if self._state == "idle":
            await self.connect()
        self._check_up()
        stream = SerialStream(self, channel)
        self._serial[channel] = stream
        try:
            await self._open_serial(stream)
        except BaseException:
            self._serial.pop(channel, None)
            raise
        return stream

    async def _open_serial(self, stream: SerialStream) -> None:
        gen = self._gen
        number = self.ports.number("serial", stream.channel - 1)
        conn = LineConnection(stream._line, lambda r: self._on_link_lost(r, gen))
        await open_tcp(lambda: conn, self.host, number, self.connect_timeout)
        try:
            # Watched like every other connection: the camera closes it when the monitor drops.
            await self._watch(number, conn.local_port)
        except BaseException:
            conn.close()
            raise
        stream._conn = conn

    # ------------------------------------------------------------------------------------------
    # jobs (FrontRunner workflow: FTP to the RAM drive, then download_job)
    # ------------------------------------------------------------------------------------------
    async def download_job_file(
        self, path: str | Path, slot: int = 0, *, remote_dir: str = "/RAM",
        progress: ftp.Progress | None = None,
    ) -> RpcAck:
        """Send a job (.avp) by FTP to ``remote_dir`` and load it into ``slot`` (needs control)."""
        local = Path(path)
        if local.suffix.lower() != ".avp":
            raise JobFileError(f"{local}: not a job file (.avp)")
        if not local.is_file():
            raise JobFileError(f"{local}: no such file")
        if local.stat().st_size == 0:
            raise JobFileError(f"{local}: empty file")
        remote = f"{remote_dir.rstrip('/')}/{local.name}"
        await ftp.upload(self.host, self.ports.number("ftp"), self.user, self.password or "", local, remote,
                         progress, self.timeout)
        return await self.download_job(slot, remote)

    async def upload_job_file(self, slot: int, dest: str | Path) -> int:
        """Have the camera write the job of ``slot`` to a file and fetch it by FTP."""
        reply = await self.upload_job(slot)
        data = await ftp.fetch(self.host, self.ports.number("ftp"), self.user, self.password or "",
                               reply.file_name, self.timeout)
        Path(dest).write_bytes(data)
        return len(data)

    # ------------------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        return {"state": self._state, "drops": self.drops, "reconnects": self.reconnects,
                "reports": {rid: {"delivered": s.delivered, "backfilled": s.backfilled, "lost": s.lost,
                                  "duplicates": s.duplicates} for rid, s in self._reports.items()}}
