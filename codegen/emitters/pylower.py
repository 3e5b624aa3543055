"""Lowering of the model to Python: the fast straight-line codec and the construct definitions.

The templates only place what this module computes: class fields with annotations and
defaults, and the bodies of the ``_dec_*``/``_enc_*`` functions as lists of lines. Runs of
fixed-size scalar fields are read and written with one precompiled ``struct.Struct`` each,
which is what makes the fast path fast; every read is preceded by a bounds check, so a
decoder raises only ``DecodeError``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import ir
from ..ir import py_attr as py_attr  # re-exported: importers older than ir.py_attr


def local(ident: str) -> str:
    return f"f_{ident}"


# --------------------------------------------------------------------------- struct pool


@dataclass
class StructPool:
    """Precompiled ``struct.Struct`` objects of one generated module, named _S0, _S1, ..."""

    formats: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # module-level name -> expression

    def get(self, fmt: str) -> str:
        if fmt not in self.formats:
            self.formats[fmt] = f"_S{len(self.formats)}"
        return self.formats[fmt]

    def alias(self, name: str, expr: str) -> str:
        """A module-level name for ``expr``: one global lookup instead of an attribute chain."""
        self.aliases[name] = expr
        return name

    @property
    def items(self) -> list[tuple[str, str]]:
        """(name, Python expression) of every module-level constant the bodies use."""
        structs = [(name, f"_struct.Struct({fmt!r})") for fmt, name in self.formats.items()]
        return structs + sorted(self.aliases.items())


# --------------------------------------------------------------------------- annotations


@dataclass
class PyField:
    name: str
    annotation: str
    default: str
    doc: str


class Lowering:
    """Computes everything the Python templates need for one generated module."""

    def __init__(self, spec: ir.Spec, in_types_module: bool) -> None:
        self.spec = spec
        self.in_types_module = in_types_module
        self.pool = StructPool()
        # Enum fields of the type being decoded that a switch dispatches on: the switch compares
        # their raw integer (d_<id>), a plain int compare, not the IntEnum member.
        self._raw_discs: set[str] = set()
        self._field_ids: set[str] = set()  # ids (so locals f_<id>) of the type being decoded
        self._inlined: set[str] = set()  # element types inlined in it (once each: annotations)
        self._bodies: dict[str, tuple[list[str], list[str]]] = {}  # type id -> (decode, encode)

    def lower(self, tds: Sequence[ir.TypeDef]) -> Lowering:
        """Lower the codecs of ``tds`` once, in module order, before the module is rendered:
        the struct pool is then complete, and the template only places the cached bodies."""
        for td in tds:
            if td.id not in self._bodies:
                self._bodies[td.id] = (self._decode_body(td), self._encode_body(td))
        return self

    def decode_body(self, td: ir.TypeDef) -> list[str]:
        return self._bodies[td.id][0]

    def encode_body(self, td: ir.TypeDef) -> list[str]:
        return self._bodies[td.id][1]

    # ---------------------------------------------------------------- naming

    def flags_name(self, f: ir.Field) -> str:
        return f.flags_class

    def enum_map(self, enum: ir.EnumDef) -> str:
        return self.pool.alias(f"_E_{ir.const_name(enum.id)}", f"enums.{ir.const_name(enum.id)}_VALUES")

    def flags_decode(self, f: ir.Field, var: str) -> str:
        """Flag sets of one byte decode through a table of all 256 members (no enum call)."""
        cls = f"enums.{self.flags_name(f)}"
        if isinstance(f.type, ir.IntT) and f.type.width == 1 and not f.type.signed:
            table = self.pool.alias(f"_F_{ir.const_name(self.flags_name(f))}",
                                    f"tuple({cls}(v) for v in range(256))")
            return f"{table}[{var}]"
        return f"{cls}({var})"

    def type_ref(self, td: ir.TypeDef) -> str:
        """Name of a type's class from a port module."""
        shared = td.id in self.spec.types and not self.in_types_module
        return f"types.{td.py_name}" if shared else td.py_name

    def fn_ref(self, td: ir.TypeDef, kind: str) -> str:
        name = f"_{kind}_{td.id}"
        return f"types.{name}" if td.id in self.spec.types and not self.in_types_module else name

    # ---------------------------------------------------------------- annotations

    def elem_annotation(self, wtype: ir.WireType, f: ir.Field | None) -> str:
        if isinstance(wtype, ir.IntT):
            if f is not None and f.enum is not None:
                return f"enums.{f.enum.py_name} | int"
            if f is not None and f.flags is not None:
                return f"enums.{self.flags_name(f)}"
            return "int"
        if isinstance(wtype, ir.FloatT):
            return "float"
        if isinstance(wtype, ir.BoolT):
            return "bool"
        if isinstance(wtype, ir.Ipv4T | ir.MacT | ir.StrT):
            return "str"
        if isinstance(wtype, ir.BytesT):
            return "BytesLike"  # a memoryview slice when decoding from a memoryview: no copy
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return self.type_ref(wtype.target)
        if isinstance(wtype, ir.SwitchT):
            parts: list[str] = []
            for t in [c.type for c in wtype.cases] + ([wtype.default] if wtype.default else []):
                ann = self.elem_annotation(t, None)
                if ann not in parts:
                    parts.append(ann)
            return " | ".join(parts)
        raise AssertionError(wtype)

    def elem_default(self, wtype: ir.WireType, f: ir.Field | None) -> str:
        if isinstance(wtype, ir.IntT):
            if f is not None and f.enum is not None and f.enum.values:
                return f"enums.{f.enum.py_name}.{f.enum.values[0].const}"
            if f is not None and f.flags is not None:
                return f"enums.{self.flags_name(f)}(0)"
            return "0"
        if isinstance(wtype, ir.FloatT):
            return "0.0"
        if isinstance(wtype, ir.BoolT):
            return "False"
        if isinstance(wtype, ir.Ipv4T):
            return '"0.0.0.0"'
        if isinstance(wtype, ir.MacT):
            return '"00:00:00:00:00:00"'
        if isinstance(wtype, ir.StrT):
            return '""'
        if isinstance(wtype, ir.BytesT):
            return 'b""'
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return f"field(default_factory={self.type_ref(wtype.target)})"
        if isinstance(wtype, ir.SwitchT):
            first = wtype.cases[0].type if wtype.cases else wtype.default
            assert first is not None
            d = self.elem_default(first, None)
            return d
        raise AssertionError(wtype)

    def py_fields(self, td: ir.TypeDef) -> list[PyField]:
        out: list[PyField] = []
        for f in td.fields:
            if f.bitfield is not None:
                for sub in f.bitfield:
                    if sub.enum is not None:
                        ann = f"enums.{sub.enum.py_name} | int"
                        default = f"enums.{sub.enum.py_name}.{sub.enum.values[0].const}"
                    else:
                        ann, default = "int", "0"
                    out.append(PyField(py_attr(sub.id), ann, default, f"bits {sub.at}..{sub.at + sub.width - 1} of {f.id}"))
                continue
            if f.hidden:
                continue
            ann = self.elem_annotation(f.type, f)
            default = self.elem_default(f.type, f)
            if f.array is not None:
                ann = f"list[{ann}]"
                default = "field(default_factory=list)"
            if f.when is not None:
                ann = f"{ann} | None"
                default = "None"
            if isinstance(f.type, ir.SwitchT) and default.startswith("field("):
                default = "None"
                ann = f"{ann} | None"
            out.append(PyField(py_attr(f.id), ann, default, " ".join(f.doc.split())))
        return out

    def call_params(self, td: ir.TypeDef) -> list[tuple[str, str, str, str]]:
        """(name, annotation, default, value expression) for a generated method's arguments."""
        out: list[tuple[str, str, str, str]] = []
        for f in self.py_fields(td):
            if f.default.startswith("field(default_factory="):
                factory = f.default.removeprefix("field(default_factory=").removesuffix(")")
                value = f"{f.name} if {f.name} is not None else {factory}()"
                out.append((f.name, f"{f.annotation} | None", "None", value))
            else:
                out.append((f.name, f.annotation, f.default, f.name))
        return out

    # ---------------------------------------------------------------- decode

    def _decode_body(self, td: ir.TypeDef) -> list[str]:
        lines: list[str] = []
        fields = td.fields
        ons = {f.type.on for f in fields if isinstance(f.type, ir.SwitchT)}
        self._raw_discs = {f.id for f in fields if f.id in ons and f.enum is not None and f.when is None}
        self._field_ids = _local_ids(td)
        self._inlined = set()
        i = 0
        while i < len(fields):
            if fields[i].is_fixed_scalar:
                run = [fields[i]]
                j = i + 1
                while j < len(fields) and fields[j].is_fixed_scalar and _same_order(run, fields[j]):
                    run.append(fields[j])
                    j += 1
                if j < len(fields) and self._fusable(run, fields[j]) \
                        and any(r.id == fields[j].type.on for r in run):  # type: ignore[union-attr]
                    lines += self._dec_run_switch(run, fields[j])
                    i = j + 1
                    continue
                lines += self._dec_run(run)
                i = j
            else:
                lines += self._dec_field(fields[i])
                i += 1
        args = ", ".join(self._ctor_locals(td))
        lines.append(f"return {td.py_name}({args}), o")
        return lines

    def _ctor_locals(self, td: ir.TypeDef) -> list[str]:
        out: list[str] = []
        for f in td.fields:
            if f.bitfield is not None:
                out += [local(s.id) for s in f.bitfield]
            elif not f.hidden:
                out.append(local(f.id))
        return out

    def _dec_run(self, run: list[ir.Field]) -> list[str]:
        endian = next((f.type.endian for f in run if isinstance(f.type, ir.IntT | ir.FloatT) and f.type.fixed_size > 1), ">")
        fmt = endian + "".join(_char(f) for f in run)
        size = sum(f.type.fixed_size or 0 for f in run)
        names = [local(f.id) for f in run if not isinstance(f.type, ir.PadT)]
        path = run[0].id
        lines = [f"if e - o < {size}:", f"    raise short({path!r}, o, {size}, e)"]
        if len(run) == 1 and isinstance(run[0].type, ir.IntT) and run[0].type.width == 1 and not run[0].type.signed:
            lines.append(f"{names[0]} = b[o]")
        elif names:
            target = f"{names[0]}," if len(names) == 1 else ", ".join(names)
            lines.append(f"{target} = {self.pool.get(fmt)}.unpack_from(b, o)")
        offset = 0
        for f in run:
            lines += self._dec_post(f, f"o + {offset}" if offset else "o")
            offset += f.type.fixed_size or 0
        lines.append(f"o += {size}")
        return lines

    def _dec_run_switch(self, run: list[ir.Field], f: ir.Field) -> list[str]:
        """A run of scalars and the switch after it (a tagged value: id, type, value): peek at
        the discriminator, then read run and value with one struct call per plain-number case."""
        sw = f.type
        assert isinstance(sw, ir.SwitchT)
        endian = next((x.type.endian for x in run if isinstance(x.type, ir.IntT | ir.FloatT) and x.type.fixed_size > 1), ">")
        size = sum(x.type.fixed_size or 0 for x in run)
        names = [local(x.id) for x in run if not isinstance(x.type, ir.PadT)]
        offsets: dict[str, int] = {}
        at = 0
        for x in run:
            offsets[x.id] = at
            at += x.type.fixed_size or 0
        disc = next(x for x in run if x.id == sw.on)
        dt = disc.type
        assert isinstance(dt, ir.IntT)
        d = f"d_{sw.on}"
        peek = (f"b[o + {offsets[disc.id]}]" if dt.width == 1 and not dt.signed
                else f"{self.pool.get(dt.endian + dt.struct_char)}.unpack_from(b, o + {offsets[disc.id]})[0]")
        v = local(f.id)
        lines = [f"if e - o < {size}:", f"    raise short({run[0].id!r}, o, {size}, e)",
                 f"{d} = {peek}", "r0 = o", f"{v}: {self.elem_annotation(sw, f)}"]
        run_fmt = endian + "".join(_char(x) for x in run)

        def case(ctype: ir.WireType) -> list[str]:
            value = self._case_field(run, f, ctype)
            if value is not None:
                vsize = value.type.fixed_size or 0
                fmt = run_fmt + _char(value)
                return [f"if e - o < {size + vsize}:", f"    raise short({f.id!r}, o + {size}, {vsize}, e)",
                        f"{', '.join([*names, v])} = {self.pool.get(fmt)}.unpack_from(b, o)",
                        f"o += {size + vsize}"]
            target = f"{names[0]}," if len(names) == 1 else ", ".join(names)
            return [f"{target} = {self.pool.get(run_fmt)}.unpack_from(b, o)", f"o += {size}",
                    *self._dec_elem(ctype, None, v, repr(f.id))]

        for k, c in enumerate(sw.cases):
            lines.append(f"{'if' if k == 0 else 'elif'} {d} == {c.key}:")
            lines += _indent(case(c.type))
        if sw.default is not None:
            lines.append("else:" if sw.cases else "if True:")
            lines += _indent(case(sw.default))
        else:
            lines += ["else:", f"    raise DecodeError({f.id!r}, o + {size}, f\"no case for {sw.on}={{{d}!r}}\")"]
        saved = self._raw_discs
        self._raw_discs = saved - {sw.on}  # already peeked
        try:
            for x in run:
                lines += self._dec_post(x, f"r0 + {offsets[x.id]}" if offsets[x.id] else "r0")
        finally:
            self._raw_discs = saved
        return lines

    def _dec_post(self, f: ir.Field, at: str, convert_addr: bool = True) -> list[str]:
        """Conversions and checks after a scalar was read into its local."""
        v = local(f.id)
        out: list[str] = []
        if f.const is not None:
            want = f.const
            out += [f"if {v} != {want!r}:",
                    f"    raise DecodeError({f.id!r}, {at}, f\"expected {_show(want)}, got {{{v}!r}}\")"]
        if convert_addr and isinstance(f.type, ir.Ipv4T):
            out.append(f"{v} = ipv4_str({v})")
        elif convert_addr and isinstance(f.type, ir.MacT):
            out.append(f"{v} = mac_str({v})")
        if f.enum is not None:
            if f.id in self._raw_discs:
                out.append(f"d_{f.id} = {v}")
            out.append(f"{v} = {self.enum_map(f.enum)}.get({v}, {v})")
        if f.flags is not None:
            out.append(f"{v} = {self.flags_decode(f, v)}")
        if f.bitfield is not None:
            for sub in f.bitfield:
                expr = f"({v} >> {sub.at}) & {(1 << sub.width) - 1:#x}"
                if sub.enum is not None:
                    out.append(f"{local(sub.id)} = {self.enum_map(sub.enum)}.get({expr}, {expr})")
                else:
                    out.append(f"{local(sub.id)} = {expr}")
        return out

    def _dec_field(self, f: ir.Field) -> list[str]:
        v = local(f.id)
        body: list[str] = []
        if f.array is not None:
            body += self._dec_array(f)
        else:
            if isinstance(f.type, ir.SwitchT):  # cases assign different types
                body.append(f"{v}: {self.elem_annotation(f.type, f)}")
            body += self._dec_elem(f.type, f, v, repr(f.id))
            body += self._dec_post_nonscalar(f)
        if f.when is None:
            return body
        return [f"{v} = None", f"if {self._cond(f.when, local)}:", *_indent(body)]

    def _dec_post_nonscalar(self, f: ir.Field) -> list[str]:
        if isinstance(f.type, ir.IntT):
            return self._dec_post(f, "o", convert_addr=False)
        return []

    def _cond(self, when: ir.When, name: object) -> str:
        ref = name(when.field)  # type: ignore[operator]
        if when.has is not None:
            return f"{ref} & {when.mask:#x}"
        return f"{ref} == {when.equals!r}"

    def _dec_array(self, f: ir.Field) -> list[str]:
        arr = f.array
        assert arr is not None
        v = local(f.id)
        lines: list[str] = []
        min_elem = ir.min_size(f.type)
        if arr.kind == "fixed":
            lines.append(f"n = {arr.count}")
        elif arr.kind == "prefix":
            assert arr.prefix is not None
            lines += self._read_int(arr.prefix, "n", f.id)
        elif arr.kind == "field":
            lines.append(f"n = {local(f.counted_by or '')}")
        if arr.kind != "eos":
            lines += [f"if n > {arr.max}:",
                      f"    raise DecodeError({f.id!r}, o, f\"count {{n}} exceeds the maximum {arr.max}\")"]
            if min_elem:
                lines += [f"if n * {min_elem} > e - o:",
                          f"    raise DecodeError({f.id!r}, o, f\"count {{n}} needs at least {{n * {min_elem}}} bytes, {{e - o}} left\")"]
        simple = _bulk_char(f)
        if simple is not None and arr.kind != "eos":
            fmt_prefix = f.type.endian if isinstance(f.type, ir.IntT | ir.FloatT) else ">"
            lines += [f"{v} = list(_struct.unpack_from(f\"{fmt_prefix}{{n}}{simple}\", b, o))",
                      f"o += n * {f.type.fixed_size}"]
            return lines
        end = "e"
        if f.sized_by is not None:
            lines += [f"lim = o + {local(f.sized_by)}",
                      "if lim > e:",
                      f"    raise short({f.id!r}, o, lim - o, e)"]
            end = "lim"
        item = f"it_{f.id}"
        path = f"f\"{f.id}[{{len({v})}}]\""
        inline = None
        if isinstance(f.type, ir.StructT) and f.type.target is not None and end == "e":
            inline = self._dec_inline(f.type.target, item, path)
        elem = inline if inline is not None else self._dec_elem(f.type, f, item, path, end=end)
        lines.append(f"{v}: list[{self.elem_annotation(f.type, f)}] = []")
        if arr.kind == "eos":
            lines += [f"while o < {end}:",
                      f"    if len({v}) >= {arr.max}:",
                      f"        raise DecodeError({f.id!r}, o, \"more than {arr.max} elements\")",
                      *_indent(elem),
                      *_indent(self._elem_post(f, item)),
                      f"    {v}.append({item})"]
        else:
            lines += ["for _ in range(n):", *_indent(elem), *_indent(self._elem_post(f, item)), f"    {v}.append({item})"]
        return lines

    def _elem_post(self, f: ir.Field, item: str) -> list[str]:
        out: list[str] = []
        if f.enum is not None:
            out.append(f"{item} = {self.enum_map(f.enum)}.get({item}, {item})")
        return out

    def _read_int(self, t: ir.IntT, var: str, path: str) -> list[str]:
        lines = [f"if e - o < {t.width}:", f"    raise short({path!r}, o, {t.width}, e)"]
        if t.width == 1 and not t.signed:
            lines.append(f"{var} = b[o]")
        else:
            lines.append(f"{var} = {self.pool.get(t.endian + t.struct_char)}.unpack_from(b, o)[0]")
        lines.append(f"o += {t.width}")
        return lines

    def _dec_elem(self, wtype: ir.WireType, f: ir.Field | None, var: str, path: str, end: str = "e") -> list[str]:
        """Decode one value of ``wtype`` at ``o`` into ``var``; ``path`` is a Python expression."""
        if isinstance(wtype, ir.SCALARS):
            size = wtype.fixed_size
            lines = [f"if {end} - o < {size}:", f"    raise short({path}, o, {size}, {end})"]
            if isinstance(wtype, ir.PadT):
                return [*lines, f"o += {size}"]
            if isinstance(wtype, ir.IntT) and wtype.width == 1 and not wtype.signed:
                lines.append(f"{var} = b[o]")
            elif isinstance(wtype, ir.Ipv4T):
                lines.append(f"{var} = ipv4_str(b[o:o + 4])")
            elif isinstance(wtype, ir.MacT):
                lines.append(f"{var} = mac_str(b[o:o + 6])")
            else:
                endian = wtype.endian if isinstance(wtype, ir.IntT | ir.FloatT) else ">"
                lines.append(f"{var} = {self.pool.get(endian + wtype.struct_char)}.unpack_from(b, o)[0]")
            return [*lines, f"o += {size}"]
        if isinstance(wtype, ir.StrT | ir.BytesT):
            return self._dec_sized(wtype, var, path, end)
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            fn = self.fn_ref(wtype.target, "dec")
            if wtype.size is not None and wtype.size.kind == "field":
                return [*_over_max(wtype.size, local(wtype.size.field), path, "o"),
                        f"lim = o + {local(wtype.size.field)}",
                        f"if lim > {end}:",
                        f"    raise short({path}, o, lim - o, {end})",
                        "try:",
                        f"    {var}, o2 = {fn}(b, o, lim)",
                        "except DecodeError as x:",
                        f"    raise x.within({path}) from None",
                        "if o2 != lim:",
                        f"    raise DecodeError({path}, o2, f\"{{lim - o2}} byte(s) left over in a sized field\")",
                        "o = lim"]
            plain = _plain_run(wtype.target)
            if plain is not None:  # one struct call, no function call
                fmt, size, first = plain
                return [f"if {end} - o < {size}:",
                        f"    raise short({first!r}, o, {size}, {end}).within({path})",
                        f"{var} = {self.type_ref(wtype.target)}(*{self.pool.get(fmt)}.unpack_from(b, o))",
                        f"o += {size}"]
            return ["try:", f"    {var}, o = {fn}(b, o, {end})", "except DecodeError as x:",
                    f"    raise x.within({path}) from None"]
        if isinstance(wtype, ir.SwitchT):
            disc = f"d_{wtype.on}" if wtype.on in self._raw_discs else local(wtype.on)
            lines = []
            for k, case in enumerate(wtype.cases):
                lines.append(f"{'if' if k == 0 else 'elif'} {disc} == {case.key}:")
                lines += _indent(self._dec_case(case.type, var, path, end))
            if wtype.default is not None:
                lines.append("else:" if wtype.cases else "if True:")
                lines += _indent(self._dec_case(wtype.default, var, path, end))
            else:
                lines += ["else:",
                          f"    raise DecodeError({path}, o, f\"no case for {wtype.on}={{{disc}!r}}\")"]
            return lines
        raise AssertionError(wtype)

    def _dec_inline(self, target: ir.TypeDef, var: str, path: str) -> list[str] | None:
        """The element type's decoder body in place of a call in an array loop (no call and no
        tuple per element), when its locals cannot clash with the caller's: no field id in
        common with the enclosing type and no array or sized field of its own. Types that are
        one plain run (point2d) are read inline by _dec_elem already."""
        if _plain_run(target) is not None or _local_ids(target) & self._field_ids or target.id in self._inlined:
            return None
        for f in target.fields:
            if f.array is not None or f.sized_by is not None or (isinstance(f.type, ir.StructT) and f.type.size is not None):
                return None
        saved = self._raw_discs, self._field_ids, self._inlined
        try:
            body = self._decode_body(target)
        finally:
            self._raw_discs, self._field_ids, self._inlined = saved
        self._inlined.add(target.id)
        args = ", ".join(self._ctor_locals(target))
        assert body[-1] == f"return {target.py_name}({args}), o"
        body[-1] = f"{var} = {self.type_ref(target)}({args})"
        return ["try:", *_indent(body), "except DecodeError as x:", f"    raise x.within({path}) from None"]

    def _dec_case(self, wtype: ir.WireType, var: str, path: str, end: str) -> list[str]:
        return self._dec_elem(wtype, None, var, path, end)

    def _dec_sized(self, wtype: ir.StrT | ir.BytesT, var: str, path: str, end: str) -> list[str]:
        s = wtype.size
        lines: list[str] = []
        if s.kind == "fixed":
            lines += [f"if {end} - o < {s.fixed}:", f"    raise short({path}, o, {s.fixed}, {end})",
                      f"raw = b[o:o + {s.fixed}]", "start = o", f"o += {s.fixed}"]
        elif s.kind == "prefix":
            assert s.prefix is not None
            pw = s.prefix.width
            lines += [f"if {end} - o < {pw}:", f"    raise short({path}, o, {pw}, {end})"]
            if pw == 1:
                lines.append("n = b[o]")
            else:
                lines.append(f"n = {self.pool.get(s.prefix.endian + s.prefix.struct_char)}.unpack_from(b, o)[0]")
            lines += _over_max(s, "n", path, "o")
            lines += [f"o += {pw}", f"if {end} - o < n:", f"    raise short({path}, o, n, {end})",
                      "raw = b[o:o + n]", "start = o", "o += n"]
        elif s.kind == "field":
            lines.append(f"n = {local(s.field)}")
            lines += _over_max(s, "n", path, "o")
            lines += [f"if {end} - o < n:", f"    raise short({path}, o, n, {end})",
                      "raw = b[o:o + n]", "start = o", "o += n"]
        elif s.kind == "eos":
            lines += _over_max(s, f"{end} - o", path, "o")
            lines += [f"raw = b[o:{end}]", "start = o", f"o = {end}"]
        else:  # terminator
            term = s.terminator
            lines += [f"k = bytes(b[o:min({end}, o + {s.max_size + len(term)})]).find({term!r})",
                      "if k < 0:",
                      f"    raise DecodeError({path}, o, \"no terminator {_show(term)} within {s.max_size} bytes\")",
                      "raw = b[o:o + k]", "start = o", f"o += k + {len(term)}"]
        if isinstance(wtype, ir.StrT):
            strip = ".rstrip(\"\\x00\")" if s.kind == "fixed" else ""
            lines += ["try:", f"    {var} = str(raw, {wtype.encoding!r}){strip}",
                      "except UnicodeDecodeError as x:",
                      f"    raise DecodeError({path}, start + x.start, \"invalid {wtype.encoding} text\") from None"]
        else:
            lines.append(f"{var} = raw")
        return lines

    # ---------------------------------------------------------------- encode

    def _encode_body(self, td: ir.TypeDef) -> list[str]:
        lines: list[str] = []
        fields = td.fields
        i = 0
        while i < len(fields):
            if fields[i].is_fixed_scalar:
                run = [fields[i]]
                j = i + 1
                while j < len(fields) and fields[j].is_fixed_scalar and _same_order(run, fields[j]):
                    run.append(fields[j])
                    j += 1
                if j < len(fields) and self._fusable(run, fields[j]):
                    lines += self._enc_run_switch(td, run, fields[j])
                    i = j + 1
                    continue
                lines += self._enc_run(td, run)
                i = j
            else:
                lines += self._enc_field(td, fields[i])
                i += 1
        if any(line.lstrip().startswith("raw = ") for line in lines):
            # The variable holds a str field's encoding (bytes), a bytes field's value
            # (BytesLike) or a switch's value before its isinstance check: declared as object,
            # each assignment narrows it, whichever kind of field comes first.
            lines.insert(0, "raw: object")
        return lines or ["pass"]

    # A run of scalars followed by a switch (a tagged value: id, type, value) is written with
    # one struct call per case whose value is a plain number: the run and the value together.

    def _case_field(self, run: list[ir.Field], f: ir.Field, ctype: ir.WireType) -> ir.Field | None:
        """The switch value as one more field of the run, when the case is a plain number."""
        if not isinstance(ctype, ir.IntT | ir.FloatT | ir.BoolT):
            return None
        value = ir.Field(f.id, ctype)
        return value if _same_order(run, value) else None

    def _fusable(self, run: list[ir.Field], f: ir.Field) -> bool:
        sw = f.type
        return (isinstance(sw, ir.SwitchT) and f.array is None and f.when is None and f.sized_by is None
                and any(self._case_field(run, f, c.type) is not None for c in sw.cases))

    def _enc_run_switch(self, td: ir.TypeDef, run: list[ir.Field], f: ir.Field) -> list[str]:
        sw = f.type
        assert isinstance(sw, ir.SwitchT)
        pre, pack = self._enc_run_parts(td, run)
        disc = f"sw_{sw.on}"
        lines = [*pre, f"{disc} = v.{py_attr(sw.on)}"]

        def case(ctype: ir.WireType) -> list[str]:
            value = self._case_field(run, f, ctype)
            if value is not None:
                return self._enc_run_parts(td, [*run, value])[1]
            return [*pack, *self._enc_elem(ctype, None, self._value(f), repr(f.id))]

        for k, c in enumerate(sw.cases):
            lines.append(f"{'if' if k == 0 else 'elif'} {disc} == {c.key}:")
            lines += _indent(case(c.type))
        if sw.default is not None:
            lines.append("else:" if sw.cases else "if True:")
            lines += _indent(case(sw.default))
        else:
            lines += ["else:", f"    raise EncodeError({f.id!r}, f\"no case for {sw.on}={{{disc}!r}}\")"]
        return lines

    def _value(self, f: ir.Field) -> str:
        return f"v.{py_attr(f.id)}"

    def _enc_run(self, td: ir.TypeDef, run: list[ir.Field]) -> list[str]:
        pre, pack = self._enc_run_parts(td, run)
        return [*pre, *pack]

    def _enc_run_parts(self, td: ir.TypeDef, run: list[ir.Field]) -> tuple[list[str], list[str]]:
        """(checks and length positions to do first, the guarded struct call) of a run."""
        endian = next((f.type.endian for f in run if isinstance(f.type, ir.IntT | ir.FloatT) and f.type.fixed_size > 1), ">")
        fmt = endian + "".join(_char(f) for f in run)
        pre: list[str] = []
        values: list[str] = []
        offset = 0
        for f in run:
            if isinstance(f.type, ir.PadT):
                offset += f.type.size
                continue
            if f.const is not None:
                values.append(repr(f.const))
            elif f.count_of is not None:
                values.append(f"len(v.{py_attr(f.count_of)})")
            elif f.length_of is not None:
                pre.append(f"pos_{f.id} = len(out) + {offset}")
                values.append("0")
            elif f.bitfield is not None:
                parts = []
                for sub in f.bitfield:
                    sv = f"v.{py_attr(sub.id)}"
                    pre += [f"if not 0 <= {sv} < {1 << sub.width}:",
                            f"    raise EncodeError({sub.id!r}, f\"{{{sv}!r}} does not fit {sub.width} bit(s)\")"]
                    parts.append(f"({sv} << {sub.at})")
                values.append(" | ".join(parts))
            elif isinstance(f.type, ir.Ipv4T):
                values.append(f"ipv4_bytes({self._value(f)}, {f.id!r})")
            elif isinstance(f.type, ir.MacT):
                values.append(f"mac_bytes({self._value(f)}, {f.id!r})")
            else:
                values.append(self._value(f))
            offset += f.type.fixed_size or 0
        names = ", ".join(f.id for f in run if not isinstance(f.type, ir.PadT))
        return pre, ["try:", f"    out += {self.pool.get(fmt)}.pack({', '.join(values)})",
                     "except (_struct.error, TypeError) as x:",
                     f"    raise EncodeError({names!r}, str(x)) from None"]

    def _enc_field(self, td: ir.TypeDef, f: ir.Field) -> list[str]:
        val = self._value(f)
        if f.array is not None:
            body = self._enc_array(f, val)
        else:
            body = self._enc_elem(f.type, f, val, repr(f.id))
        body = self._wrap_length_target(td, f, body)
        if f.when is None:
            return body
        cond = self._cond(f.when, lambda ident: f"v.{py_attr(ident)}")
        return [f"if {cond}:",
                f"    if {val} is None:",
                f"        raise EncodeError({f.id!r}, \"required when {_when_text(f.when)}\")",
                *_indent(body),
                f"elif {val} is not None:",
                f"    raise EncodeError({f.id!r}, \"must be None unless {_when_text(f.when)}\")"]

    def _wrap_length_target(self, td: ir.TypeDef, f: ir.Field, body: list[str]) -> list[str]:
        if f.sized_by is None:
            return body
        holder = td.field(f.sized_by)
        assert holder is not None and isinstance(holder.type, ir.IntT)
        t = holder.type
        size = f.type.size if isinstance(f.type, ir.StructT) else None
        if size is not None and size.checked is not None:
            body = [*body, f"if len(out) - start_{f.id} > {size.checked}:",
                    f"    raise EncodeError({f.id!r}, f\"{{len(out) - start_{f.id}}} bytes, at most {size.checked}\")"]
        return [f"start_{f.id} = len(out)", *body,
                "try:",
                f"    {self.pool.get(t.endian + t.struct_char)}.pack_into(out, pos_{holder.id}, len(out) - start_{f.id})",
                "except _struct.error:",
                f"    raise EncodeError({f.id!r}, f\"{{len(out) - start_{f.id}}} bytes do not fit the {t.name} length field {holder.id}\") from None"]

    def _enc_array(self, f: ir.Field, val: str) -> list[str]:
        arr = f.array
        assert arr is not None
        items = f"items_{f.id}"
        lines = [f"{items} = {val}"]
        limit = arr.max
        if arr.kind == "prefix" and arr.prefix is not None:
            limit = min(limit, arr.prefix.max)
        if arr.kind == "fixed":
            lines += [f"if len({items}) != {arr.count}:",
                      f"    raise EncodeError({f.id!r}, f\"needs exactly {arr.count} elements, has {{len({items})}}\")"]
        else:
            lines += [f"if len({items}) > {limit}:",
                      f"    raise EncodeError({f.id!r}, f\"{{len({items})}} elements, at most {limit}\")"]
        if arr.kind == "prefix":
            assert arr.prefix is not None
            lines.append(f"out += {self.pool.get(arr.prefix.endian + arr.prefix.struct_char)}.pack(len({items}))")
        simple = _bulk_char(f)
        if simple is not None:
            fmt_prefix = f.type.endian if isinstance(f.type, ir.IntT | ir.FloatT) else ">"
            lines += ["try:",
                      f"    out += _struct.pack(f\"{fmt_prefix}{{len({items})}}{simple}\", *{items})",
                      "except (_struct.error, TypeError) as x:",
                      f"    raise EncodeError({f.id!r}, str(x)) from None"]
            return lines
        item = f"it_{f.id}"
        elem = self._enc_elem(f.type, f, item, f"f\"{f.id}[{{k}}]\"")
        lines += [f"for k, {item} in enumerate({items}):", *_indent(elem)]
        return lines

    def _enc_elem(self, wtype: ir.WireType, f: ir.Field | None, val: str, path: str) -> list[str]:
        if isinstance(wtype, ir.PadT):
            return [f"out += bytes({wtype.size})"]
        if isinstance(wtype, ir.Ipv4T):
            return [f"out += ipv4_bytes({val}, {path})"]
        if isinstance(wtype, ir.MacT):
            return [f"out += mac_bytes({val}, {path})"]
        if isinstance(wtype, ir.IntT | ir.FloatT | ir.BoolT):
            endian = wtype.endian if isinstance(wtype, ir.IntT | ir.FloatT) else ">"
            return ["try:", f"    out += {self.pool.get(endian + wtype.struct_char)}.pack({val})",
                    "except (_struct.error, TypeError) as x:",
                    f"    raise EncodeError({path}, str(x)) from None"]
        if isinstance(wtype, ir.StrT | ir.BytesT):
            return self._enc_sized(wtype, val, path)
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            fn = self.fn_ref(wtype.target, "enc")
            cls = self.type_ref(wtype.target)
            check = [f"if not isinstance({val}, {cls}):",
                     f"    raise EncodeError({path}, f\"needs {wtype.target.py_name}, got {{type({val}).__name__}}\")"]
            plain = _plain_run(wtype.target)
            if plain is not None:  # one struct call, no function call
                fmt, _, _ = plain
                names = ", ".join(f.id for f in wtype.target.fields)
                values = ", ".join(f"{val}.{py_attr(f.id)}" for f in wtype.target.fields)
                return [*check, "try:", f"    out += {self.pool.get(fmt)}.pack({values})",
                        "except (_struct.error, TypeError) as x:",
                        f"    raise EncodeError({names!r}, str(x)).within({path}) from None"]
            return [*check, "try:", f"    {fn}({val}, out)", "except EncodeError as x:",
                    f"    raise x.within({path}) from None"]
        if isinstance(wtype, ir.SwitchT):
            disc = f"sw_{wtype.on}"
            lines: list[str] = [f"{disc} = v.{py_attr(wtype.on)}"]
            for k, case in enumerate(wtype.cases):
                lines.append(f"{'if' if k == 0 else 'elif'} {disc} == {case.key}:")
                lines += _indent(self._enc_elem(case.type, None, val, path))
            if wtype.default is not None:
                lines.append("else:" if wtype.cases else "if True:")
                lines += _indent(self._enc_elem(wtype.default, None, val, path))
            else:
                lines += ["else:", f"    raise EncodeError({path}, f\"no case for {wtype.on}={{{disc}!r}}\")"]
            return lines
        raise AssertionError(wtype)

    def _enc_sized(self, wtype: ir.StrT | ir.BytesT, val: str, path: str) -> list[str]:
        s = wtype.size
        if isinstance(wtype, ir.StrT):
            lines = [f"if not isinstance({val}, str):",
                     f"    raise EncodeError({path}, f\"needs str, got {{type({val}).__name__}}\")",
                     "try:", f"    raw = {val}.encode({wtype.encoding!r})",
                     "except UnicodeEncodeError as x:",
                     f"    raise EncodeError({path}, str(x)) from None"]
        else:
            lines = [f"raw = {val}", "if not isinstance(raw, bytes | bytearray | memoryview):",
                     f"    raise EncodeError({path}, f\"needs bytes, got {{type(raw).__name__}}\")"]
        if s.kind == "fixed":
            lines += [f"if len(raw) > {s.fixed}:",
                      f"    raise EncodeError({path}, f\"{{len(raw)}} bytes do not fit {s.fixed}\")",
                      "out += raw", f"out += bytes({s.fixed} - len(raw))"]
        elif s.kind == "prefix":
            assert s.prefix is not None
            most = s.bound if s.bound is not None else s.prefix.max
            lines += [f"if len(raw) > {most}:",
                      f"    raise EncodeError({path}, f\"{{len(raw)}} bytes, at most {most}\")",
                      f"out += {self.pool.get(s.prefix.endian + s.prefix.struct_char)}.pack(len(raw))",
                      "out += raw"]
        elif s.kind == "terminator":
            lines += [f"if {s.terminator!r} in raw:",
                      f"    raise EncodeError({path}, \"contains the terminator\")",
                      f"if len(raw) > {s.max_size}:",
                      f"    raise EncodeError({path}, f\"{{len(raw)}} bytes, at most {s.max_size}\")",
                      "out += raw", f"out += {s.terminator!r}"]
        else:
            if s.checked is not None:
                lines += [f"if len(raw) > {s.checked}:",
                          f"    raise EncodeError({path}, f\"{{len(raw)}} bytes, at most {s.checked}\")"]
            lines.append("out += raw")
        return lines


