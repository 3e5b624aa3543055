"""The acquire port: a picture, live video on and off."""

from __future__ import annotations

import asyncio

from vs1kit.emulator.conn import Conn
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.model import ModelError
from vs1kit.generated import acquire, enums
from vs1kit.generated.emulator_skeleton import AcquireHandlers
from vs1kit.generated.enums import StatusCode as S


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
