"""The IO port: list, read and write points, subscribe to changes."""

from __future__ import annotations

import asyncio

from vs1kit.emulator.conn import Conn
from vs1kit.emulator.context import CameraContext
from vs1kit.emulator.model import ModelError
from vs1kit.generated import enums, io
from vs1kit.generated.emulator_skeleton import IoHandlers
from vs1kit.generated.enums import StatusCode as S


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
