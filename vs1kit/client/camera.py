"""The asyncio client of one VS-1 camera.

``Camera`` is composed of

- the generated request surface: one typed coroutine per request message, per port
  (:mod:`vs1kit.generated.client_api`), sent through
- a :class:`~vs1kit.client.supervisor.LinkSupervisor`, which holds the connections: the
  connection monitor (opened first; hello, heartbeats both ways, timed by the sans-IO
  :class:`~vs1kit.protocol.heartbeat.Heartbeat`), every other port opened on first use and
  watched by the monitor, transports taken from the generated registry. A drop (a socket
  closes, the camera says goodbye or its heartbeats stop for the monitor's timeout, 2 s by
  default) is reported as a :class:`~vs1kit.client.events.Dropped` event and fails every
  pending request at once with :class:`~vs1kit.client.errors.ConnectionLost`; a reconnect loop
  with exponential backoff and jitter then says hello with the same login session (logging in
  again if the camera forgot it), and this class restores what was open: control, report
  connections (their streams backfill what they missed from PartQ), IO subscriptions, serial
  channels and live video, then reports :class:`~vs1kit.client.events.Restored`;
- the login session (:mod:`vs1kit.protocol.auth`): ``login`` is the two-round-trip
  challenge-response (the password never travels; the camera's server signature is checked,
  so an impostor is refused). The session key stays in memory only (never logged, printed or
  shown by ``repr``); every message that acts for the session (UDP logout, take/release
  control, set_network, the monitor's hello, each TCP connection's ``bind_session``) carries a
  proof with the session's next counter, signed anew for every datagram retry and every
  reconnect. A monitor and a connection belong to one session, so logging in while connected
  reopens the connections under the new session (streams restored as after a drop);
- the streams (reports, live video, IO events, serial lines, link events), which depend only
  on the :class:`~vs1kit.client.link.StreamLink` this class implements.

The reports port's raw requests are not part of ``Camera``'s own methods: its
``open_report`` returns a :class:`~vs1kit.client.reports.ReportStream` (a report opened
without a stream would get records nobody acknowledges, and a lossless report would stall the
camera). The raw surface of every port stays reachable as ``camera.requests``.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vs1kit.generated import enums
from vs1kit.generated import types as vtypes
from vs1kit.generated.acquire import LiveFrame
from vs1kit.generated.client_api import (
    AcquireRequests,
    AnnounceRequests,
    CameraRequests,
    ControlHeldError,
    IoRequests,
    LoginRequests,
    MonitorRequests,
    NotLoggedInError,
    PartqRequests,
    PortRequests,
    ReportControlRequests,
    RpcRequests,
)
from vs1kit.generated.frames import BindSession
from vs1kit.generated.io import IoChanged, SubscribeAck
from vs1kit.generated.login import ControlReply, LoginAck, LoginReply, Logout, NetworkParams
from vs1kit.generated.monitor import Hello, HelloAck
from vs1kit.generated.registry import PORTS
from vs1kit.generated.reports import ReportRecord
from vs1kit.generated.rpc import RpcAck
from vs1kit.protocol.auth import MAC_SIZE, AuthError, ClientLogin, SessionSigner, proof_of
from vs1kit.protocol.wire import CameraStatusError, Message

from . import ftp
from .connection import FramedConnection
from .errors import ClientError, ConnectionLost, JobFileError, LoginFailed
from .events import ClientEvent
from .images import Image, LiveStream
from .ports import PortMap
from .replies import default_ceiling
from .reports import ReportStream
from .streams import EventStream, IoEventStream, SerialStream
from .supervisor import MONITOR_PORT, RECONNECT_ERRORS, LinkSupervisor

if TYPE_CHECKING:
    from .link import Stream

__all__ = ["SERIAL_CHANNELS", "SERIAL_PORT", "Camera", "EventStream", "IoEventStream", "SerialStream"]

EventListener = Callable[[ClientEvent], None]

_NO_KINDS = enums.SubscribeKinds(0)
_LOGIN_PORT = next(pid for pid, p in PORTS.items() if Logout in p.messages)
SERIAL_PORT = next(pid for pid, p in PORTS.items() if p.framing_kind == "lines")
"""The port of the serial channels (one number per channel)."""
SERIAL_CHANNELS = len(PORTS[SERIAL_PORT].numbers)
"""How many serial channels the camera has (numbered from 1)."""
_FTP_PORT = next(pid for pid, p in PORTS.items() if p.areas)
"""The port that serves the camera's file areas (FTP): job files go through it."""
_ANONYMOUS = vtypes.SessionProof(session=0, counter=0, mac=bytes(MAC_SIZE))
"""The proof of no session (an anonymous monitor)."""


