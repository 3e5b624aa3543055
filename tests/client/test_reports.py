"""Report streams: order, exactly-once delivery across drops (PartQ backfill), gaps, control."""

from __future__ import annotations

import asyncio
import time

import pytest

from vs1kit.client import Dropped, Gap, Restored, StreamRecord
from vs1kit.emulator import CameraServer
from vs1kit.emulator.conn import Report
from vs1kit.generated import enums
from vs1kit.generated.types import Record

from .conftest import client_for, emulated, run, wait_for

DATUMS = ["Inspection.Number", "Measure1.Radius"]


def test_reconnect_restores_report_stream() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            await cam.gain_control()
            stream = await cam.open_report(DATUMS)
            assert [d.path for d in stream.datums] == DATUMS
            await cam.trigger(5)
            got = [await stream.__anext__() for _ in range(5)]
            assert [r.inspection for r in got if isinstance(r, Record)] == [1, 2, 3, 4, 5]
            events = cam.events()
            emu.cameras[0].drop_connections()
            assert isinstance(await asyncio.wait_for(events.__anext__(), 3), Dropped)
            assert isinstance(await asyncio.wait_for(events.__anext__(), 5), Restored)
            await cam.trigger(5)
            more = [await asyncio.wait_for(stream.__anext__(), 5) for _ in range(5)]
            assert [r.inspection for r in more if isinstance(r, Record)] == [6, 7, 8, 9, 10]
            # The record carries only the report's datums, decoded to typed values.
            rec = more[0]
            assert isinstance(rec, Record)
            assert [d.datum_id for d in rec.datums] == [d.datum_id for d in stream.datums]
            assert rec.datums[0].value == 6

    run(main())


def test_forced_drop_during_1000_lossless_inspections_delivers_each_once() -> None:
    async def main() -> None:
        async with emulated(partq_depth=1000) as emu, client_for(emu) as cam:
            await cam.gain_control()
            stream = await cam.open_report(DATUMS)
            server = emu.cameras[0]
            await cam.trigger(1000)
            seen: list[int] = []
            backfilled = 0
            dropped = False
            while len(seen) < 1000:
                item = await asyncio.wait_for(stream.__anext__(), 10)
                assert isinstance(item, Record), item  # PartQ holds them all: no gap
                seen.append(item.inspection)
                backfilled += bool(item.flags & enums.RecordFlags.BACKFILLED)
                # Check each record's content, backfilled or live: Inspection.Number == id.
                assert item.datums[0].value == item.inspection
                assert len(item.datums) == 2
                if len(seen) == 300 and not dropped:
                    dropped = True
                    server.drop_connections()
                    # Keep the line running while the client is away: those inspections
                    # reach the client only through PartQ.
                    await asyncio.sleep(0)
            assert seen == list(range(1, 1001))  # in order, exactly once
            assert backfilled > 0
            assert stream.backfilled == backfilled and stream.lost == 0
            assert cam.drops == 1 and cam.reconnects == 1

    run(main(), timeout=90)


def test_gap_larger_than_partq_names_the_lost_inspections() -> None:
    async def main() -> None:
        async with emulated(partq_depth=50) as emu, client_for(emu, reconnect_initial=1.0) as cam:
            await cam.gain_control()
            stream = await cam.open_report(DATUMS)
            await cam.trigger(10)
            for _ in range(10):
                await stream.__anext__()
            server = emu.cameras[0]
            server.drop_connections()
            # While the client waits to reconnect (>= 0.5 s), 200 more parts are inspected;
            # PartQ keeps only the newest 50 of them.
            server.engine.trigger(200)
            await wait_for(lambda: server.model.inspections >= 210, 10, "210 inspections")
            items = [await asyncio.wait_for(stream.__anext__(), 10) for _ in range(51)]
            gap = items[0]
            assert isinstance(gap, Gap)
            assert (gap.first, gap.last) == (11, 160)
            assert list(gap.inspections) == list(range(11, 161))
            rest = [r.inspection for r in items[1:] if isinstance(r, Record)]
            assert rest == list(range(161, 211))
            assert all(r.flags & enums.RecordFlags.BACKFILLED for r in items[1:] if isinstance(r, Record))
            assert stream.lost == 150
            await cam.trigger(1)
            live = await asyncio.wait_for(stream.__anext__(), 5)
            assert isinstance(live, Record) and live.inspection == 211
            assert not live.flags & enums.RecordFlags.BACKFILLED

    run(main())


