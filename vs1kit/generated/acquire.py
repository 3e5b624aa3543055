# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Pic and Live Acquire Port: TCP 49050.

Seed: Takes pictures and goes to Live Video.
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
    "TakePicture",
    "Picture",
    "StartLive",
    "LiveStarted",
    "StopLive",
    "LiveStopped",
    "LiveFrame",
    "MESSAGES",
    "BY_CODE",
]

_S0 = _struct.Struct(">B")
_S1 = _struct.Struct(">HB")
_S2 = _struct.Struct(">HHB")
_S3 = _struct.Struct(">II")
_S4 = _struct.Struct(">I")
_E_PIXEL_FORMAT = enums.PIXEL_FORMAT_VALUES


@dataclass(slots=True)
class TakePicture(Message):
    """"""

    pixel_format: enums.PixelFormat | int = enums.PixelFormat.MONO8

    SPEC_ID: ClassVar[str] = "take_picture"
    PORT: ClassVar[str] = "acquire"
    CODE: ClassVar[int | None] = 0x0201
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[TakePictureLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_take_picture(self, out)
        except EncodeError as x:
            raise x.of("TakePicture") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> TakePicture:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_take_picture(data, 0, len(data))
        except DecodeError as x:
            raise x.of("TakePicture") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "TakePicture") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "TakePicture")
        return value


def _dec_take_picture(b: BytesLike, o: int, e: int) -> tuple[TakePicture, int]:
    if e - o < 1:
        raise short("pixel_format", o, 1, e)
    f_pixel_format = b[o]
    f_pixel_format = _E_PIXEL_FORMAT.get(f_pixel_format, f_pixel_format)
    o += 1
    return TakePicture(f_pixel_format), o


def _enc_take_picture(v: TakePicture, out: bytearray) -> None:
    try:
        out += _S0.pack(v.pixel_format)
    except (_struct.error, TypeError) as x:
        raise EncodeError("pixel_format", str(x)) from None


@dataclass(slots=True)
class Picture(Message):
    """"""

    image: types.ImageData = field(default_factory=types.ImageData)

    SPEC_ID: ClassVar[str] = "picture"
    PORT: ClassVar[str] = "acquire"
    CODE: ClassVar[int | None] = 0x8201
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[PictureLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_picture(self, out)
        except EncodeError as x:
            raise x.of("Picture") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Picture:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_picture(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Picture") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Picture") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Picture")
        return value


def _dec_picture(b: BytesLike, o: int, e: int) -> tuple[Picture, int]:
    try:
        f_image, o = types._dec_image_data(b, o, e)
    except DecodeError as x:
        raise x.within("image") from None
    return Picture(f_image), o


def _enc_picture(v: Picture, out: bytearray) -> None:
    if not isinstance(v.image, types.ImageData):
        raise EncodeError("image", f"needs ImageData, got {type(v.image).__name__}")
    try:
        types._enc_image_data(v.image, out)
    except EncodeError as x:
        raise x.within("image") from None


@dataclass(slots=True)
class StartLive(Message):
    """"""

    max_fps: int = 0
    """0 means as fast as the camera can."""

    pixel_format: enums.PixelFormat | int = enums.PixelFormat.MONO8

    SPEC_ID: ClassVar[str] = "start_live"
    PORT: ClassVar[str] = "acquire"
    CODE: ClassVar[int | None] = 0x0202
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[StartLiveLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_start_live(self, out)
        except EncodeError as x:
            raise x.of("StartLive") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> StartLive:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_start_live(data, 0, len(data))
        except DecodeError as x:
            raise x.of("StartLive") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "StartLive") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "StartLive")
        return value


def _dec_start_live(b: BytesLike, o: int, e: int) -> tuple[StartLive, int]:
    if e - o < 3:
        raise short("max_fps", o, 3, e)
    f_max_fps, f_pixel_format = _S1.unpack_from(b, o)
    f_pixel_format = _E_PIXEL_FORMAT.get(f_pixel_format, f_pixel_format)
    o += 3
    return StartLive(f_max_fps, f_pixel_format), o


def _enc_start_live(v: StartLive, out: bytearray) -> None:
    try:
        out += _S1.pack(v.max_fps, v.pixel_format)
    except (_struct.error, TypeError) as x:
        raise EncodeError("max_fps, pixel_format", str(x)) from None


