"""The asyncio client of the VS-1 camera (and a synchronous facade for scripts)."""

from .camera import Camera, EventStream, IoEventStream, SerialStream
from .discovery import CameraInfo, discover
from .errors import CameraUnreachable, ClientError, ConnectionLost, JobFileError, RequestTimeout
from .events import ClientEvent, CounterReset, Dropped, Gap, ReconnectFailed, Restored
from .images import Image, LiveImage, LiveStream, image_array
from .ports import PortMap
from .reports import ReportItem, ReportStream, StreamRecord
from .sync import SyncCamera

__all__ = [
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
    "PortMap",
    "ReconnectFailed",
    "ReportItem",
    "ReportStream",
    "RequestTimeout",
    "Restored",
    "SerialStream",
    "StreamRecord",
    "SyncCamera",
    "discover",
    "image_array",
]
