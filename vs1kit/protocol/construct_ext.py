"""construct pieces the generated reference codec needs, and the slow-path entry points."""

from __future__ import annotations

import io
from typing import Any

from construct import Construct, ConstructError, Subconstruct, evaluate, stream_read, stream_write

from .wire import BytesLike, DecodeError, EncodeError, Struct, Vs1Error


class ExactSized(Subconstruct):  # type: ignore[misc]
    """A sub-construct that must fill exactly ``length`` bytes (a sibling's length field).

    construct's FixedSized ignores bytes left over; the spec says a length field is checked on
    decode, so leftovers are an error here as in the fast path.
    """

    def __init__(self, length: Any, subcon: Construct) -> None:
        super().__init__(subcon)
        self.length = length

    def _parse(self, stream: Any, context: Any, path: str) -> Any:
        length = evaluate(self.length, context)
        data = stream_read(stream, length, path)
        sub = io.BytesIO(data)
        value = self.subcon._parsereport(sub, context, path)
        if sub.tell() != length:
            raise ConstructError(f"{length - sub.tell()} byte(s) left over in a sized field", path=path)
        return value

    def _build(self, obj: Any, stream: Any, context: Any, path: str) -> Any:
        sub = io.BytesIO()
        built = self.subcon._build(obj, sub, context, path)
        stream_write(stream, sub.getvalue(), len(sub.getvalue()), path)
        return built

    def _sizeof(self, context: Any, path: str) -> int:
        raise ConstructError("size depends on a length field", path=path)


def _registry() -> dict[type, tuple[Any, Any, Any]]:
    from vs1kit.generated.constructs import REGISTRY

    return REGISTRY


def decode_slow(cls: type[Struct], data: BytesLike) -> Any:
    """Decode with the interpreted construct definitions (the reference path)."""
    con, c2o, _ = _registry()[cls]
    stream = io.BytesIO(bytes(data))
    try:
        container = con.parse_stream(stream)
        rest = len(data) - stream.tell()
        if rest:
            raise DecodeError("", stream.tell(), f"{rest} trailing byte(s)", cls.__name__)
        return c2o(container)
    except Vs1Error as x:
        if isinstance(x, DecodeError):
            raise x.of(cls.__name__) from None
        raise
    except ConstructError as x:
        path = str(getattr(x, "path", "") or "").replace("(parsing) -> ", "").replace(" -> ", ".")
        raise DecodeError(path, stream.tell(), str(x).split("\n")[-1], cls.__name__) from None
    except Exception as x:
        raise DecodeError("", stream.tell(), f"{type(x).__name__}: {x}", cls.__name__) from None


def encode_slow(value: Struct) -> bytes:
    """Encode with the interpreted construct definitions (the reference path)."""
    con, _, o2c = _registry()[type(value)]
    try:
        return bytes(con.build(o2c(value)))
    except Vs1Error:
        raise
    except Exception as x:
        raise EncodeError("", f"{type(x).__name__}: {x}", type(value).__name__) from None
