# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""PartQ Retrieval Port: TCP 49201.

Seed: Retrieves the reports records stored inline in camera memory.
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
    "PartqInfo",
    "PartqStatus",
    "FetchRange",
    "FetchLatest",
    "PartqRecords",
    "MESSAGES",
    "BY_CODE",
]

_S0 = _struct.Struct(">IIII")
_S1 = _struct.Struct(">IIHB")
_S2 = _struct.Struct(">HB")
_S3 = _struct.Struct(">?")
_S4 = _struct.Struct(">H")
_S5 = _struct.Struct(">B")
_E_DATUM_TYPE = enums.DATUM_TYPE_VALUES
_F_FETCHLATESTOPTIONS = tuple(enums.FetchLatestOptions(v) for v in range(256))
_F_FETCHRANGEOPTIONS = tuple(enums.FetchRangeOptions(v) for v in range(256))


@dataclass(slots=True)
class PartqInfo(Message):
    """"""

    SPEC_ID: ClassVar[str] = "partq_info"
    PORT: ClassVar[str] = "partq"
    CODE: ClassVar[int | None] = 0x0601
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[PartqInfoLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_partq_info(self, out)
        except EncodeError as x:
            raise x.of("PartqInfo") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> PartqInfo:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_partq_info(data, 0, len(data))
        except DecodeError as x:
            raise x.of("PartqInfo") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "PartqInfo") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "PartqInfo")
        return value


def _dec_partq_info(b: BytesLike, o: int, e: int) -> tuple[PartqInfo, int]:
    return PartqInfo(), o


def _enc_partq_info(v: PartqInfo, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class PartqStatus(Message):
    """"""

    depth: int = 0
    """Capacity in records."""

    count: int = 0

    oldest: int = 0
    """Inspection number of the oldest record held (0 when empty)."""

    newest: int = 0

    SPEC_ID: ClassVar[str] = "partq_status"
    PORT: ClassVar[str] = "partq"
    CODE: ClassVar[int | None] = 0x8601
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[PartqStatusLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_partq_status(self, out)
        except EncodeError as x:
            raise x.of("PartqStatus") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> PartqStatus:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_partq_status(data, 0, len(data))
        except DecodeError as x:
            raise x.of("PartqStatus") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "PartqStatus") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "PartqStatus")
        return value


def _dec_partq_status(b: BytesLike, o: int, e: int) -> tuple[PartqStatus, int]:
    if e - o < 16:
        raise short("depth", o, 16, e)
    f_depth, f_count, f_oldest, f_newest = _S0.unpack_from(b, o)
    o += 16
    return PartqStatus(f_depth, f_count, f_oldest, f_newest), o


def _enc_partq_status(v: PartqStatus, out: bytearray) -> None:
    try:
        out += _S0.pack(v.depth, v.count, v.oldest, v.newest)
    except (_struct.error, TypeError) as x:
        raise EncodeError("depth, count, oldest, newest", str(x)) from None


@dataclass(slots=True)
class FetchRange(Message):
    """Records with first <= inspection <= last, at most max_records of them."""

    first: int = 0

    last: int = 0

    max_records: int = 0

    options: enums.FetchRangeOptions = enums.FetchRangeOptions(0)

    SPEC_ID: ClassVar[str] = "fetch_range"
    PORT: ClassVar[str] = "partq"
    CODE: ClassVar[int | None] = 0x0602
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[FetchRangeLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_fetch_range(self, out)
        except EncodeError as x:
            raise x.of("FetchRange") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> FetchRange:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_fetch_range(data, 0, len(data))
        except DecodeError as x:
            raise x.of("FetchRange") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "FetchRange") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "FetchRange")
        return value


def _dec_fetch_range(b: BytesLike, o: int, e: int) -> tuple[FetchRange, int]:
    if e - o < 11:
        raise short("first", o, 11, e)
    f_first, f_last, f_max_records, f_options = _S1.unpack_from(b, o)
    f_options = _F_FETCHRANGEOPTIONS[f_options]
    o += 11
    return FetchRange(f_first, f_last, f_max_records, f_options), o


