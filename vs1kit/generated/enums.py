# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Enums and flag sets of the VS-1 spec."""

from __future__ import annotations

import enum


class StatusCode(enum.IntEnum):
    """Result of a request, carried by replies and by error_reply."""

    OK = 0
    """Done."""
    UNKNOWN_MESSAGE = 1
    """The camera has no handler for this message type on this port."""
    BAD_REQUEST = 2
    """A field is out of range or inconsistent."""
    NOT_IN_CONTROL = 3
    """An editing or runtime command from a client that does not hold control."""
    NOT_LOGGED_IN = 4
    """The session is unknown or expired, is used from another address than its login's, or the request's session proof is wrong or replayed."""
    BAD_PASSWORD = 5
    """Login refused."""
    THROTTLED = 6
    """Too many failed logins; wait before trying again."""
    NO_SUCH_JOB = 7
    """The job slot or file does not exist."""
    NO_SUCH_POINT = 8
    """The IO point does not exist."""
    BUSY = 9
    """The camera cannot do this now (e.g. running, or live video already on)."""
    NOT_FOUND = 10
    """The named file, datum or record does not exist."""
    INTERNAL = 11
    """The camera failed while serving the request."""
    NO_SUCH_REPORT = 12
    """The report id is not open on this connection."""
    READ_ONLY = 13
    """The IO point is an input and cannot be written."""
    CONTROL_HELD = 14
    """Another client holds control."""
    FORBIDDEN = 15
    """The session does not have this right (e.g. a connection or report of another session)."""


STATUS_CODE_VALUES: dict[int, StatusCode] = {m.value: m for m in StatusCode}


class CameraState(enum.IntEnum):
    """What the camera is doing."""

    BOOTING = 0
    IDLE = 1
    RUNNING = 2
    STOPPED = 3
    FAULT = 4


CAMERA_STATE_VALUES: dict[int, CameraState] = {m.value: m for m in CameraState}


class TriggerMode(enum.IntEnum):
    """What starts an inspection."""

    EXTERNAL_IO = 0
    """A physical input edge."""
    VIRTUAL_IO = 1
    """A write to a virtual IO point."""
    SOFTWARE = 2
    """The RPC trigger command."""
    FREE_RUN = 3
    """Continuously, at the configured rate."""


TRIGGER_MODE_VALUES: dict[int, TriggerMode] = {m.value: m for m in TriggerMode}


class PixelFormat(enum.IntEnum):
    """Layout of image pixel data (rows top to bottom, no padding)."""

    MONO8 = 0
    MONO16 = 1
    RGB8 = 2


PIXEL_FORMAT_VALUES: dict[int, PixelFormat] = {m.value: m for m in PixelFormat}


class DatumType(enum.IntEnum):
    """Type of a result datum value."""

    INT32 = 0
    UINT32 = 1
    FLOAT64 = 2
    BOOL = 3
    STRING = 4
    POINT2D = 5


DATUM_TYPE_VALUES: dict[int, DatumType] = {m.value: m for m in DatumType}


class BootpOp(enum.IntEnum):
    """Values of bootp_op."""

    BOOT_REQUEST = 1
    BOOT_REPLY = 2


BOOTP_OP_VALUES: dict[int, BootpOp] = {m.value: m for m in BootpOp}


class DhcpMessageType(enum.IntEnum):
    """Values of dhcp_message_type."""

    DISCOVER = 1
    OFFER = 2
    REQUEST = 3
    DECLINE = 4
    ACK = 5
    NAK = 6
    RELEASE = 7
    INFORM = 8


DHCP_MESSAGE_TYPE_VALUES: dict[int, DhcpMessageType] = {m.value: m for m in DhcpMessageType}


class DhcpOptionCode(enum.IntEnum):
    """The options vs1kit gives a structure to; others decode as raw bytes."""

    PAD = 0
    SUBNET_MASK = 1
    ROUTER = 3
    DNS_SERVERS = 6
    HOST_NAME = 12
    REQUESTED_IP = 50
    LEASE_TIME = 51
    MESSAGE_TYPE = 53
    SERVER_ID = 54
    PARAMETER_LIST = 55
    RENEWAL_TIME = 58
    REBINDING_TIME = 59
    CLIENT_ID = 61
    END = 255


