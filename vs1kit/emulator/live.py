"""Live video on the acquire port: live_frame events as fast as the client takes them (or at
`max_fps`), skipping frames the client is too slow for, as the camera's sensor goes on.

A few frames per pixel format are encoded once with the generated encoder; per frame only the
header's sequence number, the frame counter, the image id and the timestamp are stamped, at
the offsets the generated layout (`LiveFrame.FIXED`, `Vs1FrameHeader.FIXED`) gives.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Final

from vs1kit.emulator import model as m
from vs1kit.emulator.conn import Conn
from vs1kit.emulator.faults import Stall
from vs1kit.emulator.model import CameraModel
from vs1kit.generated import acquire, enums, frames, types
from vs1kit.protocol.framing import encode_frame

__all__ = ["LIVE_FRAMES", "LiveVideo", "stamp_head"]

LIVE_FRAMES: Final = 4
"""Distinct pre-encoded frames per pixel format (the images cycle)."""

_HEADER: Final = frames.VS1_FRAME_HEADER_SIZE
_SEQ: Final = frames.Vs1FrameHeader.FIXED.fields.seq
_LIVE: Final = acquire.LiveFrame.FIXED.fields
_STAMPED: Final = (_LIVE.frame, _LIVE.image_image_id, _LIVE.image_timestamp_us)
_HEAD_LEN: Final = _HEADER + max(f.offset + f.size for f in _STAMPED)
"""Bytes of a live frame that change per frame: copied and stamped; the rest is shared."""


def stamp_head(frame: bytes, seq: int, counter: int, image_id: int, timestamp_us: int) -> bytes:
    """The first bytes of a pre-encoded live frame with this frame's numbers stamped in; the
    rest of the frame (from `len` of the result on) is sent as it is."""
    head = bytearray(frame[:_HEAD_LEN])
    _SEQ.pack_into(head, 0, seq)
    _LIVE.frame.pack_into(head, _HEADER, counter & 0xFFFFFFFF)
    _LIVE.image_image_id.pack_into(head, _HEADER, image_id & 0xFFFFFFFF)
    _LIVE.image_timestamp_us.pack_into(head, _HEADER, timestamp_us)
    return bytes(head)


class LiveVideo:
    """Live video streams of one camera (one task per acquire connection that started one)."""

    def __init__(self, model: CameraModel, stall: Stall, size: tuple[int, int],
                 write_timeout: float = 30.0, on_unread: Callable[[Conn], None] | None = None) -> None:
        self.model = model
        self.stall = stall
        self.size = size
        self.write_timeout = write_timeout
        """A client that reads none of its live video for this long is dropped (as replies)."""
        self.on_unread = on_unread
        """Told of each client dropped for not reading (the camera's rate-limited bad-input log)."""
        self._cache: dict[int, list[bytes]] = {}

    def frames(self, fmt: int) -> list[bytes]:
        """A few pre-encoded live_frame frames; only counters get stamped per frame."""
        out = self._cache.get(fmt)
        if out is None:
            out = []
            w, h = self.size
            for k in range(LIVE_FRAMES):
                img = types.ImageData(image_id=0, timestamp_us=0, width=w, height=h,
                                      pixel_format=enums.PixelFormat(fmt),
                                      data=m.render_image(m.features_of(k + 1), w, h, fmt))
                out.append(encode_frame(acquire.LiveFrame(frame=0, image=img), 0))
            self._cache[fmt] = out
        return out

    def start(self, conn: Conn, max_fps: int, fmt: int) -> None:
        conn.live_sent = conn.live_skipped = 0
        conn.live_task = asyncio.create_task(self._stream(conn, max_fps, fmt))

    async def _stream(self, conn: Conn, max_fps: int, fmt: int) -> None:
        frames_ = self.frames(fmt)
        period = 1.0 / max_fps if max_fps else 0.0
        transport = conn.writer.transport
        limit = 2 * len(frames_[0])
        transport.set_write_buffer_limits(high=limit, low=len(frames_[0]) // 2)
        next_t = time.monotonic()
        n = 0
        await asyncio.sleep(0)  # the live_started reply goes out first
        while not conn.closing:
            if period:
                next_t += period
                delay = next_t - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
                elif delay < -1.0:
                    next_t = time.monotonic()  # far behind (stall): don't burst to catch up
            await self.stall.wait()
            n += 1
            if transport.get_write_buffer_size() > limit:
                if period:
                    conn.live_skipped += 1  # the sensor goes on; this frame is lost to the client
                    continue
                # As fast as possible: wait for the client (flow control) rather than spin;
                # a client that reads nothing for the write timeout is dropped, as for replies.
                try:
                    async with asyncio.timeout(self.write_timeout):
                        await conn.writer.drain()
                except TimeoutError:
                    if self.on_unread is not None:
                        self.on_unread(conn)
                    conn.close(f"live video unread for {self.write_timeout:g} s")
                    transport.abort()  # drop the unread frames rather than wait for them
                    break
                except ConnectionError:
                    pass
            if conn.closing or transport.is_closing():
                break
            frame = frames_[n % len(frames_)]
            self.model.images_taken += 1
            transport.write(stamp_head(frame, conn.next_event_seq(), n, self.model.images_taken,
                                       time.time_ns() // 1000))
            transport.write(memoryview(frame)[_HEAD_LEN:])
            conn.live_sent += 1
            if not period and n % 8 == 0:
                await asyncio.sleep(0)