def _enc_fetch_range(v: FetchRange, out: bytearray) -> None:
    try:
        out += _S1.pack(v.first, v.last, v.max_records, v.options)
    except (_struct.error, TypeError) as x:
        raise EncodeError("first, last, max_records, options", str(x)) from None


@dataclass(slots=True)
class FetchLatest(Message):
    """"""

    count: int = 0

    options: enums.FetchLatestOptions = enums.FetchLatestOptions(0)

    SPEC_ID: ClassVar[str] = "fetch_latest"
    PORT: ClassVar[str] = "partq"
    CODE: ClassVar[int | None] = 0x0603
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[FetchLatestLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_fetch_latest(self, out)
        except EncodeError as x:
            raise x.of("FetchLatest") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> FetchLatest:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_fetch_latest(data, 0, len(data))
        except DecodeError as x:
            raise x.of("FetchLatest") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "FetchLatest") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "FetchLatest")
        return value


def _dec_fetch_latest(b: BytesLike, o: int, e: int) -> tuple[FetchLatest, int]:
    if e - o < 3:
        raise short("count", o, 3, e)
    f_count, f_options = _S2.unpack_from(b, o)
    f_options = _F_FETCHLATESTOPTIONS[f_options]
    o += 3
    return FetchLatest(f_count, f_options), o


def _enc_fetch_latest(v: FetchLatest, out: bytearray) -> None:
    try:
        out += _S2.pack(v.count, v.options)
    except (_struct.error, TypeError) as x:
        raise EncodeError("count, options", str(x)) from None


@dataclass(slots=True)
class PartqRecords(Message):
    """"""

    more: bool = False
    """More records matched than were sent."""

    datums: list[types.DatumDesc] = field(default_factory=list)

    records: list[types.Record] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "partq_records"
    PORT: ClassVar[str] = "partq"
    CODE: ClassVar[int | None] = 0x8602
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[PartqRecordsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_partq_records(self, out)
        except EncodeError as x:
            raise x.of("PartqRecords") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> PartqRecords:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_partq_records(data, 0, len(data))
        except DecodeError as x:
            raise x.of("PartqRecords") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "PartqRecords") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "PartqRecords")
        return value


def _dec_partq_records(b: BytesLike, o: int, e: int) -> tuple[PartqRecords, int]:
    if e - o < 1:
        raise short("more", o, 1, e)
    (f_more,) = _S3.unpack_from(b, o)
    o += 1
    if e - o < 1:
        raise short("datums", o, 1, e)
    n = b[o]
    o += 1
    if n > 255:
        raise DecodeError("datums", o, f"count {n} exceeds the maximum 255")
    if n * 4 > e - o:
        raise DecodeError("datums", o, f"count {n} needs at least {n * 4} bytes, {e - o} left")
    f_datums: list[types.DatumDesc] = []
    for _ in range(n):
        try:
            if e - o < 3:
                raise short("datum_id", o, 3, e)
            f_datum_id, f_type = _S2.unpack_from(b, o)
            f_type = _E_DATUM_TYPE.get(f_type, f_type)
            o += 3
            if e - o < 1:
                raise short("path", o, 1, e)
            n = b[o]
            o += 1
            if e - o < n:
                raise short("path", o, n, e)
            raw = b[o : o + n]
            start = o
            o += n
            try:
                f_path = str(raw, "ascii")
            except UnicodeDecodeError as x:
                raise DecodeError("path", start + x.start, "invalid ascii text") from None
            it_datums = types.DatumDesc(f_datum_id, f_type, f_path)
        except DecodeError as x:
            raise x.within(f"datums[{len(f_datums)}]") from None
        f_datums.append(it_datums)
    if e - o < 2:
        raise short("records", o, 2, e)
    n = _S4.unpack_from(b, o)[0]
    o += 2
    if n > 65535:
        raise DecodeError("records", o, f"count {n} exceeds the maximum 65535")
    if n * 15 > e - o:
        raise DecodeError("records", o, f"count {n} needs at least {n * 15} bytes, {e - o} left")
    f_records: list[types.Record] = []
    for _ in range(n):
        try:
            it_records, o = types._dec_record(b, o, e)
        except DecodeError as x:
            raise x.within(f"records[{len(f_records)}]") from None
        f_records.append(it_records)
    return PartqRecords(f_more, f_datums, f_records), o


