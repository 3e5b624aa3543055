"""The announce port (UDP): a discover makes the camera announce to its sender."""

from __future__ import annotations

from vs1kit.emulator.conn import Datagram
from vs1kit.emulator.context import CameraContext
from vs1kit.generated import announce
from vs1kit.generated.emulator_skeleton import AnnounceHandlers


class CameraAnnounce(AnnounceHandlers[Datagram]):
    def __init__(self, cam: CameraContext) -> None:
        self.cam = cam

    async def on_discover(self, ctx: Datagram, message: announce.Discover) -> None:
        self.cam.announce_to(ctx.addr)
