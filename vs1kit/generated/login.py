# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Camera Login/Command Port: UDP 49493.

Seed: Gains control to the camera in order to edit and modify its network parameters. A
      network login to the camera is required to gain control with the VS-1 Smart Camera.
"""

from __future__ import annotations

import struct as _struct
from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple

from vs1kit.protocol.wire import (
    BytesLike,
    DecodeError,
    EncodeError,
    FixedField,
    FixedRun,
    Message,
    Struct,
    ipv4_bytes,
    ipv4_str,
    mac_bytes,
    mac_str,
    short,
    text,
)


from . import enums, frames, types  # noqa: F401

__all__ = [
    "LoginStart",
    "LoginChallenge",
    "Login",
    "LoginReply",
    "Logout",
    "LoginAck",
    "TakeControl",
    "ReleaseControl",
    "ControlReply",
    "GetNetwork",
    "NetworkParams",
    "SetNetwork",
    "MESSAGES",
    "BY_CODE",
]

_S0 = _struct.Struct(">B")
_S1 = _struct.Struct(">IB")
_S2 = _struct.Struct(">IH")
_S3 = _struct.Struct(">I")
_S4 = _struct.Struct(">?4s")
_S5 = _struct.Struct(">6s")
_E_KDF = enums.KDF_VALUES


@dataclass(slots=True)
class LoginStart(Message):
    """First step of a login; refused with throttled while the source or the account waits."""

    client_nonce: BytesLike = b""
    """Random bytes chosen by the client for this login."""

    user: str = ""

    SPEC_ID: ClassVar[str] = "login_start"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0807
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[LoginStartLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_login_start(self, out)
        except EncodeError as x:
            raise x.of("LoginStart") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> LoginStart:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_login_start(data, 0, len(data))
        except DecodeError as x:
            raise x.of("LoginStart") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "LoginStart") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "LoginStart")
        return value


def _dec_login_start(b: BytesLike, o: int, e: int) -> tuple[LoginStart, int]:
    if e - o < 16:
        raise short("client_nonce", o, 16, e)
    raw = b[o : o + 16]
    start = o
    o += 16
    f_client_nonce = raw
    if e - o < 1:
        raise short("user", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("user", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_user = str(raw, "utf-8")
    except UnicodeDecodeError as x:
        raise DecodeError("user", start + x.start, "invalid utf-8 text") from None
    return LoginStart(f_client_nonce, f_user), o


def _enc_login_start(v: LoginStart, out: bytearray) -> None:
    raw: object
    raw = v.client_nonce
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("client_nonce", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 16:
        raise EncodeError("client_nonce", f"{len(raw)} bytes do not fit 16")
    out += raw
    out += bytes(16 - len(raw))
    if not isinstance(v.user, str):
        raise EncodeError("user", f"needs str, got {type(v.user).__name__}")
    try:
        raw = v.user.encode("utf-8")
    except UnicodeEncodeError as x:
        raise EncodeError("user", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("user", f"{len(raw)} bytes, at most 255")
    out += _S0.pack(len(raw))
    out += raw


@dataclass(slots=True)
class LoginChallenge(Message):
    """"""

    server_nonce: BytesLike = b""
    """Random; single use, expires after about 10 s, valid only from the address login_start came from."""

    salt: BytesLike = b""
    """The verifier's salt (a deterministic fake one for an unknown user)."""

    iterations: int = 0
    """PBKDF2 iteration count of the verifier."""

    kdf: enums.Kdf | int = enums.Kdf.PBKDF2_HMAC_SHA256

    SPEC_ID: ClassVar[str] = "login_challenge"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x8807
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[LoginChallengeLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_login_challenge(self, out)
        except EncodeError as x:
            raise x.of("LoginChallenge") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> LoginChallenge:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_login_challenge(data, 0, len(data))
        except DecodeError as x:
            raise x.of("LoginChallenge") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "LoginChallenge") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "LoginChallenge")
        return value


