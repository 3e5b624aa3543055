"""The inspection engine's lossless acknowledgements without sockets: the engine waits for every
lossless report's ack, at most `ack_timeout` from each inspection's delivery (one timer for all
inspections, re-armed as the deadline moves on), counts the acks it gave up, and leaves no
given-up futures behind when a report closes or the engine stops."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from vs1kit.emulator import model as m
from vs1kit.emulator.camera import seed_flash
from vs1kit.emulator.conn import Conn, Report
from vs1kit.emulator.connections import Connections
from vs1kit.emulator.engine import InspectionEngine
from vs1kit.emulator.faults import Stall
from vs1kit.emulator.files import CameraFiles
from vs1kit.emulator.netstate import NetworkState
from vs1kit.generated import enums
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.session import ServerSession

LOSSLESS = enums.ReportMode.LOSSLESS


class _Transport:
    def get_write_buffer_size(self) -> int:
        return 0

    def is_closing(self) -> bool:
        return False


class _Writer:
    """What Conn uses of a StreamWriter; counts the frames written."""

    def __init__(self) -> None:
        self.transport = _Transport()
        self.frames = 0
        self.closed = False

    def write(self, data: bytes | bytearray) -> None:
        self.frames += 1

    def close(self) -> None:
        self.closed = True


def _setup(tmp_path: Path, reports: int, ack_timeout: float
           ) -> tuple[m.CameraModel, InspectionEngine, list[Conn]]:
    seed_flash(tmp_path)
    md = m.CameraModel(CameraFiles(tmp_path), NetworkState(), partq_depth=1000, seed=5)
    md.state = enums.CameraState.RUNNING
    assert md.can_inspect()
    datums = [md.job.by_path["Inspection.Number"]] if md.job else []
    connections = Connections()
    conns = []
    for i in range(reports):
        writer = _Writer()
        conn = Conn("reports", PORTS["reports"].numbers[0], "127.0.0.1", 5000 + i,
                    writer, ServerSession("reports"))  # type: ignore[arg-type]
        conn.reports[1] = Report(1, LOSSLESS, list(datums), 0.0, False)
        connections.report_conns.add(conn)
        conns.append(conn)
    return md, InspectionEngine(md, connections, Stall(), ack_timeout), conns


async def _until(cond: Callable[[], bool], timeout: float = 5.0) -> None:
    t0 = time.monotonic()
    while not cond():
        assert time.monotonic() - t0 < timeout, "condition not met in time"
        await asyncio.sleep(0.002)


def _awaited(number: int, *conns: Conn) -> Callable[[], bool]:
    """True once every conn awaits the ack of inspection `number`."""
    return lambda: all((1, number) in c.acks for c in conns)


def _ack(conn: Conn, number: int) -> bool:
    """What the reports handler does with a RecordAck; False if nothing awaited it."""
    fut = conn.acks.pop((1, number), None)
    if fut is None or fut.done():
        return False
    fut.set_result(None)
    return True


def test_acked_records_never_time_out_however_long_the_burst(tmp_path: Path) -> None:
    """The timeout runs from each inspection's delivery: a burst lasting many timeouts, every
    record acked in time, has no timeout (one timer serves all the waits)."""

    async def main() -> None:
        md, engine, (a, b) = _setup(tmp_path, 2, ack_timeout=0.1)
        engine.start()
        n = 40
        engine.trigger(n)
        t0 = time.monotonic()
        for number in range(1, n + 1):
            await _until(_awaited(number, a, b))
            await asyncio.sleep(0.01)  # the clients' think time: 40 x 10 ms = 4 timeouts
            assert _ack(a, number) and _ack(b, number)
        await _until(lambda: md.inspections == n and not a.acks and not b.acks)
        assert time.monotonic() - t0 > 3 * engine.ack_timeout
        assert a.reports[1].ack_timeouts == b.reports[1].ack_timeouts == 0
        assert a.reports[1].delivered == b.reports[1].delivered == n
        await engine.stop()

    asyncio.run(main())


@pytest.mark.alone  # times the timeouts
def test_a_silent_report_costs_one_timeout_per_inspection(tmp_path: Path) -> None:
    async def main() -> None:
        md, engine, (talker, silent) = _setup(tmp_path, 2, ack_timeout=0.15)
        engine.start()
        t0 = time.monotonic()
        engine.trigger(3)
        for number in (1, 2, 3):
            await _until(_awaited(number, talker))
            assert _ack(talker, number)
        await _until(lambda: silent.reports[1].ack_timeouts == 3)
        elapsed = time.monotonic() - t0
        assert 3 * 0.15 <= elapsed < 3 * 0.15 + 1.0, elapsed
        assert talker.reports[1].ack_timeouts == 0
        assert not silent.acks and not talker.acks  # given-up futures are not kept
        assert md.inspections == 3 and silent.reports[1].delivered == 3
        await engine.stop()

    asyncio.run(main())


def test_a_report_closed_while_awaited_lets_the_engine_go_on(tmp_path: Path) -> None:
    async def main() -> None:
        md, engine, (conn,) = _setup(tmp_path, 1, ack_timeout=30.0)
        engine.start()
        engine.trigger(2)
        await _until(lambda: (1, 1) in conn.acks)
        # What the reports handler does on CloseReport: its awaited acks are cancelled.
        del conn.reports[1]
        for key in [k for k in conn.acks if k[0] == 1]:
            conn.acks.pop(key).cancel()
        await _until(lambda: md.inspections == 2)  # at once, not after 30 s
        assert not conn.acks
        await engine.stop()

    asyncio.run(main())


def test_stopping_while_awaiting_leaves_no_ack_to_count_later(tmp_path: Path) -> None:
    async def main() -> None:
        md, engine, (conn,) = _setup(tmp_path, 1, ack_timeout=0.1)
        engine.start()
        engine.trigger(1)
        await _until(lambda: (1, 1) in conn.acks)
        await engine.stop()
        assert not conn.acks  # the wait stopped with the engine: not a timeout of the report
        engine.start()
        engine.trigger(1)
        await _until(lambda: conn.reports[1].ack_timeouts == 1)  # inspection 2's, only
        assert md.inspections == 2 and not conn.acks
        await engine.stop()

    asyncio.run(main())


def test_stop_names_the_inspection_still_unacknowledged(tmp_path: Path) -> None:
    # What a reboot destroys with the RAM PartQ: the record the engine still waited for.
    async def main() -> None:
        _md, engine, (conn,) = _setup(tmp_path, 1, ack_timeout=30.0)
        engine.start()
        engine.trigger(2)
        await _until(_awaited(1, conn))
        assert _ack(conn, 1)
        await _until(_awaited(2, conn))
        await engine.stop()
        assert engine.unacknowledged_at_stop == 2

    asyncio.run(main())


def test_stop_names_nothing_once_acked_or_given_up(tmp_path: Path) -> None:
    async def main() -> None:
        md, engine, (conn,) = _setup(tmp_path, 1, ack_timeout=0.1)
        engine.start()
        engine.trigger(1)
        await _until(_awaited(1, conn))
        assert _ack(conn, 1)
        await _until(lambda: md.inspections == 1 and not conn.acks)
        await engine.stop()
        assert engine.unacknowledged_at_stop is None  # acknowledged: in the reader's hands
        engine.start()
        engine.trigger(1)
        await _until(lambda: conn.reports[1].ack_timeouts == 1)
        await engine.stop()
        # Given up by the timeout, the record stays in PartQ: not the stop's to name.
        assert engine.unacknowledged_at_stop is None

    asyncio.run(main())
