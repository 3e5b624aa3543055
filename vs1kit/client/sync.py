"""A synchronous facade for scripts: ``with SyncCamera("10.0.0.5") as cam: cam.get_status()``.

The asyncio :class:`~vs1kit.client.camera.Camera` runs on a private event loop in a daemon
thread (so heartbeats keep flowing while the script blocks elsewhere); every call is handed to
that loop and waited for. Any coroutine method of Camera is available under the same name.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

from vs1kit.generated import enums
from vs1kit.generated.rpc import StatusReply

from .camera import Camera
from .images import Image
from .reports import ReportItem, ReportStream

__all__ = ["SyncCamera", "SyncReport"]

T = TypeVar("T")


class SyncCamera:
    def __init__(self, host: str, *, call_timeout: float | None = 60.0, **options: Any) -> None:
        self.call_timeout = call_timeout
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="vs1-sync-camera", daemon=True)
        self._thread.start()
        self.camera: Camera = self._run(self._make(host, options))

    @staticmethod
    async def _make(host: str, options: dict[str, Any]) -> Camera:
        return Camera(host, **options)  # created on the loop that will drive it

    def _run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        if not self._loop.is_running():
            coro.close()
            raise RuntimeError("this SyncCamera is closed")
        fut = asyncio.run_coroutine_threadsafe(coro, self._loop)
        try:
            wait = self.call_timeout if timeout is None else (None if timeout == float("inf") else timeout)
            return fut.result(wait)
        except TimeoutError:
            fut.cancel()
            raise

    def call(self, fn: Callable[[Camera], Coroutine[Any, Any, T]]) -> T:
        """Run ``fn(camera)`` on the camera's loop: ``cam.call(lambda c: c.trigger(5))``."""
        return self._run(fn(self.camera))

    def __getattr__(self, name: str) -> Callable[..., Any]:
        attr = getattr(self.camera, name)
        if not callable(attr) or not asyncio.iscoroutinefunction(attr):
            return attr  # type: ignore[no-any-return]

        def sync(*args: Any, **kwargs: Any) -> Any:
            return self._run(attr(*args, **kwargs))

        sync.__name__ = name
        sync.__doc__ = attr.__doc__
        return sync

    # Typed shortcuts for the most common calls.
    def connect(self) -> None:
        self._run(self.camera.connect())

    def status(self) -> StatusReply:
        return self._run(self.camera.get_status())

    def snap(self, pixel_format: enums.PixelFormat = enums.PixelFormat.MONO8) -> Image:
        return self._run(self.camera.snap(pixel_format))

    def open_report(self, datums: list[str], **options: Any) -> SyncReport:
        """A report stream to iterate synchronously (see Camera.open_report)."""
        return SyncReport(self, self._run(self.camera.open_report(datums, **options)))

    def records(self, datums: list[str], count: int | None = None, **options: Any) -> Iterator[ReportItem]:
        """Open a report and yield its items (records and gaps); closes it when done."""
        with self.open_report(datums, **options) as report:
            for n, item in enumerate(report):
                yield item
                if count is not None and n + 1 >= count:
                    return

    def close(self) -> None:
        if not self._loop.is_running():
            return
        try:
            self._run(self.camera.close())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)
            self._loop.close()

    def __enter__(self) -> SyncCamera:
        self.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SyncReport:
    """Blocking iteration over a :class:`ReportStream` owned by a SyncCamera."""

    def __init__(self, owner: SyncCamera, stream: ReportStream) -> None:
        self._owner = owner
        self.stream = stream

    def __iter__(self) -> SyncReport:
        return self

    def __next__(self) -> ReportItem:
        try:
            # No call timeout: waiting for the next inspection may take any time.
            return self._owner._run(self.stream.__anext__(), timeout=float("inf"))
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        self._owner._run(self.stream.aclose())

    def __enter__(self) -> SyncReport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