class Camera(
    AcquireRequests,
    AnnounceRequests,
    IoRequests,
    LoginRequests,
    MonitorRequests,
    PartqRequests,
    ReportControlRequests,
    RpcRequests,
):
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
        max_reply: int | None = None,
        give_up_after: float | None = None,
    ) -> None:
        """``max_reply``: the largest reply payload (bytes) any connection accepts (default:
        the spec's frame limit); lower it for one call with
        :func:`~vs1kit.client.replies.reply_limit`. ``give_up_after``: seconds after a drop
        without a successful reconnect after which the streams fail (default: never)."""
        self.host = host
        self.ports = PortMap(port_offset, dict(port_map or {}))
        self.client_name = client_name
        self.heartbeat_interval = heartbeat_interval
        self.user = user
        self.password = password
        self._signer: SessionSigner | None = None
        """The login session: its id, key (hidden) and counter; None until logged in."""
        self._sign_lock = threading.Lock()
        self.monitor_id = 0
        self.in_control = False
        self.link = LinkSupervisor(
            self, host, self.ports, timeout=timeout, connect_timeout=connect_timeout,
            auto_reconnect=auto_reconnect, reconnect_initial=reconnect_initial,
            reconnect_max=reconnect_max, udp_attempts=udp_attempts, udp_attempt_timeout=udp_attempt_timeout,
            max_payload=default_ceiling(max_reply), give_up_after=give_up_after,
        )
        """Connections, drop detection and reconnect (the request channel)."""
        PortRequests.__init__(self, self.link)
        self.requests = CameraRequests(self.link)
        """The raw generated surface of every port, over the same connections."""
        self._drop_timeout_override = drop_timeout
        self.link.interval = heartbeat_interval
        self.link.drop_timeout = drop_timeout or 2.0
        self._reports: dict[int, ReportStream] = {}
        self._report_ids = itertools.count(1)
        self._live: LiveStream | None = None
        self._io_kinds = enums.SubscribeKinds(0)
        self._io_streams: set[IoEventStream] = set()
        self._serial: dict[int, SerialStream] = {}
        self._event_streams: set[EventStream] = set()
        self._listeners: list[EventListener] = []
        self._control_before_drop = False
        self._routes: dict[type[Message], Callable[[Message], None]] = {
            ReportRecord: self._on_record, LiveFrame: self._on_live_frame, IoChanged: self._on_io_changed}

    # ------------------------------------------------------------------------------------------
    # life cycle
    # ------------------------------------------------------------------------------------------
    @property
    def session(self) -> int:
        """The login session's public id (0 until logged in): a handle, not a credential."""
        signer = self._signer
        return signer.session if signer is not None else 0

    @property
    def state(self) -> str:
        """idle (not connected yet), connected, dropped (reconnecting) or closed."""
        return self.link.state

    @property
    def connected(self) -> bool:
        return self.link.state == "connected"

    @property
    def drops(self) -> int:
        return self.link.drops

    @property
    def reconnects(self) -> int:
        return self.link.reconnects

    @property
    def drop_timeout(self) -> float:
        """Heartbeat silence after which the camera counts as gone."""
        return self.link.drop_timeout

    @property
    def timeout(self) -> float:
        return self.link.timeout

    @property
    def connect_timeout(self) -> float:
        return self.link.connect_timeout

    async def __aenter__(self) -> Camera:
        await self.connect()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open the connection monitor (hello). Other connections open on first use."""
        await self.link.connect()

    async def close(self) -> None:
        """Say goodbye, release control and the login session (best effort), close everything."""
        if self.link.state == "closed":
            return
        if self.link.state == "connected" and self.in_control and self.session:
            with contextlib.suppress(*RECONNECT_ERRORS):
                await asyncio.wait_for(self.release_control(), 1.0)
        await self.link.close()
        if self.session:
            await self.link.last_datagram(_LOGIN_PORT, Logout(), 0.3)
        self._forget_session()
        self.link.close_datagrams()
        closed = ConnectionLost("the client closed the camera")
        for stream in list(self._reports.values()):
            stream.end()
        if self._live is not None:
            self._live.fail(closed)
        for serial in list(self._serial.values()):
            serial.end()
        for io_stream in list(self._io_streams):
            io_stream.end()
        for ev in list(self._event_streams):
            ev.end()
        self.link.fail_restore(closed)

    async def wait_restored(self, timeout: float | None = None) -> None:
        """Return once the link is up; ConnectionLost if it will not come back."""
        await self.link.wait_restored(timeout)

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

    # ------------------------------------------------------------------------------------------
    # StreamLink (what the streams use) and LinkOwner (what the supervisor uses)
    # ------------------------------------------------------------------------------------------
    def emit(self, event: ClientEvent) -> None:
        """Report a link event to every events() stream and listener."""
        for stream in self._event_streams:
            stream.put(event)
        for listener in list(self._listeners):
            listener(event)

    def post(self, message: Message) -> None:
        """Send a client event now if its port's connection is up; drop it otherwise."""
        self.link.post(message)

    def attach(self, stream: Stream) -> None:
        if isinstance(stream, LiveStream):
            self._live = stream
        elif isinstance(stream, ReportStream):
            self._reports[stream.report_id] = stream
        elif isinstance(stream, IoEventStream):
            self._io_streams.add(stream)
        elif isinstance(stream, SerialStream):
            self._serial[stream.channel] = stream
        else:
            self._event_streams.add(stream)

    def detach(self, stream: Stream) -> None:
        if isinstance(stream, LiveStream):
            if self._live is stream:
                self._live = None
        elif isinstance(stream, ReportStream):
            if self._reports.get(stream.report_id) is stream:
                del self._reports[stream.report_id]
        elif isinstance(stream, IoEventStream):
            self._io_streams.discard(stream)
        elif isinstance(stream, SerialStream):
            if self._serial.get(stream.channel) is stream:
                del self._serial[stream.channel]
        else:
            self._event_streams.discard(stream)

    def on_message(self, message: Message) -> None:
        """Route an event message to the stream it belongs to (by its generated type)."""
        route = self._routes.get(type(message))
        if route is not None:
            route(message)

    def _on_record(self, message: Message) -> None:
        assert isinstance(message, ReportRecord)
        stream = self._reports.get(message.report_id)
        if stream is not None:
            stream.feed(message)

    def _on_live_frame(self, message: Message) -> None:
        assert isinstance(message, LiveFrame)
        if self._live is not None:
            self._live.feed(message)

    def _on_io_changed(self, message: Message) -> None:
        assert isinstance(message, IoChanged)
        for io_stream in self._io_streams:
            io_stream.put(message)

    def prove(self, message: Message, port: str) -> Message:
        """``message`` with its session proof filled in, if it carries one: signed with the
        session's next counter when logged in (unless the caller signed it already), the
        anonymous proof otherwise. Messages without a proof pass unchanged."""
        proof = proof_of(message)
        if proof is None:
            return message
        if any(bytes(proof.mac)):
            return message  # signed by the caller
        with self._sign_lock:  # one counter per session, whichever thread or task signs
            signer = self._signer
            if signer is not None and proof.session in (0, signer.session):
                return signer.sign(message, port)
        return dataclasses.replace(message, auth=_ANONYMOUS)  # type: ignore[type-var]

    def bind_message(self, port: str) -> Message | None:
        """The bind_session a new connection to ``port`` sends first (None: no session, or
        the port has no session-bound requests)."""
        if self._signer is None or BindSession not in PORTS[port].messages:
            return None
        return self.prove(BindSession(), port)

    def _forget_session(self) -> None:
        with self._sign_lock:
            self._signer = None
        self.in_control = False

    async def say_hello(self, monitor: FramedConnection) -> HelloAck:
        try:
            return await self._hello(monitor)
        except NotLoggedInError:
            # The camera forgot our session (it restarted): log in again if we can.
            self._forget_session()
            if self.password is not None:
                await self._login_udp(self.user, self.password)
            return await self._hello(monitor)

    async def _hello(self, conn: FramedConnection) -> HelloAck:
        msg = self.prove(Hello(auth=_ANONYMOUS, interval_ms=max(1, int(self.heartbeat_interval * 1000)),
                               client_name=self.client_name), MONITOR_PORT)
        ack = await conn.request(msg, self.link.connect_timeout)
        assert isinstance(ack, HelloAck)
        self.monitor_id = ack.monitor_id
        interval = ack.interval_ms / 1000 if ack.interval_ms else self.link.interval
        timeout = self.link.drop_timeout
        if self._drop_timeout_override is None and ack.timeout_ms:
            timeout = ack.timeout_ms / 1000
        self.link.hello_timing(interval, timeout)
        return ack

    def give_up(self, error: ConnectionLost) -> None:
        for stream in self._reports.values():
            stream.fail(error)
        if self._live is not None:
            self._live.fail(error)
        for serial in self._serial.values():
            serial.fail(error)

    async def restore(self) -> None:
        """Reopen what the user had open before the drop."""
        if self._control_before_drop:
            await self._retake_control()
        for stream in list(self._reports.values()):
            await self._open_report_on_camera(stream, first=False)
        if self._io_kinds:
            await self.requests.subscribe(self._io_kinds)
        for serial in list(self._serial.values()):
            await self._open_serial(serial)
        if self._live is not None:
            await self.requests.start_live(self._live.max_fps, self._live.pixel_format)

    def dropped(self) -> None:
        self._control_before_drop = self.in_control

    async def _retake_control(self) -> None:
        try:
            await self.take_control()
        except NotLoggedInError:
            # The camera restarted and forgot the session although hello accepted it: log in
            # again (the reconnect then says hello with the new session and retakes control).
            if self.password is None:
                return
            self._control_before_drop = True
            await self._login_udp(self.user, self.password)
            raise
        except CameraStatusError:
            pass  # someone else took control meanwhile: stay connected without it

    # ------------------------------------------------------------------------------------------
    # login and control (UDP), with the session carried into the monitor's hello
    # ------------------------------------------------------------------------------------------
    async def _login_udp(self, user: str, password: str) -> LoginReply:
        """The two round trips of the login port; the session key is kept, never the proof."""
        attempt = ClientLogin(user, password)
        challenge = await self.requests.login_start(attempt.client_nonce, user)
        client_ip = await self.link.local_ip(_LOGIN_PORT)
        try:
            # PBKDF2 takes a while (the camera says how many iterations): not on the loop.
            proof = await asyncio.to_thread(attempt.answer, bytes(challenge.server_nonce), bytes(challenge.salt),
                                            int(challenge.iterations), int(challenge.kdf), client_ip)
        except AuthError as exc:
            raise LoginFailed(str(exc)) from None
        reply = await self.requests.login(attempt.client_nonce, bytes(challenge.server_nonce), proof, user)
        try:
            key = attempt.finish(bytes(reply.server_signature))
        except AuthError as exc:
            raise LoginFailed(str(exc)) from None
        with self._sign_lock:
            self._signer = SessionSigner(reply.session, key)
        self.in_control = False
        self.user, self.password = user, password
        return reply

    async def login(self, user: str = "", password: str = "") -> LoginReply:  # type: ignore[override]
        """Log in (challenge-response; the raw steps are ``requests.login_start``/``login``).

        A monitor and every connection belong to one session: if connected, the connections
        are reopened under the new session (open streams restored as after a drop)."""
        reply = await self._login_udp(user or self.user, password)
        await self.link.renew()
        return reply

    async def logout(self, auth: vtypes.SessionProof | None = None) -> LoginAck:
        """End the login session (signed with it unless ``auth`` is given)."""
        reply = await self.requests.logout(auth)
        if auth is None or auth.session == self.session:
            self._forget_session()
        return reply

    async def take_control(self, auth: vtypes.SessionProof | None = None) -> ControlReply:
        reply = await self.requests.take_control(auth)
        self.in_control = reply.in_control
        return reply

    async def release_control(self, auth: vtypes.SessionProof | None = None) -> ControlReply:
        reply = await self.requests.release_control(auth)
        self.in_control = reply.in_control
        return reply

    async def set_network(self, auth: vtypes.SessionProof | None = None,
                          config: vtypes.NetworkConfig | None = None) -> NetworkParams:
        return await self.requests.set_network(auth, config)

    async def gain_control(self, password: str | None = None, user: str | None = None) -> ControlReply:
        """Log in (unless already logged in as that user with that password) and take control;
        ControlHeldError names the holder."""
        user = user or self.user
        if not self.session or (password is not None and (password, user) != (self.password, self.user)):
            await self.login(user, password if password is not None else (self.password or ""))
        reply = await self.take_control()
        if not reply.in_control:
            raise ControlHeldError(ControlHeldError.status, f"control is held by {reply.holder_ip}", "TakeControl")
        return reply

    # ------------------------------------------------------------------------------------------
    # reports
    # ------------------------------------------------------------------------------------------
    async def open_report(
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
        """
        rid = report_id if report_id is not None else next(self._report_ids)
        if rid in self._reports:
            raise ValueError(f"report {rid} is already open")
        stream = ReportStream(
            self, rid, enums.ReportMode(mode), datums, include_image=include_image, rate_hz=rate_hz,
            backfill=(mode == enums.ReportMode.LOSSLESS) if backfill is None else backfill,
            resume_after=resume_after,
        )
        self.attach(stream)
        try:
            await self._open_report_on_camera(stream, first=True)
        except BaseException:
            self.detach(stream)
            raise
        return stream

    async def _open_report_on_camera(self, stream: ReportStream, *, first: bool) -> None:
        options = enums.OpenReportOptions.INCLUDE_IMAGE if stream.include_image else enums.OpenReportOptions(0)
        stream.begin_open()
        try:
            reply = await self.requests.open_report(stream.report_id, stream.mode, options, stream.rate_hz,
                                                    stream.paths)
        except BaseException:
            stream.open_failed()
            raise
        stream.opened(reply.next_inspection, reply.datums, first=first)

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
        reply = await self.requests.subscribe(kinds)
        self._io_kinds = enums.SubscribeKinds(int(kinds))  # restored after a reconnect
        return reply

    async def io_events(
        self, kinds: enums.SubscribeKinds = enums.SubscribeKinds.PHYSICAL_INPUTS
        | enums.SubscribeKinds.PHYSICAL_OUTPUTS | enums.SubscribeKinds.VIRTUAL,
    ) -> IoEventStream:
        """Subscribe (adding ``kinds`` to the subscription) and iterate io_changed events."""
        stream = IoEventStream(self)
        self.attach(stream)
        try:
            await self.subscribe(self._io_kinds | kinds)
        except BaseException:
            self.detach(stream)
            raise
        return stream

    async def serial(self, channel: int) -> SerialStream:
        """The text lines of serial channel 1..SERIAL_CHANNELS (one port number each)."""
        if not 1 <= channel <= SERIAL_CHANNELS:
            raise ValueError(f"serial channels are 1 to {SERIAL_CHANNELS}")
        if channel in self._serial:
            raise ClientError(f"serial channel {channel} is already open")
        if self.link.state == "idle":
            await self.connect()
        self.link.check_up()
        stream = SerialStream(self, channel)
        self.attach(stream)
        try:
            await self._open_serial(stream)
        except BaseException:
            self.detach(stream)
            raise
        return stream

    async def _open_serial(self, stream: SerialStream) -> None:
        stream.connection = await self.link.open_lines(SERIAL_PORT, stream.channel - 1, stream.line)

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
        await ftp.upload(self.host, self.ports.number(_FTP_PORT), self.user, self.password or "", local, remote,
                         progress, self.link.timeout)
        return await self.download_job(slot, remote)

    async def upload_job_file(self, slot: int, dest: str | Path) -> int:
        """Have the camera write the job of ``slot`` to a file and fetch it by FTP."""
        reply = await self.upload_job(slot)
        data = await ftp.fetch(self.host, self.ports.number(_FTP_PORT), self.user, self.password or "",
                               reply.file_name, self.link.timeout)
        Path(dest).write_bytes(data)
        return len(data)

    # ------------------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        return {"state": self.link.state, "drops": self.link.drops, "reconnects": self.link.reconnects,
                "reports": {rid: {"delivered": s.delivered, "backfilled": s.backfilled, "lost": s.lost,
                                  "duplicates": s.duplicates} for rid, s in self._reports.items()}}
