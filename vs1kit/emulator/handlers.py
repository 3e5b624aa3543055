"""The camera's behaviour on each VS-1 port, as subclasses of the generated dispatch skeleton.

Handlers get the connection (`Conn`, or the sender, `Datagram`, on UDP ports) as `ctx` and
return the reply; they raise `ModelError` for a refusal (the request pipeline answers with an
error_reply) and `ProtocolViolation` to have the connection closed. They see the camera only
through `CameraContext`.
"""

from __future__ import annotations

import asyncio
import time

from vs1kit.emulator import model as m
from vs1kit.emulator.conn import Conn, Datagram, ProtocolViolation, Report
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.model import ModelError
from vs1kit.emulator.netstate import NetworkConfig, NetworkConfigError
from vs1kit.generated import (
    acquire,
    announce,
    enums,
    io,
    login,
    monitor,
    partq,
    report_control,
    reports,
    rpc,
    types,
)
from vs1kit.generated.emulator_skeleton import (
    AcquireHandlers,
    AnnounceHandlers,
    IoHandlers,
    LoginHandlers,
    MonitorHandlers,
    PartqHandlers,
    ReportControlHandlers,
    ReportsHandlers,
    RpcHandlers,
)

__all__ = [
    "CameraAcquire",
    "CameraAnnounce",
    "CameraIo",
    "CameraLogin",
    "CameraMonitor",
    "CameraPartq",
    "CameraReportControl",
    "CameraReports",
    "CameraRpc",
]

S = enums.StatusCode
MAX_PARTQ_BYTES = 32 * 1024 * 1024  # keep a PartQ reply well under the frame limit


