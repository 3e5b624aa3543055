"""The small streams of a camera client: link events, IO changes, serial lines.

Each depends on a :class:`~vs1kit.client.link.StreamLink`, not on the camera client's
internals; the client feeds them through ``put``/``line`` and ends or fails them.
"""

from __future__ import annotations

from vs1kit.generated.io import IoChanged

from .connection import LineConnection
from .events import ClientEvent
from .inbox import Inbox
from .link import StreamLink

__all__ = ["EventStream", "IoEventStream", "SerialStream"]


class EventStream:
    """``async for event in camera.events()``: the link events from the moment of the call."""

    def __init__(self, link: StreamLink) -> None:
        self._link = link
        self._inbox: Inbox[ClientEvent] = Inbox()

    def __aiter__(self) -> EventStream:
        return self

    async def __anext__(self) -> ClientEvent:
        return await self._inbox.get()

    def put(self, event: ClientEvent) -> None:
        self._inbox.put(event)

    def end(self) -> None:
        self._inbox.end()

    def close(self) -> None:
        self._link.detach(self)
        self._inbox.end()


class IoEventStream:
    """``async for change in camera.io_events()``: io_changed events of the subscription."""

    def __init__(self, link: StreamLink) -> None:
        self._link = link
        self._inbox: Inbox[IoChanged] = Inbox(maxlen=10_000)

    def __aiter__(self) -> IoEventStream:
        return self

    async def __anext__(self) -> IoChanged:
        return await self._inbox.get()

    def put(self, msg: IoChanged) -> None:
        self._inbox.put(msg)

    def end(self) -> None:
        self._inbox.end()

    def close(self) -> None:
        self._link.detach(self)
        self._inbox.end()


class SerialStream:
    """``async for line in camera.serial(1)``: the formatted output strings of a channel."""

    def __init__(self, link: StreamLink, channel: int) -> None:
        self._link = link
        self.channel = channel
        self._inbox: Inbox[str] = Inbox(maxlen=100_000)
        self.connection: LineConnection | None = None
        """The channel's current TCP connection (replaced after a reconnect)."""

    def __aiter__(self) -> SerialStream:
        return self

    async def __anext__(self) -> str:
        return await self._inbox.get()

    def line(self, text: str) -> None:
        self._inbox.put(text)

    def fail(self, error: BaseException) -> None:
        self._inbox.fail(error)

    def end(self) -> None:
        self._inbox.end()

    async def aclose(self) -> None:
        self._link.detach(self)
        if self.connection is not None:
            self.connection.close()
        self._inbox.end()

    async def __aenter__(self) -> SerialStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
