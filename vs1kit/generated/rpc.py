# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Camera RPC Port: TCP 49059.

Seed: When in control, sends editing and runtime commands to the camera; for example, Start,
      Stop, Download, Flash, etc...
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
    "GetStatus",
    "StatusReply",
    "GetInfo",
    "InfoReply",
    "Start",
    "Stop",
    "RpcAck",
    "ListJobs",
    "JobList",
    "SelectJob",
    "DownloadJob",
    "UploadJob",
    "UploadReply",
    "Flash",
    "Trigger",
    "TriggerReply",
    "SetTrigger",
    "Reboot",
    "MESSAGES",
    "BY_CODE",
]

_S0 = _struct.Struct(">BBHIIII")
_S1 = _struct.Struct(">4s")
_S2 = _struct.Struct(">B")
_S3 = _struct.Struct(">6sHHHI")
_S4 = _struct.Struct(">H")
_S5 = _struct.Struct(">HBI")
_S6 = _struct.Struct(">I")
_S7 = _struct.Struct(">IH")
_S8 = _struct.Struct(">BfH")
_E_CAMERA_STATE = enums.CAMERA_STATE_VALUES
_E_TRIGGER_MODE = enums.TRIGGER_MODE_VALUES
_F_JOBENTRYFLAGS = tuple(enums.JobEntryFlags(v) for v in range(256))
_F_STATUSREPLYFLAGS = tuple(enums.StatusReplyFlags(v) for v in range(256))


@dataclass(slots=True)
class GetStatus(Message):
    """"""

    SPEC_ID: ClassVar[str] = "get_status"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x0301
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[GetStatusLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_get_status(self, out)
        except EncodeError as x:
            raise x.of("GetStatus") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> GetStatus:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_get_status(data, 0, len(data))
        except DecodeError as x:
            raise x.of("GetStatus") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "GetStatus") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "GetStatus")
        return value


def _dec_get_status(b: BytesLike, o: int, e: int) -> tuple[GetStatus, int]:
    return GetStatus(), o


def _enc_get_status(v: GetStatus, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class StatusReply(Message):
    """"""

    state: enums.CameraState | int = enums.CameraState.BOOTING
    """bits 0..3 of mode"""

    trigger_mode: enums.TriggerMode | int = enums.TriggerMode.EXTERNAL_IO
    """bits 4..6 of mode"""

    flags: enums.StatusReplyFlags = enums.StatusReplyFlags(0)

    job_slot: int = 0

    inspections: int = 0

    passed: int = 0

    failed: int = 0

    uptime_s: int = 0

    job_name: str = ""

    controller_ip: str = "0.0.0.0"
    """0.0.0.0 when nobody is in control."""

    SPEC_ID: ClassVar[str] = "status_reply"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x8301
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[StatusReplyLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_status_reply(self, out)
        except EncodeError as x:
            raise x.of("StatusReply") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> StatusReply:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_status_reply(data, 0, len(data))
        except DecodeError as x:
            raise x.of("StatusReply") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "StatusReply") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "StatusReply")
        return value


def _dec_status_reply(b: BytesLike, o: int, e: int) -> tuple[StatusReply, int]:
    if e - o < 20:
        raise short("mode", o, 20, e)
    f_mode, f_flags, f_job_slot, f_inspections, f_passed, f_failed, f_uptime_s = _S0.unpack_from(
        b, o
    )
    f_state = _E_CAMERA_STATE.get((f_mode >> 0) & 0xF, (f_mode >> 0) & 0xF)
    f_trigger_mode = _E_TRIGGER_MODE.get((f_mode >> 4) & 0x7, (f_mode >> 4) & 0x7)
    f_flags = _F_STATUSREPLYFLAGS[f_flags]
    o += 20
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
    if e - o < 4:
        raise short("controller_ip", o, 4, e)
    (f_controller_ip,) = _S1.unpack_from(b, o)
    f_controller_ip = ipv4_str(f_controller_ip)
    o += 4
    return StatusReply(
        f_state,
        f_trigger_mode,
        f_flags,
        f_job_slot,
        f_inspections,
        f_passed,
        f_failed,
        f_uptime_s,
        f_job_name,
        f_controller_ip,
    ), o


