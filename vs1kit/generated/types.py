# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Types shared by several messages of the VS-1 spec, with their fast codecs."""

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

__all__ = [
    "ImageData",
    "Point2d",
    "DatumValue",
    "DatumDesc",
    "SessionProof",
    "Record",
    "DhcpOption",
    "DhcpOptMessageType",
    "DhcpOptIpv4",
    "DhcpOptIpv4List",
    "DhcpOptU32",
    "DhcpOptText",
    "DhcpOptRaw",
    "PointInfo",
    "NetworkConfig",
    "ReportInfo",
    "RipEntry",
    "RipRoute",
    "RipAuth",
    "JobEntry",
]

_S0 = _struct.Struct(">IQHHB3xI")
_S1 = _struct.Struct(">I")
_S2 = _struct.Struct(">ff")
_S3 = _struct.Struct(">HBi")
_S4 = _struct.Struct(">HBI")
_S5 = _struct.Struct(">HBd")
_S6 = _struct.Struct(">HB?")
_S7 = _struct.Struct(">HB")
_S8 = _struct.Struct(">H")
_S9 = _struct.Struct(">B")
_S10 = _struct.Struct(">II")
_S11 = _struct.Struct(">IQB")
_S12 = _struct.Struct(">BB")
_S13 = _struct.Struct(">B4s")
_S14 = _struct.Struct(">BI")
_S15 = _struct.Struct(">?4s4s4s")
_S16 = _struct.Struct(">HBBfHII")
_S17 = _struct.Struct(">H4s4s4sI")
_E_DATUM_TYPE = enums.DATUM_TYPE_VALUES
_E_DHCP_MESSAGE_TYPE = enums.DHCP_MESSAGE_TYPE_VALUES
_E_DHCP_OPTION_CODE = enums.DHCP_OPTION_CODE_VALUES
_E_IO_KIND = enums.IO_KIND_VALUES
_E_PIXEL_FORMAT = enums.PIXEL_FORMAT_VALUES
_E_REPORT_MODE = enums.REPORT_MODE_VALUES
_E_RIP_FAMILY = enums.RIP_FAMILY_VALUES
_F_JOBENTRYFLAGS = tuple(enums.JobEntryFlags(v) for v in range(256))
_F_RECORDFLAGS = tuple(enums.RecordFlags(v) for v in range(256))
_F_REPORTINFOSTATE = tuple(enums.ReportInfoState(v) for v in range(256))


