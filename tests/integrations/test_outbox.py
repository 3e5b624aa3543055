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
