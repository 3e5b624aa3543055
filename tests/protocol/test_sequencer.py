"""The report sequencer without sockets, clocks or sleeps: inputs in, decisions out."""

from __future__ import annotations

import pytest

from vs1kit.protocol.sequencer import (
    Deliver,
    Duplicate,
    FetchRequest,
    Lost,
    ReportSequencer,
    Rewound,
    SequencerEvent,
    Skipped,
)


def delivered(events: list[SequencerEvent[str]]) -> list[tuple[int, str, bool]]:
    return [(e.inspection, e.item, e.backfilled) for e in events if isinstance(e, Deliver)]


def test_in_order_records_are_delivered_as_they_come() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    assert seq.opened(7) == []
    assert seq.next_expected == 7 and seq.last_delivered == 6
    out = [e for n in (7, 8, 9) for e in seq.live(n, f"r{n}")]
    assert out == [Deliver(7, "r7"), Deliver(8, "r8"), Deliver(9, "r9")]
    assert (seq.delivered, seq.next_expected, seq.last_delivered) == (3, 10, 9)
    assert seq.fetch_request() is None


def test_a_record_seen_twice_is_delivered_once() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    seq.opened(1)
    seq.live(1, "a")
    seq.live(2, "b")
    assert seq.live(2, "b again") == [Duplicate(2)]
    assert seq.live(1, "a again") == [Duplicate(1)]
    assert seq.duplicates == 2 and seq.delivered == 2


def test_a_jump_is_backfilled_in_chunks_before_the_live_record() -> None:
    seq: ReportSequencer[str] = ReportSequencer(fetch_chunk=3)
    seq.opened(1)
    seq.live(1, "live1")
    # 2..6 never arrived: the live record 7 waits behind their backfill.
    assert seq.live(7, "live7") == []
    assert seq.backfilling
    assert seq.fetch_request() == FetchRequest(2, 6, 3)
    assert seq.fetch_request() == FetchRequest(2, 6, 3)  # asked again until answered
    out = seq.fetched([(2, "pq2"), (3, "pq3"), (4, "pq4")], more=True)
    assert delivered(out) == [(2, "pq2", True), (3, "pq3", True), (4, "pq4", True)]
    assert seq.fetch_request() == FetchRequest(5, 6, 2)
    out = seq.fetched([(6, "pq6"), (5, "pq5")], more=False)  # order restored
    assert delivered(out) == [(5, "pq5", True), (6, "pq6", True), (7, "live7", False)]
    assert not seq.backfilling and seq.fetch_request() is None
    assert (seq.delivered, seq.backfilled, seq.lost, seq.next_expected) == (2, 5, 0, 8)


def test_what_partq_no_longer_holds_is_named_lost_in_its_place() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    seq.opened(1)
    seq.live(1, "a")
    seq.live(10, "j")
    # PartQ kept only 5, 7 and 8 of 2..9.
    out = seq.fetched([(7, "g"), (5, "e"), (8, "h"), (42, "outside the range")], more=False)
    assert out == [Lost(2, 4), Deliver(5, "e", True), Lost(6, 6), Deliver(7, "g", True),
                   Deliver(8, "h", True), Lost(9, 9), Deliver(10, "j")]
    assert seq.lost == 5 and seq.backfilled == 3


def test_an_empty_partq_answer_loses_the_whole_range() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    seq.opened(100)
    assert seq.live(103, "x") == []
    assert seq.fetched([], more=True) == [Lost(100, 102), Deliver(103, "x")]


def test_reopened_report_backfills_up_to_its_first_record() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    seq.opened(1)
    seq.live(1, "a")
    # The link dropped; the reopened report starts at 5: 2..4 ran meanwhile.
    assert seq.opened(5) == []
    assert seq.fetch_request() == FetchRequest(2, 4, 3)
    # The first live record of the new connection arrives while the fetch is in flight.
    assert seq.live(5, "e") == []
    out = seq.fetched([(2, "b"), (3, "c"), (4, "d")], more=False)
    assert delivered(out) == [(2, "b", True), (3, "c", True), (4, "d", True), (5, "e", False)]


def test_reopened_at_the_expected_inspection_needs_nothing() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    seq.opened(3)
    seq.live(3, "c")
    assert seq.opened(4) == [] and not seq.backfilling


def test_counter_going_backwards_is_a_rewind_not_a_stall() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    seq.opened(500)
    seq.live(500, "old")
    assert seq.opened(1) == [Rewound(501, 1)]
    assert seq.live(1, "new") == [Deliver(1, "new")]


