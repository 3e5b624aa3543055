# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Reports and Statistics Port: TCP 49200.

Seed: Used by FrontRunner and vskit programming library for camera reports. Reports are
      defined by the AVP and can include any results with or without images. Connections can
      be programmed to be lossless, i.e., inline with the Inspection or lossy, i.e., at a
      particular rate per second.
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
    "OpenReport",
    "ReportOpened",
    "CloseReport",
    "ReportClosed",
    "ReportRecord",
    "RecordAck",
    "MESSAGES",
    "BY_CODE",
]

_S0 = _struct.Struct(">HBBf")
_S1 = _struct.Struct(">B")
_S2 = _struct.Struct(">HI")
_S3 = _struct.Struct(">HB")
_S4 = _struct.Struct(">H")
_S5 = _struct.Struct(">HII")
_E_DATUM_TYPE = enums.DATUM_TYPE_VALUES
_E_REPORT_MODE = enums.REPORT_MODE_VALUES
_F_OPENREPORTOPTIONS = tuple(enums.OpenReportOptions(v) for v in range(256))


@dataclass(slots=True)
class OpenReport(Message):
    """"""

    report_id: int = 0
    """Chosen by the client; unique on its connection."""

    mode: enums.ReportMode | int = enums.ReportMode.LOSSLESS

    options: enums.OpenReportOptions = enums.OpenReportOptions(0)

    rate_hz: float = 0.0
    """Records per second for lossy reports; ignored for lossless."""

    datums: list[str] = field(default_factory=list)
    """Datum paths, e.g. Snapshot1.BufOut"""

    SPEC_ID: ClassVar[str] = "open_report"
    PORT: ClassVar[str] = "reports"
    CODE: ClassVar[int | None] = 0x0501
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[OpenReportLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_open_report(self, out)
        except EncodeError as x:
            raise x.of("OpenReport") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> OpenReport:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_open_report(data, 0, len(data))
        except DecodeError as x:
            raise x.of("OpenReport") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "OpenReport") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "OpenReport")
        return value


def _dec_open_report(b: BytesLike, o: int, e: int) -> tuple[OpenReport, int]:
    if e - o < 8:
        raise short("report_id", o, 8, e)
    f_report_id, f_mode, f_options, f_rate_hz = _S0.unpack_from(b, o)
    f_mode = _E_REPORT_MODE.get(f_mode, f_mode)
    f_options = _F_OPENREPORTOPTIONS[f_options]
    o += 8
    if e - o < 1:
        raise short("datums", o, 1, e)
    n = b[o]
    o += 1
    if n > 255:
        raise DecodeError("datums", o, f"count {n} exceeds the maximum 255")
    if n * 1 > e - o:
        raise DecodeError("datums", o, f"count {n} needs at least {n * 1} bytes, {e - o} left")
    f_datums: list[str] = []
    for _ in range(n):
        if e - o < 1:
            raise short(f"datums[{len(f_datums)}]", o, 1, e)
        n = b[o]
        o += 1
        if e - o < n:
            raise short(f"datums[{len(f_datums)}]", o, n, e)
        raw = b[o : o + n]
        start = o
        o += n
        try:
            it_datums = str(raw, "ascii")
        except UnicodeDecodeError as x:
            raise DecodeError(
                f"datums[{len(f_datums)}]", start + x.start, "invalid ascii text"
            ) from None
        f_datums.append(it_datums)
    return OpenReport(f_report_id, f_mode, f_options, f_rate_hz, f_datums), o


def _enc_open_report(v: OpenReport, out: bytearray) -> None:
    raw: object
    try:
        out += _S0.pack(v.report_id, v.mode, v.options, v.rate_hz)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id, mode, options, rate_hz", str(x)) from None
    items_datums = v.datums
    if len(items_datums) > 255:
        raise EncodeError("datums", f"{len(items_datums)} elements, at most 255")
    out += _S1.pack(len(items_datums))
    for k, it_datums in enumerate(items_datums):
        if not isinstance(it_datums, str):
            raise EncodeError(f"datums[{k}]", f"needs str, got {type(it_datums).__name__}")
        try:
            raw = it_datums.encode("ascii")
        except UnicodeEncodeError as x:
            raise EncodeError(f"datums[{k}]", str(x)) from None
        if len(raw) > 255:
            raise EncodeError(f"datums[{k}]", f"{len(raw)} bytes, at most 255")
        out += _S1.pack(len(raw))
        out += raw


