"""Login and session proofs of the VS-1 custom ports, sans-IO: one module for client and camera.

Nothing here opens a socket or reads a clock: callers pass the time (seconds of a monotonic
clock) and the addresses, and put the results on the wire themselves. Only the standard
library's `hashlib`, `hmac` and `secrets` are used.

Login (UDP login port, two round trips; the SCRAM construction of RFC 5802 / RFC 7677)
-------------------------------------------------------------------------------------------
::

    client -> login_start     {user, client_nonce[16]}
    camera -> login_challenge {server_nonce[16], salt[16], iterations u32, kdf u8 (1 = PBKDF2-HMAC-SHA256)}
    client -> login           {user, client_nonce[16], server_nonce[16], proof[32]}
    camera -> login_reply     {session u32, timeout_s u16, server_signature[32]}

    SaltedPassword = PBKDF2-HMAC-SHA256(password (UTF-8), salt, iterations)      32 bytes
    ClientKey      = HMAC-SHA256(SaltedPassword, "Client Key")
    StoredKey      = SHA-256(ClientKey)
    ServerKey      = HMAC-SHA256(SaltedPassword, "Server Key")
    AuthMessage    = "vs1-login"                       9 bytes, ASCII
                   | u8 len(user) | user               the user name, UTF-8
                   | client_nonce                      16 bytes
                   | server_nonce                      16 bytes
                   | salt                              16 bytes
                   | u32 iterations | u8 kdf           big-endian
                   | client IPv4 address               4 bytes, as the camera sees the sender
    proof          = ClientKey XOR HMAC-SHA256(StoredKey, AuthMessage)
    server_signature = HMAC-SHA256(ServerKey, AuthMessage)
    SessionKey     = HMAC-SHA256(ClientKey, "vs1-session" | AuthMessage)

The camera stores only (salt, iterations, StoredKey, ServerKey) — the *verifier* — never the
password. It recovers ClientKey = proof XOR HMAC(StoredKey, AuthMessage) and accepts when
SHA-256(ClientKey) == StoredKey. The client checks server_signature (the camera knows the
verifier: mutual authentication). SessionKey is known to both ends and never sent.

The challenge (server_nonce) is single-use, expires after `CHALLENGE_TTL` seconds and is
bound to the address (ip, port) login_start came from, so it doubles as a return-routability
cookie: a datagram with a spoofed source address never completes a login nor counts as a
failed one. The camera keeps it as a cookie (`ChallengeCookies`: a timestamp and a MAC under a
camera secret), not as state, so a flood of forged login_start datagrams costs no memory and
cannot push a real client's challenge out. A user the camera does not know gets a deterministic fake salt (`fake_salt`), so
the challenge does not reveal which users exist.

Session proofs
--------------
A message that acts for a session carries a `session_proof {session u32, counter u32,
mac[16]}` as its first field::

    mac = HMAC-SHA256(SessionKey, "vs1-req" | u16 port | u16 code | payload)[:16]

where `port` is the port's number *in the spec* (49493 for the login port, whatever number
the camera is reached at), `code` the message code and `payload` the message's payload bytes
with the 16 mac bytes set to zero (so the proof covers the session, the counter and every
other field of the message). Counters are per session; the camera accepts each counter once,
within a window of `WINDOW` below the highest it has seen (`CounterWindow`, the anti-replay
window of IPsec and DTLS), so requests sent on several connections at once may arrive out of
order.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import struct
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from typing import Final, TypeVar

from vs1kit.generated import types
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.wire import EncodeError, Message

__all__ = [
    "CHALLENGE_TTL",
    "DEFAULT_ITERATIONS",
    "KDF_PBKDF2_SHA256",
    "MAC_SIZE",
    "MAX_ITERATIONS",
    "MIN_ITERATIONS",
    "NONCE_SIZE",
    "PROOF_SIZE",
    "SALT_SIZE",
    "WINDOW",
    "AuthError",
    "Challenge",
    "ChallengeCookies",
    "ClientLogin",
    "CounterWindow",
    "LoginKeys",
    "SessionSigner",
    "Verifier",
    "auth_message",
    "client_key",
    "client_proof",
    "fake_salt",
    "message_mac",
    "new_nonce",
    "proof_of",
    "recover_client_key",
    "request_mac",
    "salted_password",
    "server_key",
    "server_signature",
    "session_key",
    "sign",
    "spec_port_number",
    "stored_key",
]

KDF_PBKDF2_SHA256: Final = 1
"""The `kdf` value of login_challenge for PBKDF2-HMAC-SHA256 (the only one defined)."""
NONCE_SIZE: Final = 16
SALT_SIZE: Final = 16
PROOF_SIZE: Final = 32
MAC_SIZE: Final = 16
DEFAULT_ITERATIONS: Final = 20_000
"""PBKDF2 iterations of a new verifier (RFC 7677 asks for at least 4096)."""
MIN_ITERATIONS: Final = 4096
MAX_ITERATIONS: Final = 10_000_000
"""A client refuses a challenge outside [MIN, MAX]: too few is a downgrade, too many a
denial of service on the client."""
CHALLENGE_TTL: Final = 10.0
WINDOW: Final = 64

_LOGIN_LABEL: Final = b"vs1-login"
_SESSION_LABEL: Final = b"vs1-session"
_REQUEST_LABEL: Final = b"vs1-req"


class AuthError(Exception):
    """A login step that cannot go on (bad challenge, wrong server signature)."""


def new_nonce() -> bytes:
    """16 random bytes from the operating system's CSPRNG."""
    return secrets.token_bytes(NONCE_SIZE)


