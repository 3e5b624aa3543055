"""The MQTT outbox on its own (no broker): durable across a reopen, bounded with a counted
overflow, cursors per camera for the resume point."""

from __future__ import annotations

from pathlib import Path

from vs1kit.integrations.mqtt.outbox import Outbox


def test_messages_and_cursors_survive_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "o.sqlite"
    box = Outbox(path)
    for n in range(1, 6):
        box.add("a", n, "vs1/a/inspection", f"a{n}".encode())
    box.add("b", 40, "vs1/b/inspection", b"b40")
    assert box.last_stored("a") is None  # buffered, not stored: a crash now resumes earlier
    assert box.flush() == 6
    assert box.last_stored("a") == 5 and box.last_stored("b") == 40
    rows = box.pending(0, 100)
    box.ack([r.seq for r in rows[:2]])
    # No close(): the process "dies" here; what was committed is there after a reopen.
    again = Outbox(path)
    left = again.pending(0, 100)
    assert [(r.camera, r.inspection, r.payload) for r in left] == [
        ("a", 3, b"a3"), ("a", 4, b"a4"), ("a", 5, b"a5"), ("b", 40, b"b40")]
    assert again.depth == 4 and again.last_stored("a") == 5 and again.last_stored("b") == 40
    assert again.pending(left[0].seq, 1)[0].inspection == 4  # paging after a seq
    box.close()
    again.close()


def test_overflow_drops_the_oldest_and_counts_them(tmp_path: Path) -> None:
    path = tmp_path / "o.sqlite"
    box = Outbox(path, max_messages=5)
    for n in range(1, 13):
        box.add("a", n, "t", b"x")
        if n % 4 == 0:
            box.flush()
    assert box.depth == 5 and box.overflow_dropped == 7
    assert [r.inspection for r in box.pending(0, 100)] == [8, 9, 10, 11, 12]
    assert box.last_stored("a") == 12  # dropped messages still count as taken from the camera
    box.close()
    again = Outbox(path, max_messages=5)
    assert again.overflow_dropped == 7 and again.depth == 5  # the count is persisted
    again.close()


def test_memory_tail_ack_later_and_rewind_agree_with_the_database(tmp_path: Path) -> None:
    path = tmp_path / "o.sqlite"
    box = Outbox(path)
    box.add("a", 1, "t", b"old")
    box.flush()
    box.close()
    box = Outbox(path)  # a restart: row 1 is only in the database
    for n in range(2, 8):
        box.add("a", n, "t", f"m{n}".encode())
    assert [r.inspection for r in box.pending(0, 100)] == [1]  # 2..7 are buffered, not stored yet
    box.flush()
    first = box.pending(0, 3)  # from the database (older than this process's tail)
    assert [r.inspection for r in first] == [1, 2, 3]
    rest = box.pending(first[-1].seq, 100)  # paging forward: from memory
    assert [r.inspection for r in rest] == [4, 5, 6, 7]
    assert [r.seq for r in first + rest] == list(range(first[0].seq, first[0].seq + 7))  # consecutive
    # Acknowledged messages are deleted in the next flush's transaction, not before.
    box.ack_later([first[0].seq, first[1].seq, rest[0].seq])
    assert box.depth == 7
    box.add("a", 8, "t", b"m8")
    assert box.flush() == 1 and box.depth == 5
    # A new broker session starts again from 0: exactly the unacknowledged rows, in order.
    box.rewind()
    again = box.pending(0, 100)
    assert [r.inspection for r in again] == [3, 5, 6, 7, 8]
    box.add("a", 9, "t", b"m9")
    box.flush()
    assert [r.inspection for r in box.pending(again[-1].seq, 100)] == [9]
    # What a reopened outbox reads from disk is the same.
    assert [r.inspection for r in Outbox(path).pending(0, 100)] == [3, 5, 6, 7, 8, 9]
    box.close()