@dataclass(slots=True)
class ReportOpened(Message):
    """"""

    report_id: int = 0

    next_inspection: int = 0
    """Inspection number of the first record to come."""

    datums: list[types.DatumDesc] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "report_opened"
    PORT: ClassVar[str] = "reports"
    CODE: ClassVar[int | None] = 0x8501
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[ReportOpenedLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_report_opened(self, out)
        except EncodeError as x:
            raise x.of("ReportOpened") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ReportOpened:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_report_opened(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ReportOpened") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ReportOpened") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ReportOpened")
        return value


def _dec_report_opened(b: BytesLike, o: int, e: int) -> tuple[ReportOpened, int]:
    if e - o < 6:
        raise short("report_id", o, 6, e)
    f_report_id, f_next_inspection = _S2.unpack_from(b, o)
    o += 6
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
            f_datum_id, f_type = _S3.unpack_from(b, o)
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
    return ReportOpened(f_report_id, f_next_inspection, f_datums), o


def _enc_report_opened(v: ReportOpened, out: bytearray) -> None:
    try:
        out += _S2.pack(v.report_id, v.next_inspection)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id, next_inspection", str(x)) from None
    items_datums = v.datums
    if len(items_datums) > 255:
        raise EncodeError("datums", f"{len(items_datums)} elements, at most 255")
    out += _S1.pack(len(items_datums))
    for k, it_datums in enumerate(items_datums):
        if not isinstance(it_datums, types.DatumDesc):
            raise EncodeError(f"datums[{k}]", f"needs DatumDesc, got {type(it_datums).__name__}")
        try:
            types._enc_datum_desc(it_datums, out)
        except EncodeError as x:
            raise x.within(f"datums[{k}]") from None


@dataclass(slots=True)
class CloseReport(Message):
    """"""

    report_id: int = 0

    SPEC_ID: ClassVar[str] = "close_report"
    PORT: ClassVar[str] = "reports"
    CODE: ClassVar[int | None] = 0x0502
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[CloseReportLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_close_report(self, out)
        except EncodeError as x:
            raise x.of("CloseReport") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> CloseReport:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_close_report(data, 0, len(data))
        except DecodeError as x:
            raise x.of("CloseReport") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "CloseReport") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "CloseReport")
        return value


def _dec_close_report(b: BytesLike, o: int, e: int) -> tuple[CloseReport, int]:
    if e - o < 2:
        raise short("report_id", o, 2, e)
    (f_report_id,) = _S4.unpack_from(b, o)
    o += 2
    return CloseReport(f_report_id), o


def _enc_close_report(v: CloseReport, out: bytearray) -> None:
    try:
        out += _S4.pack(v.report_id)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id", str(x)) from None