class CameraRpc(RpcHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_get_status(self, ctx: Conn, message: rpc.GetStatus) -> rpc.StatusReply:
        md = self.cam.model
        flags = enums.StatusReplyFlags(0)
        if md.job is not None:
            flags |= enums.StatusReplyFlags.JOB_LOADED
        if self.cam.security.holds(self.cam.monitors.session_of(ctx)):
            flags |= enums.StatusReplyFlags.IN_CONTROL
        if md.ram_job_unsaved:
            flags |= enums.StatusReplyFlags.RAM_JOB_UNSAVED
        return rpc.StatusReply(
            state=md.state, trigger_mode=md.trigger_mode, flags=flags, job_slot=md.selected,
            inspections=md.inspections, passed=md.passed, failed=md.failed,
            uptime_s=int(md.uptime_s), job_name=md.job.name if md.job else "",
            controller_ip=self.cam.security.holder_ip,
        )

    async def on_get_info(self, ctx: Conn, message: rpc.GetInfo) -> rpc.InfoReply:
        md = self.cam.model
        return rpc.InfoReply(
            model=m.MODEL_NAME, serial=md.serial, firmware_version=m.FIRMWARE,
            mac=md.config.mac, job_slots=m.JOB_SLOTS, sensor_width=m.WIDTH,
            sensor_height=m.HEIGHT,
        )

    async def on_start(self, ctx: Conn, message: rpc.Start) -> rpc.RpcAck:
        self.cam.model.start()
        return rpc.RpcAck(request_type=rpc.Start.CODE or 0)

    async def on_stop(self, ctx: Conn, message: rpc.Stop) -> rpc.RpcAck:
        self.cam.model.stop()
        return rpc.RpcAck(request_type=rpc.Stop.CODE or 0)

    async def on_list_jobs(self, ctx: Conn, message: rpc.ListJobs) -> rpc.JobList:
        return rpc.JobList(selected_slot=self.cam.model.selected, jobs=self.cam.model.list_jobs())

    async def on_select_job(self, ctx: Conn, message: rpc.SelectJob) -> rpc.RpcAck:
        self.cam.model.select_job(message.slot)
        return rpc.RpcAck(request_type=rpc.SelectJob.CODE or 0)

    async def on_download_job(self, ctx: Conn, message: rpc.DownloadJob) -> rpc.RpcAck:
        self.cam.model.download_job(message.slot, message.file_name)
        return rpc.RpcAck(request_type=rpc.DownloadJob.CODE or 0)

    async def on_upload_job(self, ctx: Conn, message: rpc.UploadJob) -> rpc.UploadReply:
        size, path = self.cam.model.upload_job(message.slot)
        return rpc.UploadReply(size=size, file_name=path)

    async def on_flash(self, ctx: Conn, message: rpc.Flash) -> rpc.RpcAck:
        self.cam.model.flash()
        return rpc.RpcAck(request_type=rpc.Flash.CODE or 0)

    async def on_trigger(self, ctx: Conn, message: rpc.Trigger) -> rpc.TriggerReply:
        if message.count == 0:
            raise ModelError(S.BAD_REQUEST, "trigger count must be at least 1")
        first = self.cam.engine.trigger(message.count)
        return rpc.TriggerReply(first_inspection=first, count=message.count)

    async def on_set_trigger(self, ctx: Conn, message: rpc.SetTrigger) -> rpc.RpcAck:
        self.cam.model.set_trigger(message.trigger_mode, message.rate_hz, message.input_point)
        return rpc.RpcAck(request_type=rpc.SetTrigger.CODE or 0)

    async def on_reboot(self, ctx: Conn, message: rpc.Reboot) -> rpc.RpcAck:
        # Reply first, then restart: the client should see its command accepted.
        asyncio.get_running_loop().call_later(0.05, self.cam.schedule_restart)
        return rpc.RpcAck(request_type=rpc.Reboot.CODE or 0)


class CameraMonitor(MonitorHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_hello(self, ctx: Conn, message: monitor.Hello) -> monitor.HelloAck:
        conn = ctx
        sec = self.cam.security
        if message.session != 0 and not sec.valid(message.session):
            raise ModelError(S.NOT_LOGGED_IN, f"session {message.session:08x} is not logged in")
        interval = min(max(message.interval_ms or 500, 50), 1000) / 1000.0
        timeout = min(max(4 * interval, 0.5), 2.0)
        mon = conn.monitor
        if mon is None:
            mon = self.cam.monitors.new(conn, message.session, message.client_name, interval,
                                        timeout, now=time.monotonic())
        else:
            if mon.session != message.session and sec.holds(mon.session):
                sec.release(mon.session)  # the controller's monitor moved to another session
            mon.session = message.session
            mon.name = message.client_name
            mon.heartbeat.reconfigure(interval=interval, timeout=timeout, now=time.monotonic())
        sec.touch(message.session)
        return monitor.HelloAck(monitor_id=mon.id, interval_ms=int(interval * 1000),
                                timeout_ms=int(timeout * 1000))

    async def on_watch(self, ctx: Conn, message: monitor.Watch) -> monitor.WatchAck:
        conn = ctx
        mon = conn.monitor
        if mon is None:
            raise ModelError(S.BAD_REQUEST, "say hello before watch")
        if message.port not in self.cam.watchable_ports():
            raise ModelError(S.BAD_REQUEST, f"port {message.port} is not a service or serial port of this camera")
        self.cam.monitors.watch(mon, (message.port, conn.peer_ip, message.client_port))
        return monitor.WatchAck(watched=len(mon.watched))

    async def on_heartbeat(self, ctx: Conn, message: monitor.Heartbeat) -> None:
        mon = ctx.monitor
        if mon is None:
            raise ProtocolViolation("heartbeat before hello")
        mon.heartbeat.heard(time.monotonic())  # only heartbeats count as life
        self.cam.security.touch(mon.session)

    async def on_goodbye(self, ctx: Conn, message: monitor.Goodbye) -> None:
        mon = ctx.monitor
        if mon is not None:
            self.cam.monitors.lost(mon, "client said goodbye")


class CameraReports(ReportsHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_open_report(self, ctx: Conn, message: reports.OpenReport) -> reports.ReportOpened:
        conn = ctx
        if message.report_id in conn.reports:
            raise ModelError(S.BAD_REQUEST, f"report {message.report_id} is already open")
        try:
            mode = enums.ReportMode(message.mode)
        except ValueError:
            raise ModelError(S.BAD_REQUEST, f"unknown report mode {message.mode}") from None
        if mode == enums.ReportMode.LOSSY and not message.rate_hz >= 0:
            raise ModelError(S.BAD_REQUEST, f"bad rate {message.rate_hz}")
        datums = self.cam.model.resolve_datums(list(message.datums))
        rep = Report(message.report_id, mode, datums, float(message.rate_hz),
                     bool(message.options & enums.OpenReportOptions.INCLUDE_IMAGE))
        conn.reports[rep.report_id] = rep
        self.cam.report_conns.add(conn)
        return reports.ReportOpened(report_id=rep.report_id,
                                    next_inspection=self.cam.engine.next_delivered,
                                    datums=[d.desc() for d in datums])

    async def on_close_report(self, ctx: Conn, message: reports.CloseReport) -> reports.ReportClosed:
        conn = ctx
        rep = conn.reports.pop(message.report_id, None)
        if rep is None:
            raise ModelError(S.NO_SUCH_REPORT, f"report {message.report_id} is not open")
        for key in [k for k in conn.acks if k[0] == rep.report_id]:
            conn.acks.pop(key).cancel()
        return reports.ReportClosed(report_id=rep.report_id, delivered=rep.delivered,
                                    dropped=rep.dropped)

    async def on_record_ack(self, ctx: Conn, message: reports.RecordAck) -> None:
        fut = ctx.acks.pop((message.report_id, message.inspection), None)
        if fut is not None and not fut.done():
            fut.set_result(None)


class CameraReportControl(ReportControlHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    def _report(self, ctx: Conn, report_id: int) -> Report:
        rep = self.cam.find_report(ctx, report_id)
        if rep is None:
            raise ModelError(S.NO_SUCH_REPORT, f"no report {report_id} on a report connection of this client")
        return rep

    @staticmethod
    def _list(rep: Report) -> report_control.DatumList:
        return report_control.DatumList(report_id=rep.report_id,
                                        datums=[d.desc() for d in rep.datums])

    async def on_set_rate(self, ctx: Conn, message: report_control.SetRate) -> report_control.ControlAck:
        rep = self._report(ctx, message.report_id)
        if not message.rate_hz >= 0:
            raise ModelError(S.BAD_REQUEST, f"bad rate {message.rate_hz}")
        rep.rate_hz = float(message.rate_hz)
        rep.next_time = 0.0
        return report_control.ControlAck(report_id=rep.report_id)

    async def on_add_datums(self, ctx: Conn, message: report_control.AddDatums) -> report_control.DatumList:
        rep = self._report(ctx, message.report_id)
        have = {d.datum_id for d in rep.datums}
        for d in self.cam.model.resolve_datums(list(message.paths)):
            if d.datum_id not in have:
                rep.datums.append(d)
                have.add(d.datum_id)
        return self._list(rep)

    async def on_remove_datums(
        self, ctx: Conn, message: report_control.RemoveDatums
    ) -> report_control.DatumList:
        rep = self._report(ctx, message.report_id)
        present = {d.datum_id for d in rep.datums}
        missing = [i for i in message.datum_ids if i not in present]
        if missing:
            raise ModelError(S.NOT_FOUND, f"report {rep.report_id} has no datum id(s) {missing}")
        drop = set(message.datum_ids)
        rep.datums = [d for d in rep.datums if d.datum_id not in drop]
        return self._list(rep)

    async def on_list_datums(self, ctx: Conn, message: report_control.ListDatums) -> report_control.DatumList:
        return self._list(self._report(ctx, message.report_id))

    async def on_list_reports(self, ctx: Conn, message: report_control.ListReports) -> report_control.ReportList:
        out: list[types.ReportInfo] = []
        for rep in self.cam.reports_of(ctx):
            state = enums.ReportInfoState(0)
            if rep.paused:
                state |= enums.ReportInfoState.PAUSED
            if rep.include_image:
                state |= enums.ReportInfoState.INCLUDE_IMAGE
            out.append(types.ReportInfo(report_id=rep.report_id, mode=rep.mode, state=state,
                                        rate_hz=rep.rate_hz, datum_count=len(rep.datums),
                                        delivered=rep.delivered, dropped=rep.dropped))
        return report_control.ReportList(reports=out)

    async def on_pause_report(self, ctx: Conn, message: report_control.PauseReport) -> report_control.ControlAck:
        self._report(ctx, message.report_id).paused = True
        return report_control.ControlAck(report_id=message.report_id)

    async def on_resume_report(self, ctx: Conn, message: report_control.ResumeReport) -> report_control.ControlAck:
        self._report(ctx, message.report_id).paused = False
        return report_control.ControlAck(report_id=message.report_id)


class CameraPartq(PartqHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_partq_info(self, ctx: Conn, message: partq.PartqInfo) -> partq.PartqStatus:
        q = self.cam.model.partq
        return partq.PartqStatus(depth=q.depth, count=len(q), oldest=q.oldest, newest=q.newest)

    def _records(self, results: list[m.InspectionResult], with_image: bool, more: bool) -> partq.PartqRecords:
        budget = MAX_PARTQ_BYTES
        out: list[types.Record] = []
        for r in results:
            cost = 64 + 32 * len(r.values) + (m.WIDTH * m.HEIGHT if with_image else 0)
            if out and cost > budget:
                more = True
                break
            budget -= cost
            out.append(r.record(with_image=with_image))
        job = results[-1].job if results else self.cam.model.job
        datums = [d.desc() for d in job.datums] if job is not None else []
        return partq.PartqRecords(more=more, datums=datums, records=out)

    async def on_fetch_range(self, ctx: Conn, message: partq.FetchRange) -> partq.PartqRecords:
        limit = message.max_records or 65535
        matched = list(self.cam.model.partq.range(message.first, message.last))
        return self._records(matched[:limit],
                             bool(message.options & enums.FetchRangeOptions.INCLUDE_IMAGE),
                             len(matched) > limit)

    async def on_fetch_latest(self, ctx: Conn, message: partq.FetchLatest) -> partq.PartqRecords:
        results = self.cam.model.partq.latest(message.count)
        return self._records(results,
                             bool(message.options & enums.FetchLatestOptions.INCLUDE_IMAGE), False)


class CameraIo(IoHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_list_points(self, ctx: Conn, message: io.ListPoints) -> io.PointList:
        return io.PointList(points=self.cam.model.io.points())

    async def on_read_points(self, ctx: Conn, message: io.ReadPoints) -> io.PointStates:
        bank = self.cam.model.io
        if message.count == 0 or message.first + message.count > bank.count:
            raise ModelError(S.NO_SUCH_POINT,
                             f"points {message.first}..{message.first + message.count - 1} "
                             f"are not all in 0..{bank.count - 1}")
        return io.PointStates(first=message.first,
                              states=bank.states[message.first:message.first + message.count])

    async def on_write_point(self, ctx: Conn, message: io.WritePoint) -> io.WriteAck:
        bank = self.cam.model.io
        bank.write(message.point, message.state)
        if message.pulse_ms:
            point, back = message.point, not message.state
            asyncio.get_running_loop().call_later(message.pulse_ms / 1000.0,
                                                  lambda: bank.set_output(point, back))
        return io.WriteAck(point=message.point, state=bank.states[message.point])

    async def on_subscribe(self, ctx: Conn, message: io.Subscribe) -> io.SubscribeAck:
        conn = ctx
        conn.io_kinds = int(message.kinds) & 0x7
        if conn.io_kinds:
            self.cam.io_conns.add(conn)
        else:
            self.cam.io_conns.discard(conn)
        return io.SubscribeAck(kinds=enums.SubscribeAckKinds(conn.io_kinds))


class CameraAcquire(AcquireHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_take_picture(self, ctx: Conn, message: acquire.TakePicture) -> acquire.Picture:
        return acquire.Picture(image=self.cam.model.latest_image(message.pixel_format))

    async def on_start_live(self, ctx: Conn, message: acquire.StartLive) -> acquire.LiveStarted:
        conn = ctx
        if conn.live_task is not None and not conn.live_task.done():
            raise ModelError(S.BUSY, "live video is already on for this connection")
        try:
            fmt = enums.PixelFormat(message.pixel_format)
        except ValueError:
            raise ModelError(S.BAD_REQUEST, f"unknown pixel format {message.pixel_format}") from None
        self.cam.start_live(conn, message.max_fps, fmt)
        return acquire.LiveStarted(width=self.cam.live_size[0], height=self.cam.live_size[1],
                                   pixel_format=fmt)

    async def on_stop_live(self, ctx: Conn, message: acquire.StopLive) -> acquire.LiveStopped:
        conn = ctx
        task = conn.live_task
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            conn.live_task = None
        return acquire.LiveStopped(frames_sent=conn.live_sent, frames_skipped=conn.live_skipped)


class CameraLogin(LoginHandlers[Datagram]):
    """UDP login/command port; ctx is the sender."""

    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_login(self, ctx: Datagram, message: login.Login) -> login.LoginReply:
        ip = ctx.peer_ip
        sec = self.cam.security
        res = sec.login(message.user, message.password, ip)
        if res.throttled_for > 0:
            raise ModelError(S.THROTTLED, f"too many failed logins from {ip}; wait "
                                          f"{res.throttled_for:.1f} s")
        if res.session == 0:
            raise ModelError(S.BAD_PASSWORD, "wrong user or password")
        return login.LoginReply(session=res.session, timeout_s=int(sec.session_timeout))

    def _session(self, session: int) -> None:
        if not self.cam.security.valid(session):
            raise ModelError(S.NOT_LOGGED_IN, f"session {session:08x} is not logged in")
        self.cam.security.touch(session)

    async def on_logout(self, ctx: Datagram, message: login.Logout) -> login.LoginAck:
        self._session(message.session)
        self.cam.security.logout(message.session)
        return login.LoginAck(session=message.session)

    async def on_take_control(self, ctx: Datagram, message: login.TakeControl) -> login.ControlReply:
        self._session(message.session)
        sec = self.cam.security
        got = sec.take(message.session, ctx.peer_ip)
        if not got:
            self.cam.log_refusal(f"take_control from {ctx.peer_ip} refused: held by {sec.holder_ip}")
        return login.ControlReply(in_control=got, holder_ip=sec.holder_ip)

    async def on_release_control(self, ctx: Datagram, message: login.ReleaseControl) -> login.ControlReply:
        self._session(message.session)
        sec = self.cam.security
        sec.release(message.session)
        return login.ControlReply(in_control=False, holder_ip=sec.holder_ip)

    def _params(self) -> login.NetworkParams:
        c = self.cam.model.config
        return login.NetworkParams(mac=c.mac, config=types.NetworkConfig(
            dhcp=c.dhcp, ip=str(c.ip), mask=str(c.mask), gateway=str(c.gateway), name=c.name))

    async def on_get_network(self, ctx: Datagram, message: login.GetNetwork) -> login.NetworkParams:
        return self._params()

    async def on_set_network(self, ctx: Datagram, message: login.SetNetwork) -> login.NetworkParams:
        self._session(message.session)
        if not self.cam.security.holds(message.session):
            raise ModelError(S.NOT_IN_CONTROL, self.cam.not_in_control_detail())
        c = message.config
        try:
            new = NetworkConfig.create(name=c.name, mac=self.cam.model.config.mac, ip=c.ip,
                                       mask=c.mask, gateway=c.gateway, dhcp=c.dhcp)
        except NetworkConfigError as exc:
            raise ModelError(S.BAD_REQUEST, str(exc)) from None
        reply = login.NetworkParams(mac=new.mac, config=c)
        # "applied after the reply is sent"
        asyncio.get_running_loop().call_soon(self.cam.model.network.apply, new)
        return reply


class CameraAnnounce(AnnounceHandlers[Datagram]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_discover(self, ctx: Datagram, message: announce.Discover) -> None:
        self.cam.announce_to(ctx.addr)



BEHAVIOURS: tuple[type[CameraRpc | CameraMonitor | CameraReports | CameraReportControl | CameraPartq
                       | CameraIo | CameraAcquire | CameraLogin | CameraAnnounce], ...] = (
    CameraRpc, CameraMonitor, CameraReports, CameraReportControl, CameraPartq, CameraIo,
    CameraAcquire, CameraLogin, CameraAnnounce,
)
"""The camera's hand-written behaviour, one class per framed port (each names its port in the
generated `PORT`); ports not served here are served by their generated skeleton."""
