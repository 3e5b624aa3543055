# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""The client's request surface: one typed method per request message of the spec.

Each port's requests are a class (``RpcRequests``...) that sends through a
:class:`RequestChannel`; :class:`CameraRequests` holds them all. Hand-written behaviour
(connections, monitoring, reconnect, backfill) lives in ``vs1kit.client``: it provides the
channel and composes these surfaces.
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from vs1kit.protocol.wire import BytesLike, CameraStatusError, Message  # noqa: F401

from . import enums, frames, types  # noqa: F401
from . import acquire as _acquire
from . import announce as _announce
from . import io as _io
from . import login as _login
from . import monitor as _monitor
from . import partq as _partq
from . import report_control as _report_control
from . import reports as _reports
from . import rpc as _rpc


class UnknownMessageError(CameraStatusError):
    """The camera has no handler for this message type on this port."""

    status: ClassVar[int] = 1


class BadRequestError(CameraStatusError):
    """A field is out of range or inconsistent."""

    status: ClassVar[int] = 2


class NotInControlError(CameraStatusError):
    """An editing or runtime command from a client that does not hold control."""

    status: ClassVar[int] = 3


class NotLoggedInError(CameraStatusError):
    """The session is unknown or expired, is used from another address than its login's, or the request's session proof is wrong or replayed."""

    status: ClassVar[int] = 4


class BadPasswordError(CameraStatusError):
    """Login refused."""

    status: ClassVar[int] = 5


class ThrottledError(CameraStatusError):
    """Too many failed logins; wait before trying again."""

    status: ClassVar[int] = 6


class NoSuchJobError(CameraStatusError):
    """The job slot or file does not exist."""

    status: ClassVar[int] = 7


class NoSuchPointError(CameraStatusError):
    """The IO point does not exist."""

    status: ClassVar[int] = 8


class BusyError(CameraStatusError):
    """The camera cannot do this now (e.g. running, or live video already on)."""

    status: ClassVar[int] = 9


class NotFoundError(CameraStatusError):
    """The named file, datum or record does not exist."""

    status: ClassVar[int] = 10


class InternalError(CameraStatusError):
    """The camera failed while serving the request."""

    status: ClassVar[int] = 11


class NoSuchReportError(CameraStatusError):
    """The report id is not open on this connection."""

    status: ClassVar[int] = 12


class ReadOnlyError(CameraStatusError):
    """The IO point is an input and cannot be written."""

    status: ClassVar[int] = 13


class ControlHeldError(CameraStatusError):
    """Another client holds control."""

    status: ClassVar[int] = 14


class ForbiddenError(CameraStatusError):
    """The session does not have this right (e.g. a connection or report of another session)."""

    status: ClassVar[int] = 15


STATUS_ERRORS: dict[int, type[CameraStatusError]] = {
    1: UnknownMessageError,
    2: BadRequestError,
    3: NotInControlError,
    4: NotLoggedInError,
    5: BadPasswordError,
    6: ThrottledError,
    7: NoSuchJobError,
    8: NoSuchPointError,
    9: BusyError,
    10: NotFoundError,
    11: InternalError,
    12: NoSuchReportError,
    13: ReadOnlyError,
    14: ControlHeldError,
    15: ForbiddenError,
}
"""Status value -> the exception the client raises for it."""


def status_error(status: int, detail: str, request: str = "") -> CameraStatusError:
    """The typed exception for an error reply."""
    return STATUS_ERRORS.get(int(status), CameraStatusError)(int(status), detail, request)


class RequestChannel(Protocol):
    """Where the request surface sends its messages: the client's connections to one camera.
    ``port`` is the spec's port id; the channel picks the transport from the registry."""

    async def request(self, port: str, message: Message) -> Message:
        """Send ``message`` and return the camera's reply (an error reply raises)."""
        ...

    async def send(self, port: str, message: Message) -> None:
        """Send ``message``, which has no reply."""
        ...


class PortRequests:
    """Base of the per-port request surfaces: they send through ``channel``."""

    def __init__(self, channel: RequestChannel) -> None:
        self._channel = channel


