# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Reports and Statistics Control Port: TCP 49202.

Seed: Allow control over a Report Connection, in particular update rate and allows records to
      be added/removed from the connection.
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
    "SetRate",
    "ControlAck",
    "AddDatums",
    "RemoveDatums",
    "ListDatums",
    "DatumList",
    "ListReports",
    "ReportList",
    "PauseReport",
    "ResumeReport",
    "MESSAGES",
    "BY_CODE",
]

_S0 = _struct.Struct(">Hf")
_S1 = _struct.Struct(">H")
_S2 = _struct.Struct(">B")
_S3 = _struct.Struct(">HB")
_S4 = _struct.Struct(">HBBfHII")
_E_DATUM_TYPE = enums.DATUM_TYPE_VALUES
_E_REPORT_MODE = enums.REPORT_MODE_VALUES
_F_REPORTINFOSTATE = tuple(enums.ReportInfoState(v) for v in range(256))


@dataclass(slots=True)
class SetRate(Message):
    """"""

    report_id: int = 0

    rate_hz: float = 0.0

    SPEC_ID: ClassVar[str] = "set_rate"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x0701
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[SetRateLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_set_rate(self, out)
        except EncodeError as x:
            raise x.of("SetRate") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> SetRate:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_set_rate(data, 0, len(data))
        except DecodeError as x:
            raise x.of("SetRate") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "SetRate") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "SetRate")
        return value


def _dec_set_rate(b: BytesLike, o: int, e: int) -> tuple[SetRate, int]:
    if e - o < 6:
        raise short("report_id", o, 6, e)
    f_report_id, f_rate_hz = _S0.unpack_from(b, o)
    o += 6
    return SetRate(f_report_id, f_rate_hz), o


def _enc_set_rate(v: SetRate, out: bytearray) -> None:
    try:
        out += _S0.pack(v.report_id, v.rate_hz)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id, rate_hz", str(x)) from None


@dataclass(slots=True)
class ControlAck(Message):
    """"""

    report_id: int = 0

    SPEC_ID: ClassVar[str] = "control_ack"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x8701
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[ControlAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_control_ack(self, out)
        except EncodeError as x:
            raise x.of("ControlAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ControlAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_control_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ControlAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ControlAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ControlAck")
        return value


def _dec_control_ack(b: BytesLike, o: int, e: int) -> tuple[ControlAck, int]:
    if e - o < 2:
        raise short("report_id", o, 2, e)
    (f_report_id,) = _S1.unpack_from(b, o)
    o += 2
    return ControlAck(f_report_id), o


def _enc_control_ack(v: ControlAck, out: bytearray) -> None:
    try:
        out += _S1.pack(v.report_id)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id", str(x)) from None


@dataclass(slots=True)
class AddDatums(Message):
    """"""

    report_id: int = 0

    paths: list[str] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "add_datums"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x0702
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[AddDatumsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_add_datums(self, out)
        except EncodeError as x:
            raise x.of("AddDatums") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> AddDatums:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_add_datums(data, 0, len(data))
        except DecodeError as x:
            raise x.of("AddDatums") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "AddDatums") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "AddDatums")
        return value


def _dec_add_datums(b: BytesLike, o: int, e: int) -> tuple[AddDatums, int]:
    if e - o < 2:
        raise short("report_id", o, 2, e)
    (f_report_id,) = _S1.unpack_from(b, o)
    o += 2
    if e - o < 1:
        raise short("paths", o, 1, e)
    n = b[o]
    o += 1
    if n > 255:
        raise DecodeError("paths", o, f"count {n} exceeds the maximum 255")
    if n * 1 > e - o:
        raise DecodeError("paths", o, f"count {n} needs at least {n * 1} bytes, {e - o} left")
    f_paths: list[str] = []
    for _ in range(n):
        if e - o < 1:
            raise short(f"paths[{len(f_paths)}]", o, 1, e)
        n = b[o]
        o += 1
        if e - o < n:
            raise short(f"paths[{len(f_paths)}]", o, n, e)
        raw = b[o : o + n]
        start = o
        o += n
        try:
            it_paths = str(raw, "ascii")
        except UnicodeDecodeError as x:
            raise DecodeError(
                f"paths[{len(f_paths)}]", start + x.start, "invalid ascii text"
            ) from None
        f_paths.append(it_paths)
    return AddDatums(f_report_id, f_paths), o


