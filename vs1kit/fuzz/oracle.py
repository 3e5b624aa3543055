"""What a fuzzed input must satisfy: the oracle every engine (atheris, hypothesis) shares.

A decoder given any bytes either returns a value or raises the project's :class:`DecodeError`
naming the message, the field path and an offset inside the buffer; nothing else may escape.
The generated fast path and the construct reference path must agree: both accept (with the
same value) or both refuse. A violation raises :class:`Finding`; any other exception escaping
a check is itself a crash of the code under test.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from vs1kit.protocol.construct_ext import decode_slow
from vs1kit.protocol.wire import BytesLike, DecodeError, Struct, Vs1Error

# The fast path turns an unexpected exception into "internal decoder error: ..." and the
# construct path into "<Type>Error: ..."; both hide a crash, so both count as one here.
_WRAPPED = re.compile(r"^[A-Z]\w*(Error|Exception|Warning): ")
_INTERNAL = "internal decoder error"


class Finding(Exception):
    """An input that breaks the oracle (the message says which rule and how)."""


def check_error(x: DecodeError, message: str, size: int, where: str) -> None:
    """A DecodeError that tells the user what failed and where."""
    if message and x.message != message:
        raise Finding(f"{where}: DecodeError names {x.message!r}, not {message!r}: {x}")
    if not isinstance(x.path, str):
        raise Finding(f"{where}: DecodeError path {x.path!r} is not a string")
    if type(x.offset) is not int or not 0 <= x.offset <= size:
        raise Finding(f"{where}: DecodeError offset {x.offset!r} outside the {size}-byte input: {x}")
    if not isinstance(x.reason, str) or not x.reason:
        raise Finding(f"{where}: DecodeError without a reason")
    if x.reason.startswith(_INTERNAL) or _WRAPPED.match(x.reason):
        raise Finding(f"{where}: crash inside the decoder, wrapped as DecodeError: {x}")
    str(x)  # must render


Outcome = Any  # a decoded value, or the DecodeError it raised


def outcome(decode: Callable[[bytes], Any], data: bytes, message: str, where: str) -> Outcome:
    """Run one decoder; a DecodeError is checked and returned, anything else propagates."""
    try:
        return decode(data)
    except DecodeError as x:
        check_error(x, message, len(data), where)
        return x


def same_value(a: Any, b: Any) -> bool:
    """Equal decoded values: same classes, NaN equal to NaN, enum members unlike plain ints."""
    if type(a) is not type(b):
        return False
    if isinstance(a, Struct):
        return _same_tree(a.to_dict(), b.to_dict())
    return bool(a == b)


def _same_tree(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same_tree(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same_tree(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _describe(o: Outcome) -> str:
    return f"DecodeError({o})" if isinstance(o, DecodeError) else repr(o)


def agree(fast: Outcome, slow: Outcome, where: str) -> None:
    fast_ok = not isinstance(fast, DecodeError)
    slow_ok = not isinstance(slow, DecodeError)
    if fast_ok != slow_ok or (fast_ok and not same_value(fast, slow)):
        raise Finding(f"{where}: fast path {_describe(fast)} but construct path {_describe(slow)}")


def check_decoder(cls: type[Struct], data: bytes) -> Outcome:
    """The decoder oracle for one generated class; returns the fast path's outcome."""
    name = cls.__name__
    decode: Callable[[BytesLike], Any] = getattr(cls, "decode")  # noqa: B009 - every generated class has it
    fast = outcome(decode, data, name, f"{name} fast path")
    # Receivers hand decoders bytes, bytearrays and memoryviews alike; the type must not matter.
    view = outcome(lambda d: decode(memoryview(bytearray(d))), data, name, f"{name} fast path (memoryview)")
    agree(fast, view, f"{name} bytes vs memoryview")
    slow = outcome(lambda d: decode_slow(cls, d), data, name, f"{name} construct path")
    agree(fast, slow, name)
    if not isinstance(fast, DecodeError):
        _check_reencodes(cls, fast)
    return fast


def _check_reencodes(cls: type[Struct], value: Any) -> None:
    """What a decoder accepts, the encoder can send again and it decodes to the same value
    (the bytes may differ: padding and unused bits are not kept)."""
    name = cls.__name__
    try:
        again = value.encode()
    except Vs1Error as x:
        raise Finding(f"{name}: decoded value {value!r} cannot be encoded again: {x}") from None
    back = outcome(getattr(cls, "decode"), again, name, f"{name} re-encoded")  # noqa: B009
    if not same_value(back, value):
        raise Finding(f"{name}: decoded {value!r}, re-encoded as {again.hex()}, decoded again as {_describe(back)}")