class AcquireRequests(PortRequests):
    """The requests of the acquire port (TCP 49050)."""

    async def take_picture(
        self,
        pixel_format: enums.PixelFormat | int = enums.PixelFormat.MONO8,
    ) -> _acquire.Picture:
        """take_picture (acquire port)"""
        message = _acquire.TakePicture(
            pixel_format=pixel_format,
        )
        reply = await self._channel.request("acquire", message)
        assert isinstance(reply, _acquire.Picture)
        return reply

    async def start_live(
        self,
        max_fps: int = 0,
        pixel_format: enums.PixelFormat | int = enums.PixelFormat.MONO8,
    ) -> _acquire.LiveStarted:
        """start_live (acquire port)"""
        message = _acquire.StartLive(
            max_fps=max_fps,
            pixel_format=pixel_format,
        )
        reply = await self._channel.request("acquire", message)
        assert isinstance(reply, _acquire.LiveStarted)
        return reply

    async def stop_live(
        self,
    ) -> _acquire.LiveStopped:
        """stop_live (acquire port)"""
        message = _acquire.StopLive()
        reply = await self._channel.request("acquire", message)
        assert isinstance(reply, _acquire.LiveStopped)
        return reply


class AnnounceRequests(PortRequests):
    """The requests of the announce port (UDP 49495)."""

    async def send_discover(
        self,
    ) -> None:
        """Ask cameras to announce now; they answer to the sender's address. (announce port)"""
        message = _announce.Discover()
        await self._channel.send("announce", message)


class IoRequests(PortRequests):
    """The requests of the io port (TCP 49049)."""

    async def list_points(
        self,
    ) -> _io.PointList:
        """List every IO point with its kind, state and name. (io port)"""
        message = _io.ListPoints()
        reply = await self._channel.request("io", message)
        assert isinstance(reply, _io.PointList)
        return reply

    async def read_points(
        self,
        first: int = 0,
        count: int = 0,
    ) -> _io.PointStates:
        """Read the state of a contiguous range of points. (io port)"""
        message = _io.ReadPoints(
            first=first,
            count=count,
        )
        reply = await self._channel.request("io", message)
        assert isinstance(reply, _io.PointStates)
        return reply

    async def write_point(
        self,
        point: int = 0,
        state: bool = False,
        pulse_ms: int = 0,
    ) -> _io.WriteAck:
        """Set an output or virtual point; pulse_ms > 0 sets it back after that time. (io port, requires control)"""
        message = _io.WritePoint(
            point=point,
            state=state,
            pulse_ms=pulse_ms,
        )
        reply = await self._channel.request("io", message)
        assert isinstance(reply, _io.WriteAck)
        return reply

    async def subscribe(
        self,
        kinds: enums.SubscribeKinds = enums.SubscribeKinds(0),
    ) -> _io.SubscribeAck:
        """Ask for io_changed events for the selected kinds of points. (io port)"""
        message = _io.Subscribe(
            kinds=kinds,
        )
        reply = await self._channel.request("io", message)
        assert isinstance(reply, _io.SubscribeAck)
        return reply


