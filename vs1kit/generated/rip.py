# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Routing Port: UDP 520.

Seed: Receives and updates local routing tables from the Network.
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

__all__ = ["RipPacket", "MESSAGES", "BY_CODE"]

_S0 = _struct.Struct(">BBH")
_S1 = _struct.Struct(">H")
_E_RIP_COMMAND = enums.RIP_COMMAND_VALUES
_E_RIP_FAMILY = enums.RIP_FAMILY_VALUES


@dataclass(slots=True)
class RipPacket(Message):
    """"""

    command: enums.RipCommand | int = enums.RipCommand.REQUEST

    version: int = 0

    unused: int = 0
    """Must be zero."""

    entries: list[types.RipEntry] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "rip_packet"
    PORT: ClassVar[str] = "rip"
    CODE: ClassVar[int | None] = None
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "both"
    ACCESS: ClassVar[str | None] = "open"
    FIXED: ClassVar[FixedRun[RipPacketLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_rip_packet(self, out)
        except EncodeError as x:
            raise x.of("RipPacket") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> RipPacket:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_rip_packet(data, 0, len(data))
        except DecodeError as x:
            raise x.of("RipPacket") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "RipPacket") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "RipPacket")
        return value


def _dec_rip_packet(b: BytesLike, o: int, e: int) -> tuple[RipPacket, int]:
    if e - o < 4:
        raise short("command", o, 4, e)
    f_command, f_version, f_unused = _S0.unpack_from(b, o)
    f_command = _E_RIP_COMMAND.get(f_command, f_command)
    o += 4
    f_entries: list[types.RipEntry] = []
    while o < e:
        if len(f_entries) >= 25:
            raise DecodeError("entries", o, "more than 25 elements")
        try:
            if e - o < 2:
                raise short("family", o, 2, e)
            (f_family,) = _S1.unpack_from(b, o)
            d_family = f_family
            f_family = _E_RIP_FAMILY.get(f_family, f_family)
            o += 2
            f_body: types.RipAuth | types.RipRoute
            if d_family == 65535:
                try:
                    f_body, o = types._dec_rip_auth(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            else:
                try:
                    f_body, o = types._dec_rip_route(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            it_entries = types.RipEntry(f_family, f_body)
        except DecodeError as x:
            raise x.within(f"entries[{len(f_entries)}]") from None
        f_entries.append(it_entries)
    return RipPacket(f_command, f_version, f_unused, f_entries), o


def _enc_rip_packet(v: RipPacket, out: bytearray) -> None:
    try:
        out += _S0.pack(v.command, v.version, v.unused)
    except (_struct.error, TypeError) as x:
        raise EncodeError("command, version, unused", str(x)) from None
    items_entries = v.entries
    if len(items_entries) > 25:
        raise EncodeError("entries", f"{len(items_entries)} elements, at most 25")
    for k, it_entries in enumerate(items_entries):
        if not isinstance(it_entries, types.RipEntry):
            raise EncodeError(f"entries[{k}]", f"needs RipEntry, got {type(it_entries).__name__}")
        try:
            types._enc_rip_entry(it_entries, out)
        except EncodeError as x:
            raise x.within(f"entries[{k}]") from None


MESSAGES: tuple[type[Message], ...] = (RipPacket,)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class RipPacketLayout(NamedTuple):
    """Where RipPacket's fixed-size leading fields sit, from the start of its encoding."""

    command: FixedField
    version: FixedField
    unused: FixedField


RipPacket.FIXED = FixedRun(
    ">BBH",
    RipPacketLayout(
        FixedField("command", 0, ">B"),
        FixedField("version", 1, ">B"),
        FixedField("unused", 2, ">H"),
    ),
)