@dataclass(slots=True)
class LiveStarted(Message):
    """"""

    width: int = 0

    height: int = 0

    pixel_format: enums.PixelFormat | int = enums.PixelFormat.MONO8

    SPEC_ID: ClassVar[str] = "live_started"
    PORT: ClassVar[str] = "acquire"
    CODE: ClassVar[int | None] = 0x8202
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[LiveStartedLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_live_started(self, out)
        except EncodeError as x:
            raise x.of("LiveStarted") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> LiveStarted:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_live_started(data, 0, len(data))
        except DecodeError as x:
            raise x.of("LiveStarted") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "LiveStarted") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "LiveStarted")
        return value


def _dec_live_started(b: BytesLike, o: int, e: int) -> tuple[LiveStarted, int]:
    if e - o < 5:
        raise short("width", o, 5, e)
    f_width, f_height, f_pixel_format = _S2.unpack_from(b, o)
    f_pixel_format = _E_PIXEL_FORMAT.get(f_pixel_format, f_pixel_format)
    o += 5
    return LiveStarted(f_width, f_height, f_pixel_format), o


def _enc_live_started(v: LiveStarted, out: bytearray) -> None:
    try:
        out += _S2.pack(v.width, v.height, v.pixel_format)
    except (_struct.error, TypeError) as x:
        raise EncodeError("width, height, pixel_format", str(x)) from None


@dataclass(slots=True)
class StopLive(Message):
    """"""

    SPEC_ID: ClassVar[str] = "stop_live"
    PORT: ClassVar[str] = "acquire"
    CODE: ClassVar[int | None] = 0x0203
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[StopLiveLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_stop_live(self, out)
        except EncodeError as x:
            raise x.of("StopLive") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> StopLive:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_stop_live(data, 0, len(data))
        except DecodeError as x:
            raise x.of("StopLive") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "StopLive") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "StopLive")
        return value


def _dec_stop_live(b: BytesLike, o: int, e: int) -> tuple[StopLive, int]:
    return StopLive(), o


def _enc_stop_live(v: StopLive, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class LiveStopped(Message):
    """"""

    frames_sent: int = 0

    frames_skipped: int = 0
    """Frames the camera skipped because the client was busy."""

    SPEC_ID: ClassVar[str] = "live_stopped"
    PORT: ClassVar[str] = "acquire"
    CODE: ClassVar[int | None] = 0x8203
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[LiveStoppedLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_live_stopped(self, out)
        except EncodeError as x:
            raise x.of("LiveStopped") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> LiveStopped:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_live_stopped(data, 0, len(data))
        except DecodeError as x:
            raise x.of("LiveStopped") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "LiveStopped") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "LiveStopped")
        return value


def _dec_live_stopped(b: BytesLike, o: int, e: int) -> tuple[LiveStopped, int]:
    if e - o < 8:
        raise short("frames_sent", o, 8, e)
    f_frames_sent, f_frames_skipped = _S3.unpack_from(b, o)
    o += 8
    return LiveStopped(f_frames_sent, f_frames_skipped), o


def _enc_live_stopped(v: LiveStopped, out: bytearray) -> None:
    try:
        out += _S3.pack(v.frames_sent, v.frames_skipped)
    except (_struct.error, TypeError) as x:
        raise EncodeError("frames_sent, frames_skipped", str(x)) from None


@dataclass(slots=True)
class LiveFrame(Message):
    """"""

    frame: int = 0
    """Live frame counter since start_live."""

    image: types.ImageData = field(default_factory=types.ImageData)

    SPEC_ID: ClassVar[str] = "live_frame"
    PORT: ClassVar[str] = "acquire"
    CODE: ClassVar[int | None] = 0x4201
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x02
    FIXED: ClassVar[FixedRun[LiveFrameLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_live_frame(self, out)
        except EncodeError as x:
            raise x.of("LiveFrame") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> LiveFrame:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_live_frame(data, 0, len(data))
        except DecodeError as x:
            raise x.of("LiveFrame") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "LiveFrame") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "LiveFrame")
        return value


def _dec_live_frame(b: BytesLike, o: int, e: int) -> tuple[LiveFrame, int]:
    if e - o < 4:
        raise short("frame", o, 4, e)
    (f_frame,) = _S4.unpack_from(b, o)
    o += 4
    try:
        f_image, o = types._dec_image_data(b, o, e)
    except DecodeError as x:
        raise x.within("image") from None
    return LiveFrame(f_frame, f_image), o