class LoginRequests(PortRequests):
    """The requests of the login port (UDP 49493)."""

    async def login_start(
        self,
        client_nonce: BytesLike = b"",
        user: str = "",
    ) -> _login.LoginChallenge:
        """First step of a login; refused with throttled while the source or the account waits. (login port)"""
        message = _login.LoginStart(
            client_nonce=client_nonce,
            user=user,
        )
        reply = await self._channel.request("login", message)
        assert isinstance(reply, _login.LoginChallenge)
        return reply

    async def login(
        self,
        client_nonce: BytesLike = b"",
        server_nonce: BytesLike = b"",
        proof: BytesLike = b"",
        user: str = "",
    ) -> _login.LoginReply:
        """Second step: the proof. SaltedPassword = PBKDF2-HMAC-SHA256(password, salt, iterations); ClientKey = HMAC(SaltedPassword, "Client Key"); StoredKey = SHA256(ClientKey); AuthMessage = "vs1-login" | u8 length | user (UTF-8) | client_nonce | server_nonce | salt | u32 iterations | u8 kdf | client IPv4 address as the camera sees it (4 bytes); proof = ClientKey XOR HMAC(StoredKey, AuthMessage). A wrong proof is refused with bad_password and counts as a failed login for the source and the account. (login port)"""
        message = _login.Login(
            client_nonce=client_nonce,
            server_nonce=server_nonce,
            proof=proof,
            user=user,
        )
        reply = await self._channel.request("login", message)
        assert isinstance(reply, _login.LoginReply)
        return reply

    async def logout(
        self,
        auth: types.SessionProof | None = None,
    ) -> _login.LoginAck:
        """logout (login port)"""
        message = _login.Logout(
            auth=auth if auth is not None else types.SessionProof(),
        )
        reply = await self._channel.request("login", message)
        assert isinstance(reply, _login.LoginAck)
        return reply

    async def take_control(
        self,
        auth: types.SessionProof | None = None,
    ) -> _login.ControlReply:
        """Control stays with the session while a monitor of the session is alive; without one it is released after one heartbeat timeout. (login port)"""
        message = _login.TakeControl(
            auth=auth if auth is not None else types.SessionProof(),
        )
        reply = await self._channel.request("login", message)
        assert isinstance(reply, _login.ControlReply)
        return reply

    async def release_control(
        self,
        auth: types.SessionProof | None = None,
    ) -> _login.ControlReply:
        """release_control (login port)"""
        message = _login.ReleaseControl(
            auth=auth if auth is not None else types.SessionProof(),
        )
        reply = await self._channel.request("login", message)
        assert isinstance(reply, _login.ControlReply)
        return reply

    async def get_network(
        self,
    ) -> _login.NetworkParams:
        """get_network (login port)"""
        message = _login.GetNetwork()
        reply = await self._channel.request("login", message)
        assert isinstance(reply, _login.NetworkParams)
        return reply

    async def set_network(
        self,
        auth: types.SessionProof | None = None,
        config: types.NetworkConfig | None = None,
    ) -> _login.NetworkParams:
        """Change the network parameters; applied after the reply is sent. (login port, requires control)"""
        message = _login.SetNetwork(
            auth=auth if auth is not None else types.SessionProof(),
            config=config if config is not None else types.NetworkConfig(),
        )
        reply = await self._channel.request("login", message)
        assert isinstance(reply, _login.NetworkParams)
        return reply


class MonitorRequests(PortRequests):
    """The requests of the monitor port (TCP 49079)."""

    async def hello(
        self,
        auth: types.SessionProof | None = None,
        interval_ms: int = 0,
        client_name: str = "",
    ) -> _monitor.HelloAck:
        """Opens the monitor for a session (auth proves it, from the session's login address) or, with session 0, an anonymous one. Said once per monitor connection. (monitor port)"""
        message = _monitor.Hello(
            auth=auth if auth is not None else types.SessionProof(),
            interval_ms=interval_ms,
            client_name=client_name,
        )
        reply = await self._channel.request("monitor", message)
        assert isinstance(reply, _monitor.HelloAck)
        return reply

    async def watch(
        self,
        port: int = 0,
        client_port: int = 0,
    ) -> _monitor.WatchAck:
        """Watch the client's connection from client_port (on the monitor's own address) to camera port. Only a connection of the monitor's own session (see the port); otherwise forbidden, the same answer whether or not such a connection exists (no oracle for port guessing). (monitor port)"""
        message = _monitor.Watch(
            port=port,
            client_port=client_port,
        )
        reply = await self._channel.request("monitor", message)
        assert isinstance(reply, _monitor.WatchAck)
        return reply

    async def send_heartbeat(
        self,
        counter: int = 0,
        uptime_ms: int = 0,
    ) -> None:
        """heartbeat (monitor port)"""
        message = _monitor.Heartbeat(
            counter=counter,
            uptime_ms=uptime_ms,
        )
        await self._channel.send("monitor", message)

    async def send_goodbye(
        self,
        reason: enums.GoodbyeReason | int = enums.GoodbyeReason.CLIENT_CLOSING,
    ) -> None:
        """goodbye (monitor port)"""
        message = _monitor.Goodbye(
            reason=reason,
        )
        await self._channel.send("monitor", message)


class PartqRequests(PortRequests):
    """The requests of the partq port (TCP 49201)."""

    async def partq_info(
        self,
    ) -> _partq.PartqStatus:
        """partq_info (partq port)"""
        message = _partq.PartqInfo()
        reply = await self._channel.request("partq", message)
        assert isinstance(reply, _partq.PartqStatus)
        return reply

    async def fetch_range(
        self,
        first: int = 0,
        last: int = 0,
        max_records: int = 0,
        options: enums.FetchRangeOptions = enums.FetchRangeOptions(0),
    ) -> _partq.PartqRecords:
        """Records with first <= inspection <= last, at most max_records of them. (partq port)"""
        message = _partq.FetchRange(
            first=first,
            last=last,
            max_records=max_records,
            options=options,
        )
        reply = await self._channel.request("partq", message)
        assert isinstance(reply, _partq.PartqRecords)
        return reply

    async def fetch_latest(
        self,
        count: int = 0,
        options: enums.FetchLatestOptions = enums.FetchLatestOptions(0),
    ) -> _partq.PartqRecords:
        """fetch_latest (partq port)"""
        message = _partq.FetchLatest(
            count=count,
            options=options,
        )
        reply = await self._channel.request("partq", message)
        assert isinstance(reply, _partq.PartqRecords)
        return reply


