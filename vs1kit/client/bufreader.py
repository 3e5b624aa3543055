"""Sans-IO frame reassembly into buffers the socket fills itself (for asyncio's BufferedProtocol).

:class:`~vs1kit.protocol.framing.FrameDecoder` takes ``bytes`` the transport allocated and
copies them twice (into its buffer, then out as the payload). For pictures (a 1280x1024 live
frame is 1.3 MB, thousands a second) those copies and allocations are most of the client's
cost. :class:`BufferedFrameReader` instead hands out the memory to receive into
(:meth:`~BufferedFrameReader.get_buffer`): small frames land in one reusable staging buffer and
are cut out of it; a large payload gets a buffer of its own that the socket fills
directly, so it reaches numpy with no copy at all; those buffers are reused once released
(:class:`BufferPool`), so the kernel does not fault in fresh pages for every frame. Headers
are decoded and checked by the generated ``frames`` module, as in ``FrameDecoder``.
"""

from __future__ import annotations

import sys

import numpy as np
import numpy.typing as npt

from vs1kit.generated import frames
from vs1kit.protocol.framing import HEADER_SIZE, MAX_PAYLOAD
from vs1kit.protocol.wire import DecodeError

__all__ = ["BufferPool", "BufferedFrameReader", "RawFrame"]

RawFrame = tuple[int, int, int, bytes | memoryview]
"""(message type, seq, header flags, payload) of one received frame."""


class BufferPool:
    """Payload buffers, recycled once nothing refers to them any more.

    A fresh large allocation costs a page fault per 4 KiB when the socket first writes it
    (the kernel zeroes each page): for live video that is several times the copy itself. So
    a payload buffer goes back into use as soon as the frame, its image and every array or
    view made from it are gone: numpy's arrays and views keep the buffer referenced (through
    the memoryview they were made from), which is what ``sys.getrefcount`` sees.
    """

    def __init__(self, keep: int = 16) -> None:
        self._buffers: list[npt.NDArray[np.uint8]] = []
        self._keep = keep
        self.allocated = 0
        """Buffers allocated (not reused) so far."""

    def take(self, size: int) -> memoryview:
        """A writable buffer of ``size`` bytes (uninitialised: hand it out only once filled)."""
        for arr in self._buffers:
            # References: the list, the loop variable, getrefcount's argument. Any more is
            # a frame, image or view somebody still holds.
            if arr.nbytes == size and sys.getrefcount(arr) == 3:
                return arr.data
        # numpy allocates without zeroing (bytearray(size) would memset every frame).
        arr = np.empty(size, np.uint8)
        self.allocated += 1
        self._buffers.append(arr)
        if len(self._buffers) > self._keep:
            del self._buffers[0]  # forgotten here; freed when its last user lets go
        return arr.data


