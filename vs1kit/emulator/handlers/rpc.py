"""The RPC port: status and information for anyone, editing and runtime commands for the
client in control."""

from __future__ import annotations

import asyncio

from vs1kit.emulator import model as m
from vs1kit.emulator.conn import Conn
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.model import ModelError
from vs1kit.generated import enums, rpc
from vs1kit.generated.emulator_skeleton import RpcHandlers
from vs1kit.generated.enums import StatusCode as S


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
            sensor_height=m.HEIGHT, boot_id=md.boot_id,
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
