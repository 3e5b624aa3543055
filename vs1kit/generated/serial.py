# GENERATED FILE - DO NOT EDIT. Generated from protocol_spec/ by `vs1 codegen`.
# Change the spec and run `vs1 codegen`; `vs1 codegen --check` tells when this file is stale.
"""Serial TCP Ports: TCP 49211, 49212, 49213, 49214.

Seed: Send Formatted Output Strings serially over TCP as programmed in the AVP by the
      Formatted Output Step
"""

from __future__ import annotations

import struct as _struct
from dataclasses import dataclass, field
from typing import ClassVar, NamedTuple

from vs1kit.protocol.wire import (
    BytesLike,
    DecodeError,
    EncodeError,
    FixedField,
    FixedRun,
    Message,
    Struct,
    ipv4_bytes,
    ipv4_str,
    mac_bytes,
    mac_str,
    short,
    text,
)


from . import enums, frames, types  # noqa: F401

__all__ = ["FormattedOutput", "MESSAGES", "BY_CODE"]


@dataclass(slots=True)
class FormattedOutput(Message):
    """"""

    text: str = ""

    SPEC_ID: ClassVar[str] = "formatted_output"
    PORT: ClassVar[str] = "serial"
    CODE: ClassVar[int | None] = None
    KIND: ClassVar[str] = "event"
    DIRECTION: ClassVar[str] = "from_camera"
    FIXED: ClassVar[FixedRun[FormattedOutputLayout]]

    def encode(self) -> bytes:
        """Encode with the fast path."""
        out = bytearray()
        try:
            _enc_formatted_output(self, out)
        except EncodeError as x:
            raise x.of("FormattedOutput") from None
        return bytes(out)

    @classmethod
    def decode(cls, data: BytesLike) -> FormattedOutput:
        """Decode all of ``data`` with the fast path; raise DecodeError on bad input."""
        try:
            value, end = _dec_formatted_output(data, 0, len(data))
        except DecodeError as x:
            raise x.of("FormattedOutput") from None
        except Exception as x:  # a decoder bug must still surface as a DecodeError
            raise DecodeError("", 0, f"internal decoder error: {x!r}", "FormattedOutput") from None
        if end != len(data):
            raise DecodeError("", end, f"{len(data) - end} trailing byte(s)", "FormattedOutput")
        return value


def _dec_formatted_output(b: BytesLike, o: int, e: int) -> tuple[FormattedOutput, int]:
    if e - o > 4096:
        raise DecodeError("text", o, f"length {e - o} exceeds the maximum 4096")
    raw = b[o:e]
    start = o
    o = e
    try:
        f_text = str(raw, "latin-1")
    except UnicodeDecodeError as x:
        raise DecodeError("text", start + x.start, "invalid latin-1 text") from None
    return FormattedOutput(f_text), o


def _enc_formatted_output(v: FormattedOutput, out: bytearray) -> None:
    raw: object
    if not isinstance(v.text, str):
        raise EncodeError("text", f"needs str, got {type(v.text).__name__}")
    try:
        raw = v.text.encode("latin-1")
    except UnicodeEncodeError as x:
        raise EncodeError("text", str(x)) from None
    if len(raw) > 4096:
        raise EncodeError("text", f"{len(raw)} bytes, at most 4096")
    out += raw


MESSAGES: tuple[type[Message], ...] = (FormattedOutput,)
"""Every message that can appear on this port, the framing's shared ones included."""

BY_CODE: dict[int, type[Message]] = {m.CODE: m for m in MESSAGES if m.CODE is not None}


class FormattedOutputLayout(NamedTuple):
    """Where FormattedOutput's fixed-size leading fields sit, from the start of its encoding."""


FormattedOutput.FIXED = FixedRun(">", FormattedOutputLayout())
