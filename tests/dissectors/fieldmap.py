"""What tshark must show for a PDU, from the spec and the Python decoder's value, and what it
does show (``tshark -T json``), both as ordered ``(field name, value)`` lists.

The naming rule is restated here from the spec's README rather than imported from the
emitter, so these tests check the names the documentation promises:
``vs1.<port>.<message>.<field path>``, array elements reuse the array's field, a prefixed
count is ``<path>_count``, flags and bit fields are children of their integer, a switch case
is ``<path>.<case>``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from vs1kit.codegen import ir
from vs1kit.codegen.emitters.pylower import py_attr

Item = tuple[str, Any]  # (field name, value as tshark prints it; None for a subtree)


# --------------------------------------------------------------------------- expected


class Expected:
    def __init__(self, spec: ir.Spec) -> None:
        self.spec = spec

    def message(self, port: str, message: str, value: dict[str, Any]) -> list[Item]:
        p = self.spec.port(port)
        msg = next(m for m in p.all_messages if m.id == message)
        path = f"vs1.{port}.{message}"
        return [(path, None), *self.fields(msg, value, path)]

    def fields(self, td: ir.TypeDef, value: dict[str, Any], prefix: str) -> list[Item]:
        out: list[Item] = []
        for f in td.fields:
            path = f"{prefix}.{f.id}"
            if f.bitfield is not None:
                assert isinstance(f.type, ir.IntT)
                subs = {s.id: self._int(value[py_attr(s.id)], s.enum) for s in f.bitfield}
                whole = sum(v << s.at for s, v in zip(f.bitfield, subs.values(), strict=True))
                out.append((path, _hex(whole, f.type.width)))
                out += [(f"{path}.{s.id}", str(subs[s.id])) for s in f.bitfield]
                continue
            if f.when is not None and value.get(py_attr(f.id)) is None:
                continue
            if f.const is not None:
                assert isinstance(f.const, int) and isinstance(f.type, ir.IntT)
                out.append((path, _hex(f.const, f.type.width)))
            elif f.length_of is not None:
                target = td.field(f.length_of)
                assert target is not None
                out.append((path, str(self._byte_len(target, value[py_attr(target.id)]))))
            elif f.count_of is not None:
                out.append((path, str(len(value[py_attr(f.count_of)]))))
            elif isinstance(f.type, ir.PadT):
                out.append((path, ":".join(["00"] * f.type.size)))
            elif f.array is not None:
                items = value[py_attr(f.id)]
                if f.array.kind == "prefix":
                    out.append((f"{path}_count", str(len(items))))
                for item in items:
                    out += self.elem(f.type, f, path, item, value, td)
            else:
                out += self.elem(f.type, f, path, value[py_attr(f.id)], value, td)
        return out

    def elem(self, wtype: ir.WireType, f: ir.Field | None, path: str, v: Any,
             parent: dict[str, Any], td: ir.TypeDef) -> list[Item]:
        if isinstance(wtype, ir.IntT):
            enum = f.enum if f is not None else None
            n = self._int(v, enum)
            if f is not None and f.flags is not None:
                return [(path, _hex(n, wtype.width)),
                        *[(f"{path}.{fl.name}", "1" if n & fl.mask else "0") for fl in f.flags]]
            return [(path, str(n))]
        if isinstance(wtype, ir.FloatT):
            return [(path, Approx(float(v), 1e-5 if wtype.width == 4 else 1e-13))]
        if isinstance(wtype, ir.BoolT):
            return [(path, "1" if v else "0")]
        if isinstance(wtype, ir.Ipv4T | ir.MacT | ir.StrT):
            return [(path, v)]
        if isinstance(wtype, ir.BytesT):
            return [(path, ":".join(v[i:i + 2] for i in range(0, len(v), 2)))]
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return [(path, None), *self.fields(wtype.target, v, path)]
        if isinstance(wtype, ir.SwitchT):
            disc_field = td.field(wtype.on)
            assert disc_field is not None
            disc = self._int(parent[py_attr(wtype.on)], disc_field.enum)
            for case in wtype.cases:
                if case.key == disc:
                    name = case.key_name if not case.key_name[:1].isdigit() else f"case_{case.key_name}"
                    return self.elem(case.type, None, f"{path}.{name}", v, parent, td)
            assert wtype.default is not None
            return self.elem(wtype.default, None, f"{path}.default", v, parent, td)
        raise AssertionError(wtype)

    @staticmethod
    def _int(v: Any, enum: ir.EnumDef | None) -> int:
        if isinstance(v, str):
            assert enum is not None, v
            ev = enum.by_name(v)
            assert ev is not None, (enum.id, v)
            return ev.value
        return int(v)

    @staticmethod
    def _byte_len(target: ir.Field, v: Any) -> int:
        if isinstance(target.type, ir.BytesT):
            return len(v) // 2
        if isinstance(target.type, ir.StrT):
            return len(v.encode(target.type.encoding))
        raise NotImplementedError(f"length_of a {target.type.name}")


def _hex(value: int, width: int) -> str:
    return f"0x{value:0{width * 2}x}"


@dataclass(frozen=True)
class Approx:
    value: float
    rel: float

    def matches(self, text: Any) -> bool:
        try:
            got = float(text)
        except (TypeError, ValueError):
            return False
        if math.isnan(self.value):
            return math.isnan(got)
        return math.isclose(got, self.value, rel_tol=self.rel, abs_tol=1e-300)

    def __repr__(self) -> str:
        return f"~{self.value!r}"


def same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, Approx):
        return expected.matches(actual)
    if expected is None:
        return actual is None or actual == ""
    return bool(expected == actual)


# --------------------------------------------------------------------------- actual (tshark)


@dataclass
class Layer:
    """One VS-1 PDU as tshark shows it."""

    frame: int
    proto: str  # vs1.rpc ...
    items: list[Item]  # every field in tree order, subtrees flattened

    def get(self, name: str) -> list[Any]:
        return [v for k, v in self.items if k == name]

    def one(self, name: str) -> Any:
        values = self.get(name)
        assert len(values) == 1, (name, values)
        return values[0]

    def under(self, prefix: str) -> list[Item]:
        return [(k, v) for k, v in self.items if k == prefix or k.startswith(prefix + ".")
                or k.startswith(prefix + "_")]


def _pairs(pairs: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return pairs


def parse_json(text: str) -> list[Layer]:
    """Every vs1.<port> layer of ``tshark -T json`` output (duplicate keys kept), in order."""
    frames = json.loads(text or "[]", object_pairs_hook=_pairs)
    layers: list[Layer] = []
    for frame in frames:
        source = dict(frame)["_source"]
        tree = dict(source)["layers"]
        number = int(dict(dict(tree)["frame"])["frame.number"])
        for key, value in tree:
            if key.startswith("vs1.") and isinstance(value, list):
                layers.append(Layer(number, key, flatten(value)))
    return layers


def flatten(pairs: list[tuple[str, Any]]) -> list[Item]:
    out: list[Item] = []
    for key, value in pairs:
        if isinstance(value, list) and key.endswith("_tree"):
            out += flatten(value)
        elif isinstance(value, list):  # a subtree item without a value of its own
            out.append((key, None))
            out += flatten(value)
        else:
            out.append((key, value))
    return out


def diff(expected: list[Item], actual: list[Item]) -> str:
    """Empty when equal; else the first differences, readable."""
    lines: list[str] = []
    for k in range(max(len(expected), len(actual))):
        e = expected[k] if k < len(expected) else None
        a = actual[k] if k < len(actual) else None
        if e is None or a is None or e[0] != a[0] or not same(e[1], a[1]):
            lines.append(f"  #{k}: expected {_show(e)}, tshark {_show(a)}")
            if len(lines) >= 6:
                break
    return "\n".join(lines)


def _show(item: Item | None) -> str:
    if item is None:
        return "(nothing)"
    value = item[1]
    text = repr(value)
    if len(text) > 80:
        text = text[:77] + "..."
    return f"{item[0]}={text}"