def test_report_control_helpers_and_lossy_reports() -> None:
    async def main() -> None:
        async with emulated() as emu, client_for(emu) as cam:
            await cam.gain_control()
            lossy = await cam.open_report(["Inspection.Number"], mode=enums.ReportMode.LOSSY, rate_hz=1000.0)
            reports = (await cam.list_reports()).reports
            assert [r.report_id for r in reports] == [lossy.report_id]
            await lossy.set_rate(5.0)
            assert (await cam.list_reports()).reports[0].rate_hz == 5.0
            datums = await lossy.add_datums(["Measure1.Radius"])
            assert [d.path for d in datums] == ["Inspection.Number", "Measure1.Radius"]
            datums = await lossy.remove_datums([datums[1].datum_id])
            assert [d.path for d in datums] == ["Inspection.Number"]
            await lossy.pause()
            assert (await cam.list_reports()).reports[0].state & enums.ReportInfoState.PAUSED
            await lossy.resume()
            await cam.trigger(3)
            first = await asyncio.wait_for(lossy.__anext__(), 5)
            assert isinstance(first, Record)
            await lossy.aclose()
            assert (await cam.list_reports()).reports == []
            _ = emu

    run(main())


def test_report_opened_while_triggers_are_queued_starts_exactly_there() -> None:
    async def main() -> None:
        async with emulated(ack_timeout=5.0, standard_ports=False) as emu, client_for(emu) as cam:
            await cam.gain_control()
            server = emu.cameras[0]
            holder = await cam.open_report(DATUMS)
            await cam.trigger(5)
            # Inspection 1 waits for holder's ack (nobody consumes it yet); 2..5 are queued.
            await wait_for(lambda: server.engine.pending == 4, 5, "4 queued triggers")
            late = await cam.open_report(DATUMS)
            assert late.next_expected == 2
            # Both streams take their records (each inspection waits for both acks).
            taken = [await asyncio.wait_for(holder.__anext__(), 5)]
            got = []
            for _ in range(4):
                got.append(await asyncio.wait_for(late.__anext__(), 5))
                taken.append(await asyncio.wait_for(holder.__anext__(), 5))
            assert [r.inspection for r in taken if isinstance(r, Record)] == [1, 2, 3, 4, 5]
            assert [r.inspection for r in got if isinstance(r, Record)] == [2, 3, 4, 5]
            assert not any(r.flags & enums.RecordFlags.BACKFILLED for r in got if isinstance(r, Record))
            assert (late.backfilled, late.duplicates, late.lost) == (0, 0, 0)

    run(main())


