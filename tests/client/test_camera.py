"""The asyncio client against the emulator on loopback: requests, control, monitor, drops."""

from __future__ import annotations

import asyncio
import contextlib
import time

import pytest

from vs1kit.client import (
    Camera,
    CameraUnreachable,
    ClientEvent,
    ConnectionLost,
    Dropped,
    Restored,
)
from vs1kit.client.supervisor import MONITOR_PORT
from vs1kit.generated import enums
from vs1kit.generated.client_api import BadPasswordError, NotInControlError, NotLoggedInError
from vs1kit.generated.registry import PORTS

from .conftest import client_for, emulated, run


def test_status_info_login_control_and_rpc() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            status = await cam.get_status()
            assert status.state == enums.CameraState.RUNNING
            assert (await cam.get_info()).sensor_width > 0
            # Runtime commands need control: anonymous, the connection has no session at all;
            # logged in, the session still needs control.
            with pytest.raises(NotLoggedInError) as not_logged_in:
                await cam.stop()
            assert "session" in not_logged_in.value.detail
            with pytest.raises(BadPasswordError):
                await cam.login("admin", "wrong")
            await cam.login("admin", "admin")
            with pytest.raises(NotInControlError) as err:
                await cam.stop()
            assert "control" in err.value.detail
            reply = await cam.gain_control("admin")
            assert reply.in_control and cam.in_control
            await cam.stop()
            assert (await cam.get_status()).state == enums.CameraState.STOPPED
            await cam.start()
            jobs = await cam.list_jobs()
            assert {j.name for j in jobs.jobs} >= {"Inspect1.avp", "Barcode1.avp"}
            other = next(j for j in jobs.jobs if j.slot != jobs.selected_slot)
            await cam.select_job(other.slot)
            assert (await cam.list_jobs()).selected_slot == other.slot
            await cam.select_job(jobs.selected_slot)
            first = await cam.trigger(3)
            assert first.count == 3
            net = await cam.get_network()
            assert net.config.ip == emu.cameras[0].host
            assert (await cam.get_status()).controller_ip == "127.0.0.1"
        # close() released control: a second client can take it.
        async with emulated() as emu2, client_for(emu2) as a:
            await a.gain_control("admin")
            await a.close()
            async with client_for(emu2) as b:
                assert (await b.gain_control("admin")).in_control

    run(main())


def test_unreachable_camera_fails_fast() -> None:
    async def main() -> None:
        cam = Camera("127.0.0.1", port_map={PORTS[MONITOR_PORT].numbers[0]: 1}, connect_timeout=1.0)
        t0 = time.monotonic()
        with pytest.raises(CameraUnreachable):
            await cam.get_status()
        assert time.monotonic() - t0 < 1.5
        await cam.close()

    run(main())


@pytest.mark.alone  # times the failure
def test_lost_connection_fails_pending_requests_at_once() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu, auto_reconnect=False, timeout=30) as cam:
            await cam.get_status()
            server = emu.cameras[0]
            server.stall(5.0)  # the request below gets no answer...
            pending = asyncio.ensure_future(cam.get_info())
            done, _ = await asyncio.wait({pending}, timeout=0.2)
            assert not done  # no answer while the camera is stalled
            t0 = time.monotonic()
            server.drop_connections()  # ...and then the socket goes away
            with pytest.raises(ConnectionLost):
                await pending
            assert time.monotonic() - t0 < 0.5
            assert cam.state == "dropped"
            with pytest.raises(ConnectionLost):
                await cam.get_status()  # no reconnect: fails at once, no hang
            server.stall(0)

    run(main())


def test_silent_camera_detected_within_3s_then_restored() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            events = cam.events()
            await cam.get_status()
            t0 = time.monotonic()
            emu.cameras[0].stall(2.6)  # sockets stay open, the camera just goes quiet
            ev = await asyncio.wait_for(events.__anext__(), 4)
            latency = time.monotonic() - t0
            assert isinstance(ev, Dropped)
            assert latency < 3.0, latency
            assert "heartbeat" in ev.reason
            while not isinstance(ev, Restored):
                ev = await asyncio.wait_for(events.__anext__(), 10)
            assert (await cam.get_status()).state == enums.CameraState.RUNNING

    run(main())


def test_restarted_camera_reconnects_and_control_is_taken_back() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            events = cam.events()
            await cam.gain_control("admin")
            old_session = cam.session
            await emu.cameras[0].restart()
            seen: list[ClientEvent] = []
            while not any(isinstance(e, Restored) for e in seen):
                seen.append(await asyncio.wait_for(events.__anext__(), 10))
            # A reconnect may slip in before the restarting camera closes its listeners (and
            # be dropped again): wait until the link has been quiet for a moment.
            with contextlib.suppress(TimeoutError):
                while True:
                    seen.append(await asyncio.wait_for(events.__anext__(), 0.7))
            assert isinstance(seen[-1], Restored) and cam.connected
            assert isinstance(seen[0], Dropped) and "goodbye" in seen[0].reason
            # Control was released by the restart; the client took it back (logging in again
            # if the camera forgot the session), so runtime commands still work.
            assert cam.session
            await cam.trigger(1)
            assert old_session

    run(main())
