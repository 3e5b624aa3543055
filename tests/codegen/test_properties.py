"""Property tests of the generated codecs, with strategies derived from the spec itself.

The strategies are built by walking the loaded IR (``load_spec(protocol_spec/)``), so a change
to the spec changes what is generated here with no edit to this file. They honour everything
the spec says about valid values: switch discriminators (drawn first, then a value of the
matching case), ``when`` conditions (the flag/field is drawn before the conditional field),
array count limits (``max`` and the count prefix's range), string and bytes size limits (fixed
sizes, length prefixes, length fields), ``f32`` values representable in float32, enum values
from the enum (plus unknown values where the spec keeps them as plain integers), flags and
bit fields.

Properties, for every message of every coded port (and every shared type and framing header,
which have codecs of their own):

* the fast path round-trips (``decode(encode(m)) == m``) and agrees with the construct
  reference path both ways;
* arbitrary bytes, every truncation of a valid encoding and single-byte corruptions make both
  paths raise ``DecodeError`` only - with ``message``, ``path`` and an in-buffer ``offset`` -
  and when one path accepts such bytes the other accepts them with the same value;
* a length field claiming 4 GiB on a small buffer fails at once, without allocating.
"""

from __future__ import annotations

import dataclasses
import importlib
import math
import re
import struct
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vs1kit.codegen import ir
from vs1kit.codegen.ir import py_attr
from vs1kit.codegen.loader import load_spec
from vs1kit.codegen.samples import Sampler
from vs1kit.generated import enums, frames, types
from vs1kit.protocol.construct_ext import decode_slow, encode_slow
from vs1kit.protocol.wire import DecodeError, EncodeError

REPO = Path(__file__).resolve().parents[2]
SPEC = load_spec(REPO / "protocol_spec")
MODULES: dict[str, Any] = {"types": types, "frames": frames, "enums": enums}
for _port in SPEC.coded_ports:
    MODULES[_port.id] = importlib.import_module(f"vs1kit.generated.{_port.py_module}")
SAMPLER = Sampler(SPEC, MODULES)

# Every message of every coded port (the framing's shared messages once).
MESSAGES: dict[str, ir.Message] = {}
for _port in SPEC.coded_ports:
    for _msg in _port.all_messages:
        MESSAGES.setdefault(_msg.id, _msg)
MESSAGE_IDS = sorted(MESSAGES)
# Every class with a codec: the messages, the shared types and the framing headers.
TARGETS: dict[str, ir.TypeDef] = dict(MESSAGES)
for _td in [*SPEC.types.values(), *(f.header for f in SPEC.framings.values() if f.header is not None)]:
    assert _td.id not in TARGETS
    TARGETS[_td.id] = _td
TARGET_IDS = sorted(TARGETS)

# Practical caps on generated sizes, always within the spec's own limits.
ARRAY_CAP = 6
TEXT_CAP = 300

FAST = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
FUZZ = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))


# --------------------------------------------------------------------------- strategies


def _fit(text: str, encoding: str, limit: int) -> str:
    """The longest prefix of ``text`` whose encoding is at most ``limit`` bytes."""
    raw = text.encode(encoding)
    if len(raw) <= limit:
        return text
    return raw[:limit].decode(encoding, errors="ignore")


