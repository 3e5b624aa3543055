# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""construct definitions of every type and message: the interpreted reference codec.

Slow (it interprets the definitions) but independent of the fast path's code, so the tests
compare the two on every vector and on property-generated messages. Use
``vs1kit.protocol.slow.decode_slow`` / ``encode_slow``.
"""

from __future__ import annotations

from typing import Any

from construct import (  # noqa: F401
    Array,
    Bytes,
    Check,
    Const,
    Error,
    ExprValidator,
    Flag,
    Float32b,
    Float32l,
    Float64b,
    Float64l,
    GreedyBytes,
    GreedyRange,
    If,
    Int8sb,
    Int8ub,
    Int16sb,
    Int16sl,
    Int16ub,
    Int16ul,
    Int32sb,
    Int32sl,
    Int32ub,
    Int32ul,
    Int64sb,
    Int64sl,
    Int64ub,
    Int64ul,
    NullTerminated,
    Padding,
    Prefixed,
    PrefixedArray,
    Struct,
    Switch,
    this,
)

from vs1kit.protocol.construct_ext import ExactSized
from vs1kit.protocol.wire import ipv4_bytes, ipv4_str, mac_bytes, mac_str, text

from . import enums, frames, types  # noqa: F401
from . import acquire  # noqa: F401
from . import announce  # noqa: F401
from . import dhcp  # noqa: F401
from . import io  # noqa: F401
from . import login  # noqa: F401
from . import monitor  # noqa: F401
from . import partq  # noqa: F401
from . import report_control  # noqa: F401
from . import reports  # noqa: F401
from . import rip  # noqa: F401
from . import rpc  # noqa: F401
from . import serial  # noqa: F401


C_image_data = Struct(
    "image_id" / Int32ub,
    "timestamp_us" / Int64ub,
    "width" / Int16ub,
    "height" / Int16ub,
    "pixel_format" / Int8ub,
    "pad0" / Padding(3),
    "data_length" / Int32ub,
    "data" / ExprValidator(Bytes(this["data_length"]), lambda obj, ctx: len(obj) <= 3932160),
)


def _c2o_image_data(c: Any) -> Any:
    return types.ImageData(
        image_id=c["image_id"],
        timestamp_us=c["timestamp_us"],
        width=c["width"],
        height=c["height"],
        pixel_format=(lambda x: enums.PIXEL_FORMAT_VALUES.get(x, x))(c["pixel_format"]),
        data=(lambda x: bytes(x))(c["data"]),
    )


def _o2c_image_data(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["image_id"] = (lambda x: int(x))(v.image_id)
    d["timestamp_us"] = (lambda x: int(x))(v.timestamp_us)
    d["width"] = (lambda x: int(x))(v.width)
    d["height"] = (lambda x: int(x))(v.height)
    d["pixel_format"] = (lambda x: int(x))(v.pixel_format)
    d["data_length"] = 0  # filled in below
    d["data"] = (lambda x: bytes(x))(v.data)
    d["data_length"] = len(d["data"])
    return d


C_point2d = Struct(
    "x" / Float32b,
    "y" / Float32b,
)


def _c2o_point2d(c: Any) -> Any:
    return types.Point2d(x=c["x"], y=c["y"])


def _o2c_point2d(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["x"] = (lambda x: x)(v.x)
    d["y"] = (lambda x: x)(v.y)
    return d


C_datum_value = Struct(
    "datum_id" / Int16ub,
    "type" / Int8ub,
    "value"
    / Switch(
        this["type"],
        {
            0: Int32sb,
            1: Int32ub,
            2: Float64b,
            3: Flag,
            4: ExprValidator(Prefixed(Int16ub, GreedyBytes), lambda obj, ctx: len(obj) <= 4096),
            5: C_point2d,
        },
        default=Error,
    ),
)


def _c2o_datum_value(c: Any) -> Any:
    return types.DatumValue(
        datum_id=c["datum_id"],
        type=(lambda x: enums.DATUM_TYPE_VALUES.get(x, x))(c["type"]),
        value=(lambda x: _c2o_datum_value__value(c["type"], x))(c["value"]),
    )


def _o2c_datum_value(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["datum_id"] = (lambda x: int(x))(v.datum_id)
    d["type"] = (lambda x: int(x))(v.type)
    d["value"] = (lambda x: _o2c_datum_value__value(v.type, x))(v.value)
    return d


C_datum_desc = Struct(
    "datum_id" / Int16ub,
    "type" / Int8ub,
    "path" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_datum_desc(c: Any) -> Any:
    return types.DatumDesc(
        datum_id=c["datum_id"],
        type=(lambda x: enums.DATUM_TYPE_VALUES.get(x, x))(c["type"]),
        path=(lambda x: text(x, "ascii", "", 0))(c["path"]),
    )


def _o2c_datum_desc(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["datum_id"] = (lambda x: int(x))(v.datum_id)
    d["type"] = (lambda x: int(x))(v.type)
    d["path"] = (lambda x: x.encode("ascii"))(v.path)
    return d


C_session_proof = Struct(
    "session" / Int32ub,
    "counter" / Int32ub,
    "mac" / Bytes(16),
)


def _c2o_session_proof(c: Any) -> Any:
    return types.SessionProof(
        session=c["session"], counter=c["counter"], mac=(lambda x: bytes(x))(c["mac"])
    )


def _o2c_session_proof(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["session"] = (lambda x: int(x))(v.session)
    d["counter"] = (lambda x: int(x))(v.counter)
    d["mac"] = (lambda x: bytes(x).ljust(16, b"\x00"))(v.mac)
    return d


C_record = Struct(
    "inspection" / Int32ub,
    "timestamp_us" / Int64ub,
    "flags" / Int8ub,
    "datums" / PrefixedArray(Int16ub, C_datum_value),
    Check(lambda this: len(this["datums"] or []) <= 255),
    "image" / If(lambda this: bool(this["flags"] & 0x2), C_image_data),
)


def _c2o_record(c: Any) -> Any:
    return types.Record(
        inspection=c["inspection"],
        timestamp_us=c["timestamp_us"],
        flags=(lambda x: enums.RecordFlags(x))(c["flags"]),
        datums=[_c2o_datum_value(x) for x in c["datums"]],
        image=None if c["image"] is None else (lambda x: _c2o_image_data(x))(c["image"]),
    )


def _o2c_record(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["inspection"] = (lambda x: int(x))(v.inspection)
    d["timestamp_us"] = (lambda x: int(x))(v.timestamp_us)
    d["flags"] = (lambda x: int(x))(v.flags)
    d["datums"] = [_o2c_datum_value(x) for x in v.datums]
    d["image"] = None if v.image is None else (lambda x: _o2c_image_data(x))(v.image)
    return d


C_dhcp_opt_message_type = Struct(
    "length" / Const(1, Int8ub),
    "message_type" / Int8ub,
)


def _c2o_dhcp_opt_message_type(c: Any) -> Any:
    return types.DhcpOptMessageType(
        message_type=(lambda x: enums.DHCP_MESSAGE_TYPE_VALUES.get(x, x))(c["message_type"])
    )


def _o2c_dhcp_opt_message_type(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["message_type"] = (lambda x: int(x))(v.message_type)
    return d


C_dhcp_opt_ipv4 = Struct(
    "length" / Const(4, Int8ub),
    "address" / Bytes(4),
)


def _c2o_dhcp_opt_ipv4(c: Any) -> Any:
    return types.DhcpOptIpv4(address=(lambda x: ipv4_str(x))(c["address"]))


def _o2c_dhcp_opt_ipv4(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["address"] = (lambda x: ipv4_bytes(x, ""))(v.address)
    return d


C_dhcp_opt_ipv4_list = Struct(
    "length" / Int8ub,
    "addresses" / ExactSized(this["length"], GreedyRange(Bytes(4))),
    Check(lambda this: len(this["addresses"] or []) <= 63),
)


def _c2o_dhcp_opt_ipv4_list(c: Any) -> Any:
    return types.DhcpOptIpv4List(addresses=[ipv4_str(x) for x in c["addresses"]])


def _o2c_dhcp_opt_ipv4_list(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["length"] = 0  # filled in below
    d["addresses"] = [ipv4_bytes(x, "") for x in v.addresses]
    d["length"] = len((GreedyRange(Bytes(4))).build(d["addresses"]))
    return d


C_dhcp_opt_u32 = Struct(
    "length" / Const(4, Int8ub),
    "seconds" / Int32ub,
)


def _c2o_dhcp_opt_u32(c: Any) -> Any:
    return types.DhcpOptU32(seconds=c["seconds"])


def _o2c_dhcp_opt_u32(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["seconds"] = (lambda x: int(x))(v.seconds)
    return d


C_dhcp_opt_text = Struct(
    "length" / Int8ub,
    "text" / Bytes(this["length"]),
)


def _c2o_dhcp_opt_text(c: Any) -> Any:
    return types.DhcpOptText(text=(lambda x: text(x, "latin-1", "", 0))(c["text"]))


def _o2c_dhcp_opt_text(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["length"] = 0  # filled in below
    d["text"] = (lambda x: x.encode("latin-1"))(v.text)
    d["length"] = len(d["text"])
    return d


C_dhcp_opt_raw = Struct(
    "length" / Int8ub,
    "data" / Bytes(this["length"]),
)


def _c2o_dhcp_opt_raw(c: Any) -> Any:
    return types.DhcpOptRaw(data=(lambda x: bytes(x))(c["data"]))


def _o2c_dhcp_opt_raw(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["length"] = 0  # filled in below
    d["data"] = (lambda x: bytes(x))(v.data)
    d["length"] = len(d["data"])
    return d


C_dhcp_option = Struct(
    "code" / Int8ub,
    "body"
    / Switch(
        this["code"],
        {
            0: Bytes(0),
            255: Bytes(0),
            53: C_dhcp_opt_message_type,
            1: C_dhcp_opt_ipv4,
            50: C_dhcp_opt_ipv4,
            54: C_dhcp_opt_ipv4,
            3: C_dhcp_opt_ipv4_list,
            6: C_dhcp_opt_ipv4_list,
            51: C_dhcp_opt_u32,
            58: C_dhcp_opt_u32,
            59: C_dhcp_opt_u32,
            12: C_dhcp_opt_text,
        },
        default=C_dhcp_opt_raw,
    ),
)


def _c2o_dhcp_option(c: Any) -> Any:
    return types.DhcpOption(
        code=(lambda x: enums.DHCP_OPTION_CODE_VALUES.get(x, x))(c["code"]),
        body=(lambda x: _c2o_dhcp_option__body(c["code"], x))(c["body"]),
    )


def _o2c_dhcp_option(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["code"] = (lambda x: int(x))(v.code)
    d["body"] = (lambda x: _o2c_dhcp_option__body(v.code, x))(v.body)
    return d


C_point_info = Struct(
    "point" / Int16ub,
    "kind" / Int8ub,
    "state" / Flag,
    "name" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_point_info(c: Any) -> Any:
    return types.PointInfo(
        point=c["point"],
        kind=(lambda x: enums.IO_KIND_VALUES.get(x, x))(c["kind"]),
        state=c["state"],
        name=(lambda x: text(x, "ascii", "", 0))(c["name"]),
    )


def _o2c_point_info(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["point"] = (lambda x: int(x))(v.point)
    d["kind"] = (lambda x: int(x))(v.kind)
    d["state"] = (lambda x: x)(v.state)
    d["name"] = (lambda x: x.encode("ascii"))(v.name)
    return d


C_network_config = Struct(
    "dhcp" / Flag,
    "ip" / Bytes(4),
    "mask" / Bytes(4),
    "gateway" / Bytes(4),
    "name" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_network_config(c: Any) -> Any:
    return types.NetworkConfig(
        dhcp=c["dhcp"],
        ip=(lambda x: ipv4_str(x))(c["ip"]),
        mask=(lambda x: ipv4_str(x))(c["mask"]),
        gateway=(lambda x: ipv4_str(x))(c["gateway"]),
        name=(lambda x: text(x, "ascii", "", 0))(c["name"]),
    )


def _o2c_network_config(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["dhcp"] = (lambda x: x)(v.dhcp)
    d["ip"] = (lambda x: ipv4_bytes(x, ""))(v.ip)
    d["mask"] = (lambda x: ipv4_bytes(x, ""))(v.mask)
    d["gateway"] = (lambda x: ipv4_bytes(x, ""))(v.gateway)
    d["name"] = (lambda x: x.encode("ascii"))(v.name)
    return d


C_report_info = Struct(
    "report_id" / Int16ub,
    "mode" / Int8ub,
    "state" / Int8ub,
    "rate_hz" / Float32b,
    "datum_count" / Int16ub,
    "delivered" / Int32ub,
    "dropped" / Int32ub,
)


def _c2o_report_info(c: Any) -> Any:
    return types.ReportInfo(
        report_id=c["report_id"],
        mode=(lambda x: enums.REPORT_MODE_VALUES.get(x, x))(c["mode"]),
        state=(lambda x: enums.ReportInfoState(x))(c["state"]),
        rate_hz=c["rate_hz"],
        datum_count=c["datum_count"],
        delivered=c["delivered"],
        dropped=c["dropped"],
    )


def _o2c_report_info(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["mode"] = (lambda x: int(x))(v.mode)
    d["state"] = (lambda x: int(x))(v.state)
    d["rate_hz"] = (lambda x: x)(v.rate_hz)
    d["datum_count"] = (lambda x: int(x))(v.datum_count)
    d["delivered"] = (lambda x: int(x))(v.delivered)
    d["dropped"] = (lambda x: int(x))(v.dropped)
    return d


C_rip_auth = Struct(
    "auth_type" / Int16ub,
    "password" / Bytes(16),
)


def _c2o_rip_auth(c: Any) -> Any:
    return types.RipAuth(auth_type=c["auth_type"], password=(lambda x: bytes(x))(c["password"]))


def _o2c_rip_auth(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["auth_type"] = (lambda x: int(x))(v.auth_type)
    d["password"] = (lambda x: bytes(x).ljust(16, b"\x00"))(v.password)
    return d


C_rip_route = Struct(
    "route_tag" / Int16ub,
    "address" / Bytes(4),
    "mask" / Bytes(4),
    "next_hop" / Bytes(4),
    "metric" / Int32ub,
)


def _c2o_rip_route(c: Any) -> Any:
    return types.RipRoute(
        route_tag=c["route_tag"],
        address=(lambda x: ipv4_str(x))(c["address"]),
        mask=(lambda x: ipv4_str(x))(c["mask"]),
        next_hop=(lambda x: ipv4_str(x))(c["next_hop"]),
        metric=c["metric"],
    )


def _o2c_rip_route(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["route_tag"] = (lambda x: int(x))(v.route_tag)
    d["address"] = (lambda x: ipv4_bytes(x, ""))(v.address)
    d["mask"] = (lambda x: ipv4_bytes(x, ""))(v.mask)
    d["next_hop"] = (lambda x: ipv4_bytes(x, ""))(v.next_hop)
    d["metric"] = (lambda x: int(x))(v.metric)
    return d


C_rip_entry = Struct(
    "family" / Int16ub,
    "body" / Switch(this["family"], {65535: C_rip_auth}, default=C_rip_route),
)


def _c2o_rip_entry(c: Any) -> Any:
    return types.RipEntry(
        family=(lambda x: enums.RIP_FAMILY_VALUES.get(x, x))(c["family"]),
        body=(lambda x: _c2o_rip_entry__body(c["family"], x))(c["body"]),
    )


def _o2c_rip_entry(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["family"] = (lambda x: int(x))(v.family)
    d["body"] = (lambda x: _o2c_rip_entry__body(v.family, x))(v.body)
    return d


C_job_entry = Struct(
    "slot" / Int16ub,
    "flags" / Int8ub,
    "size" / Int32ub,
    "name" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_job_entry(c: Any) -> Any:
    return types.JobEntry(
        slot=c["slot"],
        flags=(lambda x: enums.JobEntryFlags(x))(c["flags"]),
        size=c["size"],
        name=(lambda x: text(x, "ascii", "", 0))(c["name"]),
    )


def _o2c_job_entry(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["slot"] = (lambda x: int(x))(v.slot)
    d["flags"] = (lambda x: int(x))(v.flags)
    d["size"] = (lambda x: int(x))(v.size)
    d["name"] = (lambda x: x.encode("ascii"))(v.name)
    return d


C_vs1_frame_header = Struct(
    "magic" / Const(22065, Int16ub),
    "version" / Const(1, Int8ub),
    "flags" / Int8ub,
    "msg_type" / Int16ub,
    "seq" / Int32ub,
    "length" / Int32ub,
)


def _c2o_vs1_frame_header(c: Any) -> Any:
    return frames.Vs1FrameHeader(
        flags=(lambda x: enums.Vs1FrameHeaderFlags(x))(c["flags"]),
        msg_type=c["msg_type"],
        seq=c["seq"],
        length=c["length"],
    )


def _o2c_vs1_frame_header(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["flags"] = (lambda x: int(x))(v.flags)
    d["msg_type"] = (lambda x: int(x))(v.msg_type)
    d["seq"] = (lambda x: int(x))(v.seq)
    d["length"] = (lambda x: int(x))(v.length)
    return d


C_error_reply = Struct(
    "status" / Int16ub,
    "request_type" / Int16ub,
    "detail" / ExprValidator(Prefixed(Int16ub, GreedyBytes), lambda obj, ctx: len(obj) <= 4096),
)


def _c2o_error_reply(c: Any) -> Any:
    return frames.ErrorReply(
        status=(lambda x: enums.STATUS_CODE_VALUES.get(x, x))(c["status"]),
        request_type=c["request_type"],
        detail=(lambda x: text(x, "utf-8", "", 0))(c["detail"]),
    )


def _o2c_error_reply(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["status"] = (lambda x: int(x))(v.status)
    d["request_type"] = (lambda x: int(x))(v.request_type)
    d["detail"] = (lambda x: x.encode("utf-8"))(v.detail)
    return d


C_bind_session = Struct(
    "auth" / C_session_proof,
)


def _c2o_bind_session(c: Any) -> Any:
    return frames.BindSession(auth=(lambda x: _c2o_session_proof(x))(c["auth"]))


def _o2c_bind_session(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["auth"] = (lambda x: _o2c_session_proof(x))(v.auth)
    return d


C_bind_ack = Struct(
    "session" / Int32ub,
    "in_control" / Flag,
)


def _c2o_bind_ack(c: Any) -> Any:
    return frames.BindAck(session=c["session"], in_control=c["in_control"])


def _o2c_bind_ack(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["session"] = (lambda x: int(x))(v.session)
    d["in_control"] = (lambda x: x)(v.in_control)
    return d


C_take_picture = Struct(
    "pixel_format" / Int8ub,
)


def _c2o_take_picture(c: Any) -> Any:
    return acquire.TakePicture(
        pixel_format=(lambda x: enums.PIXEL_FORMAT_VALUES.get(x, x))(c["pixel_format"])
    )


def _o2c_take_picture(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["pixel_format"] = (lambda x: int(x))(v.pixel_format)
    return d


C_picture = Struct(
    "image" / C_image_data,
)


def _c2o_picture(c: Any) -> Any:
    return acquire.Picture(image=(lambda x: _c2o_image_data(x))(c["image"]))


def _o2c_picture(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["image"] = (lambda x: _o2c_image_data(x))(v.image)
    return d


C_start_live = Struct(
    "max_fps" / Int16ub,
    "pixel_format" / Int8ub,
)


def _c2o_start_live(c: Any) -> Any:
    return acquire.StartLive(
        max_fps=c["max_fps"],
        pixel_format=(lambda x: enums.PIXEL_FORMAT_VALUES.get(x, x))(c["pixel_format"]),
    )


def _o2c_start_live(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["max_fps"] = (lambda x: int(x))(v.max_fps)
    d["pixel_format"] = (lambda x: int(x))(v.pixel_format)
    return d


C_live_started = Struct(
    "width" / Int16ub,
    "height" / Int16ub,
    "pixel_format" / Int8ub,
)


def _c2o_live_started(c: Any) -> Any:
    return acquire.LiveStarted(
        width=c["width"],
        height=c["height"],
        pixel_format=(lambda x: enums.PIXEL_FORMAT_VALUES.get(x, x))(c["pixel_format"]),
    )


def _o2c_live_started(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["width"] = (lambda x: int(x))(v.width)
    d["height"] = (lambda x: int(x))(v.height)
    d["pixel_format"] = (lambda x: int(x))(v.pixel_format)
    return d


C_stop_live = Struct()


def _c2o_stop_live(c: Any) -> Any:
    return acquire.StopLive()


def _o2c_stop_live(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_live_stopped = Struct(
    "frames_sent" / Int32ub,
    "frames_skipped" / Int32ub,
)


def _c2o_live_stopped(c: Any) -> Any:
    return acquire.LiveStopped(frames_sent=c["frames_sent"], frames_skipped=c["frames_skipped"])


def _o2c_live_stopped(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["frames_sent"] = (lambda x: int(x))(v.frames_sent)
    d["frames_skipped"] = (lambda x: int(x))(v.frames_skipped)
    return d


C_live_frame = Struct(
    "frame" / Int32ub,
    "image" / C_image_data,
)


def _c2o_live_frame(c: Any) -> Any:
    return acquire.LiveFrame(frame=c["frame"], image=(lambda x: _c2o_image_data(x))(c["image"]))


def _o2c_live_frame(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["frame"] = (lambda x: int(x))(v.frame)
    d["image"] = (lambda x: _o2c_image_data(x))(v.image)
    return d


C_announce = Struct(
    "name" / Prefixed(Int8ub, GreedyBytes),
    "model" / Prefixed(Int8ub, GreedyBytes),
    "mac" / Bytes(6),
    "ip" / Bytes(4),
    "mask" / Bytes(4),
    "controller_ip" / Bytes(4),
    "state" / Int8ub,
    "flags" / Int8ub,
    "software_version" / Prefixed(Int8ub, GreedyBytes),
    "uptime_s" / Int32ub,
    "inspections" / Int32ub,
    "passed" / Int32ub,
    "failed" / Int32ub,
    "job_name" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_announce(c: Any) -> Any:
    return announce.Announce(
        name=(lambda x: text(x, "ascii", "", 0))(c["name"]),
        model=(lambda x: text(x, "ascii", "", 0))(c["model"]),
        mac=(lambda x: mac_str(x))(c["mac"]),
        ip=(lambda x: ipv4_str(x))(c["ip"]),
        mask=(lambda x: ipv4_str(x))(c["mask"]),
        controller_ip=(lambda x: ipv4_str(x))(c["controller_ip"]),
        state=(lambda x: enums.CAMERA_STATE_VALUES.get(x, x))(c["state"]),
        flags=(lambda x: enums.AnnounceFlags(x))(c["flags"]),
        software_version=(lambda x: text(x, "ascii", "", 0))(c["software_version"]),
        uptime_s=c["uptime_s"],
        inspections=c["inspections"],
        passed=c["passed"],
        failed=c["failed"],
        job_name=(lambda x: text(x, "ascii", "", 0))(c["job_name"]),
    )


def _o2c_announce(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["name"] = (lambda x: x.encode("ascii"))(v.name)
    d["model"] = (lambda x: x.encode("ascii"))(v.model)
    d["mac"] = (lambda x: mac_bytes(x, ""))(v.mac)
    d["ip"] = (lambda x: ipv4_bytes(x, ""))(v.ip)
    d["mask"] = (lambda x: ipv4_bytes(x, ""))(v.mask)
    d["controller_ip"] = (lambda x: ipv4_bytes(x, ""))(v.controller_ip)
    d["state"] = (lambda x: int(x))(v.state)
    d["flags"] = (lambda x: int(x))(v.flags)
    d["software_version"] = (lambda x: x.encode("ascii"))(v.software_version)
    d["uptime_s"] = (lambda x: int(x))(v.uptime_s)
    d["inspections"] = (lambda x: int(x))(v.inspections)
    d["passed"] = (lambda x: int(x))(v.passed)
    d["failed"] = (lambda x: int(x))(v.failed)
    d["job_name"] = (lambda x: x.encode("ascii"))(v.job_name)
    return d


C_discover = Struct()


def _c2o_discover(c: Any) -> Any:
    return announce.Discover()


def _o2c_discover(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_dhcp_message = Struct(
    "op" / Int8ub,
    "htype" / Int8ub,
    "hlen" / Int8ub,
    "hops" / Int8ub,
    "xid" / Int32ub,
    "secs" / Int16ub,
    "bootp_flags" / Int16ub,
    "ciaddr" / Bytes(4),
    "yiaddr" / Bytes(4),
    "siaddr" / Bytes(4),
    "giaddr" / Bytes(4),
    "chaddr" / Bytes(6),
    "chaddr_pad" / Padding(10),
    "sname" / Bytes(64),
    "file" / Bytes(128),
    "magic_cookie" / Const(1669485411, Int32ub),
    "options" / GreedyRange(C_dhcp_option),
    Check(lambda this: len(this["options"] or []) <= 312),
)


def _c2o_dhcp_message(c: Any) -> Any:
    return dhcp.DhcpMessage(
        op=(lambda x: enums.BOOTP_OP_VALUES.get(x, x))(c["op"]),
        htype=c["htype"],
        hlen=c["hlen"],
        hops=c["hops"],
        xid=c["xid"],
        secs=c["secs"],
        bootp_flags=(lambda x: enums.DhcpMessageBootpFlags(x))(c["bootp_flags"]),
        ciaddr=(lambda x: ipv4_str(x))(c["ciaddr"]),
        yiaddr=(lambda x: ipv4_str(x))(c["yiaddr"]),
        siaddr=(lambda x: ipv4_str(x))(c["siaddr"]),
        giaddr=(lambda x: ipv4_str(x))(c["giaddr"]),
        chaddr=(lambda x: mac_str(x))(c["chaddr"]),
        sname=(lambda x: text(x, "latin-1", "", 0).rstrip("\x00"))(c["sname"]),
        file=(lambda x: text(x, "latin-1", "", 0).rstrip("\x00"))(c["file"]),
        options=[_c2o_dhcp_option(x) for x in c["options"]],
    )


def _o2c_dhcp_message(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["op"] = (lambda x: int(x))(v.op)
    d["htype"] = (lambda x: int(x))(v.htype)
    d["hlen"] = (lambda x: int(x))(v.hlen)
    d["hops"] = (lambda x: int(x))(v.hops)
    d["xid"] = (lambda x: int(x))(v.xid)
    d["secs"] = (lambda x: int(x))(v.secs)
    d["bootp_flags"] = (lambda x: int(x))(v.bootp_flags)
    d["ciaddr"] = (lambda x: ipv4_bytes(x, ""))(v.ciaddr)
    d["yiaddr"] = (lambda x: ipv4_bytes(x, ""))(v.yiaddr)
    d["siaddr"] = (lambda x: ipv4_bytes(x, ""))(v.siaddr)
    d["giaddr"] = (lambda x: ipv4_bytes(x, ""))(v.giaddr)
    d["chaddr"] = (lambda x: mac_bytes(x, ""))(v.chaddr)
    d["sname"] = (lambda x: x.encode("latin-1").ljust(64, b"\x00"))(v.sname)
    d["file"] = (lambda x: x.encode("latin-1").ljust(128, b"\x00"))(v.file)
    d["options"] = [_o2c_dhcp_option(x) for x in v.options]
    return d


C_list_points = Struct()


def _c2o_list_points(c: Any) -> Any:
    return io.ListPoints()


def _o2c_list_points(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_point_list = Struct(
    "points" / PrefixedArray(Int16ub, C_point_info),
    Check(lambda this: len(this["points"] or []) <= 1024),
)


def _c2o_point_list(c: Any) -> Any:
    return io.PointList(points=[_c2o_point_info(x) for x in c["points"]])


def _o2c_point_list(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["points"] = [_o2c_point_info(x) for x in v.points]
    return d


C_read_points = Struct(
    "first" / Int16ub,
    "count" / Int16ub,
)


def _c2o_read_points(c: Any) -> Any:
    return io.ReadPoints(first=c["first"], count=c["count"])


def _o2c_read_points(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["first"] = (lambda x: int(x))(v.first)
    d["count"] = (lambda x: int(x))(v.count)
    return d


C_point_states = Struct(
    "first" / Int16ub,
    "states" / PrefixedArray(Int16ub, Flag),
    Check(lambda this: len(this["states"] or []) <= 1024),
)


def _c2o_point_states(c: Any) -> Any:
    return io.PointStates(first=c["first"], states=list(c["states"]))


def _o2c_point_states(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["first"] = (lambda x: int(x))(v.first)
    d["states"] = [x for x in v.states]
    return d


C_write_point = Struct(
    "point" / Int16ub,
    "state" / Flag,
    "pulse_ms" / Int16ub,
)


def _c2o_write_point(c: Any) -> Any:
    return io.WritePoint(point=c["point"], state=c["state"], pulse_ms=c["pulse_ms"])


def _o2c_write_point(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["point"] = (lambda x: int(x))(v.point)
    d["state"] = (lambda x: x)(v.state)
    d["pulse_ms"] = (lambda x: int(x))(v.pulse_ms)
    return d


C_write_ack = Struct(
    "point" / Int16ub,
    "state" / Flag,
)


def _c2o_write_ack(c: Any) -> Any:
    return io.WriteAck(point=c["point"], state=c["state"])


def _o2c_write_ack(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["point"] = (lambda x: int(x))(v.point)
    d["state"] = (lambda x: x)(v.state)
    return d


C_subscribe = Struct(
    "kinds" / Int8ub,
)


def _c2o_subscribe(c: Any) -> Any:
    return io.Subscribe(kinds=(lambda x: enums.SubscribeKinds(x))(c["kinds"]))


def _o2c_subscribe(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["kinds"] = (lambda x: int(x))(v.kinds)
    return d


C_subscribe_ack = Struct(
    "kinds" / Int8ub,
)


def _c2o_subscribe_ack(c: Any) -> Any:
    return io.SubscribeAck(kinds=(lambda x: enums.SubscribeAckKinds(x))(c["kinds"]))


def _o2c_subscribe_ack(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["kinds"] = (lambda x: int(x))(v.kinds)
    return d


C_io_changed = Struct(
    "point" / Int16ub,
    "kind" / Int8ub,
    "state" / Flag,
    "timestamp_us" / Int64ub,
)


def _c2o_io_changed(c: Any) -> Any:
    return io.IoChanged(
        point=c["point"],
        kind=(lambda x: enums.IO_KIND_VALUES.get(x, x))(c["kind"]),
        state=c["state"],
        timestamp_us=c["timestamp_us"],
    )


def _o2c_io_changed(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["point"] = (lambda x: int(x))(v.point)
    d["kind"] = (lambda x: int(x))(v.kind)
    d["state"] = (lambda x: x)(v.state)
    d["timestamp_us"] = (lambda x: int(x))(v.timestamp_us)
    return d


C_login_start = Struct(
    "client_nonce" / Bytes(16),
    "user" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_login_start(c: Any) -> Any:
    return login.LoginStart(
        client_nonce=(lambda x: bytes(x))(c["client_nonce"]),
        user=(lambda x: text(x, "utf-8", "", 0))(c["user"]),
    )


def _o2c_login_start(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["client_nonce"] = (lambda x: bytes(x).ljust(16, b"\x00"))(v.client_nonce)
    d["user"] = (lambda x: x.encode("utf-8"))(v.user)
    return d


C_login_challenge = Struct(
    "server_nonce" / Bytes(16),
    "salt" / Bytes(16),
    "iterations" / Int32ub,
    "kdf" / Int8ub,
)


def _c2o_login_challenge(c: Any) -> Any:
    return login.LoginChallenge(
        server_nonce=(lambda x: bytes(x))(c["server_nonce"]),
        salt=(lambda x: bytes(x))(c["salt"]),
        iterations=c["iterations"],
        kdf=(lambda x: enums.KDF_VALUES.get(x, x))(c["kdf"]),
    )


def _o2c_login_challenge(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["server_nonce"] = (lambda x: bytes(x).ljust(16, b"\x00"))(v.server_nonce)
    d["salt"] = (lambda x: bytes(x).ljust(16, b"\x00"))(v.salt)
    d["iterations"] = (lambda x: int(x))(v.iterations)
    d["kdf"] = (lambda x: int(x))(v.kdf)
    return d


C_login = Struct(
    "client_nonce" / Bytes(16),
    "server_nonce" / Bytes(16),
    "proof" / Bytes(32),
    "user" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_login(c: Any) -> Any:
    return login.Login(
        client_nonce=(lambda x: bytes(x))(c["client_nonce"]),
        server_nonce=(lambda x: bytes(x))(c["server_nonce"]),
        proof=(lambda x: bytes(x))(c["proof"]),
        user=(lambda x: text(x, "utf-8", "", 0))(c["user"]),
    )


def _o2c_login(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["client_nonce"] = (lambda x: bytes(x).ljust(16, b"\x00"))(v.client_nonce)
    d["server_nonce"] = (lambda x: bytes(x).ljust(16, b"\x00"))(v.server_nonce)
    d["proof"] = (lambda x: bytes(x).ljust(32, b"\x00"))(v.proof)
    d["user"] = (lambda x: x.encode("utf-8"))(v.user)
    return d


C_login_reply = Struct(
    "session" / Int32ub,
    "timeout_s" / Int16ub,
    "server_signature" / Bytes(32),
)


def _c2o_login_reply(c: Any) -> Any:
    return login.LoginReply(
        session=c["session"],
        timeout_s=c["timeout_s"],
        server_signature=(lambda x: bytes(x))(c["server_signature"]),
    )


def _o2c_login_reply(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["session"] = (lambda x: int(x))(v.session)
    d["timeout_s"] = (lambda x: int(x))(v.timeout_s)
    d["server_signature"] = (lambda x: bytes(x).ljust(32, b"\x00"))(v.server_signature)
    return d


C_logout = Struct(
    "auth" / C_session_proof,
)


def _c2o_logout(c: Any) -> Any:
    return login.Logout(auth=(lambda x: _c2o_session_proof(x))(c["auth"]))


def _o2c_logout(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["auth"] = (lambda x: _o2c_session_proof(x))(v.auth)
    return d


C_login_ack = Struct(
    "session" / Int32ub,
)


def _c2o_login_ack(c: Any) -> Any:
    return login.LoginAck(session=c["session"])


def _o2c_login_ack(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["session"] = (lambda x: int(x))(v.session)
    return d


C_take_control = Struct(
    "auth" / C_session_proof,
)


def _c2o_take_control(c: Any) -> Any:
    return login.TakeControl(auth=(lambda x: _c2o_session_proof(x))(c["auth"]))


def _o2c_take_control(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["auth"] = (lambda x: _o2c_session_proof(x))(v.auth)
    return d


C_release_control = Struct(
    "auth" / C_session_proof,
)


def _c2o_release_control(c: Any) -> Any:
    return login.ReleaseControl(auth=(lambda x: _c2o_session_proof(x))(c["auth"]))


def _o2c_release_control(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["auth"] = (lambda x: _o2c_session_proof(x))(v.auth)
    return d


C_control_reply = Struct(
    "in_control" / Flag,
    "holder_ip" / Bytes(4),
)


def _c2o_control_reply(c: Any) -> Any:
    return login.ControlReply(
        in_control=c["in_control"], holder_ip=(lambda x: ipv4_str(x))(c["holder_ip"])
    )


def _o2c_control_reply(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["in_control"] = (lambda x: x)(v.in_control)
    d["holder_ip"] = (lambda x: ipv4_bytes(x, ""))(v.holder_ip)
    return d


C_get_network = Struct()


def _c2o_get_network(c: Any) -> Any:
    return login.GetNetwork()


def _o2c_get_network(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_network_params = Struct(
    "mac" / Bytes(6),
    "config" / C_network_config,
)


def _c2o_network_params(c: Any) -> Any:
    return login.NetworkParams(
        mac=(lambda x: mac_str(x))(c["mac"]), config=(lambda x: _c2o_network_config(x))(c["config"])
    )


def _o2c_network_params(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["mac"] = (lambda x: mac_bytes(x, ""))(v.mac)
    d["config"] = (lambda x: _o2c_network_config(x))(v.config)
    return d


C_set_network = Struct(
    "auth" / C_session_proof,
    "config" / C_network_config,
)


def _c2o_set_network(c: Any) -> Any:
    return login.SetNetwork(
        auth=(lambda x: _c2o_session_proof(x))(c["auth"]),
        config=(lambda x: _c2o_network_config(x))(c["config"]),
    )


def _o2c_set_network(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["auth"] = (lambda x: _o2c_session_proof(x))(v.auth)
    d["config"] = (lambda x: _o2c_network_config(x))(v.config)
    return d


C_hello = Struct(
    "auth" / C_session_proof,
    "interval_ms" / Int16ub,
    "client_name" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_hello(c: Any) -> Any:
    return monitor.Hello(
        auth=(lambda x: _c2o_session_proof(x))(c["auth"]),
        interval_ms=c["interval_ms"],
        client_name=(lambda x: text(x, "utf-8", "", 0))(c["client_name"]),
    )


def _o2c_hello(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["auth"] = (lambda x: _o2c_session_proof(x))(v.auth)
    d["interval_ms"] = (lambda x: int(x))(v.interval_ms)
    d["client_name"] = (lambda x: x.encode("utf-8"))(v.client_name)
    return d


C_hello_ack = Struct(
    "monitor_id" / Int32ub,
    "interval_ms" / Int16ub,
    "timeout_ms" / Int16ub,
)


def _c2o_hello_ack(c: Any) -> Any:
    return monitor.HelloAck(
        monitor_id=c["monitor_id"], interval_ms=c["interval_ms"], timeout_ms=c["timeout_ms"]
    )


def _o2c_hello_ack(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["monitor_id"] = (lambda x: int(x))(v.monitor_id)
    d["interval_ms"] = (lambda x: int(x))(v.interval_ms)
    d["timeout_ms"] = (lambda x: int(x))(v.timeout_ms)
    return d


C_watch = Struct(
    "port" / Int16ub,
    "client_port" / Int16ub,
)


def _c2o_watch(c: Any) -> Any:
    return monitor.Watch(port=c["port"], client_port=c["client_port"])


def _o2c_watch(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["port"] = (lambda x: int(x))(v.port)
    d["client_port"] = (lambda x: int(x))(v.client_port)
    return d


C_watch_ack = Struct(
    "watched" / Int16ub,
)


def _c2o_watch_ack(c: Any) -> Any:
    return monitor.WatchAck(watched=c["watched"])


def _o2c_watch_ack(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["watched"] = (lambda x: int(x))(v.watched)
    return d


C_heartbeat = Struct(
    "counter" / Int32ub,
    "uptime_ms" / Int32ub,
)


def _c2o_heartbeat(c: Any) -> Any:
    return monitor.Heartbeat(counter=c["counter"], uptime_ms=c["uptime_ms"])


def _o2c_heartbeat(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["counter"] = (lambda x: int(x))(v.counter)
    d["uptime_ms"] = (lambda x: int(x))(v.uptime_ms)
    return d


C_goodbye = Struct(
    "reason" / Int8ub,
)


def _c2o_goodbye(c: Any) -> Any:
    return monitor.Goodbye(reason=(lambda x: enums.GOODBYE_REASON_VALUES.get(x, x))(c["reason"]))


def _o2c_goodbye(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["reason"] = (lambda x: int(x))(v.reason)
    return d


C_partq_info = Struct()


def _c2o_partq_info(c: Any) -> Any:
    return partq.PartqInfo()


def _o2c_partq_info(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_partq_status = Struct(
    "depth" / Int32ub,
    "count" / Int32ub,
    "oldest" / Int32ub,
    "newest" / Int32ub,
)


def _c2o_partq_status(c: Any) -> Any:
    return partq.PartqStatus(
        depth=c["depth"], count=c["count"], oldest=c["oldest"], newest=c["newest"]
    )


def _o2c_partq_status(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["depth"] = (lambda x: int(x))(v.depth)
    d["count"] = (lambda x: int(x))(v.count)
    d["oldest"] = (lambda x: int(x))(v.oldest)
    d["newest"] = (lambda x: int(x))(v.newest)
    return d


C_fetch_range = Struct(
    "first" / Int32ub,
    "last" / Int32ub,
    "max_records" / Int16ub,
    "options" / Int8ub,
)


def _c2o_fetch_range(c: Any) -> Any:
    return partq.FetchRange(
        first=c["first"],
        last=c["last"],
        max_records=c["max_records"],
        options=(lambda x: enums.FetchRangeOptions(x))(c["options"]),
    )


def _o2c_fetch_range(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["first"] = (lambda x: int(x))(v.first)
    d["last"] = (lambda x: int(x))(v.last)
    d["max_records"] = (lambda x: int(x))(v.max_records)
    d["options"] = (lambda x: int(x))(v.options)
    return d


C_fetch_latest = Struct(
    "count" / Int16ub,
    "options" / Int8ub,
)


def _c2o_fetch_latest(c: Any) -> Any:
    return partq.FetchLatest(
        count=c["count"], options=(lambda x: enums.FetchLatestOptions(x))(c["options"])
    )


def _o2c_fetch_latest(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["count"] = (lambda x: int(x))(v.count)
    d["options"] = (lambda x: int(x))(v.options)
    return d


C_partq_records = Struct(
    "more" / Flag,
    "datums" / PrefixedArray(Int8ub, C_datum_desc),
    Check(lambda this: len(this["datums"] or []) <= 255),
    "records" / PrefixedArray(Int16ub, C_record),
    Check(lambda this: len(this["records"] or []) <= 65535),
)


def _c2o_partq_records(c: Any) -> Any:
    return partq.PartqRecords(
        more=c["more"],
        datums=[_c2o_datum_desc(x) for x in c["datums"]],
        records=[_c2o_record(x) for x in c["records"]],
    )


def _o2c_partq_records(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["more"] = (lambda x: x)(v.more)
    d["datums"] = [_o2c_datum_desc(x) for x in v.datums]
    d["records"] = [_o2c_record(x) for x in v.records]
    return d


C_set_rate = Struct(
    "report_id" / Int16ub,
    "rate_hz" / Float32b,
)


def _c2o_set_rate(c: Any) -> Any:
    return report_control.SetRate(report_id=c["report_id"], rate_hz=c["rate_hz"])


def _o2c_set_rate(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["rate_hz"] = (lambda x: x)(v.rate_hz)
    return d


C_control_ack = Struct(
    "report_id" / Int16ub,
)


def _c2o_control_ack(c: Any) -> Any:
    return report_control.ControlAck(report_id=c["report_id"])


def _o2c_control_ack(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    return d


C_add_datums = Struct(
    "report_id" / Int16ub,
    "paths" / PrefixedArray(Int8ub, Prefixed(Int8ub, GreedyBytes)),
    Check(lambda this: len(this["paths"] or []) <= 255),
)


def _c2o_add_datums(c: Any) -> Any:
    return report_control.AddDatums(
        report_id=c["report_id"], paths=[text(x, "ascii", "", 0) for x in c["paths"]]
    )


def _o2c_add_datums(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["paths"] = [x.encode("ascii") for x in v.paths]
    return d


C_remove_datums = Struct(
    "report_id" / Int16ub,
    "datum_ids" / PrefixedArray(Int8ub, Int16ub),
    Check(lambda this: len(this["datum_ids"] or []) <= 255),
)


def _c2o_remove_datums(c: Any) -> Any:
    return report_control.RemoveDatums(report_id=c["report_id"], datum_ids=list(c["datum_ids"]))


def _o2c_remove_datums(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["datum_ids"] = [int(x) for x in v.datum_ids]
    return d


C_list_datums = Struct(
    "report_id" / Int16ub,
)


def _c2o_list_datums(c: Any) -> Any:
    return report_control.ListDatums(report_id=c["report_id"])


def _o2c_list_datums(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    return d


C_datum_list = Struct(
    "report_id" / Int16ub,
    "datums" / PrefixedArray(Int8ub, C_datum_desc),
    Check(lambda this: len(this["datums"] or []) <= 255),
)


def _c2o_datum_list(c: Any) -> Any:
    return report_control.DatumList(
        report_id=c["report_id"], datums=[_c2o_datum_desc(x) for x in c["datums"]]
    )


def _o2c_datum_list(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["datums"] = [_o2c_datum_desc(x) for x in v.datums]
    return d


C_list_reports = Struct()


def _c2o_list_reports(c: Any) -> Any:
    return report_control.ListReports()


def _o2c_list_reports(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_report_list = Struct(
    "reports" / PrefixedArray(Int16ub, C_report_info),
    Check(lambda this: len(this["reports"] or []) <= 1024),
)


def _c2o_report_list(c: Any) -> Any:
    return report_control.ReportList(reports=[_c2o_report_info(x) for x in c["reports"]])


def _o2c_report_list(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["reports"] = [_o2c_report_info(x) for x in v.reports]
    return d


C_pause_report = Struct(
    "report_id" / Int16ub,
)


def _c2o_pause_report(c: Any) -> Any:
    return report_control.PauseReport(report_id=c["report_id"])


def _o2c_pause_report(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    return d


C_resume_report = Struct(
    "report_id" / Int16ub,
)


def _c2o_resume_report(c: Any) -> Any:
    return report_control.ResumeReport(report_id=c["report_id"])


def _o2c_resume_report(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    return d


C_open_report = Struct(
    "report_id" / Int16ub,
    "mode" / Int8ub,
    "options" / Int8ub,
    "rate_hz" / Float32b,
    "datums" / PrefixedArray(Int8ub, Prefixed(Int8ub, GreedyBytes)),
    Check(lambda this: len(this["datums"] or []) <= 255),
)


def _c2o_open_report(c: Any) -> Any:
    return reports.OpenReport(
        report_id=c["report_id"],
        mode=(lambda x: enums.REPORT_MODE_VALUES.get(x, x))(c["mode"]),
        options=(lambda x: enums.OpenReportOptions(x))(c["options"]),
        rate_hz=c["rate_hz"],
        datums=[text(x, "ascii", "", 0) for x in c["datums"]],
    )


def _o2c_open_report(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["mode"] = (lambda x: int(x))(v.mode)
    d["options"] = (lambda x: int(x))(v.options)
    d["rate_hz"] = (lambda x: x)(v.rate_hz)
    d["datums"] = [x.encode("ascii") for x in v.datums]
    return d


C_report_opened = Struct(
    "report_id" / Int16ub,
    "next_inspection" / Int32ub,
    "datums" / PrefixedArray(Int8ub, C_datum_desc),
    Check(lambda this: len(this["datums"] or []) <= 255),
)


def _c2o_report_opened(c: Any) -> Any:
    return reports.ReportOpened(
        report_id=c["report_id"],
        next_inspection=c["next_inspection"],
        datums=[_c2o_datum_desc(x) for x in c["datums"]],
    )


def _o2c_report_opened(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["next_inspection"] = (lambda x: int(x))(v.next_inspection)
    d["datums"] = [_o2c_datum_desc(x) for x in v.datums]
    return d


C_close_report = Struct(
    "report_id" / Int16ub,
)


def _c2o_close_report(c: Any) -> Any:
    return reports.CloseReport(report_id=c["report_id"])


def _o2c_close_report(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    return d


C_report_closed = Struct(
    "report_id" / Int16ub,
    "delivered" / Int32ub,
    "dropped" / Int32ub,
)


def _c2o_report_closed(c: Any) -> Any:
    return reports.ReportClosed(
        report_id=c["report_id"], delivered=c["delivered"], dropped=c["dropped"]
    )


def _o2c_report_closed(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["delivered"] = (lambda x: int(x))(v.delivered)
    d["dropped"] = (lambda x: int(x))(v.dropped)
    return d


C_report_record = Struct(
    "report_id" / Int16ub,
    "dropped_before" / Int32ub,
    "record" / C_record,
)


def _c2o_report_record(c: Any) -> Any:
    return reports.ReportRecord(
        report_id=c["report_id"],
        dropped_before=c["dropped_before"],
        record=(lambda x: _c2o_record(x))(c["record"]),
    )


def _o2c_report_record(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["dropped_before"] = (lambda x: int(x))(v.dropped_before)
    d["record"] = (lambda x: _o2c_record(x))(v.record)
    return d


C_record_ack = Struct(
    "report_id" / Int16ub,
    "inspection" / Int32ub,
)


def _c2o_record_ack(c: Any) -> Any:
    return reports.RecordAck(report_id=c["report_id"], inspection=c["inspection"])


def _o2c_record_ack(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["report_id"] = (lambda x: int(x))(v.report_id)
    d["inspection"] = (lambda x: int(x))(v.inspection)
    return d


C_rip_packet = Struct(
    "command" / Int8ub,
    "version" / Int8ub,
    "unused" / Int16ub,
    "entries" / GreedyRange(C_rip_entry),
    Check(lambda this: len(this["entries"] or []) <= 25),
)


def _c2o_rip_packet(c: Any) -> Any:
    return rip.RipPacket(
        command=(lambda x: enums.RIP_COMMAND_VALUES.get(x, x))(c["command"]),
        version=c["version"],
        unused=c["unused"],
        entries=[_c2o_rip_entry(x) for x in c["entries"]],
    )


def _o2c_rip_packet(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["command"] = (lambda x: int(x))(v.command)
    d["version"] = (lambda x: int(x))(v.version)
    d["unused"] = (lambda x: int(x))(v.unused)
    d["entries"] = [_o2c_rip_entry(x) for x in v.entries]
    return d


C_get_status = Struct()


def _c2o_get_status(c: Any) -> Any:
    return rpc.GetStatus()


def _o2c_get_status(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_status_reply = Struct(
    "mode" / Int8ub,
    "flags" / Int8ub,
    "job_slot" / Int16ub,
    "inspections" / Int32ub,
    "passed" / Int32ub,
    "failed" / Int32ub,
    "uptime_s" / Int32ub,
    "job_name" / Prefixed(Int8ub, GreedyBytes),
    "controller_ip" / Bytes(4),
)


def _c2o_status_reply(c: Any) -> Any:
    return rpc.StatusReply(
        state=enums.CAMERA_STATE_VALUES.get((c["mode"] >> 0) & 0xF, (c["mode"] >> 0) & 0xF),
        trigger_mode=enums.TRIGGER_MODE_VALUES.get((c["mode"] >> 4) & 0x7, (c["mode"] >> 4) & 0x7),
        flags=(lambda x: enums.StatusReplyFlags(x))(c["flags"]),
        job_slot=c["job_slot"],
        inspections=c["inspections"],
        passed=c["passed"],
        failed=c["failed"],
        uptime_s=c["uptime_s"],
        job_name=(lambda x: text(x, "ascii", "", 0))(c["job_name"]),
        controller_ip=(lambda x: ipv4_str(x))(c["controller_ip"]),
    )


def _o2c_status_reply(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["mode"] = (int(v.state) << 0) | (int(v.trigger_mode) << 4)
    d["flags"] = (lambda x: int(x))(v.flags)
    d["job_slot"] = (lambda x: int(x))(v.job_slot)
    d["inspections"] = (lambda x: int(x))(v.inspections)
    d["passed"] = (lambda x: int(x))(v.passed)
    d["failed"] = (lambda x: int(x))(v.failed)
    d["uptime_s"] = (lambda x: int(x))(v.uptime_s)
    d["job_name"] = (lambda x: x.encode("ascii"))(v.job_name)
    d["controller_ip"] = (lambda x: ipv4_bytes(x, ""))(v.controller_ip)
    return d


C_get_info = Struct()


def _c2o_get_info(c: Any) -> Any:
    return rpc.GetInfo()


def _o2c_get_info(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_info_reply = Struct(
    "model" / Prefixed(Int8ub, GreedyBytes),
    "serial" / Prefixed(Int8ub, GreedyBytes),
    "firmware_version" / Prefixed(Int8ub, GreedyBytes),
    "mac" / Bytes(6),
    "job_slots" / Int16ub,
    "sensor_width" / Int16ub,
    "sensor_height" / Int16ub,
    "boot_id" / Int32ub,
)


def _c2o_info_reply(c: Any) -> Any:
    return rpc.InfoReply(
        model=(lambda x: text(x, "ascii", "", 0))(c["model"]),
        serial=(lambda x: text(x, "ascii", "", 0))(c["serial"]),
        firmware_version=(lambda x: text(x, "ascii", "", 0))(c["firmware_version"]),
        mac=(lambda x: mac_str(x))(c["mac"]),
        job_slots=c["job_slots"],
        sensor_width=c["sensor_width"],
        sensor_height=c["sensor_height"],
        boot_id=c["boot_id"],
    )


def _o2c_info_reply(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["model"] = (lambda x: x.encode("ascii"))(v.model)
    d["serial"] = (lambda x: x.encode("ascii"))(v.serial)
    d["firmware_version"] = (lambda x: x.encode("ascii"))(v.firmware_version)
    d["mac"] = (lambda x: mac_bytes(x, ""))(v.mac)
    d["job_slots"] = (lambda x: int(x))(v.job_slots)
    d["sensor_width"] = (lambda x: int(x))(v.sensor_width)
    d["sensor_height"] = (lambda x: int(x))(v.sensor_height)
    d["boot_id"] = (lambda x: int(x))(v.boot_id)
    return d


C_start = Struct()


def _c2o_start(c: Any) -> Any:
    return rpc.Start()


def _o2c_start(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_stop = Struct()


def _c2o_stop(c: Any) -> Any:
    return rpc.Stop()


def _o2c_stop(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_rpc_ack = Struct(
    "request_type" / Int16ub,
)


def _c2o_rpc_ack(c: Any) -> Any:
    return rpc.RpcAck(request_type=c["request_type"])


def _o2c_rpc_ack(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["request_type"] = (lambda x: int(x))(v.request_type)
    return d


C_list_jobs = Struct()


def _c2o_list_jobs(c: Any) -> Any:
    return rpc.ListJobs()


def _o2c_list_jobs(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_job_list = Struct(
    "selected_slot" / Int16ub,
    "jobs" / PrefixedArray(Int16ub, C_job_entry),
    Check(lambda this: len(this["jobs"] or []) <= 256),
)


def _c2o_job_list(c: Any) -> Any:
    return rpc.JobList(
        selected_slot=c["selected_slot"], jobs=[_c2o_job_entry(x) for x in c["jobs"]]
    )


def _o2c_job_list(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["selected_slot"] = (lambda x: int(x))(v.selected_slot)
    d["jobs"] = [_o2c_job_entry(x) for x in v.jobs]
    return d


C_select_job = Struct(
    "slot" / Int16ub,
)


def _c2o_select_job(c: Any) -> Any:
    return rpc.SelectJob(slot=c["slot"])


def _o2c_select_job(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["slot"] = (lambda x: int(x))(v.slot)
    return d


C_download_job = Struct(
    "slot" / Int16ub,
    "file_name" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_download_job(c: Any) -> Any:
    return rpc.DownloadJob(
        slot=c["slot"], file_name=(lambda x: text(x, "ascii", "", 0))(c["file_name"])
    )


def _o2c_download_job(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["slot"] = (lambda x: int(x))(v.slot)
    d["file_name"] = (lambda x: x.encode("ascii"))(v.file_name)
    return d


C_upload_job = Struct(
    "slot" / Int16ub,
)


def _c2o_upload_job(c: Any) -> Any:
    return rpc.UploadJob(slot=c["slot"])


def _o2c_upload_job(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["slot"] = (lambda x: int(x))(v.slot)
    return d


C_upload_reply = Struct(
    "size" / Int32ub,
    "file_name" / Prefixed(Int8ub, GreedyBytes),
)


def _c2o_upload_reply(c: Any) -> Any:
    return rpc.UploadReply(
        size=c["size"], file_name=(lambda x: text(x, "ascii", "", 0))(c["file_name"])
    )


def _o2c_upload_reply(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["size"] = (lambda x: int(x))(v.size)
    d["file_name"] = (lambda x: x.encode("ascii"))(v.file_name)
    return d


C_flash = Struct()


def _c2o_flash(c: Any) -> Any:
    return rpc.Flash()


def _o2c_flash(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_trigger = Struct(
    "count" / Int16ub,
)


def _c2o_trigger(c: Any) -> Any:
    return rpc.Trigger(count=c["count"])


def _o2c_trigger(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["count"] = (lambda x: int(x))(v.count)
    return d


C_trigger_reply = Struct(
    "first_inspection" / Int32ub,
    "count" / Int16ub,
)


def _c2o_trigger_reply(c: Any) -> Any:
    return rpc.TriggerReply(first_inspection=c["first_inspection"], count=c["count"])


def _o2c_trigger_reply(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["first_inspection"] = (lambda x: int(x))(v.first_inspection)
    d["count"] = (lambda x: int(x))(v.count)
    return d


C_set_trigger = Struct(
    "trigger_mode" / Int8ub,
    "rate_hz" / Float32b,
    "input_point" / Int16ub,
)


def _c2o_set_trigger(c: Any) -> Any:
    return rpc.SetTrigger(
        trigger_mode=(lambda x: enums.TRIGGER_MODE_VALUES.get(x, x))(c["trigger_mode"]),
        rate_hz=c["rate_hz"],
        input_point=c["input_point"],
    )


def _o2c_set_trigger(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["trigger_mode"] = (lambda x: int(x))(v.trigger_mode)
    d["rate_hz"] = (lambda x: x)(v.rate_hz)
    d["input_point"] = (lambda x: int(x))(v.input_point)
    return d


C_reboot = Struct()


def _c2o_reboot(c: Any) -> Any:
    return rpc.Reboot()


def _o2c_reboot(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    return d


C_formatted_output = Struct(
    "text" / ExprValidator(GreedyBytes, lambda obj, ctx: len(obj) <= 4096),
)


def _c2o_formatted_output(c: Any) -> Any:
    return serial.FormattedOutput(text=(lambda x: text(x, "latin-1", "", 0))(c["text"]))


def _o2c_formatted_output(v: Any) -> dict[str, Any]:
    d: dict[str, Any] = {}
    d["text"] = (lambda x: x.encode("latin-1"))(v.text)
    return d


def _c2o_datum_value__value(d: Any, x: Any) -> Any:
    if d == 0:
        return x
    if d == 1:
        return x
    if d == 2:
        return x
    if d == 3:
        return x
    if d == 4:
        return text(x, "utf-8", "", 0)
    if d == 5:
        return _c2o_point2d(x)
    return x


def _o2c_datum_value__value(d: Any, x: Any) -> Any:
    if d == 0:
        return int(x)
    if d == 1:
        return int(x)
    if d == 2:
        return x
    if d == 3:
        return x
    if d == 4:
        return x.encode("utf-8")
    if d == 5:
        return _o2c_point2d(x)
    return x


def _c2o_dhcp_option__body(d: Any, x: Any) -> Any:
    if d == 0:
        return bytes(x)
    if d == 255:
        return bytes(x)
    if d == 53:
        return _c2o_dhcp_opt_message_type(x)
    if d == 1:
        return _c2o_dhcp_opt_ipv4(x)
    if d == 50:
        return _c2o_dhcp_opt_ipv4(x)
    if d == 54:
        return _c2o_dhcp_opt_ipv4(x)
    if d == 3:
        return _c2o_dhcp_opt_ipv4_list(x)
    if d == 6:
        return _c2o_dhcp_opt_ipv4_list(x)
    if d == 51:
        return _c2o_dhcp_opt_u32(x)
    if d == 58:
        return _c2o_dhcp_opt_u32(x)
    if d == 59:
        return _c2o_dhcp_opt_u32(x)
    if d == 12:
        return _c2o_dhcp_opt_text(x)
    return _c2o_dhcp_opt_raw(x)


def _o2c_dhcp_option__body(d: Any, x: Any) -> Any:
    if d == 0:
        return bytes(x).ljust(0, b"\x00")
    if d == 255:
        return bytes(x).ljust(0, b"\x00")
    if d == 53:
        return _o2c_dhcp_opt_message_type(x)
    if d == 1:
        return _o2c_dhcp_opt_ipv4(x)
    if d == 50:
        return _o2c_dhcp_opt_ipv4(x)
    if d == 54:
        return _o2c_dhcp_opt_ipv4(x)
    if d == 3:
        return _o2c_dhcp_opt_ipv4_list(x)
    if d == 6:
        return _o2c_dhcp_opt_ipv4_list(x)
    if d == 51:
        return _o2c_dhcp_opt_u32(x)
    if d == 58:
        return _o2c_dhcp_opt_u32(x)
    if d == 59:
        return _o2c_dhcp_opt_u32(x)
    if d == 12:
        return _o2c_dhcp_opt_text(x)
    return _o2c_dhcp_opt_raw(x)


def _c2o_rip_entry__body(d: Any, x: Any) -> Any:
    if d == 65535:
        return _c2o_rip_auth(x)
    return _c2o_rip_route(x)


def _o2c_rip_entry__body(d: Any, x: Any) -> Any:
    if d == 65535:
        return _o2c_rip_auth(x)
    return _o2c_rip_route(x)


REGISTRY: dict[type, tuple[Any, Any, Any]] = {
    types.ImageData: (C_image_data, _c2o_image_data, _o2c_image_data),
    types.Point2d: (C_point2d, _c2o_point2d, _o2c_point2d),
    types.DatumValue: (C_datum_value, _c2o_datum_value, _o2c_datum_value),
    types.DatumDesc: (C_datum_desc, _c2o_datum_desc, _o2c_datum_desc),
    types.SessionProof: (C_session_proof, _c2o_session_proof, _o2c_session_proof),
    types.Record: (C_record, _c2o_record, _o2c_record),
    types.DhcpOptMessageType: (
        C_dhcp_opt_message_type,
        _c2o_dhcp_opt_message_type,
        _o2c_dhcp_opt_message_type,
    ),
    types.DhcpOptIpv4: (C_dhcp_opt_ipv4, _c2o_dhcp_opt_ipv4, _o2c_dhcp_opt_ipv4),
    types.DhcpOptIpv4List: (C_dhcp_opt_ipv4_list, _c2o_dhcp_opt_ipv4_list, _o2c_dhcp_opt_ipv4_list),
    types.DhcpOptU32: (C_dhcp_opt_u32, _c2o_dhcp_opt_u32, _o2c_dhcp_opt_u32),
    types.DhcpOptText: (C_dhcp_opt_text, _c2o_dhcp_opt_text, _o2c_dhcp_opt_text),
    types.DhcpOptRaw: (C_dhcp_opt_raw, _c2o_dhcp_opt_raw, _o2c_dhcp_opt_raw),
    types.DhcpOption: (C_dhcp_option, _c2o_dhcp_option, _o2c_dhcp_option),
    types.PointInfo: (C_point_info, _c2o_point_info, _o2c_point_info),
    types.NetworkConfig: (C_network_config, _c2o_network_config, _o2c_network_config),
    types.ReportInfo: (C_report_info, _c2o_report_info, _o2c_report_info),
    types.RipAuth: (C_rip_auth, _c2o_rip_auth, _o2c_rip_auth),
    types.RipRoute: (C_rip_route, _c2o_rip_route, _o2c_rip_route),
    types.RipEntry: (C_rip_entry, _c2o_rip_entry, _o2c_rip_entry),
    types.JobEntry: (C_job_entry, _c2o_job_entry, _o2c_job_entry),
    frames.Vs1FrameHeader: (C_vs1_frame_header, _c2o_vs1_frame_header, _o2c_vs1_frame_header),
    frames.ErrorReply: (C_error_reply, _c2o_error_reply, _o2c_error_reply),
    frames.BindSession: (C_bind_session, _c2o_bind_session, _o2c_bind_session),
    frames.BindAck: (C_bind_ack, _c2o_bind_ack, _o2c_bind_ack),
    acquire.TakePicture: (C_take_picture, _c2o_take_picture, _o2c_take_picture),
    acquire.Picture: (C_picture, _c2o_picture, _o2c_picture),
    acquire.StartLive: (C_start_live, _c2o_start_live, _o2c_start_live),
    acquire.LiveStarted: (C_live_started, _c2o_live_started, _o2c_live_started),
    acquire.StopLive: (C_stop_live, _c2o_stop_live, _o2c_stop_live),
    acquire.LiveStopped: (C_live_stopped, _c2o_live_stopped, _o2c_live_stopped),
    acquire.LiveFrame: (C_live_frame, _c2o_live_frame, _o2c_live_frame),
    announce.Announce: (C_announce, _c2o_announce, _o2c_announce),
    announce.Discover: (C_discover, _c2o_discover, _o2c_discover),
    dhcp.DhcpMessage: (C_dhcp_message, _c2o_dhcp_message, _o2c_dhcp_message),
    io.ListPoints: (C_list_points, _c2o_list_points, _o2c_list_points),
    io.PointList: (C_point_list, _c2o_point_list, _o2c_point_list),
    io.ReadPoints: (C_read_points, _c2o_read_points, _o2c_read_points),
    io.PointStates: (C_point_states, _c2o_point_states, _o2c_point_states),
    io.WritePoint: (C_write_point, _c2o_write_point, _o2c_write_point),
    io.WriteAck: (C_write_ack, _c2o_write_ack, _o2c_write_ack),
    io.Subscribe: (C_subscribe, _c2o_subscribe, _o2c_subscribe),
    io.SubscribeAck: (C_subscribe_ack, _c2o_subscribe_ack, _o2c_subscribe_ack),
    io.IoChanged: (C_io_changed, _c2o_io_changed, _o2c_io_changed),
    login.LoginStart: (C_login_start, _c2o_login_start, _o2c_login_start),
    login.LoginChallenge: (C_login_challenge, _c2o_login_challenge, _o2c_login_challenge),
    login.Login: (C_login, _c2o_login, _o2c_login),
    login.LoginReply: (C_login_reply, _c2o_login_reply, _o2c_login_reply),
    login.Logout: (C_logout, _c2o_logout, _o2c_logout),
    login.LoginAck: (C_login_ack, _c2o_login_ack, _o2c_login_ack),
    login.TakeControl: (C_take_control, _c2o_take_control, _o2c_take_control),
    login.ReleaseControl: (C_release_control, _c2o_release_control, _o2c_release_control),
    login.ControlReply: (C_control_reply, _c2o_control_reply, _o2c_control_reply),
    login.GetNetwork: (C_get_network, _c2o_get_network, _o2c_get_network),
    login.NetworkParams: (C_network_params, _c2o_network_params, _o2c_network_params),
    login.SetNetwork: (C_set_network, _c2o_set_network, _o2c_set_network),
    monitor.Hello: (C_hello, _c2o_hello, _o2c_hello),
    monitor.HelloAck: (C_hello_ack, _c2o_hello_ack, _o2c_hello_ack),
    monitor.Watch: (C_watch, _c2o_watch, _o2c_watch),
    monitor.WatchAck: (C_watch_ack, _c2o_watch_ack, _o2c_watch_ack),
    monitor.Heartbeat: (C_heartbeat, _c2o_heartbeat, _o2c_heartbeat),
    monitor.Goodbye: (C_goodbye, _c2o_goodbye, _o2c_goodbye),
    partq.PartqInfo: (C_partq_info, _c2o_partq_info, _o2c_partq_info),
    partq.PartqStatus: (C_partq_status, _c2o_partq_status, _o2c_partq_status),
    partq.FetchRange: (C_fetch_range, _c2o_fetch_range, _o2c_fetch_range),
    partq.FetchLatest: (C_fetch_latest, _c2o_fetch_latest, _o2c_fetch_latest),
    partq.PartqRecords: (C_partq_records, _c2o_partq_records, _o2c_partq_records),
    report_control.SetRate: (C_set_rate, _c2o_set_rate, _o2c_set_rate),
    report_control.ControlAck: (C_control_ack, _c2o_control_ack, _o2c_control_ack),
    report_control.AddDatums: (C_add_datums, _c2o_add_datums, _o2c_add_datums),
    report_control.RemoveDatums: (C_remove_datums, _c2o_remove_datums, _o2c_remove_datums),
    report_control.ListDatums: (C_list_datums, _c2o_list_datums, _o2c_list_datums),
    report_control.DatumList: (C_datum_list, _c2o_datum_list, _o2c_datum_list),
    report_control.ListReports: (C_list_reports, _c2o_list_reports, _o2c_list_reports),
    report_control.ReportList: (C_report_list, _c2o_report_list, _o2c_report_list),
    report_control.PauseReport: (C_pause_report, _c2o_pause_report, _o2c_pause_report),
    report_control.ResumeReport: (C_resume_report, _c2o_resume_report, _o2c_resume_report),
    reports.OpenReport: (C_open_report, _c2o_open_report, _o2c_open_report),
    reports.ReportOpened: (C_report_opened, _c2o_report_opened, _o2c_report_opened),
    reports.CloseReport: (C_close_report, _c2o_close_report, _o2c_close_report),
    reports.ReportClosed: (C_report_closed, _c2o_report_closed, _o2c_report_closed),
    reports.ReportRecord: (C_report_record, _c2o_report_record, _o2c_report_record),
    reports.RecordAck: (C_record_ack, _c2o_record_ack, _o2c_record_ack),
    rip.RipPacket: (C_rip_packet, _c2o_rip_packet, _o2c_rip_packet),
    rpc.GetStatus: (C_get_status, _c2o_get_status, _o2c_get_status),
    rpc.StatusReply: (C_status_reply, _c2o_status_reply, _o2c_status_reply),
    rpc.GetInfo: (C_get_info, _c2o_get_info, _o2c_get_info),
    rpc.InfoReply: (C_info_reply, _c2o_info_reply, _o2c_info_reply),
    rpc.Start: (C_start, _c2o_start, _o2c_start),
    rpc.Stop: (C_stop, _c2o_stop, _o2c_stop),
    rpc.RpcAck: (C_rpc_ack, _c2o_rpc_ack, _o2c_rpc_ack),
    rpc.ListJobs: (C_list_jobs, _c2o_list_jobs, _o2c_list_jobs),
    rpc.JobList: (C_job_list, _c2o_job_list, _o2c_job_list),
    rpc.SelectJob: (C_select_job, _c2o_select_job, _o2c_select_job),
    rpc.DownloadJob: (C_download_job, _c2o_download_job, _o2c_download_job),
    rpc.UploadJob: (C_upload_job, _c2o_upload_job, _o2c_upload_job),
    rpc.UploadReply: (C_upload_reply, _c2o_upload_reply, _o2c_upload_reply),
    rpc.Flash: (C_flash, _c2o_flash, _o2c_flash),
    rpc.Trigger: (C_trigger, _c2o_trigger, _o2c_trigger),
    rpc.TriggerReply: (C_trigger_reply, _c2o_trigger_reply, _o2c_trigger_reply),
    rpc.SetTrigger: (C_set_trigger, _c2o_set_trigger, _o2c_set_trigger),
    rpc.Reboot: (C_reboot, _c2o_reboot, _o2c_reboot),
    serial.FormattedOutput: (C_formatted_output, _c2o_formatted_output, _o2c_formatted_output),
}
"""Class -> (construct, container-to-object, object-to-container)."""
