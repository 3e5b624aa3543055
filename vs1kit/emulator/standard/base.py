"""What the standard-port servers (FTP, HTTP, Telnet) share: address, bound port, life cycle."""

from __future__ import annotations

from types import TracebackType
from typing import ClassVar, Self

__all__ = ["StandardServer"]


class StandardServer:
    """A server on one standard port: `start()` binds (port 0: a free one, then `port` says
    which), `stop()` releases it; usable as `async with`."""

    PROTOCOL: ClassVar[str] = ""
    """The protocol's name, for messages."""

    def __init__(self, host: str, port: int) -> None:
        self._host = host
        self._requested_port = port
        self._port: int | None = None

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        """The bound port (the real one when constructed with port 0); only while running."""
        if self._port is None:
            raise RuntimeError(f"the {self.PROTOCOL} server is not running")
        return self._port

    async def start(self) -> None:
        raise NotImplementedError

    async def stop(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