def _enc_status_reply(v: StatusReply, out: bytearray) -> None:
    raw: object
    if not 0 <= v.state < 16:
        raise EncodeError("state", f"{v.state!r} does not fit 4 bit(s)")
    if not 0 <= v.trigger_mode < 8:
        raise EncodeError("trigger_mode", f"{v.trigger_mode!r} does not fit 3 bit(s)")
    try:
        out += _S0.pack(
            (v.state << 0) | (v.trigger_mode << 4),
            v.flags,
            v.job_slot,
            v.inspections,
            v.passed,
            v.failed,
            v.uptime_s,
        )
    except (_struct.error, TypeError) as x:
        raise EncodeError(
            "mode, flags, job_slot, inspections, passed, failed, uptime_s", str(x)
        ) from None
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
    try:
        out += _S1.pack(ipv4_bytes(v.controller_ip, "controller_ip"))
    except (_struct.error, TypeError) as x:
        raise EncodeError("controller_ip", str(x)) from None


@dataclass(slots=True)
class GetInfo(Message):
    """"""

    SPEC_ID: ClassVar[str] = "get_info"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x0302
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[GetInfoLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_get_info(self, out)
        except EncodeError as x:
            raise x.of("GetInfo") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> GetInfo:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_get_info(data, 0, len(data))
        except DecodeError as x:
            raise x.of("GetInfo") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "GetInfo") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "GetInfo")
        return value


def _dec_get_info(b: BytesLike, o: int, e: int) -> tuple[GetInfo, int]:
    return GetInfo(), o


def _enc_get_info(v: GetInfo, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class InfoReply(Message):
    """"""

    model: str = ""

    serial: str = ""

    firmware_version: str = ""

    mac: str = "00:00:00:00:00:00"

    job_slots: int = 0

    sensor_width: int = 0

    sensor_height: int = 0

    boot_id: int = 0
    """Random at every power-on or restart, fixed until the next: inspection numbers restart at each boot, so (serial, boot_id, inspection) names one inspection for good."""

    SPEC_ID: ClassVar[str] = "info_reply"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x8302
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[InfoReplyLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_info_reply(self, out)
        except EncodeError as x:
            raise x.of("InfoReply") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> InfoReply:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_info_reply(data, 0, len(data))
        except DecodeError as x:
            raise x.of("InfoReply") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "InfoReply") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "InfoReply")
        return value