# ----------------------------------------------------------------------------- key schedule


def salted_password(password: str, salt: bytes, iterations: int) -> bytes:
    """PBKDF2-HMAC-SHA256 of the UTF-8 password (32 bytes)."""
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)


def _hmac(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def client_key(salted: bytes) -> bytes:
    return _hmac(salted, b"Client Key")


def stored_key(ckey: bytes) -> bytes:
    return hashlib.sha256(ckey).digest()


def server_key(salted: bytes) -> bytes:
    return _hmac(salted, b"Server Key")


def _ip_bytes(ip: str) -> bytes:
    try:
        return ipaddress.IPv4Address(ip).packed
    except ValueError:
        raise AuthError(f"not an IPv4 address: {ip!r}") from None


def auth_message(user: str, client_nonce: bytes, server_nonce: bytes, salt: bytes,
                 iterations: int, kdf: int, client_ip: str) -> bytes:
    """The AuthMessage both ends sign (layout in the module docstring)."""
    name = user.encode("utf-8")
    if len(name) > 255:
        raise AuthError("user name longer than 255 bytes")
    if len(client_nonce) != NONCE_SIZE or len(server_nonce) != NONCE_SIZE:
        raise AuthError("nonces are 16 bytes")
    if len(salt) != SALT_SIZE:
        raise AuthError("the salt is 16 bytes")
    return b"".join((_LOGIN_LABEL, bytes((len(name),)), name, client_nonce, server_nonce, salt,
                     struct.pack(">IB", iterations, kdf), _ip_bytes(client_ip)))


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def client_proof(ckey: bytes, amsg: bytes) -> bytes:
    """ClientKey XOR HMAC(StoredKey, AuthMessage)."""
    return _xor(ckey, _hmac(stored_key(ckey), amsg))


def recover_client_key(stored: bytes, amsg: bytes, proof: bytes) -> bytes | None:
    """The camera's check of a proof: the ClientKey it carries, or None if it is wrong."""
    if len(proof) != PROOF_SIZE:
        return None
    ckey = _xor(proof, _hmac(stored, amsg))
    return ckey if hmac.compare_digest(stored_key(ckey), stored) else None


def server_signature(skey: bytes, amsg: bytes) -> bytes:
    return _hmac(skey, amsg)


def session_key(ckey: bytes, amsg: bytes) -> bytes:
    """The session's MAC key: known to both ends, never on the wire."""
    return _hmac(ckey, _SESSION_LABEL + amsg)


def fake_salt(secret: bytes, user: str) -> bytes:
    """The salt the camera shows for a user it does not know: always the same for that name,
    unpredictable without the camera's secret."""
    return _hmac(secret, b"vs1-fake-salt" + user.encode("utf-8", "surrogatepass"))[:SALT_SIZE]


def request_mac(skey: bytes, port: int, code: int, payload: bytes) -> bytes:
    """The 16-byte mac of a session-bearing message. `payload` is the message's payload with
    its mac bytes zeroed; `port` the port's number in the spec."""
    return _hmac(skey, _REQUEST_LABEL + struct.pack(">HH", port, code) + payload)[:MAC_SIZE]


# ----------------------------------------------------------------------------- verifier


@dataclass(frozen=True, slots=True)
class Verifier:
    """What the camera stores of a password: salt, iterations, StoredKey, ServerKey."""

    salt: bytes
    iterations: int
    stored_key: bytes = field(repr=False)
    server_key: bytes = field(repr=False)
    kdf: int = KDF_PBKDF2_SHA256

    @classmethod
    def create(cls, password: str, *, iterations: int = DEFAULT_ITERATIONS,
               salt: bytes | None = None) -> Verifier:
        salt = secrets.token_bytes(SALT_SIZE) if salt is None else salt
        salted = salted_password(password, salt, iterations)
        return cls(salt, iterations, stored_key(client_key(salted)), server_key(salted))

    def check_password(self, password: str) -> bool:
        """For the cleartext logins of the standard ports (FTP, HTTP Basic): one PBKDF2."""
        salted = salted_password(password, self.salt, self.iterations)
        return hmac.compare_digest(stored_key(client_key(salted)), self.stored_key)


@dataclass(frozen=True, slots=True)
class LoginKeys:
    """What a completed login gives both ends."""

    session_key: bytes = field(repr=False)
    server_signature: bytes = field(repr=False)


def camera_check(verifier: Verifier, amsg: bytes, proof: bytes) -> LoginKeys | None:
    """The camera's side of step 2: the keys if `proof` is right, else None."""
    ckey = recover_client_key(verifier.stored_key, amsg, proof)
    if ckey is None:
        return None
    return LoginKeys(session_key(ckey, amsg), server_signature(verifier.server_key, amsg))


__all__ += ["camera_check"]


# ----------------------------------------------------------------------------- client side


class ClientLogin:
    """The client's side of one login: `start`, then `answer` the challenge, then `finish`
    with the camera's reply. The password is used once (PBKDF2) and not kept."""

    def __init__(self, user: str, password: str, *, client_nonce: bytes | None = None,
                 min_iterations: int = MIN_ITERATIONS,
                 max_iterations: int = MAX_ITERATIONS) -> None:
        self.user = user
        self._password: str | None = password
        self.client_nonce = new_nonce() if client_nonce is None else client_nonce
        self.min_iterations = min_iterations
        self.max_iterations = max_iterations
        self._amsg = b""
        self._ckey = b""
        self._skey = b""

    def answer(self, server_nonce: bytes, salt: bytes, iterations: int, kdf: int,
               client_ip: str) -> bytes:
        """The proof for the challenge; `client_ip` is this host's address as the camera
        sees it (the local address of the socket that talks to it)."""
        if kdf != KDF_PBKDF2_SHA256:
            raise AuthError(f"the camera asks for an unknown key derivation ({kdf})")
        if not self.min_iterations <= iterations <= self.max_iterations:
            raise AuthError(f"the camera asks for {iterations} PBKDF2 iterations "
                            f"(accepted: {self.min_iterations}..{self.max_iterations})")
        if self._password is None:
            raise AuthError("this login already answered a challenge")
        salted = salted_password(self._password, salt, iterations)
        self._password = None
        self._amsg = auth_message(self.user, self.client_nonce, server_nonce, salt, iterations,
                                  kdf, client_ip)
        self._ckey = client_key(salted)
        self._skey = server_key(salted)
        return client_proof(self._ckey, self._amsg)

    def finish(self, signature: bytes) -> bytes:
        """Check the camera's signature; returns the session key. AuthError if the camera
        does not know the verifier (an impostor)."""
        if not self._amsg:
            raise AuthError("no challenge answered yet")
        expected = server_signature(self._skey, self._amsg)
        if not hmac.compare_digest(expected, signature):
            raise AuthError("the camera's server signature is wrong: not the camera it claims "
                            "to be")
        return session_key(self._ckey, self._amsg)


# ----------------------------------------------------------------------------- counters


class CounterWindow:
    """Which counters of a session were used: each is accepted once, and only if it is above
    the highest seen or within `size` below it (a bitmap of the last `size` counters)."""

    __slots__ = ("_bits", "highest", "size")

    def __init__(self, size: int = WINDOW) -> None:
        self.size = size
        self.highest = 0
        """The highest counter accepted (0: none; counters start at 1)."""
        self._bits = 0
        """Bit i set: counter highest - i was accepted."""

    def check(self, counter: int) -> bool:
        """Would `counter` be accepted (without taking it)?"""
        if counter <= 0:
            return False
        if counter > self.highest:
            return True
        back = self.highest - counter
        return back < self.size and not (self._bits >> back) & 1

    def accept(self, counter: int) -> bool:
        """Take `counter` if it is fresh; False for a replay or a counter too old."""
        if not self.check(counter):
            return False
        if counter > self.highest:
            shift = counter - self.highest
            self._bits = ((self._bits << shift) | 1) & ((1 << self.size) - 1)
            self.highest = counter
        else:
            self._bits |= 1 << (self.highest - counter)
        return True


# ----------------------------------------------------------------------------- challenges


@dataclass(frozen=True, slots=True)
class Challenge:
    """A challenge the camera sent: what login_challenge carries."""

    server_nonce: bytes
    salt: bytes
    iterations: int


class ChallengeCookies:
    """The camera's challenges, kept as cookies rather than state (the SYN-cookie idea): a
    server_nonce is a coarse timestamp and a MAC, under a secret of the camera, of that time,
    the sender's ip:port, the user, the client nonce, the salt and the iterations::

        server_nonce = u32 issued (whole seconds of the camera's clock)
                     | HMAC-SHA256(secret, "vs1-challenge" | issued | ip | u16 port | u8 len
                                   | user | client_nonce | salt | u32 iterations)[:12]

    login_start therefore costs the camera no memory, and a flood of login_start datagrams with
    a forged source address cannot push anyone's challenge out. A login is accepted only from
    the ip:port the challenge was sent to, within `ttl` seconds, and once: a nonce is remembered
    as used until it expires (only after a full round trip, so only real senders fill that
    set; when `max_used` are remembered, further logins are refused until some expire)."""

    def __init__(self, secret: bytes | None = None, *, ttl: float = CHALLENGE_TTL,
                 max_used: int = 4096) -> None:
        self._secret = secrets.token_bytes(32) if secret is None else secret
        self.ttl = ttl
        self.max_used = max_used
        self._used: OrderedDict[bytes, float] = OrderedDict()

    def _mac(self, issued: int, addr: tuple[str, int], user: str, client_nonce: bytes,
             salt: bytes, iterations: int) -> bytes:
        name = user.encode("utf-8", "surrogatepass")[:255]
        data = b"".join((b"vs1-challenge", struct.pack(">I", issued), _ip_bytes(addr[0]),
                         struct.pack(">HB", addr[1] & 0xFFFF, len(name)), name, client_nonce,
                         salt, struct.pack(">I", iterations)))
        return _hmac(self._secret, data)[:NONCE_SIZE - 4]

    def issue(self, addr: tuple[str, int], user: str, client_nonce: bytes, salt: bytes,
              iterations: int, now: float) -> Challenge:
        issued = int(now) & 0xFFFFFFFF
        nonce = struct.pack(">I", issued) + self._mac(issued, addr, user, client_nonce, salt,
                                                      iterations)
        return Challenge(nonce, salt, iterations)

    def _forget(self, now: float) -> None:
        while self._used:
            nonce, until = next(iter(self._used.items()))
            if until > now:
                break
            del self._used[nonce]

    def take(self, addr: tuple[str, int], user: str, client_nonce: bytes, server_nonce: bytes,
             salt: bytes, iterations: int, now: float) -> bool:
        """Whether `server_nonce` is a challenge this camera sent to `addr` for this user,
        client nonce, salt and iterations, not expired and not used before (then it is)."""
        if len(server_nonce) != NONCE_SIZE or len(client_nonce) != NONCE_SIZE:
            return False
        (issued,) = struct.unpack_from(">I", server_nonce)
        age = (int(now) - issued) & 0xFFFFFFFF
        if age > self.ttl:
            return False
        try:
            expected = self._mac(issued, addr, user, client_nonce, salt, iterations)
        except AuthError:
            return False
        if not hmac.compare_digest(expected, server_nonce[4:]):
            return False
        self._forget(now)
        if server_nonce in self._used or len(self._used) >= self.max_used:
            return False
        self._used[server_nonce] = now + self.ttl + 1.0
        return True


# ----------------------------------------------------------------------------- messages

M = TypeVar("M", bound=Message)
_ZERO_MAC: Final = bytes(MAC_SIZE)


def spec_port_number(port_id: str) -> int:
    """The port's number in the spec (its first), which the request mac covers."""
    return PORTS[port_id].numbers[0]


def proof_of(message: Message) -> types.SessionProof | None:
    """The session_proof a message carries (its `auth` field), or None."""
    proof = getattr(message, "auth", None)
    return proof if isinstance(proof, types.SessionProof) else None


def message_mac(message: Message, port_id: str, skey: bytes) -> bytes:
    """The mac `message` must carry on `port_id` under session key `skey` (its own mac
    bytes are ignored: they are zeroed for the computation)."""
    proof = proof_of(message)
    if proof is None or message.CODE is None:
        raise EncodeError("auth", f"{type(message).__name__} carries no session proof")
    unsigned = replace(message, auth=replace(proof, mac=_ZERO_MAC))  # type: ignore[type-var]
    return request_mac(skey, spec_port_number(port_id), message.CODE, unsigned.encode())


def sign(message: M, port_id: str, skey: bytes, session: int, counter: int) -> M:
    """`message` with its session proof filled in (session, counter, mac)."""
    proof = types.SessionProof(session=session, counter=counter, mac=_ZERO_MAC)
    draft = replace(message, auth=proof)  # type: ignore[type-var]
    return replace(draft, auth=replace(proof, mac=message_mac(draft, port_id, skey)))  # type: ignore[type-var]


class SessionSigner:
    """The client's side of a session after login: the session id, its key (never shown) and
    the counter, which grows by one for every message it signs (a retry is signed anew)."""

    __slots__ = ("_key", "counter", "session")

    def __init__(self, session: int, key: bytes, counter: int = 0) -> None:
        self.session = session
        self._key = key
        self.counter = counter

    def sign(self, message: M, port_id: str) -> M:
        self.counter = (self.counter + 1) & 0xFFFFFFFF
        return sign(message, port_id, self._key, self.session, self.counter)

    def __repr__(self) -> str:
        return f"SessionSigner(session={self.session:08x}, counter={self.counter}, key=<hidden>)"
