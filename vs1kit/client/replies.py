"""How much of a reply the client accepts, and large replies decoded a slice at a time.

Two bounds apply to every reply a framed connection receives, both derived from the spec's
maxima (``frames.MAX_PAYLOAD_BY_CODE``: the largest payload of each message of each port):

- the **connection's ceiling**: the largest message the camera may send on that port, at most
  ``Camera(max_reply=...)``. A frame header announcing more is refused as soon as the header
  is read, before any of its body is buffered;
- the **request's limit**: the largest reply the spec allows for that request (its response
  or an error reply), at most the ceiling, lowered for the calls made inside
  ``with reply_limit(nbytes):`` (a per-call override; it never raises the ceiling). While a
  reply is being received on a port that carries no large events, the connection buffers at
  most the largest limit of its pending requests (plus one read of the socket) before it
  gives up; elsewhere the limit is checked when the reply is complete.

Either way the call ends with :class:`~vs1kit.client.errors.ReplyTooLarge` (one line) and the
connection is closed: its framing cannot be trusted past a frame the client refused to read.

A reply that carries records (``partq_records``) is decoded incrementally: a slice of records
at a time (:data:`SLICE_SECONDS`), the event loop running other callbacks between slices, so
a 32 MiB reply never blocks heartbeats or other connections. Decoding also stops at the
number of records the request asked for (``fetch_latest(count)``, ``fetch_range(...,
max_records)``): records a camera sends beyond that are not decoded at all, and ``more`` says
there were more.
"""

from __future__ import annotations

import contextlib
import contextvars
import time
from collections.abc import Callable, Iterator

from vs1kit.generated import frames, types
from vs1kit.generated.partq import FetchLatest, FetchRange, PartqRecords
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import MAX_PAYLOAD
from vs1kit.protocol.wire import BytesLike, DecodeError, Message

__all__ = [
    "INCREMENTAL_MIN",
    "SLICE_SECONDS",
    "IncrementalDecoder",
    "PartqRecordsDecoder",
    "current_reply_limit",
    "event_room",
    "incremental_decoder",
    "port_ceiling",
    "reply_limit",
    "request_limit",
    "spec_max",
]

SLICE_SECONDS = 0.002
"""Longest the client decodes one reply before it lets the event loop run other callbacks."""

INCREMENTAL_MIN = 64 * 1024
"""Replies at least this large are decoded incrementally (smaller ones in one go: cheaper)."""

_LIMIT: contextvars.ContextVar[int | None] = contextvars.ContextVar("vs1_reply_limit", default=None)


@contextlib.contextmanager
def reply_limit(nbytes: int) -> Iterator[None]:
    """Requests sent inside this block accept replies of at most ``nbytes`` payload bytes.

    ``with reply_limit(1 << 20): await cam.fetch_latest(100)``. Applies to the current task
    (and tasks it starts inside the block); lowers the camera's ``max_reply``, never raises it.
    """
    if nbytes < 0:
        raise ValueError("a reply limit is a number of bytes >= 0")
    token = _LIMIT.set(nbytes)
    try:
        yield
    finally:
        _LIMIT.reset(token)


def current_reply_limit(ceiling: int) -> int:
    """The limit for a request sent now under ``ceiling`` (the connection's)."""
    limit = _LIMIT.get()
    return ceiling if limit is None else min(limit, ceiling)


def default_ceiling(max_reply: int | None) -> int:
    """The connections' ceiling for a client configured with ``max_reply`` (None: the spec's)."""
    return MAX_PAYLOAD if max_reply is None else max(0, min(max_reply, MAX_PAYLOAD))


def spec_max(port: str, message: type[Message]) -> int:
    """The largest payload of ``message`` on ``port`` the spec allows (framing limit if none)."""
    return frames.MAX_PAYLOAD_BY_CODE.get(port, {}).get(message.CODE if message.CODE is not None else -1,
                                                        MAX_PAYLOAD)


def _from_camera(port: str, kinds: tuple[str, ...]) -> list[int]:
    return [spec_max(port, m) for m in PORTS[port].messages if m.DIRECTION == "from_camera" and m.KIND in kinds]


def port_ceiling(port: str, max_reply: int) -> int:
    """A connection's ceiling: the largest message the camera sends on ``port``, at most
    ``max_reply``."""
    return min(max([0, *_from_camera(port, ("response", "event"))]), max_reply)


def event_room(port: str, ceiling: int) -> int:
    """The largest event the camera may push on ``port`` (0: none), at most ``ceiling``."""
    return min(max([0, *_from_camera(port, ("event",))]), ceiling)


