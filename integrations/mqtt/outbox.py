"""The on-disk outbox: every inspection message stays here until the broker acknowledged it.

SQLite in WAL mode. Messages are buffered as the hub emits inspections and stored, with the
cameras' cursors, in one transaction per event-loop turn (:meth:`Outbox.flush`); each is
deleted only after its QoS 1 PUBACK. A process kill loses
nothing: what was stored is published after the restart; what was not stored is after the
cursor, so the hub backfills it from PartQ. ``synchronous=NORMAL`` survives a process crash
(not a power cut: ``durable: true`` in the config asks for FULL).

Bounded: beyond ``max_messages`` the oldest messages are dropped and counted
(``overflow_dropped``, persisted) — a full disk must not stop the camera line, and the count
says exactly how many inspections the broker never got.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    seq: int
    camera: str
    inspection: int
    topic: str
    payload: bytes


class Outbox:
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
        self.peak_depth = self.depth

    def last_stored(self, camera: str) -> int | None:
        """The last inspection stored for ``camera`` (published or waiting): where to resume."""
        return self._cursor.get(camera)

    def add(self, camera: str, inspection: int, topic: str, payload: bytes) -> None:
        """Buffer one message; :meth:`flush` stores the buffer in one transaction."""
        self._buffer.append((camera, inspection, topic, payload))

    def flush(self) -> int:
        """Store the buffered messages and the cameras' cursors together (one commit)."""
        rows, self._buffer = self._buffer, []
        if not rows:
            return 0
        cursors: dict[str, int] = {}
        for camera, inspection, _, _ in rows:
            cursors[camera] = inspection
        db = self._db
        db.execute("BEGIN")
        try:
            db.executemany("INSERT INTO messages (camera, inspection, topic, payload) VALUES (?, ?, ?, ?)", rows)
            db.executemany("INSERT INTO cursor (camera, last) VALUES (?, ?) "
                           "ON CONFLICT(camera) DO UPDATE SET last = excluded.last", list(cursors.items()))
            depth = self.depth + len(rows)
            overflow = 0
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
            raise
        self.depth = depth - overflow
        self.overflow_dropped += overflow
        self._cursor.update(cursors)
        self.stored += len(rows)
        self.peak_depth = max(self.peak_depth, self.depth)
        return len(rows)

    def pending(self, after_seq: int, limit: int) -> list[OutboxMessage]:
        self.flush()
        rows = self._db.execute(
            "SELECT seq, camera, inspection, topic, payload FROM messages WHERE seq > ? ORDER BY seq LIMIT ?",
            (after_seq, limit)).fetchall()
        return [OutboxMessage(int(s), str(c), int(i), str(t), bytes(p)) for s, c, i, t, p in rows]

    def ack(self, seqs: list[int]) -> None:
        if not seqs:
            return
        db = self._db
        db.execute("BEGIN")
        deleted = 0
        for start in range(0, len(seqs), 500):
            chunk = seqs[start:start + 500]
            cur = db.execute(f"DELETE FROM messages WHERE seq IN ({','.join('?' * len(chunk))})", chunk)
            deleted += cur.rowcount
        db.execute("COMMIT")
        self.depth -= deleted
        self.acked += deleted

    def close(self) -> None:
        self.flush()
        self._db.close()
