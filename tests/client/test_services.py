"""Acquisition, discovery, IO, serial, job download and the synchronous facade."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

from vs1kit.client import ANNOUNCE_PORT, JobFileError, Restored, SyncCamera, discover
from vs1kit.generated import enums

from .conftest import EmulatorThread, client_for, emulated, run, wait_for


def test_snap_gives_zero_copy_arrays_in_every_format(tmp_path: Path) -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            mono = await cam.snap()
            assert mono.array.shape == (480, 640) and mono.array.dtype == np.uint8
            # frombuffer on the received payload: the array does not own its memory.
            assert not mono.array.flags.owndata and not mono.array.flags.writeable
            wide = await cam.snap(enums.PixelFormat.MONO16)
            assert wide.array.shape == (480, 640) and wide.array.dtype.itemsize == 2
            rgb = await cam.snap(enums.PixelFormat.RGB8)
            assert rgb.array.shape == (480, 640, 3)
            # The emulator renders one scene: the three formats agree pixel for pixel.
            assert np.array_equal(rgb.array[:, :, 0], rgb.array[:, :, 2])
            for img, name in ((mono, "m.png"), (wide, "w.png"), (rgb, "c.png")):
                img.save_png(tmp_path / name)
                back = np.asarray(PILImage.open(tmp_path / name))
                assert back.shape == img.array.shape
                assert np.array_equal(back.astype(np.int64), img.array.astype(np.int64))

    run(main())


def test_live_stream_with_back_pressure() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            async with cam.live(max_fps=0, queue_size=2) as live:
                frames = []
                async for frame in live:
                    frames.append(frame.frame)
                    if len(frames) == 3:
                        # A slow consumer: frames keep coming, the inbox drops the oldest.
                        await wait_for(lambda: live.dropped > 0, 5, "a dropped live frame")
                    if len(frames) >= 10:
                        break
                assert live.width == 640 and live.height == 480
                assert frame.image.array.shape == (480, 640)
                assert live.dropped > 0
                assert frames == sorted(frames)
                assert live.fps > 0
            sent, _skipped = live.received, live.dropped
            assert sent >= 10

    run(main())


def test_discover_finds_the_camera() -> None:
    async def main() -> None:
        async with emulated(cameras=1) as emu:
            server = emu.cameras[0]
            found = await discover(timeout=0.5, port=server.port("announce"), target=server.host)
            assert len(found) == 1
            info = found[0]
            assert info.ip == server.host
            assert info.name.startswith("VS1-") and info.mac.startswith("02:56:53:31")
            assert info.state == "running" and info.job_name == "Inspect1.avp"
            assert info.controller_ip == "0.0.0.0" and not info.in_control
            assert info.software_version

    run(main())


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("0.0.0.0", 0))
        return int(s.getsockname()[1])


def test_discover_by_broadcast_on_loopback_finds_two_cameras() -> None:
    """Two cameras on 127.0.1.1 and 127.0.1.2 sharing one announce port, as on a subnet.

    lo is a /8 with broadcast address 127.255.255.255 (``ip route show table local``), so a
    datagram to it is a real broadcast delivered to every socket bound to the port on the
    wildcard or broadcast address. 255.255.255.255 leaves by the interface of the sender's
    address: sent from 127.0.0.1 it is broadcast on lo (from 0.0.0.0 it would leave by the
    default route's interface, which a test should not do).
    """
    async def main() -> None:
        port = _free_udp_port()
        async with emulated(cameras=2, port_map={ANNOUNCE_PORT: port}, standard_ports=False,
                            announce_interval=0.2) as emu:
            want = [(c.host, port) for c in emu.cameras]
            assert want == [("127.0.1.1", port), ("127.0.1.2", port)]
            # Directed broadcast of lo's subnet: both cameras answer (to the sender).
            found = await discover(timeout=0.3, port=port, target="127.255.255.255")
            assert [f.source for f in found] == want
            assert [f.name for f in found] == ["VS1-000001", "VS1-000002"]
            # The limited broadcast, sent on lo.
            found = await discover(timeout=0.3, port=port, target="255.255.255.255", source="127.0.0.1")
            assert [f.source for f in found] == want
            # Nobody answers a discover to an address without a camera, but listening on the
            # announce port (shared with the cameras' broadcast listeners) hears their
            # periodic broadcasts.
            assert await discover(timeout=0.3, port=port, target="127.0.0.1") == []
            found = await discover(timeout=0.5, port=port, target="127.0.0.1", listen=True)
            assert [f.source for f in found] == want

    run(main())


def test_io_read_write_and_subscription_survives_reconnect() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            points = (await cam.list_points()).points
            virtual = [p for p in points if p.kind == enums.IoKind.VIRTUAL]
            assert len(virtual) == 256
            changes = await cam.io_events(enums.SubscribeKinds.VIRTUAL)
            v0 = virtual[5].point
            await cam.gain_control()  # IO writes need control
            await cam.write_point(v0, True, 0)
            assert (await cam.read_points(v0, 1)).states == [True]
            ev = await asyncio.wait_for(changes.__anext__(), 3)
            assert (ev.point, ev.state) == (v0, True)
            events = cam.events()
            emu.cameras[0].drop_connections()
            while not isinstance(await asyncio.wait_for(events.__anext__(), 5), Restored):
                pass
            assert cam.in_control  # control came back with the reconnect
            await cam.write_point(v0, False, 0)
            ev = await asyncio.wait_for(changes.__anext__(), 3)
            assert (ev.point, ev.state) == (v0, False)

    run(main())


def test_serial_channel_lines() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            await cam.gain_control()
            lines = await cam.serial(1)
            await cam.trigger(3)
            got = [await asyncio.wait_for(lines.__anext__(), 3) for _ in range(3)]
            assert all(isinstance(t, str) and t for t in got)
            await lines.aclose()
            _ = emu

    run(main())


def test_job_download_by_ftp_then_load(tmp_path: Path) -> None:
    async def main() -> None:
        job = tmp_path / "Sorter7.avp"
        job.write_bytes(b"AVP job\nSteps: Snapshot1;Blob1;Output1\n" + bytes(range(256)) * 64)
        progress: list[tuple[int, int]] = []
        async with emulated() as emu, client_for(emu) as cam:
            await cam.gain_control()
            await cam.download_job_file(job, slot=5, progress=lambda done, total: progress.append((done, total)))
            assert progress[-1] == (job.stat().st_size, job.stat().st_size)
            jobs = (await cam.list_jobs()).jobs
            assert any(j.slot == 5 and j.name == "Sorter7.avp" for j in jobs)
            await cam.select_job(5)
            await cam.flash()
            with pytest.raises(JobFileError):
                await cam.download_job_file(tmp_path / "missing.avp", slot=6)
            bad = tmp_path / "notes.txt"
            bad.write_text("x")
            with pytest.raises(JobFileError):
                await cam.download_job_file(bad, slot=6)
            back = tmp_path / "back.avp"
            assert await cam.upload_job_file(5, back) == job.stat().st_size
            assert back.read_bytes() == job.read_bytes()
            _ = emu

    run(main())


def test_sync_camera_for_scripts() -> None:
    et = EmulatorThread()
    try:
        with SyncCamera(et.cam.host, port_map=et.port_map, password="admin") as cam:
            assert cam.status().state == enums.CameraState.RUNNING
            cam.gain_control()
            with cam.open_report(["Inspection.Number"]) as report:
                cam.trigger(4)
                ids = [next(report).inspection for _ in range(4)]  # type: ignore[union-attr]
            assert ids == [1, 2, 3, 4]
            assert cam.snap().array.shape == (480, 640)
    finally:
        et.stop()
