# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""The emulator's dispatch skeleton: one handler per message a client sends to the camera.

The camera's behaviour is hand-written in ``vs1kit.emulator``: it subclasses these classes
(naming the type of its request context, e.g. ``RpcHandlers[Connection]``) and overrides the
handlers. A handler that is not overridden raises :class:`NotHandled`, which the emulator
turns into the framing's error reply with status ``unknown_message``; a port with no
hand-written behaviour at all is served by its class here as it stands (``HANDLER_CLASSES``).
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from vs1kit.protocol.wire import Message, Vs1Error

from . import enums, frames, types  # noqa: F401
from . import acquire
from . import announce
from . import io
from . import login
from . import monitor
from . import partq
from . import report_control
from . import reports
from . import rpc

Ctx = TypeVar("Ctx", contravariant=True)
"""What the emulator tells a handler about where the request came from."""


class NotHandled(Vs1Error):
    """The emulator has no behaviour for this message."""


class PortHandlers(Generic[Ctx]):
    """Base of every port's skeleton: the port id, handler names by message code, and what
    each message a client may send on the port requires (``ACCESS``: ``open``, ``session``
    or ``control``; the emulator's pipeline enforces it before any handler runs)."""

    PORT: ClassVar[str] = ""
    HANDLERS: ClassVar[dict[int, str]] = {}
    ACCESS: ClassVar[dict[int, str]] = {}


class AcquireHandlers(PortHandlers[Ctx]):
    """Camera side of the Pic and Live Acquire Port (TCP 49050)."""

    PORT: ClassVar[str] = "acquire"
    HANDLERS: ClassVar[dict[int, str]] = {
        0x0201: "on_take_picture",
        0x0202: "on_start_live",
        0x0203: "on_stop_live",
    }
    ACCESS: ClassVar[dict[int, str]] = {
        0x0201: "open",  # take_picture
        0x0202: "open",  # start_live
        0x0203: "open",  # stop_live
        0x7F01: "open",  # bind_session
    }

    async def on_take_picture(self, ctx: Ctx, message: acquire.TakePicture) -> acquire.Picture:
        """take_picture Access: open."""
        raise NotHandled(f"acquire: no handler for take_picture")

    async def on_start_live(self, ctx: Ctx, message: acquire.StartLive) -> acquire.LiveStarted:
        """start_live Access: open."""
        raise NotHandled(f"acquire: no handler for start_live")

    async def on_stop_live(self, ctx: Ctx, message: acquire.StopLive) -> acquire.LiveStopped:
        """stop_live Access: open."""
        raise NotHandled(f"acquire: no handler for stop_live")


class AnnounceHandlers(PortHandlers[Ctx]):
    """Camera side of the Camera Announce Port (UDP 49495)."""

    PORT: ClassVar[str] = "announce"
    HANDLERS: ClassVar[dict[int, str]] = {
        0x0902: "on_discover",
    }
    ACCESS: ClassVar[dict[int, str]] = {
        0x0902: "open",  # discover
    }

    async def on_discover(self, ctx: Ctx, message: announce.Discover) -> None:
        """Ask cameras to announce now; they answer to the sender's address. Access: open."""
        raise NotHandled(f"announce: no handler for discover")


class IoHandlers(PortHandlers[Ctx]):
    """Camera side of the IO Service Port (TCP 49049)."""

    PORT: ClassVar[str] = "io"
    HANDLERS: ClassVar[dict[int, str]] = {
        0x0101: "on_list_points",
        0x0102: "on_read_points",
        0x0103: "on_write_point",
        0x0104: "on_subscribe",
    }
    ACCESS: ClassVar[dict[int, str]] = {
        0x0101: "open",  # list_points
        0x0102: "open",  # read_points
        0x0103: "control",  # write_point
        0x0104: "open",  # subscribe
        0x7F01: "open",  # bind_session
    }

    async def on_list_points(self, ctx: Ctx, message: io.ListPoints) -> io.PointList:
        """List every IO point with its kind, state and name. Access: open."""
        raise NotHandled(f"io: no handler for list_points")

    async def on_read_points(self, ctx: Ctx, message: io.ReadPoints) -> io.PointStates:
        """Read the state of a contiguous range of points. Access: open."""
        raise NotHandled(f"io: no handler for read_points")

    async def on_write_point(self, ctx: Ctx, message: io.WritePoint) -> io.WriteAck:
        """Set an output or virtual point; pulse_ms > 0 sets it back after that time. Access: control."""
        raise NotHandled(f"io: no handler for write_point")

    async def on_subscribe(self, ctx: Ctx, message: io.Subscribe) -> io.SubscribeAck:
        """Ask for io_changed events for the selected kinds of points. Access: open."""
        raise NotHandled(f"io: no handler for subscribe")