class ReportControlRequests(PortRequests):
    """The requests of the report_control port (TCP 49202)."""

    async def set_rate(
        self,
        report_id: int = 0,
        rate_hz: float = 0.0,
    ) -> _report_control.ControlAck:
        """set_rate (report_control port)"""
        message = _report_control.SetRate(
            report_id=report_id,
            rate_hz=rate_hz,
        )
        reply = await self._channel.request("report_control", message)
        assert isinstance(reply, _report_control.ControlAck)
        return reply

    async def add_datums(
        self,
        report_id: int = 0,
        paths: list[str] | None = None,
    ) -> _report_control.DatumList:
        """add_datums (report_control port)"""
        message = _report_control.AddDatums(
            report_id=report_id,
            paths=paths if paths is not None else list(),
        )
        reply = await self._channel.request("report_control", message)
        assert isinstance(reply, _report_control.DatumList)
        return reply

    async def remove_datums(
        self,
        report_id: int = 0,
        datum_ids: list[int] | None = None,
    ) -> _report_control.DatumList:
        """remove_datums (report_control port)"""
        message = _report_control.RemoveDatums(
            report_id=report_id,
            datum_ids=datum_ids if datum_ids is not None else list(),
        )
        reply = await self._channel.request("report_control", message)
        assert isinstance(reply, _report_control.DatumList)
        return reply

    async def list_datums(
        self,
        report_id: int = 0,
    ) -> _report_control.DatumList:
        """list_datums (report_control port)"""
        message = _report_control.ListDatums(
            report_id=report_id,
        )
        reply = await self._channel.request("report_control", message)
        assert isinstance(reply, _report_control.DatumList)
        return reply

    async def list_reports(
        self,
    ) -> _report_control.ReportList:
        """list_reports (report_control port)"""
        message = _report_control.ListReports()
        reply = await self._channel.request("report_control", message)
        assert isinstance(reply, _report_control.ReportList)
        return reply

    async def pause_report(
        self,
        report_id: int = 0,
    ) -> _report_control.ControlAck:
        """pause_report (report_control port)"""
        message = _report_control.PauseReport(
            report_id=report_id,
        )
        reply = await self._channel.request("report_control", message)
        assert isinstance(reply, _report_control.ControlAck)
        return reply

    async def resume_report(
        self,
        report_id: int = 0,
    ) -> _report_control.ControlAck:
        """resume_report (report_control port)"""
        message = _report_control.ResumeReport(
            report_id=report_id,
        )
        reply = await self._channel.request("report_control", message)
        assert isinstance(reply, _report_control.ControlAck)
        return reply


class ReportsRequests(PortRequests):
    """The requests of the reports port (TCP 49200)."""

    async def open_report(
        self,
        report_id: int = 0,
        mode: enums.ReportMode | int = enums.ReportMode.LOSSLESS,
        options: enums.OpenReportOptions = enums.OpenReportOptions(0),
        rate_hz: float = 0.0,
        datums: list[str] | None = None,
    ) -> _reports.ReportOpened:
        """open_report (reports port)"""
        message = _reports.OpenReport(
            report_id=report_id,
            mode=mode,
            options=options,
            rate_hz=rate_hz,
            datums=datums if datums is not None else list(),
        )
        reply = await self._channel.request("reports", message)
        assert isinstance(reply, _reports.ReportOpened)
        return reply

    async def close_report(
        self,
        report_id: int = 0,
    ) -> _reports.ReportClosed:
        """close_report (reports port)"""
        message = _reports.CloseReport(
            report_id=report_id,
        )
        reply = await self._channel.request("reports", message)
        assert isinstance(reply, _reports.ReportClosed)
        return reply

    async def send_record_ack(
        self,
        report_id: int = 0,
        inspection: int = 0,
    ) -> None:
        """Lossless flow control; the camera's inspection waits for this (bounded by a timeout). (reports port)"""
        message = _reports.RecordAck(
            report_id=report_id,
            inspection=inspection,
        )
        await self._channel.send("reports", message)


