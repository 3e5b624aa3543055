"""The narrow, typed link a client stream depends on (instead of ``Camera`` privates).

Report, live, IO, serial and event streams need only this from the camera client: the
generated request surface, a way to post a client event that needs no reply, a way to report
a link event, waiting for the link to come back, and detaching themselves when they close.
:class:`~vs1kit.client.camera.Camera` implements it; a test can implement it with no socket.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeAlias

from vs1kit.generated.client_api import CameraRequests
from vs1kit.protocol.wire import Message

from .events import ClientEvent

if TYPE_CHECKING:
    from .images import LiveStream
    from .reports import ReportStream
    from .streams import EventStream, IoEventStream, SerialStream


Stream: TypeAlias = "ReportStream | LiveStream | IoEventStream | SerialStream | EventStream"
"""Every kind of stream a camera client feeds."""

__all__ = ["Stream", "StreamLink"]


class StreamLink(Protocol):
    """What a stream may ask of the camera client it belongs to."""

    @property
    def requests(self) -> CameraRequests:
        """Every request of every port (generated), sent over this client's connections."""
        ...

    def post(self, message: Message) -> None:
        """Send a client event (e.g. record_ack) now if its port's connection is up; drop it
        otherwise (an ack for a connection that died is meaningless: the stream resyncs)."""
        ...

    def emit(self, event: ClientEvent) -> None:
        """Report a link event to ``camera.events()`` and the listeners."""
        ...

    async def wait_restored(self, timeout: float | None = None) -> None:
        """Return once the link is up again; ConnectionLost if it will not come back."""
        ...

    def attach(self, stream: Stream) -> None:
        """Deliver the stream's messages to it from now on and reopen it after a drop."""
        ...

    def detach(self, stream: Stream) -> None:
        """The stream closed: deliver it nothing more and do not reopen it after a drop."""
        ...