class LoginHandlers(PortHandlers[Ctx]):
    """Camera side of the Camera Login/Command Port (UDP 49493)."""

    PORT: ClassVar[str] = "login"
    HANDLERS: ClassVar[dict[int, str]] = {
        0x0807: "on_login_start",
        0x0801: "on_login",
        0x0802: "on_logout",
        0x0803: "on_take_control",
        0x0804: "on_release_control",
        0x0805: "on_get_network",
        0x0806: "on_set_network",
    }
    ACCESS: ClassVar[dict[int, str]] = {
        0x0807: "open",  # login_start
        0x0801: "open",  # login
        0x0802: "session",  # logout
        0x0803: "session",  # take_control
        0x0804: "session",  # release_control
        0x0805: "open",  # get_network
        0x0806: "control",  # set_network
    }

    async def on_login_start(self, ctx: Ctx, message: login.LoginStart) -> login.LoginChallenge:
        """First step of a login; refused with throttled while the source or the account waits. Access: open."""
        raise NotHandled(f"login: no handler for login_start")

    async def on_login(self, ctx: Ctx, message: login.Login) -> login.LoginReply:
        """Second step: the proof. SaltedPassword = PBKDF2-HMAC-SHA256(password, salt, iterations); ClientKey = HMAC(SaltedPassword, "Client Key"); StoredKey = SHA256(ClientKey); AuthMessage = "vs1-login" | u8 length | user (UTF-8) | client_nonce | server_nonce | salt | u32 iterations | u8 kdf | client IPv4 address as the camera sees it (4 bytes); proof = ClientKey XOR HMAC(StoredKey, AuthMessage). A wrong proof is refused with bad_password and counts as a failed login for the source and the account. Access: open."""
        raise NotHandled(f"login: no handler for login")

    async def on_logout(self, ctx: Ctx, message: login.Logout) -> login.LoginAck:
        """logout Access: session."""
        raise NotHandled(f"login: no handler for logout")

    async def on_take_control(self, ctx: Ctx, message: login.TakeControl) -> login.ControlReply:
        """Control stays with the session while a monitor of the session is alive; without one it is released after one heartbeat timeout. Access: session."""
        raise NotHandled(f"login: no handler for take_control")

    async def on_release_control(
        self, ctx: Ctx, message: login.ReleaseControl
    ) -> login.ControlReply:
        """release_control Access: session."""
        raise NotHandled(f"login: no handler for release_control")

    async def on_get_network(self, ctx: Ctx, message: login.GetNetwork) -> login.NetworkParams:
        """get_network Access: open."""
        raise NotHandled(f"login: no handler for get_network")

    async def on_set_network(self, ctx: Ctx, message: login.SetNetwork) -> login.NetworkParams:
        """Change the network parameters; applied after the reply is sent. Access: control."""
        raise NotHandled(f"login: no handler for set_network")


class MonitorHandlers(PortHandlers[Ctx]):
    """Camera side of the Connection Monitor Port (TCP 49079)."""

    PORT: ClassVar[str] = "monitor"
    HANDLERS: ClassVar[dict[int, str]] = {
        0x0401: "on_hello",
        0x0402: "on_watch",
        0x0403: "on_heartbeat",
        0x0404: "on_goodbye",
    }
    ACCESS: ClassVar[dict[int, str]] = {
        0x0401: "open",  # hello
        0x0402: "open",  # watch
        0x0403: "open",  # heartbeat
        0x0404: "open",  # goodbye
    }

    async def on_hello(self, ctx: Ctx, message: monitor.Hello) -> monitor.HelloAck:
        """Opens the monitor for a session (auth proves it, from the session's login address) or, with session 0, an anonymous one. Said once per monitor connection. Access: open."""
        raise NotHandled(f"monitor: no handler for hello")

    async def on_watch(self, ctx: Ctx, message: monitor.Watch) -> monitor.WatchAck:
        """Watch the client's connection from client_port (on the monitor's own address) to camera port. Only a connection of the monitor's own session (see the port); otherwise forbidden, the same answer whether or not such a connection exists (no oracle for port guessing). Access: open."""
        raise NotHandled(f"monitor: no handler for watch")

    async def on_heartbeat(self, ctx: Ctx, message: monitor.Heartbeat) -> None:
        """heartbeat Access: open."""
        raise NotHandled(f"monitor: no handler for heartbeat")

    async def on_goodbye(self, ctx: Ctx, message: monitor.Goodbye) -> None:
        """goodbye Access: open."""
        raise NotHandled(f"monitor: no handler for goodbye")


