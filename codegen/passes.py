"""Checking passes over the resolved model. Each returns the problems it found."""

from __future__ import annotations

import keyword
import struct
from collections.abc import Callable

from . import ir
from .problems import Problem, format_path
from .yamlsrc import SourceFile


def _all_structs(spec: ir.Spec) -> list[ir.TypeDef]:
    out: list[ir.TypeDef] = list(spec.types.values())
    out += [f.header for f in spec.framings.values() if f.header is not None]
    out += spec.shared_messages
    out += spec.messages
    return out


def check_recursion(spec: ir.Spec, where: Callable[[ir.TypeDef, str], Problem]) -> list[Problem]:
    """A type that contains itself has no finite encoding."""
    problems: list[Problem] = []
    state: dict[str, int] = {}

    def visit(td: ir.TypeDef, stack: list[str]) -> None:
        if state.get(td.id) == 2:
            return
        if state.get(td.id) == 1:
            cycle = " -> ".join([*stack[stack.index(td.id):], td.id])
            problems.append(where(td, f"type contains itself: {cycle}"))
            return
        state[td.id] = 1
        for f in td.fields:
            for ref in ir.references(f.type):
                visit(ref, [*stack, td.id])
        state[td.id] = 2

    for td in _all_structs(spec):
        visit(td, [])
    return problems


def _field_min(f: ir.Field) -> int:
    if f.when is not None:
        return 0
    inner = ir.min_size(f.type)
    if f.array is None:
        return inner
    if f.array.kind == "fixed":
        return inner * f.array.count
    if f.array.kind == "prefix" and f.array.prefix is not None:
        return f.array.prefix.width
    return 0


def _referenced_first(spec: ir.Spec) -> list[ir.TypeDef]:
    """Every struct type and message, each after the types it references (a reference cycle is
    cut where it closes), so a pass over them finds its references' results in place."""
    order: list[ir.TypeDef] = []
    done: set[str] = set()

    def visit(td: ir.TypeDef) -> None:
        if td.id in done:
            return
        done.add(td.id)
        for f in td.fields:
            for ref in ir.references(f.type):
                visit(ref)
        order.append(td)

    for td in _all_structs(spec):
        visit(td)
    return order


def compute_sizes(spec: ir.Spec, where: Callable[[ir.TypeDef, str], Problem]) -> list[Problem]:
    """Fill min_size/fixed_size of every type; reject arrays that could never end."""
    problems: list[Problem] = []
    for td in _referenced_first(spec):
        td.min_size = sum(_field_min(f) for f in td.fields)
        sizes = [f.fixed_size for f in td.fields]
        td.fixed_size = None if any(s is None for s in sizes) else sum(s or 0 for s in sizes)
        for f in td.fields:
            if f.array is not None and f.array.kind == "eos" and ir.min_size(f.type) == 0:
                problems.append(where(td, f"array '{f.id}' until eos has elements that can be empty: it would never end"))
            if f.array is not None and f.array.kind == "fixed" and f.array.count > f.array.max:
                problems.append(where(td, f"array '{f.id}' count {f.array.count} exceeds its max {f.array.max}"))
    return problems


def _runs_to_end(f: ir.Field, seen: frozenset[str] = frozenset()) -> bool:
    """Does this field (without a length field of its own) read up to the end of its scope?"""
    if f.sized_by is not None or (isinstance(f.type, ir.StructT) and f.type.size is not None):
        return False
    if f.array is not None and f.array.kind == "eos":
        return True
    t = f.type
    if isinstance(t, ir.StrT | ir.BytesT):
        return t.size.kind == "eos"
    if isinstance(t, ir.StructT) and t.target is not None and t.target.id not in seen and t.target.fields:
        return any(_runs_to_end(x, seen | {t.target.id}) for x in t.target.fields)
    return False


def check_eos_last(spec: ir.Spec, where: Callable[[ir.TypeDef, str], Problem]) -> list[Problem]:
    """'Until the end' only makes sense for the last field of its scope (or a sized one),
    also when the field is a type that itself ends with such a field."""
    problems: list[Problem] = []
    for td in _all_structs(spec):
        for i, f in enumerate(td.fields):
            if _runs_to_end(f) and i != len(td.fields) - 1:
                problems.append(where(td, f"'{f.id}' runs to the end of its scope, so it must be the last field"))
    return problems


# --------------------------------------------------------------------------- derive

_KIND_FLAGS = {"response": ("reply",), "event": ("event",), "error": ("reply", "error")}
"""Header flags each message kind sets, by flag name; a request sets none."""