def _enc_add_datums(v: AddDatums, out: bytearray) -> None:
    raw: object
    try:
        out += _S1.pack(v.report_id)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id", str(x)) from None
    items_paths = v.paths
    if len(items_paths) > 255:
        raise EncodeError("paths", f"{len(items_paths)} elements, at most 255")
    out += _S2.pack(len(items_paths))
    for k, it_paths in enumerate(items_paths):
        if not isinstance(it_paths, str):
            raise EncodeError(f"paths[{k}]", f"needs str, got {type(it_paths).__name__}")
        try:
            raw = it_paths.encode("ascii")
        except UnicodeEncodeError as x:
            raise EncodeError(f"paths[{k}]", str(x)) from None
        if len(raw) > 255:
            raise EncodeError(f"paths[{k}]", f"{len(raw)} bytes, at most 255")
        out += _S2.pack(len(raw))
        out += raw


@dataclass(slots=True)
class RemoveDatums(Message):
    """"""

    report_id: int = 0

    datum_ids: list[int] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "remove_datums"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x0703
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[RemoveDatumsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_remove_datums(self, out)
        except EncodeError as x:
            raise x.of("RemoveDatums") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> RemoveDatums:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_remove_datums(data, 0, len(data))
        except DecodeError as x:
            raise x.of("RemoveDatums") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "RemoveDatums") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "RemoveDatums")
        return value


def _dec_remove_datums(b: BytesLike, o: int, e: int) -> tuple[RemoveDatums, int]:
    if e - o < 2:
        raise short("report_id", o, 2, e)
    (f_report_id,) = _S1.unpack_from(b, o)
    o += 2
    if e - o < 1:
        raise short("datum_ids", o, 1, e)
    n = b[o]
    o += 1
    if n > 255:
        raise DecodeError("datum_ids", o, f"count {n} exceeds the maximum 255")
    if n * 2 > e - o:
        raise DecodeError("datum_ids", o, f"count {n} needs at least {n * 2} bytes, {e - o} left")
    f_datum_ids = list(_struct.unpack_from(f">{n}H", b, o))
    o += n * 2
    return RemoveDatums(f_report_id, f_datum_ids), o


def _enc_remove_datums(v: RemoveDatums, out: bytearray) -> None:
    try:
        out += _S1.pack(v.report_id)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id", str(x)) from None
    items_datum_ids = v.datum_ids
    if len(items_datum_ids) > 255:
        raise EncodeError("datum_ids", f"{len(items_datum_ids)} elements, at most 255")
    out += _S2.pack(len(items_datum_ids))
    try:
        out += _struct.pack(f">{len(items_datum_ids)}H", *items_datum_ids)
    except (_struct.error, TypeError) as x:
        raise EncodeError("datum_ids", str(x)) from None


