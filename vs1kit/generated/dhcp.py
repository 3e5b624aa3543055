# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""DHCP Client Port: UDP 68.

Seed: Supports the assignment of IP addresses from a DHCP server for the VS-1 Smart Camera.
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

__all__ = ["DhcpMessage", "MESSAGES", "BY_CODE"]

_S0 = _struct.Struct(">BBBBIHH4s4s4s4s6s10x")
_S1 = _struct.Struct(">I")
_E_BOOTP_OP = enums.BOOTP_OP_VALUES
_E_DHCP_OPTION_CODE = enums.DHCP_OPTION_CODE_VALUES


@dataclass(slots=True)
class DhcpMessage(Message):
    """A BOOTP/DHCP message; option 53 says which DHCP message it is."""

    op: enums.BootpOp | int = enums.BootpOp.BOOT_REQUEST

    htype: int = 0
    """1 for Ethernet."""

    hlen: int = 0
    """6 for Ethernet."""

    hops: int = 0

    xid: int = 0
    """Transaction id chosen by the client."""

    secs: int = 0

    bootp_flags: enums.DhcpMessageBootpFlags = enums.DhcpMessageBootpFlags(0)

    ciaddr: str = "0.0.0.0"

    yiaddr: str = "0.0.0.0"
    """The address offered or assigned."""

    siaddr: str = "0.0.0.0"

    giaddr: str = "0.0.0.0"

    chaddr: str = "00:00:00:00:00:00"

    sname: str = ""

    file: str = ""

    options: list[types.DhcpOption] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "dhcp_message"
    PORT: ClassVar[str] = "dhcp"
    CODE: ClassVar[int | None] = None
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "both"
    ACCESS: ClassVar[str | None] = "open"
    FIXED: ClassVar[FixedRun[DhcpMessageLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_dhcp_message(self, out)
        except EncodeError as x:
            raise x.of("DhcpMessage") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DhcpMessage:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_dhcp_message(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DhcpMessage") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DhcpMessage") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DhcpMessage")
        return value


def _dec_dhcp_message(b: BytesLike, o: int, e: int) -> tuple[DhcpMessage, int]:
    if e - o < 44:
        raise short("op", o, 44, e)
    (
        f_op,
        f_htype,
        f_hlen,
        f_hops,
        f_xid,
        f_secs,
        f_bootp_flags,
        f_ciaddr,
        f_yiaddr,
        f_siaddr,
        f_giaddr,
        f_chaddr,
    ) = _S0.unpack_from(b, o)
    f_op = _E_BOOTP_OP.get(f_op, f_op)
    f_bootp_flags = enums.DhcpMessageBootpFlags(f_bootp_flags)
    f_ciaddr = ipv4_str(f_ciaddr)
    f_yiaddr = ipv4_str(f_yiaddr)
    f_siaddr = ipv4_str(f_siaddr)
    f_giaddr = ipv4_str(f_giaddr)
    f_chaddr = mac_str(f_chaddr)
    o += 44
    if e - o < 64:
        raise short("sname", o, 64, e)
    raw = b[o : o + 64]
    start = o
    o += 64
    try:
        f_sname = str(raw, "latin-1").rstrip("\x00")
    except UnicodeDecodeError as x:
        raise DecodeError("sname", start + x.start, "invalid latin-1 text") from None
    if e - o < 128:
        raise short("file", o, 128, e)
    raw = b[o : o + 128]
    start = o
    o += 128
    try:
        f_file = str(raw, "latin-1").rstrip("\x00")
    except UnicodeDecodeError as x:
        raise DecodeError("file", start + x.start, "invalid latin-1 text") from None
    if e - o < 4:
        raise short("magic_cookie", o, 4, e)
    (f_magic_cookie,) = _S1.unpack_from(b, o)
    if f_magic_cookie != 1669485411:
        raise DecodeError("magic_cookie", o, f"expected 0x63825363, got {f_magic_cookie!r}")
    o += 4
    f_options: list[types.DhcpOption] = []
    while o < e:
        if len(f_options) >= 312:
            raise DecodeError("options", o, "more than 312 elements")
        try:
            if e - o < 1:
                raise short("code", o, 1, e)
            f_code = b[o]
            d_code = f_code
            f_code = _E_DHCP_OPTION_CODE.get(f_code, f_code)
            o += 1
            f_body: (
                BytesLike
                | types.DhcpOptMessageType
                | types.DhcpOptIpv4
                | types.DhcpOptIpv4List
                | types.DhcpOptU32
                | types.DhcpOptText
                | types.DhcpOptRaw
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
                    f_body, o = types._dec_dhcp_opt_message_type(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            elif d_code == 1:
                try:
                    f_body, o = types._dec_dhcp_opt_ipv4(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            elif d_code == 50:
                try:
                    f_body, o = types._dec_dhcp_opt_ipv4(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            elif d_code == 54:
                try:
                    f_body, o = types._dec_dhcp_opt_ipv4(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            elif d_code == 3:
                try:
                    f_body, o = types._dec_dhcp_opt_ipv4_list(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            elif d_code == 6:
                try:
                    f_body, o = types._dec_dhcp_opt_ipv4_list(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            elif d_code == 51:
                try:
                    f_body, o = types._dec_dhcp_opt_u32(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            elif d_code == 58:
                try:
                    f_body, o = types._dec_dhcp_opt_u32(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            elif d_code == 59:
                try:
                    f_body, o = types._dec_dhcp_opt_u32(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            elif d_code == 12:
                try:
                    f_body, o = types._dec_dhcp_opt_text(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            else:
                try:
                    f_body, o = types._dec_dhcp_opt_raw(b, o, e)
                except DecodeError as x:
                    raise x.within("body") from None
            it_options = types.DhcpOption(f_code, f_body)
        except DecodeError as x:
            raise x.within(f"options[{len(f_options)}]") from None
        f_options.append(it_options)
    return DhcpMessage(
        f_op,
        f_htype,
        f_hlen,
        f_hops,
        f_xid,
        f_secs,
        f_bootp_flags,
        f_ciaddr,
        f_yiaddr,
        f_siaddr,
        f_giaddr,
        f_chaddr,
        f_sname,
        f_file,
        f_options,
    ), o


def _enc_dhcp_message(v: DhcpMessage, out: bytearray) -> None:
    raw: object
    try:
        out += _S0.pack(
            v.op,
            v.htype,
            v.hlen,
            v.hops,
            v.xid,
            v.secs,
            v.bootp_flags,
            ipv4_bytes(v.ciaddr, "ciaddr"),
            ipv4_bytes(v.yiaddr, "yiaddr"),
            ipv4_bytes(v.siaddr, "siaddr"),
            ipv4_bytes(v.giaddr, "giaddr"),
            mac_bytes(v.chaddr, "chaddr"),
        )
    except (_struct.error, TypeError) as x:
        raise EncodeError(
            "op, htype, hlen, hops, xid, secs, bootp_flags, ciaddr, yiaddr, siaddr, giaddr, chaddr",
            str(x),
        ) from None
    if not isinstance(v.sname, str):
        raise EncodeError("sname", f"needs str, got {type(v.sname).__name__}")
    try:
        raw = v.sname.encode("latin-1")
    except UnicodeEncodeError as x:
        raise EncodeError("sname", str(x)) from None
    if len(raw) > 64:
        raise EncodeError("sname", f"{len(raw)} bytes do not fit 64")
    out += raw
    out += bytes(64 - len(raw))
    if not isinstance(v.file, str):
        raise EncodeError("file", f"needs str, got {type(v.file).__name__}")
    try:
        raw = v.file.encode("latin-1")
    except UnicodeEncodeError as x:
        raise EncodeError("file", str(x)) from None
    if len(raw) > 128:
        raise EncodeError("file", f"{len(raw)} bytes do not fit 128")
    out += raw
    out += bytes(128 - len(raw))
    try:
        out += _S1.pack(1669485411)
    except (_struct.error, TypeError) as x:
        raise EncodeError("magic_cookie", str(x)) from None
    items_options = v.options
    if len(items_options) > 312:
        raise EncodeError("options", f"{len(items_options)} elements, at most 312")
    for k, it_options in enumerate(items_options):
        if not isinstance(it_options, types.DhcpOption):
            raise EncodeError(f"options[{k}]", f"needs DhcpOption, got {type(it_options).__name__}")
        try:
            types._enc_dhcp_option(it_options, out)
        except EncodeError as x:
            raise x.within(f"options[{k}]") from None


MESSAGES: tuple[type[Message], ...] = (DhcpMessage,)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class DhcpMessageLayout(NamedTuple):
    """Where DhcpMessage's fixed-size leading fields sit, from the start of its encoding."""

    op: FixedField
    htype: FixedField
    hlen: FixedField
    hops: FixedField
    xid: FixedField
    secs: FixedField
    bootp_flags: FixedField
    ciaddr: FixedField
    yiaddr: FixedField
    siaddr: FixedField
    giaddr: FixedField
    chaddr: FixedField
    sname: FixedField
    file: FixedField
    magic_cookie: FixedField


DhcpMessage.FIXED = FixedRun(
    ">BBBBIHH4s4s4s4s6s10x64s128sI",
    DhcpMessageLayout(
        FixedField("op", 0, ">B"),
        FixedField("htype", 1, ">B"),
        FixedField("hlen", 2, ">B"),
        FixedField("hops", 3, ">B"),
        FixedField("xid", 4, ">I"),
        FixedField("secs", 8, ">H"),
        FixedField("bootp_flags", 10, ">H"),
        FixedField("ciaddr", 12, ">4s"),
        FixedField("yiaddr", 16, ">4s"),
        FixedField("siaddr", 20, ">4s"),
        FixedField("giaddr", 24, ">4s"),
        FixedField("chaddr", 28, ">6s"),
        FixedField("sname", 44, ">64s"),
        FixedField("file", 108, ">128s"),
        FixedField("magic_cookie", 236, ">I"),
    ),
)
