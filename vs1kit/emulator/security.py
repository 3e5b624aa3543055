"""Login sessions, the single controller, and failed-login throttling (no sockets).

A login opens a session (a random 32-bit id); control is held by one session at a time and
remembers the address it was taken from, which is what other clients are told. Failed logins
are counted per source address: after `free_failures` failures the address is refused with
`throttled` for a delay that doubles with every further failure (capped), so password guessing
over UDP gets slow fast.
"""

from __future__ import annotations

import logging
import secrets
import time
from dataclasses import dataclass
from typing import Final

from vs1kit.emulator.netstate import Credentials

__all__ = ["Control", "LoginResult", "Security", "Session"]

log = logging.getLogger(__name__)

SESSION_TIMEOUT_S: Final = 300
NO_ONE: Final = "0.0.0.0"


@dataclass(slots=True)
class Session:
    id: int
    user: str
    ip: str
    last_seen: float


@dataclass(slots=True)
class Control:
    session: int = 0
    ip: str = NO_ONE


@dataclass(frozen=True, slots=True)
class LoginResult:
    session: int = 0
    throttled_for: float = 0.0
    """Seconds the address must still wait (> 0 means refused without checking)."""


@dataclass(slots=True)
class _Failures:
    count: int = 0
    blocked_until: float = 0.0


class Security:
    def __init__(
        self,
        credentials: Credentials,
        *,
        free_failures: int = 3,
        throttle_base: float = 1.0,
        throttle_max: float = 60.0,
        session_timeout: float = SESSION_TIMEOUT_S,
    ) -> None:
        self.credentials = credentials
        self.free_failures = free_failures
        self.throttle_base = throttle_base
        self.throttle_max = throttle_max
        self.session_timeout = session_timeout
        self.sessions: dict[int, Session] = {}
        self.control = Control()
        self._failures: dict[str, _Failures] = {}

    # -- login ---------------------------------------------------------------------------

    def login(self, user: str, password: str, ip: str, now: float | None = None) -> LoginResult:
        now = time.monotonic() if now is None else now
        f = self._failures.get(ip)
        if f is not None and now < f.blocked_until:
            return LoginResult(throttled_for=f.blocked_until - now)
        if not self.credentials.check(user, password):
            f = self._failures.setdefault(ip, _Failures())
            f.count += 1
            if f.count >= self.free_failures:
                delay = min(self.throttle_base * 2 ** (f.count - self.free_failures),
                            self.throttle_max)
                f.blocked_until = now + delay
                log.warning("login from %s failed %d times; refusing logins for %.1f s",
                            ip, f.count, delay)
            else:
                log.info("login from %s refused: bad user or password", ip)
            return LoginResult()
        self._failures.pop(ip, None)
        sid = 0
        while sid == 0 or sid in self.sessions:
            sid = secrets.randbits(32)
        self.sessions[sid] = Session(sid, user, ip, now)
        log.info("login: session %08x for %s@%s", sid, user, ip)
        return LoginResult(session=sid)

    def logout(self, session: int) -> bool:
        if self.sessions.pop(session, None) is None:
            return False
        self.release(session)
        return True

    def valid(self, session: int) -> bool:
        return session != 0 and session in self.sessions

    def touch(self, session: int, now: float | None = None) -> None:
        s = self.sessions.get(session)
        if s is not None:
            s.last_seen = time.monotonic() if now is None else now

    def expire(self, now: float | None = None) -> list[int]:
        now = time.monotonic() if now is None else now
        gone = [sid for sid, s in self.sessions.items() if now - s.last_seen > self.session_timeout]
        for sid in gone:
            log.info("session %08x expired", sid)
            self.logout(sid)
        return gone

    # -- control -------------------------------------------------------------------------

    def take(self, session: int, ip: str) -> bool:
        """Give control to `session` unless another session holds it."""
        if self.control.session not in (0, session):
            return False
        if self.control.session != session:
            log.info("control taken by session %08x (%s)", session, ip)
        self.control = Control(session, ip)
        return True

    def release(self, session: int) -> bool:
        if session != 0 and self.control.session == session:
            log.info("control released by session %08x (%s)", session, self.control.ip)
            self.control = Control()
            return True
        return False

    def holds(self, session: int) -> bool:
        return session != 0 and self.control.session == session

    @property
    def holder_ip(self) -> str:
        return self.control.ip

    def reset(self) -> None:
        """A restart forgets every session and the controller (throttling stays: same box)."""
        self.sessions.clear()
        self.control = Control()
