"""The on-disk outbox: every inspection message stays here until the broker acknowledged it.

SQLite in WAL mode. Messages are buffered as the hub emits inspections and stored, with the
cameras' cursors and the deletions of acknowledged messages (:meth:`Outbox.ack_later`), in one
transaction per event-loop turn (:meth:`Outbox.flush`); each is deleted only after its QoS 1
PUBACK. What was stored in this process is also kept in memory (:meth:`Outbox.pending` reads
the database only for older rows: after a restart or a reconnect). A process kill loses
nothing: what was stored is published after the restart (an acknowledged message whose
deletion was not committed yet is published again: same idempotency key); what was not stored
is after the cursor, so the hub backfills it from PartQ. ``synchronous=NORMAL`` survives a process crash
(not a power cut: ``durable: true`` in the config asks for FULL).

Bounded: beyond ``max_messages`` the oldest messages are dropped and counted
(``overflow_dropped``, persisted) — a full disk must not stop the camera line, and the count
says exactly how many inspections the broker never got.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from pathlib import Path
from typing import NamedTuple

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    camera TEXT NOT NULL,
    inspection INTEGER NOT NULL,
    topic TEXT NOT NULL,
    payload BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS cursor (camera TEXT PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


class OutboxMessage(NamedTuple):
    """One stored message (a tuple: one is made per inspection on the bridge's path, and a
    frozen dataclass's ``__init__`` costs about five times a tuple's)."""

    seq: int
    camera: str
    inspection: int
    topic: str
    payload: bytes


def _ranges(seqs: list[int]) -> list[tuple[int, int]]:
    """Sorted runs of consecutive numbers (PUBACKs come nearly in order: few ranges)."""
    out: list[tuple[int, int]] = []
    for n in sorted(seqs):
        if out and n <= out[-1][1] + 1:
            if n > out[-1][1]:
                out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


class Outbox:
    MEMORY_TAIL = 100_000
    """Stored messages kept in memory for :meth:`pending` (older ones are read back)."""

    def __init__(self, path: Path | str, *, max_messages: int = 1_000_000, durable: bool = False) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.max_messages = max_messages
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
        self._db.executescript(_SCHEMA)
        self.depth = int(self._db.execute("SELECT COUNT(*) FROM messages").fetchone()[0])
        self._cursor = {str(c): int(n) for c, n in self._db.execute("SELECT camera, last FROM cursor")}
        row = self._db.execute("SELECT value FROM counters WHERE name='overflow_dropped'").fetchone()
        self.overflow_dropped = int(row[0]) if row else 0
        self.stored = 0
        self.acked = 0
        self._buffer: list[tuple[str, int, str, bytes]] = []
        self._acks: list[int] = []
        self.peak_depth = self.depth
        # Every stored row with seq > _tail_after is in _tail or was acknowledged: pending()
        # serves those from memory (no SELECT, no row objects rebuilt per message).
        self._tail: deque[OutboxMessage] = deque()
        last = self._db.execute("SELECT MAX(seq) FROM messages").fetchone()[0]
        self._tail_after = int(last or 0)

    def last_stored(self, camera: str) -> int | None:
        """The last inspection stored for ``camera`` (published or waiting): where to resume."""
        return self._cursor.get(camera)

    def add(self, camera: str, inspection: int, topic: str, payload: bytes) -> None:
        """Buffer one message; :meth:`flush` stores the buffer in one transaction."""
        self._buffer.append((camera, inspection, topic, payload))

    def ack_later(self, seqs: list[int]) -> None:
        """Acknowledged messages, deleted in the next :meth:`flush`'s transaction (with the
        messages stored then: one commit per loop turn for both)."""
        self._acks.extend(seqs)

    def flush(self) -> int:
        """Store the buffered messages and the cameras' cursors together, and delete the
        messages acknowledged since the last flush (one commit). Returns the messages stored."""
        rows, self._buffer = self._buffer, []
        acks, self._acks = self._acks, []
        if not rows and not acks:
            return 0
        cursors: dict[str, int] = {}
        for camera, inspection, _, _ in rows:
            cursors[camera] = inspection
        db = self._db
        db.execute("BEGIN")
        try:
            deleted = self._delete(acks)
            depth = self.depth - deleted + len(rows)
            overflow = 0
            first = 0
            if rows:
                db.executemany("INSERT INTO messages (camera, inspection, topic, payload) VALUES (?, ?, ?, ?)",
                               rows)
                # One writer, one transaction: AUTOINCREMENT numbers the rows consecutively.
                first = int(db.execute("SELECT last_insert_rowid()").fetchone()[0]) - len(rows) + 1
                db.executemany("INSERT INTO cursor (camera, last) VALUES (?, ?) "
                               "ON CONFLICT(camera) DO UPDATE SET last = excluded.last", list(cursors.items()))
            if depth > self.max_messages:
                overflow = depth - self.max_messages
                db.execute("DELETE FROM messages WHERE seq IN (SELECT seq FROM messages ORDER BY seq LIMIT ?)",
                           (overflow,))
                db.execute("INSERT INTO counters (name, value) VALUES ('overflow_dropped', ?) "
                           "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                           (self.overflow_dropped + overflow,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            self._buffer = rows + self._buffer
            self._acks = acks + self._acks
            raise
        self.depth = depth - overflow
        self.acked += deleted
        self.overflow_dropped += overflow
        self._cursor.update(cursors)
        self.stored += len(rows)
        self.peak_depth = max(self.peak_depth, self.depth)
        tail = self._tail
        if overflow:
            # The oldest rows are gone: read what is left back from the database.
            tail.clear()
            self._tail_after = first + len(rows) - 1 if rows else self._tail_after
        elif rows:
            tail.extend(OutboxMessage(first + k, c, i, t, p) for k, (c, i, t, p) in enumerate(rows))
            while len(tail) > self.MEMORY_TAIL:
                self._tail_after = tail.popleft().seq
        return len(rows)

    def pending(self, after_seq: int, limit: int) -> list[OutboxMessage]:
        """Up to ``limit`` stored messages after ``after_seq``, oldest first (buffered ones
        only after the :meth:`flush` that stores them: the caller decides when to commit)."""
        if after_seq >= self._tail_after:
            tail = self._tail
            while tail and tail[0].seq <= after_seq:
                tail.popleft()  # handed out before (the caller pages forward only)
            self._tail_after = max(self._tail_after, after_seq)
            return [tail[k] for k in range(min(limit, len(tail)))]
        rows = self._db.execute(
            "SELECT seq, camera, inspection, topic, payload FROM messages WHERE seq > ? ORDER BY seq LIMIT ?",
            (after_seq, limit)).fetchall()
        return [OutboxMessage(int(s), str(c), int(i), str(t), bytes(p)) for s, c, i, t, p in rows]

    def rewind(self) -> None:
        """A new broker session pages from the start: what is stored now is read from the
        database (exactly the unacknowledged rows), what is stored later from memory."""
        self.flush()
        self._tail.clear()
        last = self._db.execute("SELECT MAX(seq) FROM messages").fetchone()[0]
        self._tail_after = max(self._tail_after, int(last or 0))

    def ack(self, seqs: list[int]) -> None:
        """Delete acknowledged messages now (with anything buffered)."""
        self.ack_later(seqs)
        self.flush()

    def _delete(self, seqs: list[int]) -> int:
        deleted = 0
        for lo, hi in _ranges(seqs):
            deleted += self._db.execute("DELETE FROM messages WHERE seq BETWEEN ? AND ?", (lo, hi)).rowcount
        return deleted

    def close(self) -> None:
        self.flush()
        self._db.close()
