"""The fuzz targets: every generated decoder and the framing, each with its oracle.

Decoder targets are derived, not listed: every message class of every port in the generated
registry, every shared type and the frame header. Framing targets drive
:mod:`vs1kit.protocol.framing` the way receivers do (stream reassembly in arbitrary chunks,
one frame per datagram, text lines) and run the decoder oracle on every payload they yield.
"""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from vs1kit.generated import frames, types
from vs1kit.generated.registry import PORTS
from vs1kit.protocol import framing
from vs1kit.protocol.wire import DecodeError, Message, Struct

from .oracle import Finding, check_decoder, check_error


@dataclass(frozen=True)
class Target:
    """One thing to fuzz: ``check`` raises :class:`Finding` (or crashes) on a bad input."""

    name: str
    kind: str  # "decoder" or "framing"
    check: Callable[[bytes], None]
    cls: type[Struct] | None = None
    seeds: list[bytes] = field(default_factory=list, compare=False)


def message_classes() -> list[type[Message]]:
    """Every message class of every port in the registry, each once, in registry order."""
    seen: dict[type[Message], None] = {}
    for port in PORTS.values():
        for cls in port.messages:
            seen.setdefault(cls, None)
    return list(seen)


def type_classes() -> list[type[Struct]]:
    """The shared types (each has a codec of its own) and the frame header."""
    found = [
        obj for obj in vars(types).values()
        if inspect.isclass(obj) and issubclass(obj, Struct) and obj.__module__ == types.__name__
    ]
    return [*found, frames.Vs1FrameHeader]


def decoder_classes() -> list[type[Struct]]:
    return [*message_classes(), *type_classes()]


def _decoder_check(cls: type[Struct]) -> Callable[[bytes], None]:
    def check(data: bytes) -> None:
        check_decoder(cls, data)

    return check


# --------------------------------------------------------------------------- framing

_FRAMED_PORTS = [p.id for p in PORTS.values() if p.framing_kind == "frame"]
_LINE_PORTS = [p.id for p in PORTS.values() if p.framing_kind == "lines"]


def _classes_by_code() -> dict[int, list[type[Message]]]:
    by_code: dict[int, list[type[Message]]] = {}
    for port in _FRAMED_PORTS:
        for code, cls in PORTS[port].by_code.items():
            if cls not in by_code.setdefault(code, []):
                by_code[code].append(cls)
    return by_code


_BY_CODE = _classes_by_code()


def _chunks(data: bytes, rng: random.Random, widest: int) -> list[bytes]:
    out = []
    pos = 0
    while pos < len(data):
        n = rng.randint(1, widest)
        out.append(data[pos:pos + n])
        pos += n
    return out


def _frame_bytes(frame: framing.Frame) -> bytes:
    head = frames.encode_vs1_frame_header(frame.message_type, frame.seq, len(frame.payload), frame.flags)
    return bytes(head) + frame.payload


def _check_payload(frame: framing.Frame) -> None:
    """A frame's payload through every decoder its message type names, and decode_message."""
    for cls in _BY_CODE.get(frame.message_type, []):
        check_decoder(cls, frame.payload)
    for port in _FRAMED_PORTS:
        try:
            framing.decode_message(port, frame)
        except DecodeError as x:
            check_error(x, "", len(frame.payload), f"decode_message({port!r})")


