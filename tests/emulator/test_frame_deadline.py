"""The framed listener's frame deadline without sockets: one timer per deadline (moved later
without a new timer, earlier with one), lifted between frames, sparing a connection its
monitor vouches for, and interrupting a pending read with TimeoutError when it passes."""

from __future__ import annotations

import asyncio
import time

import pytest

from vs1kit.emulator.listeners import FrameDeadline


def _reader() -> asyncio.StreamReader:
    return asyncio.StreamReader()


def test_a_passed_deadline_interrupts_the_pending_read() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        reader = _reader()
        deadline = FrameDeadline(reader, lambda: False)
        t0 = loop.time()
        deadline.set(t0 + 0.1)
        with pytest.raises(TimeoutError):
            await reader.read(100)
        assert loop.time() - t0 >= 0.1
        assert deadline.when is None

    asyncio.run(main())


def test_a_lifted_deadline_never_fires_and_data_reads_as_usual() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        reader = _reader()
        deadline = FrameDeadline(reader, lambda: False)
        deadline.set(loop.time() + 0.05)
        deadline.when = None  # a whole frame arrived: between frames, no deadline
        await asyncio.sleep(0.1)  # past the old deadline: its timer fired and did nothing
        reader.feed_data(b"abc")
        assert await reader.read(100) == b"abc"
        deadline.cancel()

    asyncio.run(main())


def test_moving_the_deadline_later_waits_for_the_new_one() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        reader = _reader()
        deadline = FrameDeadline(reader, lambda: False)
        t0 = loop.time()
        deadline.set(t0 + 0.05)
        deadline.set(t0 + 0.2)  # a new frame began: the same timer fires early, then waits
        with pytest.raises(TimeoutError):
            await reader.read(100)
        assert loop.time() - t0 >= 0.2

    asyncio.run(main())


def test_moving_the_deadline_earlier_fires_at_the_earlier_one() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        reader = _reader()
        deadline = FrameDeadline(reader, lambda: False)
        t0 = loop.time()
        deadline.set(t0 + 30.0)  # the first-frame deadline ...
        deadline.set(t0 + 0.1)  # ... then a half frame's, much sooner
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(reader.read(100), 5.0)
        assert loop.time() - t0 < 5.0

    asyncio.run(main())


def test_a_spared_connection_keeps_reading_with_no_deadline() -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        reader = _reader()
        asked: list[float] = []

        def spared() -> bool:
            asked.append(time.monotonic())
            return True  # quiet, but its monitor's heartbeats vouch for it

        deadline = FrameDeadline(reader, spared)
        deadline.set(loop.time() + 0.05)
        read = asyncio.ensure_future(reader.read(100))
        while not asked:
            await asyncio.sleep(0.01)
        assert deadline.when is None and not read.done()
        reader.feed_data(b"late but welcome")
        assert await read == b"late but welcome"

    asyncio.run(main())
