"""Sans-IO request/response sessions over VS-1 frames.

:class:`ClientSession` numbers requests, matches replies (or error replies) to them by
sequence number and sorts everything else into events. :class:`ServerSession` is the
camera side: requests in, replies/errors/events out. Both take bytes and return bytes or
typed events; timers and sockets belong to the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vs1kit.generated import enums, frames
from vs1kit.generated.registry import PORTS

from .framing import Frame, FrameDecoder, decode_message, encode_frame
from .wire import BytesLike, DecodeError, Message, Vs1Error

SEQUENCE_MAX = frames.VS1_FRAME_SEQUENCE_MAX
"""Sequence numbers wrap after this (the header field's width)."""


class ProtocolError(Vs1Error):
    """The peer broke the protocol (e.g. a reply nobody asked for)."""


@dataclass(frozen=True, slots=True)
class Reply:
    """The answer to request ``seq``."""

    seq: int
    request: Message
    message: Message


@dataclass(frozen=True, slots=True)
class ErrorReplyEvent:
    """Request ``seq`` failed; ``error`` carries the camera's status and reason."""

    seq: int
    request: Message
    error: frames.ErrorReply


@dataclass(frozen=True, slots=True)
class Event:
    """A message the camera pushed (not a reply)."""

    seq: int
    message: Message


@dataclass(frozen=True, slots=True)
class Request:
    """Camera side: a request (or client event) that arrived."""

    seq: int
    message: Message


@dataclass
class ClientSession:
    """Client side of one framed port connection."""

    port: str
    decoder: FrameDecoder = field(default_factory=FrameDecoder)
    next_seq: int = 1
    pending: dict[int, Message] = field(default_factory=dict)

    def request(self, message: Message) -> tuple[int, bytes]:
        """Bytes to send for ``message``; returns its sequence number too."""
        if message.CODE is None or PORTS[self.port].by_code.get(message.CODE) is not type(message):
            raise ProtocolError(f"{type(message).__name__} is not a message of port {self.port}")
        seq = self.next_seq
        self.next_seq = (self.next_seq + 1) & SEQUENCE_MAX or 1
        if message.KIND == "request":
            self.pending[seq] = message
        return seq, encode_frame(message, seq)

    def receive(self, data: BytesLike) -> list[Reply | ErrorReplyEvent | Event]:
        """Feed received bytes; DecodeError/ProtocolError mean the connection is unusable."""
        return [self.on_frame(f) for f in self.decoder.feed(data)]

    def on_frame(self, frame: Frame) -> Reply | ErrorReplyEvent | Event:
        message = decode_message(self.port, frame)
        if message.KIND != "response":
            return Event(frame.seq, message)
        request = self.pending.pop(frame.seq, None)
        if request is None:
            raise ProtocolError(f"{type(message).__name__} for seq {frame.seq}, which is not pending")
        if isinstance(message, frames.ErrorReply):
            return ErrorReplyEvent(frame.seq, request, message)
        expected = request.RESPONSE
        if expected is not None and not isinstance(message, expected):
            raise ProtocolError(f"{type(request).__name__} answered by {type(message).__name__}, expected {expected.__name__}")
        return Reply(frame.seq, request, message)

    def fail_all(self) -> list[int]:
        """The connection is gone: forget every pending request and say which."""
        seqs = list(self.pending)
        self.pending.clear()
        return seqs


@dataclass
class ServerSession:
    """Camera side of one framed port connection."""

    port: str
    decoder: FrameDecoder = field(default_factory=FrameDecoder)
    event_seq: int = 0

    def receive(self, data: BytesLike) -> list[Request]:
        """Requests that arrived. DecodeError means the peer sent garbage: drop it.

        An unknown message type does not break the stream (the frame is complete), so it
        comes back as a Request carrying an :class:`UnknownMessage`.
        """
        out: list[Request] = []
        for frame in self.decoder.feed(data):
            if frame.message_type not in PORTS[self.port].by_code:
                out.append(Request(frame.seq, UnknownMessage(frame.message_type)))
                continue
            out.append(Request(frame.seq, decode_message(self.port, frame)))
        return out

    def reply(self, seq: int, message: Message) -> bytes:
        return encode_frame(message, seq)

    def error(self, seq: int, request_type: int, status: enums.StatusCode, detail: str) -> bytes:
        return encode_frame(frames.ErrorReply(status=status, request_type=request_type, detail=detail), seq)

    def event(self, message: Message) -> bytes:
        self.event_seq = (self.event_seq + 1) & SEQUENCE_MAX
        return encode_frame(message, self.event_seq)


class UnknownMessage(Message):
    """A well-framed message whose type this port does not know."""

    __slots__ = ("code",)

    def __init__(self, code: int) -> None:
        self.code = code

    def __repr__(self) -> str:
        return f"UnknownMessage(0x{self.code:04x})"


__all__ = [
    "ClientSession",
    "DecodeError",
    "ErrorReplyEvent",
    "Event",
    "ProtocolError",
    "Reply",
    "Request",
    "ServerSession",
    "UnknownMessage",
]