class PartqHandlers(PortHandlers[Ctx]):
    """Camera side of the PartQ Retrieval Port (TCP 49201)."""

    PORT: ClassVar[str] = "partq"
    HANDLERS: ClassVar[dict[int, str]] = {
        0x0601: "on_partq_info",
        0x0602: "on_fetch_range",
        0x0603: "on_fetch_latest",
    }
    ACCESS: ClassVar[dict[int, str]] = {
        0x0601: "open",  # partq_info
        0x0602: "open",  # fetch_range
        0x0603: "open",  # fetch_latest
        0x7F01: "open",  # bind_session
    }

    async def on_partq_info(self, ctx: Ctx, message: partq.PartqInfo) -> partq.PartqStatus:
        """partq_info Access: open."""
        raise NotHandled(f"partq: no handler for partq_info")

    async def on_fetch_range(self, ctx: Ctx, message: partq.FetchRange) -> partq.PartqRecords:
        """Records with first <= inspection <= last, at most max_records of them. Access: open."""
        raise NotHandled(f"partq: no handler for fetch_range")

    async def on_fetch_latest(self, ctx: Ctx, message: partq.FetchLatest) -> partq.PartqRecords:
        """fetch_latest Access: open."""
        raise NotHandled(f"partq: no handler for fetch_latest")


class ReportControlHandlers(PortHandlers[Ctx]):
    """Camera side of the Reports and Statistics Control Port (TCP 49202)."""

    PORT: ClassVar[str] = "report_control"
    HANDLERS: ClassVar[dict[int, str]] = {
        0x0701: "on_set_rate",
        0x0702: "on_add_datums",
        0x0703: "on_remove_datums",
        0x0704: "on_list_datums",
        0x0705: "on_list_reports",
        0x0706: "on_pause_report",
        0x0707: "on_resume_report",
    }
    ACCESS: ClassVar[dict[int, str]] = {
        0x0701: "open",  # set_rate
        0x0702: "open",  # add_datums
        0x0703: "open",  # remove_datums
        0x0704: "open",  # list_datums
        0x0705: "open",  # list_reports
        0x0706: "open",  # pause_report
        0x0707: "open",  # resume_report
        0x7F01: "open",  # bind_session
    }

    async def on_set_rate(
        self, ctx: Ctx, message: report_control.SetRate
    ) -> report_control.ControlAck:
        """set_rate Access: open."""
        raise NotHandled(f"report_control: no handler for set_rate")

    async def on_add_datums(
        self, ctx: Ctx, message: report_control.AddDatums
    ) -> report_control.DatumList:
        """add_datums Access: open."""
        raise NotHandled(f"report_control: no handler for add_datums")

    async def on_remove_datums(
        self, ctx: Ctx, message: report_control.RemoveDatums
    ) -> report_control.DatumList:
        """remove_datums Access: open."""
        raise NotHandled(f"report_control: no handler for remove_datums")

    async def on_list_datums(
        self, ctx: Ctx, message: report_control.ListDatums
    ) -> report_control.DatumList:
        """list_datums Access: open."""
        raise NotHandled(f"report_control: no handler for list_datums")

    async def on_list_reports(
        self, ctx: Ctx, message: report_control.ListReports
    ) -> report_control.ReportList:
        """list_reports Access: open."""
        raise NotHandled(f"report_control: no handler for list_reports")

    async def on_pause_report(
        self, ctx: Ctx, message: report_control.PauseReport
    ) -> report_control.ControlAck:
        """pause_report Access: open."""
        raise NotHandled(f"report_control: no handler for pause_report")

    async def on_resume_report(
        self, ctx: Ctx, message: report_control.ResumeReport
    ) -> report_control.ControlAck:
        """resume_report Access: open."""
        raise NotHandled(f"report_control: no handler for resume_report")


class ReportsHandlers(PortHandlers[Ctx]):
    """Camera side of the Reports and Statistics Port (TCP 49200)."""

    PORT: ClassVar[str] = "reports"
    HANDLERS: ClassVar[dict[int, str]] = {
        0x0501: "on_open_report",
        0x0502: "on_close_report",
        0x0503: "on_record_ack",
    }
    ACCESS: ClassVar[dict[int, str]] = {
        0x0501: "open",  # open_report
        0x0502: "open",  # close_report
        0x0503: "open",  # record_ack
        0x7F01: "open",  # bind_session
    }

    async def on_open_report(self, ctx: Ctx, message: reports.OpenReport) -> reports.ReportOpened:
        """open_report Access: open."""
        raise NotHandled(f"reports: no handler for open_report")

    async def on_close_report(self, ctx: Ctx, message: reports.CloseReport) -> reports.ReportClosed:
        """close_report Access: open."""
        raise NotHandled(f"reports: no handler for close_report")

    async def on_record_ack(self, ctx: Ctx, message: reports.RecordAck) -> None:
        """Lossless flow control; the camera's inspection waits for this (bounded by a timeout). Access: open."""
        raise NotHandled(f"reports: no handler for record_ack")


