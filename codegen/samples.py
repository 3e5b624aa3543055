"""Deterministic sample values for every message, built from the model.

The vectors emitter encodes them into test vectors; the pcap writer and the dissector tests
use them to produce one PDU of every message. ``variant`` walks through switch cases and
optional fields so that, across variants, every branch of a message appears.
"""

from __future__ import annotations

import zlib
from types import ModuleType
from typing import Any

from . import ir
from .ir import py_attr


def _num(path: str, lo: int, hi: int) -> int:
    span = hi - lo + 1
    return lo + zlib.crc32(path.encode()) % span


class Sampler:
    def __init__(self, spec: ir.Spec, modules: dict[str, ModuleType]) -> None:
        self.spec = spec
        self.modules = modules  # "types", "frames", "enums", and one per port

    def cls(self, td: ir.TypeDef) -> Any:
        if td.id in self.spec.types:
            return getattr(self.modules["types"], td.py_name)
        if isinstance(td, ir.Message):
            return getattr(self.modules["frames" if td.shared else td.port], td.py_name)
        return getattr(self.modules["frames"], td.py_name)

    def enum_member(self, enum: ir.EnumDef, value: int) -> Any:
        return getattr(self.modules["enums"], enum.py_name)(value)

    def value(self, td: ir.TypeDef, variant: int = 0, path: str = "") -> Any:
        path = path or td.id
        kwargs: dict[str, Any] = {}
        local: dict[str, Any] = {}
        # Choose switch cases first so the discriminators agree with them.
        forced: dict[str, int] = {}
        for f in td.fields:
            if isinstance(f.type, ir.SwitchT) and f.type.cases:
                case = f.type.cases[variant % len(f.type.cases)]
                forced[f.type.on] = case.key
        for f in td.fields:
            fpath = f"{path}.{f.id}"
            if f.bitfield is not None:
                for sub in f.bitfield:
                    if sub.enum is not None and sub.enum.values:
                        ev = sub.enum.values[(variant + 1) % len(sub.enum.values)]
                        v: Any = self.enum_member(sub.enum, ev.value)
                    else:
                        v = _num(fpath + sub.id, 0, (1 << sub.width) - 1)
                    kwargs[py_attr(sub.id)] = v
                continue
            if f.hidden:
                continue
            if f.when is not None and not self._when_holds(f.when, td, local, variant):
                kwargs[py_attr(f.id)] = None
                local[f.id] = None
                continue
            if f.id in forced:
                raw = forced[f.id]
                v = self.enum_member(f.enum, raw) if f.enum is not None else raw
            elif f.array is not None:
                count = f.array.count if f.array.kind == "fixed" else min(3, f.array.max)
                v = [self.elem(td, f, f.type, variant + i, f"{fpath}[{i}]", local) for i in range(count)]
            else:
                v = self.elem(td, f, f.type, variant, fpath, local)
            kwargs[py_attr(f.id)] = v
            local[f.id] = v
        return self.cls(td)(**kwargs)

    def _when_holds(self, when: ir.When, td: ir.TypeDef, local: dict[str, Any], variant: int) -> bool:
        ref = local.get(when.field)
        if when.has is not None:
            return bool(ref is not None and int(ref) & when.mask)
        return bool(ref == when.equals)

    def elem(self, td: ir.TypeDef, f: ir.Field | None, wtype: ir.WireType, variant: int, path: str,
             local: dict[str, Any]) -> Any:
        if f is not None and f.example is not None and f.array is None:
            return f.example
        if isinstance(wtype, ir.IntT):
            if f is not None and f.enum is not None and f.enum.values:
                ev = f.enum.values[(variant + 1) % len(f.enum.values)]
                return self.enum_member(f.enum, ev.value)
            if f is not None and f.flags is not None:
                cls = getattr(self.modules["enums"], f.flags_class)
                mask = 0
                for fl in f.flags:
                    mask |= fl.mask
                return cls(mask if variant % 2 == 0 else f.flags[0].mask)
            return _num(path, max(wtype.min, -1000), min(wtype.max, 60000))
        if isinstance(wtype, ir.FloatT):
            return _num(path, 0, 4000) / 8.0
        if isinstance(wtype, ir.BoolT):
            return bool(_num(path, 0, 1))
        if isinstance(wtype, ir.Ipv4T):
            return f"192.168.{_num(path, 0, 9)}.{_num(path + 'h', 1, 254)}"
        if isinstance(wtype, ir.MacT):
            return "00:1b:7a:" + ":".join(f"{_num(path + str(i), 0, 255):02x}" for i in range(3))
        if isinstance(wtype, ir.StrT):
            text = path.rsplit(".", 1)[-1].replace("[", "").replace("]", "")
            if wtype.size.kind == "fixed":
                text = text[: wtype.size.fixed]
            return text
        if isinstance(wtype, ir.BytesT):
            n = wtype.size.fixed if wtype.size.kind == "fixed" else 8
            return bytes((i * 37 + _num(path, 0, 255)) & 0xFF for i in range(n))
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return self.value(wtype.target, variant, path)
        if isinstance(wtype, ir.SwitchT):
            disc = local.get(wtype.on)
            for case in wtype.cases:
                if disc == case.key:
                    return self.elem(td, None, case.type, variant, path, local)
            assert wtype.default is not None
            return self.elem(td, None, wtype.default, variant, path, local)
        raise AssertionError(wtype)

    def variants(self, td: ir.TypeDef) -> int:
        """How many variants it takes to show every switch case and optional field."""
        n = 1
        for f in td.fields:
            if isinstance(f.type, ir.SwitchT):
                n = max(n, len(f.type.cases) + (1 if f.type.default else 0))
            if f.when is not None or f.flags is not None:
                n = max(n, 2)
            if isinstance(f.type, ir.StructT) and f.type.target is not None:
                n = max(n, self.variants(f.type.target))
        return n