def _dec_login_challenge(b: BytesLike, o: int, e: int) -> tuple[LoginChallenge, int]:
    if e - o < 16:
        raise short("server_nonce", o, 16, e)
    raw = b[o : o + 16]
    start = o
    o += 16
    f_server_nonce = raw
    if e - o < 16:
        raise short("salt", o, 16, e)
    raw = b[o : o + 16]
    start = o
    o += 16
    f_salt = raw
    if e - o < 5:
        raise short("iterations", o, 5, e)
    f_iterations, f_kdf = _S1.unpack_from(b, o)
    f_kdf = _E_KDF.get(f_kdf, f_kdf)
    o += 5
    return LoginChallenge(f_server_nonce, f_salt, f_iterations, f_kdf), o


def _enc_login_challenge(v: LoginChallenge, out: bytearray) -> None:
    raw: object
    raw = v.server_nonce
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("server_nonce", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 16:
        raise EncodeError("server_nonce", f"{len(raw)} bytes do not fit 16")
    out += raw
    out += bytes(16 - len(raw))
    raw = v.salt
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("salt", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 16:
        raise EncodeError("salt", f"{len(raw)} bytes do not fit 16")
    out += raw
    out += bytes(16 - len(raw))
    try:
        out += _S1.pack(v.iterations, v.kdf)
    except (_struct.error, TypeError) as x:
        raise EncodeError("iterations, kdf", str(x)) from None


@dataclass(slots=True)
class Login(Message):
    """Second step: the proof. SaltedPassword = PBKDF2-HMAC-SHA256(password, salt, iterations); ClientKey = HMAC(SaltedPassword, "Client Key"); StoredKey = SHA256(ClientKey); AuthMessage = "vs1-login" | u8 length | user (UTF-8) | client_nonce | server_nonce | salt | u32 iterations | u8 kdf | client IPv4 address as the camera sees it (4 bytes); proof = ClientKey XOR HMAC(StoredKey, AuthMessage). A wrong proof is refused with bad_password and counts as a failed login for the source and the account."""

    client_nonce: BytesLike = b""

    server_nonce: BytesLike = b""

    proof: BytesLike = b""

    user: str = ""

    SPEC_ID: ClassVar[str] = "login"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0801
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[LoginLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_login(self, out)
        except EncodeError as x:
            raise x.of("Login") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Login:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_login(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Login") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Login") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Login")
        return value


def _dec_login(b: BytesLike, o: int, e: int) -> tuple[Login, int]:
    if e - o < 16:
        raise short("client_nonce", o, 16, e)
    raw = b[o : o + 16]
    start = o
    o += 16
    f_client_nonce = raw
    if e - o < 16:
        raise short("server_nonce", o, 16, e)
    raw = b[o : o + 16]
    start = o
    o += 16
    f_server_nonce = raw
    if e - o < 32:
        raise short("proof", o, 32, e)
    raw = b[o : o + 32]
    start = o
    o += 32
    f_proof = raw
    if e - o < 1:
        raise short("user", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("user", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_user = str(raw, "utf-8")
    except UnicodeDecodeError as x:
        raise DecodeError("user", start + x.start, "invalid utf-8 text") from None
    return Login(f_client_nonce, f_server_nonce, f_proof, f_user), o


def _enc_login(v: Login, out: bytearray) -> None:
    raw: object
    raw = v.client_nonce
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("client_nonce", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 16:
        raise EncodeError("client_nonce", f"{len(raw)} bytes do not fit 16")
    out += raw
    out += bytes(16 - len(raw))
    raw = v.server_nonce
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("server_nonce", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 16:
        raise EncodeError("server_nonce", f"{len(raw)} bytes do not fit 16")
    out += raw
    out += bytes(16 - len(raw))
    raw = v.proof
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("proof", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 32:
        raise EncodeError("proof", f"{len(raw)} bytes do not fit 32")
    out += raw
    out += bytes(32 - len(raw))
    if not isinstance(v.user, str):
        raise EncodeError("user", f"needs str, got {type(v.user).__name__}")
    try:
        raw = v.user.encode("utf-8")
    except UnicodeEncodeError as x:
        raise EncodeError("user", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("user", f"{len(raw)} bytes, at most 255")
    out += _S0.pack(len(raw))
    out += raw


@dataclass(slots=True)
class LoginReply(Message):
    """server_signature = HMAC(ServerKey, AuthMessage) with ServerKey = HMAC(SaltedPassword, "Server Key"): the client refuses a camera whose signature is wrong. Both ends derive SessionKey = HMAC(ClientKey, "vs1-session" | AuthMessage); it never travels and is never printed."""

    session: int = 0
    """Random, non-zero: a public handle, no credential."""

    timeout_s: int = 0
    """The session expires after this long without a request or heartbeat."""

    server_signature: BytesLike = b""

    SPEC_ID: ClassVar[str] = "login_reply"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x8801
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[LoginReplyLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_login_reply(self, out)
        except EncodeError as x:
            raise x.of("LoginReply") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> LoginReply:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_login_reply(data, 0, len(data))
        except DecodeError as x:
            raise x.of("LoginReply") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "LoginReply") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "LoginReply")
        return value


def _dec_login_reply(b: BytesLike, o: int, e: int) -> tuple[LoginReply, int]:
    if e - o < 6:
        raise short("session", o, 6, e)
    f_session, f_timeout_s = _S2.unpack_from(b, o)
    o += 6
    if e - o < 32:
        raise short("server_signature", o, 32, e)
    raw = b[o : o + 32]
    start = o
    o += 32
    f_server_signature = raw
    return LoginReply(f_session, f_timeout_s, f_server_signature), o


def _enc_login_reply(v: LoginReply, out: bytearray) -> None:
    raw: object
    try:
        out += _S2.pack(v.session, v.timeout_s)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session, timeout_s", str(x)) from None
    raw = v.server_signature
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("server_signature", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 32:
        raise EncodeError("server_signature", f"{len(raw)} bytes do not fit 32")
    out += raw
    out += bytes(32 - len(raw))


@dataclass(slots=True)
class Logout(Message):
    """"""

    auth: types.SessionProof = field(default_factory=types.SessionProof)

    SPEC_ID: ClassVar[str] = "logout"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0802
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "session"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[LogoutLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_logout(self, out)
        except EncodeError as x:
            raise x.of("Logout") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Logout:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_logout(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Logout") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Logout") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Logout")
        return value


def _dec_logout(b: BytesLike, o: int, e: int) -> tuple[Logout, int]:
    try:
        f_auth, o = types._dec_session_proof(b, o, e)
    except DecodeError as x:
        raise x.within("auth") from None
    return Logout(f_auth), o


def _enc_logout(v: Logout, out: bytearray) -> None:
    if not isinstance(v.auth, types.SessionProof):
        raise EncodeError("auth", f"needs SessionProof, got {type(v.auth).__name__}")
    try:
        types._enc_session_proof(v.auth, out)
    except EncodeError as x:
        raise x.within("auth") from None


@dataclass(slots=True)
class LoginAck(Message):
    """"""

    session: int = 0

    SPEC_ID: ClassVar[str] = "login_ack"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x8802
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[LoginAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_login_ack(self, out)
        except EncodeError as x:
            raise x.of("LoginAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> LoginAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_login_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("LoginAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "LoginAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "LoginAck")
        return value


def _dec_login_ack(b: BytesLike, o: int, e: int) -> tuple[LoginAck, int]:
    if e - o < 4:
        raise short("session", o, 4, e)
    (f_session,) = _S3.unpack_from(b, o)
    o += 4
    return LoginAck(f_session), o


def _enc_login_ack(v: LoginAck, out: bytearray) -> None:
    try:
        out += _S3.pack(v.session)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session", str(x)) from None


@dataclass(slots=True)
class TakeControl(Message):
    """Control stays with the session while a monitor of the session is alive; without one it is released after one heartbeat timeout."""

    auth: types.SessionProof = field(default_factory=types.SessionProof)

    SPEC_ID: ClassVar[str] = "take_control"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0803
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "session"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[TakeControlLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_take_control(self, out)
        except EncodeError as x:
            raise x.of("TakeControl") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> TakeControl:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_take_control(data, 0, len(data))
        except DecodeError as x:
            raise x.of("TakeControl") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "TakeControl") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "TakeControl")
        return value


def _dec_take_control(b: BytesLike, o: int, e: int) -> tuple[TakeControl, int]:
    try:
        f_auth, o = types._dec_session_proof(b, o, e)
    except DecodeError as x:
        raise x.within("auth") from None
    return TakeControl(f_auth), o


def _enc_take_control(v: TakeControl, out: bytearray) -> None:
    if not isinstance(v.auth, types.SessionProof):
        raise EncodeError("auth", f"needs SessionProof, got {type(v.auth).__name__}")
    try:
        types._enc_session_proof(v.auth, out)
    except EncodeError as x:
        raise x.within("auth") from None


@dataclass(slots=True)
class ReleaseControl(Message):
    """"""

    auth: types.SessionProof = field(default_factory=types.SessionProof)

    SPEC_ID: ClassVar[str] = "release_control"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0804
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "session"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[ReleaseControlLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_release_control(self, out)
        except EncodeError as x:
            raise x.of("ReleaseControl") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ReleaseControl:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_release_control(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ReleaseControl") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ReleaseControl") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ReleaseControl")
        return value


def _dec_release_control(b: BytesLike, o: int, e: int) -> tuple[ReleaseControl, int]:
    try:
        f_auth, o = types._dec_session_proof(b, o, e)
    except DecodeError as x:
        raise x.within("auth") from None
    return ReleaseControl(f_auth), o


def _enc_release_control(v: ReleaseControl, out: bytearray) -> None:
    if not isinstance(v.auth, types.SessionProof):
        raise EncodeError("auth", f"needs SessionProof, got {type(v.auth).__name__}")
    try:
        types._enc_session_proof(v.auth, out)
    except EncodeError as x:
        raise x.within("auth") from None


@dataclass(slots=True)
class ControlReply(Message):
    """"""

    in_control: bool = False

    holder_ip: str = "0.0.0.0"
    """Address of the client in control (0.0.0.0 for none)."""

    SPEC_ID: ClassVar[str] = "control_reply"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x8803
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[ControlReplyLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_control_reply(self, out)
        except EncodeError as x:
            raise x.of("ControlReply") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ControlReply:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_control_reply(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ControlReply") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ControlReply") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ControlReply")
        return value


def _dec_control_reply(b: BytesLike, o: int, e: int) -> tuple[ControlReply, int]:
    if e - o < 5:
        raise short("in_control", o, 5, e)
    f_in_control, f_holder_ip = _S4.unpack_from(b, o)
    f_holder_ip = ipv4_str(f_holder_ip)
    o += 5
    return ControlReply(f_in_control, f_holder_ip), o


def _enc_control_reply(v: ControlReply, out: bytearray) -> None:
    try:
        out += _S4.pack(v.in_control, ipv4_bytes(v.holder_ip, "holder_ip"))
    except (_struct.error, TypeError) as x:
        raise EncodeError("in_control, holder_ip", str(x)) from None


@dataclass(slots=True)
class GetNetwork(Message):
    """"""

    SPEC_ID: ClassVar[str] = "get_network"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0805
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[GetNetworkLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_get_network(self, out)
        except EncodeError as x:
            raise x.of("GetNetwork") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> GetNetwork:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_get_network(data, 0, len(data))
        except DecodeError as x:
            raise x.of("GetNetwork") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "GetNetwork") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "GetNetwork")
        return value


def _dec_get_network(b: BytesLike, o: int, e: int) -> tuple[GetNetwork, int]:
    return GetNetwork(), o


def _enc_get_network(v: GetNetwork, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class NetworkParams(Message):
    """"""

    mac: str = "00:00:00:00:00:00"

    config: types.NetworkConfig = field(default_factory=types.NetworkConfig)

    SPEC_ID: ClassVar[str] = "network_params"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x8805
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[NetworkParamsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_network_params(self, out)
        except EncodeError as x:
            raise x.of("NetworkParams") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> NetworkParams:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_network_params(data, 0, len(data))
        except DecodeError as x:
            raise x.of("NetworkParams") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "NetworkParams") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "NetworkParams")
        return value


def _dec_network_params(b: BytesLike, o: int, e: int) -> tuple[NetworkParams, int]:
    if e - o < 6:
        raise short("mac", o, 6, e)
    (f_mac,) = _S5.unpack_from(b, o)
    f_mac = mac_str(f_mac)
    o += 6
    try:
        f_config, o = types._dec_network_config(b, o, e)
    except DecodeError as x:
        raise x.within("config") from None
    return NetworkParams(f_mac, f_config), o


def _enc_network_params(v: NetworkParams, out: bytearray) -> None:
    try:
        out += _S5.pack(mac_bytes(v.mac, "mac"))
    except (_struct.error, TypeError) as x:
        raise EncodeError("mac", str(x)) from None
    if not isinstance(v.config, types.NetworkConfig):
        raise EncodeError("config", f"needs NetworkConfig, got {type(v.config).__name__}")
    try:
        types._enc_network_config(v.config, out)
    except EncodeError as x:
        raise x.within("config") from None


@dataclass(slots=True)
class SetNetwork(Message):
    """Change the network parameters; applied after the reply is sent."""

    auth: types.SessionProof = field(default_factory=types.SessionProof)

    config: types.NetworkConfig = field(default_factory=types.NetworkConfig)

    SPEC_ID: ClassVar[str] = "set_network"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0806
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[SetNetworkLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_set_network(self, out)
        except EncodeError as x:
            raise x.of("SetNetwork") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> SetNetwork:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_set_network(data, 0, len(data))
        except DecodeError as x:
            raise x.of("SetNetwork") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "SetNetwork") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "SetNetwork")
        return value


def _dec_set_network(b: BytesLike, o: int, e: int) -> tuple[SetNetwork, int]:
    try:
        f_auth, o = types._dec_session_proof(b, o, e)
    except DecodeError as x:
        raise x.within("auth") from None
    try:
        f_config, o = types._dec_network_config(b, o, e)
    except DecodeError as x:
        raise x.within("config") from None
    return SetNetwork(f_auth, f_config), o


def _enc_set_network(v: SetNetwork, out: bytearray) -> None:
    if not isinstance(v.auth, types.SessionProof):
        raise EncodeError("auth", f"needs SessionProof, got {type(v.auth).__name__}")
    try:
        types._enc_session_proof(v.auth, out)
    except EncodeError as x:
        raise x.within("auth") from None
    if not isinstance(v.config, types.NetworkConfig):
        raise EncodeError("config", f"needs NetworkConfig, got {type(v.config).__name__}")
    try:
        types._enc_network_config(v.config, out)
    except EncodeError as x:
        raise x.within("config") from None


LoginStart.RESPONSE = LoginChallenge
Login.RESPONSE = LoginReply
Logout.RESPONSE = LoginAck
TakeControl.RESPONSE = ControlReply
ReleaseControl.RESPONSE = ControlReply
GetNetwork.RESPONSE = NetworkParams
SetNetwork.RESPONSE = NetworkParams

MESSAGES: tuple[type[Message], ...] = (
    LoginStart,
    LoginChallenge,
    Login,
    LoginReply,
    Logout,
    LoginAck,
    TakeControl,
    ReleaseControl,
    ControlReply,
    GetNetwork,
    NetworkParams,
    SetNetwork,
    frames.ErrorReply,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class LoginStartLayout(NamedTuple):
    """Where LoginStart's fixed-size leading fields sit, from the start of its encoding."""

    client_nonce: FixedField


LoginStart.FIXED = FixedRun(
    ">16s",
    LoginStartLayout(
        FixedField("client_nonce", 0, ">16s"),
    ),
)


class LoginChallengeLayout(NamedTuple):
    """Where LoginChallenge's fixed-size leading fields sit, from the start of its encoding."""

    server_nonce: FixedField
    salt: FixedField
    iterations: FixedField
    kdf: FixedField


LoginChallenge.FIXED = FixedRun(
    ">16s16sIB",
    LoginChallengeLayout(
        FixedField("server_nonce", 0, ">16s"),
        FixedField("salt", 16, ">16s"),
        FixedField("iterations", 32, ">I"),
        FixedField("kdf", 36, ">B"),
    ),
)


class LoginLayout(NamedTuple):
    """Where Login's fixed-size leading fields sit, from the start of its encoding."""

    client_nonce: FixedField
    server_nonce: FixedField
    proof: FixedField


Login.FIXED = FixedRun(
    ">16s16s32s",
    LoginLayout(
        FixedField("client_nonce", 0, ">16s"),
        FixedField("server_nonce", 16, ">16s"),
        FixedField("proof", 32, ">32s"),
    ),
)


class LoginReplyLayout(NamedTuple):
    """Where LoginReply's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField
    timeout_s: FixedField
    server_signature: FixedField


LoginReply.FIXED = FixedRun(
    ">IH32s",
    LoginReplyLayout(
        FixedField("session", 0, ">I"),
        FixedField("timeout_s", 4, ">H"),
        FixedField("server_signature", 6, ">32s"),
    ),
)


class LogoutLayout(NamedTuple):
    """Where Logout's fixed-size leading fields sit, from the start of its encoding."""

    auth_session: FixedField
    auth_counter: FixedField
    auth_mac: FixedField


Logout.FIXED = FixedRun(
    ">II16s",
    LogoutLayout(
        FixedField("auth.session", 0, ">I"),
        FixedField("auth.counter", 4, ">I"),
        FixedField("auth.mac", 8, ">16s"),
    ),
)


class LoginAckLayout(NamedTuple):
    """Where LoginAck's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField


LoginAck.FIXED = FixedRun(
    ">I",
    LoginAckLayout(
        FixedField("session", 0, ">I"),
    ),
)


class TakeControlLayout(NamedTuple):
    """Where TakeControl's fixed-size leading fields sit, from the start of its encoding."""

    auth_session: FixedField
    auth_counter: FixedField
    auth_mac: FixedField


TakeControl.FIXED = FixedRun(
    ">II16s",
    TakeControlLayout(
        FixedField("auth.session", 0, ">I"),
        FixedField("auth.counter", 4, ">I"),
        FixedField("auth.mac", 8, ">16s"),
    ),
)


class ReleaseControlLayout(NamedTuple):
    """Where ReleaseControl's fixed-size leading fields sit, from the start of its encoding."""

    auth_session: FixedField
    auth_counter: FixedField
    auth_mac: FixedField


ReleaseControl.FIXED = FixedRun(
    ">II16s",
    ReleaseControlLayout(
        FixedField("auth.session", 0, ">I"),
        FixedField("auth.counter", 4, ">I"),
        FixedField("auth.mac", 8, ">16s"),
    ),
)


class ControlReplyLayout(NamedTuple):
    """Where ControlReply's fixed-size leading fields sit, from the start of its encoding."""

    in_control: FixedField
    holder_ip: FixedField


ControlReply.FIXED = FixedRun(
    ">?4s",
    ControlReplyLayout(
        FixedField("in_control", 0, ">?"),
        FixedField("holder_ip", 1, ">4s"),
    ),
)


class GetNetworkLayout(NamedTuple):
    """Where GetNetwork's fixed-size leading fields sit, from the start of its encoding."""


GetNetwork.FIXED = FixedRun(">", GetNetworkLayout())


class NetworkParamsLayout(NamedTuple):
    """Where NetworkParams's fixed-size leading fields sit, from the start of its encoding."""

    mac: FixedField
    config_dhcp: FixedField
    config_ip: FixedField
    config_mask: FixedField
    config_gateway: FixedField


NetworkParams.FIXED = FixedRun(
    ">6s?4s4s4s",
    NetworkParamsLayout(
        FixedField("mac", 0, ">6s"),
        FixedField("config.dhcp", 6, ">?"),
        FixedField("config.ip", 7, ">4s"),
        FixedField("config.mask", 11, ">4s"),
        FixedField("config.gateway", 15, ">4s"),
    ),
)


class SetNetworkLayout(NamedTuple):
    """Where SetNetwork's fixed-size leading fields sit, from the start of its encoding."""

    auth_session: FixedField
    auth_counter: FixedField
    auth_mac: FixedField
    config_dhcp: FixedField
    config_ip: FixedField
    config_mask: FixedField
    config_gateway: FixedField


SetNetwork.FIXED = FixedRun(
    ">II16s?4s4s4s",
    SetNetworkLayout(
        FixedField("auth.session", 0, ">I"),
        FixedField("auth.counter", 4, ">I"),
        FixedField("auth.mac", 8, ">16s"),
        FixedField("config.dhcp", 24, ">?"),
        FixedField("config.ip", 25, ">4s"),
        FixedField("config.mask", 29, ">4s"),
        FixedField("config.gateway", 33, ">4s"),
    ),
)
