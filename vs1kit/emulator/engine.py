"""Inspections: the engine that runs them one at a time and delivers their records, and the
free-run trigger that paces them.

Triggers only count up `pending`; one task turns them into inspections, so the inspection
numbers a trigger reply promises are exactly the ones that run. A lossless report holds the
next inspection until its record is acknowledged (or `ack_timeout` passes); lossy reports keep
to their rate and never queue behind a slow reader.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from typing import Final

from vs1kit.emulator.conn import Conn, Report
from vs1kit.emulator.connections import Connections
from vs1kit.emulator.faults import Stall
from vs1kit.emulator.model import CameraModel, InspectionResult, ModelError
from vs1kit.emulator.records import append_record_frame, record_body
from vs1kit.generated import enums

__all__ = ["FREE_RUN_BACKLOG", "LOSSY_HIGH_WATER", "InspectionEngine", "free_run"]

log = logging.getLogger(__name__)

S = enums.StatusCode
LOSSLESS: Final = enums.ReportMode.LOSSLESS
LOSSY_HIGH_WATER: Final = 256 * 1024
TICK: Final = 0.05
FREE_RUN_BACKLOG: Final = 0.02
"""Seconds of free-run triggers a camera queues before further ones are overruns."""


class InspectionEngine:
    """Runs inspections one at a time and delivers each to the report connections.

    Triggers only count up `pending`; one task turns them into inspections, so the inspection
    numbers a trigger reply promises are exactly the ones that run. A lossless report holds
    the next inspection until its record is acknowledged (or `ack_timeout` passes).
    """

    def __init__(self, model: CameraModel, connections: Connections, stall: Stall,
                 ack_timeout: float, name: str = "inspections") -> None:
        self.model = model
        self.connections = connections
        self.stall = stall
        self.name = name
        self.ack_timeout = ack_timeout
        self.pending = 0
        self.overruns = 0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        # The ack timeout's clock (see `_await_acks`): one timer for every wait, re-armed only
        # when it fires early, instead of a timer made and cancelled per inspection.
        self._acks: list[asyncio.Future[None]] = []
        """Acknowledgements the engine is waiting for now (empty: none)."""
        self._ack_deadline = 0.0
        self._ack_timer: asyncio.TimerHandle | None = None
        self._acks_timed_out = False
        self._awaiting: int | None = None
        self.unacknowledged_at_stop: int | None = None
        """The inspection whose lossless records were still unacknowledged when the engine last
        stopped (None: none). A reboot stops the engine and clears the RAM PartQ, so that record
        never reached any reader: the soak accounts for it as destroyed by the reboot."""

    @property
    def next_triggered(self) -> int:
        """The number the next trigger's inspection will get (after those queued)."""
        return self.model.inspections + self.pending + 1

    @property
    def next_delivered(self) -> int:
        """The first inspection a report opened now receives: the next one to run. Queued
        triggers have not run yet, so a new report gets them too; an inspection whose acks
        are awaited has already been delivered (to the reports open at the time)."""
        return self.model.next_inspection

    def trigger(self, count: int = 1) -> int:
        """Queue `count` inspections; returns the number the first of them will get."""
        if not self.model.can_inspect():
            raise ModelError(S.BUSY, f"camera is {self.model.state.name.lower()}, not running a job")
        first = self.next_triggered
        self.pending += count
        self._wake.set()
        return first

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=self.name)

    async def stop(self) -> None:
        self.unacknowledged_at_stop = None
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
            self.unacknowledged_at_stop = self._awaiting
        if self._ack_timer is not None:
            self._ack_timer.cancel()
            self._ack_timer = None
        self.pending = 0

    async def _run(self) -> None:
        model = self.model
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self.pending > 0:
                if self.stall.active():
                    await self.stall.wait()
                if not model.can_inspect():
                    log.info("dropping %d queued trigger(s): camera stopped", self.pending)
                    self.pending = 0
                    break
                self.pending -= 1
                result = model.run_inspection()
                waits = self.deliver(result)
                if waits:
                    await self._await_acks(waits, result.number)
                elif self.pending and result.number % 64 == 0:
                    # Let the servers breathe during long bursts; the records queued on the
                    # report connections since the last breath go out now, in one write each.
                    await asyncio.sleep(0)

    def deliver(self, result: InspectionResult) -> list[asyncio.Future[None]]:
        waits: list[asyncio.Future[None]] = []
        conns = self.connections.report_conns
        if not conns:
            return waits
        now = 0.0
        bodies: dict[tuple[tuple[int, ...], bool], bytes] = {}
        for conn in list(conns):
            if conn.closing:
                continue
            for rep in conn.reports.values():
                if rep.paused:
                    continue
                if rep.mode == LOSSLESS:
                    fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                    conn.acks[(rep.report_id, result.number)] = fut
                    self._send(conn, rep, result, 0, bodies)
                    waits.append(fut)
                    continue
                # Lossy: keep to the rate and never queue behind a slow reader; count drops.
                if not now:
                    now = time.monotonic()
                if (rep.rate_hz > 0 and now < rep.next_time) or conn.buffered > LOSSY_HIGH_WATER:
                    rep.dropped += 1
                    rep.pending_drops += 1
                    continue
                self._send(conn, rep, result, rep.pending_drops, bodies)
                rep.pending_drops = 0
                if rep.rate_hz > 0:
                    # One record per period: keep the grid when this one is only a little
                    # late, restart it after a pause (never two records back to back).
                    period = 1.0 / rep.rate_hz
                    late = now - rep.next_time
                    rep.next_time = rep.next_time + period if late < period else now + period
        return waits

    @staticmethod
    def _send(conn: Conn, rep: Report, result: InspectionResult, dropped_before: int,
              bodies: dict[tuple[tuple[int, ...], bool], bytes]) -> None:
        """Queue the report's record of `result` on `conn`. `bodies` holds the records of this
        inspection encoded so far (one per datum set), for the other reports to reuse."""
        ids = rep.ids
        key = (tuple(ids), rep.include_image)
        body = bodies.get(key)
        if body is None:
            body = bodies[key] = record_body(result.record(ids, with_image=rep.include_image))
        if rep.include_image or rep.mode == LOSSLESS:
            # To the socket now: the engine is about to wait for this record's ack, and an
            # image is a burst of its own. Lossy records without images go out per burst.
            frame = bytearray()
            append_record_frame(frame, conn.next_event_seq(), rep.report_id, dropped_before, body)
            conn.write(frame)
        else:
            append_record_frame(conn.queue(), conn.next_event_seq(), rep.report_id,
                                dropped_before, body)
        rep.delivered += 1

    async def _await_acks(self, waits: list[asyncio.Future[None]], number: int) -> None:
        """Wait until every record of inspection `number` is acknowledged (or its report
        closed), at most `ack_timeout` seconds; then the late ones are given up and counted.

        This runs once per inspection at the lossless rate, so it is kept lean: the futures
        are awaited directly (an acknowledgement wakes the engine in the event loop's next
        turn; `asyncio.wait` would add a turn, a waiter and a timer per inspection), and the
        timeout is one long-lived timer (`_ack_watchdog`) that only notes the deadline."""
        loop = asyncio.get_running_loop()
        self._ack_deadline = loop.time() + self.ack_timeout
        self._acks = waits
        self._awaiting = number
        self._acks_timed_out = False
        if self._ack_timer is None:
            self._ack_timer = loop.call_at(self._ack_deadline, self._ack_watchdog)
        try:
            for fut in waits:
                if fut.done():
                    continue
                try:
                    await fut
                except asyncio.CancelledError:
                    task = asyncio.current_task()
                    if task is not None and task.cancelling():
                        raise  # the engine is stopping (which cancelled `fut` too)
                    # else: given up by the watchdog, or the report was closed; go on
        except asyncio.CancelledError:
            self._forget_given_up(count=False)
            # The engine is stopping: `_awaiting` keeps the number unless every record was
            # acknowledged after all (an ack can land just before the cancellation does).
            if all(f.done() and not f.cancelled() for f in waits):
                self._awaiting = None
            raise
        else:
            self._awaiting = None
        finally:
            self._acks = []
        if self._acks_timed_out:
            late = self._forget_given_up(count=True)
            log.warning("inspection %d: %d lossless report client(s) did not ack within %.1f s; "
                        "going on (the record stays in PartQ)", number, late, self.ack_timeout)

    def _ack_watchdog(self) -> None:
        """The ack timeout's timer: at the deadline of the wait in progress, give up its
        unacknowledged records; fired early (the deadline moved on), wait for the new one."""
        self._ack_timer = None
        if not self._acks:
            return  # nothing awaited: the next wait arms the timer again
        loop = asyncio.get_running_loop()
        if loop.time() < self._ack_deadline:
            self._ack_timer = loop.call_at(self._ack_deadline, self._ack_watchdog)
            return
        for fut in self._acks:
            if not fut.done():
                fut.cancel()
                self._acks_timed_out = True

    def _forget_given_up(self, *, count: bool) -> int:
        """Drop the cancelled acknowledgements of the report connections (counted as ack
        timeouts of their reports if `count`); returns how many."""
        n = 0
        for conn in self.connections.report_conns:
            for key in [k for k, f in conn.acks.items() if f.cancelled()]:
                conn.acks.pop(key, None)
                n += 1
                rep = conn.reports.get(key[0])
                if rep is not None and count:
                    rep.ack_timeouts += 1
        return n


