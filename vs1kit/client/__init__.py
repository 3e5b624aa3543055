"""The asyncio client of the VS-1 camera (and a synchronous facade for scripts)."""

from .camera import SERIAL_CHANNELS, Camera
from .discovery import ANNOUNCE_PORT, CameraInfo, discover
from .errors import (
    CameraUnreachable,
    ClientError,
    ConnectionLost,
    JobFileError,
    LoginFailed,
    ReplyTooLarge,
    RequestTimeout,
)
from .events import ClientEvent, CounterReset, Dropped, Gap, ReconnectFailed, Restored
from .images import Image, LiveImage, LiveStream, image_array
from .link import StreamLink
from .ports import PortMap
from .replies import reply_limit
from .reports import ReportItem, ReportStream, StreamRecord
from .streams import EventStream, IoEventStream, SerialStream
from .sync import SyncCamera

__all__ = [
    "ANNOUNCE_PORT",
    "SERIAL_CHANNELS",
    "Camera",
    "CameraInfo",
    "CameraUnreachable",
    "ClientError",
    "ClientEvent",
    "ConnectionLost",
    "CounterReset",
    "Dropped",
    "EventStream",
    "Gap",
    "Image",
    "IoEventStream",
    "JobFileError",
    "LiveImage",
    "LiveStream",
    "LoginFailed",
    "PortMap",
    "ReconnectFailed",
    "ReplyTooLarge",
    "ReportItem",
    "ReportStream",
    "RequestTimeout",
    "Restored",
    "SerialStream",
    "StreamLink",
    "StreamRecord",
    "SyncCamera",
    "discover",
    "image_array",
    "reply_limit",
]
