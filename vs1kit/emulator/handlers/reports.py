"""The reports port: open and close reports on this connection, record acknowledgements."""

from __future__ import annotations

from vs1kit.emulator.conn import Conn, Report
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.model import ModelError
from vs1kit.generated import enums, reports
from vs1kit.generated.emulator_skeleton import ReportsHandlers
from vs1kit.generated.enums import StatusCode as S


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