async def free_run(model: CameraModel, engine: InspectionEngine, stall: Stall) -> None:
    """Trigger at `free_run_hz` on an absolute schedule, at any rate.

    Each wake-up triggers every period that has come due since the last one, in one
    batch, then sleeps until the next one is due: an event loop sleep lasts at least about
    a millisecond, so at kilohertz rates several triggers fall into each wake-up. The
    camera buffers up to FREE_RUN_BACKLOG seconds of triggers (at least 2); a trigger due
    while that buffer is full is an overrun (lost), as on a camera whose inspection cannot
    keep up. The loop always sleeps (or yields), and the engine yields during bursts, so
    requests on other ports keep being answered at any rate.
    """
    start = 0.0
    issued = 0  # periods since `start` already triggered or counted as overruns
    hz = 0.0
    while True:
        md = model
        if md.trigger_mode != enums.TriggerMode.FREE_RUN or not md.can_inspect():
            hz = 0.0
            await asyncio.sleep(TICK)
            continue
        if stall.active():
            await stall.wait()  # deaf camera: no sensor either; start afresh after
            hz = 0.0
            continue
        now = time.monotonic()
        if md.free_run_hz != hz:
            hz = md.free_run_hz  # (re)start the schedule: first trigger now
            start, issued = now, 0
        due = int((now - start) * hz) + 1 - issued
        if due > 0:
            issued += due
            room = max(2, math.ceil(hz * FREE_RUN_BACKLOG)) - engine.pending
            fire = min(due, max(room, 0))
            if due > fire:
                engine.overruns += due - fire
            if fire:
                with contextlib.suppress(ModelError):
                    engine.trigger(fire)
            if issued > 1_000_000_000:
                start, issued = start + issued / hz, 0  # keep the float math exact
        await asyncio.sleep(max(0.0, start + issued / hz - time.monotonic()))
