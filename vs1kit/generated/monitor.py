# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Connection Monitor Port: TCP 49079.

Seed: This special connection is created automatically whenever any of the other connections
      above is made by a client. It monitors the connections and provides a timely mechanism
      to report connection drops to the client (within a few seconds).
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

__all__ = ["Hello", "HelloAck", "Watch", "WatchAck", "Heartbeat", "Goodbye", "MESSAGES", "BY_CODE"]

_S0 = _struct.Struct(">H")
_S1 = _struct.Struct(">B")
_S2 = _struct.Struct(">IHH")
_S3 = _struct.Struct(">HH")
_S4 = _struct.Struct(">II")
_E_GOODBYE_REASON = enums.GOODBYE_REASON_VALUES


@dataclass(slots=True)
class Hello(Message):
    """Opens the monitor for a session (auth proves it, from the session's login address) or, with session 0, an anonymous one. Said once per monitor connection."""

    auth: types.SessionProof = field(default_factory=types.SessionProof)

    interval_ms: int = 0

    client_name: str = ""

    SPEC_ID: ClassVar[str] = "hello"
    PORT: ClassVar[str] = "monitor"
    CODE: ClassVar[int | None] = 0x0401
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[HelloLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_hello(self, out)
        except EncodeError as x:
            raise x.of("Hello") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Hello:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_hello(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Hello") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Hello") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Hello")
        return value


def _dec_hello(b: BytesLike, o: int, e: int) -> tuple[Hello, int]:
    try:
        f_auth, o = types._dec_session_proof(b, o, e)
    except DecodeError as x:
        raise x.within("auth") from None
    if e - o < 2:
        raise short("interval_ms", o, 2, e)
    (f_interval_ms,) = _S0.unpack_from(b, o)
    o += 2
    if e - o < 1:
        raise short("client_name", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("client_name", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_client_name = str(raw, "utf-8")
    except UnicodeDecodeError as x:
        raise DecodeError("client_name", start + x.start, "invalid utf-8 text") from None
    return Hello(f_auth, f_interval_ms, f_client_name), o


def _enc_hello(v: Hello, out: bytearray) -> None:
    raw: object
    if not isinstance(v.auth, types.SessionProof):
        raise EncodeError("auth", f"needs SessionProof, got {type(v.auth).__name__}")
    try:
        types._enc_session_proof(v.auth, out)
    except EncodeError as x:
        raise x.within("auth") from None
    try:
        out += _S0.pack(v.interval_ms)
    except (_struct.error, TypeError) as x:
        raise EncodeError("interval_ms", str(x)) from None
    if not isinstance(v.client_name, str):
        raise EncodeError("client_name", f"needs str, got {type(v.client_name).__name__}")
    try:
        raw = v.client_name.encode("utf-8")
    except UnicodeEncodeError as x:
        raise EncodeError("client_name", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("client_name", f"{len(raw)} bytes, at most 255")
    out += _S1.pack(len(raw))
    out += raw


@dataclass(slots=True)
class HelloAck(Message):
    """"""

    monitor_id: int = 0

    interval_ms: int = 0

    timeout_ms: int = 0

    SPEC_ID: ClassVar[str] = "hello_ack"
    PORT: ClassVar[str] = "monitor"
    CODE: ClassVar[int | None] = 0x8401
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[HelloAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_hello_ack(self, out)
        except EncodeError as x:
            raise x.of("HelloAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> HelloAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_hello_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("HelloAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "HelloAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "HelloAck")
        return value


def _dec_hello_ack(b: BytesLike, o: int, e: int) -> tuple[HelloAck, int]:
    if e - o < 8:
        raise short("monitor_id", o, 8, e)
    f_monitor_id, f_interval_ms, f_timeout_ms = _S2.unpack_from(b, o)
    o += 8
    return HelloAck(f_monitor_id, f_interval_ms, f_timeout_ms), o


def _enc_hello_ack(v: HelloAck, out: bytearray) -> None:
    try:
        out += _S2.pack(v.monitor_id, v.interval_ms, v.timeout_ms)
    except (_struct.error, TypeError) as x:
        raise EncodeError("monitor_id, interval_ms, timeout_ms", str(x)) from None


@dataclass(slots=True)
class Watch(Message):
    """Watch the client's connection from client_port (on the monitor's own address) to camera port. Only a connection of the monitor's own session (see the port); otherwise forbidden, the same answer whether or not such a connection exists (no oracle for port guessing)."""

    port: int = 0

    client_port: int = 0

    SPEC_ID: ClassVar[str] = "watch"
    PORT: ClassVar[str] = "monitor"
    CODE: ClassVar[int | None] = 0x0402
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[WatchLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_watch(self, out)
        except EncodeError as x:
            raise x.of("Watch") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Watch:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_watch(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Watch") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Watch") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Watch")
        return value


def _dec_watch(b: BytesLike, o: int, e: int) -> tuple[Watch, int]:
    if e - o < 4:
        raise short("port", o, 4, e)
    f_port, f_client_port = _S3.unpack_from(b, o)
    o += 4
    return Watch(f_port, f_client_port), o


def _enc_watch(v: Watch, out: bytearray) -> None:
    try:
        out += _S3.pack(v.port, v.client_port)
    except (_struct.error, TypeError) as x:
        raise EncodeError("port, client_port", str(x)) from None


@dataclass(slots=True)
class WatchAck(Message):
    """"""

    watched: int = 0
    """Connections now watched by this monitor."""

    SPEC_ID: ClassVar[str] = "watch_ack"
    PORT: ClassVar[str] = "monitor"
    CODE: ClassVar[int | None] = 0x8402
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[WatchAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_watch_ack(self, out)
        except EncodeError as x:
            raise x.of("WatchAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> WatchAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_watch_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("WatchAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "WatchAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "WatchAck")
        return value


def _dec_watch_ack(b: BytesLike, o: int, e: int) -> tuple[WatchAck, int]:
    if e - o < 2:
        raise short("watched", o, 2, e)
    (f_watched,) = _S0.unpack_from(b, o)
    o += 2
    return WatchAck(f_watched), o


def _enc_watch_ack(v: WatchAck, out: bytearray) -> None:
    try:
        out += _S0.pack(v.watched)
    except (_struct.error, TypeError) as x:
        raise EncodeError("watched", str(x)) from None


@dataclass(slots=True)
class Heartbeat(Message):
    """"""

    counter: int = 0

    uptime_ms: int = 0

    SPEC_ID: ClassVar[str] = "heartbeat"
    PORT: ClassVar[str] = "monitor"
    CODE: ClassVar[int | None] = 0x0403
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "both"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x02
    FIXED: ClassVar[FixedRun[HeartbeatLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_heartbeat(self, out)
        except EncodeError as x:
            raise x.of("Heartbeat") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Heartbeat:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_heartbeat(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Heartbeat") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Heartbeat") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Heartbeat")
        return value


def _dec_heartbeat(b: BytesLike, o: int, e: int) -> tuple[Heartbeat, int]:
    if e - o < 8:
        raise short("counter", o, 8, e)
    f_counter, f_uptime_ms = _S4.unpack_from(b, o)
    o += 8
    return Heartbeat(f_counter, f_uptime_ms), o


def _enc_heartbeat(v: Heartbeat, out: bytearray) -> None:
    try:
        out += _S4.pack(v.counter, v.uptime_ms)
    except (_struct.error, TypeError) as x:
        raise EncodeError("counter, uptime_ms", str(x)) from None


@dataclass(slots=True)
class Goodbye(Message):
    """"""

    reason: enums.GoodbyeReason | int = enums.GoodbyeReason.CLIENT_CLOSING

    SPEC_ID: ClassVar[str] = "goodbye"
    PORT: ClassVar[str] = "monitor"
    CODE: ClassVar[int | None] = 0x0404
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "both"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x02
    FIXED: ClassVar[FixedRun[GoodbyeLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_goodbye(self, out)
        except EncodeError as x:
            raise x.of("Goodbye") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Goodbye:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_goodbye(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Goodbye") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Goodbye") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Goodbye")
        return value


def _dec_goodbye(b: BytesLike, o: int, e: int) -> tuple[Goodbye, int]:
    if e - o < 1:
        raise short("reason", o, 1, e)
    f_reason = b[o]
    f_reason = _E_GOODBYE_REASON.get(f_reason, f_reason)
    o += 1
    return Goodbye(f_reason), o


def _enc_goodbye(v: Goodbye, out: bytearray) -> None:
    try:
        out += _S1.pack(v.reason)
    except (_struct.error, TypeError) as x:
        raise EncodeError("reason", str(x)) from None


Hello.RESPONSE = HelloAck
Watch.RESPONSE = WatchAck

MESSAGES: tuple[type[Message], ...] = (
    Hello,
    HelloAck,
    Watch,
    WatchAck,
    Heartbeat,
    Goodbye,
    frames.ErrorReply,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class HelloLayout(NamedTuple):
    """Where Hello's fixed-size leading fields sit, from the start of its encoding."""

    auth_session: FixedField
    auth_counter: FixedField
    auth_mac: FixedField
    interval_ms: FixedField


Hello.FIXED = FixedRun(
    ">II16sH",
    HelloLayout(
        FixedField("auth.session", 0, ">I"),
        FixedField("auth.counter", 4, ">I"),
        FixedField("auth.mac", 8, ">16s"),
        FixedField("interval_ms", 24, ">H"),
    ),
)


class HelloAckLayout(NamedTuple):
    """Where HelloAck's fixed-size leading fields sit, from the start of its encoding."""

    monitor_id: FixedField
    interval_ms: FixedField
    timeout_ms: FixedField


HelloAck.FIXED = FixedRun(
    ">IHH",
    HelloAckLayout(
        FixedField("monitor_id", 0, ">I"),
        FixedField("interval_ms", 4, ">H"),
        FixedField("timeout_ms", 6, ">H"),
    ),
)


class WatchLayout(NamedTuple):
    """Where Watch's fixed-size leading fields sit, from the start of its encoding."""

    port: FixedField
    client_port: FixedField


Watch.FIXED = FixedRun(
    ">HH",
    WatchLayout(
        FixedField("port", 0, ">H"),
        FixedField("client_port", 2, ">H"),
    ),
)


class WatchAckLayout(NamedTuple):
    """Where WatchAck's fixed-size leading fields sit, from the start of its encoding."""

    watched: FixedField


WatchAck.FIXED = FixedRun(
    ">H",
    WatchAckLayout(
        FixedField("watched", 0, ">H"),
    ),
)


class HeartbeatLayout(NamedTuple):
    """Where Heartbeat's fixed-size leading fields sit, from the start of its encoding."""

    counter: FixedField
    uptime_ms: FixedField


Heartbeat.FIXED = FixedRun(
    ">II",
    HeartbeatLayout(
        FixedField("counter", 0, ">I"),
        FixedField("uptime_ms", 4, ">I"),
    ),
)


class GoodbyeLayout(NamedTuple):
    """Where Goodbye's fixed-size leading fields sit, from the start of its encoding."""

    reason: FixedField


Goodbye.FIXED = FixedRun(
    ">B",
    GoodbyeLayout(
        FixedField("reason", 0, ">B"),
    ),
)
