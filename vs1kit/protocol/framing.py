"""Sans-IO framing: bytes in, frames out; messages in, bytes out.

No sockets here. The client, the emulator and the tests all feed received bytes to these
classes and write whatever bytes they return, so the same code is exercised everywhere.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass

from vs1kit.generated import frames
from vs1kit.generated.registry import PORTS

from .wire import BytesLike, DecodeError, Message

HEADER_SIZE = frames.VS1_FRAME_HEADER_SIZE
MAX_PAYLOAD = frames.VS1_FRAME_MAX_PAYLOAD
Flags = frames.VS1_FRAME_FLAGS


@dataclass(frozen=True, slots=True)
class Frame:
    """One VS-1 frame: header facts and the raw payload."""

    message_type: int
    seq: int
    flags: int
    payload: bytes

    @property
    def is_error(self) -> bool:
        return bool(self.flags & Flags.ERROR)


def flags_for(message: Message) -> int:
    """Header flags follow from the message kind in the spec (generated per message class)."""
    return message.HEADER_FLAGS


_HEADER = frames.VS1_FRAME_HEADER
"""The whole header as one generated struct (magic, version, flags, msg_type, seq, length)."""
_MAGIC = frames.VS1_FRAME_MAGIC
_VERSION = frames.VS1_FRAME_VERSION


def encode_frame(message: Message, seq: int) -> bytes:
    """A complete frame (header + payload) for ``message``.

    The header is packed with the generated header struct in one call; a value it cannot hold
    goes through the generated header encoder instead, for its EncodeError naming the fields."""
    payload = message.encode()
    code = message.CODE
    assert code is not None, f"{type(message).__name__} has no code: not a framed message"
    try:
        head = _HEADER.pack(_MAGIC, _VERSION, message.HEADER_FLAGS, code, seq, len(payload))
    except (struct.error, TypeError):
        head = frames.encode_vs1_frame_header(code, seq, len(payload), flags_for(message))
    return head + payload


class FrameDecoder:
    """Reassembles frames from a TCP byte stream (or checks one datagram).

    ``feed`` raises DecodeError for a bad header (wrong magic or version, oversized length);
    the stream cannot be resynchronised after that, so the caller drops the connection.

    Headers are read with the generated header struct in one unpack (the generated decoder,
    with its DecodeError naming field and offset, runs only for a header that fails the
    checks). A read that starts on a frame boundary is parsed where it lies: only a trailing
    partial frame is kept, so the common case (whole small frames per read) copies each
    payload once and the read never.
    """

    def __init__(self, max_payload: int = MAX_PAYLOAD, by_code: Mapping[int, int] | None = None) -> None:
        self._buf = bytearray()
        self._max = max_payload
        # The largest payload of each message code (frames.MAX_PAYLOAD_BY_CODE[port]): a
        # header announcing more for its code is refused before any of the payload is kept.
        self._by_code = by_code or {}

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def feed(self, data: BytesLike) -> list[Frame]:
        buf = self._buf
        if buf or not isinstance(data, bytes):
            buf += data
            out, pos = self._parse(buf)
            if pos:
                del buf[:pos]
            return out
        out, pos = self._parse(data)
        if pos < len(data):
            buf += data[pos:] if pos else data
        return out

    def _parse(self, buf: bytes | bytearray) -> tuple[list[Frame], int]:
        out: list[Frame] = []
        end = len(buf)
        pos = 0
        unpack = _HEADER.unpack_from
        by_code = self._by_code
        copy_out = type(buf) is bytearray
        while end - pos >= HEADER_SIZE:
            magic, version, flags, msg_type, seq, length = unpack(buf, pos)
            if magic != _MAGIC or version != _VERSION or length > self._max:
                self._bad_header(buf, pos, length)
            most = by_code.get(msg_type)
            if most is not None and length > most:
                raise DecodeError("length", pos, f"payload of {length} bytes exceeds the {most} "
                                  f"of message 0x{msg_type:04x}", "Vs1FrameHeader")
            start = pos + HEADER_SIZE
            stop = start + length
            if stop > end:
                break
            if copy_out:
                with memoryview(buf) as view:  # one copy of the payload, not two
                    payload = view[start:stop].tobytes()
            else:
                payload = buf[start:stop]  # type: ignore[assignment]
            out.append(Frame(msg_type, seq, flags, payload))
            pos = stop
        return out, pos

    def _bad_header(self, buf: bytes | bytearray, pos: int, length: int) -> None:
        """Raise the generated decoder's DecodeError (field and offset named) for this header."""
        frames.decode_vs1_frame_header(buf, pos)
        raise DecodeError("length", pos, f"payload of {length} bytes exceeds {self._max}", "Vs1FrameHeader")


def decode_datagram(data: BytesLike) -> Frame:
    """One frame per datagram: the header's length must match the datagram exactly."""
    header = frames.decode_vs1_frame_header(data, 0)
    if HEADER_SIZE + header.length != len(data):
        raise DecodeError("length", 0, f"header says {header.length} payload bytes, datagram has {len(data) - HEADER_SIZE}",
                          "Vs1FrameHeader")
    return Frame(header.msg_type, header.seq, int(header.flags), bytes(data[HEADER_SIZE:]))


def decode_message(port: str, frame: Frame) -> Message:
    """The typed message in ``frame`` for a port of the spec; DecodeError if unknown or bad."""
    cls = PORTS[port].by_code.get(frame.message_type)
    if cls is None:
        raise DecodeError("msg_type", 0, f"unknown message type 0x{frame.message_type:04x} on port {port}")
    return cls.decode(frame.payload)


def _only_lines_port() -> str:
    """The spec's one line-framed port, the default of LineDecoder."""
    ports = [p.id for p in PORTS.values() if p.framing_kind == "lines"]
    if len(ports) != 1:
        raise ValueError(f"name the port: the spec has {len(ports)} line-framed ports ({', '.join(ports)})")
    return ports[0]


class LineDecoder:
    """Splits a text stream (the serial ports) into lines at the spec's terminator."""

    def __init__(self, port: str | None = None) -> None:
        spec = PORTS[port if port is not None else _only_lines_port()]
        self._term = spec.terminator
        self._max = spec.max_line
        self._buf = bytearray()

    def feed(self, data: BytesLike) -> list[bytes]:
        self._buf += data
        lines: list[bytes] = []
        # The same limit whatever way the peer's bytes are split: a line is refused when it is
        # longer than max_line, found whole or still waiting for its terminator (which may
        # have arrived in part, hence the terminator's length - 1 of slack).
        while True:
            k = self._buf.find(self._term)
            if k < 0:
                if len(self._buf) > self._max + len(self._term) - 1:
                    raise DecodeError("text", 0, f"line longer than {self._max} bytes without a terminator")
                return lines
            if k > self._max:
                raise DecodeError("text", 0, f"line of {k} bytes is longer than {self._max}")
            lines.append(bytes(self._buf[:k]))
            del self._buf[: k + len(self._term)]