@dataclass(slots=True)
class ReportClosed(Message):
    """"""

    report_id: int = 0

    delivered: int = 0

    dropped: int = 0

    SPEC_ID: ClassVar[str] = "report_closed"
    PORT: ClassVar[str] = "reports"
    CODE: ClassVar[int | None] = 0x8502
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[ReportClosedLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_report_closed(self, out)
        except EncodeError as x:
            raise x.of("ReportClosed") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ReportClosed:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_report_closed(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ReportClosed") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ReportClosed") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ReportClosed")
        return value


def _dec_report_closed(b: BytesLike, o: int, e: int) -> tuple[ReportClosed, int]:
    if e - o < 10:
        raise short("report_id", o, 10, e)
    f_report_id, f_delivered, f_dropped = _S5.unpack_from(b, o)
    o += 10
    return ReportClosed(f_report_id, f_delivered, f_dropped), o


def _enc_report_closed(v: ReportClosed, out: bytearray) -> None:
    try:
        out += _S5.pack(v.report_id, v.delivered, v.dropped)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id, delivered, dropped", str(x)) from None


@dataclass(slots=True)
class ReportRecord(Message):
    """"""

    report_id: int = 0

    dropped_before: int = 0
    """Records this lossy report dropped since the previous one."""

    record: types.Record = field(default_factory=types.Record)

    SPEC_ID: ClassVar[str] = "report_record"
    PORT: ClassVar[str] = "reports"
    CODE: ClassVar[int | None] = 0x4501
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x02
    FIXED: ClassVar[FixedRun[ReportRecordLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_report_record(self, out)
        except EncodeError as x:
            raise x.of("ReportRecord") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ReportRecord:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_report_record(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ReportRecord") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ReportRecord") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ReportRecord")
        return value


def _dec_report_record(b: BytesLike, o: int, e: int) -> tuple[ReportRecord, int]:
    if e - o < 6:
        raise short("report_id", o, 6, e)
    f_report_id, f_dropped_before = _S2.unpack_from(b, o)
    o += 6
    try:
        f_record, o = types._dec_record(b, o, e)
    except DecodeError as x:
        raise x.within("record") from None
    return ReportRecord(f_report_id, f_dropped_before, f_record), o


def _enc_report_record(v: ReportRecord, out: bytearray) -> None:
    try:
        out += _S2.pack(v.report_id, v.dropped_before)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id, dropped_before", str(x)) from None
    if not isinstance(v.record, types.Record):
        raise EncodeError("record", f"needs Record, got {type(v.record).__name__}")
    try:
        types._enc_record(v.record, out)
    except EncodeError as x:
        raise x.within("record") from None


@dataclass(slots=True)
class RecordAck(Message):
    """Lossless flow control; the camera's inspection waits for this (bounded by a timeout)."""

    report_id: int = 0

    inspection: int = 0

    SPEC_ID: ClassVar[str] = "record_ack"
    PORT: ClassVar[str] = "reports"
    CODE: ClassVar[int | None] = 0x0503
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x02
    FIXED: ClassVar[FixedRun[RecordAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_record_ack(self, out)
        except EncodeError as x:
            raise x.of("RecordAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> RecordAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_record_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("RecordAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "RecordAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "RecordAck")
        return value


def _dec_record_ack(b: BytesLike, o: int, e: int) -> tuple[RecordAck, int]:
    if e - o < 6:
        raise short("report_id", o, 6, e)
    f_report_id, f_inspection = _S2.unpack_from(b, o)
    o += 6
    return RecordAck(f_report_id, f_inspection), o


def _enc_record_ack(v: RecordAck, out: bytearray) -> None:
    try:
        out += _S2.pack(v.report_id, v.inspection)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id, inspection", str(x)) from None


OpenReport.RESPONSE = ReportOpened
CloseReport.RESPONSE = ReportClosed

MESSAGES: tuple[type[Message], ...] = (
    OpenReport,
    ReportOpened,
    CloseReport,
    ReportClosed,
    ReportRecord,
    RecordAck,
    frames.ErrorReply,
    frames.BindSession,
    frames.BindAck,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class OpenReportLayout(NamedTuple):
    """Where OpenReport's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField
    mode: FixedField
    options: FixedField
    rate_hz: FixedField


OpenReport.FIXED = FixedRun(
    ">HBBf",
    OpenReportLayout(
        FixedField("report_id", 0, ">H"),
        FixedField("mode", 2, ">B"),
        FixedField("options", 3, ">B"),
        FixedField("rate_hz", 4, ">f"),
    ),
)


class ReportOpenedLayout(NamedTuple):
    """Where ReportOpened's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField
    next_inspection: FixedField


ReportOpened.FIXED = FixedRun(
    ">HI",
    ReportOpenedLayout(
        FixedField("report_id", 0, ">H"),
        FixedField("next_inspection", 2, ">I"),
    ),
)


class CloseReportLayout(NamedTuple):
    """Where CloseReport's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField


CloseReport.FIXED = FixedRun(
    ">H",
    CloseReportLayout(
        FixedField("report_id", 0, ">H"),
    ),
)


class ReportClosedLayout(NamedTuple):
    """Where ReportClosed's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField
    delivered: FixedField
    dropped: FixedField


ReportClosed.FIXED = FixedRun(
    ">HII",
    ReportClosedLayout(
        FixedField("report_id", 0, ">H"),
        FixedField("delivered", 2, ">I"),
        FixedField("dropped", 6, ">I"),
    ),
)


class ReportRecordLayout(NamedTuple):
    """Where ReportRecord's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField
    dropped_before: FixedField
    record_inspection: FixedField
    record_timestamp_us: FixedField
    record_flags: FixedField


ReportRecord.FIXED = FixedRun(
    ">HIIQB",
    ReportRecordLayout(
        FixedField("report_id", 0, ">H"),
        FixedField("dropped_before", 2, ">I"),
        FixedField("record.inspection", 6, ">I"),
        FixedField("record.timestamp_us", 10, ">Q"),
        FixedField("record.flags", 18, ">B"),
    ),
)


class RecordAckLayout(NamedTuple):
    """Where RecordAck's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField
    inspection: FixedField


RecordAck.FIXED = FixedRun(
    ">HI",
    RecordAckLayout(
        FixedField("report_id", 0, ">H"),
        FixedField("inspection", 2, ">I"),
    ),
)