def test_lossy_jump_without_backfill_is_skipped_and_explained_by_dropped_before() -> None:
    seq: ReportSequencer[str] = ReportSequencer(backfill=False)
    seq.opened(1)
    seq.live(1, "a")
    # The camera dropped 39 records on purpose (rate limit) before sending 41.
    out = seq.live(41, "b", dropped_before=39)
    assert out == [Skipped(2, 40, 39), Deliver(41, "b", dropped_before=39)]
    assert isinstance(out[0], Skipped) and out[0].unexplained == 0
    # Here 5 went missing and the camera accounts for only 2 of them: 3 unexplained.
    out = seq.live(47, "c", dropped_before=2)
    assert out[0] == Skipped(42, 46, 2) and isinstance(out[0], Skipped) and out[0].unexplained == 3
    assert seq.dropped_by_camera == 41 and seq.skipped == 44
    assert seq.fetch_request() is None


def test_dropped_before_is_counted_once_for_a_record_held_behind_a_backfill() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    seq.opened(1)
    seq.live(1, "a")
    seq.live(4, "d", dropped_before=2)
    out = seq.fetched([(2, "b"), (3, "c")], more=False)
    assert out[-1] == Deliver(4, "d", dropped_before=2)
    assert seq.dropped_by_camera == 2


def test_seeded_sequencer_resumes_after_the_persisted_inspection() -> None:
    # The hub persisted 41 as the last delivered inspection, then restarted.
    seq: ReportSequencer[str] = ReportSequencer.resume_after(41)
    assert seq.last_delivered == 41
    assert seq.opened(45) == []
    assert seq.fetch_request() == FetchRequest(42, 44, 3)
    out = seq.fetched([(42, "x"), (43, "y"), (44, "z")], more=False)
    assert delivered(out) == [(42, "x", True), (43, "y", True), (44, "z", True)]
    assert seq.live(45, "live") == [Deliver(45, "live")]
    assert seq.last_delivered == 45


def test_seeded_sequencer_follows_a_camera_that_restarted_meanwhile() -> None:
    seq: ReportSequencer[str] = ReportSequencer.resume_after(10)
    assert seq.opened(8) == [Rewound(11, 8)]
    # The new boot's inspections 1..7 ran before the report was reopened: PartQ first.
    assert seq.fetch_request() == FetchRequest(1, 7, 7)
    assert seq.live(8, "live") == []
    out = seq.fetched([(n, f"b{n}") for n in range(1, 8)], more=False)
    assert delivered(out) == [*((n, f"b{n}", True) for n in range(1, 8)), (8, "live", False)]
    assert seq.last_delivered == 8


def test_restart_backfills_the_new_boot_and_reports_what_partq_no_longer_holds() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    seq.opened(17)
    seq.live(17, "old")
    # The camera restarted and ran inspections 1 and 2 before the report was reopened at 3;
    # PartQ holds only 2 of them.
    assert seq.opened(3) == [Rewound(18, 3)]
    assert seq.fetch_request() == FetchRequest(1, 2, 2)
    out = seq.fetched([(2, "b")], more=False)
    assert out == [Lost(1, 1), Deliver(2, "b", backfilled=True)]
    assert seq.live(3, "c") == [Deliver(3, "c")]


def test_restart_without_backfill_skips_the_new_boot_records_it_missed() -> None:
    seq: ReportSequencer[str] = ReportSequencer(backfill=False)
    seq.opened(9)
    assert seq.opened(4) == [Rewound(9, 4), Skipped(1, 3, 0)]
    assert seq.live(4, "d") == [Deliver(4, "d")]


def test_last_delivered_advances_through_a_partial_backfill() -> None:
    seq: ReportSequencer[str] = ReportSequencer(fetch_chunk=2)
    seq.opened(1)
    seq.live(1, "a")
    seq.live(6, "f")
    seq.fetched([(2, "b"), (3, "c")], more=True)
    assert seq.last_delivered == 3  # persisted now, a restart resumes at 4
    assert seq.fetch_request() == FetchRequest(4, 5, 2)


def test_record_before_any_opened_starts_the_sequence() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    assert seq.last_delivered is None
    assert seq.live(12, "l") == [Deliver(12, "l")]


def test_fetched_without_a_backfill_is_ignored_and_chunk_must_be_positive() -> None:
    seq: ReportSequencer[str] = ReportSequencer()
    seq.opened(1)
    assert seq.fetched([(1, "x")], more=False) == []
    with pytest.raises(ValueError):
        ReportSequencer(fetch_chunk=0)
