"""Connection monitors (the monitor port): sessions, watched connections, heartbeat timing.

A client's monitor ties its other connections (framed and serial) to its login session: when
the monitor goes quiet for its timeout, or closes, the watched connections close and the
session's control is released. The timing itself is the sans-IO `Heartbeat` the client uses
too; this module only applies it to every monitor of a camera.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from vs1kit.emulator.conn import Conn, ConnKey, Monitor
from vs1kit.emulator.connections import Connections
from vs1kit.emulator.security import Security
from vs1kit.protocol.heartbeat import Heartbeat

__all__ = ["Monitors"]

log = logging.getLogger(__name__)


class Monitors:
    """Every live monitor of one camera and the connections each one watches."""

    def __init__(self, security: Security, connections: Connections) -> None:
        self.security = security
        self.connections = connections
        self.by_id: dict[int, Monitor] = {}
        self.watch_index: dict[ConnKey, Monitor] = {}
        self._next_id = 1

    def session_of(self, conn: Conn) -> int:
        """The login session behind a connection: its monitor's (or the monitor watching it)."""
        mon = conn.monitor or self.watch_index.get(conn.key)
        return mon.session if mon is not None and not mon.dead else 0

    def watcher(self, key: ConnKey) -> Monitor | None:
        return self.watch_index.get(key)

    def new(self, conn: Conn, session: int, name: str, interval: float, timeout: float,
            now: float) -> Monitor:
        mon = Monitor(self._next_id, conn, session, conn.peer_ip, name,
                      Heartbeat(interval=interval, timeout=timeout, now=now))
        self._next_id += 1
        self.by_id[mon.id] = mon
        conn.monitor = mon
        log.info("monitor %d for %s (%s), session %08x, heartbeat %.0f ms, timeout %.0f ms",
                 mon.id, conn.peer_ip, name, session, interval * 1000, timeout * 1000)
        return mon

    def watch(self, mon: Monitor, key: ConnKey) -> None:
        mon.watched.add(key)
        self.watch_index[key] = mon

    def unwatch(self, key: ConnKey) -> None:
        """A watched connection ended: its monitor no longer watches it (the client port may
        be reused for another connection later)."""
        mon = self.watch_index.pop(key, None)
        if mon is not None:
            mon.watched.discard(key)

    def lost(self, mon: Monitor, reason: str) -> None:
        """Close what the monitor watched and release its session's control."""
        if mon.dead:
            return
        mon.dead = True
        self.by_id.pop(mon.id, None)
        closed = 0
        for key in mon.watched:
            if self.watch_index.get(key) is mon:
                del self.watch_index[key]
            if self.connections.close_key(key, f"its monitor {mon.id} is gone ({reason})"):
                closed += 1
        released = self.security.release(mon.session)
        log.warning("monitor %d (%s, %s) lost: %s; closed %d connection(s)%s", mon.id, mon.ip,
                    mon.name, reason, closed, ", released control" if released else "")
        mon.conn.close(reason)

    def tick(self, now: float, send_heartbeat: Callable[[Monitor], None]) -> None:
        """Judge every monitor at `now`: drop the silent ones, heartbeat the others when due."""
        for mon in list(self.by_id.values()):
            hb = mon.heartbeat
            if hb.expired(now):
                if mon.conn.pending_input():
                    # Bytes from the peer wait unread (the event loop was stalled): serve
                    # them first, a heartbeat may be among them; judge on a later tick. (A
                    # peer whose input stays unread is one not reading its replies: the write
                    # timeout ends it.)
                    continue
                self.lost(mon, f"no heartbeat for {hb.silence(now):.1f} s")
                continue
            if hb.send_due(now):
                hb.sent(now)
                send_heartbeat(mon)
                if mon.session:
                    self.security.touch(mon.session, now)

    def excuse(self, now: float) -> None:
        """The camera itself was deaf until `now`: the clients' silence is not theirs to pay for."""
        for mon in self.by_id.values():
            mon.heartbeat.excuse(now)

    def next_wakeup(self, now: float) -> float | None:
        """When the next monitor needs judging (None: no monitors)."""
        return min((m.heartbeat.next_wakeup(now) for m in self.by_id.values()), default=None)

    def clear(self) -> None:
        self.by_id.clear()
        self.watch_index.clear()
