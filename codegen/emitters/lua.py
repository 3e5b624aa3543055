"""Emitter: the Wireshark Lua dissectors, ``dissectors/vs1.lua``.

One file, one ``Proto`` per custom port (``vs1.rpc``, ``vs1.reports``...) plus the umbrella
``vs1`` protocol that owns the frame header fields, the request/response links, the expert
infos and the preferences. Standard ports (``standard: true``) are left to Wireshark's own
dissectors.

Field names are ``vs1.<port>.<message>.<field path>``: a nested type's fields continue the path
(``vs1.reports.report_record.record.inspection``), an array's elements reuse the array field,
a prefixed array's element count is ``<path>_count``, flags and bit fields are children of
their integer (``<path>.<flag>``), a switch case is ``<path>.<case>``. Frame header fields are
``vs1.<framing>.<field>`` with the spec name stripped from the framing id (``vs1.frame.seq``).

The Lua is straight-line code, one function per type and message, written by :class:`Lowering`
below; every read is preceded by a length check, so malformed input produces expert info,
never a Lua error. The code must load on Lua 5.2 (Wireshark 4.0) and 5.3/5.4 (Wireshark 4.4+):
no bitwise operators, no integer division, no ``bit32``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from .. import ir
from ..ir import label
from ..problems import Problem, SpecError
from .common import environment, header

OUT = "dissectors/vs1.lua"

_LUA_KEYWORDS = frozenset(
    ["and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while"]
)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# Lua string encodings for the spec's text encodings.
_ENCODINGS = {"ascii": "ENC_ASCII", "utf-8": "ENC_UTF_8", "latin-1": "ENC_ISO_8859_1"}
# How many top-level fields of a message the Info column shows.
_INFO_FIELDS = 3


def lua_str(value: str | bytes) -> str:
    """A Lua string literal; bytes outside printable ASCII become decimal escapes (5.1-5.4)."""
    raw = value.encode("utf-8") if isinstance(value, str) else value
    out = []
    for i, b in enumerate(raw):
        ch = chr(b)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif 32 <= b < 127:
            out.append(ch)
        else:
            nxt = raw[i + 1 : i + 2]
            # A decimal escape followed by a digit must use all three digits.
            out.append(f"\\{b:03d}" if nxt.isdigit() else f"\\{b}")
    return '"' + "".join(out) + '"'


def index(name: str) -> str:
    """``.name`` when ``name`` is a Lua identifier, else ``["name"]``."""
    if _IDENT.match(name) and name not in _LUA_KEYWORDS:
        return f".{name}"
    return f"[{lua_str(name)}]"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _int_ftype(t: ir.IntT) -> str:
    return f"{'INT' if t.signed else 'UINT'}{t.width * 8}"


# --------------------------------------------------------------------------- field table


@dataclass
class LuaField:
    """One row of the generated field table (a ``ProtoField``)."""

    abbrev: str
    label: str
    ftype: str  # a member of Wireshark's ``ftypes`` table, or FRAMENUM
    display: str | int | None = None  # ``base`` member name, bit width (booleans) or frametype
    valuestring: str | None = None  # a key of the generated ENUM table
    mask: int | None = None
    desc: str = ""

    def row(self) -> str:
        def opt(v: object) -> str:
            if v is None:
                return "nil"
            return str(v) if isinstance(v, int) else lua_str(str(v))

        mask = "nil" if self.mask is None else f"0x{self.mask:x}"
        cells = [lua_str(self.abbrev), lua_str(self.label), lua_str(self.ftype), opt(self.display),
                 opt(self.valuestring), mask, lua_str(_one_line(self.desc))]
        while cells[-1] in ("nil", '""'):
            cells.pop()
        return "{" + ", ".join(cells) + "}"


@dataclass
class FieldGroup:
    proto: str  # "vs1" or a port id
    fields: list[LuaField] = field(default_factory=list)


class FieldTable:
    """Every ProtoField, walked from the spec in field order."""

    def __init__(self, spec: ir.Spec) -> None:
        self.spec = spec

    def type_fields(self, td: ir.TypeDef, prefix: str) -> list[LuaField]:
        out: list[LuaField] = []
        for f in td.fields:
            path = f"{prefix}.{f.id}"
            if f.array is not None and f.array.kind == "prefix" and f.array.prefix is not None:
                out.append(LuaField(f"{path}_count", f"{f.title} count", _int_ftype(f.array.prefix),
                                    "DEC", desc=f"Number of {f.id} elements"))
            out += self.elem_fields(f.type, f, path, f.title, f.doc)
        return out

    def elem_fields(self, wtype: ir.WireType, f: ir.Field | None, path: str, lab: str,
                    doc: str) -> list[LuaField]:
        if isinstance(wtype, ir.IntT):
            # A message code: the name with the hex code (the value stays a decimal number,
            # as filters and exports had it).
            names = f is not None and f.names == "message"
            hexa = f is not None and (f.flags is not None or f.bitfield is not None or f.const is not None)
            enum = f.enum.id if f is not None and f.enum is not None else ("*message_code" if names else None)
            out = [LuaField(path, lab, _int_ftype(wtype), "HEX" if hexa else "DEC", enum, desc=doc)]
            if f is not None and f.flags is not None:
                for fl in f.flags:
                    out.append(LuaField(f"{path}.{fl.name}", label(fl.name), "BOOLEAN", wtype.width * 8,
                                        mask=fl.mask))
            if f is not None and f.bitfield is not None:
                for sub in f.bitfield:
                    out.append(LuaField(f"{path}.{sub.id}", label(sub.id), _int_ftype(wtype), "DEC",
                                        sub.enum.id if sub.enum is not None else None, mask=sub.mask))
            return out
        if isinstance(wtype, ir.FloatT):
            return [LuaField(path, lab, "FLOAT" if wtype.width == 4 else "DOUBLE", desc=doc)]
        if isinstance(wtype, ir.BoolT):
            return [LuaField(path, lab, "BOOLEAN", "NONE", desc=doc)]
        if isinstance(wtype, ir.Ipv4T):
            return [LuaField(path, lab, "IPv4", desc=doc)]
        if isinstance(wtype, ir.MacT):
            return [LuaField(path, lab, "ETHER", desc=doc)]
        if isinstance(wtype, ir.StrT):
            return [LuaField(path, lab, "STRING", desc=doc)]
        if isinstance(wtype, ir.BytesT | ir.PadT):
            return [LuaField(path, lab, "BYTES", desc=doc)]
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return [LuaField(path, lab, "NONE", desc=doc or wtype.target.doc),
                    *self.type_fields(wtype.target, path)]
        if isinstance(wtype, ir.SwitchT):
            out = []
            for case in wtype.cases:
                name = case.ident
                out += self.elem_fields(case.type, None, f"{path}.{name}", f"{lab} ({case.key_name})", doc)
            if wtype.default is not None:
                out += self.elem_fields(wtype.default, None, f"{path}.default", f"{lab} (other)", doc)
            return out
        raise AssertionError(wtype)


# --------------------------------------------------------------------------- lowering to Lua


def _indent(lines: list[str], n: int = 1) -> list[str]:
    pad = "  " * n
    return [pad + line if line else line for line in lines]


class Lowering:
    """Writes one Lua function per type, message and frame header, in one of two modes.

    Each function is ``function(tvb, b, tree, o, e, N, S)``: it decodes from offset ``o`` up to
    ``e`` of ``tvb`` (``b`` holds the same bytes as a Lua string), with the ProtoFields of
    node ``N`` (the field tree at the path being decoded: ``N.<field>._f``), and returns the
    new offset, or nil after adding an expert info (``S`` is the per-PDU state).

    * tree mode (``T``) adds an item for every field: one TvbRange and one ``ADD`` (the
      template's local for the TreeItem method ``add``) per item, values read from ``b``,
      nothing else from the API where the output does not need it;
    * scan mode (``Q``) adds nothing: it checks the same lengths, counts and constants and
      collects the Info column, for when tshark builds no tree (the packet list). Every call
      into Wireshark's Lua API costs about a microsecond, so the scan reads values from ``b``
      in plain Lua and calls the API only for what the Info column shows.

    Both build the Info column's text only when the packet has columns (``COLS``: tshark -V
    and -T json have none).

    Locals stay inside ``do ... end`` blocks so even a long message keeps far below Lua's
    200-locals limit.
    """

    def __init__(self, spec: ir.Spec, scan: bool = False) -> None:
        self.spec = spec
        self.scan = scan
        self._n = 0
        self._elem_index: str | None = None  # the loop variable while lowering an array's element

    @property
    def table(self) -> str:
        return "Q" if self.scan else "T"

    def tmp(self, stem: str) -> str:
        self._n += 1
        return f"{stem}{self._n}"

    # -- functions ----------------------------------------------------------------------

    def function(self, key: str, td: ir.TypeDef, *, info: bool = False, store: bool = False) -> list[str]:
        """``T[key] = function ...`` (or ``Q``) for ``td``; ``info`` feeds the Info column,
        ``store`` keeps every integer in ``S.h`` (frame headers)."""
        self._n = 0
        kept = self._kept(td, store)
        # What a field shows: INFO (the Info column, messages) and SUMMARY (the text of the
        # tree line of the type or message, tree mode only; returned as a second value).
        shown = self._info_fields(td) if not store else set()
        mode = (INFO if info else 0) | (SUMMARY if not self.scan else 0)
        body: list[str] = []
        if kept:
            body.append("local " + ", ".join(f"v_{i}" for i in kept))
        nested = self._nested_info(td) if mode and not store else {}
        summary = bool(shown or nested) and bool(mode & SUMMARY)
        if summary:
            body.append('local sum = ""')
        for f in td.fields:
            if f.id in nested:
                # The nested type's `info` fields, read where its decoder left them in b.
                start = f"p_{f.id}"
                body.append(f"local {start} = o")
                body += self.field(f, kept, mode if f.id in shown else 0)
                for inner, off in nested[f.id]:
                    assert isinstance(inner.type, ir.IntT)
                    t = inner.type
                    le = "le" if t.endian == "<" and t.width > 1 else ""
                    value = f"{'s' if t.signed else 'u'}{t.width * 8}{le}(b, {start} + {off})"
                    shown_text = (_enum_text(f"ENUM{index(inner.enum.id)}", t) if inner.enum is not None
                                  else _digits(t))
                    body += ["do", f"  local v = {value}", *_indent(_show(mode, inner.id, shown_text)), "end"]
            else:
                body += self.field(f, kept, mode if f.id in shown else 0)
        if store:
            body += [f"S.h{index(i)} = v_{i}" for i in kept]
        body.append("return o, sum" if summary else "return o")
        doc = _one_line(td.doc)
        head = [f"-- {td.id}" + (f": {doc}" if doc else "")] if not self.scan else [f"-- {td.id} (scan)"]
        return [*head, f"{self.table}[{lua_str(key)}] = function(tvb, b, tree, o, e, N, S)", *_indent(body), "end"]

    def _kept(self, td: ir.TypeDef, store: bool) -> list[str]:
        """Fields whose value later fields need (conditions, switches, lengths, counts)."""
        need: set[str] = set()
        for f in td.fields:
            if f.when is not None:
                need.add(f.when.field)
            if isinstance(f.type, ir.SwitchT):
                need.add(f.type.on)
            if f.length_of is not None or f.count_of is not None:
                need.add(f.id)
            if store and isinstance(f.type, ir.IntT | ir.BoolT) and f.array is None:
                need.add(f.id)
        return [f.id for f in td.fields if f.id in need]

    def _nested_info(self, td: ir.TypeDef) -> dict[str, list[tuple[ir.Field, int]]]:
        """For a message: its nested (non-array, unconditional) struct fields whose type marks
        integer fields at fixed offsets ``info`` (a picture's size and format), with those
        fields and offsets."""
        if not isinstance(td, ir.Message):
            return {}
        out: dict[str, list[tuple[ir.Field, int]]] = {}
        for f in td.fields:
            if isinstance(f.type, ir.StructT) and f.type.target is not None and f.array is None and f.when is None:
                marked = [(g, g.offset) for g in f.type.target.fields
                          if g.info and isinstance(g.type, ir.IntT) and g.offset is not None and g.array is None
                          and g.when is None]
                if marked:
                    out[f.id] = [(g, off) for g, off in marked if off is not None]
        return out

    def _info_fields(self, td: ir.TypeDef) -> set[str]:
        marked = {f.id for f in td.fields if f.info}
        if marked:
            return marked
        out: set[str] = set()
        for f in td.fields:
            if len(out) >= _INFO_FIELDS:
                break
            if f.array is not None or f.when is not None:
                continue
            if f.hidden and f.bitfield is None:
                continue
            if isinstance(f.type, ir.IntT | ir.FloatT | ir.BoolT | ir.Ipv4T | ir.StrT):
                out.add(f.id)
        return out

    # -- one field ------------------------------------------------------------------------

    def field(self, f: ir.Field, kept: list[str], info: int) -> list[str]:
        node = f"N{index(f.id)}"
        var = f"v_{f.id}" if f.id in kept else None
        if f.array is not None:
            body = self.array(f, node)
        else:
            body = self.elem(f.type, f, node, var, "e", info=info)
        if f.when is not None:
            return [f"if {self._cond(f.when)} then", *_indent(body), "end"]
        return body

    def _cond(self, when: ir.When) -> str:
        ref = f"v_{when.field}"
        if when.has is not None:
            return f"{ref} ~= nil and band({ref}, {when.mask:#x}) ~= 0"
        value = when.equals
        if isinstance(value, bool):
            return f"{ref} == {'true' if value else 'false'}"
        return f"{ref} == {value}"

    def array(self, f: ir.Field, node: str) -> list[str]:
        arr = f.array
        assert arr is not None
        count_node = f"N{index(f.id + '_count')}"
        n = self.tmp("n")
        i = self.tmp("i")
        lines: list[str] = []
        if arr.kind == "fixed":
            lines.append(f"local {n} = {arr.count}")
        elif arr.kind == "prefix":
            assert arr.prefix is not None
            t = arr.prefix
            lines += [f"if e - o < {t.width} then return short(S, tree, tvb, o, e, {t.width}, {count_node}) end",
                      f"local {n} = {_read(t)}"]
            if not self.scan:
                lines.append(f"{_add(t)}(tree, {count_node}._f, tvb(o, {t.width}))")
            lines.append(f"o = o + {t.width}")
        elif arr.kind == "field":
            lines.append(f"local {n} = v_{f.counted_by}")
        else:
            lines.append(f"local {n} = 0")
        end = "e"
        if f.sized_by is not None:
            end = self.tmp("lim")
            lines += [f"local {end} = o + v_{f.sized_by}",
                      f"if {end} > e then return short(S, tree, tvb, o, e, v_{f.sized_by}, {node}) end"]
        self._elem_index = n if arr.kind == "eos" else i
        try:
            elem = self.elem(f.type, f, node, None, end)
        finally:
            self._elem_index = None
        if arr.kind == "eos":
            lines += [f"while o < {end} do",
                      f"  {n} = {n} + 1",
                      f"  if {n} > {arr.max} then return too_many(S, tree, tvb, o, {end}, {node}, {n}, {arr.max}) end",
                      *_indent(elem),
                      "end"]
            return ["do", *_indent(lines), "end"]
        lines.append(f"if {n} > {arr.max} then return too_many(S, tree, tvb, o, {end}, {node}, {n}, {arr.max}) end")
        min_elem = ir.min_size(f.type)
        if min_elem:
            lines.append(f"if {n} * {min_elem} > {end} - o then "
                         f"return short(S, tree, tvb, o, {end}, {n} * {min_elem}, {node}) end")
        size = _fixed(f.type)
        if self.scan and size and elem[1:] == [f"o = o + {size}"]:
            lines.append(f"o = o + {n} * {size}")  # nothing to look at in the elements: no loop
        else:
            lines += [f"for {i} = 1, {n} do", *_indent(elem), "end"]
        return ["do", *_indent(lines), "end"]

    # -- one value ------------------------------------------------------------------------

    def elem(self, wtype: ir.WireType, f: ir.Field | None, node: str, var: str | None, end: str, *,
             info: int = 0) -> list[str]:
        """Decode one value of ``wtype`` at ``o`` (``f`` is None inside switch cases)."""
        name = f.id if f is not None else ""
        if isinstance(wtype, ir.IntT):
            return self._int(wtype, f, node, var, end, info)
        if isinstance(wtype, ir.FloatT | ir.BoolT | ir.Ipv4T | ir.MacT | ir.PadT):
            size = wtype.fixed_size
            check = f"if {end} - o < {size} then return short(S, tree, tvb, o, {end}, {size}, {node}) end"
            body: list[str] = []
            if not self.scan:
                add = _add(wtype) if isinstance(wtype, ir.FloatT) else "ADD"
                body.append(f"{add}(tree, {node}._f, tvb(o, {size}))")
            if var is not None:
                value = "byte(b, o + 1) ~= 0" if isinstance(wtype, ir.BoolT) else "nil"
                body.append(f"{var} = {value}")
            if info:
                if isinstance(wtype, ir.FloatT):
                    le = "le_" if wtype.endian == "<" else ""
                    shown = f'string.format("%g", tvb(o, {size}):{le}float())'
                elif isinstance(wtype, ir.BoolT):
                    shown = "tostring(byte(b, o + 1) ~= 0)"
                elif isinstance(wtype, ir.Ipv4T):
                    shown = "ipv4_text(b, o)"
                else:
                    shown = '""'
                body += _show(info, name, shown)
            return [check, *body, f"o = o + {size}"]
        if isinstance(wtype, ir.StrT | ir.BytesT):
            return self._sized(wtype, f, node, end, info)
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            fn = f"{self.table}[{lua_str(wtype.target.key)}]"
            sized = wtype.size is not None and wtype.size.kind == "field"
            lim = self.tmp("lim")
            lines = ["do"]
            if sized:
                assert wtype.size is not None
                n = f"v_{wtype.size.field}"
                lines += [f"  local {lim} = o + {n}",
                          f"  if {lim} > {end} then return short(S, tree, tvb, o, {end}, {n}, {node}) end"]
                stop = lim
            else:
                stop = end
            if self.scan:
                lines += [f"  o = {fn}(tvb, b, tree, o, {stop}, {node}, S)",
                          "  if not o then return nil end"]
                sub = "tree"
            elif sized:
                lines += [f"  local sub = ADD(tree, {node}._f, tvb(o, {lim} - o))",
                          "  local sum",
                          f"  o, sum = {fn}(tvb, b, sub, o, {stop}, {node}, S)",
                          "  if not o then return nil end",
                          self._titled(node)]
                sub = "sub"
            else:
                # The item spans the value; a fixed-size type's span is known before decoding
                # (one TreeItem call less), any other is set after. Stopped short, it spans
                # what is left.
                span = wtype.target.fixed_size
                first = "0" if span is None else f"{stop} - o < {span} and 0 or {span}"
                lines += ["  local start = o",
                          f"  local sub = ADD(tree, {node}._f, tvb(o, {first}))",
                          "  local sum",
                          f"  o, sum = {fn}(tvb, b, sub, o, {stop}, {node}, S)",
                          f"  if not o then SET_LEN(sub, {stop} - start) return nil end",
                          f"  if o - start ~= {span} then SET_LEN(sub, o - start) end" if span is not None
                          else "  SET_LEN(sub, o - start)",
                          self._titled(node)]
                sub = "sub"
            if sized:
                lines.append(f"  if o ~= {lim} then return left_over(S, {sub}, tvb, o, {lim}, {node}) end")
            return [*lines, "end"]
        if isinstance(wtype, ir.SwitchT):
            disc = f"v_{wtype.on}"
            out: list[str] = []
            for k, case in enumerate(wtype.cases):
                out.append(f"{'if' if k == 0 else 'elseif'} {disc} == {case.key} then")
                out += _indent(self.elem(case.type, None, f"{node}{index(case.ident)}", None, end))
            if wtype.default is not None:
                if wtype.cases:
                    out.append("else")
                    out += _indent(self.elem(wtype.default, None, f"{node}.default", None, end))
                    out.append("end")
                else:
                    out += self.elem(wtype.default, None, f"{node}.default", None, end)
            else:
                out += ["else",
                        f"  return no_case(S, tree, tvb, o, {end}, {node}, {lua_str(wtype.on)}, {disc})",
                        "end"]
            return out
        raise AssertionError(wtype)

    def _titled(self, node: str) -> str:
        """The tree line of a nested value: its label, the element index inside an array,
        then the summary its decoder returned."""
        if self._elem_index is not None:
            return f"  SET_TEXT(sub, {node}._l .. \" [\" .. ({self._elem_index} - 1) .. \"]\" .. (sum and \":\" .. sum or \"\"))"
        return "  if sum and sum ~= \"\" then APPEND(sub, \":\" .. sum) end"

    def _int(self, t: ir.IntT, f: ir.Field | None, node: str, var: str | None, end: str,
             info: int) -> list[str]:
        w = t.width
        check = f"if {end} - o < {w} then return short(S, tree, tvb, o, {end}, {w}, {node}) end"
        enum = f.enum if f is not None else None
        flags = f.flags if f is not None else None
        bits = f.bitfield if f is not None else None
        const = f.const if f is not None and isinstance(f.const, int) else None
        add = _add(t)
        # Which checks and displays this mode needs the value for.
        tree_items = not self.scan
        enum_check = enum is not None and tree_items
        bit_enums = bits is not None and tree_items and any(s.enum is not None for s in bits)
        epoch = f is not None and f.epoch and tree_items
        needs_value = var is not None or bool(info) or const is not None or enum_check or bit_enums or epoch
        if not needs_value and (self.scan or (flags is None and bits is None)):
            body = [] if self.scan else [f"{add}(tree, {node}._f, tvb(o, {w}))"]
            return [check, *body, f"o = o + {w}"]
        body = [f"local v = {_read(t)}"] if needs_value else []
        item = "tree"
        if tree_items:
            if flags is not None or bits is not None:
                body += [f"local r = tvb(o, {w})", f"local it = {add}(tree, {node}._f, r)"]
                body += [f"{add}(it, {node}{index(fl.name)}._f, r)" for fl in flags or []]
                body += [f"{add}(it, {node}{index(sub.id)}._f, r)" for sub in bits or []]
                item = "it"
            elif enum_check or const is not None or epoch:
                body.append(f"local it = {add}(tree, {node}._f, tvb(o, {w}))")
                item = "it"
            else:
                body.append(f"{add}(tree, {node}._f, tvb(o, {w}))")
        if const is not None:
            body.append(f"if v ~= {const} then bad_const(S, {item}, {node}, v, {const}) end")
        if enum_check:
            assert enum is not None
            body.append(f"if ENUM{index(enum.id)}[v] == nil then unknown_enum(S, it, {node}, v) end")
        if bit_enums:
            for sub in bits or []:
                if sub.enum is not None:
                    sv = f"bits(v, {sub.at}, {sub.width})"
                    body.append(f"if ENUM{index(sub.enum.id)}[{sv}] == nil then "
                                f"unknown_enum(S, it, {node}{index(sub.id)}, {sv}) end")
        if epoch:
            assert f is not None
            # The same instant as a UTC date, after the count (the field keeps the number).
            body.append(f"APPEND(it, epoch_text(v, {EPOCH_SCALE[f.unit]!r}))")
        if var is not None:
            body.append(f"{var} = v")
        if info and f is not None:
            if bits is not None:
                for sub in bits:
                    sv = f"bits(v, {sub.at}, {sub.width})"
                    shown = f"(ENUM{index(sub.enum.id)}[{sv}] or {sv})" if sub.enum is not None else sv
                    body += _show(info, sub.id, shown)
            else:
                if enum is not None:
                    shown = _enum_text(f"ENUM{index(enum.id)}", t)
                elif f.names == "message":
                    shown = _enum_text('ENUM["*message"]', t)
                elif flags is not None:
                    shown = "hex(v)"
                elif w == 8:
                    le = "le_" if t.endian == "<" else ""
                    shown = f"tostring(tvb(o, 8):{le}{'int' if t.signed else 'uint'}64())"
                else:
                    shown = _digits(t)
                body += _show(info, f.id, shown)
        return [check, "do", *_indent(body), f"  o = o + {w}", "end"]

    def _sized(self, wtype: ir.StrT | ir.BytesT, f: ir.Field | None, node: str, end: str,
               info: int) -> list[str]:
        s = wtype.size
        body: list[str] = []
        if s.kind == "fixed":
            body.append(f"if {end} - o < {s.fixed} then return short(S, tree, tvb, o, {end}, {s.fixed}, {node}) end")
            body.append(f"local n = {s.fixed}")
        elif s.kind == "prefix":
            assert s.prefix is not None
            pw = s.prefix.width
            body += [f"if {end} - o < {pw} then return short(S, tree, tvb, o, {end}, {pw}, {node}) end",
                     f"local n = {_read(s.prefix)}"]
            if not self.scan:
                # The length prefix is a field of its own (vs1.length), before the value.
                body.append(f"{_add(s.prefix)}(tree, F_LENGTH, tvb(o, {pw}))")
            body += [f"o = o + {pw}",
                     f"if {end} - o < n then return short(S, tree, tvb, o, {end}, n, {node}) end"]
        elif s.kind == "field":
            body += [f"local n = v_{s.field}",
                     f"if {end} - o < n then return short(S, tree, tvb, o, {end}, n, {node}) end"]
        elif s.kind == "eos":
            body.append(f"local n = {end} - o")
        else:  # terminator
            body += [f"local n = find_term(b, o, {end}, {lua_str(s.terminator)}, {s.max_size})",
                     f"if not n then return no_term(S, tree, tvb, o, {end}, {node}, {s.max_size}) end"]
        item = "tree"
        if isinstance(wtype, ir.StrT):
            enc = _ENCODINGS.get(wtype.encoding, "ENC_ASCII")
            if not self.scan:
                item = "it"
                if s.kind == "fixed":
                    # NUL padding is not part of the value.
                    body += ["local r = tvb(o, n)",
                             f"local it = ADD(tree, {node}._f, r, strip_nul(r:string({enc})))"]
                elif enc == "ENC_ASCII":
                    # tree:add reads it ENC_BIG_ENDIAN, which is ENC_ASCII (both 0): the same
                    # item as add_packet_field(..., ENC_ASCII), for a cheaper call.
                    body.append(f"local it = ADD(tree, {node}._f, tvb(o, n))")
                else:
                    body.append(f"local it = ADD_FIELD(tree, {node}._f, tvb(o, n), {enc})")
            text = "sub(b, o + 1, o + n)"
            if wtype.encoding in ("ascii", "utf-8"):
                check = "ascii_ok" if wtype.encoding == "ascii" else "utf8_ok"
                body.append(f"if n > 0 and not {check}({text}) then bad_text(S, {item}, {node}, {lua_str(wtype.encoding)}) end")
            if info and f is not None:
                shown = text if wtype.encoding in ("ascii", "utf-8") else f"tvb(o, n):string({enc})"
                if s.kind == "fixed":
                    shown = f"strip_nul({shown})"
                body += _show(info, f.id, f"quote({shown})")
        elif not self.scan:
            body.append(f"ADD(tree, {node}._f, tvb(o, n))")
        if s.kind == "terminator":
            if not self.scan:
                body.append(f"ADD(tree, F_TERMINATOR, tvb(o + n, {len(s.terminator)}))")
            body.append(f"o = o + n + {len(s.terminator)}")
        else:
            body.append("o = o + n")
        return ["do", *_indent(body), "end"]


# What a shown field feeds (bits of ``info``): the Info column, the summary of its tree line.
INFO, SUMMARY = 1, 2
# Seconds per unit of an ``epoch`` field.
EPOCH_SCALE = {"s": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}


def _show(info: int, name: str, shown: str) -> list[str]:
    """An Info column item (its text is built only when the packet has columns, ``COLS``)
    and/or an item of the summary of the enclosing tree line (``sum``)."""
    out = []
    if info & INFO:
        out.append(f"if COLS then NI = NI + 2; INFO[NI - 1], INFO[NI] = {lua_str(' ' + name + '=')}, {shown} end")
    if info & SUMMARY:
        out.append(f"sum = sum .. {lua_str(' ' + name + '=')} .. {shown}")
    return out


def _digits(t: ir.IntT, value: str = "v") -> str:
    """Lua expression for an integer's text, or the integer itself where `..` and table.concat
    write it as digits on every Lua: an unsigned read of at most 32 bits is an integral float
    below 2^53 on 5.2 and an integer on 5.3+ (no string made, no call). A signed value is a
    float on 5.3+ (``v - 2^n``), which `..` would write with ".0": ``num`` formats it."""
    return value if not t.signed and t.width <= 4 else f"num({value})"


def _enum_text(table: str, t: ir.IntT) -> str:
    """Lua expression: the enum name of ``v``, else its number (``enum_text`` inline)."""
    return f"({table}[v] or {_digits(t)})"


def _read(t: ir.IntT) -> str:
    """Lua expression: the integer at offset ``o`` of ``b`` (64-bit ones as floats: exact
    below 2^53, plenty for lengths and counts; the Info column reads them exactly)."""
    le = "le" if t.endian == "<" and t.width > 1 else ""
    return f"{'s' if t.signed else 'u'}{t.width * 8}{le}(b, o)"


def _add(t: ir.IntT | ir.FloatT) -> str:
    """The TreeItem method (as the template's local: ``ADD(tree, ...)`` is ``tree:add(...)``)."""
    return "ADD_LE" if t.endian == "<" and t.width > 1 else "ADD"


def _fixed(wtype: ir.WireType) -> int:
    size = wtype.fixed_size if not isinstance(wtype, ir.StructT | ir.SwitchT) else None
    return size or 0


# --------------------------------------------------------------------------- the model


@dataclass
class FrameFacts:
    """What the template needs about a ``kind: frame`` framing."""

    id: str
    node: str  # header path component: vs1_frame -> frame
    doc: str
    size: int
    consts: list[tuple[int, str, int]]  # (offset, read expression on the header bytes h, value)
    consts_at: list[tuple[int, str, int]]  # the same, read at offset ``o`` of the buffer ``b``
    length_read: str  # Lua expression: the payload length, from the header bytes ``h``
    length_at: str  # the same, read at offset ``o`` of the buffer ``b``
    type_read: str  # Lua expression: the message type, from the header bytes ``h``
    message_type: str
    sequence: str
    payload_length: str
    flags: str
    max_payload: int
    kind_flags: dict[str, int] | None  # expected flags per message kind, when known


@dataclass
class MessageFacts:
    id: str
    code: int | None
    kind: str
    key: str  # function key
    path: str  # field path of the message (vs1.<port>.<id>)
    flags: int | None  # expected header flags
    error: bool = False  # the framing's error reply: always an error
    status: str = ""  # Lua expression: the reply's status, if it has one (the PDU at o of b)
    status_end: int = 0  # payload bytes the status needs
    status_ok: int = 0  # the status enum's "ok" value
    status_enum: str = ""


@dataclass
class PortFacts:
    id: str
    name: str
    transport: str
    numbers: str  # a Wireshark range string
    framing: str
    kind: str  # frame | lines | datagram
    column: str
    messages: list[MessageFacts]
    terminator: str = ""
    max_line: int = 0


def _status(facts: MessageFacts, m: ir.Message, header: int) -> None:
    """A reply's status: the first top-level integer at a fixed offset whose enum has an
    ``ok`` value (its other values make the reply an error reply)."""
    if m.kind != "response":
        return
    for f in m.fields:
        if (f.enum is not None and isinstance(f.type, ir.IntT) and f.offset is not None
                and f.array is None and f.when is None):
            ok = f.enum.by_name("ok")
            if ok is not None:
                facts.status = _read_at(f.type, header + f.offset, at="b, o + ")
                facts.status_ok, facts.status_enum = ok.value, f.enum.id
                facts.status_end = f.offset + f.type.width
                return


def _range_string(numbers: list[int]) -> str:
    parts: list[str] = []
    nums = sorted(set(numbers))
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        parts.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ",".join(parts)


def _frame_facts(spec: ir.Spec, fr: ir.Framing) -> FrameFacts:
    """The header facts the dissector reads at fixed offsets (the derive pass placed them)."""
    assert fr.header is not None and fr.header.fixed_size is not None, "checked by the passes"

    def read(f: ir.Field, at: str = "h, ") -> str:
        assert isinstance(f.type, ir.IntT) and f.offset is not None
        return _read_at(f.type, f.offset, at)

    const_fields = [f for f in fr.header.fields
                    if isinstance(f.const, int) and isinstance(f.type, ir.IntT) and f.offset is not None]
    consts = [(cast(int, f.offset), read(f), cast(int, f.const)) for f in const_fields]
    consts_at = [(cast(int, f.offset), read(f, "b, o + "), cast(int, f.const)) for f in const_fields]
    return FrameFacts(
        id=fr.id, node=fr.lua_node, doc=_one_line(fr.doc), size=fr.header.fixed_size, consts=consts,
        consts_at=consts_at, length_read=read(fr.header_field("payload_length")),
        length_at=read(fr.header_field("payload_length"), "b, o + "), type_read=read(fr.header_field("message_type")),
        message_type=fr.message_type, sequence=fr.sequence, payload_length=fr.payload_length, flags=fr.flags,
        max_payload=fr.max_payload, kind_flags=fr.kind_flags,
    )


def _read_at(t: ir.IntT, off: int, at: str = "h, ") -> str:
    """Lua expression: the integer at ``off`` of ``h``, the header's bytes as a string (or,
    with ``at="b, o + "``, at ``o + off`` of the buffer ``b``)."""
    le = "le" if t.endian == "<" and t.width > 1 else ""
    return f"{'s' if t.signed else 'u'}{t.width * 8}{le}({at}{off})"


def _reachable_types(spec: ir.Spec, ports: list[ir.Port]) -> list[ir.TypeDef]:
    """Named types used by the messages of ``ports``, in spec order."""
    seen: set[str] = set()

    def visit(td: ir.TypeDef) -> None:
        for f in td.fields:
            for ref in ir.references(f.type):
                if ref.id not in seen:
                    seen.add(ref.id)
                    visit(ref)

    for p in ports:
        for m in p.all_messages:
            visit(m)
    return [td for td in spec.types.values() if td.id in seen]


def custom_ports(spec: ir.Spec) -> list[ir.Port]:
    """The ports this dissector registers: every coded port that is not a standard protocol."""
    return [p for p in spec.ports if not p.standard and p.framing is not None]


def build(spec: ir.Spec) -> dict[str, object]:
    """The template context."""
    ports = custom_ports(spec)
    table = FieldTable(spec)
    tree, scan = Lowering(spec), Lowering(spec, scan=True)

    scans: list[list[str]] = []

    def both(key: str, td: ir.TypeDef, **kw: bool) -> list[list[str]]:
        scans.append(scan.function(key, td, **kw))
        return [tree.function(key, td, **kw)]

    frames: dict[str, FrameFacts] = {}
    groups: list[FieldGroup] = [FieldGroup("vs1")]
    functions: list[list[str]] = []
    msg_names: dict[int, set[str]] = {}

    used_framings = []
    for p in ports:
        assert p.framing is not None
        if p.framing not in used_framings:
            used_framings.append(p.framing)
    for fr in used_framings:
        if fr.kind != "frame":
            continue
        facts = _frame_facts(spec, fr)
        frames[fr.id] = facts
        assert fr.header is not None
        groups[0].fields.append(LuaField(f"vs1.{facts.node}", "VS-1 frame header" if fr.id == "vs1_frame"
                                         else f"{label(fr.id)} header", "NONE", desc=facts.doc))
        head_fields = table.type_fields(fr.header, f"vs1.{facts.node}")
        for hf in head_fields:
            if hf.abbrev == f"vs1.{facts.node}.{fr.message_type}":
                hf.valuestring, hf.display = "*message", "HEX"
        groups[0].fields += head_fields
        functions += both(f"header:{fr.id}", fr.header, store=True)
    groups[0].fields += [
        LuaField("vs1.length", "Length", "UINT32", "DEC",
                 desc="Length prefix: the byte count of the text or bytes that follow"),
        LuaField("vs1.terminator", "Terminator", "BYTES", desc="The bytes that end a text or a line"),
        LuaField("vs1.payload", "Undecoded payload", "BYTES",
                 desc="Payload bytes that could not be decoded (unknown message or bad header)"),
        LuaField("vs1.response_in", "Response in", "FRAMENUM", "RESPONSE",
                 desc="The frame that holds the response to this request"),
        LuaField("vs1.request_in", "Request in", "FRAMENUM", "REQUEST",
                 desc="The frame that holds the request this response answers"),
        LuaField("vs1.response_time", "Response time", "RELATIVE_TIME",
                 desc="Time between the request and its response"),
        LuaField("vs1.request", "Request", "UINT16", "HEX", "*message",
                 desc="The message type of the request this response answers"),
    ]

    # Types are shared: one function each, called with the field node of the path. Only the
    # types the custom ports use (the standard ports' types stay with Wireshark).
    for td in _reachable_types(spec, ports):
        functions += both(td.key, td)
    shared_done: set[str] = set()

    port_facts: list[PortFacts] = []
    for p in ports:
        pfr = p.framing
        assert pfr is not None
        group = FieldGroup(p.id)
        msgs: list[MessageFacts] = []
        for m in p.all_messages:
            path = f"vs1.{p.id}.{m.id}"
            title = label(m.id) if m.code is None else f"{label(m.id)} (0x{m.code:04x})"
            group.fields.append(LuaField(path, title, "NONE", desc=m.doc))
            group.fields += table.type_fields(m, path)
            key = m.key
            if m.shared:
                if key not in shared_done:
                    shared_done.add(key)
                    functions += both(key, m, info=True)
            else:
                functions += both(key, m, info=True)
            mfacts = MessageFacts(m.id, m.code, m.kind, key, path, m.header_flags if pfr.id in frames else None,
                                  error=m.shared and m.id == pfr.error_message)
            if pfr.id in frames:
                _status(mfacts, m, frames[pfr.id].size)
            msgs.append(mfacts)
            if m.code is not None:
                msg_names.setdefault(m.code, set()).add(m.id)
        assert pfr.kind == "frame" or len(msgs) == 1, "the passes check one message per unframed port"
        groups.append(group)
        port_facts.append(PortFacts(
            id=p.id, name=p.name, transport=p.transport, numbers=_range_string(p.numbers),
            framing=pfr.id, kind=pfr.kind, column=p.column, messages=msgs,
            terminator=lua_str(fr.terminator) if pfr.kind == "lines" else "",
            max_line=pfr.max_line,
        ))

    # Field names are paths, so two spec names can meet (an array ``x`` with a count prefix
    # and a sibling ``x_count``): a problem of the spec, reported where the port is defined.
    seen: dict[str, str] = {}
    problems: list[Problem] = []
    by_proto = {p.id: p for p in ports}
    for g in groups:
        for f in g.fields:
            if f.abbrev in seen:
                where = by_proto.get(g.proto)
                problems.append(Problem(where.file if where else spec.files[0], where.line if where else 1,
                                        "messages" if where else "framings",
                                        f"Lua field name {f.abbrev} is produced twice (in {seen[f.abbrev]} and {g.proto});"
                                        " rename one of the fields"))
            seen[f.abbrev] = g.proto
    if problems:
        raise SpecError(problems)

    # Which port a message code belongs to, for the heuristic dissector (TCP framed ports only).
    code_port: dict[int, str] = {}
    ambiguous: set[int] = set()
    for pf in port_facts:
        if pf.kind != "frame" or pf.transport != "tcp":
            continue
        for mf in pf.messages:
            if mf.code is None:
                continue
            if mf.code in code_port and code_port[mf.code] != pf.id:
                ambiguous.add(mf.code)
            code_port[mf.code] = pf.id
    for code in ambiguous:
        del code_port[code]
    shared_codes = {m.code for m in spec.shared_messages if m.code is not None}
    for code in shared_codes:
        code_port.pop(code, None)

    used = {f.valuestring for g in groups for f in g.fields if f.valuestring is not None}
    enums = [(e.id, [(v.value, v.name) for v in e.values]) for e in spec.enums.values() if e.id in used]
    enums.append(("*message", [(code, "/".join(sorted(names))) for code, names in sorted(msg_names.items())]))
    if "*message_code" in used:
        enums.append(("*message_code", [(code, f"{'/'.join(sorted(names))} (0x{code:04x})")
                                        for code, names in sorted(msg_names.items())]))
    enum_lines = [(eid, _wrap([f"[{v if not eid.startswith('*message') else f'0x{v:04x}'}] = {lua_str(n)}," for v, n in values]))
                  for eid, values in enums]
    return {
        "spec": spec,
        "ports": port_facts,
        "frames": list(frames.values()),
        "groups": groups,
        "functions": functions,
        "scans": scans,
        "enums": enum_lines,
        "code_port": sorted(code_port.items()),
        "lua_str": lua_str,
        "index": index,
    }


def _wrap(items: list[str], width: int = 92) -> list[str]:
    """Table entries packed into lines of at most ``width`` characters."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + 1 + len(item) <= width:
            lines[-1] += " " + item
        else:
            lines.append(item)
    return lines


def field_names(spec: ir.Spec) -> list[str]:
    """Every ProtoField name the dissectors register, in file order."""
    groups = cast(list[FieldGroup], build(spec)["groups"])
    return [f.abbrev for g in groups for f in g.fields]


def emit(spec: ir.Spec) -> dict[str, str]:
    env = environment()
    # Lua's layout is line-based: block tags must not leave blank lines behind.
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.filters["lua"] = lua_str
    ctx = build(spec)
    text = env.get_template("lua/vs1.lua.j2").render(header=header("--"), **ctx)
    # No trailing whitespace, one final newline: stable output for --check.
    text = "\n".join(line.rstrip() for line in text.splitlines()).rstrip("\n") + "\n"
    return {OUT: text}
