# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Camera Login/Command Port: UDP 49493.

Seed: Gains control to the camera in order to edit and modify its network parameters. A
      network login to the camera is required to gain control with the VS-1 Smart Camera.
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
    "Login",
    "LoginReply",
    "Logout",
    "LoginAck",
    "TakeControl",
    "ReleaseControl",
    "ControlReply",
    "GetNetwork",
    "NetworkParams",
    "SetNetwork",
    "MESSAGES",
    "BY_CODE",
]

_S0 = _struct.Struct(">B")
_S1 = _struct.Struct(">IH")
_S2 = _struct.Struct(">I")
_S3 = _struct.Struct(">?4s")
_S4 = _struct.Struct(">6s")


@dataclass(slots=True)
class Login(Message):
    """"""

    user: str = ""

    password: str = ""

    SPEC_ID: ClassVar[str] = "login"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0801
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    REQUIRES_CONTROL: ClassVar[bool] = False
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[LoginLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_login(self, out)
        except EncodeError as x:
            raise x.of("Login") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Login:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_login(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Login") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Login") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Login")
        return value


def _dec_login(b: BytesLike, o: int, e: int) -> tuple[Login, int]:
    if e - o < 1:
        raise short("user", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("user", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_user = str(raw, "utf-8")
    except UnicodeDecodeError as x:
        raise DecodeError("user", start + x.start, "invalid utf-8 text") from None
    if e - o < 1:
        raise short("password", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("password", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_password = str(raw, "utf-8")
    except UnicodeDecodeError as x:
        raise DecodeError("password", start + x.start, "invalid utf-8 text") from None
    return Login(f_user, f_password), o


def _enc_login(v: Login, out: bytearray) -> None:
    if not isinstance(v.user, str):
        raise EncodeError("user", f"needs str, got {type(v.user).__name__}")
    try:
        raw = v.user.encode("utf-8")
    except UnicodeEncodeError as x:
        raise EncodeError("user", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("user", f"{len(raw)} bytes, at most 255")
    out += _S0.pack(len(raw))
    out += raw
    if not isinstance(v.password, str):
        raise EncodeError("password", f"needs str, got {type(v.password).__name__}")
    try:
        raw = v.password.encode("utf-8")
    except UnicodeEncodeError as x:
        raise EncodeError("password", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("password", f"{len(raw)} bytes, at most 255")
    out += _S0.pack(len(raw))
    out += raw


@dataclass(slots=True)
class LoginReply(Message):
    """"""

    session: int = 0

    timeout_s: int = 0
    """The session expires after this long without a request or heartbeat."""

    SPEC_ID: ClassVar[str] = "login_reply"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x8801
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    REQUIRES_CONTROL: ClassVar[bool] = False
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[LoginReplyLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_login_reply(self, out)
        except EncodeError as x:
            raise x.of("LoginReply") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> LoginReply:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_login_reply(data, 0, len(data))
        except DecodeError as x:
            raise x.of("LoginReply") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "LoginReply") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "LoginReply")
        return value


def _dec_login_reply(b: BytesLike, o: int, e: int) -> tuple[LoginReply, int]:
    if e - o < 6:
        raise short("session", o, 6, e)
    f_session, f_timeout_s = _S1.unpack_from(b, o)
    o += 6
    return LoginReply(f_session, f_timeout_s), o


def _enc_login_reply(v: LoginReply, out: bytearray) -> None:
    try:
        out += _S1.pack(v.session, v.timeout_s)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session, timeout_s", str(x)) from None


@dataclass(slots=True)
class Logout(Message):
    """"""

    session: int = 0

    SPEC_ID: ClassVar[str] = "logout"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0802
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    REQUIRES_CONTROL: ClassVar[bool] = False
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[LogoutLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_logout(self, out)
        except EncodeError as x:
            raise x.of("Logout") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Logout:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_logout(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Logout") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Logout") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Logout")
        return value


def _dec_logout(b: BytesLike, o: int, e: int) -> tuple[Logout, int]:
    if e - o < 4:
        raise short("session", o, 4, e)
    (f_session,) = _S2.unpack_from(b, o)
    o += 4
    return Logout(f_session), o


def _enc_logout(v: Logout, out: bytearray) -> None:
    try:
        out += _S2.pack(v.session)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session", str(x)) from None


@dataclass(slots=True)
class LoginAck(Message):
    """"""

    session: int = 0

    SPEC_ID: ClassVar[str] = "login_ack"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x8802
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    REQUIRES_CONTROL: ClassVar[bool] = False
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[LoginAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_login_ack(self, out)
        except EncodeError as x:
            raise x.of("LoginAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> LoginAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_login_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("LoginAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "LoginAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "LoginAck")
        return value


def _dec_login_ack(b: BytesLike, o: int, e: int) -> tuple[LoginAck, int]:
    if e - o < 4:
        raise short("session", o, 4, e)
    (f_session,) = _S2.unpack_from(b, o)
    o += 4
    return LoginAck(f_session), o


def _enc_login_ack(v: LoginAck, out: bytearray) -> None:
    try:
        out += _S2.pack(v.session)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session", str(x)) from None


@dataclass(slots=True)
class TakeControl(Message):
    """"""

    session: int = 0

    SPEC_ID: ClassVar[str] = "take_control"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0803
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    REQUIRES_CONTROL: ClassVar[bool] = False
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[TakeControlLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_take_control(self, out)
        except EncodeError as x:
            raise x.of("TakeControl") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> TakeControl:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_take_control(data, 0, len(data))
        except DecodeError as x:
            raise x.of("TakeControl") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "TakeControl") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "TakeControl")
        return value


def _dec_take_control(b: BytesLike, o: int, e: int) -> tuple[TakeControl, int]:
    if e - o < 4:
        raise short("session", o, 4, e)
    (f_session,) = _S2.unpack_from(b, o)
    o += 4
    return TakeControl(f_session), o


def _enc_take_control(v: TakeControl, out: bytearray) -> None:
    try:
        out += _S2.pack(v.session)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session", str(x)) from None


@dataclass(slots=True)
class ReleaseControl(Message):
    """"""

    session: int = 0

    SPEC_ID: ClassVar[str] = "release_control"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0804
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    REQUIRES_CONTROL: ClassVar[bool] = False
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[ReleaseControlLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_release_control(self, out)
        except EncodeError as x:
            raise x.of("ReleaseControl") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ReleaseControl:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_release_control(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ReleaseControl") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ReleaseControl") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ReleaseControl")
        return value


def _dec_release_control(b: BytesLike, o: int, e: int) -> tuple[ReleaseControl, int]:
    if e - o < 4:
        raise short("session", o, 4, e)
    (f_session,) = _S2.unpack_from(b, o)
    o += 4
    return ReleaseControl(f_session), o


def _enc_release_control(v: ReleaseControl, out: bytearray) -> None:
    try:
        out += _S2.pack(v.session)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session", str(x)) from None


@dataclass(slots=True)
class ControlReply(Message):
    """"""

    in_control: bool = False

    holder_ip: str = "0.0.0.0"
    """Address of the client in control (0.0.0.0 for none)."""

    SPEC_ID: ClassVar[str] = "control_reply"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x8803
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    REQUIRES_CONTROL: ClassVar[bool] = False
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[ControlReplyLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_control_reply(self, out)
        except EncodeError as x:
            raise x.of("ControlReply") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ControlReply:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_control_reply(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ControlReply") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ControlReply") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ControlReply")
        return value


def _dec_control_reply(b: BytesLike, o: int, e: int) -> tuple[ControlReply, int]:
    if e - o < 5:
        raise short("in_control", o, 5, e)
    f_in_control, f_holder_ip = _S3.unpack_from(b, o)
    f_holder_ip = ipv4_str(f_holder_ip)
    o += 5
    return ControlReply(f_in_control, f_holder_ip), o


def _enc_control_reply(v: ControlReply, out: bytearray) -> None:
    try:
        out += _S3.pack(v.in_control, ipv4_bytes(v.holder_ip, "holder_ip"))
    except (_struct.error, TypeError) as x:
        raise EncodeError("in_control, holder_ip", str(x)) from None


@dataclass(slots=True)
class GetNetwork(Message):
    """"""

    SPEC_ID: ClassVar[str] = "get_network"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0805
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    REQUIRES_CONTROL: ClassVar[bool] = False
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[GetNetworkLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_get_network(self, out)
        except EncodeError as x:
            raise x.of("GetNetwork") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> GetNetwork:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_get_network(data, 0, len(data))
        except DecodeError as x:
            raise x.of("GetNetwork") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "GetNetwork") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "GetNetwork")
        return value


def _dec_get_network(b: BytesLike, o: int, e: int) -> tuple[GetNetwork, int]:
    return GetNetwork(), o


def _enc_get_network(v: GetNetwork, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class NetworkParams(Message):
    """"""

    mac: str = "00:00:00:00:00:00"

    config: types.NetworkConfig = field(default_factory=types.NetworkConfig)

    SPEC_ID: ClassVar[str] = "network_params"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x8805
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    REQUIRES_CONTROL: ClassVar[bool] = False
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[NetworkParamsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_network_params(self, out)
        except EncodeError as x:
            raise x.of("NetworkParams") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> NetworkParams:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_network_params(data, 0, len(data))
        except DecodeError as x:
            raise x.of("NetworkParams") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "NetworkParams") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "NetworkParams")
        return value


def _dec_network_params(b: BytesLike, o: int, e: int) -> tuple[NetworkParams, int]:
    if e - o < 6:
        raise short("mac", o, 6, e)
    (f_mac,) = _S4.unpack_from(b, o)
    f_mac = mac_str(f_mac)
    o += 6
    try:
        f_config, o = types._dec_network_config(b, o, e)
    except DecodeError as x:
        raise x.within("config") from None
    return NetworkParams(f_mac, f_config), o


def _enc_network_params(v: NetworkParams, out: bytearray) -> None:
    try:
        out += _S4.pack(mac_bytes(v.mac, "mac"))
    except (_struct.error, TypeError) as x:
        raise EncodeError("mac", str(x)) from None
    if not isinstance(v.config, types.NetworkConfig):
        raise EncodeError("config", f"needs NetworkConfig, got {type(v.config).__name__}")
    try:
        types._enc_network_config(v.config, out)
    except EncodeError as x:
        raise x.within("config") from None


@dataclass(slots=True)
class SetNetwork(Message):
    """Change the network parameters; applied after the reply is sent."""

    session: int = 0

    config: types.NetworkConfig = field(default_factory=types.NetworkConfig)

    SPEC_ID: ClassVar[str] = "set_network"
    PORT: ClassVar[str] = "login"
    CODE: ClassVar[int | None] = 0x0806
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    REQUIRES_CONTROL: ClassVar[bool] = True
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[SetNetworkLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_set_network(self, out)
        except EncodeError as x:
            raise x.of("SetNetwork") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> SetNetwork:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_set_network(data, 0, len(data))
        except DecodeError as x:
            raise x.of("SetNetwork") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "SetNetwork") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "SetNetwork")
        return value


def _dec_set_network(b: BytesLike, o: int, e: int) -> tuple[SetNetwork, int]:
    if e - o < 4:
        raise short("session", o, 4, e)
    (f_session,) = _S2.unpack_from(b, o)
    o += 4
    try:
        f_config, o = types._dec_network_config(b, o, e)
    except DecodeError as x:
        raise x.within("config") from None
    return SetNetwork(f_session, f_config), o


def _enc_set_network(v: SetNetwork, out: bytearray) -> None:
    try:
        out += _S2.pack(v.session)
    except (_struct.error, TypeError) as x:
        raise EncodeError("session", str(x)) from None
    if not isinstance(v.config, types.NetworkConfig):
        raise EncodeError("config", f"needs NetworkConfig, got {type(v.config).__name__}")
    try:
        types._enc_network_config(v.config, out)
    except EncodeError as x:
        raise x.within("config") from None


Login.RESPONSE = LoginReply
Logout.RESPONSE = LoginAck
TakeControl.RESPONSE = ControlReply
ReleaseControl.RESPONSE = ControlReply
GetNetwork.RESPONSE = NetworkParams
SetNetwork.RESPONSE = NetworkParams

MESSAGES: tuple[type[Message], ...] = (
    Login,
    LoginReply,
    Logout,
    LoginAck,
    TakeControl,
    ReleaseControl,
    ControlReply,
    GetNetwork,
    NetworkParams,
    SetNetwork,
    frames.ErrorReply,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class LoginLayout(NamedTuple):
    """Where Login's fixed-size leading fields sit, from the start of its encoding."""


Login.FIXED = FixedRun(">", LoginLayout())


class LoginReplyLayout(NamedTuple):
    """Where LoginReply's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField
    timeout_s: FixedField


LoginReply.FIXED = FixedRun(
    ">IH",
    LoginReplyLayout(
        FixedField("session", 0, ">I"),
        FixedField("timeout_s", 4, ">H"),
    ),
)


class LogoutLayout(NamedTuple):
    """Where Logout's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField


Logout.FIXED = FixedRun(
    ">I",
    LogoutLayout(
        FixedField("session", 0, ">I"),
    ),
)


class LoginAckLayout(NamedTuple):
    """Where LoginAck's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField


LoginAck.FIXED = FixedRun(
    ">I",
    LoginAckLayout(
        FixedField("session", 0, ">I"),
    ),
)


class TakeControlLayout(NamedTuple):
    """Where TakeControl's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField


TakeControl.FIXED = FixedRun(
    ">I",
    TakeControlLayout(
        FixedField("session", 0, ">I"),
    ),
)


class ReleaseControlLayout(NamedTuple):
    """Where ReleaseControl's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField


ReleaseControl.FIXED = FixedRun(
    ">I",
    ReleaseControlLayout(
        FixedField("session", 0, ">I"),
    ),
)


class ControlReplyLayout(NamedTuple):
    """Where ControlReply's fixed-size leading fields sit, from the start of its encoding."""

    in_control: FixedField
    holder_ip: FixedField


ControlReply.FIXED = FixedRun(
    ">?4s",
    ControlReplyLayout(
        FixedField("in_control", 0, ">?"),
        FixedField("holder_ip", 1, ">4s"),
    ),
)


class GetNetworkLayout(NamedTuple):
    """Where GetNetwork's fixed-size leading fields sit, from the start of its encoding."""


GetNetwork.FIXED = FixedRun(">", GetNetworkLayout())


class NetworkParamsLayout(NamedTuple):
    """Where NetworkParams's fixed-size leading fields sit, from the start of its encoding."""

    mac: FixedField
    config_dhcp: FixedField
    config_ip: FixedField
    config_mask: FixedField
    config_gateway: FixedField


NetworkParams.FIXED = FixedRun(
    ">6s?4s4s4s",
    NetworkParamsLayout(
        FixedField("mac", 0, ">6s"),
        FixedField("config.dhcp", 6, ">?"),
        FixedField("config.ip", 7, ">4s"),
        FixedField("config.mask", 11, ">4s"),
        FixedField("config.gateway", 15, ">4s"),
    ),
)


class SetNetworkLayout(NamedTuple):
    """Where SetNetwork's fixed-size leading fields sit, from the start of its encoding."""

    session: FixedField
    config_dhcp: FixedField
    config_ip: FixedField
    config_mask: FixedField
    config_gateway: FixedField


SetNetwork.FIXED = FixedRun(
    ">I?4s4s4s",
    SetNetworkLayout(
        FixedField("session", 0, ">I"),
        FixedField("config.dhcp", 4, ">?"),
        FixedField("config.ip", 5, ">4s"),
        FixedField("config.mask", 9, ">4s"),
        FixedField("config.gateway", 13, ">4s"),
    ),
)
