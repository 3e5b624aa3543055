"""Lowering of the model to construct definitions: the interpreted reference codec.

construct parses into Containers; small generated converters (``_c2o_*`` / ``_o2c_*``) turn
those into the same dataclasses the fast path produces, so the two paths can be compared
value for value.
"""

from __future__ import annotations

from .. import ir
from ..ir import py_attr


def int_construct(t: ir.IntT) -> str:
    sign = "s" if t.signed else "u"
    order = "b" if t.endian == ">" or t.width == 1 else "l"
    return f"Int{t.width * 8}{sign}{order}"


def float_construct(t: ir.FloatT) -> str:
    return f"Float{t.width * 8}{'b' if t.endian == '>' else 'l'}"


class ConstructLowering:
    def __init__(self, spec: ir.Spec) -> None:
        self.spec = spec
        self.helpers: list[list[str]] = []  # extra functions (switch converters)

    def cls(self, td: ir.TypeDef) -> str:
        if td.id in self.spec.types:
            return f"types.{td.py_name}"
        if isinstance(td, ir.Message) and td.shared:
            return f"frames.{td.py_name}"
        if isinstance(td, ir.Message):
            return f"{td.port}.{td.py_name}"
        return f"frames.{td.py_name}"  # framing headers

    # ---------------------------------------------------------------- construct expressions

    def struct_expr(self, td: ir.TypeDef) -> list[str]:
        items: list[str] = []
        for f in td.fields:
            items.append(f'"{f.id}" / {self.field_expr(f)},')
            if f.array is not None and f.array.kind != "fixed":
                items.append(f'Check(lambda this: len(this["{f.id}"] or []) <= {f.array.max}),')
            size = f.type.size if isinstance(f.type, ir.StructT) else None
            if size is not None and size.checked is not None and f.sized_by is not None:
                items.append(f'Check(lambda this: this["{f.sized_by}"] <= {size.checked}),')
        return items

    def field_expr(self, f: ir.Field) -> str:
        if f.const is not None:
            if isinstance(f.type, ir.IntT):
                expr = f"Const({f.const!r}, {int_construct(f.type)})"
            else:
                expr = f"Const({f.const!r})"
            return expr
        elem = self.elem_expr(f.type)
        if f.array is not None:
            arr = f.array
            if arr.kind == "fixed":
                elem = f"Array({arr.count}, {elem})"
            elif arr.kind == "prefix":
                assert arr.prefix is not None
                elem = f"PrefixedArray({int_construct(arr.prefix)}, {elem})"
            elif arr.kind == "field":
                elem = f'Array(this["{f.counted_by}"], {elem})'
            else:
                elem = f"GreedyRange({elem})"
        if f.sized_by is not None and not isinstance(f.type, ir.StrT | ir.BytesT):
            elem = f'ExactSized(this["{f.sized_by}"], {elem})'
        if f.when is not None:
            w = f.when
            cond = (f'lambda this: bool(this["{w.field}"] & {w.mask:#x})' if w.has is not None
                    else f'lambda this: this["{w.field}"] == {w.equals!r}')
            elem = f"If({cond}, {elem})"
        return elem

    def elem_expr(self, wtype: ir.WireType) -> str:
        if isinstance(wtype, ir.IntT):
            return int_construct(wtype)
        if isinstance(wtype, ir.FloatT):
            return float_construct(wtype)
        if isinstance(wtype, ir.BoolT):
            return "Flag"
        if isinstance(wtype, ir.Ipv4T):
            return "Bytes(4)"
        if isinstance(wtype, ir.MacT):
            return "Bytes(6)"
        if isinstance(wtype, ir.PadT):
            return f"Padding({wtype.size})"
        if isinstance(wtype, ir.StrT | ir.BytesT):
            expr = self.sized_expr(wtype)
            most = wtype.size.checked
            return expr if most is None else f"ExprValidator({expr}, lambda obj, ctx: len(obj) <= {most})"
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return f"C_{wtype.target.id}"
        if isinstance(wtype, ir.SwitchT):
            cases = ", ".join(f"{c.key}: {self.elem_expr(c.type)}" for c in wtype.cases)
            default = self.elem_expr(wtype.default) if wtype.default is not None else "Error"
            return f'Switch(this["{wtype.on}"], {{{cases}}}, default={default})'
        raise AssertionError(wtype)

    @staticmethod
    def sized_expr(wtype: ir.StrT | ir.BytesT) -> str:
        s = wtype.size
        if s.kind == "fixed":
            return f"Bytes({s.fixed})"
        if s.kind == "prefix":
            assert s.prefix is not None
            return f"Prefixed({int_construct(s.prefix)}, GreedyBytes)"
        if s.kind == "field":
            return f'Bytes(this["{s.field}"])'
        if s.kind == "eos":
            return "GreedyBytes"
        return f"NullTerminated(GreedyBytes, term={s.terminator!r})"

    # ---------------------------------------------------------------- container -> object

    def c2o_body(self, td: ir.TypeDef) -> list[str]:
        args: list[str] = []
        for f in td.fields:
            src = f'c["{f.id}"]'
            if f.bitfield is not None:
                for sub in f.bitfield:
                    expr = f"({src} >> {sub.at}) & {(1 << sub.width) - 1:#x}"
                    if sub.enum is not None:
                        expr = f"enums.{ir.const_name(sub.enum.id)}_VALUES.get({expr}, {expr})"
                    args.append(f"{py_attr(sub.id)}={expr}")
                continue
            if f.hidden:
                continue
            conv = self.c2o_elem(td, f, f.type, "x")
            if f.array is not None:
                expr = f"[{conv} for x in {src}]" if conv != "x" else f"list({src})"
            else:
                expr = conv.replace("x", src, 1) if conv != "x" else src
                if conv != "x":
                    expr = f"(lambda x: {conv})({src})"
            if f.when is not None:
                expr = f"None if {src} is None else {expr}"
            args.append(f"{py_attr(f.id)}={expr}")
        return [f"return {self.cls(td)}({', '.join(args)})"]

    def c2o_elem(self, td: ir.TypeDef, f: ir.Field | None, wtype: ir.WireType, x: str) -> str:
        if isinstance(wtype, ir.IntT):
            if f is not None and f.enum is not None:
                return f"enums.{ir.const_name(f.enum.id)}_VALUES.get({x}, {x})"
            if f is not None and f.flags is not None:
                return f"enums.{f.flags_class}({x})"
            return x
        if isinstance(wtype, ir.Ipv4T):
            return f"ipv4_str({x})"
        if isinstance(wtype, ir.MacT):
            return f"mac_str({x})"
        if isinstance(wtype, ir.StrT):
            strip = '.rstrip("\\x00")' if wtype.size.kind == "fixed" else ""
            return f'text({x}, {wtype.encoding!r}, "", 0){strip}'
        if isinstance(wtype, ir.BytesT):
            return f"bytes({x})"
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return f"_c2o_{wtype.target.id}({x})"
        if isinstance(wtype, ir.SwitchT):
            assert f is not None
            name = f"_c2o_{td.id}__{f.id}"
            lines = [f"def {name}(d: Any, x: Any) -> Any:"]
            for case in wtype.cases:
                lines += [f"    if d == {case.key}:", f"        return {self.c2o_elem(td, None, case.type, 'x')}"]
            tail = self.c2o_elem(td, None, wtype.default, "x") if wtype.default is not None else "x"
            lines.append(f"    return {tail}")
            self.helpers.append(lines)
            return f'{name}(c["{wtype.on}"], {x})'
        return x  # float, bool

    # ---------------------------------------------------------------- object -> container

    def o2c_body(self, td: ir.TypeDef) -> list[str]:
        lines = ["d: dict[str, Any] = {}"]
        for f in td.fields:
            if isinstance(f.type, ir.PadT) or f.const is not None:
                continue
            key = f'd["{f.id}"]'
            if f.bitfield is not None:
                parts = [f"(int(v.{py_attr(s.id)}) << {s.at})" for s in f.bitfield]
                lines.append(f"{key} = {' | '.join(parts)}")
                continue
            if f.length_of is not None or f.count_of is not None:
                lines.append(f"{key} = 0  # filled in below")
                continue
            val = f"v.{py_attr(f.id)}"
            conv = self.o2c_elem(td, f, f.type, "x")
            expr = (f"[{conv} for x in {val}]" if f.array is not None else f"(lambda x: {conv})({val})")
            if f.when is not None:
                expr = f"None if {val} is None else {expr}"
            lines.append(f"{key} = {expr}")
        for f in td.fields:
            if f.count_of is not None:
                lines.append(f'd["{f.id}"] = len(d["{f.count_of}"])')
            if f.length_of is not None:
                target = td.field(f.length_of)
                assert target is not None
                tgt = f'd["{target.id}"]'
                if isinstance(target.type, ir.StrT | ir.BytesT):
                    lines.append(f'd["{f.id}"] = len({tgt})')
                else:
                    lines.append(f'd["{f.id}"] = len(({self.field_expr_unsized(target)}).build({tgt}))')
        lines.append("return d")
        return lines

    def field_expr_unsized(self, f: ir.Field) -> str:
        elem = self.elem_expr(f.type)
        if f.array is not None:
            elem = f"GreedyRange({elem})"
        return elem

    def o2c_elem(self, td: ir.TypeDef, f: ir.Field | None, wtype: ir.WireType, x: str) -> str:
        if isinstance(wtype, ir.IntT):
            return f"int({x})"
        if isinstance(wtype, ir.Ipv4T):
            return f'ipv4_bytes({x}, "")'
        if isinstance(wtype, ir.MacT):
            return f'mac_bytes({x}, "")'
        if isinstance(wtype, ir.StrT):
            enc = f"{x}.encode({wtype.encoding!r})"
            if wtype.size.kind == "fixed":
                return f"{enc}.ljust({wtype.size.fixed}, b'\\x00')"
            return enc
        if isinstance(wtype, ir.BytesT):
            if wtype.size.kind == "fixed":
                return f"bytes({x}).ljust({wtype.size.fixed}, b'\\x00')"
            return f"bytes({x})"
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return f"_o2c_{wtype.target.id}({x})"
        if isinstance(wtype, ir.SwitchT):
            assert f is not None
            name = f"_o2c_{td.id}__{f.id}"
            lines = [f"def {name}(d: Any, x: Any) -> Any:"]
            for case in wtype.cases:
                lines += [f"    if d == {case.key}:", f"        return {self.o2c_elem(td, None, case.type, 'x')}"]
            tail = self.o2c_elem(td, None, wtype.default, "x") if wtype.default is not None else "x"
            lines.append(f"    return {tail}")
            self.helpers.append(lines)
            return f"{name}(v.{py_attr(wtype.on)}, {x})"
        return x
