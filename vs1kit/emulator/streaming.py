"""Large replies written in pieces: a PartQ reply with images (up to 32 MiB) is produced one
record at a time, so the event loop never blocks for the whole encoding and a peer that does
not read holds at most the write high-water mark of it, not the reply.

The records of such a reply are a `LazyRecords` sequence (each record, image included, built
only when encoded). `partq_frame_pieces` yields the reply's frame as header + leading fields +
one encoding per record. It relies on one fact of the spec's layout, checked at first use
against the generated encoder: `records` is the message's last field, so the frame is the
encoding of the message with no records (whose trailing count is then patched) followed by
each record's own encoding. If the check fails the reply is encoded in one piece as before.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence
from typing import Final, overload

from vs1kit.emulator import model as m
from vs1kit.generated import enums, frames, partq, types
from vs1kit.protocol.wire import EncodeError, Message

__all__ = ["LazyRecords", "StreamError", "frame_pieces", "partq_frame_pieces"]

STREAM_MIN: Final = 256 * 1024
"""Replies estimated below this are encoded in one piece (cheaper for small ones)."""


class StreamError(Exception):
    """A piece came out another size than announced in the frame header: the frame sent so
    far is corrupt, the connection must close."""


class LazyRecords(Sequence[types.Record]):
    """PartQ results as report records, each built (image rendered) only when asked for."""

    def __init__(self, results: Sequence[m.InspectionResult], with_image: bool) -> None:
        self.results = results
        self.with_image = with_image

    def __len__(self) -> int:
        return len(self.results)

    @overload
    def __getitem__(self, i: int) -> types.Record: ...

    @overload
    def __getitem__(self, i: slice) -> list[types.Record]: ...

    def __getitem__(self, i: int | slice) -> types.Record | list[types.Record]:
        if isinstance(i, slice):
            return [r.record(with_image=self.with_image) for r in self.results[i]]
        return self.results[i].record(with_image=self.with_image)

    def encoded_size(self, index: int) -> int:
        """The size of record `index` encoded, without rendering its image."""
        rec = self.results[index].record(with_image=False)
        return len(rec.encode()) + (_image_extra() if self.with_image else 0)

    def estimate(self) -> int:
        per = 64 + (m.WIDTH * m.HEIGHT if self.with_image else 0)
        return per * len(self.results)


_COUNT: Final = struct.Struct(">H")
"""The records count closing the encoding of PartqRecords (checked by `_layout_ok`)."""
_checked: dict[str, int | bool] = {}


def _image_extra() -> int:
    """Bytes an image adds to a record (a fixed-size image: the camera's geometry, mono8)."""
    extra = _checked.get("image_extra")
    if not isinstance(extra, int) or isinstance(extra, bool):
        bare = types.Record(inspection=1).encode()
        img = types.ImageData(image_id=1, width=m.WIDTH, height=m.HEIGHT,
                              pixel_format=enums.PixelFormat.MONO8,
                              data=bytes(m.WIDTH * m.HEIGHT))
        with_img = types.Record(inspection=1, flags=enums.RecordFlags.HAS_IMAGE, image=img)
        extra = len(with_img.encode()) - len(bare)
        _checked["image_extra"] = extra
    return extra


def _layout_ok(sample: types.Record) -> bool:
    ok = _checked.get("layout")
    if ok is None:
        try:
            head = partq.PartqRecords(more=True, records=[]).encode()
            two = partq.PartqRecords(more=True, records=[sample, sample]).encode()
            rec = sample.encode()
        except EncodeError:
            return False  # the sample is not encodable: leave it to the one-piece path
        ok = two == head[:-_COUNT.size] + _COUNT.pack(2) + rec + rec
        _checked["layout"] = ok
    return bool(ok)


def partq_frame_pieces(reply: partq.PartqRecords, seq: int) -> Iterator[bytes] | None:
    """The frame of `reply` in pieces (header and leading fields, then one piece per record),
    or None when it is small or not lazy (then it is encoded in one piece)."""
    records = reply.records
    if not isinstance(records, LazyRecords) or records.estimate() < STREAM_MIN:
        return None
    if not records.results or not _layout_ok(records[0]):
        return None
    head = partq.PartqRecords(more=reply.more, datums=reply.datums, records=[]).encode()
    head = head[:-_COUNT.size] + _COUNT.pack(len(records))
    length = len(head) + sum(records.encoded_size(i) for i in range(len(records)))
    if length > frames.VS1_FRAME_MAX_PAYLOAD:
        return None

    def pieces() -> Iterator[bytes]:
        yield frames.encode_vs1_frame_header(partq.PartqRecords.CODE or 0, seq, length,
                                             partq.PartqRecords.HEADER_FLAGS) + head
        for i in range(len(records)):
            piece = records[i].encode()
            if len(piece) != records.encoded_size(i):
                raise StreamError(f"record {i} encoded to {len(piece)} bytes, not as announced")
            yield piece

    return pieces()


def frame_pieces(reply: Message, seq: int) -> Iterator[bytes] | None:
    """The frame of `reply` in pieces when it is worth streaming, else None."""
    if isinstance(reply, partq.PartqRecords):
        return partq_frame_pieces(reply, seq)
    return None
