"""Emitter: the protocol reference, ``docs/protocol.md``."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ir
from .common import environment, header

OUT = "docs/protocol.md"


@dataclass
class Row:
    offset: str
    name: str
    type: str
    size: str
    notes: str


def _type_text(f: ir.Field) -> str:
    t = f.type
    if isinstance(t, ir.IntT):
        text = t.name + ("le" if t.endian == "<" and t.width > 1 else "")
    elif isinstance(t, ir.FloatT):
        text = t.name + ("le" if t.endian == "<" else "")
    elif isinstance(t, ir.StructT):
        text = f"[{t.ref}](#type-{t.ref.replace('_', '-')})"
    elif isinstance(t, ir.SwitchT):
        text = f"switch({t.on})"
    else:
        text = t.name
    if f.array is not None:
        a = f.array
        count = {"fixed": str(a.count), "prefix": f"{a.prefix.name if a.prefix else ''} count",
                 "field": f"count in {f.counted_by}", "eos": "until end"}[a.kind]
        text = f"{text}[{count}]"
    return text


def _size_text(f: ir.Field) -> str:
    if f.fixed_size is not None:
        return str(f.fixed_size)
    t = f.type
    if isinstance(t, ir.StrT | ir.BytesT):
        s = t.size
        return {"prefix": f"{s.prefix.name if s.prefix else ''} length + n", "field": f"n = {s.field}",
                "eos": "to end", "terminator": f"to {s.terminator!r}", "fixed": str(s.fixed)}[s.kind]
    return "varies"


def _notes(f: ir.Field) -> str:
    notes: list[str] = []
    if f.doc:
        notes.append(" ".join(f.doc.split()))
    if f.const is not None:
        notes.append(f"constant `{f.const:#x}`" if isinstance(f.const, int) else f"constant `{f.const!r}`")
    if f.enum is not None:
        notes.append(f"enum [{f.enum.id}](#enum-{f.enum.id.replace('_', '-')})")
    if f.flags is not None:
        notes.append("flags: " + ", ".join(f"{fl.name}=bit {fl.bit}" for fl in f.flags))
    if f.bitfield is not None:
        notes.append("bits: " + ", ".join(f"{b.id}={b.at}..{b.at + b.width - 1}" + (f" ({b.enum.id})" if b.enum else "")
                                          for b in f.bitfield))
    if f.length_of:
        notes.append(f"byte length of `{f.length_of}` (filled in on encode)")
    if f.count_of:
        notes.append(f"element count of `{f.count_of}` (filled in on encode)")
    if f.when is not None:
        w = f.when
        notes.append(f"present when `{w.field}` has `{w.has}`" if w.has else f"present when `{w.field}` = `{w.equals_name or w.equals}`")
    if isinstance(f.type, ir.SwitchT):
        cases = [f"{c.key_name}: {c.type.name}{_case_max(c.type)}" for c in f.type.cases]
        if f.type.default is not None:
            cases.append(f"otherwise: {f.type.default.name}")
        notes.append("; ".join(cases))
    if isinstance(f.type, ir.StrT) and f.type.encoding != "ascii":
        notes.append(f.type.encoding)
    notes += _maxima(f)
    return " · ".join(notes).replace("|", "\\|")


def _case_max(t: ir.WireType) -> str:
    """A switch case's declared maximum, as a suffix (``string: str of at most 4,096 bytes``)."""
    if isinstance(t, ir.StrT | ir.BytesT) and t.size.limit is not None and t.size.bound is not None:
        return f" of at most {t.size.bound:,} bytes"
    return ""


def _maxima(f: ir.Field) -> list[str]:
    """The spec's maxima of a field: what a decoder refuses beyond."""
    out: list[str] = []
    if f.array is not None and f.array.kind != "fixed":
        out.append(f"at most {f.array.bound:,} elements")
    size = f.type.size if isinstance(f.type, ir.StrT | ir.BytesT | ir.StructT) else None
    if size is not None and size.kind != "fixed":
        if size.limit is not None or size.kind == "terminator":
            out.append(f"at most {size.bound:,} bytes" if size.bound is not None else "")
        elif size.kind == "eos" and f.array is None:
            out.append("no maximum: bounded by the frame")
    if f.max is not None:
        out.append(f"at most {f.max:,}")
    return [n for n in out if n]


def payload_text(msg: ir.Message) -> str:
    """The largest payload of a framed message, in words."""
    if msg.max_payload is None:
        return ""
    if msg.max_size is not None and msg.max_size <= msg.max_payload:
        return f"Largest payload: {msg.max_payload:,} byte{'' if msg.max_payload == 1 else 's'}."
    spec = "" if msg.max_size is None else f" (its maxima add up to {msg.max_size:,})"
    return (f"Largest payload: {msg.max_payload:,} bytes, the framing's limit: the spec does not "
            f"bound the message below it{spec}.")


def rows(td: ir.TypeDef) -> list[Row]:
    return [Row(str(f.offset) if f.offset is not None else "…", f.id, _type_text(f), _size_text(f), _notes(f))
            for f in td.fields]


def emit(spec: ir.Spec) -> dict[str, str]:
    env = environment()
    text = env.get_template("markdown/protocol.md.j2").render(
        header=header("<!--", "protocol_spec/").replace("\n", " -->\n") + " -->",
        spec=spec, rows=rows, payload_text=payload_text,
    )
    return {OUT: text}
