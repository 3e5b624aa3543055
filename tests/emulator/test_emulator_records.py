"""The inspection -> report record path without sockets: lazily made datum values, the record
frames the engine stamps from one encoded record, and the per-burst write batching."""

from __future__ import annotations

import asyncio
import math
from pathlib import Path
from typing import Any

import pytest

from vs1kit.emulator import model as m
from vs1kit.emulator import records
from vs1kit.emulator.camera import seed_flash as _seed_flash
from vs1kit.emulator.conn import Conn, Report
from vs1kit.emulator.connections import Connections
from vs1kit.emulator.engine import InspectionEngine
from vs1kit.emulator.faults import Stall
from vs1kit.emulator.files import CameraFiles, default_job_content
from vs1kit.emulator.live import stamp_head
from vs1kit.emulator.netstate import NetworkState
from vs1kit.generated import acquire, enums, reports, types
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import FrameDecoder, decode_message, encode_frame
from vs1kit.protocol.session import ServerSession
from vs1kit.protocol.wire import EncodeError

ALL_KINDS = ("Snapshot1", "Blob2", "Locate1", "Measure1", "OCR1", "Decode1", "Output1", "Weird7")


def _model(tmp_path: Path, steps: tuple[str, ...] | None = None) -> m.CameraModel:
    _seed_flash(tmp_path)
    md = m.CameraModel(CameraFiles(tmp_path), NetworkState(), partq_depth=100, seed=5)
    if steps is not None:
        md.jobs[9] = m.Job.load(9, "All.avp", default_job_content("All.avp", steps), in_flash=False)
        md.select_job(9)
    return md


def _expected(r: m.InspectionResult, d: m.DatumDef) -> Any:
    """Each datum's value as the model defines it (spelled out independently here)."""
    f = m.features_of(r.number, 5)
    name = d.path.rsplit(".", 1)[1]
    line = f"{'PASS' if f.passed else 'FAIL'};ID={r.number};X={f.cx:.2f};Y={f.cy:.2f};R={f.radius}"
    by_path = {"Inspection.Passed": f.passed, "Inspection.Number": r.number,
               "Inspection.TimeMs": r.time_ms}
    by_name = {"BufOut": r.image_id, "Count": 1, "Area": math.pi * f.radius * f.radius,
               "Center": types.Point2d(x=float(f.cx), y=float(f.cy)), "Found": True,
               "Radius": float(f.radius), "Brightness": float(f.brightness),
               "Text": f"LOT{r.number:06d}", "String": line}
    if d.path in by_path:
        return by_path[d.path]
    return by_name.get(name, r.number & 0x7FFFFFFF)


def test_datum_values_outputs_and_records_follow_the_inspection(tmp_path: Path) -> None:
    md = _model(tmp_path, ALL_KINDS)
    datums = md.job.datums if md.job else ()
    assert "Weird7.Value" in {d.path for d in datums}
    for _ in range(30):
        r = md.run_inspection()
        f = m.features_of(r.number, 5)
        assert r.passed is f.passed and r.features == f and r.time_ms >= 0
        # A record of a few datums made before the full list exists, then after: the same.
        ids = [len(datums), 3, 1]
        early = r.record(ids)
        assert [v.value for v in r.values] == [_expected(r, d) for d in datums]
        assert [(v.datum_id, v.type) for v in r.values] == [(d.datum_id, d.type) for d in datums]
        assert r.record(ids) == early
        assert [v.datum_id for v in early.datums] == ids
        assert r.outputs == (
            f"{'PASS' if f.passed else 'FAIL'};ID={r.number};X={f.cx:.2f};Y={f.cy:.2f};R={f.radius}",
            f"{r.number},{int(f.passed)},{f.radius},{f.brightness}",
            f"LOT{r.number:06d}",
            None if f.passed else f"FAIL;ID={r.number}",
        )
        rec = r.record(backfilled=True, with_image=r.number % 10 == 0)
        want = enums.RecordFlags.BACKFILLED
        if f.passed:
            want |= enums.RecordFlags.PASSED
        if r.number % 10 == 0:
            want |= enums.RecordFlags.HAS_IMAGE
            assert rec.image is not None and rec.image.data == m.render_image(f)
        assert rec.flags == want and type(rec.flags) is enums.RecordFlags


def test_record_frames_are_exactly_the_generic_encoding(tmp_path: Path) -> None:
    assert records.FAST_PATH
    md = _model(tmp_path, ALL_KINDS)
    n = len(md.job.datums) if md.job else 0
    for k in range(12):
        r = md.run_inspection()
        for ids in ([1], [n, 2, 3], list(range(1, n + 1))):
            record = r.record(ids, with_image=k == 5)
            body = records.record_body(record)
            for report_id, dropped, seq in ((1, 0, 1), (0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF), (7, 3, k)):
                out = bytearray(b"queued")
                records.append_record_frame(out, seq, report_id, dropped, body)
                want = encode_frame(reports.ReportRecord(report_id=report_id,
                                                         dropped_before=dropped, record=record), seq)
                assert bytes(out) == b"queued" + want
    out = bytearray(b"x")
    with pytest.raises(EncodeError):
        records.append_record_frame(out, 1, 0x10000, 0, body)  # report_id is 16 bits
    assert out == b"x"