@dataclass(slots=True)
class ImageData(Struct):
    """An image with its geometry; pixel data follows the header."""

    image_id: int = 0
    """Increments with every image the camera takes."""

    timestamp_us: int = 0
    """Acquisition time, microseconds since the Unix epoch."""

    width: int = 0

    height: int = 0

    pixel_format: enums.PixelFormat | int = enums.PixelFormat.MONO8

    data: BytesLike = b""
    """width * height * bytes per pixel"""

    SPEC_ID: ClassVar[str] = "image_data"
    FIXED: ClassVar[FixedRun[ImageDataLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_image_data(self, out)
        except EncodeError as x:
            raise x.of("ImageData") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ImageData:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_image_data(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ImageData") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ImageData") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ImageData")
        return value


def _dec_image_data(b: BytesLike, o: int, e: int) -> tuple[ImageData, int]:
    if e - o < 24:
        raise short("image_id", o, 24, e)
    f_image_id, f_timestamp_us, f_width, f_height, f_pixel_format, f_data_length = _S0.unpack_from(
        b, o
    )
    f_pixel_format = _E_PIXEL_FORMAT.get(f_pixel_format, f_pixel_format)
    o += 24
    n = f_data_length
    if n > 3932160:
        raise DecodeError("data", o, f"length {n} exceeds the maximum 3932160")
    if e - o < n:
        raise short("data", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    f_data = raw
    return ImageData(f_image_id, f_timestamp_us, f_width, f_height, f_pixel_format, f_data), o


def _enc_image_data(v: ImageData, out: bytearray) -> None:
    raw: object
    pos_data_length = len(out) + 20
    try:
        out += _S0.pack(v.image_id, v.timestamp_us, v.width, v.height, v.pixel_format, 0)
    except (_struct.error, TypeError) as x:
        raise EncodeError(
            "image_id, timestamp_us, width, height, pixel_format, data_length", str(x)
        ) from None
    start_data = len(out)
    raw = v.data
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("data", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 3932160:
        raise EncodeError("data", f"{len(raw)} bytes, at most 3932160")
    out += raw
    try:
        _S1.pack_into(out, pos_data_length, len(out) - start_data)
    except _struct.error:
        raise EncodeError(
            "data", f"{len(out) - start_data} bytes do not fit the u32 length field data_length"
        ) from None


@dataclass(slots=True)
class Point2d(Struct):
    """A position in image coordinates (pixels)."""

    x: float = 0.0

    y: float = 0.0

    SPEC_ID: ClassVar[str] = "point2d"
    FIXED: ClassVar[FixedRun[Point2dLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_point2d(self, out)
        except EncodeError as x:
            raise x.of("Point2d") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Point2d:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_point2d(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Point2d") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Point2d") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Point2d")
        return value


def _dec_point2d(b: BytesLike, o: int, e: int) -> tuple[Point2d, int]:
    if e - o < 8:
        raise short("x", o, 8, e)
    f_x, f_y = _S2.unpack_from(b, o)
    o += 8
    return Point2d(f_x, f_y), o


def _enc_point2d(v: Point2d, out: bytearray) -> None:
    try:
        out += _S2.pack(v.x, v.y)
    except (_struct.error, TypeError) as x:
        raise EncodeError("x, y", str(x)) from None


@dataclass(slots=True)
class DatumValue(Struct):
    """One result datum of an inspection."""

    datum_id: int = 0
    """Id assigned when the datum was added to the report."""

    type: enums.DatumType | int = enums.DatumType.INT32

    value: int | float | bool | str | Point2d = 0

    SPEC_ID: ClassVar[str] = "datum_value"
    FIXED: ClassVar[FixedRun[DatumValueLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_datum_value(self, out)
        except EncodeError as x:
            raise x.of("DatumValue") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DatumValue:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_datum_value(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DatumValue") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DatumValue") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DatumValue")
        return value


def _dec_datum_value(b: BytesLike, o: int, e: int) -> tuple[DatumValue, int]:
    if e - o < 3:
        raise short("datum_id", o, 3, e)
    d_type = b[o + 2]
    r0 = o
    f_value: int | float | bool | str | Point2d
    if d_type == 0:
        if e - o < 7:
            raise short("value", o + 3, 4, e)
        f_datum_id, f_type, f_value = _S3.unpack_from(b, o)
        o += 7
    elif d_type == 1:
        if e - o < 7:
            raise short("value", o + 3, 4, e)
        f_datum_id, f_type, f_value = _S4.unpack_from(b, o)
        o += 7
    elif d_type == 2:
        if e - o < 11:
            raise short("value", o + 3, 8, e)
        f_datum_id, f_type, f_value = _S5.unpack_from(b, o)
        o += 11
    elif d_type == 3:
        if e - o < 4:
            raise short("value", o + 3, 1, e)
        f_datum_id, f_type, f_value = _S6.unpack_from(b, o)
        o += 4
    elif d_type == 4:
        f_datum_id, f_type = _S7.unpack_from(b, o)
        o += 3
        if e - o < 2:
            raise short("value", o, 2, e)
        n = _S8.unpack_from(b, o)[0]
        if n > 4096:
            raise DecodeError("value", o, f"length {n} exceeds the maximum 4096")
        o += 2
        if e - o < n:
            raise short("value", o, n, e)
        raw = b[o : o + n]
        start = o
        o += n
        try:
            f_value = str(raw, "utf-8")
        except UnicodeDecodeError as x:
            raise DecodeError("value", start + x.start, "invalid utf-8 text") from None
    elif d_type == 5:
        f_datum_id, f_type = _S7.unpack_from(b, o)
        o += 3
        if e - o < 8:
            raise short("x", o, 8, e).within("value")
        f_value = Point2d(*_S2.unpack_from(b, o))
        o += 8
    else:
        raise DecodeError("value", o + 3, f"no case for type={d_type!r}")
    f_type = _E_DATUM_TYPE.get(f_type, f_type)
    return DatumValue(f_datum_id, f_type, f_value), o


def _enc_datum_value(v: DatumValue, out: bytearray) -> None:
    raw: object
    sw_type = v.type
    if sw_type == 0:
        try:
            out += _S3.pack(v.datum_id, v.type, v.value)
        except (_struct.error, TypeError) as x:
            raise EncodeError("datum_id, type, value", str(x)) from None
    elif sw_type == 1:
        try:
            out += _S4.pack(v.datum_id, v.type, v.value)
        except (_struct.error, TypeError) as x:
            raise EncodeError("datum_id, type, value", str(x)) from None
    elif sw_type == 2:
        try:
            out += _S5.pack(v.datum_id, v.type, v.value)
        except (_struct.error, TypeError) as x:
            raise EncodeError("datum_id, type, value", str(x)) from None
    elif sw_type == 3:
        try:
            out += _S6.pack(v.datum_id, v.type, v.value)
        except (_struct.error, TypeError) as x:
            raise EncodeError("datum_id, type, value", str(x)) from None
    elif sw_type == 4:
        try:
            out += _S7.pack(v.datum_id, v.type)
        except (_struct.error, TypeError) as x:
            raise EncodeError("datum_id, type", str(x)) from None
        if not isinstance(v.value, str):
            raise EncodeError("value", f"needs str, got {type(v.value).__name__}")
        try:
            raw = v.value.encode("utf-8")
        except UnicodeEncodeError as x:
            raise EncodeError("value", str(x)) from None
        if len(raw) > 4096:
            raise EncodeError("value", f"{len(raw)} bytes, at most 4096")
        out += _S8.pack(len(raw))
        out += raw
    elif sw_type == 5:
        try:
            out += _S7.pack(v.datum_id, v.type)
        except (_struct.error, TypeError) as x:
            raise EncodeError("datum_id, type", str(x)) from None
        if not isinstance(v.value, Point2d):
            raise EncodeError("value", f"needs Point2d, got {type(v.value).__name__}")
        try:
            out += _S2.pack(v.value.x, v.value.y)
        except (_struct.error, TypeError) as x:
            raise EncodeError("x, y", str(x)).within("value") from None
    else:
        raise EncodeError("value", f"no case for type={sw_type!r}")


@dataclass(slots=True)
class DatumDesc(Struct):
    """A datum of a report connection."""

    datum_id: int = 0

    type: enums.DatumType | int = enums.DatumType.INT32

    path: str = ""
    """Datum path in the job, e.g. Snapshot1.BufOut"""

    SPEC_ID: ClassVar[str] = "datum_desc"
    FIXED: ClassVar[FixedRun[DatumDescLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_datum_desc(self, out)
        except EncodeError as x:
            raise x.of("DatumDesc") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DatumDesc:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_datum_desc(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DatumDesc") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DatumDesc") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DatumDesc")
        return value


def _dec_datum_desc(b: BytesLike, o: int, e: int) -> tuple[DatumDesc, int]:
    if e - o < 3:
        raise short("datum_id", o, 3, e)
    f_datum_id, f_type = _S7.unpack_from(b, o)
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
    return DatumDesc(f_datum_id, f_type, f_path), o


def _enc_datum_desc(v: DatumDesc, out: bytearray) -> None:
    raw: object
    try:
        out += _S7.pack(v.datum_id, v.type)
    except (_struct.error, TypeError) as x:
        raise EncodeError("datum_id, type", str(x)) from None
    if not isinstance(v.path, str):
        raise EncodeError("path", f"needs str, got {type(v.path).__name__}")
    try:
        raw = v.path.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("path", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("path", f"{len(raw)} bytes, at most 255")
    out += _S9.pack(len(raw))
    out += raw


@dataclass(slots=True)
class SessionProof(Struct):
    """Proof that a message comes from the holder of a login session (see the login port): the first field of every message that acts for a session. mac = HMAC-SHA256(SessionKey, "vs1-req" | u16 port number in the spec | u16 message code | the message's payload with these 16 mac bytes zeroed), first 16 bytes. The camera accepts each counter of a session once (within a window of 64 below the highest seen) and only from the session's login address."""

    session: int = 0
    """The session's public handle from login_reply (0: none, anonymous)."""

    counter: int = 0
    """Chosen by the client, new for every proof of the session (a retry too); starts at 1."""

    mac: BytesLike = b""

    SPEC_ID: ClassVar[str] = "session_proof"
    FIXED: ClassVar[FixedRun[SessionProofLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_session_proof(self, out)
        except EncodeError as x:
            raise x.of("SessionProof") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> SessionProof:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_session_proof(data, 0, len(data))
        except DecodeError as x:
            raise x.of("SessionProof") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "SessionProof") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "SessionProof")
        return value


def _dec_session_proof(b: BytesLike, o: int, e: int) -> tuple[SessionProof, int]:
    if e - o < 8:
        raise short("session", o, 8, e)
    f_session, f_counter = _S10.unpack_from(b, o)
    o += 8
    if e - o < 16:
        raise short("mac", o, 16, e)
    raw = b[o : o + 16]
    start = o
    o += 16
    f_mac = raw
    return SessionProof(f_session, f_counter, f_mac), o


def _enc_session_proof(v: SessionProof, out: bytearray) -> None:
    raw: object
    try:
        out += _S10.pack(v.session, v.counter)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session, counter", str(x)) from None
    raw = v.mac
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("mac", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 16:
        raise EncodeError("mac", f"{len(raw)} bytes do not fit 16")
    out += raw
    out += bytes(16 - len(raw))


@dataclass(slots=True)
class Record(Struct):
    """One inspection's report record."""

    inspection: int = 0
    """Inspection counter; consecutive for a lossless connection."""

    timestamp_us: int = 0

    flags: enums.RecordFlags = enums.RecordFlags(0)

    datums: list[DatumValue] = field(default_factory=list)
    """The datums of its report (a report names at most 255)."""

    image: ImageData | None = None

    SPEC_ID: ClassVar[str] = "record"
    FIXED: ClassVar[FixedRun[RecordLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_record(self, out)
        except EncodeError as x:
            raise x.of("Record") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Record:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_record(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Record") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Record") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Record")
        return value


def _dec_record(b: BytesLike, o: int, e: int) -> tuple[Record, int]:
    if e - o < 13:
        raise short("inspection", o, 13, e)
    f_inspection, f_timestamp_us, f_flags = _S11.unpack_from(b, o)
    f_flags = _F_RECORDFLAGS[f_flags]
    o += 13
    if e - o < 2:
        raise short("datums", o, 2, e)
    n = _S8.unpack_from(b, o)[0]
    o += 2
    if n > 255:
        raise DecodeError("datums", o, f"count {n} exceeds the maximum 255")
    if n * 4 > e - o:
        raise DecodeError("datums", o, f"count {n} needs at least {n * 4} bytes, {e - o} left")
    f_datums: list[DatumValue] = []
    for _ in range(n):
        try:
            if e - o < 3:
                raise short("datum_id", o, 3, e)
            d_type = b[o + 2]
            r0 = o
            f_value: int | float | bool | str | Point2d
            if d_type == 0:
                if e - o < 7:
                    raise short("value", o + 3, 4, e)
                f_datum_id, f_type, f_value = _S3.unpack_from(b, o)
                o += 7
            elif d_type == 1:
                if e - o < 7:
                    raise short("value", o + 3, 4, e)
                f_datum_id, f_type, f_value = _S4.unpack_from(b, o)
                o += 7
            elif d_type == 2:
                if e - o < 11:
                    raise short("value", o + 3, 8, e)
                f_datum_id, f_type, f_value = _S5.unpack_from(b, o)
                o += 11
            elif d_type == 3:
                if e - o < 4:
                    raise short("value", o + 3, 1, e)
                f_datum_id, f_type, f_value = _S6.unpack_from(b, o)
                o += 4
            elif d_type == 4:
                f_datum_id, f_type = _S7.unpack_from(b, o)
                o += 3
                if e - o < 2:
                    raise short("value", o, 2, e)
                n = _S8.unpack_from(b, o)[0]
                if n > 4096:
                    raise DecodeError("value", o, f"length {n} exceeds the maximum 4096")
                o += 2
                if e - o < n:
                    raise short("value", o, n, e)
                raw = b[o : o + n]
                start = o
                o += n
                try:
                    f_value = str(raw, "utf-8")
                except UnicodeDecodeError as x:
                    raise DecodeError("value", start + x.start, "invalid utf-8 text") from None
            elif d_type == 5:
                f_datum_id, f_type = _S7.unpack_from(b, o)
                o += 3
                if e - o < 8:
                    raise short("x", o, 8, e).within("value")
                f_value = Point2d(*_S2.unpack_from(b, o))
                o += 8
            else:
                raise DecodeError("value", o + 3, f"no case for type={d_type!r}")
            f_type = _E_DATUM_TYPE.get(f_type, f_type)
            it_datums = DatumValue(f_datum_id, f_type, f_value)
        except DecodeError as x:
            raise x.within(f"datums[{len(f_datums)}]") from None
        f_datums.append(it_datums)
    f_image = None
    if f_flags & 0x2:
        try:
            f_image, o = _dec_image_data(b, o, e)
        except DecodeError as x:
            raise x.within("image") from None
    return Record(f_inspection, f_timestamp_us, f_flags, f_datums, f_image), o


def _enc_record(v: Record, out: bytearray) -> None:
    try:
        out += _S11.pack(v.inspection, v.timestamp_us, v.flags)
    except (_struct.error, TypeError) as x:
        raise EncodeError("inspection, timestamp_us, flags", str(x)) from None
    items_datums = v.datums
    if len(items_datums) > 255:
        raise EncodeError("datums", f"{len(items_datums)} elements, at most 255")
    out += _S8.pack(len(items_datums))
    for k, it_datums in enumerate(items_datums):
        if not isinstance(it_datums, DatumValue):
            raise EncodeError(f"datums[{k}]", f"needs DatumValue, got {type(it_datums).__name__}")
        try:
            _enc_datum_value(it_datums, out)
        except EncodeError as x:
            raise x.within(f"datums[{k}]") from None
    if v.flags & 0x2:
        if v.image is None:
            raise EncodeError("image", "required when flags has has_image")
        if not isinstance(v.image, ImageData):
            raise EncodeError("image", f"needs ImageData, got {type(v.image).__name__}")
        try:
            _enc_image_data(v.image, out)
        except EncodeError as x:
            raise x.within("image") from None
    elif v.image is not None:
        raise EncodeError("image", "must be None unless flags has has_image")


@dataclass(slots=True)
class DhcpOption(Struct):
    """"""

    code: enums.DhcpOptionCode | int = enums.DhcpOptionCode.PAD

    body: (
        BytesLike
        | DhcpOptMessageType
        | DhcpOptIpv4
        | DhcpOptIpv4List
        | DhcpOptU32
        | DhcpOptText
        | DhcpOptRaw
    ) = b""

    SPEC_ID: ClassVar[str] = "dhcp_option"
    FIXED: ClassVar[FixedRun[DhcpOptionLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_dhcp_option(self, out)
        except EncodeError as x:
            raise x.of("DhcpOption") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DhcpOption:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_dhcp_option(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DhcpOption") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DhcpOption") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DhcpOption")
        return value


def _dec_dhcp_option(b: BytesLike, o: int, e: int) -> tuple[DhcpOption, int]:
    if e - o < 1:
        raise short("code", o, 1, e)
    f_code = b[o]
    d_code = f_code
    f_code = _E_DHCP_OPTION_CODE.get(f_code, f_code)
    o += 1
    f_body: (
        BytesLike
        | DhcpOptMessageType
        | DhcpOptIpv4
        | DhcpOptIpv4List
        | DhcpOptU32
        | DhcpOptText
        | DhcpOptRaw
    )
    if d_code == 0:
        if e - o < 0:
            raise short("body", o, 0, e)
        raw = b[o : o + 0]
        start = o
        o += 0
        f_body = raw
    elif d_code == 255:
        if e - o < 0:
            raise short("body", o, 0, e)
        raw = b[o : o + 0]
        start = o
        o += 0
        f_body = raw
    elif d_code == 53:
        try:
            f_body, o = _dec_dhcp_opt_message_type(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    elif d_code == 1:
        try:
            f_body, o = _dec_dhcp_opt_ipv4(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    elif d_code == 50:
        try:
            f_body, o = _dec_dhcp_opt_ipv4(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    elif d_code == 54:
        try:
            f_body, o = _dec_dhcp_opt_ipv4(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    elif d_code == 3:
        try:
            f_body, o = _dec_dhcp_opt_ipv4_list(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    elif d_code == 6:
        try:
            f_body, o = _dec_dhcp_opt_ipv4_list(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    elif d_code == 51:
        try:
            f_body, o = _dec_dhcp_opt_u32(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    elif d_code == 58:
        try:
            f_body, o = _dec_dhcp_opt_u32(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    elif d_code == 59:
        try:
            f_body, o = _dec_dhcp_opt_u32(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    elif d_code == 12:
        try:
            f_body, o = _dec_dhcp_opt_text(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    else:
        try:
            f_body, o = _dec_dhcp_opt_raw(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    return DhcpOption(f_code, f_body), o


def _enc_dhcp_option(v: DhcpOption, out: bytearray) -> None:
    raw: object
    try:
        out += _S9.pack(v.code)
    except (_struct.error, TypeError) as x:
        raise EncodeError("code", str(x)) from None
    sw_code = v.code
    if sw_code == 0:
        raw = v.body
        if not isinstance(raw, bytes | bytearray | memoryview):
            raise EncodeError("body", f"needs bytes, got {type(raw).__name__}")
        if len(raw) > 0:
            raise EncodeError("body", f"{len(raw)} bytes do not fit 0")
        out += raw
        out += bytes(0 - len(raw))
    elif sw_code == 255:
        raw = v.body
        if not isinstance(raw, bytes | bytearray | memoryview):
            raise EncodeError("body", f"needs bytes, got {type(raw).__name__}")
        if len(raw) > 0:
            raise EncodeError("body", f"{len(raw)} bytes do not fit 0")
        out += raw
        out += bytes(0 - len(raw))
    elif sw_code == 53:
        if not isinstance(v.body, DhcpOptMessageType):
            raise EncodeError("body", f"needs DhcpOptMessageType, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_message_type(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    elif sw_code == 1:
        if not isinstance(v.body, DhcpOptIpv4):
            raise EncodeError("body", f"needs DhcpOptIpv4, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_ipv4(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    elif sw_code == 50:
        if not isinstance(v.body, DhcpOptIpv4):
            raise EncodeError("body", f"needs DhcpOptIpv4, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_ipv4(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    elif sw_code == 54:
        if not isinstance(v.body, DhcpOptIpv4):
            raise EncodeError("body", f"needs DhcpOptIpv4, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_ipv4(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    elif sw_code == 3:
        if not isinstance(v.body, DhcpOptIpv4List):
            raise EncodeError("body", f"needs DhcpOptIpv4List, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_ipv4_list(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    elif sw_code == 6:
        if not isinstance(v.body, DhcpOptIpv4List):
            raise EncodeError("body", f"needs DhcpOptIpv4List, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_ipv4_list(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    elif sw_code == 51:
        if not isinstance(v.body, DhcpOptU32):
            raise EncodeError("body", f"needs DhcpOptU32, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_u32(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    elif sw_code == 58:
        if not isinstance(v.body, DhcpOptU32):
            raise EncodeError("body", f"needs DhcpOptU32, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_u32(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    elif sw_code == 59:
        if not isinstance(v.body, DhcpOptU32):
            raise EncodeError("body", f"needs DhcpOptU32, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_u32(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    elif sw_code == 12:
        if not isinstance(v.body, DhcpOptText):
            raise EncodeError("body", f"needs DhcpOptText, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_text(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    else:
        if not isinstance(v.body, DhcpOptRaw):
            raise EncodeError("body", f"needs DhcpOptRaw, got {type(v.body).__name__}")
        try:
            _enc_dhcp_opt_raw(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None


@dataclass(slots=True)
class DhcpOptMessageType(Struct):
    """"""

    message_type: enums.DhcpMessageType | int = enums.DhcpMessageType.DISCOVER

    SPEC_ID: ClassVar[str] = "dhcp_opt_message_type"
    FIXED: ClassVar[FixedRun[DhcpOptMessageTypeLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_dhcp_opt_message_type(self, out)
        except EncodeError as x:
            raise x.of("DhcpOptMessageType") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DhcpOptMessageType:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_dhcp_opt_message_type(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DhcpOptMessageType") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError(
                "", 0, f"internal decoder error: {x!r}", "DhcpOptMessageType"
            ) from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DhcpOptMessageType")
        return value


def _dec_dhcp_opt_message_type(b: BytesLike, o: int, e: int) -> tuple[DhcpOptMessageType, int]:
    if e - o < 2:
        raise short("length", o, 2, e)
    f_length, f_message_type = _S12.unpack_from(b, o)
    if f_length != 1:
        raise DecodeError("length", o, f"expected 0x1, got {f_length!r}")
    f_message_type = _E_DHCP_MESSAGE_TYPE.get(f_message_type, f_message_type)
    o += 2
    return DhcpOptMessageType(f_message_type), o


def _enc_dhcp_opt_message_type(v: DhcpOptMessageType, out: bytearray) -> None:
    try:
        out += _S12.pack(1, v.message_type)
    except (_struct.error, TypeError) as x:
        raise EncodeError("length, message_type", str(x)) from None


@dataclass(slots=True)
class DhcpOptIpv4(Struct):
    """"""

    address: str = "0.0.0.0"

    SPEC_ID: ClassVar[str] = "dhcp_opt_ipv4"
    FIXED: ClassVar[FixedRun[DhcpOptIpv4Layout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_dhcp_opt_ipv4(self, out)
        except EncodeError as x:
            raise x.of("DhcpOptIpv4") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DhcpOptIpv4:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_dhcp_opt_ipv4(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DhcpOptIpv4") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DhcpOptIpv4") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DhcpOptIpv4")
        return value


def _dec_dhcp_opt_ipv4(b: BytesLike, o: int, e: int) -> tuple[DhcpOptIpv4, int]:
    if e - o < 5:
        raise short("length", o, 5, e)
    f_length, f_address = _S13.unpack_from(b, o)
    if f_length != 4:
        raise DecodeError("length", o, f"expected 0x4, got {f_length!r}")
    f_address = ipv4_str(f_address)
    o += 5
    return DhcpOptIpv4(f_address), o


def _enc_dhcp_opt_ipv4(v: DhcpOptIpv4, out: bytearray) -> None:
    try:
        out += _S13.pack(4, ipv4_bytes(v.address, "address"))
    except (_struct.error, TypeError) as x:
        raise EncodeError("length, address", str(x)) from None


@dataclass(slots=True)
class DhcpOptIpv4List(Struct):
    """"""

    addresses: list[str] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "dhcp_opt_ipv4_list"
    FIXED: ClassVar[FixedRun[DhcpOptIpv4ListLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_dhcp_opt_ipv4_list(self, out)
        except EncodeError as x:
            raise x.of("DhcpOptIpv4List") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DhcpOptIpv4List:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_dhcp_opt_ipv4_list(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DhcpOptIpv4List") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DhcpOptIpv4List") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DhcpOptIpv4List")
        return value


def _dec_dhcp_opt_ipv4_list(b: BytesLike, o: int, e: int) -> tuple[DhcpOptIpv4List, int]:
    if e - o < 1:
        raise short("length", o, 1, e)
    f_length = b[o]
    o += 1
    lim = o + f_length
    if lim > e:
        raise short("addresses", o, lim - o, e)
    f_addresses: list[str] = []
    while o < lim:
        if len(f_addresses) >= 63:
            raise DecodeError("addresses", o, "more than 63 elements")
        if lim - o < 4:
            raise short(f"addresses[{len(f_addresses)}]", o, 4, lim)
        it_addresses = ipv4_str(b[o : o + 4])
        o += 4
        f_addresses.append(it_addresses)
    return DhcpOptIpv4List(f_addresses), o


def _enc_dhcp_opt_ipv4_list(v: DhcpOptIpv4List, out: bytearray) -> None:
    pos_length = len(out) + 0
    try:
        out += _S9.pack(0)
    except (_struct.error, TypeError) as x:
        raise EncodeError("length", str(x)) from None
    start_addresses = len(out)
    items_addresses = v.addresses
    if len(items_addresses) > 63:
        raise EncodeError("addresses", f"{len(items_addresses)} elements, at most 63")
    for k, it_addresses in enumerate(items_addresses):
        out += ipv4_bytes(it_addresses, f"addresses[{k}]")
    try:
        _S9.pack_into(out, pos_length, len(out) - start_addresses)
    except _struct.error:
        raise EncodeError(
            "addresses", f"{len(out) - start_addresses} bytes do not fit the u8 length field length"
        ) from None


@dataclass(slots=True)
class DhcpOptU32(Struct):
    """"""

    seconds: int = 0

    SPEC_ID: ClassVar[str] = "dhcp_opt_u32"
    FIXED: ClassVar[FixedRun[DhcpOptU32Layout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_dhcp_opt_u32(self, out)
        except EncodeError as x:
            raise x.of("DhcpOptU32") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DhcpOptU32:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_dhcp_opt_u32(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DhcpOptU32") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DhcpOptU32") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DhcpOptU32")
        return value


def _dec_dhcp_opt_u32(b: BytesLike, o: int, e: int) -> tuple[DhcpOptU32, int]:
    if e - o < 5:
        raise short("length", o, 5, e)
    f_length, f_seconds = _S14.unpack_from(b, o)
    if f_length != 4:
        raise DecodeError("length", o, f"expected 0x4, got {f_length!r}")
    o += 5
    return DhcpOptU32(f_seconds), o


def _enc_dhcp_opt_u32(v: DhcpOptU32, out: bytearray) -> None:
    try:
        out += _S14.pack(4, v.seconds)
    except (_struct.error, TypeError) as x:
        raise EncodeError("length, seconds", str(x)) from None


@dataclass(slots=True)
class DhcpOptText(Struct):
    """"""

    text: str = ""

    SPEC_ID: ClassVar[str] = "dhcp_opt_text"
    FIXED: ClassVar[FixedRun[DhcpOptTextLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_dhcp_opt_text(self, out)
        except EncodeError as x:
            raise x.of("DhcpOptText") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DhcpOptText:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_dhcp_opt_text(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DhcpOptText") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DhcpOptText") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DhcpOptText")
        return value


def _dec_dhcp_opt_text(b: BytesLike, o: int, e: int) -> tuple[DhcpOptText, int]:
    if e - o < 1:
        raise short("length", o, 1, e)
    f_length = b[o]
    o += 1
    n = f_length
    if e - o < n:
        raise short("text", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_text = str(raw, "latin-1")
    except UnicodeDecodeError as x:
        raise DecodeError("text", start + x.start, "invalid latin-1 text") from None
    return DhcpOptText(f_text), o


def _enc_dhcp_opt_text(v: DhcpOptText, out: bytearray) -> None:
    raw: object
    pos_length = len(out) + 0
    try:
        out += _S9.pack(0)
    except (_struct.error, TypeError) as x:
        raise EncodeError("length", str(x)) from None
    start_text = len(out)
    if not isinstance(v.text, str):
        raise EncodeError("text", f"needs str, got {type(v.text).__name__}")
    try:
        raw = v.text.encode("latin-1")
    except UnicodeEncodeError as x:
        raise EncodeError("text", str(x)) from None
    out += raw
    try:
        _S9.pack_into(out, pos_length, len(out) - start_text)
    except _struct.error:
        raise EncodeError(
            "text", f"{len(out) - start_text} bytes do not fit the u8 length field length"
        ) from None


@dataclass(slots=True)
class DhcpOptRaw(Struct):
    """"""

    data: BytesLike = b""

    SPEC_ID: ClassVar[str] = "dhcp_opt_raw"
    FIXED: ClassVar[FixedRun[DhcpOptRawLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_dhcp_opt_raw(self, out)
        except EncodeError as x:
            raise x.of("DhcpOptRaw") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DhcpOptRaw:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_dhcp_opt_raw(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DhcpOptRaw") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DhcpOptRaw") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DhcpOptRaw")
        return value


def _dec_dhcp_opt_raw(b: BytesLike, o: int, e: int) -> tuple[DhcpOptRaw, int]:
    if e - o < 1:
        raise short("length", o, 1, e)
    f_length = b[o]
    o += 1
    n = f_length
    if e - o < n:
        raise short("data", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    f_data = raw
    return DhcpOptRaw(f_data), o


def _enc_dhcp_opt_raw(v: DhcpOptRaw, out: bytearray) -> None:
    raw: object
    pos_length = len(out) + 0
    try:
        out += _S9.pack(0)
    except (_struct.error, TypeError) as x:
        raise EncodeError("length", str(x)) from None
    start_data = len(out)
    raw = v.data
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("data", f"needs bytes, got {type(raw).__name__}")
    out += raw
    try:
        _S9.pack_into(out, pos_length, len(out) - start_data)
    except _struct.error:
        raise EncodeError(
            "data", f"{len(out) - start_data} bytes do not fit the u8 length field length"
        ) from None


@dataclass(slots=True)
class PointInfo(Struct):
    """"""

    point: int = 0
    """Point number: physical inputs first, then outputs, then virtual points."""

    kind: enums.IoKind | int = enums.IoKind.PHYSICAL_INPUT

    state: bool = False

    name: str = ""

    SPEC_ID: ClassVar[str] = "point_info"
    FIXED: ClassVar[FixedRun[PointInfoLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_point_info(self, out)
        except EncodeError as x:
            raise x.of("PointInfo") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> PointInfo:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_point_info(data, 0, len(data))
        except DecodeError as x:
            raise x.of("PointInfo") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "PointInfo") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "PointInfo")
        return value


def _dec_point_info(b: BytesLike, o: int, e: int) -> tuple[PointInfo, int]:
    if e - o < 4:
        raise short("point", o, 4, e)
    f_point, f_kind, f_state = _S6.unpack_from(b, o)
    f_kind = _E_IO_KIND.get(f_kind, f_kind)
    o += 4
    if e - o < 1:
        raise short("name", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("name", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_name = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("name", start + x.start, "invalid ascii text") from None
    return PointInfo(f_point, f_kind, f_state, f_name), o


def _enc_point_info(v: PointInfo, out: bytearray) -> None:
    raw: object
    try:
        out += _S6.pack(v.point, v.kind, v.state)
    except (_struct.error, TypeError) as x:
        raise EncodeError("point, kind, state", str(x)) from None
    if not isinstance(v.name, str):
        raise EncodeError("name", f"needs str, got {type(v.name).__name__}")
    try:
        raw = v.name.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("name", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("name", f"{len(raw)} bytes, at most 255")
    out += _S9.pack(len(raw))
    out += raw


@dataclass(slots=True)
class NetworkConfig(Struct):
    """"""

    dhcp: bool = False

    ip: str = "0.0.0.0"

    mask: str = "0.0.0.0"

    gateway: str = "0.0.0.0"

    name: str = ""

    SPEC_ID: ClassVar[str] = "network_config"
    FIXED: ClassVar[FixedRun[NetworkConfigLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_network_config(self, out)
        except EncodeError as x:
            raise x.of("NetworkConfig") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> NetworkConfig:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_network_config(data, 0, len(data))
        except DecodeError as x:
            raise x.of("NetworkConfig") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "NetworkConfig") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "NetworkConfig")
        return value


def _dec_network_config(b: BytesLike, o: int, e: int) -> tuple[NetworkConfig, int]:
    if e - o < 13:
        raise short("dhcp", o, 13, e)
    f_dhcp, f_ip, f_mask, f_gateway = _S15.unpack_from(b, o)
    f_ip = ipv4_str(f_ip)
    f_mask = ipv4_str(f_mask)
    f_gateway = ipv4_str(f_gateway)
    o += 13
    if e - o < 1:
        raise short("name", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("name", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_name = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("name", start + x.start, "invalid ascii text") from None
    return NetworkConfig(f_dhcp, f_ip, f_mask, f_gateway, f_name), o


def _enc_network_config(v: NetworkConfig, out: bytearray) -> None:
    raw: object
    try:
        out += _S15.pack(
            v.dhcp,
            ipv4_bytes(v.ip, "ip"),
            ipv4_bytes(v.mask, "mask"),
            ipv4_bytes(v.gateway, "gateway"),
        )
    except (_struct.error, TypeError) as x:
        raise EncodeError("dhcp, ip, mask, gateway", str(x)) from None
    if not isinstance(v.name, str):
        raise EncodeError("name", f"needs str, got {type(v.name).__name__}")
    try:
        raw = v.name.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("name", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("name", f"{len(raw)} bytes, at most 255")
    out += _S9.pack(len(raw))
    out += raw


@dataclass(slots=True)
class ReportInfo(Struct):
    """"""

    report_id: int = 0

    mode: enums.ReportMode | int = enums.ReportMode.LOSSLESS

    state: enums.ReportInfoState = enums.ReportInfoState(0)

    rate_hz: float = 0.0

    datum_count: int = 0

    delivered: int = 0

    dropped: int = 0

    SPEC_ID: ClassVar[str] = "report_info"
    FIXED: ClassVar[FixedRun[ReportInfoLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_report_info(self, out)
        except EncodeError as x:
            raise x.of("ReportInfo") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ReportInfo:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_report_info(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ReportInfo") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ReportInfo") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ReportInfo")
        return value


def _dec_report_info(b: BytesLike, o: int, e: int) -> tuple[ReportInfo, int]:
    if e - o < 18:
        raise short("report_id", o, 18, e)
    f_report_id, f_mode, f_state, f_rate_hz, f_datum_count, f_delivered, f_dropped = (
        _S16.unpack_from(b, o)
    )
    f_mode = _E_REPORT_MODE.get(f_mode, f_mode)
    f_state = _F_REPORTINFOSTATE[f_state]
    o += 18
    return ReportInfo(
        f_report_id, f_mode, f_state, f_rate_hz, f_datum_count, f_delivered, f_dropped
    ), o


def _enc_report_info(v: ReportInfo, out: bytearray) -> None:
    try:
        out += _S16.pack(
            v.report_id, v.mode, v.state, v.rate_hz, v.datum_count, v.delivered, v.dropped
        )
    except (_struct.error, TypeError) as x:
        raise EncodeError(
            "report_id, mode, state, rate_hz, datum_count, delivered, dropped", str(x)
        ) from None


@dataclass(slots=True)
class RipEntry(Struct):
    """"""

    family: enums.RipFamily | int = enums.RipFamily.UNSPECIFIED

    body: RipAuth | RipRoute | None = None

    SPEC_ID: ClassVar[str] = "rip_entry"
    FIXED: ClassVar[FixedRun[RipEntryLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_rip_entry(self, out)
        except EncodeError as x:
            raise x.of("RipEntry") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> RipEntry:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_rip_entry(data, 0, len(data))
        except DecodeError as x:
            raise x.of("RipEntry") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "RipEntry") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "RipEntry")
        return value


def _dec_rip_entry(b: BytesLike, o: int, e: int) -> tuple[RipEntry, int]:
    if e - o < 2:
        raise short("family", o, 2, e)
    (f_family,) = _S8.unpack_from(b, o)
    d_family = f_family
    f_family = _E_RIP_FAMILY.get(f_family, f_family)
    o += 2
    f_body: RipAuth | RipRoute
    if d_family == 65535:
        try:
            f_body, o = _dec_rip_auth(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    else:
        try:
            f_body, o = _dec_rip_route(b, o, e)
        except DecodeError as x:
            raise x.within("body") from None
    return RipEntry(f_family, f_body), o


def _enc_rip_entry(v: RipEntry, out: bytearray) -> None:
    try:
        out += _S8.pack(v.family)
    except (_struct.error, TypeError) as x:
        raise EncodeError("family", str(x)) from None
    sw_family = v.family
    if sw_family == 65535:
        if not isinstance(v.body, RipAuth):
            raise EncodeError("body", f"needs RipAuth, got {type(v.body).__name__}")
        try:
            _enc_rip_auth(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None
    else:
        if not isinstance(v.body, RipRoute):
            raise EncodeError("body", f"needs RipRoute, got {type(v.body).__name__}")
        try:
            _enc_rip_route(v.body, out)
        except EncodeError as x:
            raise x.within("body") from None


@dataclass(slots=True)
class RipRoute(Struct):
    """"""

    route_tag: int = 0
    """RIPv2; zero in RIPv1."""

    address: str = "0.0.0.0"

    mask: str = "0.0.0.0"
    """RIPv2; zero in RIPv1 (classful)."""

    next_hop: str = "0.0.0.0"
    """RIPv2; zero means via the sender."""

    metric: int = 0
    """1-15, or 16 for unreachable."""

    SPEC_ID: ClassVar[str] = "rip_route"
    FIXED: ClassVar[FixedRun[RipRouteLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_rip_route(self, out)
        except EncodeError as x:
            raise x.of("RipRoute") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> RipRoute:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_rip_route(data, 0, len(data))
        except DecodeError as x:
            raise x.of("RipRoute") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "RipRoute") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "RipRoute")
        return value


def _dec_rip_route(b: BytesLike, o: int, e: int) -> tuple[RipRoute, int]:
    if e - o < 18:
        raise short("route_tag", o, 18, e)
    f_route_tag, f_address, f_mask, f_next_hop, f_metric = _S17.unpack_from(b, o)
    f_address = ipv4_str(f_address)
    f_mask = ipv4_str(f_mask)
    f_next_hop = ipv4_str(f_next_hop)
    o += 18
    return RipRoute(f_route_tag, f_address, f_mask, f_next_hop, f_metric), o


def _enc_rip_route(v: RipRoute, out: bytearray) -> None:
    try:
        out += _S17.pack(
            v.route_tag,
            ipv4_bytes(v.address, "address"),
            ipv4_bytes(v.mask, "mask"),
            ipv4_bytes(v.next_hop, "next_hop"),
            v.metric,
        )
    except (_struct.error, TypeError) as x:
        raise EncodeError("route_tag, address, mask, next_hop, metric", str(x)) from None


@dataclass(slots=True)
class RipAuth(Struct):
    """"""

    auth_type: int = 0
    """2 for simple password."""

    password: BytesLike = b""

    SPEC_ID: ClassVar[str] = "rip_auth"
    FIXED: ClassVar[FixedRun[RipAuthLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_rip_auth(self, out)
        except EncodeError as x:
            raise x.of("RipAuth") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> RipAuth:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_rip_auth(data, 0, len(data))
        except DecodeError as x:
            raise x.of("RipAuth") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "RipAuth") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "RipAuth")
        return value


def _dec_rip_auth(b: BytesLike, o: int, e: int) -> tuple[RipAuth, int]:
    if e - o < 2:
        raise short("auth_type", o, 2, e)
    (f_auth_type,) = _S8.unpack_from(b, o)
    o += 2
    if e - o < 16:
        raise short("password", o, 16, e)
    raw = b[o : o + 16]
    start = o
    o += 16
    f_password = raw
    return RipAuth(f_auth_type, f_password), o


def _enc_rip_auth(v: RipAuth, out: bytearray) -> None:
    raw: object
    try:
        out += _S8.pack(v.auth_type)
    except (_struct.error, TypeError) as x:
        raise EncodeError("auth_type", str(x)) from None
    raw = v.password
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise EncodeError("password", f"needs bytes, got {type(raw).__name__}")
    if len(raw) > 16:
        raise EncodeError("password", f"{len(raw)} bytes do not fit 16")
    out += raw
    out += bytes(16 - len(raw))


@dataclass(slots=True)
class JobEntry(Struct):
    """"""

    slot: int = 0

    flags: enums.JobEntryFlags = enums.JobEntryFlags(0)

    size: int = 0
    """Size of the .avp file in bytes."""

    name: str = ""

    SPEC_ID: ClassVar[str] = "job_entry"
    FIXED: ClassVar[FixedRun[JobEntryLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_job_entry(self, out)
        except EncodeError as x:
            raise x.of("JobEntry") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> JobEntry:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_job_entry(data, 0, len(data))
        except DecodeError as x:
            raise x.of("JobEntry") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "JobEntry") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "JobEntry")
        return value


def _dec_job_entry(b: BytesLike, o: int, e: int) -> tuple[JobEntry, int]:
    if e - o < 7:
        raise short("slot", o, 7, e)
    f_slot, f_flags, f_size = _S4.unpack_from(b, o)
    f_flags = _F_JOBENTRYFLAGS[f_flags]
    o += 7
    if e - o < 1:
        raise short("name", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("name", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_name = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("name", start + x.start, "invalid ascii text") from None
    return JobEntry(f_slot, f_flags, f_size, f_name), o


def _enc_job_entry(v: JobEntry, out: bytearray) -> None:
    raw: object
    try:
        out += _S4.pack(v.slot, v.flags, v.size)
    except (_struct.error, TypeError) as x:
        raise EncodeError("slot, flags, size", str(x)) from None
    if not isinstance(v.name, str):
        raise EncodeError("name", f"needs str, got {type(v.name).__name__}")
    try:
        raw = v.name.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("name", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("name", f"{len(raw)} bytes, at most 255")
    out += _S9.pack(len(raw))
    out += raw


class ImageDataLayout(NamedTuple):
    """Where ImageData's fixed-size leading fields sit, from the start of its encoding."""

    image_id: FixedField
    timestamp_us: FixedField
    width: FixedField
    height: FixedField
    pixel_format: FixedField
    data_length: FixedField


ImageData.FIXED = FixedRun(
    ">IQHHB3xI",
    ImageDataLayout(
        FixedField("image_id", 0, ">I"),
        FixedField("timestamp_us", 4, ">Q"),
        FixedField("width", 12, ">H"),
        FixedField("height", 14, ">H"),
        FixedField("pixel_format", 16, ">B"),
        FixedField("data_length", 20, ">I"),
    ),
)


class Point2dLayout(NamedTuple):
    """Where Point2d's fixed-size leading fields sit, from the start of its encoding."""

    x: FixedField
    y: FixedField


Point2d.FIXED = FixedRun(
    ">ff",
    Point2dLayout(
        FixedField("x", 0, ">f"),
        FixedField("y", 4, ">f"),
    ),
)


class DatumValueLayout(NamedTuple):
    """Where DatumValue's fixed-size leading fields sit, from the start of its encoding."""

    datum_id: FixedField
    type: FixedField


DatumValue.FIXED = FixedRun(
    ">HB",
    DatumValueLayout(
        FixedField("datum_id", 0, ">H"),
        FixedField("type", 2, ">B"),
    ),
)


class DatumDescLayout(NamedTuple):
    """Where DatumDesc's fixed-size leading fields sit, from the start of its encoding."""

    datum_id: FixedField
    type: FixedField


DatumDesc.FIXED = FixedRun(
    ">HB",
    DatumDescLayout(
        FixedField("datum_id", 0, ">H"),
        FixedField("type", 2, ">B"),
    ),
)


class SessionProofLayout(NamedTuple):
    """Where SessionProof's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField
    counter: FixedField
    mac: FixedField


SessionProof.FIXED = FixedRun(
    ">II16s",
    SessionProofLayout(
        FixedField("session", 0, ">I"),
        FixedField("counter", 4, ">I"),
        FixedField("mac", 8, ">16s"),
    ),
)


class RecordLayout(NamedTuple):
    """Where Record's fixed-size leading fields sit, from the start of its encoding."""

    inspection: FixedField
    timestamp_us: FixedField
    flags: FixedField


Record.FIXED = FixedRun(
    ">IQB",
    RecordLayout(
        FixedField("inspection", 0, ">I"),
        FixedField("timestamp_us", 4, ">Q"),
        FixedField("flags", 12, ">B"),
    ),
)


class DhcpOptionLayout(NamedTuple):
    """Where DhcpOption's fixed-size leading fields sit, from the start of its encoding."""

    code: FixedField


DhcpOption.FIXED = FixedRun(
    ">B",
    DhcpOptionLayout(
        FixedField("code", 0, ">B"),
    ),
)


class DhcpOptMessageTypeLayout(NamedTuple):
    """Where DhcpOptMessageType's fixed-size leading fields sit, from the start of its encoding."""

    length: FixedField
    message_type: FixedField


DhcpOptMessageType.FIXED = FixedRun(
    ">BB",
    DhcpOptMessageTypeLayout(
        FixedField("length", 0, ">B"),
        FixedField("message_type", 1, ">B"),
    ),
)


class DhcpOptIpv4Layout(NamedTuple):
    """Where DhcpOptIpv4's fixed-size leading fields sit, from the start of its encoding."""

    length: FixedField
    address: FixedField


DhcpOptIpv4.FIXED = FixedRun(
    ">B4s",
    DhcpOptIpv4Layout(
        FixedField("length", 0, ">B"),
        FixedField("address", 1, ">4s"),
    ),
)


class DhcpOptIpv4ListLayout(NamedTuple):
    """Where DhcpOptIpv4List's fixed-size leading fields sit, from the start of its encoding."""

    length: FixedField


DhcpOptIpv4List.FIXED = FixedRun(
    ">B",
    DhcpOptIpv4ListLayout(
        FixedField("length", 0, ">B"),
    ),
)


class DhcpOptU32Layout(NamedTuple):
    """Where DhcpOptU32's fixed-size leading fields sit, from the start of its encoding."""

    length: FixedField
    seconds: FixedField


DhcpOptU32.FIXED = FixedRun(
    ">BI",
    DhcpOptU32Layout(
        FixedField("length", 0, ">B"),
        FixedField("seconds", 1, ">I"),
    ),
)


class DhcpOptTextLayout(NamedTuple):
    """Where DhcpOptText's fixed-size leading fields sit, from the start of its encoding."""

    length: FixedField


DhcpOptText.FIXED = FixedRun(
    ">B",
    DhcpOptTextLayout(
        FixedField("length", 0, ">B"),
    ),
)


class DhcpOptRawLayout(NamedTuple):
    """Where DhcpOptRaw's fixed-size leading fields sit, from the start of its encoding."""

    length: FixedField


DhcpOptRaw.FIXED = FixedRun(
    ">B",
    DhcpOptRawLayout(
        FixedField("length", 0, ">B"),
    ),
)


class PointInfoLayout(NamedTuple):
    """Where PointInfo's fixed-size leading fields sit, from the start of its encoding."""

    point: FixedField
    kind: FixedField
    state: FixedField


PointInfo.FIXED = FixedRun(
    ">HB?",
    PointInfoLayout(
        FixedField("point", 0, ">H"),
        FixedField("kind", 2, ">B"),
        FixedField("state", 3, ">?"),
    ),
)


class NetworkConfigLayout(NamedTuple):
    """Where NetworkConfig's fixed-size leading fields sit, from the start of its encoding."""

    dhcp: FixedField
    ip: FixedField
    mask: FixedField
    gateway: FixedField


NetworkConfig.FIXED = FixedRun(
    ">?4s4s4s",
    NetworkConfigLayout(
        FixedField("dhcp", 0, ">?"),
        FixedField("ip", 1, ">4s"),
        FixedField("mask", 5, ">4s"),
        FixedField("gateway", 9, ">4s"),
    ),
)


class ReportInfoLayout(NamedTuple):
    """Where ReportInfo's fixed-size leading fields sit, from the start of its encoding."""

    report_id: FixedField
    mode: FixedField
    state: FixedField
    rate_hz: FixedField
    datum_count: FixedField
    delivered: FixedField
    dropped: FixedField


ReportInfo.FIXED = FixedRun(
    ">HBBfHII",
    ReportInfoLayout(
        FixedField("report_id", 0, ">H"),
        FixedField("mode", 2, ">B"),
        FixedField("state", 3, ">B"),
        FixedField("rate_hz", 4, ">f"),
        FixedField("datum_count", 8, ">H"),
        FixedField("delivered", 10, ">I"),
        FixedField("dropped", 14, ">I"),
    ),
)


class RipEntryLayout(NamedTuple):
    """Where RipEntry's fixed-size leading fields sit, from the start of its encoding."""

    family: FixedField


RipEntry.FIXED = FixedRun(
    ">H",
    RipEntryLayout(
        FixedField("family", 0, ">H"),
    ),
)


class RipRouteLayout(NamedTuple):
    """Where RipRoute's fixed-size leading fields sit, from the start of its encoding."""

    route_tag: FixedField
    address: FixedField
    mask: FixedField
    next_hop: FixedField
    metric: FixedField


RipRoute.FIXED = FixedRun(
    ">H4s4s4sI",
    RipRouteLayout(
        FixedField("route_tag", 0, ">H"),
        FixedField("address", 2, ">4s"),
        FixedField("mask", 6, ">4s"),
        FixedField("next_hop", 10, ">4s"),
        FixedField("metric", 14, ">I"),
    ),
)


class RipAuthLayout(NamedTuple):
    """Where RipAuth's fixed-size leading fields sit, from the start of its encoding."""

    auth_type: FixedField
    password: FixedField


RipAuth.FIXED = FixedRun(
    ">H16s",
    RipAuthLayout(
        FixedField("auth_type", 0, ">H"),
        FixedField("password", 2, ">16s"),
    ),
)


class JobEntryLayout(NamedTuple):
    """Where JobEntry's fixed-size leading fields sit, from the start of its encoding."""

    slot: FixedField
    flags: FixedField
    size: FixedField


JobEntry.FIXED = FixedRun(
    ">HBI",
    JobEntryLayout(
        FixedField("slot", 0, ">H"),
        FixedField("flags", 2, ">B"),
        FixedField("size", 3, ">I"),
    ),
)