class BufferedFrameReader:
    """See the module docstring. ``direct_min``: payloads at least this large are received
    into their own buffer (the rest are copied out of the staging buffer, which is cheaper for
    small frames than a buffer each).

    Live video sends frames of one size back to back, so after a large frame the reader
    predicts the next one has the same payload length and offers a buffer for exactly that
    whole frame (header and payload together, one receive instead of two). A wrong guess
    costs a copy of what landed there into the usual path, never a wrong frame.
    """

    def __init__(self, *, staging: int = 256 * 1024, direct_min: int = 64 * 1024,
                 max_payload: int = MAX_PAYLOAD) -> None:
        if not HEADER_SIZE + direct_min <= staging:
            raise ValueError("the staging buffer must hold a header and a payload below direct_min")
        self._staging = bytearray(staging)
        self._size = staging
        self._view = memoryview(self._staging)
        self._start = 0  # first byte not yet parsed
        self._end = 0  # first byte not yet received
        self._max = max_payload
        self._direct_min = direct_min
        self._direct: memoryview | None = None
        self._direct_len = 0
        self._direct_fill = 0
        self._direct_head: tuple[int, int, int] = (0, 0, 0)
        self._landing: memoryview | None = None
        self._landing_fill = 0
        self._landing_checked = False
        self._landing_head: tuple[int, int, int] = (0, 0, 0)
        self._predict = 0
        """Payload length of the last large frame (0: none): the guess for the next one."""
        self.pool = BufferPool()
        """Where large payloads are received (recycled once released)."""

    @property
    def buffered(self) -> int:
        """Bytes received and not yet returned as frames."""
        return self._end - self._start + self._direct_fill + self._landing_fill

    def get_buffer(self) -> memoryview:
        """Where the next received bytes go (never empty)."""
        if self._direct is not None:
            return self._direct[self._direct_fill:]
        if self._landing is not None:
            return self._landing[self._landing_fill:]
        if self._predict and self._start == self._end:
            self._landing = self.pool.take(HEADER_SIZE + self._predict)
            self._landing_fill = 0
            self._landing_checked = False
            return self._landing
        if self._end == self._size or self._start + HEADER_SIZE > self._size:
            # Move the unparsed tail (less than a small frame) to the front.
            tail = self._end - self._start
            self._staging[:tail] = self._view[self._start:self._end]
            self._start, self._end = 0, tail
        return self._view[self._end:]

    def buffer_updated(self, nbytes: int) -> list[RawFrame]:
        """``nbytes`` were written into the last buffer: the frames now complete."""
        out: list[RawFrame] = []
        if self._direct is not None:
            self._direct_fill += nbytes
            if self._direct_fill == self._direct_len:
                out.append((*self._direct_head, self._direct.toreadonly()))
                self._direct = None
                self._predict = self._direct_len
                self._direct_fill = 0
            return out
        if self._landing is not None:
            return self._landed(nbytes)
        self._end += nbytes
        start = self._parse(self._view, self._start, self._end, out)
        if start == self._end:
            self._start = self._end = 0
        else:
            self._start = start
        return out

    def _landed(self, nbytes: int) -> list[RawFrame]:
        landing = self._landing
        assert landing is not None
        self._landing_fill += nbytes
        fill = self._landing_fill
        if fill < HEADER_SIZE:
            return []
        if not self._landing_checked:
            header = frames.decode_vs1_frame_header(landing, 0)
            if header.length != self._predict:
                return self._mispredicted()
            self._landing_head = (header.msg_type, header.seq, int(header.flags))
            self._landing_checked = True
        if fill < HEADER_SIZE + self._predict:
            return []
        self._landing = None
        self._landing_fill = 0
        return [(*self._landing_head, landing[HEADER_SIZE:].toreadonly())]

    def _mispredicted(self) -> list[RawFrame]:
        """What landed is not one frame of the predicted size: parse it as received data."""
        landing, fill = self._landing, self._landing_fill
        assert landing is not None
        self._landing = None
        self._landing_fill = 0
        self._predict = 0
        out: list[RawFrame] = []
        start = self._parse(landing, 0, fill, out)
        # Any large payload went to a buffer of its own: the rest is less than a header and a
        # small payload, which the staging buffer holds.
        tail = fill - start
        self._staging[:tail] = landing[start:fill]
        self._start, self._end = 0, tail
        return out

    def _parse(self, view: memoryview, start: int, end: int, out: list[RawFrame]) -> int:
        """Cut the complete frames out of ``view[start:end]`` into ``out``; a large payload is
        moved to a buffer of its own (and, if incomplete, received straight into it from now
        on). Returns where the unparsed rest starts."""
        while end - start >= HEADER_SIZE:
            header = frames.decode_vs1_frame_header(view, start)
            length = header.length
            if length > self._max:
                raise DecodeError("length", start, f"payload of {length} bytes exceeds {self._max}",
                                  "Vs1FrameHeader")
            head = (header.msg_type, header.seq, int(header.flags))
            body = start + HEADER_SIZE
            if length >= self._direct_min:
                # A large payload: its own buffer, what already arrived copied in once, the
                # rest received straight into it.
                have = min(end - body, length)
                payload = self.pool.take(length)
                payload[:have] = view[body:body + have]
                start = body + have
                if have == length:
                    out.append((*head, payload.toreadonly()))
                    self._predict = length
                    continue
                self._direct, self._direct_len, self._direct_fill, self._direct_head = payload, length, have, head
                break
            if end - body < length:
                break
            out.append((*head, view[body:body + length].tobytes()))
            start = body + length
            self._predict = 0
        return start
