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


from . import enums


_S0 = _struct.Struct(">HBBHII")
_S1 = _struct.Struct(">HH")
_S2 = _struct.Struct(">H")
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
    REQUIRES_CONTROL: ClassVar[bool] = False
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
    if len(raw) > 65535:
        raise EncodeError("detail", f"{len(raw)} bytes, at most 65535")
    out += _S2.pack(len(raw))
    out += raw


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
