# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""IO Service Port: TCP 49049.

Seed: Controls IO on the camera, i.e., Physical and Virtual IO and receives IO change
      notification events back to the client.
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
    "ListPoints",
    "PointList",
    "ReadPoints",
    "PointStates",
    "WritePoint",
    "WriteAck",
    "Subscribe",
    "SubscribeAck",
    "IoChanged",
    "MESSAGES",
    "BY_CODE",
]

_S0 = _struct.Struct(">H")
_S1 = _struct.Struct(">HB?")
_S2 = _struct.Struct(">HH")
_S3 = _struct.Struct(">H?H")
_S4 = _struct.Struct(">H?")
_S5 = _struct.Struct(">B")
_S6 = _struct.Struct(">HB?Q")
_E_IO_KIND = enums.IO_KIND_VALUES
_F_SUBSCRIBEACKKINDS = tuple(enums.SubscribeAckKinds(v) for v in range(256))
_F_SUBSCRIBEKINDS = tuple(enums.SubscribeKinds(v) for v in range(256))


@dataclass(slots=True)
class ListPoints(Message):
    """List every IO point with its kind, state and name."""

    SPEC_ID: ClassVar[str] = "list_points"
    PORT: ClassVar[str] = "io"
    CODE: ClassVar[int | None] = 0x0101
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[ListPointsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_list_points(self, out)
        except EncodeError as x:
            raise x.of("ListPoints") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ListPoints:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_list_points(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ListPoints") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ListPoints") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ListPoints")
        return value


def _dec_list_points(b: BytesLike, o: int, e: int) -> tuple[ListPoints, int]:
    return ListPoints(), o


def _enc_list_points(v: ListPoints, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class PointList(Message):
    """"""

    points: list[types.PointInfo] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "point_list"
    PORT: ClassVar[str] = "io"
    CODE: ClassVar[int | None] = 0x8101
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[PointListLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_point_list(self, out)
        except EncodeError as x:
            raise x.of("PointList") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> PointList:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_point_list(data, 0, len(data))
        except DecodeError as x:
            raise x.of("PointList") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "PointList") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "PointList")
        return value


def _dec_point_list(b: BytesLike, o: int, e: int) -> tuple[PointList, int]:
    if e - o < 2:
        raise short("points", o, 2, e)
    n = _S0.unpack_from(b, o)[0]
    o += 2
    if n > 1024:
        raise DecodeError("points", o, f"count {n} exceeds the maximum 1024")
    if n * 5 > e - o:
        raise DecodeError("points", o, f"count {n} needs at least {n * 5} bytes, {e - o} left")
    f_points: list[types.PointInfo] = []
    for _ in range(n):
        try:
            if e - o < 4:
                raise short("point", o, 4, e)
            f_point, f_kind, f_state = _S1.unpack_from(b, o)
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
            it_points = types.PointInfo(f_point, f_kind, f_state, f_name)
        except DecodeError as x:
            raise x.within(f"points[{len(f_points)}]") from None
        f_points.append(it_points)
    return PointList(f_points), o


def _enc_point_list(v: PointList, out: bytearray) -> None:
    items_points = v.points
    if len(items_points) > 1024:
        raise EncodeError("points", f"{len(items_points)} elements, at most 1024")
    out += _S0.pack(len(items_points))
    for k, it_points in enumerate(items_points):
        if not isinstance(it_points, types.PointInfo):
            raise EncodeError(f"points[{k}]", f"needs PointInfo, got {type(it_points).__name__}")
        try:
            types._enc_point_info(it_points, out)
        except EncodeError as x:
            raise x.within(f"points[{k}]") from None


@dataclass(slots=True)
class ReadPoints(Message):
    """Read the state of a contiguous range of points."""

    first: int = 0

    count: int = 0

    SPEC_ID: ClassVar[str] = "read_points"
    PORT: ClassVar[str] = "io"
    CODE: ClassVar[int | None] = 0x0102
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[ReadPointsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_read_points(self, out)
        except EncodeError as x:
            raise x.of("ReadPoints") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ReadPoints:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_read_points(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ReadPoints") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ReadPoints") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ReadPoints")
        return value


def _dec_read_points(b: BytesLike, o: int, e: int) -> tuple[ReadPoints, int]:
    if e - o < 4:
        raise short("first", o, 4, e)
    f_first, f_count = _S2.unpack_from(b, o)
    o += 4
    return ReadPoints(f_first, f_count), o


def _enc_read_points(v: ReadPoints, out: bytearray) -> None:
    try:
        out += _S2.pack(v.first, v.count)
    except (_struct.error, TypeError) as x:
        raise EncodeError("first, count", str(x)) from None


@dataclass(slots=True)
class PointStates(Message):
    """"""

    first: int = 0

    states: list[bool] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "point_states"
    PORT: ClassVar[str] = "io"
    CODE: ClassVar[int | None] = 0x8102
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[PointStatesLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_point_states(self, out)
        except EncodeError as x:
            raise x.of("PointStates") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> PointStates:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_point_states(data, 0, len(data))
        except DecodeError as x:
            raise x.of("PointStates") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "PointStates") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "PointStates")
        return value


def _dec_point_states(b: BytesLike, o: int, e: int) -> tuple[PointStates, int]:
    if e - o < 2:
        raise short("first", o, 2, e)
    (f_first,) = _S0.unpack_from(b, o)
    o += 2
    if e - o < 2:
        raise short("states", o, 2, e)
    n = _S0.unpack_from(b, o)[0]
    o += 2
    if n > 1024:
        raise DecodeError("states", o, f"count {n} exceeds the maximum 1024")
    if n * 1 > e - o:
        raise DecodeError("states", o, f"count {n} needs at least {n * 1} bytes, {e - o} left")
    f_states = list(_struct.unpack_from(f">{n}?", b, o))
    o += n * 1
    return PointStates(f_first, f_states), o


def _enc_point_states(v: PointStates, out: bytearray) -> None:
    try:
        out += _S0.pack(v.first)
    except (_struct.error, TypeError) as x:
        raise EncodeError("first", str(x)) from None
    items_states = v.states
    if len(items_states) > 1024:
        raise EncodeError("states", f"{len(items_states)} elements, at most 1024")
    out += _S0.pack(len(items_states))
    try:
        out += _struct.pack(f">{len(items_states)}?", *items_states)
    except (_struct.error, TypeError) as x:
        raise EncodeError("states", str(x)) from None


@dataclass(slots=True)
class WritePoint(Message):
    """Set an output or virtual point; pulse_ms > 0 sets it back after that time."""

    point: int = 0

    state: bool = False

    pulse_ms: int = 0

    SPEC_ID: ClassVar[str] = "write_point"
    PORT: ClassVar[str] = "io"
    CODE: ClassVar[int | None] = 0x0103
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[WritePointLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_write_point(self, out)
        except EncodeError as x:
            raise x.of("WritePoint") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> WritePoint:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_write_point(data, 0, len(data))
        except DecodeError as x:
            raise x.of("WritePoint") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "WritePoint") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "WritePoint")
        return value