# --------------------------------------------------------------------------- helpers


def _over_max(size: ir.Size, n: str, path: str, at: str) -> list[str]:
    """The check of a length against the spec's declared maximum (before anything is read
    or allocated by it); nothing when the wire form bounds it already."""
    most = size.checked
    if most is None:
        return []
    return [f"if {n} > {most}:",
            f"    raise DecodeError({path}, {at}, f\"length {{{n}}} exceeds the maximum {most}\")"]


def _indent(lines: list[str], n: int = 1) -> list[str]:
    pad = "    " * n
    return [pad + line for line in lines]


def _show(value: object) -> str:
    if isinstance(value, int):
        return f"{value:#x}"
    return repr(value).replace('"', '\\"')


def _when_text(when: ir.When) -> str:
    if when.has is not None:
        return f"{when.field} has {when.has}"
    return f"{when.field} == {when.equals_name or when.equals}"


def _same_order(run: list[ir.Field], f: ir.Field) -> bool:
    """One struct format has one byte order; single bytes go with any."""
    def order(x: ir.Field) -> str | None:
        t = x.type
        if isinstance(t, ir.IntT | ir.FloatT) and t.fixed_size > 1:
            return t.endian
        return None

    mine = order(f)
    return mine is None or all(order(r) in (None, mine) for r in run)


