"""Connection monitors (the monitor port): sessions, watched connections, heartbeat timing.

A client's monitor ties its other connections (framed and serial) together: when the monitor
goes quiet for its timeout, or closes, the watched connections close and, if it was its
session's last live monitor, the session's control is released. A monitor watches only
connections of its own session (`watch_checked`). The timing itself is the sans-IO `Heartbeat` the client uses
too; this module only applies it to every monitor of a camera.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from typing import Final

from vs1kit.emulator.conn import Conn, ConnKey, Monitor
from vs1kit.emulator.connections import Connections
from vs1kit.emulator.model import ModelError
from vs1kit.emulator.security import Security
from vs1kit.generated import frames
from vs1kit.generated.enums import StatusCode as S
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.heartbeat import Heartbeat

__all__ = ["Monitors"]

log = logging.getLogger(__name__)


WATCH_WAIT: Final = 1.0
"""How long a watch waits for its connection to arrive (it is also what a blind guess costs)."""


@cache
def _can_bind(port_id: str) -> bool:
    """The port offers bind_session (its connections can prove a session)."""
    spec = PORTS.get(port_id)
    return spec is not None and frames.BindSession in spec.messages


class Monitors:
    """Every live monitor of one camera and the connections each one watches."""

    def __init__(self, security: Security, connections: Connections) -> None:
        self.security = security
        self.connections = connections
        self.by_id: dict[int, Monitor] = {}
        self.watch_index: dict[ConnKey, Monitor] = {}
        self._next_id = 1

    def session_of(self, conn: Conn) -> int:
        """The login session a connection proved: the one it is bound to (bind_session), or
        for a monitor connection its hello's. Being watched gives a connection no session."""
        if conn.monitor is not None:
            mon = conn.monitor
            return mon.session if not mon.dead and self.security.valid(mon.session) else 0
        return self.security.bound(conn.key)

    def owner(self, conn: Conn) -> object | None:
        """Who a connection belongs to, for rights over each other's objects (reports): its
        session if bound, else the anonymous monitor watching it, else nobody (None)."""
        sid = self.session_of(conn)
        if sid:
            return ("session", sid)
        mon = conn.monitor or self.watch_index.get(conn.key)
        if mon is not None and not mon.dead and mon.session == 0:
            return mon
        return None

    def live_sessions(self) -> set[int]:
        """Sessions with at least one live monitor."""
        return {m.session for m in self.by_id.values() if m.session and not m.dead}

    async def arrived(self, key: ConnKey, within: float = WATCH_WAIT) -> bool:
        """Whether the connection `key` is (or within `within` seconds becomes) known: a
        client watches a connection right after connecting, and the watch on the monitor
        connection may be served before the camera has started serving the new one."""
        return await self.connections.arrived(key, within)

    def watch_checked(self, mon: Monitor, key: ConnKey) -> None:
        """`watch` if the monitor may: the connection exists, comes from the monitor's address
        (the key says so), belongs to the monitor's session and no other live monitor watches
        it. On a port that offers bind_session a connection belongs to the session it is bound
        to (unbound: to anonymous monitors); a connection that cannot be bound (line ports,
        ports without bind_session) belongs to any monitor of its address. Refused with
        forbidden otherwise, the same answer whether or not the connection exists."""
        refused = ModelError(S.FORBIDDEN, f"no connection of this monitor's session from port "
                                          f"{key[2]} to port {key[0]}")
        conn = self.connections.by_key.get(key)
        if conn is not None:
            if conn.monitor is not None:
                raise refused
            if _can_bind(conn.port_id) and self.session_of(conn) != mon.session:
                raise refused
        elif key not in self.connections.lines_by_key:
            raise refused
        other = self.watch_index.get(key)
        if other is not None and other is not mon and not other.dead:
            raise refused
        self.watch(mon, key)

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
        """A connection ended: its monitor no longer watches it and its session binding goes
        (the client port may be reused for another connection later)."""
        self.security.unbind(key)
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
        # Control goes with the session's last live monitor.
        released = (mon.session not in self.live_sessions()
                    and self.security.release(mon.session))
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