def _enc_live_frame(v: LiveFrame, out: bytearray) -> None:
    try:
        out += _S4.pack(v.frame)
    except (_struct.error, TypeError) as x:
        raise EncodeError("frame", str(x)) from None
    if not isinstance(v.image, types.ImageData):
        raise EncodeError("image", f"needs ImageData, got {type(v.image).__name__}")
    try:
        types._enc_image_data(v.image, out)
    except EncodeError as x:
        raise x.within("image") from None


TakePicture.RESPONSE = Picture
StartLive.RESPONSE = LiveStarted
StopLive.RESPONSE = LiveStopped

MESSAGES: tuple[type[Message], ...] = (
    TakePicture,
    Picture,
    StartLive,
    LiveStarted,
    StopLive,
    LiveStopped,
    LiveFrame,
    frames.ErrorReply,
    frames.BindSession,
    frames.BindAck,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class TakePictureLayout(NamedTuple):
    """Where TakePicture's fixed-size leading fields sit, from the start of its encoding."""

    pixel_format: FixedField


TakePicture.FIXED = FixedRun(
    ">B",
    TakePictureLayout(
        FixedField("pixel_format", 0, ">B"),
    ),
)


class PictureLayout(NamedTuple):
    """Where Picture's fixed-size leading fields sit, from the start of its encoding."""

    image_image_id: FixedField
    image_timestamp_us: FixedField
    image_width: FixedField
    image_height: FixedField
    image_pixel_format: FixedField
    image_data_length: FixedField


Picture.FIXED = FixedRun(
    ">IQHHB3xI",
    PictureLayout(
        FixedField("image.image_id", 0, ">I"),
        FixedField("image.timestamp_us", 4, ">Q"),
        FixedField("image.width", 12, ">H"),
        FixedField("image.height", 14, ">H"),
        FixedField("image.pixel_format", 16, ">B"),
        FixedField("image.data_length", 20, ">I"),
    ),
)


class StartLiveLayout(NamedTuple):
    """Where StartLive's fixed-size leading fields sit, from the start of its encoding."""

    max_fps: FixedField
    pixel_format: FixedField


StartLive.FIXED = FixedRun(
    ">HB",
    StartLiveLayout(
        FixedField("max_fps", 0, ">H"),
        FixedField("pixel_format", 2, ">B"),
    ),
)


class LiveStartedLayout(NamedTuple):
    """Where LiveStarted's fixed-size leading fields sit, from the start of its encoding."""

    width: FixedField
    height: FixedField
    pixel_format: FixedField


LiveStarted.FIXED = FixedRun(
    ">HHB",
    LiveStartedLayout(
        FixedField("width", 0, ">H"),
        FixedField("height", 2, ">H"),
        FixedField("pixel_format", 4, ">B"),
    ),
)


class StopLiveLayout(NamedTuple):
    """Where StopLive's fixed-size leading fields sit, from the start of its encoding."""


StopLive.FIXED = FixedRun(">", StopLiveLayout())


class LiveStoppedLayout(NamedTuple):
    """Where LiveStopped's fixed-size leading fields sit, from the start of its encoding."""

    frames_sent: FixedField
    frames_skipped: FixedField


LiveStopped.FIXED = FixedRun(
    ">II",
    LiveStoppedLayout(
        FixedField("frames_sent", 0, ">I"),
        FixedField("frames_skipped", 4, ">I"),
    ),
)


class LiveFrameLayout(NamedTuple):
    """Where LiveFrame's fixed-size leading fields sit, from the start of its encoding."""

    frame: FixedField
    image_image_id: FixedField
    image_timestamp_us: FixedField
    image_width: FixedField
    image_height: FixedField
    image_pixel_format: FixedField
    image_data_length: FixedField


LiveFrame.FIXED = FixedRun(
    ">IIQHHB3xI",
    LiveFrameLayout(
        FixedField("frame", 0, ">I"),
        FixedField("image.image_id", 4, ">I"),
        FixedField("image.timestamp_us", 8, ">Q"),
        FixedField("image.width", 16, ">H"),
        FixedField("image.height", 18, ">H"),
        FixedField("image.pixel_format", 20, ">B"),
        FixedField("image.data_length", 24, ">I"),
    ),
)