class RpcRequests(PortRequests):
    """The requests of the rpc port (TCP 49059)."""

    async def get_status(
        self,
    ) -> _rpc.StatusReply:
        """get_status (rpc port)"""
        message = _rpc.GetStatus()
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.StatusReply)
        return reply

    async def get_info(
        self,
    ) -> _rpc.InfoReply:
        """get_info (rpc port)"""
        message = _rpc.GetInfo()
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.InfoReply)
        return reply

    async def start(
        self,
    ) -> _rpc.RpcAck:
        """Start running the selected job. (rpc port, requires control)"""
        message = _rpc.Start()
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.RpcAck)
        return reply

    async def stop(
        self,
    ) -> _rpc.RpcAck:
        """stop (rpc port, requires control)"""
        message = _rpc.Stop()
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.RpcAck)
        return reply

    async def list_jobs(
        self,
    ) -> _rpc.JobList:
        """list_jobs (rpc port)"""
        message = _rpc.ListJobs()
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.JobList)
        return reply

    async def select_job(
        self,
        slot: int = 0,
    ) -> _rpc.RpcAck:
        """select_job (rpc port, requires control)"""
        message = _rpc.SelectJob(
            slot=slot,
        )
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.RpcAck)
        return reply

    async def download_job(
        self,
        slot: int = 0,
        file_name: str = "",
    ) -> _rpc.RpcAck:
        """Load a job file already uploaded by FTP into a slot. (rpc port, requires control)"""
        message = _rpc.DownloadJob(
            slot=slot,
            file_name=file_name,
        )
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.RpcAck)
        return reply

    async def upload_job(
        self,
        slot: int = 0,
    ) -> _rpc.UploadReply:
        """Write the job of a slot to a file that the client then fetches by FTP. (rpc port, requires control)"""
        message = _rpc.UploadJob(
            slot=slot,
        )
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.UploadReply)
        return reply

    async def flash(
        self,
    ) -> _rpc.RpcAck:
        """Save the jobs and the selected slot to flash so they survive a restart. (rpc port, requires control)"""
        message = _rpc.Flash()
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.RpcAck)
        return reply

    async def trigger(
        self,
        count: int = 0,
    ) -> _rpc.TriggerReply:
        """trigger (rpc port, requires control)"""
        message = _rpc.Trigger(
            count=count,
        )
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.TriggerReply)
        return reply

    async def set_trigger(
        self,
        trigger_mode: enums.TriggerMode | int = enums.TriggerMode.EXTERNAL_IO,
        rate_hz: float = 0.0,
        input_point: int = 0,
    ) -> _rpc.RpcAck:
        """set_trigger (rpc port, requires control)"""
        message = _rpc.SetTrigger(
            trigger_mode=trigger_mode,
            rate_hz=rate_hz,
            input_point=input_point,
        )
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.RpcAck)
        return reply

    async def reboot(
        self,
    ) -> _rpc.RpcAck:
        """reboot (rpc port, requires control)"""
        message = _rpc.Reboot()
        reply = await self._channel.request("rpc", message)
        assert isinstance(reply, _rpc.RpcAck)
        return reply


class CameraRequests(
    AcquireRequests,
    AnnounceRequests,
    IoRequests,
    LoginRequests,
    MonitorRequests,
    PartqRequests,
    ReportControlRequests,
    ReportsRequests,
    RpcRequests,
):
    """Every request of every VS-1 port as a coroutine method, sent through one channel."""


