"""Report streams: order, exactly-once delivery across drops (PartQ backfill), gaps, control."""

from __future__ import annotations

import asyncio

from vs1kit.client import Dropped, Gap, Restored
from vs1kit.generated import enums
from vs1kit.generated.types import Record

from .conftest import client_for, emulated, run

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
            while server.model.inspections < 210:
                await asyncio.sleep(0.01)
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