def _dec_write_point(b: BytesLike, o: int, e: int) -> tuple[WritePoint, int]:
    if e - o < 5:
        raise short("point", o, 5, e)
    f_point, f_state, f_pulse_ms = _S3.unpack_from(b, o)
    o += 5
    return WritePoint(f_point, f_state, f_pulse_ms), o


def _enc_write_point(v: WritePoint, out: bytearray) -> None:
    try:
        out += _S3.pack(v.point, v.state, v.pulse_ms)
    except (_struct.error, TypeError) as x:
        raise EncodeError("point, state, pulse_ms", str(x)) from None


@dataclass(slots=True)
class WriteAck(Message):
    """"""

    point: int = 0

    state: bool = False

    SPEC_ID: ClassVar[str] = "write_ack"
    PORT: ClassVar[str] = "io"
    CODE: ClassVar[int | None] = 0x8103
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[WriteAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_write_ack(self, out)
        except EncodeError as x:
            raise x.of("WriteAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> WriteAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_write_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("WriteAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "WriteAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "WriteAck")
        return value


def _dec_write_ack(b: BytesLike, o: int, e: int) -> tuple[WriteAck, int]:
    if e - o < 3:
        raise short("point", o, 3, e)
    f_point, f_state = _S4.unpack_from(b, o)
    o += 3
    return WriteAck(f_point, f_state), o


def _enc_write_ack(v: WriteAck, out: bytearray) -> None:
    try:
        out += _S4.pack(v.point, v.state)
    except (_struct.error, TypeError) as x:
        raise EncodeError("point, state", str(x)) from None


@dataclass(slots=True)
class Subscribe(Message):
    """Ask for io_changed events for the selected kinds of points."""

    kinds: enums.SubscribeKinds = enums.SubscribeKinds(0)

    SPEC_ID: ClassVar[str] = "subscribe"
    PORT: ClassVar[str] = "io"
    CODE: ClassVar[int | None] = 0x0104
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[SubscribeLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_subscribe(self, out)
        except EncodeError as x:
            raise x.of("Subscribe") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Subscribe:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_subscribe(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Subscribe") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Subscribe") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Subscribe")
        return value


def _dec_subscribe(b: BytesLike, o: int, e: int) -> tuple[Subscribe, int]:
    if e - o < 1:
        raise short("kinds", o, 1, e)
    f_kinds = b[o]
    f_kinds = _F_SUBSCRIBEKINDS[f_kinds]
    o += 1
    return Subscribe(f_kinds), o


def _enc_subscribe(v: Subscribe, out: bytearray) -> None:
    try:
        out += _S5.pack(v.kinds)
    except (_struct.error, TypeError) as x:
        raise EncodeError("kinds", str(x)) from None


@dataclass(slots=True)
class SubscribeAck(Message):
    """"""

    kinds: enums.SubscribeAckKinds = enums.SubscribeAckKinds(0)

    SPEC_ID: ClassVar[str] = "subscribe_ack"
    PORT: ClassVar[str] = "io"
    CODE: ClassVar[int | None] = 0x8104
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[SubscribeAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_subscribe_ack(self, out)
        except EncodeError as x:
            raise x.of("SubscribeAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> SubscribeAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_subscribe_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("SubscribeAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "SubscribeAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "SubscribeAck")
        return value


def _dec_subscribe_ack(b: BytesLike, o: int, e: int) -> tuple[SubscribeAck, int]:
    if e - o < 1:
        raise short("kinds", o, 1, e)
    f_kinds = b[o]
    f_kinds = _F_SUBSCRIBEACKKINDS[f_kinds]
    o += 1
    return SubscribeAck(f_kinds), o


def _enc_subscribe_ack(v: SubscribeAck, out: bytearray) -> None:
    try:
        out += _S5.pack(v.kinds)
    except (_struct.error, TypeError) as x:
        raise EncodeError("kinds", str(x)) from None


@dataclass(slots=True)
class IoChanged(Message):
    """A point changed state."""

    point: int = 0

    kind: enums.IoKind | int = enums.IoKind.PHYSICAL_INPUT

    state: bool = False

    timestamp_us: int = 0

    SPEC_ID: ClassVar[str] = "io_changed"
    PORT: ClassVar[str] = "io"
    CODE: ClassVar[int | None] = 0x4101
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x02
    FIXED: ClassVar[FixedRun[IoChangedLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_io_changed(self, out)
        except EncodeError as x:
            raise x.of("IoChanged") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> IoChanged:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_io_changed(data, 0, len(data))
        except DecodeError as x:
            raise x.of("IoChanged") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "IoChanged") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "IoChanged")
        return value


def _dec_io_changed(b: BytesLike, o: int, e: int) -> tuple[IoChanged, int]:
    if e - o < 12:
        raise short("point", o, 12, e)
    f_point, f_kind, f_state, f_timestamp_us = _S6.unpack_from(b, o)
    f_kind = _E_IO_KIND.get(f_kind, f_kind)
    o += 12
    return IoChanged(f_point, f_kind, f_state, f_timestamp_us), o


def _enc_io_changed(v: IoChanged, out: bytearray) -> None:
    try:
        out += _S6.pack(v.point, v.kind, v.state, v.timestamp_us)
    except (_struct.error, TypeError) as x:
        raise EncodeError("point, kind, state, timestamp_us", str(x)) from None


ListPoints.RESPONSE = PointList
ReadPoints.RESPONSE = PointStates
WritePoint.RESPONSE = WriteAck
Subscribe.RESPONSE = SubscribeAck

MESSAGES: tuple[type[Message], ...] = (
    ListPoints,
    PointList,
    ReadPoints,
    PointStates,
    WritePoint,
    WriteAck,
    Subscribe,
    SubscribeAck,
    IoChanged,
    frames.ErrorReply,
    frames.BindSession,
    frames.BindAck,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class ListPointsLayout(NamedTuple):
    """Where ListPoints's fixed-size leading fields sit, from the start of its encoding."""


ListPoints.FIXED = FixedRun(">", ListPointsLayout())


class PointListLayout(NamedTuple):
    """Where PointList's fixed-size leading fields sit, from the start of its encoding."""


PointList.FIXED = FixedRun(">", PointListLayout())


class ReadPointsLayout(NamedTuple):
    """Where ReadPoints's fixed-size leading fields sit, from the start of its encoding."""

    first: FixedField
    count_: FixedField


ReadPoints.FIXED = FixedRun(
    ">HH",
    ReadPointsLayout(
        FixedField("first", 0, ">H"),
        FixedField("count", 2, ">H"),
    ),
)


class PointStatesLayout(NamedTuple):
    """Where PointStates's fixed-size leading fields sit, from the start of its encoding."""

    first: FixedField


PointStates.FIXED = FixedRun(
    ">H",
    PointStatesLayout(
        FixedField("first", 0, ">H"),
    ),
)


class WritePointLayout(NamedTuple):
    """Where WritePoint's fixed-size leading fields sit, from the start of its encoding."""

    point: FixedField
    state: FixedField
    pulse_ms: FixedField


WritePoint.FIXED = FixedRun(
    ">H?H",
    WritePointLayout(
        FixedField("point", 0, ">H"),
        FixedField("state", 2, ">?"),
        FixedField("pulse_ms", 3, ">H"),
    ),
)


class WriteAckLayout(NamedTuple):
    """Where WriteAck's fixed-size leading fields sit, from the start of its encoding."""

    point: FixedField
    state: FixedField


WriteAck.FIXED = FixedRun(
    ">H?",
    WriteAckLayout(
        FixedField("point", 0, ">H"),
        FixedField("state", 2, ">?"),
    ),
)


class SubscribeLayout(NamedTuple):
    """Where Subscribe's fixed-size leading fields sit, from the start of its encoding."""

    kinds: FixedField


Subscribe.FIXED = FixedRun(
    ">B",
    SubscribeLayout(
        FixedField("kinds", 0, ">B"),
    ),
)


class SubscribeAckLayout(NamedTuple):
    """Where SubscribeAck's fixed-size leading fields sit, from the start of its encoding."""

    kinds: FixedField


SubscribeAck.FIXED = FixedRun(
    ">B",
    SubscribeAckLayout(
        FixedField("kinds", 0, ">B"),
    ),
)


class IoChangedLayout(NamedTuple):
    """Where IoChanged's fixed-size leading fields sit, from the start of its encoding."""

    point: FixedField
    kind: FixedField
    state: FixedField
    timestamp_us: FixedField


IoChanged.FIXED = FixedRun(
    ">HB?Q",
    IoChangedLayout(
        FixedField("point", 0, ">H"),
        FixedField("kind", 2, ">B"),
        FixedField("state", 3, ">?"),
        FixedField("timestamp_us", 4, ">Q"),
    ),
)
