"""Report streams: the records of one report connection, in order and exactly once.

A :class:`ReportStream` is an async iterator of :class:`StreamRecord` (a
:class:`~vs1kit.generated.types.Record` that also says how many records the camera dropped
before it) and :class:`~vs1kit.client.events.Gap` markers. For a lossless report it

- acknowledges each record when the consumer takes it (the camera's inspection waits for
  that ack, so a slow consumer slows the line instead of losing records);
- tracks the next expected inspection number (camera-wide, consecutive; ``report_opened``
  says exactly which inspection the first record will be) and, when records are missing
  (the link dropped, so records the camera sent or went on without never arrived), fetches
  them from PartQ, filtered to the report's datums and flagged ``backfilled``;
- says explicitly, with a Gap, which inspections PartQ no longer holds.

A lossy report sends at most ``rate_hz`` records a second and drops the others (also while
the client reads too slowly); each record says in ``dropped_before`` how many the camera
dropped since the previous record it sent, and ``dropped_by_camera`` sums them.

Gap handling runs in the consumer's task (inside ``__anext__``), so backfilled records are
delivered in their place in the sequence, before the live record that revealed the gap.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from vs1kit.generated import enums
from vs1kit.generated.reports import RecordAck, ReportRecord
from vs1kit.generated.types import DatumDesc, Record
from vs1kit.protocol.sequencer import (
    DEFAULT_FETCH_CHUNK,
    Deliver,
    Duplicate,
    FetchRequest,
    Lost,
    ReportSequencer,
    Rewound,
    SequencerEvent,
)

from .errors import ConnectionLost
from .events import CounterReset, Gap
from .inbox import Inbox
from .link import StreamLink

__all__ = ["ReportItem", "ReportStream", "StreamRecord"]


@dataclass(slots=True)
class StreamRecord(Record):
    """A record as a :class:`ReportStream` delivers it: the camera's
    :class:`~vs1kit.generated.types.Record` (an instance of it, encoding like it) plus what the
    report_record event said about it."""

    dropped_before: int = field(default=0, kw_only=True)
    """Records of this (lossy) report the camera dropped between the previous record it sent
    on this connection and this one: rate limit, or a client reading too slowly. For a lossy
    report with no pause in between, those are the inspections just before this one. Always 0
    for lossless reports and for backfilled records."""


ReportItem = StreamRecord | Gap

_FETCH_CHUNK = DEFAULT_FETCH_CHUNK


@dataclass(frozen=True, slots=True)
class _Resync:
    """The report was (re)opened: the next record will be ``next_inspection``."""

    next_inspection: int


class ReportStream:
    """Async iterator over one open report; see the module docstring."""

    def __init__(
        self,
        link: StreamLink,
        report_id: int,
        mode: enums.ReportMode,
        paths: list[str],
        *,
        include_image: bool,
        rate_hz: float,
        backfill: bool,
        resume_after: int | None = None,
    ) -> None:
        self._link = link
        self.report_id = report_id
        self.mode = mode
        self._lossless = mode == enums.ReportMode.LOSSLESS
        self.paths = list(paths)
        self.include_image = include_image
        self.rate_hz = rate_hz
        self.backfill = backfill
        self.datums: list[DatumDesc] = []
        self.sequencer: ReportSequencer[StreamRecord] = (
            ReportSequencer(backfill=backfill, fetch_chunk=_FETCH_CHUNK) if resume_after is None
            else ReportSequencer.resume_after(resume_after, backfill=backfill, fetch_chunk=_FETCH_CHUNK))
        """Order, exactly-once and backfill decisions (sans-IO; its ``last_delivered`` is what
        to persist to resume after a restart)."""
        self._inbox: Inbox[ReportRecord | _Resync] = Inbox()
        self._ready: deque[tuple[ReportItem, bool]] = deque()
        self._reopening = False
        self._held: list[ReportRecord] = []
        self._closed = False
        self.generation = 0
        """How often the report was reopened (after a dropped link), counted in stream order:
        items taken after it changed came on the new connection. A connection never outlives
        the camera's boot, so a consumer that tags records with the camera's boot re-reads it
        when this changes."""

    @property
    def lossless(self) -> bool:
        return self._lossless

    @property
    def open(self) -> bool:
        return not self._closed

    @property
    def waiting(self) -> int:
        """Messages received and not yet taken by the consumer."""
        return len(self._inbox) + len(self._ready)

    @property
    def next_expected(self) -> int:
        return self.sequencer.next_expected

    @property
    def last_delivered(self) -> int | None:
        """The newest inspection delivered or declared lost (persist it for ``resume_after``)."""
        return self.sequencer.last_delivered

    @property
    def delivered(self) -> int:
        return self.sequencer.delivered

    @property
    def backfilled(self) -> int:
        return self.sequencer.backfilled

    @property
    def duplicates(self) -> int:
        return self.sequencer.duplicates

    @property
    def lost(self) -> int:
        """Inspections named in Gap events."""
        return self.sequencer.lost

    @property
    def dropped_by_camera(self) -> int:
        """Records the camera dropped for this lossy report: the sum of the ``dropped_before``
        of the records received."""
        return self.sequencer.dropped_by_camera

    # -- fed by the camera client (protocol callbacks, synchronous) ----------------------------------
    def begin_open(self) -> None:
        """An open_report is in flight: hold records until its reply has been processed."""
        self._reopening = True

    def open_failed(self) -> None:
        self._reopening = False

    def opened(self, next_inspection: int, datums: list[DatumDesc], *, first: bool) -> None:
        self.datums = list(datums)
        if first and not self.sequencer.started:
            self.sequencer.opened(next_inspection)
        else:
            self._inbox.put(_Resync(next_inspection))
        self._reopening = False
        held, self._held = self._held, []
        for msg in held:
            self._inbox.put(msg)

    def feed(self, msg: ReportRecord) -> None:
        if self._reopening:
            # Records can arrive in the same read as report_opened, before the awaiting
            # coroutine runs; keep them behind the resync marker.
            self._held.append(msg)
        else:
            self._inbox.put(msg)

    def fail(self, error: BaseException) -> None:
        self._inbox.fail(error)

    def end(self) -> None:
        self._closed = True
        self._inbox.end()

    # -- consumer side ------------------------------------------------------------------------
    def __aiter__(self) -> ReportStream:
        return self

    async def __anext__(self) -> ReportItem:
        ready = self._ready
        sequencer = self.sequencer
        while not ready:
            raw = await self._inbox.get()
            if isinstance(raw, _Resync):
                self.generation += 1
                events = sequencer.opened(raw.next_inspection)
            else:
                rec = raw.record
                record = StreamRecord(rec.inspection, rec.timestamp_us, rec.flags, rec.datums, rec.image,
                                      dropped_before=raw.dropped_before)
                events = sequencer.live(rec.inspection, record, raw.dropped_before)
            self._take(events)
            if sequencer.backfilling:
                while (request := sequencer.fetch_request()) is not None:
                    self._take(await self._fetch(request))
        item, ack = ready.popleft()
        if ack:
            assert isinstance(item, StreamRecord)
            self._link.post(RecordAck(self.report_id, item.inspection))
        return item

    async def records(self) -> AsyncIterator[StreamRecord]:
        """Only the records (gaps skipped), for consumers that do not care about gaps."""
        async for item in self:
            if isinstance(item, StreamRecord):
                yield item

    def _take(self, events: list[SequencerEvent[StreamRecord]]) -> None:
        ready = self._ready
        for ev in events:
            if type(ev) is Deliver:
                # Live records of a lossless report are acknowledged when the consumer takes
                # them (the camera's inspection waits for that); backfilled ones never.
                ready.append((ev.item, self._lossless and not ev.backfilled))
            elif isinstance(ev, Duplicate):
                if self._lossless:
                    self._link.post(RecordAck(self.report_id, ev.inspection))
            elif isinstance(ev, Lost):
                gap = Gap(self.report_id, ev.first, ev.last)
                ready.append((gap, False))
                self._link.emit(gap)
            elif isinstance(ev, Rewound):
                # The camera restarted: waiting for the old numbers would stall for ever.
                self._link.emit(CounterReset(self.report_id, ev.expected, ev.next_inspection))
            # Skipped (lossy, no backfill): the records' dropped_before already say it.

    async def _fetch(self, request: FetchRequest) -> list[SequencerEvent[StreamRecord]]:
        """One PartQ fetch of a backfill (again after a reconnect if the link drops)."""
        options = enums.FetchRangeOptions.INCLUDE_IMAGE if self.include_image else enums.FetchRangeOptions(0)
        while True:
            try:
                reply = await self._link.requests.fetch_range(request.first, request.last, request.max_count, options)
            except ConnectionLost:
                await self._link.wait_restored()
                continue
            return self.sequencer.fetched(((r.inspection, self._filtered(r)) for r in reply.records), reply.more)

    def _filtered(self, rec: Record) -> StreamRecord:
        # PartQ holds every datum of the job (in job order): keep this report's datums, in the
        # report's order, so a backfilled record looks exactly like a live one.
        by_id = {d.datum_id: d for d in rec.datums}
        datums = [by_id[d.datum_id] for d in self.datums if d.datum_id in by_id]
        flags = rec.flags | enums.RecordFlags.BACKFILLED
        image = rec.image if self.include_image else None
        if image is None:
            flags &= ~enums.RecordFlags.HAS_IMAGE
        return StreamRecord(rec.inspection, rec.timestamp_us, flags, datums, image)

    # -- control ------------------------------------------------------------------------------
    async def set_rate(self, rate_hz: float) -> None:
        await self._link.requests.set_rate(self.report_id, rate_hz)
        self.rate_hz = rate_hz

    async def pause(self) -> None:
        await self._link.requests.pause_report(self.report_id)

    async def resume(self) -> None:
        await self._link.requests.resume_report(self.report_id)

    async def add_datums(self, paths: list[str]) -> list[DatumDesc]:
        reply = await self._link.requests.add_datums(self.report_id, paths)
        self._set_datums(reply.datums)
        self.paths = [d.path for d in reply.datums]
        return self.datums

    async def remove_datums(self, datum_ids: list[int]) -> list[DatumDesc]:
        reply = await self._link.requests.remove_datums(self.report_id, datum_ids)
        self._set_datums(reply.datums)
        self.paths = [d.path for d in reply.datums]
        return self.datums

    def _set_datums(self, datums: list[DatumDesc]) -> None:
        self.datums = list(datums)

    async def aclose(self) -> None:
        """Close the report on the camera (if the link is up) and end the iteration."""
        if self._closed:
            return
        self.end()
        self._link.detach(self)
        # If the link is down the camera forgets the report with the connection anyway.
        with contextlib.suppress(ConnectionLost, TimeoutError):
            await self._link.requests.close_report(self.report_id)

    async def __aenter__(self) -> ReportStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