def _enc_partq_records(v: PartqRecords, out: bytearray) -> None:
    try:
        out += _S3.pack(v.more)
    except (_struct.error, TypeError) as x:
        raise EncodeError("more", str(x)) from None
    items_datums = v.datums
    if len(items_datums) > 255:
        raise EncodeError("datums", f"{len(items_datums)} elements, at most 255")
    out += _S5.pack(len(items_datums))
    for k, it_datums in enumerate(items_datums):
        if not isinstance(it_datums, types.DatumDesc):
            raise EncodeError(f"datums[{k}]", f"needs DatumDesc, got {type(it_datums).__name__}")
        try:
            types._enc_datum_desc(it_datums, out)
        except EncodeError as x:
            raise x.within(f"datums[{k}]") from None
    items_records = v.records
    if len(items_records) > 65535:
        raise EncodeError("records", f"{len(items_records)} elements, at most 65535")
    out += _S4.pack(len(items_records))
    for k, it_records in enumerate(items_records):
        if not isinstance(it_records, types.Record):
            raise EncodeError(f"records[{k}]", f"needs Record, got {type(it_records).__name__}")
        try:
            types._enc_record(it_records, out)
        except EncodeError as x:
            raise x.within(f"records[{k}]") from None


PartqInfo.RESPONSE = PartqStatus
FetchRange.RESPONSE = PartqRecords
FetchLatest.RESPONSE = PartqRecords

MESSAGES: tuple[type[Message], ...] = (
    PartqInfo,
    PartqStatus,
    FetchRange,
    FetchLatest,
    PartqRecords,
    frames.ErrorReply,
    frames.BindSession,
    frames.BindAck,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class PartqInfoLayout(NamedTuple):
    """Where PartqInfo's fixed-size leading fields sit, from the start of its encoding."""


PartqInfo.FIXED = FixedRun(">", PartqInfoLayout())


class PartqStatusLayout(NamedTuple):
    """Where PartqStatus's fixed-size leading fields sit, from the start of its encoding."""

    depth: FixedField
    count_: FixedField
    oldest: FixedField
    newest: FixedField


PartqStatus.FIXED = FixedRun(
    ">IIII",
    PartqStatusLayout(
        FixedField("depth", 0, ">I"),
        FixedField("count", 4, ">I"),
        FixedField("oldest", 8, ">I"),
        FixedField("newest", 12, ">I"),
    ),
)


class FetchRangeLayout(NamedTuple):
    """Where FetchRange's fixed-size leading fields sit, from the start of its encoding."""

    first: FixedField
    last: FixedField
    max_records: FixedField
    options: FixedField


FetchRange.FIXED = FixedRun(
    ">IIHB",
    FetchRangeLayout(
        FixedField("first", 0, ">I"),
        FixedField("last", 4, ">I"),
        FixedField("max_records", 8, ">H"),
        FixedField("options", 10, ">B"),
    ),
)


class FetchLatestLayout(NamedTuple):
    """Where FetchLatest's fixed-size leading fields sit, from the start of its encoding."""

    count_: FixedField
    options: FixedField


FetchLatest.FIXED = FixedRun(
    ">HB",
    FetchLatestLayout(
        FixedField("count", 0, ">H"),
        FixedField("options", 2, ">B"),
    ),
)


class PartqRecordsLayout(NamedTuple):
    """Where PartqRecords's fixed-size leading fields sit, from the start of its encoding."""

    more: FixedField


PartqRecords.FIXED = FixedRun(
    ">?",
    PartqRecordsLayout(
        FixedField("more", 0, ">?"),
    ),
)
