"""The report-control port: rate, datums, pause and resume of the same client's reports.

A report belongs to the owner of its report connection: the session it is bound to, or the
anonymous monitor watching it. Only a report-control connection of the same owner may control
it (forbidden otherwise)."""

from __future__ import annotations

from vs1kit.emulator.conn import Conn, Report
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.model import ModelError
from vs1kit.generated import enums, report_control, types
from vs1kit.generated.emulator_skeleton import ReportControlHandlers
from vs1kit.generated.enums import StatusCode as S


class CameraReportControl(ReportControlHandlers[Conn]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    def _report(self, ctx: Conn, report_id: int) -> Report:
        rep = self.cam.find_report(ctx, report_id)
        if rep is None:
            if self.cam.foreign_report(ctx, report_id):
                raise ModelError(S.FORBIDDEN, f"report {report_id} belongs to another session: "
                                              "bind this connection to the report's session")
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