DHCP_OPTION_CODE_VALUES: dict[int, DhcpOptionCode] = {m.value: m for m in DhcpOptionCode}


class IoKind(enum.IntEnum):
    """Values of io_kind."""

    PHYSICAL_INPUT = 0
    PHYSICAL_OUTPUT = 1
    VIRTUAL = 2


IO_KIND_VALUES: dict[int, IoKind] = {m.value: m for m in IoKind}


class Kdf(enum.IntEnum):
    """Key derivation of the password verifier."""

    PBKDF2_HMAC_SHA256 = 1
    """PBKDF2-HMAC-SHA256 (RFC 8018) of the UTF-8 password."""


KDF_VALUES: dict[int, Kdf] = {m.value: m for m in Kdf}


class GoodbyeReason(enum.IntEnum):
    """Values of goodbye_reason."""

    CLIENT_CLOSING = 0
    CAMERA_RESTARTING = 1
    TIMEOUT = 2


GOODBYE_REASON_VALUES: dict[int, GoodbyeReason] = {m.value: m for m in GoodbyeReason}


class ReportMode(enum.IntEnum):
    """Values of report_mode."""

    LOSSLESS = 0
    LOSSY = 1


REPORT_MODE_VALUES: dict[int, ReportMode] = {m.value: m for m in ReportMode}


class RipCommand(enum.IntEnum):
    """Values of rip_command."""

    REQUEST = 1
    RESPONSE = 2


RIP_COMMAND_VALUES: dict[int, RipCommand] = {m.value: m for m in RipCommand}


class RipFamily(enum.IntEnum):
    """Values of rip_family."""

    UNSPECIFIED = 0
    INET = 2
    AUTHENTICATION = 65535


RIP_FAMILY_VALUES: dict[int, RipFamily] = {m.value: m for m in RipFamily}


class RecordFlags(enum.IntFlag):
    """Flags of record.flags."""

    PASSED = 0x0001
    HAS_IMAGE = 0x0002
    BACKFILLED = 0x0004


class ReportInfoState(enum.IntFlag):
    """Flags of report_info.state."""

    PAUSED = 0x0001
    INCLUDE_IMAGE = 0x0002


class JobEntryFlags(enum.IntFlag):
    """Flags of job_entry.flags."""

    IN_FLASH = 0x0001
    SELECTED = 0x0002


class Vs1FrameHeaderFlags(enum.IntFlag):
    """Flags of vs1_frame_header.flags."""

    REPLY = 0x0001
    EVENT = 0x0002
    ERROR = 0x0004


class AnnounceFlags(enum.IntFlag):
    """Flags of announce.flags."""

    DHCP = 0x0001
    JOB_LOADED = 0x0002
    IN_CONTROL = 0x0004


class DhcpMessageBootpFlags(enum.IntFlag):
    """Flags of dhcp_message.bootp_flags."""

    BROADCAST = 0x8000


class SubscribeKinds(enum.IntFlag):
    """Flags of subscribe.kinds."""

    PHYSICAL_INPUTS = 0x0001
    PHYSICAL_OUTPUTS = 0x0002
    VIRTUAL = 0x0004


class SubscribeAckKinds(enum.IntFlag):
    """Flags of subscribe_ack.kinds."""

    PHYSICAL_INPUTS = 0x0001
    PHYSICAL_OUTPUTS = 0x0002
    VIRTUAL = 0x0004


class FetchRangeOptions(enum.IntFlag):
    """Flags of fetch_range.options."""

    INCLUDE_IMAGE = 0x0001


class FetchLatestOptions(enum.IntFlag):
    """Flags of fetch_latest.options."""

    INCLUDE_IMAGE = 0x0001


class OpenReportOptions(enum.IntFlag):
    """Flags of open_report.options."""

    INCLUDE_IMAGE = 0x0001


class StatusReplyFlags(enum.IntFlag):
    """Flags of status_reply.flags."""

    JOB_LOADED = 0x0001
    IN_CONTROL = 0x0002
    RAM_JOB_UNSAVED = 0x0004
    FAULT = 0x0080
