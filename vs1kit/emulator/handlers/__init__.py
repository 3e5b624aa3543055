"""The camera's behaviour on each framed VS-1 port: one module per port, each a subclass of
the port's generated dispatch skeleton.

Handlers get the connection (`Conn`, or the sender, `Datagram`, on UDP ports) as `ctx` and
return the reply; they raise `ModelError` for a refusal (the request pipeline answers with an
error_reply) and `ProtocolViolation` to have the connection closed. They see the camera only
through `CameraContext`. A framed port of the spec with no class here is served by its
generated skeleton as it stands (every request gets the unknown-message error reply).
"""

from __future__ import annotations

from vs1kit.emulator.handlers.acquire import CameraAcquire
from vs1kit.emulator.handlers.announce import CameraAnnounce
from vs1kit.emulator.handlers.io import CameraIo
from vs1kit.emulator.handlers.login import CameraLogin
from vs1kit.emulator.handlers.monitor import CameraMonitor
from vs1kit.emulator.handlers.partq import MAX_PARTQ_BYTES, CameraPartq
from vs1kit.emulator.handlers.report_control import CameraReportControl
from vs1kit.emulator.handlers.reports import CameraReports
from vs1kit.emulator.handlers.rpc import CameraRpc

__all__ = [
    "BEHAVIOURS",
    "MAX_PARTQ_BYTES",
    "CameraAcquire",
    "CameraAnnounce",
    "CameraIo",
    "CameraLogin",
    "CameraMonitor",
    "CameraPartq",
    "CameraReportControl",
    "CameraReports",
    "CameraRpc",
]

BEHAVIOURS: tuple[type[CameraRpc | CameraMonitor | CameraReports | CameraReportControl | CameraPartq
                       | CameraIo | CameraAcquire | CameraLogin | CameraAnnounce], ...] = (
    CameraRpc, CameraMonitor, CameraReports, CameraReportControl, CameraPartq, CameraIo,
    CameraAcquire, CameraLogin, CameraAnnounce,
)
"""The camera's hand-written behaviour, one class per framed port (each names its port in the
generated `PORT`); ports not served here are served by their generated skeleton."""
