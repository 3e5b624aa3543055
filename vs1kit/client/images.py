"""Images from the acquire port as numpy arrays, and live video with back-pressure."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from vs1kit.generated import enums
from vs1kit.generated.acquire import LiveFrame
from vs1kit.generated.types import ImageData

from .errors import ConnectionLost
from .inbox import Inbox
from .link import StreamLink

__all__ = ["Image", "LiveImage", "LiveStream", "image_array"]

# 16-bit pixels travel in the spec's byte order (big endian), like every other field.
_DTYPES: dict[int, np.dtype[Any]] = {
    enums.PixelFormat.MONO8: np.dtype(np.uint8),
    enums.PixelFormat.MONO16: np.dtype(">u2"),
    enums.PixelFormat.RGB8: np.dtype(np.uint8),
}


def image_array(image: ImageData) -> npt.NDArray[Any]:
    """The pixels of ``image`` as an array that shares the payload's memory (no copy):
    (h, w) for mono8/mono16, (h, w, 3) for rgb8. Read-only, like the payload."""
    fmt = int(image.pixel_format)
    dtype = _DTYPES.get(fmt)
    if dtype is None:
        raise ValueError(f"unknown pixel format {fmt}")
    shape: tuple[int, ...] = (image.height, image.width, 3) if fmt == enums.PixelFormat.RGB8 else (image.height, image.width)
    count = image.height * image.width * (3 if fmt == enums.PixelFormat.RGB8 else 1)
    if len(image.data) != count * dtype.itemsize:
        raise ValueError(f"image {image.width}x{image.height} {enums.PixelFormat(fmt).name.lower()} needs "
                         f"{count * dtype.itemsize} bytes, got {len(image.data)}")
    return np.frombuffer(image.data, dtype=dtype, count=count).reshape(shape)


@dataclass(frozen=True, slots=True)
class Image:
    """One picture: the pixel array plus what the camera said about it."""

    array: npt.NDArray[Any]
    image_id: int
    timestamp_us: int
    pixel_format: enums.PixelFormat

    @classmethod
    def from_data(cls, image: ImageData) -> Image:
        return cls(image_array(image), image.image_id, image.timestamp_us, enums.PixelFormat(int(image.pixel_format)))

    @property
    def width(self) -> int:
        return int(self.array.shape[1])

    @property
    def height(self) -> int:
        return int(self.array.shape[0])

    @property
    def nbytes(self) -> int:
        return int(self.array.nbytes)

    def save_png(self, path: str | Path) -> None:
        """Write a PNG through Pillow (16-bit grey stays 16-bit)."""
        from PIL import Image as PILImage

        arr = self.array
        if self.pixel_format == enums.PixelFormat.MONO16:
            # Pillow maps little-endian uint16 to its 16-bit grey mode ("I;16").
            pil = PILImage.fromarray(arr.astype("<u2"))
        else:
            pil = PILImage.fromarray(np.ascontiguousarray(arr))
        pil.save(str(path), format="PNG")


@dataclass(frozen=True, slots=True)
class LiveImage:
    """A live frame: its counter since start_live and the image."""

    frame: int
    image: Image


class LiveStream:
    """``async with camera.live(...) as live: async for frame in live: ...``

    Frames go through a bounded inbox: when the consumer falls behind, the oldest waiting
    frame is dropped (counted in ``dropped``) so the consumer always sees recent video and
    memory stays bounded. The camera also skips frames the socket cannot take.
    """

    def __init__(self, link: StreamLink, max_fps: int, pixel_format: enums.PixelFormat, queue_size: int) -> None:
        self._link = link
        self.max_fps = max_fps
        self.pixel_format = pixel_format
        self._inbox: Inbox[LiveFrame] = Inbox(maxlen=max(1, queue_size))
        self.received = 0
        self.bytes_received = 0
        self.width = 0
        self.height = 0
        self._t0 = 0.0
        self._active = False

    @property
    def dropped(self) -> int:
        return self._inbox.dropped

    @property
    def fps(self) -> float:
        dt = time.monotonic() - self._t0
        return self.received / dt if dt > 0 else 0.0

    def feed(self, msg: LiveFrame) -> None:
        self.received += 1
        self.bytes_received += len(msg.image.data)
        self._inbox.put(msg)

    def fail(self, error: BaseException) -> None:
        self._inbox.fail(error)

    async def start(self) -> None:
        self._link.attach(self)
        self._active = True
        try:
            reply = await self._link.requests.start_live(self.max_fps, self.pixel_format)
        except BaseException:
            self._link.detach(self)
            self._active = False
            raise
        self.width, self.height = reply.width, reply.height
        self._t0 = time.monotonic()

    async def stop(self) -> tuple[int, int]:
        """Stop live video; returns the camera's (frames_sent, frames_skipped)."""
        if not self._active:
            return (0, 0)
        self._active = False
        self._link.detach(self)
        self._inbox.end()
        try:
            reply = await self._link.requests.stop_live()
        except (ConnectionLost, TimeoutError):
            return (0, 0)
        return (reply.frames_sent, reply.frames_skipped)

    def __aiter__(self) -> LiveStream:
        return self

    async def __anext__(self) -> LiveImage:
        msg = await self._inbox.get()
        return LiveImage(msg.frame, Image.from_data(msg.image))

    async def __aenter__(self) -> LiveStream:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