class Strategies:
    """Hypothesis strategies for the classes generated from a spec, built from its IR."""

    def __init__(self, spec: ir.Spec, sampler: Sampler) -> None:
        self.spec = spec
        self.sampler = sampler
        self._cache: dict[str, st.SearchStrategy[Any]] = {}

    def of_type(self, td: ir.TypeDef) -> st.SearchStrategy[Any]:
        if td.id not in self._cache:
            # deferred: nested types are built lazily and only once.
            self._cache[td.id] = st.deferred(lambda: self._build(td))
        return self._cache[td.id]

    # -------------------------------------------------------------- one type

    def _build(self, td: ir.TypeDef) -> st.SearchStrategy[Any]:
        cls = self.sampler.cls(td)
        plans: list[tuple[ir.Field, Callable[[dict[str, Any]], st.SearchStrategy[Any]]]] = []
        for f in td.fields:
            if f.bitfield is not None or not f.hidden:
                plans.append((f, self._field_plan(td, f)))

        @st.composite
        def value(draw: Callable[[st.SearchStrategy[Any]], Any]) -> Any:
            local: dict[str, Any] = {}  # field id -> drawn value, for when/switch
            kwargs: dict[str, Any] = {}
            for f, plan in plans:
                if f.bitfield is not None:
                    for sub in f.bitfield:
                        kwargs[py_attr(sub.id)] = draw(self._bitsub(sub))
                    continue
                present = f.when is None or _holds(f.when, local)
                v = draw(plan(local)) if present else None
                local[f.id] = v
                kwargs[py_attr(f.id)] = v
            return cls(**kwargs)

        return value()

    def _field_plan(
        self, td: ir.TypeDef, f: ir.Field
    ) -> Callable[[dict[str, Any]], st.SearchStrategy[Any]]:
        """A function of the earlier fields' values giving the field's strategy."""
        if isinstance(f.type, ir.SwitchT):
            assert f.array is None, "arrays of switch values are not supported here"
            sw = f.type
            by_key = {c.key: self._elem(td, None, c.type) for c in sw.cases}
            default = self._elem(td, None, sw.default) if sw.default is not None else None

            def plan(local: dict[str, Any]) -> st.SearchStrategy[Any]:
                key = int(local[sw.on])
                strat = by_key.get(key, default)
                assert strat is not None, f"discriminator {sw.on}={key} has no case"
                return strat

            return plan
        if f.array is not None:
            elem = self._elem(td, f, f.type)
            arr = f.array
            if arr.kind == "fixed":
                strat = st.lists(elem, min_size=arr.count, max_size=arr.count)
            else:
                limit = arr.max
                if arr.kind == "prefix" and arr.prefix is not None:
                    limit = min(limit, arr.prefix.max)
                if arr.kind == "field":
                    holder = td.field(f.counted_by or "")
                    assert holder is not None and isinstance(holder.type, ir.IntT)
                    limit = min(limit, holder.type.max)
                if f.sized_by is not None:  # an array until eos sized by a length field
                    holder = td.field(f.sized_by)
                    size = f.type.fixed_size
                    assert holder is not None and isinstance(holder.type, ir.IntT) and size
                    limit = min(limit, holder.type.max // size)
                strat = st.lists(elem, max_size=min(limit, ARRAY_CAP))
            return lambda local: strat
        disc = self._discriminator(td, f)
        strat = disc if disc is not None else self._elem(td, f, f.type)
        return lambda local: strat

    def _discriminator(self, td: ir.TypeDef, f: ir.Field) -> st.SearchStrategy[Any] | None:
        """Values of a field that later switches dispatch on: only values some case takes."""
        switches = [g.type for g in td.fields if isinstance(g.type, ir.SwitchT) and g.type.on == f.id]
        if not switches:
            return None
        assert isinstance(f.type, ir.IntT)
        keys = sorted({c.key for sw in switches for c in sw.cases})
        required = [sw for sw in switches if sw.default is None]
        for sw in required:  # without a default, only a case's key decodes
            keys = [k for k in keys if k in {c.key for c in sw.cases}]
        known = st.sampled_from([self._enum_value(f.enum, k) for k in keys]) if keys else None
        if required:
            assert known is not None, f"switch on {f.id}: no value every switch accepts"
            return known
        others = self._int(f.type, f.enum).filter(lambda v: int(v) not in keys)
        return others if known is None else st.one_of(known, others)

    def _enum_value(self, enum: ir.EnumDef | None, value: int) -> Any:
        if enum is None or enum.by_name(next((v.name for v in enum.values if v.value == value), "")) is None:
            return value
        return self.sampler.enum_member(enum, value)

    def _int(self, t: ir.IntT, enum: ir.EnumDef | None) -> st.SearchStrategy[Any]:
        plain = st.integers(t.min, t.max)
        if enum is None or not enum.values:
            return plain
        members = st.sampled_from([self.sampler.enum_member(enum, v.value) for v in enum.values])
        known = {v.value for v in enum.values}
        # Unknown values decode as plain integers (the spec keeps them); draw a few of those.
        return st.one_of(members, members, plain.filter(lambda v: v not in known))

    def _bitsub(self, sub: ir.BitSub) -> st.SearchStrategy[Any]:
        top = (1 << sub.width) - 1
        plain = st.integers(0, top)
        if sub.enum is None:
            return plain
        fitting = [v.value for v in sub.enum.values if v.value <= top]
        members = st.sampled_from([self.sampler.enum_member(sub.enum, v) for v in fitting])
        return st.one_of(members, members, plain.filter(lambda v: v not in fitting))

    def _elem(self, td: ir.TypeDef, f: ir.Field | None, wtype: ir.WireType) -> st.SearchStrategy[Any]:
        if isinstance(wtype, ir.IntT):
            if f is not None and f.flags is not None:
                flag_cls = getattr(enums, f.flags_class)
                return st.integers(wtype.min, wtype.max).map(flag_cls)
            return self._int(wtype, f.enum if f is not None else None)
        if isinstance(wtype, ir.FloatT):
            return st.floats(width=32 if wtype.width == 4 else 64, allow_nan=False)
        if isinstance(wtype, ir.BoolT):
            return st.booleans()
        if isinstance(wtype, ir.Ipv4T):
            return st.ip_addresses(v=4).map(str)
        if isinstance(wtype, ir.MacT):
            return st.binary(min_size=6, max_size=6).map(lambda b: b.hex(":"))
        if isinstance(wtype, ir.StrT | ir.BytesT):
            return self._sized(td, wtype)
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return self.of_type(wtype.target)
        raise AssertionError(f"no strategy for {wtype!r}")

    def _byte_limit(self, td: ir.TypeDef, s: ir.Size) -> int:
        if s.kind == "fixed":
            return s.fixed
        if s.kind == "prefix":
            assert s.prefix is not None
            return s.prefix.max
        if s.kind == "field":
            holder = td.field(s.field)
            assert holder is not None and isinstance(holder.type, ir.IntT)
            return holder.type.max
        if s.kind == "terminator":
            return s.max_size
        return 1 << 32  # eos: only the frame limits it

    def _sized(self, td: ir.TypeDef, wtype: ir.StrT | ir.BytesT) -> st.SearchStrategy[Any]:
        s = wtype.size
        limit = self._byte_limit(td, s)
        if isinstance(wtype, ir.BytesT):
            if s.kind == "fixed":  # decoded as exactly that many bytes
                return st.binary(min_size=s.fixed, max_size=s.fixed)
            strat = st.binary(max_size=min(limit, TEXT_CAP))
            if s.kind == "terminator":
                term = s.terminator
                strat = strat.filter(lambda b: (b + term).find(term) == len(b))
            return strat
        enc = wtype.encoding
        strat = st.text(st.characters(codec=enc), max_size=min(limit, TEXT_CAP))
        strat = strat.map(lambda t: _fit(t, enc, limit))
        if s.kind == "fixed":  # NUL padding is stripped on decode
            strat = strat.map(lambda t: t.rstrip("\x00"))
        if s.kind == "terminator":
            term = s.terminator.decode("latin-1")
            strat = strat.filter(lambda t: (t + term).find(term) == len(t))
        return strat


def _holds(when: ir.When, local: dict[str, Any]) -> bool:
    ref = local.get(when.field)
    if ref is None:
        return False
    if when.has is not None:
        return bool(int(ref) & when.mask)
    return bool(ref == when.equals)


STRATEGIES = Strategies(SPEC, SAMPLER)


def cls_of(ident: str) -> Any:
    return SAMPLER.cls(TARGETS[ident])


# --------------------------------------------------------------------------- decoding outcomes

# decode_slow turns any unexpected exception into DecodeError(reason="<Type>: ...") and the
# fast path into "internal decoder error: ..."; both hide a bug, so neither is accepted here.
_WRAPPED = re.compile(r"^[A-Z]\w*(Error|Exception|Warning): ")


def _check_error(x: DecodeError, cls: Any, data: bytes, path_name: str) -> None:
    assert isinstance(x, DecodeError)
    assert x.message == cls.__name__, f"{path_name}: message {x.message!r}"
    assert isinstance(x.path, str), f"{path_name}: path {x.path!r}"
    assert type(x.offset) is int, f"{path_name}: offset {x.offset!r}"
    assert 0 <= x.offset <= len(data), f"{path_name}: offset {x.offset} outside {len(data)} bytes"
    assert isinstance(x.reason, str) and x.reason, f"{path_name}: empty reason"
    assert not x.reason.startswith("internal decoder error"), f"{path_name}: {x}"
    assert not _WRAPPED.match(x.reason), f"{path_name}: unexpected exception wrapped: {x}"
    str(x)  # renders


def decode_both(cls: Any, data: bytes) -> tuple[Any, Any]:
    """Decode with both paths; each result is the value or the (checked) DecodeError.

    Any exception other than DecodeError propagates and fails the test.
    """
    results: list[Any] = []
    for name, decode in (("fast", cls.decode), ("slow", lambda d: decode_slow(cls, d))):
        try:
            results.append(decode(data))
        except DecodeError as x:
            _check_error(x, cls, data, name)
            results.append(x)
    return results[0], results[1]


def assert_agree(cls: Any, data: bytes) -> tuple[Any, Any]:
    fast, slow = decode_both(cls, data)
    fast_ok = not isinstance(fast, DecodeError)
    slow_ok = not isinstance(slow, DecodeError)
    assert fast_ok == slow_ok, f"{cls.__name__} {data.hex()}: fast {fast!r} / slow {slow!r}"
    if fast_ok:
        assert same(fast, slow), f"{cls.__name__} {data.hex()}: fast {fast!r} / slow {slow!r}"
    return fast, slow


def same(a: Any, b: Any) -> bool:
    """Equal values, NaN equal to NaN (corrupted float bytes decode to NaN), enum members
    distinguished from plain integers (``to_dict`` shows members by name)."""
    if type(a) is not type(b):
        return False
    return _same_json(a.to_dict(), b.to_dict())


def _same_json(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_json(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def open_ended(td: ir.TypeDef) -> bool:
    """Whether the type's encoding can be cut short and stay valid (it ends with 'until eos')."""
    if not td.fields:
        return False
    last = td.fields[-1]
    if last.sized_by is not None:
        return False
    if last.array is not None:
        return last.array.kind == "eos"
    return _open_type(last.type)


def _open_type(wtype: ir.WireType | None) -> bool:
    if isinstance(wtype, ir.StrT | ir.BytesT):
        return wtype.size.kind == "eos"
    if isinstance(wtype, ir.StructT):
        return wtype.size is None and wtype.target is not None and open_ended(wtype.target)
    if isinstance(wtype, ir.SwitchT):
        return any(_open_type(c.type) for c in wtype.cases) or _open_type(wtype.default)
    return False


# --------------------------------------------------------------------------- the strategies


def test_every_coded_port_message_is_covered() -> None:
    wanted = {m.id for p in SPEC.coded_ports for m in p.all_messages}
    assert set(MESSAGE_IDS) == wanted
    assert len(MESSAGE_IDS) > 50
    assert set(TARGET_IDS) == wanted | set(SPEC.types) | {"vs1_frame_header"}
    for ident in TARGET_IDS:
        assert ident == cls_of(ident).SPEC_ID


@FAST
@given(data=st.data())
def test_strategies_honour_switch_and_when(data: st.DataObject) -> None:
    """The strategies themselves: discriminator and value agree; the image follows its flag."""
    rec = data.draw(STRATEGIES.of_type(SPEC.types["record"]))
    assert (rec.image is not None) == bool(rec.flags & enums.RecordFlags.HAS_IMAGE)
    expected = {0: int, 1: int, 2: float, 3: bool, 4: str, 5: types.Point2d}
    for datum in rec.datums:
        assert isinstance(datum.type, enums.DatumType)
        assert type(datum.value) is expected[int(datum.type)]
        if datum.type == enums.DatumType.POINT2D:
            for v in (datum.value.x, datum.value.y):
                assert struct.unpack(">f", struct.pack(">f", v))[0] == v
    assert len(rec.datums) <= ARRAY_CAP


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("msg_id", TARGET_IDS)
@FAST
@given(data=st.data())
def test_round_trip_and_reference_path(msg_id: str, data: st.DataObject) -> None:
    cls = cls_of(msg_id)
    m = data.draw(STRATEGIES.of_type(TARGETS[msg_id]), label=msg_id)
    encoded = m.encode()
    assert encode_slow(m) == encoded, "fast and construct encoders differ"
    decoded = cls.decode(encoded)
    assert decoded == m
    assert decode_slow(cls, encoded) == decoded, "fast and construct decoders differ"
    assert decoded.encode() == encoded
    assert decoded.to_dict() == m.to_dict()


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("msg_id", TARGET_IDS)
@FUZZ
@given(data=st.data())
def test_arbitrary_bytes(msg_id: str, data: st.DataObject) -> None:
    cls = cls_of(msg_id)
    raw = data.draw(st.binary(max_size=80), label="bytes")
    assert_agree(cls, raw)
    # Also bytes that start right: a valid encoding followed by noise or cut and noised.
    valid = data.draw(STRATEGIES.of_type(TARGETS[msg_id]), label=msg_id).encode()
    cut = data.draw(st.integers(0, len(valid)), label="cut")
    assert_agree(cls, valid[:cut] + raw)


@pytest.mark.parametrize("msg_id", TARGET_IDS)
@FUZZ
@given(data=st.data())
def test_every_truncation(msg_id: str, data: st.DataObject) -> None:
    msg = TARGETS[msg_id]
    cls = cls_of(msg_id)
    encoded = data.draw(STRATEGIES.of_type(msg), label=msg_id).encode()
    can_be_cut = open_ended(msg)
    for k in range(len(encoded)):
        fast, _ = assert_agree(cls, encoded[:k])
        if not can_be_cut:
            assert isinstance(fast, DecodeError), f"{k} of {len(encoded)} bytes decoded"


@pytest.mark.parametrize("msg_id", TARGET_IDS)
@FUZZ
@given(data=st.data())
def test_single_byte_corruptions(msg_id: str, data: st.DataObject) -> None:
    cls = cls_of(msg_id)
    encoded = data.draw(STRATEGIES.of_type(TARGETS[msg_id]), label=msg_id).encode()
    if not encoded:
        assert cls.decode(encoded) == decode_slow(cls, encoded)
        return
    flip = data.draw(st.integers(1, 255), label="xor")
    positions = range(len(encoded))
    if len(encoded) > 96:  # long encodings: a drawn sample of positions
        positions = sorted(data.draw(st.sets(st.integers(0, len(encoded) - 1), max_size=96)))
    for i in positions:
        corrupted = bytearray(encoded)
        corrupted[i] ^= flip
        assert_agree(cls, bytes(corrupted))


# --------------------------------------------------------------------------- limits


def _limit_cases() -> list[tuple[str, str, int, bool]]:
    """(message id, field id, limit, is_array) for every top-level field with a size or count
    limit small enough to fill: strings/bytes with a fixed size or a length prefix, arrays."""
    cases: list[tuple[str, str, int, bool]] = []
    for msg_id in MESSAGE_IDS:
        for f in MESSAGES[msg_id].fields:
            if f.hidden or f.when is not None:
                continue
            if f.array is not None:
                arr = f.array
                limit = arr.count if arr.kind == "fixed" else arr.max
                if arr.kind == "prefix" and arr.prefix is not None:
                    limit = min(limit, arr.prefix.max)
                if limit <= 1024:
                    cases.append((msg_id, f.id, limit, True))
            elif isinstance(f.type, ir.StrT | ir.BytesT) and f.type.size.kind in ("fixed", "prefix"):
                size = f.type.size
                limit = size.bound or 0  # the size, or the prefix's range and the spec's max
                if limit <= 70_000:
                    cases.append((msg_id, f.id, limit, False))
    return cases


LIMITS = _limit_cases()


def _filled(msg_id: str, field_id: str, n: int, is_array: bool) -> Any:
    msg = MESSAGES[msg_id]
    value = SAMPLER.value(msg, 0)
    f = msg.field(field_id)
    assert f is not None
    current = getattr(value, py_attr(field_id))
    if is_array:
        assert current, f"the sample of {msg_id}.{field_id} is empty"
        setattr(value, py_attr(field_id), [current[0]] * n)
    elif isinstance(f.type, ir.StrT):
        setattr(value, py_attr(field_id), "a" * n)
    else:
        setattr(value, py_attr(field_id), b"\x01" * n)
    return value


def test_limit_cases_found() -> None:
    found = {(m, f) for m, f, _, _ in LIMITS}
    assert {("job_list", "jobs"), ("download_job", "file_name"), ("rip_packet", "entries"),
            ("open_report", "datums"), ("dhcp_message", "sname")} <= found


@pytest.mark.parametrize(("msg_id", "field_id", "limit", "is_array"), LIMITS,
                         ids=[f"{m}.{f}" for m, f, _, _ in LIMITS])
def test_size_and_count_limits(msg_id: str, field_id: str, limit: int, is_array: bool) -> None:
    cls = cls_of(msg_id)
    at_limit = _filled(msg_id, field_id, limit, is_array)
    encoded = at_limit.encode()
    assert encode_slow(at_limit) == encoded
    assert cls.decode(encoded) == at_limit
    assert decode_slow(cls, encoded) == at_limit
    over = _filled(msg_id, field_id, limit + 1, is_array)
    with pytest.raises(EncodeError) as fast:
        over.encode()
    assert fast.value.message == cls.__name__
    assert fast.value.path == field_id, str(fast.value)
    with pytest.raises(EncodeError) as slow:
        encode_slow(over)
    assert slow.value.message == cls.__name__


def _over_max_cases() -> list[tuple[str, str, int]]:
    """Array limits a decoder must enforce itself: a count prefix wider than ``max``, or an
    array until the end of the message."""
    cases = []
    for msg_id, field_id, limit, is_array in LIMITS:
        f = MESSAGES[msg_id].field(field_id)
        assert f is not None
        arr = f.array
        if not is_array or arr is None or not isinstance(f.type, ir.StructT | ir.BoolT | ir.IntT):
            continue
        if (arr.kind == "prefix" and arr.prefix is not None and arr.max < arr.prefix.max) or (
            arr.kind == "eos" and f is MESSAGES[msg_id].fields[-1]
        ):
            cases.append((msg_id, field_id, limit))
    return cases


OVER_MAX = _over_max_cases()


def _element_bytes(f: ir.Field, element: Any) -> bytes:
    if isinstance(f.type, ir.StructT):
        return bytes(element.encode())
    t = f.type
    assert isinstance(t, ir.BoolT | ir.IntT)
    fmt = ">?" if isinstance(t, ir.BoolT) else t.endian + t.struct_char
    return struct.pack(fmt, element)


def test_over_max_cases_found() -> None:
    assert {("job_list", "jobs"), ("point_states", "states"), ("rip_packet", "entries"),
            ("dhcp_message", "options")} <= {(m, f) for m, f, _ in OVER_MAX}


@pytest.mark.parametrize(("msg_id", "field_id", "limit"), OVER_MAX, ids=[f"{m}.{f}" for m, f, _ in OVER_MAX])
def test_decoders_refuse_more_elements_than_max(msg_id: str, field_id: str, limit: int) -> None:
    cls = cls_of(msg_id)
    f = MESSAGES[msg_id].field(field_id)
    assert f is not None and f.array is not None
    value = _filled(msg_id, field_id, limit, True)
    encoded = value.encode()
    element = _element_bytes(f, getattr(value, py_attr(field_id))[0])
    if f.array.kind == "eos":
        assert encoded.endswith(element * limit)
        data = encoded + element
    else:
        prefix = f.array.prefix
        assert prefix is not None
        fmt = prefix.endian + prefix.struct_char
        at = encoded.find(struct.pack(fmt, limit) + element * limit)
        assert at >= 0
        body = at + prefix.width
        data = encoded[:at] + struct.pack(fmt, limit + 1) + element * (limit + 1) + encoded[body + len(element) * limit:]
    fast, slow = decode_both(cls, data)
    assert isinstance(fast, DecodeError), f"fast path decoded {limit + 1} {field_id}"
    assert isinstance(slow, DecodeError), f"construct path decoded {limit + 1} {field_id}"
    assert fast.path.startswith(field_id), str(fast)


# --------------------------------------------------------------------------- lying lengths


def _big_length_fields(td: ir.TypeDef, seen: set[str] | None = None) -> Iterator[tuple[ir.TypeDef, ir.Field]]:
    """(owner, length field) for every length_of field of 4+ bytes reachable from ``td``."""
    seen = set() if seen is None else seen
    if td.id in seen:
        return
    seen.add(td.id)
    for f in td.fields:
        if f.length_of is not None and isinstance(f.type, ir.IntT) and f.type.width >= 4:
            yield td, f
        wtypes = [f.type] if not isinstance(f.type, ir.SwitchT) else [c.type for c in f.type.cases]
        for w in wtypes:
            if isinstance(w, ir.StructT) and w.target is not None:
                yield from _big_length_fields(w.target, seen)


def _objects(value: Any) -> Iterator[Any]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
        for fld in dataclasses.fields(value):
            yield from _objects(getattr(value, fld.name))
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item)


MARKER = bytes(range(0xA0, 0xB3))


def _lying_length_cases() -> list[tuple[str, bytes, int]]:
    """(message id, valid encoding, offset of a u32 length field) for every such field."""
    cases: list[tuple[str, bytes, int]] = []
    for msg_id in MESSAGE_IDS:
        msg = MESSAGES[msg_id]
        for owner, holder in _big_length_fields(msg):
            target = owner.field(holder.length_of or "")
            assert target is not None and isinstance(target.type, ir.BytesT | ir.StrT)
            assert isinstance(holder.type, ir.IntT)
            owner_cls = SAMPLER.cls(owner)
            for variant in range(SAMPLER.variants(msg)):
                value = SAMPLER.value(msg, variant)
                found = [o for o in _objects(value) if type(o) is owner_cls]
                if not found:
                    continue
                fill = MARKER if isinstance(target.type, ir.BytesT) else MARKER.decode("latin-1")
                setattr(found[0], py_attr(target.id), fill)
                encoded = value.encode()
                t = holder.type
                length = struct.pack(f"{t.endian}{t.struct_char}", len(MARKER))
                at = encoded.find(length + MARKER)
                assert at >= 0
                cases.append((msg_id, encoded, at))
                break
    return cases


LYING = _lying_length_cases()


def test_lying_length_cases_found() -> None:
    # image_data.data_length (u32) reaches picture, live_frame, report_record, partq_records.
    assert {c[0] for c in LYING} >= {"picture", "live_frame", "report_record", "partq_records"}


@pytest.mark.parametrize(("msg_id", "encoded", "at"), LYING, ids=[c[0] for c in LYING])
def test_length_claiming_4gib_fails_fast_without_allocating(msg_id: str, encoded: bytes, at: int) -> None:
    cls = cls_of(msg_id)
    assert cls.decode(encoded).encode() == encoded  # the unpatched bytes are valid
    patched = bytearray(encoded)
    patched[at : at + 4] = b"\xff\xff\xff\xff"
    data = bytes(patched)
    tracemalloc.start()
    try:
        started = time.perf_counter()
        fast, slow = decode_both(cls, data)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(fast, DecodeError) and isinstance(slow, DecodeError)
    assert peak < 1 << 20, f"decoding allocated {peak} bytes"
    assert elapsed < 1.0
    assert fast.offset <= len(data)


def test_frame_header_claiming_4gib_is_refused() -> None:
    header = frames.encode_vs1_frame_header(0x0301, 7, 0, 0)
    data = header[:-4] + b"\xff\xff\xff\xff"
    tracemalloc.start()
    try:
        with pytest.raises(DecodeError) as info:
            frames.decode_vs1_frame_header(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.value.path == "length"
    assert info.value.message == "Vs1FrameHeader"
    assert peak < 1 << 20
    assert frames.decode_vs1_frame_header(header).length == 0
