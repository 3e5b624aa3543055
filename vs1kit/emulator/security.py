"""The camera's authorization state, no sockets: logins, sessions bound to an address, the
connections bound to each session, the single controller, and the one password throttle.

* Login is the challenge-response of `vs1kit.protocol.auth`: `login_start` answers with a
  challenge cookie bound to the sender's ip:port (no state kept), `login_finish` checks the
  cookie and the proof and opens a session (random non-zero id, a session key both ends
  derived, the login's source address).
* A session acts only from its login address, and only with a fresh, correct session proof
  (`verify`): a mac under the session key and a counter accepted once (`CounterWindow`).
* TCP connections are bound to a session by `bind_session` (`bind`); a monitor's hello binds
  the monitor connection. `bound` is what the pipeline asks.
* Control is held by one session. It is released when the session logs out or expires, when
  its last monitor dies (`Monitors.lost`), and `control_grace` seconds after it was last seen
  with a live monitor (`expire`): control taken over UDP alone does not outlive its client.
* `Throttle` is the one throttle for every way to try a password (UDP login, FTP, HTTP Basic):
  per source (exponential backoff after a few failures) and per account (a burst of failures
  from anywhere delays every source without a good record), with sources that logged in within
  a day or hold a live session exempt from the per-account delay, so an attacker cannot lock
  the controller out. Memory is bounded (LRU of sources and accounts).
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from enum import Enum
from typing import Final

from vs1kit.emulator.model import ModelError
from vs1kit.emulator.netstate import Credentials
from vs1kit.generated import types
from vs1kit.generated.enums import StatusCode as S
from vs1kit.protocol import auth
from vs1kit.protocol.wire import Message

__all__ = ["Control", "LoginOutcome", "PasswordCheck", "PasswordGate", "Security", "Session",
           "Throttle"]

log = logging.getLogger(__name__)

SESSION_TIMEOUT_S: Final = 300
MAX_SESSIONS: Final = 64
"""Open sessions at most; a login beyond it closes the longest-idle session not in control."""
CONTROL_GRACE_S: Final = 2.0
"""How long control outlives the last monitor of its session (the longest heartbeat timeout
the camera grants a monitor)."""
NO_ONE: Final = "0.0.0.0"

ConnKey = tuple[int, str, int]


@dataclass(slots=True)
class Session:
    id: int
    user: str
    ip: str
    key: bytes = field(repr=False)
    last_seen: float
    window: auth.CounterWindow = field(default_factory=auth.CounterWindow, repr=False)


@dataclass(slots=True)
class Control:
    session: int = 0
    ip: str = NO_ONE
    monitored_at: float = 0.0
    """When the session was last seen with a live monitor (or took control)."""


@dataclass(frozen=True, slots=True)
class LoginOutcome:
    """A finished login: the session, or the status and detail of the refusal."""

    session: int = 0
    signature: bytes = field(default=b"", repr=False)
    status: S = S.OK
    detail: str = ""


class PasswordCheck(Enum):
    OK = "ok"
    BAD = "bad"
    THROTTLED = "throttled"


# ----------------------------------------------------------------------------- throttle


@dataclass(slots=True)
class _Source:
    failures: int = 0
    blocked_until: float = 0.0
    last_failure: float = 0.0
    good_until: float = 0.0


class Throttle:
    """One throttle for every way to try a password (see the module docstring).

    `wait(source, account)` says how long the source must still wait before its next try on
    that account (0: go ahead); `failed` and `succeeded` record the outcome of a try. A try
    counts only once the source is known to be who it says (UDP: after the challenge round
    trip; TCP: the connection itself). Thread-safe (the FTP server runs in its own thread).
    """

    def __init__(
        self,
        *,
        free_failures: int = 3,
        base: float = 1.0,
        cap: float = 60.0,
        forget_after: float = 900.0,
        account_failures: int = 10,
        account_window: float = 60.0,
        good_for: float = 86400.0,
        max_sources: int = 4096,
        max_accounts: int = 256,
        is_live: Callable[[str], bool] = lambda _ip: False,
    ) -> None:
        self.free_failures = free_failures
        self.base = base
        self.cap = cap
        self.forget_after = forget_after
        self.account_failures = account_failures
        self.account_window = account_window
        self.good_for = good_for
        self.max_sources = max_sources
        self.max_accounts = max_accounts
        self.is_live = is_live
        self._lock = threading.Lock()
        self._sources: OrderedDict[str, _Source] = OrderedDict()
        self._accounts: OrderedDict[str, deque[float]] = OrderedDict()
        self.refused = 0
        """Tries refused without checking the password (counter for the logs and tests)."""

    def known_good(self, source: str, now: float) -> bool:
        """The source logged in within `good_for` seconds or holds a live session."""
        s = self._sources.get(source)
        return (s is not None and s.good_until > now) or self.is_live(source)

    def wait(self, source: str, account: str, now: float) -> float:
        with self._lock:
            return self._wait(source, account, now)

    def _wait(self, source: str, account: str, now: float) -> float:
        s = self._sources.get(source)
        wait = 0.0
        if s is not None and s.blocked_until > now:
            wait = s.blocked_until - now
        fails = self._accounts.get(account)
        if (fails is not None and len(fails) >= self.account_failures
                and now - fails[0] < self.account_window and not self.known_good(source, now)):
            wait = max(wait, fails[0] + self.account_window - now)
        if wait > 0:
            self.refused += 1
        return wait

    def _source(self, source: str) -> _Source:
        s = self._sources.get(source)
        if s is None:
            s = self._sources[source] = _Source()
            while len(self._sources) > self.max_sources:
                self._sources.popitem(last=False)
        else:
            self._sources.move_to_end(source)
        return s

    def failed(self, source: str, account: str, now: float) -> float:
        """Record a wrong password; returns the delay the source now has (0: none yet)."""
        with self._lock:
            return self._failed(source, account, now)

    def _failed(self, source: str, account: str, now: float) -> float:
        s = self._source(source)
        if now - s.last_failure > self.forget_after:
            s.failures = 0
        s.failures += 1
        s.last_failure = now
        delay = 0.0
        if s.failures >= self.free_failures:
            delay = min(self.base * 2 ** (s.failures - self.free_failures), self.cap)
            s.blocked_until = now + delay
        fails = self._accounts.get(account)
        if fails is None:
            fails = self._accounts[account] = deque(maxlen=self.account_failures)
            while len(self._accounts) > self.max_accounts:
                self._accounts.popitem(last=False)
        else:
            self._accounts.move_to_end(account)
        fails.append(now)
        return delay

    def succeeded(self, source: str, account: str, now: float) -> None:
        with self._lock:
            s = self._source(source)
            s.failures = 0
            s.blocked_until = 0.0
            s.good_until = now + self.good_for


class PasswordGate:
    """A cleartext password check (FTP USER/PASS, HTTP Basic) through the throttle: a
    throttled source is refused before the password is even hashed."""

    def __init__(self, credentials: Credentials, throttle: Throttle) -> None:
        self.credentials = credentials
        self.throttle = throttle

    def check(self, source: str, user: str, password: str,
              now: float | None = None) -> PasswordCheck:
        now = time.monotonic() if now is None else now
        if self.throttle.wait(source, user, now) > 0:
            return PasswordCheck.THROTTLED
        if not self.credentials.check(user, password):
            delay = self.throttle.failed(source, user, now)
            if delay:
                log.warning("password from %s failed; refusing its logins for %.1f s",
                            source, delay)
            return PasswordCheck.BAD
        self.throttle.succeeded(source, user, now)
        return PasswordCheck.OK


# ----------------------------------------------------------------------------- security


class Security:
    def __init__(
        self,
        credentials: Credentials,
        *,
        free_failures: int = 3,
        throttle_base: float = 1.0,
        throttle_max: float = 60.0,
        session_timeout: float = SESSION_TIMEOUT_S,
        control_grace: float = CONTROL_GRACE_S,
    ) -> None:
        self.credentials = credentials
        self.session_timeout = session_timeout
        self.control_grace = control_grace
        self.throttle = Throttle(free_failures=free_failures, base=throttle_base,
                                 cap=throttle_max, is_live=self.has_session_from)
        self.passwords = PasswordGate(credentials, self.throttle)
        """The standard ports' password check (same throttle as the login port)."""
        self.challenges = auth.ChallengeCookies()
        self.sessions: dict[int, Session] = {}
        self.control = Control()
        self._bound: dict[ConnKey, int] = {}

    # -- login ---------------------------------------------------------------------------

    def login_start(self, user: str, client_nonce: bytes, addr: tuple[str, int],
                    now: float | None = None) -> auth.Challenge:
        """Step 1: a challenge for `addr` (ModelError throttled while the source or the
        account must wait). Keeps no state: the challenge is a cookie."""
        now = time.monotonic() if now is None else now
        self._refuse_throttled(addr[0], user, now)
        salt, iterations = self.credentials.salt_for(user)
        return self.challenges.issue(addr, user, client_nonce, salt, iterations, now)

    def _refuse_throttled(self, ip: str, user: str, now: float) -> None:
        wait = self.throttle.wait(ip, user, now)
        if wait > 0:
            raise ModelError(S.THROTTLED, f"too many failed logins; wait {wait:.1f} s")

    def login_finish(self, user: str, client_nonce: bytes, server_nonce: bytes, proof: bytes,
                     addr: tuple[str, int], now: float | None = None) -> LoginOutcome:
        """Step 2: check the proof against the challenge `addr` got."""
        now = time.monotonic() if now is None else now
        salt, iterations = self.credentials.salt_for(user)
        if not self.challenges.take(addr, user, client_nonce, server_nonce, salt, iterations, now):
            # Not a failed password: nothing proves the sender is who it claims to be.
            return LoginOutcome(status=S.BAD_REQUEST,
                                detail="no such challenge (expired, used, or asked from "
                                       "another address): start the login again")
        ip = addr[0]
        self._refuse_throttled(ip, user, now)
        verifier = self.credentials.verifier_for(user)
        amsg = auth.auth_message(user, client_nonce, server_nonce, salt, iterations,
                                 auth.KDF_PBKDF2_SHA256, ip)
        keys = auth.camera_check(verifier, amsg, proof) if verifier is not None else None
        if keys is None:
            delay = self.throttle.failed(ip, user, now)
            if delay:
                log.warning("login from %s failed; refusing its logins for %.1f s", ip, delay)
            else:
                log.info("login from %s refused: bad user or password", ip)
            return LoginOutcome(status=S.BAD_PASSWORD, detail="wrong user or password")
        self.throttle.succeeded(ip, user, now)
        if len(self.sessions) >= MAX_SESSIONS:
            idle = min((x for x in self.sessions.values() if not self.holds(x.id)),
                       key=lambda x: x.last_seen, default=None)
            if idle is not None:
                log.info("session %08x (%s) closed: %d sessions open", idle.id, idle.ip,
                         len(self.sessions))
                self.logout(idle.id)
        sid = 0
        while sid == 0 or sid in self.sessions:
            sid = secrets.randbits(32)
        self.sessions[sid] = Session(sid, user, ip, keys.session_key, now)
        log.info("login: session %08x for %s@%s", sid, user, ip)
        return LoginOutcome(session=sid, signature=keys.server_signature)

    def has_session_from(self, ip: str) -> bool:
        return any(s.ip == ip for s in list(self.sessions.values()))

    # -- sessions ------------------------------------------------------------------------

    def verify(self, proof: types.SessionProof, message: Message, port_id: str, ip: str,
               now: float | None = None) -> Session:
        """The session a message's proof proves (ModelError not_logged_in otherwise): known,
        used from its login address, the mac right, the counter fresh (then taken)."""
        s = self.sessions.get(proof.session) if proof.session else None
        if s is None:
            raise ModelError(S.NOT_LOGGED_IN, f"session {proof.session:08x} is not logged in")
        if s.ip != ip:
            log.info("session %08x used from %s (logged in from %s): refused", s.id, ip, s.ip)
            raise ModelError(S.NOT_LOGGED_IN,
                             f"session {proof.session:08x} is not logged in from {ip}")
        expected = auth.message_mac(message, port_id, s.key)
        if not secrets.compare_digest(expected, proof.mac):
            raise ModelError(S.NOT_LOGGED_IN, "the session proof is wrong")
        if not s.window.accept(proof.counter):
            raise ModelError(S.NOT_LOGGED_IN,
                             f"counter {proof.counter} already used or too old (highest "
                             f"{s.window.highest})")
        s.last_seen = time.monotonic() if now is None else now
        return s

    def logout(self, session: int) -> bool:
        if self.sessions.pop(session, None) is None:
            return False
        self.release(session)
        for key in [k for k, sid in self._bound.items() if sid == session]:
            del self._bound[key]
        log.info("session %08x closed", session)
        return True

    def valid(self, session: int) -> bool:
        return session != 0 and session in self.sessions

    def session(self, session: int) -> Session | None:
        return self.sessions.get(session)

    def touch(self, session: int, now: float | None = None) -> None:
        s = self.sessions.get(session)
        if s is not None:
            s.last_seen = time.monotonic() if now is None else now

    def expire(self, now: float | None = None, monitored: Collection[int] = ()) -> list[int]:
        """Close sessions silent for the session timeout; release control that has had no
        live monitor (`monitored`: sessions with one) for `control_grace` seconds."""
        now = time.monotonic() if now is None else now
        gone = [sid for sid, s in self.sessions.items() if now - s.last_seen > self.session_timeout]
        for sid in gone:
            log.info("session %08x expired", sid)
            self.logout(sid)
        c = self.control
        if c.session:
            if c.session in monitored:
                c.monitored_at = now
            elif now - c.monitored_at > self.control_grace:
                log.warning("control of session %08x (%s) released: no live monitor of the "
                            "session for %.1f s", c.session, c.ip, now - c.monitored_at)
                self.control = Control()
        return gone

    # -- connections ---------------------------------------------------------------------

    def bind(self, key: ConnKey, session: int) -> None:
        """Bind a TCP connection to a session (once: ModelError forbidden for a second)."""
        if key in self._bound:
            raise ModelError(S.FORBIDDEN, f"this connection is already bound to session "
                                          f"{self._bound[key]:08x}")
        self._bound[key] = session

    def bound(self, key: ConnKey) -> int:
        """The live session a connection is bound to (0: none)."""
        sid = self._bound.get(key, 0)
        return sid if sid in self.sessions else 0

    def unbind(self, key: ConnKey) -> None:
        self._bound.pop(key, None)

    # -- control -------------------------------------------------------------------------

    def take(self, session: int, ip: str, now: float | None = None) -> bool:
        """Give control to `session` unless another session holds it."""
        if self.control.session not in (0, session):
            return False
        now = time.monotonic() if now is None else now
        if self.control.session != session:
            log.info("control taken by session %08x (%s)", session, ip)
            self.control = Control(session, ip, now)
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
        """A restart forgets every session, binding, challenge and the controller (the
        throttle stays: same box)."""
        self.sessions.clear()
        self._bound.clear()
        self.challenges = auth.ChallengeCookies()
        self.control = Control()