REQUEST_METHODS: dict[type[Message], str] = {
    _acquire.TakePicture: "take_picture",
    _acquire.StartLive: "start_live",
    _acquire.StopLive: "stop_live",
    _announce.Discover: "send_discover",
    _io.ListPoints: "list_points",
    _io.ReadPoints: "read_points",
    _io.WritePoint: "write_point",
    _io.Subscribe: "subscribe",
    _login.LoginStart: "login_start",
    _login.Login: "login",
    _login.Logout: "logout",
    _login.TakeControl: "take_control",
    _login.ReleaseControl: "release_control",
    _login.GetNetwork: "get_network",
    _login.SetNetwork: "set_network",
    _monitor.Hello: "hello",
    _monitor.Watch: "watch",
    _monitor.Heartbeat: "send_heartbeat",
    _monitor.Goodbye: "send_goodbye",
    _partq.PartqInfo: "partq_info",
    _partq.FetchRange: "fetch_range",
    _partq.FetchLatest: "fetch_latest",
    _report_control.SetRate: "set_rate",
    _report_control.AddDatums: "add_datums",
    _report_control.RemoveDatums: "remove_datums",
    _report_control.ListDatums: "list_datums",
    _report_control.ListReports: "list_reports",
    _report_control.PauseReport: "pause_report",
    _report_control.ResumeReport: "resume_report",
    _reports.OpenReport: "open_report",
    _reports.CloseReport: "close_report",
    _reports.RecordAck: "send_record_ack",
    _rpc.GetStatus: "get_status",
    _rpc.GetInfo: "get_info",
    _rpc.Start: "start",
    _rpc.Stop: "stop",
    _rpc.ListJobs: "list_jobs",
    _rpc.SelectJob: "select_job",
    _rpc.DownloadJob: "download_job",
    _rpc.UploadJob: "upload_job",
    _rpc.Flash: "flash",
    _rpc.Trigger: "trigger",
    _rpc.SetTrigger: "set_trigger",
    _rpc.Reboot: "reboot",
}
"""Request message class -> the method that sends it."""

PORT_OF: dict[type[Message], str] = {
    _acquire.TakePicture: "acquire",
    _acquire.Picture: "acquire",
    _acquire.StartLive: "acquire",
    _acquire.LiveStarted: "acquire",
    _acquire.StopLive: "acquire",
    _acquire.LiveStopped: "acquire",
    _acquire.LiveFrame: "acquire",
    _announce.Announce: "announce",
    _announce.Discover: "announce",
    _io.ListPoints: "io",
    _io.PointList: "io",
    _io.ReadPoints: "io",
    _io.PointStates: "io",
    _io.WritePoint: "io",
    _io.WriteAck: "io",
    _io.Subscribe: "io",
    _io.SubscribeAck: "io",
    _io.IoChanged: "io",
    _login.LoginStart: "login",
    _login.LoginChallenge: "login",
    _login.Login: "login",
    _login.LoginReply: "login",
    _login.Logout: "login",
    _login.LoginAck: "login",
    _login.TakeControl: "login",
    _login.ReleaseControl: "login",
    _login.ControlReply: "login",
    _login.GetNetwork: "login",
    _login.NetworkParams: "login",
    _login.SetNetwork: "login",
    _monitor.Hello: "monitor",
    _monitor.HelloAck: "monitor",
    _monitor.Watch: "monitor",
    _monitor.WatchAck: "monitor",
    _monitor.Heartbeat: "monitor",
    _monitor.Goodbye: "monitor",
    _partq.PartqInfo: "partq",
    _partq.PartqStatus: "partq",
    _partq.FetchRange: "partq",
    _partq.FetchLatest: "partq",
    _partq.PartqRecords: "partq",
    _report_control.SetRate: "report_control",
    _report_control.ControlAck: "report_control",
    _report_control.AddDatums: "report_control",
    _report_control.RemoveDatums: "report_control",
    _report_control.ListDatums: "report_control",
    _report_control.DatumList: "report_control",
    _report_control.ListReports: "report_control",
    _report_control.ReportList: "report_control",
    _report_control.PauseReport: "report_control",
    _report_control.ResumeReport: "report_control",
    _reports.OpenReport: "reports",
    _reports.ReportOpened: "reports",
    _reports.CloseReport: "reports",
    _reports.ReportClosed: "reports",
    _reports.ReportRecord: "reports",
    _reports.RecordAck: "reports",
    _rpc.GetStatus: "rpc",
    _rpc.StatusReply: "rpc",
    _rpc.GetInfo: "rpc",
    _rpc.InfoReply: "rpc",
    _rpc.Start: "rpc",
    _rpc.Stop: "rpc",
    _rpc.RpcAck: "rpc",
    _rpc.ListJobs: "rpc",
    _rpc.JobList: "rpc",
    _rpc.SelectJob: "rpc",
    _rpc.DownloadJob: "rpc",
    _rpc.UploadJob: "rpc",
    _rpc.UploadReply: "rpc",
    _rpc.Flash: "rpc",
    _rpc.Trigger: "rpc",
    _rpc.TriggerReply: "rpc",
    _rpc.SetTrigger: "rpc",
    _rpc.Reboot: "rpc",
}
"""Message class -> the id of the port that carries it."""