def _order(t: ir.WireType) -> str | None:
    if isinstance(t, ir.IntT | ir.FloatT) and t.fixed_size > 1:
        return t.endian
    return None


def _slot_format(f: ir.Field) -> str | None:
    """Struct format (without byte order) of a field that has a fixed place, else None."""
    if f.when is not None or f.array is not None or f.sized_by is not None:
        return None
    t = f.type
    if isinstance(t, ir.SCALARS):
        return t.struct_char
    if isinstance(t, ir.StrT | ir.BytesT) and t.size.kind == "fixed":
        return f"{t.size.fixed}s"
    return None


def _derive_layout(td: ir.TypeDef, spec_endian: ir.Endian, done: set[str]) -> None:
    """Field offsets and the fixed-size leading run of ``td`` (nested types flattened)."""
    if td.id in done:
        return
    done.add(td.id)
    at: int | None = 0
    for f in td.fields:
        f.offset = at
        size = f.fixed_size
        at = None if at is None or size is None else at + size
    endian: str | None = None
    fmt = ""
    slots: list[ir.FixedSlot] = []
    names: set[str] = set()
    pos = 0

    def fits(order: str | None, name: str) -> bool:
        return (order is None or endian is None or order == endian) and name not in names

    for f in td.fields:
        char = _slot_format(f)
        # Layout slots are named-tuple attributes: keywords and tuple's own methods get a "_".
        name = f"{f.id}_" if keyword.iskeyword(f.id) or f.id in ("count", "index") else f.id
        if char is not None:
            order = _order(f.type)
            if not fits(order, name):
                break
            endian = endian or order
            fmt += char
            if not isinstance(f.type, ir.PadT):
                names.add(name)
                slots.append(ir.FixedSlot(name, f.id, pos, f"{order or spec_endian}{char}"))
            pos += struct.calcsize(f">{char}")
            continue
        t = f.type
        if not (isinstance(t, ir.StructT) and t.target is not None and f.when is None and f.array is None):
            break
        _derive_layout(t.target, spec_endian, done)
        inner = t.target
        inner_order = inner.fixed_format[0] if inner.fixed_slots else None
        sub = [ir.FixedSlot(f"{name}_{s.name}", f"{f.id}.{s.path}", pos + s.offset, s.fmt) for s in inner.fixed_slots]
        if any(not fits(inner_order, s.name) for s in sub):
            break
        endian = endian or inner_order
        fmt += inner.fixed_format[1:]
        names.update(s.name for s in sub)
        slots += sub
        covered = struct.calcsize(inner.fixed_format)
        pos += covered
        if inner.fixed_size is None or covered != inner.fixed_size:
            break  # the rest of the nested type has no fixed place
    td.fixed_format = (endian or spec_endian) + fmt
    td.fixed_slots = slots