@pytest.mark.alone  # times the ack timeout
def test_slow_consumer_acks_bound_by_timeout_then_backfill_from_partq() -> None:
    async def main() -> None:
        async with emulated(ack_timeout=1.0, standard_ports=False) as emu, \
                client_for(emu, reconnect_initial=0.3) as cam:
            await cam.gain_control()
            server = emu.cameras[0]
            stream = await cam.open_report(DATUMS)
            (rep,) = [r for c in server.report_conns for r in c.reports.values()]
            seen: list[int] = []

            async def take(n: int) -> list[StreamRecord]:
                out = []
                for _ in range(n):
                    item = await asyncio.wait_for(stream.__anext__(), 5)
                    assert isinstance(item, StreamRecord), item
                    seen.append(item.inspection)
                    out.append(item)
                return out

            # The camera reads the report connection (the client's acks) every 0.25 s: each
            # lossless inspection waits for its ack, i.e. for the camera's next read.
            server.slow_consumer("reports", 0.25)
            t0 = time.monotonic()
            await cam.trigger(3)
            await take(3)
            await wait_for(lambda: server.model.inspections >= 3 and 3 in rep_acked(server, rep), 5,
                           "inspection 3 acknowledged")
            assert time.monotonic() - t0 >= 0.45  # two inspections waited for an ack read
            assert rep.ack_timeouts == 0
            # Reads slower than the ack timeout: the camera waits no longer than the timeout
            # per inspection and goes on; the records are in PartQ.
            server.engine.ack_timeout = 0.15
            server.slow_consumer("reports", 0.6)
            t0 = time.monotonic()
            await cam.trigger(4)
            live = await take(4)
            await wait_for(lambda: server.model.inspections >= 7, 5, "7 inspections")
            elapsed = time.monotonic() - t0
            # Inspection 4's ack is read at once (the read loop was waiting for data), then
            # 5 and 6 each wait the 0.15 s timeout, not the 0.6 s until the next read.
            assert 0.25 <= elapsed < 0.8, elapsed
            await wait_for(lambda: rep.ack_timeouts >= 3, 5, "3 ack timeouts")  # and 7's too
            assert [r.number for r in server.model.partq.range(4, 7)] == [4, 5, 6, 7]
            assert not any(r.flags & enums.RecordFlags.BACKFILLED for r in live)
            # Records the client never gets (the camera went on while the link was down) are
            # backfilled from PartQ when the report is reopened, still through the slow reads.
            server.drop_connections()
            server.engine.trigger(5)  # 8..12, with no report connection open: PartQ only
            more = await take(5)
            assert [r.inspection for r in more] == [8, 9, 10, 11, 12]
            assert all(r.flags & enums.RecordFlags.BACKFILLED for r in more)
            server.slow_consumer("reports", 0)
            await cam.trigger(1)
            (last,) = await take(1)
            assert last.inspection == 13 and not last.flags & enums.RecordFlags.BACKFILLED
            assert seen == list(range(1, 14))  # in order, exactly once
            assert stream.duplicates == 0 and stream.lost == 0 and stream.backfilled == 5

    run(main())


def rep_acked(server: CameraServer, rep: Report) -> set[int]:
    """Inspections of `rep` the camera still waits an ack for are *not* acked yet."""
    waiting = {n for c in server.report_conns for (rid, n) in c.acks if rid == rep.report_id}
    return set(range(1, server.model.inspections + 1)) - waiting


def test_lossy_report_says_how_many_records_the_camera_dropped_before_each() -> None:
    async def main() -> None:
        async with emulated(standard_ports=False) as emu, client_for(emu) as cam:
            await cam.gain_control()
            server = emu.cameras[0]
            stream = await cam.open_report(["Inspection.Number"], mode=enums.ReportMode.LOSSY, rate_hz=4.0)
            await cam.trigger(40)  # far faster than 4 Hz: only the first is sent now
            first = await asyncio.wait_for(stream.__anext__(), 5)
            assert isinstance(first, StreamRecord)
            assert (first.inspection, first.dropped_before) == (1, 0)
            await wait_for(lambda: server.model.inspections >= 40, 5, "40 inspections")
            await asyncio.sleep(0.3)  # the rate allows the next record again
            await cam.trigger(1)
            second = await asyncio.wait_for(stream.__anext__(), 5)
            assert isinstance(second, StreamRecord)
            assert second.inspection == 41 and second.dropped_before == 39
            assert second.inspection - second.dropped_before - 1 == first.inspection
            assert stream.dropped_by_camera == 39
            assert (await cam.list_reports()).reports[0].dropped == 39
            # Lossless and backfilled records always say 0.
            lossless = await cam.open_report(["Inspection.Number"])
            await cam.trigger(1)
            rec = await asyncio.wait_for(lossless.__anext__(), 5)
            assert isinstance(rec, StreamRecord) and rec.dropped_before == 0

    run(main())
