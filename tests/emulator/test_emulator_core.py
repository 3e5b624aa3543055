"""The camera emulator over real loopback sockets, driven by a minimal sans-IO test client.

Every test starts its own emulator on free ports (all ports mapped to 0) and stops it.
"""

from __future__ import annotations

import asyncio
import ftplib
import io
import socket
import time
from collections.abc import Awaitable, Callable
from functools import wraps
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from support.emulator import EmulatorFactory, make_emulator, wait_for
from support.wire_client import CameraError, Link, MonitoredClient, udp_login, udp_request

from vs1kit.emulator import Emulator
from vs1kit.emulator import model as m
from vs1kit.generated import (
    acquire,
    announce,
    enums,
    frames,
    login,
    monitor,
    partq,
    report_control,
    reports,
    rip,
    rpc,
    types,
)
from vs1kit.generated import (
    io as iomsg,
)
from vs1kit.protocol.framing import LineDecoder, decode_datagram, decode_message, encode_frame

S = enums.StatusCode


def run(fn: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(asyncio.wait_for(fn(*args, **kwargs), 60))

    return wrapper


async def _controller(emu: Emulator, name: str = "ctl") -> MonitoredClient:
    c = MonitoredClient(emu.cameras[0], name)
    await c.connect()
    await c.login_and_control()
    return c


async def _ack_records(link: Link, n: int, report_id: int = 1) -> list[reports.ReportRecord]:
    out = []
    for _ in range(n):
        ev = await link.next_event(reports.ReportRecord)
        out.append(ev)
        link.send(reports.RecordAck(report_id=report_id, inspection=ev.record.inspection))
    return out


# -- control and security ------------------------------------------------------------------


@run
async def test_login_throttle_and_single_controller(emulator: EmulatorFactory) -> None:
    async with emulator(throttle_base=0.5) as emu:
        cam = emu.cameras[0]
        # Wrong passwords from one address: bad_password thrice, then throttled even when right.
        for _ in range(3):
            with pytest.raises(CameraError) as err:
                await udp_login(cam, password="nope", source="127.0.0.3")
            assert err.value.status == S.BAD_PASSWORD
        with pytest.raises(CameraError) as err:
            await udp_login(cam, source="127.0.0.3")
        assert err.value.status == S.THROTTLED
        # Another address is not affected; after the delay the throttled one may try again.
        ok = await udp_login(cam, source="127.0.0.4")
        assert ok.id != 0
        # The throttle lifts after its delay (refused attempts meanwhile do not extend it).
        deadline = time.monotonic() + 3.0
        while True:
            try:
                again = await udp_login(cam, source="127.0.0.3")
                break
            except CameraError as exc:
                assert exc.status == S.THROTTLED and time.monotonic() < deadline
                await asyncio.sleep(0.02)
        assert again.id != 0

        a = await _controller(emu, "A")
        a_rpc = await a.open("rpc")
        b = MonitoredClient(cam, "B", source="127.0.0.2")
        b_wire = await b.login()
        await b.connect(b_wire)
        refused = await b.take_control()
        assert refused.in_control is False and refused.holder_ip == "127.0.0.1"
        b_rpc = await b.open("rpc")
        with pytest.raises(CameraError) as err:
            await b_rpc.request(rpc.Trigger(count=1))
        assert err.value.status == S.NOT_IN_CONTROL and "127.0.0.1" in err.value.detail
        # Read-only requests work for anyone, also unbound; control needs a bound session.
        plain = await Link.open(cam, "rpc")
        status = await plain.request(rpc.GetStatus())
        assert status.controller_ip == "127.0.0.1"
        with pytest.raises(CameraError) as err:
            await plain.request(rpc.Stop())
        assert err.value.status == S.NOT_LOGGED_IN
        reply = await a_rpc.request(rpc.Trigger(count=2))
        assert reply.first_inspection == 1
        # set_network: only the controller's session.
        cfg = types.NetworkConfig(dhcp=False, ip="127.0.0.1", mask="255.0.0.0", gateway="0.0.0.0",
                                  name="Renamed1")
        with pytest.raises(CameraError) as err:
            await udp_request(cam, b_wire.sign(login.SetNetwork(config=cfg)), source="127.0.0.2")
        assert err.value.status == S.NOT_IN_CONTROL
        assert a.wire is not None
        await udp_request(cam, a.wire.sign(login.SetNetwork(config=cfg)))
        await wait_for(lambda: cam.model.config.name == "Renamed1", what="network applied")
        params = await udp_request(cam, login.GetNetwork())
        assert params.config.name == "Renamed1"
        # A releases; now B may take control.
        await udp_request(cam, a.wire.sign(login.ReleaseControl()))
        got = await b.take_control()
        assert got.in_control and got.holder_ip == "127.0.0.2"
        await plain.close()
        await a.close()
        await b.close()


@pytest.mark.alone  # times the release
@run
async def test_heartbeat_loss_closes_connections_and_releases_control(emulator: EmulatorFactory) -> None:
    async with emulator() as emu:
        cam = emu.cameras[0]
        a = MonitoredClient(cam, "A")
        ack = await a.connect(interval_ms=500)
        assert ack.timeout_ms <= 2000
        await a.login_and_control()
        a_rpc = await a.open("rpc")
        a_rep = await a.open("reports")
        observer = await Link.open(cam, "rpc")
        assert (await observer.request(rpc.GetStatus())).controller_ip == "127.0.0.1"
        a.heartbeat = False  # the client hangs: its sockets stay open, but it says nothing
        t0 = time.monotonic()
        await asyncio.wait_for(asyncio.gather(a_rpc.closed.wait(), a_rep.closed.wait(),
                                              a.mon.closed.wait()), 3.0)  # type: ignore[union-attr]
        elapsed = time.monotonic() - t0
        status = await observer.request(rpc.GetStatus())
        assert status.controller_ip == "0.0.0.0"
        assert elapsed < 3.0
        print(f"drop detected and control released after {elapsed:.2f} s")
        # Closing the monitor socket has the same effect, at once.
        b = MonitoredClient(cam, "B")
        await b.connect()
        await b.login_and_control()
        b_rpc = await b.open("rpc")
        assert b.mon is not None
        await b.mon.close()
        await asyncio.wait_for(b_rpc.closed.wait(), 1.0)
        assert (await observer.request(rpc.GetStatus())).controller_ip == "0.0.0.0"
        await observer.close()
        await a.close()
        await b.close()


@run
async def test_garbage_on_one_connection_does_not_disturb_others(emulator: EmulatorFactory) -> None:
    async with emulator() as emu:
        cam = emu.cameras[0]
        good = await _controller(emu, "good")
        g_rpc = await good.open("rpc")
        g_rep = await good.open("reports")
        await g_rep.request(reports.OpenReport(report_id=1, mode=enums.ReportMode.LOSSLESS,
                                               datums=["Inspection.Passed"]))
        for port_id in ("io", "acquire", "rpc", "monitor", "reports", "partq", "report_control"):
            # A well-framed message of an unknown type: error reply, connection stays.
            reader, writer = await asyncio.open_connection(cam.host, cam.port(port_id))
            writer.write(b"V1\x01\x00\x7e\x01\x00\x00\x00\x09\x00\x00\x00\x00")
            frame = decode_datagram(await asyncio.wait_for(reader.read(4096), 2))
            err_msg = decode_message(port_id, frame)
            assert frame.is_error and frame.seq == 9
            assert isinstance(err_msg, frames.ErrorReply) and err_msg.status == S.UNKNOWN_MESSAGE
            # Garbage: that connection (only) is closed.
            writer.write(b"GET / HTTP/1.0\r\n\r\n" + bytes(range(256)))
            assert await asyncio.wait_for(reader.read(4096), 2) == b""
            writer.close()
        # A truncated payload inside a valid header is garbage too.
        bad = await Link.open(cam, "rpc")
        bad.writer.write(b"V1\x01\x00\x03\x06\x00\x00\x00\x01\x00\x00\x00\x01\x00")
        await asyncio.wait_for(bad.closed.wait(), 2.0)
        # A camera-to-client message sent to the camera is a protocol violation.
        viol = await Link.open(cam, "rpc")
        viol.writer.write(encode_frame(rpc.RpcAck(request_type=1), 5))
        await asyncio.wait_for(viol.closed.wait(), 2.0)
        # Garbage datagrams on the UDP ports are ignored.
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            for pid in ("login", "announce", "rip"):
                s.sendto(b"\xff" * 40, (cam.host, cam.port(pid)))
        # Each port still answers what follows the garbage on its socket.
        assert (await udp_request(cam, login.GetNetwork())).mac == cam.model.config.mac
        # The good client never noticed.
        reply = await g_rpc.request(rpc.Trigger(count=3))
        recs = await _ack_records(g_rep, 3)
        assert [r.record.inspection for r in recs] == [reply.first_inspection + i for i in range(3)]
        assert (await g_rpc.request(rpc.GetStatus())).flags & enums.StatusReplyFlags.IN_CONTROL
        assert (await udp_request(cam, login.GetNetwork())).mac
        await good.close()
        for link in (bad, viol):
            await link.close()


# -- reports and PartQ --------------------------------------------------------------------------


@run
async def test_lossless_report_gets_every_record_in_order(emulator: EmulatorFactory) -> None:
    async with emulator(ack_timeout=0.3) as emu:
        c = await _controller(emu)
        r = await c.open("rpc")
        rep = await c.open("reports")
        opened = await rep.request(reports.OpenReport(
            report_id=1, mode=enums.ReportMode.LOSSLESS,
            datums=["Snapshot1.BufOut", "Inspection.Passed", "Measure1.Radius"]))
        catalog = {d.path: d.datum_id for d in emu.cameras[0].model.datum_catalog()}
        assert [d.datum_id for d in opened.datums] == [catalog["Snapshot1.BufOut"],
                                                       catalog["Inspection.Passed"],
                                                       catalog["Measure1.Radius"]]
        with pytest.raises(CameraError) as err:
            await rep.request(reports.OpenReport(report_id=2, mode=enums.ReportMode.LOSSLESS,
                                                 datums=["Nope1.Value"]))
        assert err.value.status == S.NOT_FOUND
        n = 200
        first = (await r.request(rpc.Trigger(count=n))).first_inspection
        assert first == opened.next_inspection
        recs = await _ack_records(rep, n)
        assert [x.record.inspection for x in recs] == list(range(first, first + n))
        for x in recs:
            f = m.features_of(x.record.inspection)
            assert x.record.datums[1].value is f.passed
            assert x.record.datums[2].value == float(f.radius)
            assert bool(x.record.flags & enums.RecordFlags.PASSED) == f.passed
        # A client that stops acking only delays each inspection by the ack timeout.
        t0 = time.monotonic()
        await r.request(rpc.Trigger(count=2))
        got = [await rep.next_event(reports.ReportRecord) for _ in range(2)]
        assert [g.record.inspection for g in got] == [first + n, first + n + 1]
        assert time.monotonic() - t0 >= 0.3
        closed = await rep.request(reports.CloseReport(report_id=1))
        assert closed.delivered == n + 2
        await c.close()


@run
async def test_lossy_report_drops_and_counts_and_report_control(emulator: EmulatorFactory) -> None:
    async with emulator() as emu:
        cam = emu.cameras[0]
        c = await _controller(emu)
        r = await c.open("rpc")
        rep = await c.open("reports")
        ctl = await c.open("report_control")
        await rep.request(reports.OpenReport(report_id=7, mode=enums.ReportMode.LOSSY, rate_hz=4.0,
                                             datums=["Inspection.Number"]))
        await r.request(rpc.Trigger(count=300))
        await wait_for(lambda: cam.model.inspections >= 300 and not cam.engine.pending,
                       what="300 inspections")
        lossy = next(iter(cam.report_conns)).reports[7]
        await wait_for(lambda: time.monotonic() >= lossy.next_time, what="the report's next slot")
        await r.request(rpc.Trigger(count=1))
        got: list[reports.ReportRecord] = []
        with pytest.raises(asyncio.TimeoutError):
            while True:
                got.append(await rep.next_event(reports.ReportRecord, timeout=0.5))
        assert 2 <= len(got) <= 4
        assert len(got) + sum(g.dropped_before for g in got) == 301
        listed = await ctl.request(report_control.ListReports())
        (info,) = listed.reports
        assert info.report_id == 7 and info.dropped == 301 - len(got)
        # Report control: rate, datums, pause/resume on the same client's report connection.
        await ctl.request(report_control.SetRate(report_id=7, rate_hz=1000.0))
        added = await ctl.request(report_control.AddDatums(report_id=7, paths=["Blob1.Center"]))
        assert [d.path for d in added.datums] == ["Inspection.Number", "Blob1.Center"]
        await ctl.request(report_control.PauseReport(report_id=7))
        await r.request(rpc.Trigger(count=1))
        with pytest.raises(asyncio.TimeoutError):
            await rep.next_event(reports.ReportRecord, timeout=0.3)
        await ctl.request(report_control.ResumeReport(report_id=7))
        await r.request(rpc.Trigger(count=1))
        ev = await rep.next_event(reports.ReportRecord)
        assert isinstance(ev.record.datums[1].value, types.Point2d)
        removed = await ctl.request(report_control.RemoveDatums(
            report_id=7, datum_ids=[added.datums[1].datum_id]))
        assert len(removed.datums) == 1
        # Another client can neither see nor control this client's report.
        other = MonitoredClient(cam, "other")
        await other.connect()
        octl = await other.open("report_control")
        assert (await octl.request(report_control.ListReports())).reports == []
        with pytest.raises(CameraError) as err:
            await octl.request(report_control.ListDatums(report_id=7))
        assert err.value.status == S.FORBIDDEN
        with pytest.raises(CameraError) as err:
            await octl.request(report_control.ListDatums(report_id=8))
        assert err.value.status == S.NO_SUCH_REPORT
        await other.close()
        await c.close()


@run
async def test_partq_contents(emulator: EmulatorFactory) -> None:
    async with emulator(partq_depth=10) as emu:
        cam = emu.cameras[0]
        c = await _controller(emu)
        r = await c.open("rpc")
        await r.request(rpc.Trigger(count=25))
        await wait_for(lambda: cam.model.inspections >= 25, what="25 inspections")
        q = await Link.open(cam, "partq")  # reading PartQ needs no control or monitor
        info = await q.request(partq.PartqInfo())
        assert (info.depth, info.count, info.oldest, info.newest) == (10, 10, 16, 25)
        rng = await q.request(partq.FetchRange(first=10, last=20, max_records=100))
        assert [x.inspection for x in rng.records] == [16, 17, 18, 19, 20]
        assert not rng.more
        catalog = cam.model.datum_catalog()
        assert [(d.datum_id, d.path) for d in rng.datums] == [(d.datum_id, d.path) for d in catalog]
        lim = await q.request(partq.FetchRange(first=16, last=25, max_records=4))
        assert len(lim.records) == 4 and lim.more
        latest = await q.request(partq.FetchLatest(count=3))
        assert [x.inspection for x in latest.records] == [23, 24, 25]
        rec = latest.records[-1]
        assert len(rec.datums) == len(catalog)
        by_path = {d.path: v.value for d, v in zip(catalog, rec.datums, strict=True)}
        f = m.features_of(25)
        assert by_path["Inspection.Passed"] is f.passed
        assert by_path["Blob1.Area"] == pytest.approx(f.area)
        with_img = await q.request(partq.FetchLatest(count=1, options=enums.FetchLatestOptions.INCLUDE_IMAGE))
        img = with_img.records[0].image
        assert img is not None and (img.width, img.height) == (640, 480)
        pixels = np.frombuffer(bytes(img.data), np.uint8).reshape(480, 640)
        assert pixels[f.cy, f.cx] == f.brightness
        # The bright disc's area is the measured feature.
        assert abs(int((pixels == f.brightness).sum()) - f.area) / f.area < 0.05
        await q.close()
        await c.close()


# -- serial, IO, acquire, announce ----------------------------------------------------------------


@run
async def test_serial_channels_emit_formatted_output(emulator: EmulatorFactory) -> None:
    async with emulator() as emu:
        cam = emu.cameras[0]
        readers = []
        for ch in (0, 3):
            reader, writer = await asyncio.open_connection(cam.host, cam.port("serial", ch))
            readers.append((reader, writer))
        await wait_for(lambda: sum(map(len, cam.connections.line_writers("serial"))) == 2,
                       what="both serial connections accepted")
        c = await _controller(emu)
        r = await c.open("rpc")
        await r.request(rpc.Trigger(count=20))
        dec = LineDecoder()
        lines: list[bytes] = []
        while len(lines) < 20:
            lines += dec.feed(await asyncio.wait_for(readers[0][0].read(4096), 2))
        for n, line in enumerate(lines, start=1):
            f = m.features_of(n)
            assert line.decode() == f"{'PASS' if f.passed else 'FAIL'};ID={n};X={f.cx:.2f};Y={f.cy:.2f};R={f.radius}"
        fails = [n for n in range(1, 21) if not m.features_of(n).passed]
        dec4 = LineDecoder()
        lines4: list[bytes] = []
        while len(lines4) < len(fails):
            lines4 += dec4.feed(await asyncio.wait_for(readers[1][0].read(4096), 2))
        assert lines4 == [f"FAIL;ID={n}".encode() for n in fails]
        for _, w in readers:
            w.close()
        await c.close()


@run
async def test_io_events_and_virtual_io_trigger(emulator: EmulatorFactory) -> None:
    async with emulator() as emu:
        cam = emu.cameras[0]
        c = await _controller(emu)
        r = await c.open("rpc")
        iol = await c.open("io")
        points = await iol.request(iomsg.ListPoints())
        assert len(points.points) == 8 + 8 + 256
        assert points.points[16].kind == enums.IoKind.VIRTUAL
        await iol.request(iomsg.Subscribe(kinds=enums.SubscribeKinds.VIRTUAL
                                          | enums.SubscribeKinds.PHYSICAL_INPUTS))
        ack = await iol.request(iomsg.WritePoint(point=20, state=True, pulse_ms=0))
        assert ack.state is True
        ev = await iol.next_event(iomsg.IoChanged)
        assert (ev.point, ev.kind, ev.state) == (20, enums.IoKind.VIRTUAL, True)
        with pytest.raises(CameraError) as err:
            await iol.request(iomsg.WritePoint(point=2, state=True, pulse_ms=0))
        assert err.value.status == S.READ_ONLY
        states = await iol.request(iomsg.ReadPoints(first=16, count=8))
        assert states.states == [False] * 4 + [True] + [False] * 3
        # Virtual IO trigger: a rising edge on V0 runs one inspection.
        await r.request(rpc.SetTrigger(trigger_mode=enums.TriggerMode.VIRTUAL_IO, rate_hz=0,
                                       input_point=16))
        before = cam.model.inspections
        await iol.request(iomsg.WritePoint(point=16, state=True, pulse_ms=20))
        await wait_for(lambda: cam.model.inspections == before + 1, what="the V0 inspection")
        # A physical input edge with external_io triggering.
        await r.request(rpc.SetTrigger(trigger_mode=enums.TriggerMode.EXTERNAL_IO, rate_hz=0,
                                       input_point=3))
        cam.model.io.set_input(3, True)
        ev = await iol.next_event(iomsg.IoChanged)
        while ev.point != 3:
            ev = await iol.next_event(iomsg.IoChanged)
        assert ev.kind == enums.IoKind.PHYSICAL_INPUT
        await wait_for(lambda: cam.model.inspections == before + 2, what="the input inspection")
        await c.close()


@run
async def test_acquire_picture_and_live(emulator: EmulatorFactory) -> None:
    async with emulator() as emu:
        cam = emu.cameras[0]
        acq = await Link.open(cam, "acquire")
        pic = await acq.request(acquire.TakePicture(pixel_format=enums.PixelFormat.MONO8))
        assert (pic.image.width, pic.image.height, len(pic.image.data)) == (640, 480, 640 * 480)
        started = await acq.request(acquire.StartLive(max_fps=0, pixel_format=enums.PixelFormat.MONO8))
        assert started.width == 640
        t0 = time.monotonic()
        got = 0
        while time.monotonic() - t0 < 0.5:
            ev = await acq.next_event(acquire.LiveFrame)
            got += 1
            assert ev.frame == got
        stopped = await acq.request(acquire.StopLive())
        rate = stopped.frames_sent * 640 * 480 / (time.monotonic() - t0) / 1e6
        print(f"live: {stopped.frames_sent} frames, {rate:.0f} MB/s")
        assert stopped.frames_sent >= got > 10
        # A paced stream to a client that does not read: frames are skipped, not queued.
        slow = await Link.open(cam, "acquire")
        slow._task.cancel()  # stop reading
        _seq, data = slow.session.request(acquire.StartLive(max_fps=200, pixel_format=0))
        slow.writer.write(data)
        await wait_for(lambda: (conn := next((c for c in cam.conns if c.port_id == "acquire"
                                              and c.peer_port == slow.local_port), None))
                       is not None and conn.live_skipped > 0, what="skipped live frames")
        await acq.close()
        await slow.close()


@run
async def test_announce_periodic_and_discover() -> None:
    loop = asyncio.get_running_loop()
    sink = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sink.bind(("127.0.0.1", 0))
    sink.setblocking(False)
    emu = make_emulator(announce_interval=0.2, announce_target=sink.getsockname())
    await emu.start()
    cam = emu.cameras[0]
    try:
        data = await asyncio.wait_for(loop.sock_recv(sink, 65535), 2)
        msg = decode_message("announce", decode_datagram(data))
        assert isinstance(msg, announce.Announce) and msg.name == "VS1-000001"
        asker = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        asker.bind(("127.0.0.1", 0))
        asker.setblocking(False)
        await loop.sock_sendto(asker, encode_frame(announce.Discover(), 1), (cam.host, cam.port("announce")))
        reply = decode_message("announce", decode_datagram(await asyncio.wait_for(loop.sock_recv(asker, 65535), 2)))
        assert isinstance(reply, announce.Announce) and reply.job_name == "Inspect1.avp"
        asker.close()
    finally:
        sink.close()
        await emu.stop()


# -- jobs, flash, restart ----------------------------------------------------------------------------


def _ftp_upload(host: str, port: int, name: str, data: bytes) -> None:
    with ftplib.FTP() as ftp:
        ftp.connect(host, port, timeout=5)
        ftp.login("admin", "admin")
        ftp.storbinary(f"STOR /RAM/{name}", io.BytesIO(data))


@run
async def test_job_download_flash_and_restart(emulator: EmulatorFactory, tmp_path: Path) -> None:
    job = b"VSAVP 1\r\nJob: Bottle\r\nSteps: Snapshot1;Blob1;OCR1\r\n\r\n" + bytes(range(256))
    async with emulator(workdir=tmp_path) as emu:
        cam = emu.cameras[0]
        await asyncio.to_thread(_ftp_upload, cam.host, cam.port("ftp"), "Bottle.avp", job)
        c = await _controller(emu)
        r = await c.open("rpc")
        await r.request(rpc.DownloadJob(slot=3, file_name="/RAM/Bottle.avp"))
        jobs = await r.request(rpc.ListJobs())
        assert jobs.selected_slot == 3
        entry = next(j for j in jobs.jobs if j.slot == 3)
        assert entry.name == "Bottle.avp" and entry.size == len(job)
        assert not entry.flags & enums.JobEntryFlags.IN_FLASH
        assert [d.path for d in cam.model.datum_catalog()][:5] == [
            "Snapshot1.BufOut", "Blob1.Count", "Blob1.Area", "Blob1.Center", "OCR1.Text"]
        with pytest.raises(CameraError) as err:
            await r.request(rpc.DownloadJob(slot=4, file_name="/RAM/Missing.avp"))
        assert err.value.status == S.NOT_FOUND
        # Restart without flash: the downloaded job is gone.
        await c.close()
        await cam.restart()
        c = await _controller(emu)
        r = await c.open("rpc")
        jobs = await r.request(rpc.ListJobs())
        assert 3 not in [j.slot for j in jobs.jobs]
        # Download again, flash, restart: it survives, still selected.
        await asyncio.to_thread(_ftp_upload, cam.host, cam.port("ftp"), "Bottle.avp", job)
        await r.request(rpc.DownloadJob(slot=3, file_name="/RAM/Bottle.avp"))
        await r.request(rpc.Flash())
        await r.request(rpc.Reboot())
        await asyncio.wait_for(r.closed.wait(), 3)
        await c.close()
        await wait_for(lambda: bool(cam._bound) and not cam._restarting, timeout=5.0,
                       what="the camera back after reboot")
        c = await _controller(emu)
        r = await c.open("rpc")
        jobs = await r.request(rpc.ListJobs())
        assert jobs.selected_slot == 3
        entry = next(j for j in jobs.jobs if j.slot == 3)
        assert entry.flags & enums.JobEntryFlags.IN_FLASH and entry.name == "Bottle.avp"
        rep = await c.open("reports")
        await rep.request(reports.OpenReport(report_id=1, mode=enums.ReportMode.LOSSLESS,
                                             datums=["OCR1.Text"]))
        await r.request(rpc.Trigger(count=1))
        (rec,) = await _ack_records(rep, 1)
        assert rec.record.inspection == 1 and rec.record.datums[0].value == "LOT000001"
        await c.close()


# -- RIP --------------------------------------------------------------------------------------------


async def _telnet_command(host: str, port: int, command: str, expect: str) -> str:
    reader, writer = await asyncio.open_connection(host, port)
    buf = b""
    try:
        deadline = time.monotonic() + 3
        while b"-> " not in buf and time.monotonic() < deadline:  # the shell's prompt
            buf += await asyncio.wait_for(reader.read(4096), 3)
        buf = b""
        writer.write(command.encode() + b"\r\n")
        deadline = time.monotonic() + 3
        while expect.encode() not in buf and time.monotonic() < deadline:
            with_timeout = await asyncio.wait_for(reader.read(4096), 3)
            if not with_timeout:
                break
            buf += with_timeout
    finally:
        writer.close()
    return buf.decode("latin-1")


def rip_response(version: int, routes: list[tuple[str, str, int]]) -> bytes:
    entries = [types.RipEntry(family=enums.RipFamily.INET,
                              body=types.RipRoute(address=a, mask=mk if version == 2 else "0.0.0.0",
                                                  metric=metric))
               for a, mk, metric in routes]
    return rip.RipPacket(command=enums.RipCommand.RESPONSE, version=version, entries=entries).encode()


@run
async def test_rip_response_updates_route_show(emulator: EmulatorFactory) -> None:
    async with emulator() as emu:
        cam = emu.cameras[0]
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.bind(("127.0.0.5", 0))
            s.sendto(rip_response(2, [("10.20.0.0", "255.255.0.0", 2)]), (cam.host, cam.port("rip")))
            s.sendto(rip_response(1, [("10.30.0.0", "", 3)]), (cam.host, cam.port("rip")))
        await wait_for(lambda: cam.network.routes.get("10.30.0.0", "255.255.0.0") is not None,
                       what="both RIP responses applied")
        route = cam.network.routes.get("10.20.0.0", "255.255.0.0")
        assert route is not None and route.metric == 3 and str(route.gateway) == "127.0.0.5"
        # RIPv1 has no mask: the receiver infers 10.30.0.0/16 from the address.
        assert cam.network.routes.get("10.30.0.0", "255.255.0.0") is not None
        shown = await _telnet_command(cam.host, cam.port("telnet"), "routeShow", "10.20.0.0")
        assert "10.20.0.0" in shown


@run
async def test_multiple_cameras_on_their_own_addresses(emulator: EmulatorFactory) -> None:
    async with emulator(cameras=3, standard_ports=False) as emu:
        hosts = [c.host for c in emu.cameras]
        assert hosts == ["127.0.1.1", "127.0.1.2", "127.0.1.3"]
        for cam in emu.cameras:
            link = await Link.open(cam, "rpc")
            info = await link.request(rpc.GetInfo())
            assert info.serial == f"{cam.index + 1:06d}"
            await link.close()


@run
async def test_fault_injection_drop_and_stall(emulator: EmulatorFactory) -> None:
    async with emulator() as emu:
        cam = emu.cameras[0]
        c = MonitoredClient(cam, "f")
        await c.connect()
        r = await c.open("rpc")
        io_link = await c.open("io")
        # Drop only the RPC connections: the IO one and the monitor stay.
        assert cam.drop_connections("rpc") == 1
        await asyncio.wait_for(r.closed.wait(), 2)
        assert (await io_link.request(iomsg.ReadPoints(first=0, count=1))).states == [False]
        # A stall delays answers by its length, then everything carries on.
        cam.stall(0.6)
        t0 = time.monotonic()
        await io_link.request(iomsg.ReadPoints(first=0, count=1))
        assert time.monotonic() - t0 >= 0.5
        # The camera heartbeats again after the stall and judged nobody dead for its silence.
        assert c.mon is not None
        while not c.mon.events.empty():
            c.mon.events.get_nowait()  # the heartbeats from before the stall
        await c.mon.next_event(monitor.Heartbeat)
        assert not io_link.closed.is_set()
        await c.close()


# -- free-run pacing, report start, serial watch ------------------------------------------------


async def _status_latencies(link: Link, seconds: float) -> list[float]:
    out: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        t0 = time.monotonic()
        await link.request(rpc.GetStatus(), timeout=2.0)
        out.append(time.monotonic() - t0)
        await asyncio.sleep(0.01)
    return out


@pytest.mark.alone  # request latency at kHz rates
@run
async def test_free_run_at_kilohertz_rates_keeps_pace_and_answers_requests(emulator: EmulatorFactory) -> None:
    async with emulator(free_run_hz=5000.0, standard_ports=False) as emu:
        cam = emu.cameras[0]
        link = await Link.open(cam, "rpc")
        await wait_for(lambda: cam.model.inspections > 0, what="free run started")
        n0, o0, t0 = cam.model.inspections, cam.engine.overruns, time.monotonic()
        lat = await _status_latencies(link, 1.0)
        dt = time.monotonic() - t0
        ran, lost = cam.model.inspections - n0, cam.engine.overruns - o0
        # Other requests keep being answered promptly (the loop is never starved) ...
        assert len(lat) >= 40 and max(lat) < 0.2, (len(lat), max(lat))
        # ... every period of the schedule is either inspected or an overrun (give or take
        # the up to 20 ms of triggers queued when counting started or ended) ...
        assert 0.95 * 5000 * dt <= ran + lost <= 5000 * dt + 100 + 5, (ran, lost, dt)
        # ... and 17 us inspections easily keep up with 5 kHz.
        assert ran >= 0.9 * 5000 * dt, (ran, lost, dt)
        # Beyond what the engine can do, triggers become overruns; requests still get answers.
        # (The engine alone keeps up with the top rate of 100 kHz, so each inspection is made
        # to take 50 us here, as on a camera whose job is slower than its trigger.)
        def slow_job(_result: m.InspectionResult) -> None:
            end = time.perf_counter() + 50e-6
            while time.perf_counter() < end:
                pass

        cam.model.result_listeners.append(slow_job)
        cam.model.set_trigger(enums.TriggerMode.FREE_RUN, 100_000.0, 0)
        n0, o0, t0 = cam.model.inspections, cam.engine.overruns, time.monotonic()
        lat = await _status_latencies(link, 0.5)
        dt = time.monotonic() - t0
        ran, lost = cam.model.inspections - n0, cam.engine.overruns - o0
        assert max(lat) < 0.25, max(lat)
        assert ran > 5000 * dt and lost > 0
        assert ran + lost <= 1.02 * 100_000 * dt + 2000 + 5  # + what was queued before
        await link.close()


@run
async def test_report_opened_names_the_first_record_while_triggers_are_queued(emulator: EmulatorFactory) -> None:
    async with emulator(ack_timeout=5.0, standard_ports=False) as emu:
        cam = emu.cameras[0]
        c = await _controller(emu)
        r = await c.open("rpc")
        holder = await c.open("reports")
        late = await c.open("reports")
        await holder.request(reports.OpenReport(report_id=1, mode=enums.ReportMode.LOSSLESS,
                                                datums=["Inspection.Number"]))
        # Inspection 1 runs and waits for holder's ack; 2..5 stay queued.
        assert (await r.request(rpc.Trigger(count=5))).first_inspection == 1
        first = await holder.next_event(reports.ReportRecord)
        assert first.record.inspection == 1 and cam.engine.pending == 4
        opened = await late.request(reports.OpenReport(
            report_id=2, mode=enums.ReportMode.LOSSLESS, datums=["Inspection.Number"]))
        assert opened.next_inspection == 2  # queued triggers are still to come to this report
        await holder.request(reports.CloseReport(report_id=1))  # releases inspection 1
        got = await _ack_records(late, 4, report_id=2)
        assert got[0].record.inspection == opened.next_inspection
        assert [g.record.inspection for g in got] == [2, 3, 4, 5]
        # With nothing queued, the next trigger's number is the one announced.
        again = await late.request(reports.OpenReport(
            report_id=3, mode=enums.ReportMode.LOSSY, datums=["Inspection.Number"]))
        assert again.next_inspection == 6
        assert (await r.request(rpc.Trigger(count=1))).first_inspection == 6
        await c.close()


@run
async def test_serial_connection_is_watched_and_closed_when_its_monitor_goes_silent(emulator: EmulatorFactory) -> None:
    async with emulator(standard_ports=False) as emu:
        cam = emu.cameras[0]
        c = MonitoredClient(cam, "serial")
        await c.connect(interval_ms=200)
        assert c.mon is not None
        reader, writer = await asyncio.open_connection(cam.host, cam.port("serial", 0))
        other_r, other_w = await asyncio.open_connection(cam.host, cam.port("serial", 1))
        ack = await c.mon.request(monitor.Watch(port=cam.port("serial", 0),
                                                client_port=writer.get_extra_info("sockname")[1]))
        assert ack.watched == 1
        c.heartbeat = False
        t0 = time.monotonic()
        assert await asyncio.wait_for(reader.read(), 3.0) == b""  # closed by the camera
        assert time.monotonic() - t0 < 3.0
        assert cam.watch_index == {}
        # An unwatched serial connection is nobody's business: it stays.
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(other_r.read(), 0.2)
        writer.close()
        other_w.close()
        await c.close()
