"""Live video's flow control: the write-buffer limits a live connection gets, a client that
stops reading, and a client that reads again."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any

from support.emulator import EmulatorFactory, wait_for
from support.wire_client import Link

from vs1kit.emulator.camera import CameraServer
from vs1kit.emulator.conn import Conn
from vs1kit.emulator.limits import Limits
from vs1kit.generated import acquire, enums

MONO8 = enums.PixelFormat.MONO8


def run(fn: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(asyncio.wait_for(fn(*args, **kwargs), 60))

    return wrapper


def _conn_of(cam: CameraServer, link: Link) -> Conn:
    return next(c for c in cam.conns if c.port_id == "acquire" and c.peer_port == link.local_port)


@run
async def test_live_stream_waits_at_its_write_limit_and_resumes_when_read(
        emulator: EmulatorFactory) -> None:
    async with emulator() as emu:
        cam = emu.cameras[0]
        frame_len = len(cam.live.frames(MONO8)[0])
        # The listener gives every framed connection the reply limits (1 MiB high water); a
        # live stream sets its own from the frame size: two frames queued at most, resumed
        # with half a frame left (the next frame is written before the client runs dry).
        assert cam.limits.write_high_water != 2 * frame_len
        link = await Link.open(cam, "acquire")
        await link.request(acquire.StartLive(max_fps=0, pixel_format=MONO8))
        conn = _conn_of(cam, link)
        transport = conn.writer.transport
        await wait_for(lambda: conn.live_sent > 0, what="the first live frame")
        assert transport.get_write_buffer_limits() == (frame_len // 2, 2 * frame_len)

        # The client stops reading: once the socket and the transport hold what they can,
        # the stream waits for the client instead of queueing frames.
        link._task.cancel()  # the test client's reader (as test_acquire_picture_and_live does)
        with contextlib.suppress(asyncio.CancelledError):
            await link._task
        await wait_for(lambda: transport.get_write_buffer_size() > 2 * frame_len,
                       timeout=20, what="the live buffer over its high-water mark")
        sent = conn.live_sent
        for _ in range(200):
            await asyncio.sleep(0)  # event-loop turns in which an unbounded writer would write
        assert conn.live_sent == sent
        assert conn.live_task is not None and not conn.live_task.done()
        # At most the frame that crossed the mark is over it: memory per connection bounded.
        assert transport.get_write_buffer_size() <= 3 * frame_len

        # Reading again: the stream resumes.
        drained = 0

        async def read() -> None:
            nonlocal drained
            while data := await link.reader.read(1 << 22):
                drained += len(data)

        reader = asyncio.create_task(read())
        try:
            await wait_for(lambda: conn.live_sent > sent + 10, timeout=20,
                           what="live frames after the client reads again")
        finally:
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reader
        assert drained > 10 * frame_len
        await link.close()


@run
async def test_a_live_client_that_never_reads_is_dropped_after_the_write_timeout(
        emulator: EmulatorFactory) -> None:
    # Flow control holds the stream, not the connection for ever: as a reader of replies, a
    # live client that reads nothing for the write timeout is dropped (one bad-input count).
    async with emulator(limits=Limits(write_timeout=0.5)) as emu:
        cam = emu.cameras[0]
        link = await Link.open(cam, "acquire")
        await link.request(acquire.StartLive(max_fps=0, pixel_format=MONO8))
        conn = _conn_of(cam, link)
        await wait_for(lambda: conn.live_sent > 0, what="the first live frame")
        link._task.cancel()  # the client stops reading
        with contextlib.suppress(asyncio.CancelledError):
            await link._task
        await wait_for(lambda: conn.closing and conn.live_task is not None and conn.live_task.done(),
                       timeout=20, what="the unread live connection dropped")
        assert cam.bad_input.counts["unread replies"] == 1
        await wait_for(lambda: conn not in cam.conns, timeout=10, what="the connection forgotten")
        # The camera goes on serving: a new client gets live video.
        other = await Link.open(cam, "acquire")
        await other.request(acquire.StartLive(max_fps=5, pixel_format=MONO8))
        await wait_for(lambda: _conn_of(cam, other).live_sent > 0, what="live video for the next client")
        await other.close()
        await link.close()
