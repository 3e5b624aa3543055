"""A frame announcing more than its message's spec maximum (frames.MAX_PAYLOAD_BY_CODE) is
refused on its header, before its payload is waited for or buffered: the connection is dropped
at once, counted, and logged once per source and interval, while a well-behaved client keeps
its control and a fast request latency."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest
from support.emulator import EmulatorFactory, wait_for
from support.wire_client import MonitoredClient

from hostile.peers import ATTACKER, Latency, close_all, closed_by_peer, connect, header
from vs1kit.emulator import CameraServer, Limits
from vs1kit.generated import frames, rpc
from vs1kit.protocol.framing import FrameDecoder, encode_frame
from vs1kit.protocol.wire import DecodeError

RPC_MAX = frames.MAX_PAYLOAD_BY_CODE["rpc"]


def run_async(coro: object) -> None:
    asyncio.run(asyncio.wait_for(coro, 60))  # type: ignore[arg-type]


async def _controller(cam: CameraServer) -> tuple[MonitoredClient, int]:
    c = MonitoredClient(cam, "good")
    await c.connect()
    return c, await c.login_and_control()


async def _keeps_control(c: MonitoredClient, session: int, lat: Latency, n: int = 10) -> None:
    link = c.links[0]
    for _ in range(n):
        await lat.time(link.request(rpc.GetStatus(), timeout=2.0))
    assert c.cam.security.holds(session)
    assert not link.closed.is_set()


def test_the_table_bounds_every_request_of_the_rpc_port() -> None:
    """Requests are small: each one's maximum is far below the frame's, and the table has one
    for every message code of the port."""
    assert RPC_MAX[rpc.GetStatus.CODE or 0] == 0
    assert RPC_MAX[rpc.DownloadJob.CODE or 0] == 2 + 1 + 255
    assert all(RPC_MAX[cls.CODE or 0] <= 4096 for cls in (rpc.GetStatus, rpc.DownloadJob, rpc.SelectJob))


def test_frame_decoder_refuses_on_the_header_alone() -> None:
    """Only the 14 header bytes are needed to refuse: the payload is never waited for."""
    dec = FrameDecoder(by_code=RPC_MAX)
    code = rpc.GetStatus.CODE or 0
    with pytest.raises(DecodeError) as info:
        dec.feed(header(code, 1))
    assert info.value.path == "length" and f"exceeds the 0 of message 0x{code:04x}" in info.value.reason
    # At the maximum it is a frame like any other.
    dec = FrameDecoder(by_code=RPC_MAX)
    good = rpc.DownloadJob(slot=1, file_name="/RAM/" + "j" * 250)
    (got,) = dec.feed(encode_frame(good, 7))
    assert len(got.payload) == RPC_MAX[rpc.DownloadJob.CODE or 0]


@pytest.mark.alone  # p99 latency beside the attack
def test_over_max_headers_are_refused_at_once_and_logged_once(
        emulator: EmulatorFactory, caplog: pytest.LogCaptureFixture) -> None:
    async def main() -> None:
        caplog.set_level(logging.INFO, "vs1kit.emulator")
        # Long frame deadlines: a refusal that came from a timeout would take 30 s.
        limits = Limits(frame_timeout=30.0, first_frame_timeout=30.0, log_interval=60.0)
        async with emulator(limits=limits) as emu:
            cam = emu.cameras[0]
            good, session = await _controller(cam)
            await good.open("rpc")
            lat = Latency()
            before = cam.bad_input.counts["bad frame"]
            code = rpc.GetStatus.CODE or 0
            # 20 connections, each announcing a 60,000-byte get_status (its maximum is 0,
            # the emulator's general request cap is 64 KiB) and sending only the header.
            peers = [await connect(cam.host, cam.port("rpc")) for _ in range(20)]
            t = time.monotonic()
            for _, w in peers:
                w.write(header(code, 60_000))
            closed = await asyncio.gather(*(closed_by_peer(r, 5.0) for r, _ in peers))
            assert all(closed)
            assert time.monotonic() - t < 2.0  # on the header, not at a deadline
            assert cam.bad_input.counts["bad frame"] - before == 20
            lines = [r.getMessage() for r in caplog.records
                     if r.name == "vs1kit.emulator.limits" and r.getMessage().startswith("bad frame")]
            assert len(lines) == 1, lines
            assert ATTACKER in lines[0] and "exceeds the 0 of message" in lines[0]
            await wait_for(lambda: all(c.peer_ip != ATTACKER for c in cam.conns), what="attackers gone")
            # A frame exactly at its message's maximum is served (answered, connection kept).
            r, w = await connect(cam.host, cam.port("rpc"))
            at_max = rpc.DownloadJob(slot=1, file_name="/RAM/" + "j" * 250)
            w.write(encode_frame(at_max, 3))
            reply = await asyncio.wait_for(r.read(65536), 5.0)
            assert reply and not r.at_eof()
            assert cam.bad_input.counts["bad frame"] - before == 20
            await _keeps_control(good, session, lat)
            assert lat.p99() < 0.1, lat.p99()
            close_all([w, *(pw for _, pw in peers)])
            await good.close()

    run_async(main())
