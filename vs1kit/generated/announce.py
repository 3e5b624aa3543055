# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Camera Announce Port: UDP 49495.

Seed: Broadcasts Smart Camera identity on the current subnet used by Network View in
      FrontRunner, provides general counters, camera name, IP, IP in control, camera status,
      and camera software version.
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

__all__ = ["Announce", "Discover", "MESSAGES", "BY_CODE"]

_S0 = _struct.Struct(">6s4s4s4sBB")
_S1 = _struct.Struct(">IIII")
_S2 = _struct.Struct(">B")
_E_CAMERA_STATE = enums.CAMERA_STATE_VALUES
_F_ANNOUNCEFLAGS = tuple(enums.AnnounceFlags(v) for v in range(256))


@dataclass(slots=True)
class Announce(Message):
    """"""

    name: str = ""

    model: str = ""

    mac: str = "00:00:00:00:00:00"

    ip: str = "0.0.0.0"

    mask: str = "0.0.0.0"

    controller_ip: str = "0.0.0.0"
    """0.0.0.0 when nobody is in control."""

    state: enums.CameraState | int = enums.CameraState.BOOTING

    flags: enums.AnnounceFlags = enums.AnnounceFlags(0)

    software_version: str = ""

    uptime_s: int = 0

    inspections: int = 0

    passed: int = 0

    failed: int = 0

    job_name: str = ""

    SPEC_ID: ClassVar[str] = "announce"
    PORT: ClassVar[str] = "announce"
    CODE: ClassVar[int | None] = 0x0901
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x02
    FIXED: ClassVar[FixedRun[AnnounceLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_announce(self, out)
        except EncodeError as x:
            raise x.of("Announce") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Announce:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_announce(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Announce") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Announce") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Announce")
        return value


def _dec_announce(b: BytesLike, o: int, e: int) -> tuple[Announce, int]:
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
    if e - o < 1:
        raise short("model", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("model", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_model = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("model", start + x.start, "invalid ascii text") from None
    if e - o < 20:
        raise short("mac", o, 20, e)
    f_mac, f_ip, f_mask, f_controller_ip, f_state, f_flags = _S0.unpack_from(b, o)
    f_mac = mac_str(f_mac)
    f_ip = ipv4_str(f_ip)
    f_mask = ipv4_str(f_mask)
    f_controller_ip = ipv4_str(f_controller_ip)
    f_state = _E_CAMERA_STATE.get(f_state, f_state)
    f_flags = _F_ANNOUNCEFLAGS[f_flags]
    o += 20
    if e - o < 1:
        raise short("software_version", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("software_version", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_software_version = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("software_version", start + x.start, "invalid ascii text") from None
    if e - o < 16:
        raise short("uptime_s", o, 16, e)
    f_uptime_s, f_inspections, f_passed, f_failed = _S1.unpack_from(b, o)
    o += 16
    if e - o < 1:
        raise short("job_name", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("job_name", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_job_name = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("job_name", start + x.start, "invalid ascii text") from None
    return Announce(
        f_name,
        f_model,
        f_mac,
        f_ip,
        f_mask,
        f_controller_ip,
        f_state,
        f_flags,
        f_software_version,
        f_uptime_s,
        f_inspections,
        f_passed,
        f_failed,
        f_job_name,
    ), o


def _enc_announce(v: Announce, out: bytearray) -> None:
    raw: object
    if not isinstance(v.name, str):
        raise EncodeError("name", f"needs str, got {type(v.name).__name__}")
    try:
        raw = v.name.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("name", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("name", f"{len(raw)} bytes, at most 255")
    out += _S2.pack(len(raw))
    out += raw
    if not isinstance(v.model, str):
        raise EncodeError("model", f"needs str, got {type(v.model).__name__}")
    try:
        raw = v.model.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("model", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("model", f"{len(raw)} bytes, at most 255")
    out += _S2.pack(len(raw))
    out += raw
    try:
        out += _S0.pack(
            mac_bytes(v.mac, "mac"),
            ipv4_bytes(v.ip, "ip"),
            ipv4_bytes(v.mask, "mask"),
            ipv4_bytes(v.controller_ip, "controller_ip"),
            v.state,
            v.flags,
        )
    except (_struct.error, TypeError) as x:
        raise EncodeError("mac, ip, mask, controller_ip, state, flags", str(x)) from None
    if not isinstance(v.software_version, str):
        raise EncodeError("software_version", f"needs str, got {type(v.software_version).__name__}")
    try:
        raw = v.software_version.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("software_version", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("software_version", f"{len(raw)} bytes, at most 255")
    out += _S2.pack(len(raw))
    out += raw
    try:
        out += _S1.pack(v.uptime_s, v.inspections, v.passed, v.failed)
    except (_struct.error, TypeError) as x:
        raise EncodeError("uptime_s, inspections, passed, failed", str(x)) from None
    if not isinstance(v.job_name, str):
        raise EncodeError("job_name", f"needs str, got {type(v.job_name).__name__}")
    try:
        raw = v.job_name.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("job_name", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("job_name", f"{len(raw)} bytes, at most 255")
    out += _S2.pack(len(raw))
    out += raw


@dataclass(slots=True)
class Discover(Message):
    """Ask cameras to announce now; they answer to the sender's address."""

    SPEC_ID: ClassVar[str] = "discover"
    PORT: ClassVar[str] = "announce"
    CODE: ClassVar[int | None] = 0x0902
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x02
    FIXED: ClassVar[FixedRun[DiscoverLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_discover(self, out)
        except EncodeError as x:
            raise x.of("Discover") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Discover:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_discover(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Discover") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Discover") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Discover")
        return value


def _dec_discover(b: BytesLike, o: int, e: int) -> tuple[Discover, int]:
    return Discover(), o


def _enc_discover(v: Discover, out: bytearray) -> None:
    pass


MESSAGES: tuple[type[Message], ...] = (
    Announce,
    Discover,
    frames.ErrorReply,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class AnnounceLayout(NamedTuple):
    """Where Announce's fixed-size leading fields sit, from the start of its encoding."""


Announce.FIXED = FixedRun(">", AnnounceLayout())


class DiscoverLayout(NamedTuple):
    """Where Discover's fixed-size leading fields sit, from the start of its encoding."""


Discover.FIXED = FixedRun(">", DiscoverLayout())
