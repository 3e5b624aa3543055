"""Runtime support for the generated codecs: errors and small value conversions.

The generated code (``vs1kit.generated``) is straight-line and calls only what is here, so a
decoder never raises anything but :class:`DecodeError` on bad input.
"""

from __future__ import annotations

import dataclasses
import enum
import ipaddress
import struct
from typing import Any, ClassVar, Generic, TypeVar

BytesLike = bytes | bytearray | memoryview


class Vs1Error(Exception):
    """Base of every error vs1kit raises on purpose."""


class DecodeError(Vs1Error):
    """Bytes that do not match the spec.

    ``message`` is the message or type being decoded, ``path`` the field path inside it
    (``record.datums[3].value``) and ``offset`` the byte offset in the decoded buffer where the
    problem was found.
    """

    def __init__(self, path: str, offset: int, reason: str, message: str = "") -> None:
        self.path = path
        self.offset = offset
        self.reason = reason
        self.message = message
        super().__init__()

    def within(self, parent: str) -> DecodeError:
        """Prefix the path with the enclosing field (used as the error travels outwards)."""
        self.path = f"{parent}.{self.path}" if self.path and not self.path.startswith("[") else f"{parent}{self.path}"
        return self

    def of(self, message: str) -> DecodeError:
        if not self.message:
            self.message = message
        return self

    def __str__(self) -> str:
        where = f"{self.message}.{self.path}" if self.message and self.path else self.message or self.path
        return f"cannot decode {where} at offset {self.offset}: {self.reason}"


class EncodeError(Vs1Error):
    """A value that cannot be put on the wire (out of range, too long, inconsistent)."""

    def __init__(self, path: str, reason: str, message: str = "") -> None:
        self.path = path
        self.reason = reason
        self.message = message
        super().__init__()

    def within(self, parent: str) -> EncodeError:
        self.path = f"{parent}.{self.path}" if self.path and not self.path.startswith("[") else f"{parent}{self.path}"
        return self

    def of(self, message: str) -> EncodeError:
        if not self.message:
            self.message = message
        return self

    def __str__(self) -> str:
        where = f"{self.message}.{self.path}" if self.message and self.path else self.message or self.path
        return f"cannot encode {where}: {self.reason}"


def short(path: str, offset: int, need: int, end: int) -> DecodeError:
    """Truncated input."""
    return DecodeError(path, offset, f"needs {need} byte(s), {max(end - offset, 0)} left")


def ipv4_str(raw: BytesLike) -> str:
    a, b, c, d = bytes(raw)
    return f"{a}.{b}.{c}.{d}"


def ipv4_bytes(text: str, path: str) -> bytes:
    try:
        return ipaddress.IPv4Address(text).packed
    except (ValueError, TypeError) as exc:
        raise EncodeError(path, f"not an IPv4 address: {text!r}") from exc


def mac_str(raw: BytesLike) -> str:
    return bytes(raw).hex(":")


def mac_bytes(text: str, path: str) -> bytes:
    try:
        data = bytes.fromhex(text.replace(":", "").replace("-", ""))
    except (ValueError, AttributeError) as exc:
        raise EncodeError(path, f"not a MAC address: {text!r}") from exc
    if len(data) != 6:
        raise EncodeError(path, f"not a MAC address: {text!r}")
    return data


def text(raw: BytesLike, encoding: str, path: str, offset: int) -> str:
    try:
        return str(raw, encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(path, offset + exc.start, f"invalid {encoding} text") from None


def to_jsonable(value: Any) -> Any:
    """A JSON-friendly view of a decoded value: enums by name, flags as int, bytes as hex."""
    if isinstance(value, enum.IntFlag):
        return int(value)
    if isinstance(value, enum.IntEnum):
        return value.name.lower()
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    raise TypeError(f"cannot represent {type(value).__name__}")


class FixedField:
    """Where one field of a fixed-size leading run sits: offset from the start of its type
    (add the frame header size for a framed payload) and the struct of the field alone."""

    __slots__ = ("offset", "path", "struct")

    def __init__(self, path: str, offset: int, fmt: str) -> None:
        self.path = path
        self.offset = offset
        self.struct = struct.Struct(fmt)

    @property
    def size(self) -> int:
        return self.struct.size

    def pack_into(self, buffer: bytearray | memoryview, base: int, value: Any) -> None:
        """Stamp ``value`` into a type encoded at ``base`` of ``buffer``."""
        self.struct.pack_into(buffer, base + self.offset, value)

    def unpack_from(self, buffer: BytesLike, base: int = 0) -> Any:
        """The raw value (enums and flags as plain int) of a type encoded at ``base``."""
        return self.struct.unpack_from(buffer, base + self.offset)[0]

    def __repr__(self) -> str:
        return f"FixedField({self.path!r}, {self.offset}, {self.struct.format!r})"


Slots = TypeVar("Slots", bound=tuple[FixedField, ...], covariant=True)


class FixedRun(Generic[Slots]):
    """The fixed-size leading run of a generated type: the bytes every encoding starts with,
    at offsets generated from the spec (nested types flattened, ``image.width`` is
    ``fields.image_width``), so a fast path stamps bytes instead of hand-typing a layout.

    ``struct`` covers the whole run (pads included); ``fields`` is a typed named tuple of one
    :class:`FixedField` per named field, so a renamed field fails type checking.
    """

    __slots__ = ("fields", "struct")

    def __init__(self, fmt: str, fields: Slots) -> None:
        self.struct = struct.Struct(fmt)
        self.fields: Slots = fields

    @property
    def size(self) -> int:
        return self.struct.size

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.path for f in self.fields)

    def __repr__(self) -> str:
        return f"FixedRun({self.struct.format!r}, {self.fields!r})"


class Struct:
    """Base of every generated type and message class."""

    __slots__ = ()
    SPEC_ID: ClassVar[str] = ""
    FIXED: ClassVar[FixedRun[tuple[FixedField, ...]]]
    """The fixed-size leading run; every generated class sets it."""

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = to_jsonable(self)
        return result


class Message(Struct):
    """Base of every generated message class; class attributes come from the spec."""

    __slots__ = ()
    PORT: ClassVar[str] = ""
    CODE: ClassVar[int | None] = None
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = None
    """Who may send it (spec key ``access``): "open", "session" or "control"; None for a
    message only the camera sends."""
    RESPONSE: ClassVar[type[Message] | None] = None
    HEADER_FLAGS: ClassVar[int] = 0
    """Frame header flags the message is sent with (from its kind); 0 where there is no header."""

    def encode(self) -> bytes:
        raise NotImplementedError

    @classmethod
    def decode(cls, data: BytesLike) -> Message:
        raise NotImplementedError


class CameraStatusError(Vs1Error):
    """The camera answered a request with an error status (an ``error_reply``).

    The generated client raises the subclass named after the status (``NotInControlError``
    for ``not_in_control``...), so callers can catch exactly what they handle.
    """

    status: ClassVar[int] = -1

    def __init__(self, status: int, detail: str, request: str = "") -> None:
        self.status_value = status
        self.detail = detail
        self.request = request
        super().__init__(f"{request or 'request'} failed: {detail} (status {status})")