def _dec_info_reply(b: BytesLike, o: int, e: int) -> tuple[InfoReply, int]:
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
    if e - o < 1:
        raise short("serial", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("serial", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_serial = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("serial", start + x.start, "invalid ascii text") from None
    if e - o < 1:
        raise short("firmware_version", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("firmware_version", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_firmware_version = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("firmware_version", start + x.start, "invalid ascii text") from None
    if e - o < 16:
        raise short("mac", o, 16, e)
    f_mac, f_job_slots, f_sensor_width, f_sensor_height, f_boot_id = _S3.unpack_from(b, o)
    f_mac = mac_str(f_mac)
    o += 16
    return InfoReply(
        f_model,
        f_serial,
        f_firmware_version,
        f_mac,
        f_job_slots,
        f_sensor_width,
        f_sensor_height,
        f_boot_id,
    ), o


def _enc_info_reply(v: InfoReply, out: bytearray) -> None:
    raw: object
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
    if not isinstance(v.serial, str):
        raise EncodeError("serial", f"needs str, got {type(v.serial).__name__}")
    try:
        raw = v.serial.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("serial", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("serial", f"{len(raw)} bytes, at most 255")
    out += _S2.pack(len(raw))
    out += raw
    if not isinstance(v.firmware_version, str):
        raise EncodeError("firmware_version", f"needs str, got {type(v.firmware_version).__name__}")
    try:
        raw = v.firmware_version.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("firmware_version", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("firmware_version", f"{len(raw)} bytes, at most 255")
    out += _S2.pack(len(raw))
    out += raw
    try:
        out += _S3.pack(
            mac_bytes(v.mac, "mac"), v.job_slots, v.sensor_width, v.sensor_height, v.boot_id
        )
    except (_struct.error, TypeError) as x:
        raise EncodeError("mac, job_slots, sensor_width, sensor_height, boot_id", str(x)) from None


@dataclass(slots=True)
class Start(Message):
    """Start running the selected job."""

    SPEC_ID: ClassVar[str] = "start"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x0303
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[StartLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_start(self, out)
        except EncodeError as x:
            raise x.of("Start") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Start:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_start(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Start") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Start") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Start")
        return value


def _dec_start(b: BytesLike, o: int, e: int) -> tuple[Start, int]:
    return Start(), o


def _enc_start(v: Start, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class Stop(Message):
    """"""

    SPEC_ID: ClassVar[str] = "stop"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x0304
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[StopLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_stop(self, out)
        except EncodeError as x:
            raise x.of("Stop") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Stop:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_stop(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Stop") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Stop") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Stop")
        return value


def _dec_stop(b: BytesLike, o: int, e: int) -> tuple[Stop, int]:
    return Stop(), o


def _enc_stop(v: Stop, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class RpcAck(Message):
    """Success reply of commands that return nothing else."""

    request_type: int = 0

    SPEC_ID: ClassVar[str] = "rpc_ack"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x8300
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[RpcAckLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_rpc_ack(self, out)
        except EncodeError as x:
            raise x.of("RpcAck") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> RpcAck:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_rpc_ack(data, 0, len(data))
        except DecodeError as x:
            raise x.of("RpcAck") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "RpcAck") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "RpcAck")
        return value


def _dec_rpc_ack(b: BytesLike, o: int, e: int) -> tuple[RpcAck, int]:
    if e - o < 2:
        raise short("request_type", o, 2, e)
    (f_request_type,) = _S4.unpack_from(b, o)
    o += 2
    return RpcAck(f_request_type), o


def _enc_rpc_ack(v: RpcAck, out: bytearray) -> None:
    try:
        out += _S4.pack(v.request_type)
    except (_struct.error, TypeError) as x:
        raise EncodeError("request_type", str(x)) from None


@dataclass(slots=True)
class ListJobs(Message):
    """"""

    SPEC_ID: ClassVar[str] = "list_jobs"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x0305
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "open"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[ListJobsLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_list_jobs(self, out)
        except EncodeError as x:
            raise x.of("ListJobs") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> ListJobs:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_list_jobs(data, 0, len(data))
        except DecodeError as x:
            raise x.of("ListJobs") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "ListJobs") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "ListJobs")
        return value


def _dec_list_jobs(b: BytesLike, o: int, e: int) -> tuple[ListJobs, int]:
    return ListJobs(), o


def _enc_list_jobs(v: ListJobs, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class JobList(Message):
    """"""

    selected_slot: int = 0

    jobs: list[types.JobEntry] = field(default_factory=list)

    SPEC_ID: ClassVar[str] = "job_list"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x8305
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[JobListLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_job_list(self, out)
        except EncodeError as x:
            raise x.of("JobList") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> JobList:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_job_list(data, 0, len(data))
        except DecodeError as x:
            raise x.of("JobList") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "JobList") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "JobList")
        return value


def _dec_job_list(b: BytesLike, o: int, e: int) -> tuple[JobList, int]:
    if e - o < 2:
        raise short("selected_slot", o, 2, e)
    (f_selected_slot,) = _S4.unpack_from(b, o)
    o += 2
    if e - o < 2:
        raise short("jobs", o, 2, e)
    n = _S4.unpack_from(b, o)[0]
    o += 2
    if n > 256:
        raise DecodeError("jobs", o, f"count {n} exceeds the maximum 256")
    if n * 8 > e - o:
        raise DecodeError("jobs", o, f"count {n} needs at least {n * 8} bytes, {e - o} left")
    f_jobs: list[types.JobEntry] = []
    for _ in range(n):
        try:
            if e - o < 7:
                raise short("slot", o, 7, e)
            f_slot, f_flags, f_size = _S5.unpack_from(b, o)
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
            it_jobs = types.JobEntry(f_slot, f_flags, f_size, f_name)
        except DecodeError as x:
            raise x.within(f"jobs[{len(f_jobs)}]") from None
        f_jobs.append(it_jobs)
    return JobList(f_selected_slot, f_jobs), o


def _enc_job_list(v: JobList, out: bytearray) -> None:
    try:
        out += _S4.pack(v.selected_slot)
    except (_struct.error, TypeError) as x:
        raise EncodeError("selected_slot", str(x)) from None
    items_jobs = v.jobs
    if len(items_jobs) > 256:
        raise EncodeError("jobs", f"{len(items_jobs)} elements, at most 256")
    out += _S4.pack(len(items_jobs))
    for k, it_jobs in enumerate(items_jobs):
        if not isinstance(it_jobs, types.JobEntry):
            raise EncodeError(f"jobs[{k}]", f"needs JobEntry, got {type(it_jobs).__name__}")
        try:
            types._enc_job_entry(it_jobs, out)
        except EncodeError as x:
            raise x.within(f"jobs[{k}]") from None


@dataclass(slots=True)
class SelectJob(Message):
    """"""

    slot: int = 0

    SPEC_ID: ClassVar[str] = "select_job"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x0306
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[SelectJobLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_select_job(self, out)
        except EncodeError as x:
            raise x.of("SelectJob") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> SelectJob:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_select_job(data, 0, len(data))
        except DecodeError as x:
            raise x.of("SelectJob") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "SelectJob") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "SelectJob")
        return value


def _dec_select_job(b: BytesLike, o: int, e: int) -> tuple[SelectJob, int]:
    if e - o < 2:
        raise short("slot", o, 2, e)
    (f_slot,) = _S4.unpack_from(b, o)
    o += 2
    return SelectJob(f_slot), o


def _enc_select_job(v: SelectJob, out: bytearray) -> None:
    try:
        out += _S4.pack(v.slot)
    except (_struct.error, TypeError) as x:
        raise EncodeError("slot", str(x)) from None


@dataclass(slots=True)
class DownloadJob(Message):
    """Load a job file already uploaded by FTP into a slot."""

    slot: int = 0

    file_name: str = ""
    """Path on the camera, e.g. /RAM/inspect.avp"""

    SPEC_ID: ClassVar[str] = "download_job"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x0307
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[DownloadJobLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_download_job(self, out)
        except EncodeError as x:
            raise x.of("DownloadJob") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> DownloadJob:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_download_job(data, 0, len(data))
        except DecodeError as x:
            raise x.of("DownloadJob") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "DownloadJob") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "DownloadJob")
        return value


def _dec_download_job(b: BytesLike, o: int, e: int) -> tuple[DownloadJob, int]:
    if e - o < 2:
        raise short("slot", o, 2, e)
    (f_slot,) = _S4.unpack_from(b, o)
    o += 2
    if e - o < 1:
        raise short("file_name", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("file_name", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_file_name = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("file_name", start + x.start, "invalid ascii text") from None
    return DownloadJob(f_slot, f_file_name), o


def _enc_download_job(v: DownloadJob, out: bytearray) -> None:
    raw: object
    try:
        out += _S4.pack(v.slot)
    except (_struct.error, TypeError) as x:
        raise EncodeError("slot", str(x)) from None
    if not isinstance(v.file_name, str):
        raise EncodeError("file_name", f"needs str, got {type(v.file_name).__name__}")
    try:
        raw = v.file_name.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("file_name", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("file_name", f"{len(raw)} bytes, at most 255")
    out += _S2.pack(len(raw))
    out += raw


@dataclass(slots=True)
class UploadJob(Message):
    """Write the job of a slot to a file that the client then fetches by FTP."""

    slot: int = 0

    SPEC_ID: ClassVar[str] = "upload_job"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x0308
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[UploadJobLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_upload_job(self, out)
        except EncodeError as x:
            raise x.of("UploadJob") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> UploadJob:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_upload_job(data, 0, len(data))
        except DecodeError as x:
            raise x.of("UploadJob") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "UploadJob") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "UploadJob")
        return value


def _dec_upload_job(b: BytesLike, o: int, e: int) -> tuple[UploadJob, int]:
    if e - o < 2:
        raise short("slot", o, 2, e)
    (f_slot,) = _S4.unpack_from(b, o)
    o += 2
    return UploadJob(f_slot), o


def _enc_upload_job(v: UploadJob, out: bytearray) -> None:
    try:
        out += _S4.pack(v.slot)
    except (_struct.error, TypeError) as x:
        raise EncodeError("slot", str(x)) from None


@dataclass(slots=True)
class UploadReply(Message):
    """"""

    size: int = 0

    file_name: str = ""

    SPEC_ID: ClassVar[str] = "upload_reply"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x8308
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[UploadReplyLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_upload_reply(self, out)
        except EncodeError as x:
            raise x.of("UploadReply") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> UploadReply:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_upload_reply(data, 0, len(data))
        except DecodeError as x:
            raise x.of("UploadReply") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "UploadReply") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "UploadReply")
        return value


def _dec_upload_reply(b: BytesLike, o: int, e: int) -> tuple[UploadReply, int]:
    if e - o < 4:
        raise short("size", o, 4, e)
    (f_size,) = _S6.unpack_from(b, o)
    o += 4
    if e - o < 1:
        raise short("file_name", o, 1, e)
    n = b[o]
    o += 1
    if e - o < n:
        raise short("file_name", o, n, e)
    raw = b[o : o + n]
    start = o
    o += n
    try:
        f_file_name = str(raw, "ascii")
    except UnicodeDecodeError as x:
        raise DecodeError("file_name", start + x.start, "invalid ascii text") from None
    return UploadReply(f_size, f_file_name), o


def _enc_upload_reply(v: UploadReply, out: bytearray) -> None:
    raw: object
    try:
        out += _S6.pack(v.size)
    except (_struct.error, TypeError) as x:
        raise EncodeError("size", str(x)) from None
    if not isinstance(v.file_name, str):
        raise EncodeError("file_name", f"needs str, got {type(v.file_name).__name__}")
    try:
        raw = v.file_name.encode("ascii")
    except UnicodeEncodeError as x:
        raise EncodeError("file_name", str(x)) from None
    if len(raw) > 255:
        raise EncodeError("file_name", f"{len(raw)} bytes, at most 255")
    out += _S2.pack(len(raw))
    out += raw


@dataclass(slots=True)
class Flash(Message):
    """Save the jobs and the selected slot to flash so they survive a restart."""

    SPEC_ID: ClassVar[str] = "flash"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x0309
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[FlashLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_flash(self, out)
        except EncodeError as x:
            raise x.of("Flash") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Flash:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_flash(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Flash") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Flash") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Flash")
        return value


def _dec_flash(b: BytesLike, o: int, e: int) -> tuple[Flash, int]:
    return Flash(), o


def _enc_flash(v: Flash, out: bytearray) -> None:
    pass


@dataclass(slots=True)
class Trigger(Message):
    """"""

    count: int = 0

    SPEC_ID: ClassVar[str] = "trigger"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x030A
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[TriggerLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_trigger(self, out)
        except EncodeError as x:
            raise x.of("Trigger") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Trigger:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_trigger(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Trigger") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Trigger") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Trigger")
        return value


def _dec_trigger(b: BytesLike, o: int, e: int) -> tuple[Trigger, int]:
    if e - o < 2:
        raise short("count", o, 2, e)
    (f_count,) = _S4.unpack_from(b, o)
    o += 2
    return Trigger(f_count), o


def _enc_trigger(v: Trigger, out: bytearray) -> None:
    try:
        out += _S4.pack(v.count)
    except (_struct.error, TypeError) as x:
        raise EncodeError("count", str(x)) from None


@dataclass(slots=True)
class TriggerReply(Message):
    """"""

    first_inspection: int = 0

    count: int = 0

    SPEC_ID: ClassVar[str] = "trigger_reply"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x830A
    KIND: ClassVar[str] = "response"
    DIRECTION: ClassVar[str] = "from_camera"
    HEADER_FLAGS: ClassVar[int] = 0x01
    FIXED: ClassVar[FixedRun[TriggerReplyLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_trigger_reply(self, out)
        except EncodeError as x:
            raise x.of("TriggerReply") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> TriggerReply:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_trigger_reply(data, 0, len(data))
        except DecodeError as x:
            raise x.of("TriggerReply") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "TriggerReply") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "TriggerReply")
        return value


def _dec_trigger_reply(b: BytesLike, o: int, e: int) -> tuple[TriggerReply, int]:
    if e - o < 6:
        raise short("first_inspection", o, 6, e)
    f_first_inspection, f_count = _S7.unpack_from(b, o)
    o += 6
    return TriggerReply(f_first_inspection, f_count), o


def _enc_trigger_reply(v: TriggerReply, out: bytearray) -> None:
    try:
        out += _S7.pack(v.first_inspection, v.count)
    except (_struct.error, TypeError) as x:
        raise EncodeError("first_inspection, count", str(x)) from None


@dataclass(slots=True)
class SetTrigger(Message):
    """"""

    trigger_mode: enums.TriggerMode | int = enums.TriggerMode.EXTERNAL_IO

    rate_hz: float = 0.0
    """Inspection rate for free_run."""

    input_point: int = 0
    """The IO point that triggers for external_io and virtual_io."""

    SPEC_ID: ClassVar[str] = "set_trigger"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x030B
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[SetTriggerLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_set_trigger(self, out)
        except EncodeError as x:
            raise x.of("SetTrigger") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> SetTrigger:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_set_trigger(data, 0, len(data))
        except DecodeError as x:
            raise x.of("SetTrigger") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "SetTrigger") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "SetTrigger")
        return value


def _dec_set_trigger(b: BytesLike, o: int, e: int) -> tuple[SetTrigger, int]:
    if e - o < 7:
        raise short("trigger_mode", o, 7, e)
    f_trigger_mode, f_rate_hz, f_input_point = _S8.unpack_from(b, o)
    f_trigger_mode = _E_TRIGGER_MODE.get(f_trigger_mode, f_trigger_mode)
    o += 7
    return SetTrigger(f_trigger_mode, f_rate_hz, f_input_point), o


def _enc_set_trigger(v: SetTrigger, out: bytearray) -> None:
    try:
        out += _S8.pack(v.trigger_mode, v.rate_hz, v.input_point)
    except (_struct.error, TypeError) as x:
        raise EncodeError("trigger_mode, rate_hz, input_point", str(x)) from None


@dataclass(slots=True)
class Reboot(Message):
    """"""

    SPEC_ID: ClassVar[str] = "reboot"
    PORT: ClassVar[str] = "rpc"
    CODE: ClassVar[int | None] = 0x030C
    KIND: ClassVar[str] = "request"
    DIRECTION: ClassVar[str] = "to_camera"
    ACCESS: ClassVar[str | None] = "control"
    HEADER_FLAGS: ClassVar[int] = 0x00
    FIXED: ClassVar[FixedRun[RebootLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_reboot(self, out)
        except EncodeError as x:
            raise x.of("Reboot") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> Reboot:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_reboot(data, 0, len(data))
        except DecodeError as x:
            raise x.of("Reboot") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "Reboot") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "Reboot")
        return value


def _dec_reboot(b: BytesLike, o: int, e: int) -> tuple[Reboot, int]:
    return Reboot(), o


def _enc_reboot(v: Reboot, out: bytearray) -> None:
    pass


GetStatus.RESPONSE = StatusReply
GetInfo.RESPONSE = InfoReply
Start.RESPONSE = RpcAck
Stop.RESPONSE = RpcAck
ListJobs.RESPONSE = JobList
SelectJob.RESPONSE = RpcAck
DownloadJob.RESPONSE = RpcAck
UploadJob.RESPONSE = UploadReply
Flash.RESPONSE = RpcAck
Trigger.RESPONSE = TriggerReply
SetTrigger.RESPONSE = RpcAck
Reboot.RESPONSE = RpcAck

MESSAGES: tuple[type[Message], ...] = (
    GetStatus,
    StatusReply,
    GetInfo,
    InfoReply,
    Start,
    Stop,
    RpcAck,
    ListJobs,
    JobList,
    SelectJob,
    DownloadJob,
    UploadJob,
    UploadReply,
    Flash,
    Trigger,
    TriggerReply,
    SetTrigger,
    Reboot,
    frames.ErrorReply,
    frames.BindSession,
    frames.BindAck,
)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class GetStatusLayout(NamedTuple):
    """Where GetStatus's fixed-size leading fields sit, from the start of its encoding."""


GetStatus.FIXED = FixedRun(">", GetStatusLayout())


class StatusReplyLayout(NamedTuple):
    """Where StatusReply's fixed-size leading fields sit, from the start of its encoding."""

    mode: FixedField
    flags: FixedField
    job_slot: FixedField
    inspections: FixedField
    passed: FixedField
    failed: FixedField
    uptime_s: FixedField


StatusReply.FIXED = FixedRun(
    ">BBHIIII",
    StatusReplyLayout(
        FixedField("mode", 0, ">B"),
        FixedField("flags", 1, ">B"),
        FixedField("job_slot", 2, ">H"),
        FixedField("inspections", 4, ">I"),
        FixedField("passed", 8, ">I"),
        FixedField("failed", 12, ">I"),
        FixedField("uptime_s", 16, ">I"),
    ),
)


class GetInfoLayout(NamedTuple):
    """Where GetInfo's fixed-size leading fields sit, from the start of its encoding."""


GetInfo.FIXED = FixedRun(">", GetInfoLayout())


class InfoReplyLayout(NamedTuple):
    """Where InfoReply's fixed-size leading fields sit, from the start of its encoding."""


InfoReply.FIXED = FixedRun(">", InfoReplyLayout())


class StartLayout(NamedTuple):
    """Where Start's fixed-size leading fields sit, from the start of its encoding."""


Start.FIXED = FixedRun(">", StartLayout())


class StopLayout(NamedTuple):
    """Where Stop's fixed-size leading fields sit, from the start of its encoding."""


Stop.FIXED = FixedRun(">", StopLayout())


class RpcAckLayout(NamedTuple):
    """Where RpcAck's fixed-size leading fields sit, from the start of its encoding."""

    request_type: FixedField


RpcAck.FIXED = FixedRun(
    ">H",
    RpcAckLayout(
        FixedField("request_type", 0, ">H"),
    ),
)


class ListJobsLayout(NamedTuple):
    """Where ListJobs's fixed-size leading fields sit, from the start of its encoding."""


ListJobs.FIXED = FixedRun(">", ListJobsLayout())


class JobListLayout(NamedTuple):
    """Where JobList's fixed-size leading fields sit, from the start of its encoding."""

    selected_slot: FixedField


JobList.FIXED = FixedRun(
    ">H",
    JobListLayout(
        FixedField("selected_slot", 0, ">H"),
    ),
)


class SelectJobLayout(NamedTuple):
    """Where SelectJob's fixed-size leading fields sit, from the start of its encoding."""

    slot: FixedField


SelectJob.FIXED = FixedRun(
    ">H",
    SelectJobLayout(
        FixedField("slot", 0, ">H"),
    ),
)


class DownloadJobLayout(NamedTuple):
    """Where DownloadJob's fixed-size leading fields sit, from the start of its encoding."""

    slot: FixedField


DownloadJob.FIXED = FixedRun(
    ">H",
    DownloadJobLayout(
        FixedField("slot", 0, ">H"),
    ),
)


class UploadJobLayout(NamedTuple):
    """Where UploadJob's fixed-size leading fields sit, from the start of its encoding."""

    slot: FixedField


UploadJob.FIXED = FixedRun(
    ">H",
    UploadJobLayout(
        FixedField("slot", 0, ">H"),
    ),
)


class UploadReplyLayout(NamedTuple):
    """Where UploadReply's fixed-size leading fields sit, from the start of its encoding."""

    size: FixedField


UploadReply.FIXED = FixedRun(
    ">I",
    UploadReplyLayout(
        FixedField("size", 0, ">I"),
    ),
)


class FlashLayout(NamedTuple):
    """Where Flash's fixed-size leading fields sit, from the start of its encoding."""


Flash.FIXED = FixedRun(">", FlashLayout())


class TriggerLayout(NamedTuple):
    """Where Trigger's fixed-size leading fields sit, from the start of its encoding."""

    count_: FixedField


Trigger.FIXED = FixedRun(
    ">H",
    TriggerLayout(
        FixedField("count", 0, ">H"),
    ),
)


class TriggerReplyLayout(NamedTuple):
    """Where TriggerReply's fixed-size leading fields sit, from the start of its encoding."""

    first_inspection: FixedField
    count_: FixedField


TriggerReply.FIXED = FixedRun(
    ">IH",
    TriggerReplyLayout(
        FixedField("first_inspection", 0, ">I"),
        FixedField("count", 4, ">H"),
    ),
)


class SetTriggerLayout(NamedTuple):
    """Where SetTrigger's fixed-size leading fields sit, from the start of its encoding."""

    trigger_mode: FixedField
    rate_hz: FixedField
    input_point: FixedField


SetTrigger.FIXED = FixedRun(
    ">BfH",
    SetTriggerLayout(
        FixedField("trigger_mode", 0, ">B"),
        FixedField("rate_hz", 1, ">f"),
        FixedField("input_point", 5, ">H"),
    ),
)


class RebootLayout(NamedTuple):
    """Where Reboot's fixed-size leading fields sit, from the start of its encoding."""


Reboot.FIXED = FixedRun(">", RebootLayout())