def _char(f: ir.Field) -> str:
    t = f.type
    assert isinstance(t, ir.SCALARS)
    return t.struct_char


def _local_ids(td: ir.TypeDef) -> set[str]:
    """Field and bit field ids of a type: the f_<id> / d_<id> / it_<id> locals of its decoder."""
    return {f.id for f in td.fields} | {s.id for f in td.fields for s in f.bitfield or []}


def _plain_run(td: ir.TypeDef) -> tuple[str, int, str] | None:
    """(struct format, size, first field id) of a type that is one run of plain numbers
    (no enum, flags, constant, array or condition, one byte order), like point2d; else None."""
    fields = td.fields
    if not fields:
        return None
    for i, f in enumerate(fields):
        if not isinstance(f.type, ir.IntT | ir.FloatT | ir.BoolT) or not f.is_fixed_scalar:
            return None
        if f.hidden or f.enum is not None or f.flags is not None or not _same_order(fields[:i], f):
            return None
    endian = next((f.type.endian for f in fields if isinstance(f.type, ir.IntT | ir.FloatT) and f.type.fixed_size > 1), ">")
    fmt = endian + "".join(_char(f) for f in fields)
    return fmt, sum(f.type.fixed_size or 0 for f in fields), fields[0].id


def _bulk_char(f: ir.Field) -> str | None:
    """Arrays of plain numbers are read and written with one struct call."""
    t = f.type
    if f.enum is not None or f.flags is not None or f.bitfield is not None:
        return None
    if isinstance(t, ir.IntT | ir.FloatT | ir.BoolT):
        return t.struct_char
    return None
