# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Framings of the VS-1 spec: frame headers and the messages every framed port shares."""

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


from . import enums, types  # noqa: F401


_S0 = _struct.Struct(">HBBHII")
_S1 = _struct.Struct(">HH")
_S2 = _struct.Struct(">H")
_S3 = _struct.Struct(">I?")
_E_STATUS_CODE = enums.STATUS_CODE_VALUES
_F_VS1FRAMEHEADERFLAGS = tuple(enums.Vs1FrameHeaderFlags(v) for v in range(256))


@dataclass(slots=True)
class Vs1FrameHeader(Struct):
    """Common frame of every VS-1 service port (TCP) and of the VS-1 UDP ports (one frame per datagram): a 14-byte header, then the message payload."""

    flags: enums.Vs1FrameHeaderFlags = enums.Vs1FrameHeaderFlags(0)

    msg_type: int = 0
    """The message code."""

    seq: int = 0
    """Chosen by the requester; a reply carries its request's seq. Events count on their own."""

    length: int = 0
    """Payload length in bytes."""

    SPEC_ID: ClassVar[str] = "vs1_frame_header"
    FIXED: ClassVar[FixedRun[Vs1FrameHeaderLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_vs1_frame_header(self, out)
        except EncodeError as x:
            raise x.of("Vs1FrameHeader") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Vs1FrameHeader:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_vs1_frame_header(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Vs1FrameHeader") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Vs1FrameHeader") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Vs1FrameHeader")
        return value


def _dec_vs1_frame_header(b: BytesLike, o: int, e: int) -> tuple[Vs1FrameHeader, int]:
    if e - o < 14:
        raise short("magic", o, 14, e)
    f_magic, f_version, f_flags, f_msg_type, f_seq, f_length = _S0.unpack_from(b, o)
    if f_magic != 22065:
        raise DecodeError("magic", o, f"expected 0x5631, got {f_magic!r}")
    if f_version != 1:
        raise DecodeError("version", o + 2, f"expected 0x1, got {f_version!r}")
    f_flags = _F_VS1FRAMEHEADERFLAGS[f_flags]
    o += 14
    return Vs1FrameHeader(f_flags, f_msg_type, f_seq, f_length), o


def _enc_vs1_frame_header(v: Vs1FrameHeader, out: bytearray) -> None:
    try:
        out += _S0.pack(22065, 1, v.flags, v.msg_type, v.seq, v.length)
    except (_struct.error, TypeError) as x:
        raise EncodeError("magic, version, flags, msg_type, seq, length", str(x)) from None


VS1_FRAME_HEADER_SIZE = 14
VS1_FRAME_MAX_PAYLOAD = 67108864
VS1_FRAME_FLAGS = enums.Vs1FrameHeaderFlags
VS1_FRAME_SEQUENCE_OFFSET = 6
"""Byte offset of the sequence number (seq) in the header."""
VS1_FRAME_SEQUENCE_MAX = 0xFFFFFFFF
"""Largest sequence number; the counters wrap after it."""
VS1_FRAME_LENGTH_OFFSET = 10
"""Byte offset of the payload length (length) in the header."""
VS1_FRAME_MESSAGE_TYPE_OFFSET = 4
"""Byte offset of the message code (msg_type) in the header."""
VS1_FRAME_FLAGS_OFFSET = 3
"""Byte offset of the flags (flags) in the header."""
VS1_FRAME_HEADER = _struct.Struct(">HBBHII")
"""The whole header in one struct: magic, version, flags, msg_type, seq, length."""
VS1_FRAME_MAGIC = 0x5631
"""The header's constant magic."""
VS1_FRAME_VERSION = 0x1
"""The header's constant version."""
VS1_FRAME_FLAGS_BY_KIND: dict[str, int] = {
    "request": 0x00,
    "response": 0x01,
    "event": 0x02,
    "error": 0x05,
}
"""Header flags per message kind ("error" for the framing's error reply); each generated
message class carries its own as ``HEADER_FLAGS``."""


def encode_vs1_frame_header(
    message_type: int, sequence: int, payload_length: int, flags: int
) -> bytes:
    """The vs1_frame header for a payload; raises EncodeError for out-of-range values."""
    header = Vs1FrameHeader(
        flags=enums.Vs1FrameHeaderFlags(flags),
        msg_type=message_type,
        seq=sequence,
        length=payload_length,
    )
    return header.encode()


def decode_vs1_frame_header(data: BytesLike, offset: int = 0) -> Vs1FrameHeader:
    """Decode the header at ``offset`` (constants are checked); raises DecodeError."""
    try:
        value, _ = _dec_vs1_frame_header(data, offset, min(len(data), offset + 14))
    except DecodeError as x:
        raise x.of("Vs1FrameHeader") from None
    if value.length > 67108864:
        raise DecodeError(
            "length", offset, f"payload of {value.length} bytes exceeds 67108864", "Vs1FrameHeader"
        )
    return value


@dataclass(slots=True)
class ErrorReply(Message):
    """Sent instead of the expected reply when a request fails, on every port with this framing. Carries the request's seq."""

    status: enums.StatusCode | int = enums.StatusCode.OK

    request_type: int = 0
    """Code of the failed request."""

    detail: str = ""
    """Human-readable reason."""

    SPEC_ID: ClassVar[str] = "error_reply"
    PORT: ClassVar[str] = ""
    CODE: ClassVar[int | None] = 0x7FFF
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x05
    FIXED: ClassVar[FixedRun[ErrorReplyLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_error_reply(self, out)
        except EncodeError as x:
            raise x.of("ErrorReply") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ErrorReply:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_error_reply(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ErrorReply") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ErrorReply") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ErrorReply")
        return value


def _dec_error_reply(b: BytesLike, o: int, e: int) -> tuple[ErrorReply, int]:
    if e - o < 4:
        raise short("status", o, 4, e)
    f_status, f_request_type = _S1.unpack_from(b, o)
    f_status = _E_STATUS_CODE.get(f_status, f_status)
    o += 4
    if e - o < 2:
        raise short("detail", o, 2, e)
    n = _S2.unpack_from(b, o)[0]
    if n > 4096:
        raise DecodeError("detail", o, f"length {n} exceeds the maximum 4096")
    o += 2
    if e - o < n:
        raise short("detail", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_detail = str(raw, "utf-8")
    except UnicodeDecodeError as x:
        raise DecodeError("detail", start + x.start, "invalid utf-8 text") from None
    return ErrorReply(f_status, f_request_type, f_detail), o


def _enc_error_reply(v: ErrorReply, out: bytearray) -> None:
    raw: object
    try:
        out += _S1.pack(v.status, v.request_type)
    except (_struct.error, TypeError) as x:
        raise EncodeError("status, request_type", str(x)) from None
    if not isinstance(v.detail, str):
        raise EncodeError("detail", f"needs str, got {type(v.detail).__name__}")
    try:
        raw = v.detail.encode("utf-8")
    except UnicodeEncodeError as x:
        raise EncodeError("detail", str(x)) from None
    if len(raw) > 4096:
        raise EncodeError("detail", f"{len(raw)} bytes, at most 4096")
    out += _S2.pack(len(raw))
    out += raw


@dataclass(slots=True)
class BindSession(Message):
    """Binds this connection to a login session: the first request of a connection that will need one (access session or control). Only on the ports that list it in `uses:`. The proof must come from the session's login address; a connection is bound once (a second bind_session is refused with forbidden). Until bound, the connection has only the rights of anyone (access open)."""

    auth: types.SessionProof = field(default_factory=types.SessionProof)

    SPEC_ID: ClassVar[str] = "bind_session"
    PORT: ClassVar[str] = ""
    CODE: ClassVar[int | None] = 0x7F01
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[BindSessionLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_bind_session(self, out)
        except EncodeError as x:
            raise x.of("BindSession") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> BindSession:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_bind_session(data, 0, len(data))
        except DecodeError as x:
            raise x.of("BindSession") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "BindSession") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "BindSession")
        return value


def _dec_bind_session(b: BytesLike, o: int, e: int) -> tuple[BindSession, int]:
    try:
        f_auth, o = types._dec_session_proof(b, o, e)
    except DecodeError as x:
        raise x.within("auth") from None
    return BindSession(f_auth), o


def _enc_bind_session(v: BindSession, out: bytearray) -> None:
    if not isinstance(v.auth, types.SessionProof):
        raise EncodeError("auth", f"needs SessionProof, got {type(v.auth).__name__}")
    try:
        types._enc_session_proof(v.auth, out)
    except EncodeError as x:
        raise x.within("auth") from None


@dataclass(slots=True)
class BindAck(Message):
    """The connection is bound to the session; in_control says whether the session holds control now."""

    session: int = 0

    in_control: bool = False

    SPEC_ID: ClassVar[str] = "bind_ack"
    PORT: ClassVar[str] = ""
    CODE: ClassVar[int | None] = 0xFF01
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[BindAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_bind_ack(self, out)
        except EncodeError as x:
            raise x.of("BindAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> BindAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_bind_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("BindAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "BindAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "BindAck")
        return value


def _dec_bind_ack(b: BytesLike, o: int, e: int) -> tuple[BindAck, int]:
    if e - o < 5:
        raise short("session", o, 5, e)
    f_session, f_in_control = _S3.unpack_from(b, o)
    o += 5
    return BindAck(f_session, f_in_control), o


def _enc_bind_ack(v: BindAck, out: bytearray) -> None:
    try:
        out += _S3.pack(v.session, v.in_control)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session, in_control", str(x)) from None


class Vs1FrameHeaderLayout(NamedTuple):
    """Where Vs1FrameHeader's fixed-size leading fields sit, from the start of its encoding."""

    magic: FixedField
    version: FixedField
    flags: FixedField
    msg_type: FixedField
    seq: FixedField
    length: FixedField


Vs1FrameHeader.FIXED = FixedRun(
    ">HBBHII",
    Vs1FrameHeaderLayout(
        FixedField("magic", 0, ">H"),
        FixedField("version", 2, ">B"),
        FixedField("flags", 3, ">B"),
        FixedField("msg_type", 4, ">H"),
        FixedField("seq", 6, ">I"),
        FixedField("length", 10, ">I"),
    ),
)


class ErrorReplyLayout(NamedTuple):
    """Where ErrorReply's fixed-size leading fields sit, from the start of its encoding."""

    status: FixedField
    request_type: FixedField


ErrorReply.FIXED = FixedRun(
    ">HH",
    ErrorReplyLayout(
        FixedField("status", 0, ">H"),
        FixedField("request_type", 2, ">H"),
    ),
)


class BindSessionLayout(NamedTuple):
    """Where BindSession's fixed-size leading fields sit, from the start of its encoding."""

    auth_session: FixedField
    auth_counter: FixedField
    auth_mac: FixedField


BindSession.FIXED = FixedRun(
    ">II16s",
    BindSessionLayout(
        FixedField("auth.session", 0, ">I"),
        FixedField("auth.counter", 4, ">I"),
        FixedField("auth.mac", 8, ">16s"),
    ),
)


class BindAckLayout(NamedTuple):
    """Where BindAck's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField
    in_control: FixedField


BindAck.FIXED = FixedRun(
    ">I?",
    BindAckLayout(
        FixedField("session", 0, ">I"),
        FixedField("in_control", 4, ">?"),
    ),
)

MAX_PAYLOAD_BY_CODE: dict[str, dict[int, int]] = {
    "acquire": {
        0x0201: 1,
        0x8201: 3932184,
        0x0202: 3,
        0x8202: 5,
        0x0203: 0,
        0x8203: 8,
        0x4201: 3932188,
        0x7FFF: 4102,
        0x7F01: 24,
        0xFF01: 5,
    },
    "announce": {
        0x0901: 1060,
        0x0902: 0,
        0x7FFF: 4102,
    },
    "io": {
        0x0101: 0,
        0x8101: 266242,
        0x0102: 4,
        0x8102: 1028,
        0x0103: 5,
        0x8103: 3,
        0x0104: 1,
        0x8104: 1,
        0x4101: 12,
        0x7FFF: 4102,
        0x7F01: 24,
        0xFF01: 5,
    },
    "login": {
        0x0807: 272,
        0x8807: 37,
        0x0801: 320,
        0x8801: 38,
        0x0802: 24,
        0x8802: 4,
        0x0803: 24,
        0x0804: 24,
        0x8803: 5,
        0x0805: 0,
        0x8805: 275,
        0x0806: 293,
        0x7FFF: 4102,
    },
    "monitor": {
        0x0401: 282,
        0x8401: 8,
        0x0402: 4,
        0x8402: 2,
        0x0403: 8,
        0x0404: 1,
        0x7FFF: 4102,
    },
    "partq": {
        0x0601: 0,
        0x8601: 16,
        0x0602: 11,
        0x0603: 3,
        0x8602: 67108864,
        0x7FFF: 4102,
        0x7F01: 24,
        0xFF01: 5,
    },
    "report_control": {
        0x0701: 6,
        0x8701: 2,
        0x0702: 65283,
        0x0703: 513,
        0x0704: 2,
        0x8702: 66048,
        0x0705: 0,
        0x8705: 18434,
        0x0706: 2,
        0x0707: 2,
        0x7FFF: 4102,
        0x7F01: 24,
        0xFF01: 5,
    },
    "reports": {
        0x0501: 65289,
        0x8501: 66052,
        0x0502: 2,
        0x8502: 10,
        0x4501: 4977960,
        0x0503: 6,
        0x7FFF: 4102,
        0x7F01: 24,
        0xFF01: 5,
    },
    "rpc": {
        0x0301: 0,
        0x8301: 280,
        0x0302: 0,
        0x8302: 784,
        0x0303: 0,
        0x0304: 0,
        0x8300: 2,
        0x0305: 0,
        0x8305: 67332,
        0x0306: 2,
        0x0307: 258,
        0x0308: 2,
        0x8308: 260,
        0x0309: 0,
        0x030A: 2,
        0x830A: 6,
        0x030B: 7,
        0x030C: 0,
        0x7FFF: 4102,
        0x7F01: 24,
        0xFF01: 5,
    },
}
"""The largest payload each message may have, per port id and message code: its fixed part
plus the maxima the spec declares (``max:``), capped by the framing's max_payload. A frame
header announcing more for its code is refused before the payload is read; codes not listed
are not messages of the port."""

UNBOUNDED_BY_SPEC: frozenset[tuple[str, int]] = frozenset(
    {
        ("partq", 0x8602),
    }
)
"""(port id, code) of the messages whose spec bound is the framing's max_payload alone: a part
of them has no declared maximum, or the maxima add up to more."""