class _Transport:
    def __init__(self) -> None:
        self.held = 0
        self.reset = False  # the peer reset the connection; asyncio has not told the Conn yet

    def get_write_buffer_size(self) -> int:
        return self.held

    def is_closing(self) -> bool:
        return self.reset


class _Writer:
    """What Conn uses of a StreamWriter; remembers every write."""

    def __init__(self) -> None:
        self.transport = _Transport()
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: bytes | bytearray) -> None:
        assert not self.closed
        self.writes.append(bytes(data))

    def close(self) -> None:
        self.closed = True


def _conn(writer: _Writer) -> Conn:
    return Conn("reports", PORTS["reports"].numbers[0], "127.0.0.1", 5000, writer,
                ServerSession("reports"))  # type: ignore[arg-type]


def _records_of(data: bytes) -> list[reports.ReportRecord]:
    out = []
    for frame in FrameDecoder().feed(data):
        msg = decode_message("reports", frame)
        assert isinstance(msg, reports.ReportRecord)
        out.append(msg)
    return out


def test_engine_batches_lossy_records_and_keeps_the_order_of_writes(tmp_path: Path) -> None:
    async def main() -> None:
        md = _model(tmp_path)
        by_path = md.job.by_path if md.job else {}
        datums = [by_path["Inspection.Number"], by_path["Blob1.Center"]]
        wa, wb = _Writer(), _Writer()
        a, b = _conn(wa), _conn(wb)
        for conn, rid in ((a, 1), (b, 2)):
            conn.reports[rid] = Report(rid, enums.ReportMode.LOSSY, list(datums), 0.0, False)
        a.reports[3] = Report(3, enums.ReportMode.LOSSY, [by_path["OCR1.Text"]], 0.0, False)
        connections = Connections()
        connections.report_conns.update((a, b))
        engine = InspectionEngine(md, connections, Stall(), 1.0)
        results = [md.run_inspection() for _ in range(5)]
        for r in results[:3]:
            assert engine.deliver(r) == []
        assert wa.writes == wb.writes == []  # queued, not written yet
        assert a.buffered == len(a._queued) > 0
        a.write(b"reply")  # a reply written meanwhile goes after the queued records
        engine.deliver(results[3])
        await asyncio.sleep(0)  # the event loop's next turn writes the rest in one piece
        engine.deliver(results[4])
        a.close("test")  # closing writes what is queued first
        assert len(wa.writes) == 4 and wa.writes[1] == b"reply" and wa.closed
        assert len(wb.writes) == 1 and len(b._queued) > 0  # b's last record: on the next turn
        # Exactly the frames (and event numbers) of the generic path, in delivery order.
        for writes, conn, rids, upto in ((b"".join(wa.writes[:1] + wa.writes[2:]), a, (1, 3), 5),
                                         (wb.writes[0], b, (2,), 4)):
            session = ServerSession("reports")
            want = b"".join(
                session.event(reports.ReportRecord(
                    report_id=rid, record=r.record([d.datum_id for d in conn.reports[rid].datums])))
                for r in results[:upto] for rid in rids)
            assert writes == want
        assert [(g.report_id, g.record.inspection) for g in _records_of(wb.writes[0])] == [
            (2, r.number) for r in results[:4]]
        assert a.reports[1].delivered == a.reports[3].delivered == b.reports[2].delivered == 5

    asyncio.run(main())


def test_live_frame_stamping_gives_the_generic_encoding() -> None:
    """The live fast path stamps at the generated offsets exactly what the encoder would write."""
    img = types.ImageData(image_id=0, timestamp_us=0, width=4, height=2,
                          pixel_format=enums.PixelFormat.MONO8, data=bytes(range(8)))
    frame = encode_frame(acquire.LiveFrame(frame=0, image=img), 0)
    head = stamp_head(frame, 0x0BADCAFE, 0x1_0000_0007, 0xA1B2C3D4, 0x0102030405060708)
    got = head + frame[len(head):]
    img.image_id, img.timestamp_us = 0xA1B2C3D4, 0x0102030405060708
    assert got == encode_frame(acquire.LiveFrame(frame=7, image=img), 0x0BADCAFE)


def test_frames_for_a_peer_that_reset_are_dropped_not_written() -> None:
    """asyncio logs "socket.send() raised exception." for every write to a transport that
    lost its peer: a dead report connection would cost one log line per record."""
    w = _Writer()
    c = _conn(w)
    c.write(b"first")
    w.transport.reset = True
    c.write(b"second")
    c._queued.extend(b"third")  # what queue() hands the engine during a burst
    c.flush()
    assert w.writes == [b"first"]
