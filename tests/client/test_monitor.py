"""The client's monitor judges the camera by its heartbeats only: a peer that keeps sending
bytes but no heartbeat is dropped within the timeout; one that heartbeats stays up."""

from __future__ import annotations

import asyncio
import contextlib

from vs1kit.client import Camera, Dropped
from vs1kit.client.supervisor import MONITOR_PORT
from vs1kit.generated import monitor
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.session import ServerSession

from .conftest import run

TIMEOUT = 0.6


async def fake_monitor(heartbeats: bool) -> tuple[asyncio.Server, int]:
    """A monitor port that answers hello, then either heartbeats properly or only trickles
    a frame's bytes one at a time (never completing a message)."""

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        session = ServerSession(MONITOR_PORT)
        with contextlib.suppress(ConnectionError, asyncio.CancelledError):
            while True:
                requests = session.receive(await reader.read(4096))
                hello = next((r for r in requests if isinstance(r.message, monitor.Hello)), None)
                if hello is not None:
                    break
            writer.write(session.reply(hello.seq, monitor.HelloAck(7, int(TIMEOUT * 250), int(TIMEOUT * 1000))))
            frame = session.event(monitor.Heartbeat(1, 1))
            k = 0
            while True:
                await asyncio.sleep(TIMEOUT / 6)
                writer.write(frame if heartbeats else frame[k % (len(frame) - 1):k % (len(frame) - 1) + 1])
                k += 1

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    return server, server.sockets[0].getsockname()[1]


def camera_on(port: int) -> Camera:
    return Camera("127.0.0.1", port_map={PORTS[MONITOR_PORT].numbers[0]: port}, auto_reconnect=False)


def test_bytes_without_heartbeats_are_not_life() -> None:
    async def main() -> None:
        server, port = await fake_monitor(heartbeats=False)
        async with server:
            cam = camera_on(port)
            events = cam.events()
            loop = asyncio.get_running_loop()
            await cam.connect()
            t0 = loop.time()
            ev = await asyncio.wait_for(events.__anext__(), TIMEOUT * 5)
            assert isinstance(ev, Dropped) and "no heartbeat" in ev.reason
            assert TIMEOUT * 0.9 <= ev.detected_at - t0 < TIMEOUT * 3
            await cam.close()

    run(main())


def test_a_heartbeating_camera_stays_up_past_the_timeout() -> None:
    async def main() -> None:
        server, port = await fake_monitor(heartbeats=True)
        async with server:
            cam = camera_on(port)
            events = cam.events()
            await cam.connect()
            # Nothing may happen for several timeouts: waiting for an event must time out.
            try:
                ev = await asyncio.wait_for(events.__anext__(), TIMEOUT * 4)
            except TimeoutError:
                ev = None
            assert ev is None and cam.connected
            await cam.close()

    run(main())