def request_limit(port: str, request: type[Message], ceiling: int) -> int:
    """The largest reply to ``request`` the client accepts now: the spec's bound of its
    response and of an error reply, at most ``ceiling``, lowered by :func:`reply_limit`."""
    replies = [spec_max(port, m) for m in (request.RESPONSE, frames.ErrorReply) if m is not None]
    return current_reply_limit(min(max([0, *replies]), ceiling))


class IncrementalDecoder:
    """Decodes one reply's payload in slices: :meth:`run` until it returns the message."""

    def run(self, seconds: float) -> Message | None:
        """Decode for about ``seconds``; the message once complete, else None (call again)."""
        raise NotImplementedError


class PartqRecordsDecoder(IncrementalDecoder):
    """``partq_records`` a slice of records at a time, at most ``max_records`` of them.

    The layout is the generated one (``more``, the u8-counted datum table, the u16-counted
    records), read with the generated decoders of ``datum_desc`` and ``record``; the tests
    check that it decodes every reply exactly as ``PartqRecords.decode`` does.
    """

    def __init__(self, payload: BytesLike, max_records: int) -> None:
        self._b = payload
        self._e = len(payload)
        more, datums, o = self._head(payload, self._e)
        if self._e - o < 2:
            raise DecodeError("records", o, f"needs 2 byte(s), {self._e - o} left", "PartqRecords")
        count = int.from_bytes(payload[o:o + 2], "big")
        o += 2
        if count * 15 > self._e - o:
            raise DecodeError("records", o, f"count {count} needs at least {count * 15} bytes, {self._e - o} left",
                              "PartqRecords")
        self._o = o
        self._want = min(count, max(0, max_records))
        self._more = more or count > self._want
        self._datums = datums
        self._records: list[types.Record] = []

    @staticmethod
    def _head(b: BytesLike, e: int) -> tuple[bool, list[types.DatumDesc], int]:
        if e < 2:
            raise DecodeError("more", 0, f"needs 2 byte(s), {e} left", "PartqRecords")
        more = bool(b[0])
        n = b[1]
        o = 2
        datums: list[types.DatumDesc] = []
        for _ in range(n):
            try:
                desc, o = types._dec_datum_desc(b, o, e)
            except DecodeError as x:
                raise x.within(f"datums[{len(datums)}]").of("PartqRecords") from None
            except Exception as x:  # a decoder bug must still surface as a DecodeError
                raise DecodeError(f"datums[{len(datums)}]", o, f"internal decoder error: {x!r}",
                                  "PartqRecords") from None
            datums.append(desc)
        return more, datums, o

    @property
    def decoded(self) -> int:
        return len(self._records)

    def run(self, seconds: float) -> PartqRecords | None:
        deadline = time.perf_counter() + seconds
        b, e, o, records, want = self._b, self._e, self._o, self._records, self._want
        dec = types._dec_record
        try:
            while len(records) < want:
                stop = min(want, len(records) + 64)
                while len(records) < stop:
                    rec, o = dec(b, o, e)
                    records.append(rec)
                if time.perf_counter() >= deadline and len(records) < want:
                    self._o = o
                    return None
        except DecodeError as x:
            raise x.within(f"records[{len(records)}]").of("PartqRecords") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError(f"records[{len(records)}]", o, f"internal decoder error: {x!r}",
                              "PartqRecords") from None
        if len(records) == want and not self._more and o != e:
            raise DecodeError("", o, f"{e - o} trailing byte(s)", "PartqRecords")
        self._o = o
        return PartqRecords(more=self._more, datums=self._datums, records=records)


def _partq_cap(request: Message) -> int:
    if isinstance(request, FetchLatest):
        return int(request.count)
    if isinstance(request, FetchRange):
        # 0 asks for as many as the reply can carry (its u16 record count).
        return int(request.max_records) or 0xFFFF
    return 0xFFFF


_INCREMENTAL: dict[type[Message], Callable[[Message, BytesLike], IncrementalDecoder]] = {
    PartqRecords: lambda request, payload: PartqRecordsDecoder(payload, _partq_cap(request)),
}


def incremental_decoder(
    request: Message, reply_type: type[Message], payload: BytesLike
) -> IncrementalDecoder | None:
    """The incremental decoder of a reply to ``request``, if its type has one (else None)."""
    make = _INCREMENTAL.get(reply_type)
    return make(request, payload) if make is not None else None