@dataclass(slots=True)
class ListDatums(Message):
    """"""

    report_id: int = 0

    SPEC_ID: ClassVar[str] = "list_datums"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x0704
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[ListDatumsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_list_datums(self, out)
        except EncodeError as x:
            raise x.of("ListDatums") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ListDatums:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_list_datums(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ListDatums") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ListDatums") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ListDatums")
        return value


def _dec_list_datums(b: BytesLike, o: int, e: int) -> tuple[ListDatums, int]:
    if e - o < 2:
        raise short("report_id", o, 2, e)
    (f_report_id,) = _S1.unpack_from(b, o)
    o += 2
    return ListDatums(f_report_id), o


def _enc_list_datums(v: ListDatums, out: bytearray) -> None:
    try:
        out += _S1.pack(v.report_id)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id", str(x)) from None


@dataclass(slots=True)
class DatumList(Message):
    """"""

    report_id: int = 0

    datums: list[types.DatumDesc] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "datum_list"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x8702
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[DatumListLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_datum_list(self, out)
        except EncodeError as x:
            raise x.of("DatumList") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DatumList:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_datum_list(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DatumList") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DatumList") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DatumList")
        return value


def _dec_datum_list(b: BytesLike, o: int, e: int) -> tuple[DatumList, int]:
    if e - o < 2:
        raise short("report_id", o, 2, e)
    (f_report_id,) = _S1.unpack_from(b, o)
    o += 2
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
    return DatumList(f_report_id, f_datums), o


def _enc_datum_list(v: DatumList, out: bytearray) -> None:
    try:
        out += _S1.pack(v.report_id)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id", str(x)) from None
    items_datums = v.datums
    if len(items_datums) > 255:
        raise EncodeError("datums", f"{len(items_datums)} elements, at most 255")
    out += _S2.pack(len(items_datums))
    for k, it_datums in enumerate(items_datums):
        if not isinstance(it_datums, types.DatumDesc):
            raise EncodeError(f"datums[{k}]", f"needs DatumDesc, got {type(it_datums).__name__}")
        try:
            types._enc_datum_desc(it_datums, out)
        except EncodeError as x:
            raise x.within(f"datums[{k}]") from None


@dataclass(slots=True)
class ListReports(Message):
    """"""

    SPEC_ID: ClassVar[str] = "list_reports"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x0705
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[ListReportsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_list_reports(self, out)
        except EncodeError as x:
            raise x.of("ListReports") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ListReports:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_list_reports(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ListReports") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ListReports") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ListReports")
        return value


def _dec_list_reports(b: BytesLike, o: int, e: int) -> tuple[ListReports, int]:
    return ListReports(), o


def _enc_list_reports(v: ListReports, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class ReportList(Message):
    """"""

    reports: list[types.ReportInfo] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "report_list"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x8705
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[ReportListLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_report_list(self, out)
        except EncodeError as x:
            raise x.of("ReportList") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ReportList:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_report_list(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ReportList") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ReportList") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ReportList")
        return value


def _dec_report_list(b: BytesLike, o: int, e: int) -> tuple[ReportList, int]:
    if e - o < 2:
        raise short("reports", o, 2, e)
    n = _S1.unpack_from(b, o)[0]
    o += 2
    if n > 1024:
        raise DecodeError("reports", o, f"count {n} exceeds the maximum 1024")
    if n * 18 > e - o:
        raise DecodeError("reports", o, f"count {n} needs at least {n * 18} bytes, {e - o} left")
    f_reports: list[types.ReportInfo] = []
    for _ in range(n):
        try:
            if e - o < 18:
                raise short("report_id", o, 18, e)
            f_report_id, f_mode, f_state, f_rate_hz, f_datum_count, f_delivered, f_dropped = (
                _S4.unpack_from(b, o)
            )
            f_mode = _E_REPORT_MODE.get(f_mode, f_mode)
            f_state = _F_REPORTINFOSTATE[f_state]
            o += 18
            it_reports = types.ReportInfo(
                f_report_id, f_mode, f_state, f_rate_hz, f_datum_count, f_delivered, f_dropped
            )
        except DecodeError as x:
            raise x.within(f"reports[{len(f_reports)}]") from None
        f_reports.append(it_reports)
    return ReportList(f_reports), o


def _enc_report_list(v: ReportList, out: bytearray) -> None:
    items_reports = v.reports
    if len(items_reports) > 1024:
        raise EncodeError("reports", f"{len(items_reports)} elements, at most 1024")
    out += _S1.pack(len(items_reports))
    for k, it_reports in enumerate(items_reports):
        if not isinstance(it_reports, types.ReportInfo):
            raise EncodeError(f"reports[{k}]", f"needs ReportInfo, got {type(it_reports).__name__}")
        try:
            types._enc_report_info(it_reports, out)
        except EncodeError as x:
            raise x.within(f"reports[{k}]") from None


@dataclass(slots=True)
class PauseReport(Message):
    """"""

    report_id: int = 0

    SPEC_ID: ClassVar[str] = "pause_report"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x0706
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[PauseReportLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_pause_report(self, out)
        except EncodeError as x:
            raise x.of("PauseReport") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> PauseReport:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_pause_report(data, 0, len(data))
        except DecodeError as x:
            raise x.of("PauseReport") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "PauseReport") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "PauseReport")
        return value


def _dec_pause_report(b: BytesLike, o: int, e: int) -> tuple[PauseReport, int]:
    if e - o < 2:
        raise short("report_id", o, 2, e)
    (f_report_id,) = _S1.unpack_from(b, o)
    o += 2
    return PauseReport(f_report_id), o


def _enc_pause_report(v: PauseReport, out: bytearray) -> None:
    try:
        out += _S1.pack(v.report_id)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id", str(x)) from None


@dataclass(slots=True)
class ResumeReport(Message):
    """"""

    report_id: int = 0

    SPEC_ID: ClassVar[str] = "resume_report"
    PORT: ClassVar[str] = "report_control"
    CODE: ClassVar[int | None] = 0x0707
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[ResumeReportLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_resume_report(self, out)
        except EncodeError as x:
            raise x.of("ResumeReport") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ResumeReport:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_resume_report(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ResumeReport") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ResumeReport") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ResumeReport")
        return value


def _dec_resume_report(b: BytesLike, o: int, e: int) -> tuple[ResumeReport, int]:
    if e - o < 2:
        raise short("report_id", o, 2, e)
    (f_report_id,) = _S1.unpack_from(b, o)
    o += 2
    return ResumeReport(f_report_id), o


def _enc_resume_report(v: ResumeReport, out: bytearray) -> None:
    try:
        out += _S1.pack(v.report_id)
    except (_struct.error, TypeError) as x:
        raise EncodeError("report_id", str(x)) from None


SetRate.RESPONSE = ControlAck
AddDatums.RESPONSE = DatumList
RemoveDatums.RESPONSE = DatumList
ListDatums.RESPONSE = DatumList
ListReports.RESPONSE = ReportList
PauseReport.RESPONSE = ControlAck
ResumeReport.RESPONSE = ControlAck

MESSAGES: tuple[type[Message], ...] = (
    SetRate,
    ControlAck,
    AddDatums,
    RemoveDatums,
    ListDatums,
    DatumList,
    ListReports,
    ReportList,
    PauseReport,
    ResumeReport,
    frames.ErrorReply,
    frames.BindSession,
    frames.BindAck,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class SetRateLayout(NamedTuple):
    """Where SetRate's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField
    rate_hz: FixedField


SetRate.FIXED = FixedRun(
    ">Hf",
    SetRateLayout(
        FixedField("report_id", 0, ">H"),
        FixedField("rate_hz", 2, ">f"),
    ),
)


class ControlAckLayout(NamedTuple):
    """Where ControlAck's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField


ControlAck.FIXED = FixedRun(
    ">H",
    ControlAckLayout(
        FixedField("report_id", 0, ">H"),
    ),
)


class AddDatumsLayout(NamedTuple):
    """Where AddDatums's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField


AddDatums.FIXED = FixedRun(
    ">H",
    AddDatumsLayout(
        FixedField("report_id", 0, ">H"),
    ),
)


class RemoveDatumsLayout(NamedTuple):
    """Where RemoveDatums's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField


RemoveDatums.FIXED = FixedRun(
    ">H",
    RemoveDatumsLayout(
        FixedField("report_id", 0, ">H"),
    ),
)


class ListDatumsLayout(NamedTuple):
    """Where ListDatums's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField


ListDatums.FIXED = FixedRun(
    ">H",
    ListDatumsLayout(
        FixedField("report_id", 0, ">H"),
    ),
)


class DatumListLayout(NamedTuple):
    """Where DatumList's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField


DatumList.FIXED = FixedRun(
    ">H",
    DatumListLayout(
        FixedField("report_id", 0, ">H"),
    ),
)


class ListReportsLayout(NamedTuple):
    """Where ListReports's fixed-size leading fields sit, from the start of its encoding."""


ListReports.FIXED = FixedRun(">", ListReportsLayout())


class ReportListLayout(NamedTuple):
    """Where ReportList's fixed-size leading fields sit, from the start of its encoding."""


ReportList.FIXED = FixedRun(">", ReportListLayout())


class PauseReportLayout(NamedTuple):
    """Where PauseReport's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField


PauseReport.FIXED = FixedRun(
    ">H",
    PauseReportLayout(
        FixedField("report_id", 0, ">H"),
    ),
)


class ResumeReportLayout(NamedTuple):
    """Where ResumeReport's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField


ResumeReport.FIXED = FixedRun(
    ">H",
    ResumeReportLayout(
        FixedField("report_id", 0, ">H"),
    ),
)