def check_stream(data: bytes) -> None:
    """FrameDecoder over a TCP byte stream.

    The first two bytes steer the run: chunk sizes (a receiver gets any split of the stream)
    and a small payload limit half the time; the rest is the stream. Fed at once or in chunks,
    the decoder yields the same frames and fails the same way, what it yields re-encodes to
    exactly the bytes it consumed, and between feeds it holds less than one frame at the limit.
    """
    if len(data) < 2:
        return
    steer, limit_byte, body = data[0], data[1], data[2:]
    limit = framing.MAX_PAYLOAD if limit_byte < 128 else limit_byte - 128

    whole = framing.FrameDecoder(limit)
    error: DecodeError | None = None
    got: list[framing.Frame] = []
    try:
        got = whole.feed(body)
    except DecodeError as x:
        check_error(x, "Vs1FrameHeader", len(body), "FrameDecoder.feed (whole)")
        error = x

    split = framing.FrameDecoder(limit)
    pieces: list[framing.Frame] = []
    split_error: DecodeError | None = None
    rng = random.Random(steer)
    buffered = 0
    for chunk in _chunks(body, rng, 1 + steer % 64):
        try:
            pieces += split.feed(chunk)
        except DecodeError as x:
            check_error(x, "Vs1FrameHeader", buffered + len(chunk), "FrameDecoder.feed (chunks)")
            split_error = x
            break
        buffered = split.buffered
        # What a connection holds between reads: less than one whole frame at the limit.
        if buffered >= framing.HEADER_SIZE + limit:
            raise Finding(f"FrameDecoder: {buffered} bytes buffered after a feed, limit {limit}")
    if (error is None) != (split_error is None):
        raise Finding(f"FrameDecoder: fed at once {error or 'ok'}, fed in chunks {split_error or 'ok'}")

    consumed = b"".join(_frame_bytes(f) for f in pieces)
    if not body.startswith(consumed):
        raise Finding("FrameDecoder: frames do not re-encode to the bytes consumed")
    if error is None:
        if pieces != got:
            raise Finding(f"FrameDecoder: {len(got)} frames fed at once, {len(pieces)} in chunks")
        if whole.buffered != len(body) - len(consumed) or split.buffered != whole.buffered:
            raise Finding(f"FrameDecoder: {whole.buffered}/{split.buffered} bytes buffered, "
                          f"{len(body) - len(consumed)} expected")
    for frame in pieces:
        if len(frame.payload) > limit:
            raise Finding(f"FrameDecoder: a {len(frame.payload)}-byte payload passed a limit of {limit}")
        _check_payload(frame)


def check_datagram(data: bytes) -> None:
    """decode_datagram: a DecodeError, or a frame that re-encodes to the datagram exactly."""
    try:
        frame = framing.decode_datagram(data)
    except DecodeError as x:
        check_error(x, "Vs1FrameHeader", len(data), "decode_datagram")
        return
    if _frame_bytes(frame) != data:
        raise Finding("decode_datagram: the frame does not re-encode to the datagram")
    _check_payload(frame)


def _split_lines(port: str, chunks: list[bytes]) -> tuple[list[bytes], DecodeError | None]:
    decoder = framing.LineDecoder(port)
    lines: list[bytes] = []
    fed = 0
    try:
        for chunk in chunks:
            fed += len(chunk)
            lines += decoder.feed(chunk)
    except DecodeError as x:
        check_error(x, "", fed, f"LineDecoder({port!r})")
        return lines, x
    return lines, None


def check_lines(data: bytes) -> None:
    """LineDecoder on every text-line port: fed at once or in chunks (steered by the first
    byte), the same lines and the same failure; lines split the stream at the terminator and
    none is longer than the port's ``max_line``."""
    if not data:
        return
    steer, body = data[0], data[1:]
    for port in _LINE_PORTS:
        spec = PORTS[port]
        whole, error = _split_lines(port, [body])
        lines, split_error = _split_lines(port, _chunks(body, random.Random(steer), 1 + steer % 64))
        if (error is None) != (split_error is None) or (error is None and whole != lines):
            raise Finding(f"LineDecoder({port!r}): fed at once {len(whole)} lines, {error or 'ok'}; "
                          f"fed in chunks {len(lines)} lines, {split_error or 'ok'}")
        joined = b"".join(line + spec.terminator for line in lines)
        if not body.startswith(joined) or any(spec.terminator in line for line in lines):
            raise Finding(f"LineDecoder({port!r}): lines do not split the stream at the terminator")
        for line in lines:
            if len(line) > spec.max_line:
                raise Finding(f"LineDecoder({port!r}): a {len(line)}-byte line passed max_line {spec.max_line}")
            for cls in spec.messages:
                check_decoder(cls, line)


FRAMING_CHECKS: dict[str, Callable[[bytes], None]] = {
    "framing.stream": check_stream,
    "framing.datagram": check_datagram,
    "framing.lines": check_lines,
}


def all_targets() -> list[Target]:
    """Every target, seeds not yet attached (see :func:`vs1kit.fuzz.corpus.seeded`)."""
    out = [Target(cls.__name__, "decoder", _decoder_check(cls), cls) for cls in decoder_classes()]
    out += [Target(name, "framing", check) for name, check in FRAMING_CHECKS.items()]
    return out
