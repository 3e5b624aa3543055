"""Sans-IO report sequencer: a report's records in order, exactly once, with gaps explained.

The camera numbers inspections consecutively (camera-wide); a report connection says in
``report_opened`` which inspection its first record will be, and each ``report_record`` of a
lossy report says how many records the camera dropped just before it (``dropped_before``).
:class:`ReportSequencer` turns those facts into decisions, as h11 does for HTTP: inputs in
(:meth:`~ReportSequencer.opened`, :meth:`~ReportSequencer.live`,
:meth:`~ReportSequencer.fetched`), events out (:class:`Deliver`, :class:`Duplicate`,
:class:`Lost`, :class:`Skipped`, :class:`Rewound`). It never does IO and never reads a
clock: when records are missing and backfill is on, it asks for them with
:meth:`~ReportSequencer.fetch_request` (a PartQ ``fetch_range``) and waits for the caller to
feed the answer to :meth:`~ReportSequencer.fetched`; live input arriving meanwhile is held
and replayed in order once the backfill is done.

The same class serves the client's report stream and the bridge's hub, which persists
:attr:`~ReportSequencer.last_delivered` and seeds a new sequencer with
:meth:`ReportSequencer.resume_after` after a restart, so the inspections of the outage come
from PartQ.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = [
    "FIRST_INSPECTION",
    "Deliver",
    "Duplicate",
    "FetchRequest",
    "Lost",
    "ReportSequencer",
    "Rewound",
    "SequencerEvent",
    "Skipped",
]

T = TypeVar("T")

FIRST_INSPECTION = 1
"""The number a camera gives the first inspection of each boot (it counts from 1 again after
a restart)."""

DEFAULT_FETCH_CHUNK = 1000
"""Records per PartQ fetch: large enough to backfill quickly, small enough for one frame."""


@dataclass(slots=True)  # not frozen: one per record, and frozen dataclasses construct slower
class Deliver(Generic[T]):
    """Hand ``item`` (inspection ``inspection``) to the consumer, now and in this order.
    ``backfilled`` items came from PartQ (never acknowledged: the camera does not wait for
    them); ``dropped_before`` is the camera's count from the live record (0 when backfilled)."""

    inspection: int
    item: T
    backfilled: bool = False
    dropped_before: int = 0


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Inspection ``inspection`` was already delivered (e.g. backfilled before its live copy
    came): not delivered again. A lossless report still acknowledges it."""

    inspection: int


@dataclass(frozen=True, slots=True)
class Lost:
    """Inspections ``first``..``last`` (inclusive) are gone for good: missed live and no longer
    held by PartQ."""

    first: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1


@dataclass(frozen=True, slots=True)
class Skipped:
    """Inspections ``first``..``last`` were not received and backfill is off (a lossy report).
    ``by_camera`` of them the camera says it dropped on purpose (rate limit, slow reader, from
    ``dropped_before``); the rest (``unexplained``) went missing otherwise (the link dropped)."""

    first: int
    last: int
    by_camera: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    @property
    def unexplained(self) -> int:
        return self.count - self.by_camera


@dataclass(frozen=True, slots=True)
class Rewound:
    """The camera's inspection counter went backwards (it restarted): the sequence continues
    at ``next_inspection`` instead of waiting for ``expected``, which will never come."""

    expected: int
    next_inspection: int


SequencerEvent = Deliver[T] | Duplicate | Lost | Skipped | Rewound


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """Ask PartQ for inspections ``first``..``last``, at most ``max_count`` of them."""

    first: int
    last: int
    max_count: int


@dataclass(frozen=True, slots=True)
class _Opened:
    next_inspection: int


@dataclass(frozen=True, slots=True)
class _Live(Generic[T]):
    inspection: int
    item: T
    dropped_before: int


class ReportSequencer(Generic[T]):
    """Order, exactly-once delivery, gap detection and backfill planning for one report.

    ``T`` is whatever the caller delivers (a decoded record, a hub event...); the sequencer
    only reads the inspection numbers given with it.
    """

    def __init__(self, *, backfill: bool = True, fetch_chunk: int = DEFAULT_FETCH_CHUNK) -> None:
        if fetch_chunk < 1:
            raise ValueError("fetch_chunk must be at least 1")
        self.backfill = backfill
        self.fetch_chunk = fetch_chunk
        self.next_expected = 0
        """The inspection the next delivered item must have."""
        self.started = False
        """False until the first ``opened`` (or a seed) fixed where the sequence starts."""
        self.delivered = 0
        """Live items delivered."""
        self.backfilled = 0
        """Items delivered from PartQ."""
        self.duplicates = 0
        self.lost = 0
        """Inspections named in Lost events."""
        self.skipped = 0
        """Inspections named in Skipped events."""
        self.dropped_by_camera = 0
        """Sum of the ``dropped_before`` of every live record seen."""
        self._fill_pos = 0
        self._fill_last = -1
        self._held: deque[_Opened | _Live[T]] = deque()

    @classmethod
    def resume_after(cls, last_delivered: int, *, backfill: bool = True,
                     fetch_chunk: int = DEFAULT_FETCH_CHUNK) -> ReportSequencer[T]:
        """A sequencer that continues after ``last_delivered`` (persisted by its owner): the
        first ``opened`` then backfills what came after it instead of starting afresh."""
        seq: ReportSequencer[T] = cls(backfill=backfill, fetch_chunk=fetch_chunk)
        seq.next_expected = last_delivered + 1
        seq.started = True
        return seq

    @property
    def last_delivered(self) -> int | None:
        """The newest inspection delivered or given up (persist it to resume after a restart)."""
        return self.next_expected - 1 if self.started and self.next_expected > 0 else None

    @property
    def backfilling(self) -> bool:
        """A backfill is in progress: :meth:`fetch_request` says what to fetch next."""
        return self._fill_pos <= self._fill_last

    # -- inputs -------------------------------------------------------------------------------
    def opened(self, next_inspection: int) -> list[SequencerEvent[T]]:
        """The report was (re)opened; its first record will be ``next_inspection``."""
        if self.backfilling:
            self._held.append(_Opened(next_inspection))
            return []
        return self._opened(next_inspection)

    def live(self, inspection: int, item: T, dropped_before: int = 0) -> list[SequencerEvent[T]]:
        """A record arrived on the report connection."""
        self.dropped_by_camera += dropped_before
        if inspection == self.next_expected and self.started and self._fill_pos > self._fill_last:
            # The common case, kept short: the next record, in order, nothing pending.
            self.next_expected = inspection + 1
            self.delivered += 1
            return [Deliver(inspection, item, False, dropped_before)]
        if self.backfilling:
            self._held.append(_Live(inspection, item, dropped_before))
            return []
        return self._live(inspection, item, dropped_before)

    def fetch_request(self) -> FetchRequest | None:
        """The PartQ fetch to make next while backfilling (the same one again until
        :meth:`fetched` answers it, so a fetch lost with the link is simply repeated)."""
        if not self.backfilling:
            return None
        return FetchRequest(self._fill_pos, self._fill_last,
                            min(self.fetch_chunk, self._fill_last - self._fill_pos + 1))

    def fetched(self, records: Iterable[tuple[int, T]], more: bool) -> list[SequencerEvent[T]]:
        """PartQ's answer to :meth:`fetch_request`: (inspection, item) pairs, and whether it
        holds more of the range than it sent. Returns the backfilled items and losses, then,
        once the backfill is complete, whatever live input was held meanwhile."""
        if not self.backfilling:
            return []
        pos, last = self._fill_pos, self._fill_last
        out: list[SequencerEvent[T]] = []
        got = sorted((r for r in records if pos <= r[0] <= last), key=lambda r: r[0])
        for inspection, item in got:
            if inspection < pos:
                continue  # PartQ repeated one: exactly once
            if inspection > pos:
                out.append(self._lose(pos, inspection - 1))
            out.append(Deliver(inspection, item, backfilled=True))
            self.backfilled += 1
            pos = inspection + 1
        if not got or not more:
            if pos <= last:
                out.append(self._lose(pos, last))
            pos = last + 1
        self._fill_pos = pos
        self.next_expected = max(self.next_expected, pos)
        if not self.backfilling:
            self.next_expected = last + 1
            out.extend(self._replay_held())
        return out

    # -- internals ----------------------------------------------------------------------------
    def _opened(self, next_inspection: int) -> list[SequencerEvent[T]]:
        if not self.started:
            self.started = True
            self.next_expected = next_inspection
            return []
        if next_inspection < self.next_expected:
            # The camera restarted. The inspections of its new boot that ran before the report
            # was reopened are in its PartQ (or lost): they come before the live records, as
            # after any other drop.
            rewound: list[SequencerEvent[T]] = [Rewound(self.next_expected, next_inspection)]
            self.next_expected = FIRST_INSPECTION
            if next_inspection > FIRST_INSPECTION:
                rewound += self._missing(FIRST_INSPECTION, next_inspection - 1, 0)
            else:
                self.next_expected = next_inspection
            return rewound
        if next_inspection > self.next_expected:
            # Every inspection before next_inspection has run (the reopened report receives
            # all later ones live): what was not seen of them is in PartQ or lost.
            return self._missing(self.next_expected, next_inspection - 1, 0)
        return []

    def _live(self, inspection: int, item: T, dropped_before: int) -> list[SequencerEvent[T]]:
        if not self.started:
            # A record before any report_opened: take it as the start of the sequence.
            self.started = True
            self.next_expected = inspection
        if inspection < self.next_expected:
            self.duplicates += 1
            return [Duplicate(inspection)]
        out: list[SequencerEvent[T]] = []
        if inspection > self.next_expected:
            out = self._missing(self.next_expected, inspection - 1, dropped_before)
            if self.backfilling:
                # The live record waits behind its backfill.
                self._held.appendleft(_Live(inspection, item, dropped_before))
                return out
        self.next_expected = inspection + 1
        self.delivered += 1
        out.append(Deliver(inspection, item, dropped_before=dropped_before))
        return out

    def _missing(self, first: int, last: int, dropped_before: int) -> list[SequencerEvent[T]]:
        if self.backfill:
            self._fill_pos, self._fill_last = first, last
            return []
        skipped = Skipped(first, last, min(dropped_before, last - first + 1))
        self.skipped += skipped.count
        self.next_expected = last + 1
        return [skipped]

    def _lose(self, first: int, last: int) -> Lost:
        lost = Lost(first, last)
        self.lost += lost.count
        return lost

    def _replay_held(self) -> list[SequencerEvent[T]]:
        out: list[SequencerEvent[T]] = []
        while self._held and not self.backfilling:
            held = self._held.popleft()
            if isinstance(held, _Opened):
                out.extend(self._opened(held.next_inspection))
            else:
                out.extend(self._live(held.inspection, held.item, held.dropped_before))
        return out