class RpcHandlers(PortHandlers[Ctx]):
    """Camera side of the Camera RPC Port (TCP 49059)."""

    PORT: ClassVar[str] = "rpc"
    HANDLERS: ClassVar[dict[int, str]] = {
        0x0301: "on_get_status",
        0x0302: "on_get_info",
        0x0303: "on_start",
        0x0304: "on_stop",
        0x0305: "on_list_jobs",
        0x0306: "on_select_job",
        0x0307: "on_download_job",
        0x0308: "on_upload_job",
        0x0309: "on_flash",
        0x030A: "on_trigger",
        0x030B: "on_set_trigger",
        0x030C: "on_reboot",
    }
    ACCESS: ClassVar[dict[int, str]] = {
        0x0301: "open",  # get_status
        0x0302: "open",  # get_info
        0x0303: "control",  # start
        0x0304: "control",  # stop
        0x0305: "open",  # list_jobs
        0x0306: "control",  # select_job
        0x0307: "control",  # download_job
        0x0308: "control",  # upload_job
        0x0309: "control",  # flash
        0x030A: "control",  # trigger
        0x030B: "control",  # set_trigger
        0x030C: "control",  # reboot
        0x7F01: "open",  # bind_session
    }

    async def on_get_status(self, ctx: Ctx, message: rpc.GetStatus) -> rpc.StatusReply:
        """get_status Access: open."""
        raise NotHandled(f"rpc: no handler for get_status")

    async def on_get_info(self, ctx: Ctx, message: rpc.GetInfo) -> rpc.InfoReply:
        """get_info Access: open."""
        raise NotHandled(f"rpc: no handler for get_info")

    async def on_start(self, ctx: Ctx, message: rpc.Start) -> rpc.RpcAck:
        """Start running the selected job. Access: control."""
        raise NotHandled(f"rpc: no handler for start")

    async def on_stop(self, ctx: Ctx, message: rpc.Stop) -> rpc.RpcAck:
        """stop Access: control."""
        raise NotHandled(f"rpc: no handler for stop")

    async def on_list_jobs(self, ctx: Ctx, message: rpc.ListJobs) -> rpc.JobList:
        """list_jobs Access: open."""
        raise NotHandled(f"rpc: no handler for list_jobs")

    async def on_select_job(self, ctx: Ctx, message: rpc.SelectJob) -> rpc.RpcAck:
        """select_job Access: control."""
        raise NotHandled(f"rpc: no handler for select_job")

    async def on_download_job(self, ctx: Ctx, message: rpc.DownloadJob) -> rpc.RpcAck:
        """Load a job file already uploaded by FTP into a slot. Access: control."""
        raise NotHandled(f"rpc: no handler for download_job")

    async def on_upload_job(self, ctx: Ctx, message: rpc.UploadJob) -> rpc.UploadReply:
        """Write the job of a slot to a file that the client then fetches by FTP. Access: control."""
        raise NotHandled(f"rpc: no handler for upload_job")

    async def on_flash(self, ctx: Ctx, message: rpc.Flash) -> rpc.RpcAck:
        """Save the jobs and the selected slot to flash so they survive a restart. Access: control."""
        raise NotHandled(f"rpc: no handler for flash")

    async def on_trigger(self, ctx: Ctx, message: rpc.Trigger) -> rpc.TriggerReply:
        """trigger Access: control."""
        raise NotHandled(f"rpc: no handler for trigger")

    async def on_set_trigger(self, ctx: Ctx, message: rpc.SetTrigger) -> rpc.RpcAck:
        """set_trigger Access: control."""
        raise NotHandled(f"rpc: no handler for set_trigger")

    async def on_reboot(self, ctx: Ctx, message: rpc.Reboot) -> rpc.RpcAck:
        """reboot Access: control."""
        raise NotHandled(f"rpc: no handler for reboot")


HANDLER_CLASSES: dict[str, type[PortHandlers[object]]] = {
    "acquire": AcquireHandlers,
    "announce": AnnounceHandlers,
    "io": IoHandlers,
    "login": LoginHandlers,
    "monitor": MonitorHandlers,
    "partq": PartqHandlers,
    "report_control": ReportControlHandlers,
    "reports": ReportsHandlers,
    "rpc": RpcHandlers,
}
"""The skeleton of every framed port, by port id: what serves a port with no hand-written
behaviour (every request gets the unknown-message error reply)."""


async def dispatch(handlers: PortHandlers[Ctx], ctx: Ctx, message: Message) -> Message | None:
    """Call the handler for ``message``; NotHandled if the class has none."""
    name = type(handlers).HANDLERS.get(message.CODE) if message.CODE is not None else None
    if name is None:
        raise NotHandled(f"{type(handlers).PORT}: no handler for {type(message).__name__}")
    result: Message | None = await getattr(handlers, name)(ctx, message)
    return result