def _plus(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _times(n: int, size: int | None) -> int | None:
    return 0 if n == 0 else None if size is None else n * size


def _least(a: int | None, b: int | None) -> int | None:
    """The tighter of two bounds (None: unbounded)."""
    return b if a is None else a if b is None else min(a, b)


def wire_max(wtype: ir.WireType) -> int | None:
    """The most bytes one value of ``wtype`` takes (struct types: once their max_size is
    known); None when the spec does not bound it."""
    if isinstance(wtype, ir.StrT | ir.BytesT):
        s = wtype.size
        content = s.bound
        if s.kind == "prefix" and s.prefix is not None:
            return _plus(s.prefix.width, content)
        if s.kind == "terminator":
            return _plus(len(s.terminator), content)
        return content  # fixed, eos, or the length in a sibling (counted with the sibling)
    if isinstance(wtype, ir.StructT):
        inner = wtype.target.max_size if wtype.target is not None else None
        return _least(inner, wtype.size.bound) if wtype.size is not None else inner
    if isinstance(wtype, ir.SwitchT):
        sizes = [wire_max(c.type) for c in wtype.cases]
        if wtype.default is not None:
            sizes.append(wire_max(wtype.default))
        if any(s is None for s in sizes):
            return None
        return max((s for s in sizes if s is not None), default=0)
    return wtype.fixed_size


def field_max(f: ir.Field, holder: ir.Field | None) -> int | None:
    """The most bytes ``f`` takes (present, for a conditional field); ``holder`` is the
    sibling holding its byte length, if any."""
    inner = wire_max(f.type)
    arr = f.array
    if arr is None:
        return inner
    total = _times(arr.bound, inner)
    if arr.kind == "prefix" and arr.prefix is not None:
        total = _plus(arr.prefix.width, total)
    if f.sized_by is not None and holder is not None and isinstance(holder.type, ir.IntT):
        total = _least(total, holder.max if holder.max is not None else holder.type.max)
    return total


def derive_maxima(spec: ir.Spec) -> None:
    """``max_size`` of every type and message (referenced types first), and each framed
    message's ``max_payload``: the bound the spec declares, capped by the framing's."""
    for td in _referenced_first(spec):
        total: int | None = 0
        for f in td.fields:
            holder = td.field(f.sized_by) if f.sized_by is not None else None
            total = _plus(total, field_max(f, holder))
        td.max_size = total
    for port in spec.ports:
        fr = port.framing
        if fr is None or fr.kind != "frame":
            continue
        for m in port.all_messages:
            m.max_payload = _least(m.max_size, fr.max_payload)


def derive(spec: ir.Spec) -> None:
    """Facts every emitter places: field offsets, fixed-size leading runs, header flags,
    maximum sizes."""
    done: set[str] = set()
    derive_maxima(spec)
    for td in _all_structs(spec):
        _derive_layout(td, spec.endian, done)
        for f in td.fields:
            if f.flags is not None:
                f.flags_class = ir.camel(f"{td.id}_{f.id}")  # an IntFlag class per owner and field
    for fr in spec.framings.values():
        fr.lua_node = fr.id.removeprefix(f"{spec.name}_") or fr.id
    for fr in spec.framings.values():
        ff = fr.header.field(fr.flags) if fr.header is not None and fr.flags else None
        if ff is not None and ff.flags is not None:
            masks = {fl.name: fl.mask for fl in ff.flags}
            if all(name in masks for names in _KIND_FLAGS.values() for name in names):
                fr.kind_flags = {"request": 0}
                for kind, names in _KIND_FLAGS.items():
                    fr.kind_flags[kind] = sum(masks[name] for name in names)
    for port in spec.ports:
        pfr = port.framing
        if pfr is None or pfr.kind_flags is None:
            continue
        for m in port.all_messages:
            kind = "error" if m.shared and m.id == pfr.error_message else m.kind
            m.header_flags = pfr.kind_flags[kind]


def check_framings(spec: ir.Spec, where: Callable[[ir.TypeDef, str], Problem]) -> list[Problem]:
    """What the targets need of a framing: a fixed-size frame header (dissectors and fast
    paths read it at fixed offsets) and one message per port without a message type."""
    problems: list[Problem] = []
    for fr in spec.framings.values():
        if fr.kind == "frame" and fr.header is not None:
            for f in fr.header.fields:
                if f.fixed_size is None:
                    problems.append(where(fr.header, f"header field '{f.id}' has no fixed size: a frame header must"))
    for port in spec.ports:
        if port.framing is not None and port.framing.kind != "frame" and not port.messages:
            # More than one is the loader's problem (it has the YAML paths of the messages).
            problems.append(Problem(port.file, port.line, "messages",
                                    f"framing {port.framing.id} has no message type: the port needs its one message"))
    return problems


def _yaml_path(td: ir.TypeDef, src: SourceFile | None) -> str:
    """Where a type, message or framing header is defined, as a YAML path (``messages[3]``)."""
    data = src.data if src is not None and isinstance(src.data, dict) else {}
    if td.id in (data.get("types") or {}):
        return format_path(("types", td.id))
    for i, body in enumerate(data.get("messages") or []):
        if isinstance(body, dict) and body.get("id") == td.id:
            return format_path(("messages", i))
    for fid, fbody in (data.get("framings") or {}).items():
        if td.id == f"{fid}_header":
            return format_path(("framings", fid, "header"))
        for i, body in enumerate(fbody.get("messages") or []):
            if isinstance(body, dict) and body.get("id") == td.id:
                return format_path(("framings", fid, "messages", i))
    return td.id


def run_passes(spec: ir.Spec, sources: list[SourceFile]) -> list[Problem]:
    # Problems here are about whole types: file, line and YAML path of the type.
    by_name = {s.name: s for s in sources}

    def where(td: ir.TypeDef, message: str) -> Problem:
        return Problem(td.file, td.line, _yaml_path(td, by_name.get(td.file)), message)

    problems = check_recursion(spec, where)
    if problems:
        return problems
    problems += compute_sizes(spec, where)
    problems += check_eos_last(spec, where)
    problems += check_framings(spec, where)
    if not problems:
        derive(spec)
    return problems
