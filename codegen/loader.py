"""Strict loading of the YAML spec into the intermediate model.

Two stages, each reporting every problem it finds with file, line and YAML path:

1. structure: every file is checked against the spec language's JSON Schema (unknown keys,
   wrong kinds of value);
2. meaning: names resolve (types, enums, framings, responses, siblings), nothing is defined
   twice, codes and discriminators do not clash, length/count fields point at real fields,
   ports are not used twice. Then the sizes pass computes the derived sizes.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

import jsonschema

from . import ir
from .problems import Problem, SpecError
from .yamlsrc import PathT, SourceFile, read_yaml

SCHEMA_PATH = Path("schema") / "vs1-spec.schema.json"
_INT_RE = re.compile(r"^([us])(8|16|32|64)(le|be)?$")
_FLOAT_RE = re.compile(r"^f(32|64)(le|be)?$")
_BUILTINS = {"bool", "str", "bytes", "ipv4", "mac", "pad", "switch"}


@cache
def _schema(root: Path) -> dict[str, Any]:
    """The spec's own schema; a user's copy without a schema/ folder gets the shipped one."""
    path = root / SCHEMA_PATH
    if not path.is_file():
        from vs1kit.resources import spec_dir

        path = spec_dir() / SCHEMA_PATH
    return cast(dict[str, Any], json.loads(path.read_text(encoding="utf-8")))


def spec_files(root: Path) -> list[tuple[Path, str]]:
    """The spec's files in a fixed order: common.yaml first, then ports/*.yaml by name."""
    files = [(root / "common.yaml", "common.yaml")]
    files += [(p, f"ports/{p.name}") for p in sorted((root / "ports").glob("*.yaml"))]
    return files


def load_spec(root: Path) -> ir.Spec:
    """Load, check and return the spec in ``root``; raise SpecError listing every problem."""
    problems: list[Problem] = []
    sources = [read_yaml(path, name, problems) for path, name in spec_files(root)]
    if problems:
        raise SpecError(problems)
    schema = _schema(root)
    validator = jsonschema.Draft202012Validator(schema)
    invalid: set[tuple[str, PathT]] = set()
    for src in sources:
        for err in validator.iter_errors(src.data):
            leaf = _leaf(err)
            problems.extend(_schema_problems(src, err))
            path = cast(PathT, tuple(leaf.absolute_path))
            if path and isinstance(path[-1], int) and leaf.validator != "additionalProperties":
                invalid.add((src.name, path))  # a field or message the builder cannot read
    # The meaning checks run too, so a file with a schema error and, say, a dangling reference
    # reports both. Elements (fields, messages) that are malformed as a whole are left out, and
    # a meaning problem where the schema already reported one is not repeated. Should a
    # rejected value still trip the builder, the schema problems alone are reported.
    builder = _Builder(sources, invalid)
    try:
        spec = builder.build()
    except (KeyError, TypeError, AttributeError, ValueError, IndexError):
        if not problems:
            raise
        raise SpecError(problems) from None
    problems += [p for p in builder.problems if not any(_covers(s, p) for s in problems)]
    if problems:
        raise SpecError(problems)
    return spec


def _leaf(err: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """For oneOf/anyOf the leaf errors say more than the summary."""
    while err.context:
        best = jsonschema.exceptions.best_match(err.context)
        if best is None or best is err:
            break
        err = best
    return err


def _covers(schema: Problem, meaning: Problem) -> bool:
    """The schema problem is about the same element as the meaning problem, or an enclosing one."""
    s, m = schema.path, meaning.path
    return schema.file == meaning.file and (m == s or m.startswith((f"{s}.", f"{s}[")))


def _schema_problems(src: SourceFile, err: jsonschema.ValidationError) -> Iterable[Problem]:
    err = _leaf(err)
    path = cast(PathT, tuple(err.absolute_path))
    message = err.message
    if err.validator == "additionalProperties":
        message = f"unknown key(s): {message.split('(')[-1].rstrip(')')}"
    yield src.problem(path, message)


@dataclass
class _Ctx:
    src: SourceFile
    path: PathT

    def at(self, *more: str | int) -> _Ctx:
        return _Ctx(self.src, (*self.path, *more))


class _Builder:
    def __init__(self, sources: list[SourceFile], invalid: set[tuple[str, PathT]] | None = None) -> None:
        self.sources = sources
        self.invalid = invalid or set()  # (file, path) of elements the schema rejected
        self.problems: list[Problem] = []
        self.endian: ir.Endian = ">"
        self.enums: dict[str, ir.EnumDef] = {}
        self.types: dict[str, ir.TypeDef] = {}
        self.framings: dict[str, ir.Framing] = {}
        self.defined_at: dict[str, tuple[str, _Ctx]] = {}
        self._pending_refs: list[tuple[ir.StructT, _Ctx]] = []
        self._structs_checked: list[tuple[ir.TypeDef, _Ctx]] = []

    # ----------------------------------------------------------------- helpers

    def error(self, ctx: _Ctx, message: str) -> None:
        self.problems.append(ctx.src.problem(ctx.path, message))

    def rejected(self, ctx: _Ctx) -> bool:
        """The schema rejected this element; its problem is already reported."""
        return (ctx.src.name, ctx.path) in self.invalid

    def _define(self, kind: str, ident: str, ctx: _Ctx) -> bool:
        """Record a global name; types, enums, framings and messages share one namespace."""
        if ident in self.defined_at:
            other_kind, other = self.defined_at[ident]
            self.error(
                ctx,
                f"duplicate name '{ident}': already defined as {other_kind} at "
                f"{other.src.name}:{other.src.line(other.path)}",
            )
            return False
        if ident in _BUILTINS or _INT_RE.match(ident) or _FLOAT_RE.match(ident):
            self.error(ctx, f"'{ident}' is a built-in type name")
            return False
        self.defined_at[ident] = (kind, ctx)
        return True

    def int_type(self, name: str, ctx: _Ctx) -> ir.IntT | None:
        m = _INT_RE.match(name)
        if not m:
            self.error(ctx, f"'{name}' is not an integer type (u8..u64, s8..s64, with le/be)")
            return None
        endian: ir.Endian = {"le": "<", "be": ">"}.get(m.group(3) or "", self.endian)  # type: ignore[assignment]
        return ir.IntT(int(m.group(2)) // 8, m.group(1) == "s", endian)

    # ----------------------------------------------------------------- build

    def build(self) -> ir.Spec:
        common = self.sources[0]
        meta = common.data.get("spec", {}) if isinstance(common.data, dict) else {}
        if not meta:
            self.error(_Ctx(common, ()), "common.yaml must have a 'spec' section")
        self.endian = "<" if meta.get("endian") == "le" else ">"
        for src in self.sources:
            if src is not common and "spec" in src.data:
                self.error(_Ctx(src, ("spec",)), "only common.yaml may have a 'spec' section")
        # Enums first (fields refer to them), then type shells (so references resolve in
        # any order), then framings and ports.
        for src in self.sources:
            for ident, body in src.data.get("enums", {}).items():
                self._enum(ident, body, _Ctx(src, ("enums", ident)))
        type_bodies: list[tuple[ir.TypeDef, Any, _Ctx]] = []
        for src in self.sources:
            for ident, body in src.data.get("types", {}).items():
                ctx = _Ctx(src, ("types", ident))
                if self._define("type", ident, ctx):
                    td = ir.TypeDef(ident, [], body.get("doc", ""), src.name, src.line(ctx.path))
                    self.types[ident] = td
                    type_bodies.append((td, body, ctx))
        for td, body, ctx in type_bodies:
            td.fields = self._fields(body.get("fields", []), ctx.at("fields"))
            self._structs_checked.append((td, ctx))
        for src in self.sources:
            for ident, body in src.data.get("framings", {}).items():
                self._framing(ident, body, _Ctx(src, ("framings", ident)))
        ports = [
            p
            for src in self.sources
            if "port" in src.data
            for p in [self._port(src)]
            if p is not None
        ]
        for src in self.sources:
            if "messages" in src.data and "port" not in src.data:
                self.error(_Ctx(src, ("messages",)), "messages need a 'port' in the same file")
        self._resolve_refs()
        self._check_framing_messages()
        self._check_ports(ports)
        from .passes import run_passes

        spec = ir.Spec(
            name=str(meta.get("name", "vs1")),
            version=int(meta.get("version", 1)),
            endian=self.endian,
            doc=str(meta.get("doc", "")),
            enums=self.enums,
            types=self.types,
            framings=self.framings,
            ports=ports,
            files=[s.name for s in self.sources],
        )
        # The passes tolerate unresolved references, so their problems (recursion, arrays
        # that never end...) are reported together with the ones found above.
        self.problems.extend(run_passes(spec, self.sources))
        return spec

    def _enum(self, ident: str, body: dict[str, Any], ctx: _Ctx) -> None:
        if not self._define("enum", ident, ctx):
            return
        base = self.int_type(body["type"], ctx.at("type"))
        values: list[ir.EnumValue] = []
        seen: dict[int, str] = {}
        for name, raw in body.get("values", {}).items():
            vctx = ctx.at("values", name)
            value, doc = (raw["value"], raw.get("doc", "")) if isinstance(raw, dict) else (raw, "")
            if base is not None and not base.min <= value <= base.max:
                self.error(vctx, f"value {value} does not fit {base.name}")
            if value in seen:
                self.error(vctx, f"value {value} already used by '{seen[value]}'")
            seen[value] = name
            values.append(ir.EnumValue(name, value, doc))
        if base is not None:
            self.enums[ident] = ir.EnumDef(ident, base, values, body.get("doc", ""), ctx.src.name,
                                           ctx.src.line(ctx.path))

    # ----------------------------------------------------------------- fields

    def _size(self, body: dict[str, Any], ctx: _Ctx, kind: str) -> ir.Size | None:
        forms = [k for k in ("size", "length_prefix", "terminator") if k in body]
        if len(forms) > 1:
            self.error(ctx, f"{kind} has more than one size form: {', '.join(forms)}")
            return None
        if not forms:
            return None  # sized by a sibling's length_of, checked later
        form = forms[0]
        if form == "size":
            if body["size"] == "eos":
                return ir.Size("eos")
            return ir.Size("fixed", fixed=int(body["size"]))
        if form == "length_prefix":
            prefix = self.int_type(body["length_prefix"], ctx.at("length_prefix"))
            if prefix is not None and prefix.signed:
                self.error(ctx.at("length_prefix"), "a length prefix must be unsigned")
            return ir.Size("prefix", prefix=prefix, max_size=prefix.max if prefix else 0)
        term = str(body["terminator"]).encode("latin-1")
        return ir.Size("terminator", terminator=term, max_size=int(body.get("max_size", 65535)))

    def _limit(self, size: ir.Size, body: dict[str, Any], ctx: _Ctx) -> ir.Size:
        """``max`` on a str/bytes: the most bytes its value may have."""
        limit = int(body["max"])
        if size.kind == "fixed":
            self.error(ctx.at("max"), "a fixed size needs no max")
            return size
        if size.kind == "terminator":
            if "max_size" in body:
                self.error(ctx.at("max"), "give max or max_size, not both")
                return size
            return dataclasses.replace(size, max_size=limit, limit=limit)
        if size.kind == "prefix" and size.prefix is not None and limit > size.prefix.max:
            self.error(ctx.at("max"), f"max {limit} does not fit the {size.prefix.name} length prefix")
        return dataclasses.replace(size, limit=limit)

    def _wire_type(self, body: dict[str, Any], ctx: _Ctx) -> ir.WireType | None:
        tname = str(body.get("type", ""))
        if _INT_RE.match(tname):
            return self.int_type(tname, ctx.at("type"))
        fm = _FLOAT_RE.match(tname)
        if fm:
            endian: ir.Endian = {"le": "<", "be": ">"}.get(fm.group(2) or "", self.endian)  # type: ignore[assignment]
            return ir.FloatT(int(fm.group(1)) // 8, endian)
        if tname == "bool":
            return ir.BoolT()
        if tname == "ipv4":
            return ir.Ipv4T()
        if tname == "mac":
            return ir.MacT()
        if tname == "pad":
            size = body.get("size")
            if not isinstance(size, int) or size <= 0:
                self.error(ctx, "pad needs a positive integer size")
                return None
            return ir.PadT(size)
        if tname in ("str", "bytes"):
            size = self._size(body, ctx, tname)
            size = size or ir.Size("field")  # field name filled by the length_of check
            if "max" in body:
                size = self._limit(size, body, ctx)
            if tname == "str":
                return ir.StrT(str(body.get("encoding", "ascii")), size)
            return ir.BytesT(size)
        if tname == "switch":
            return self._switch(body, ctx)
        ref = ir.StructT(tname)
        self._pending_refs.append((ref, ctx.at("type")))
        return ref

    def _switch(self, body: dict[str, Any], ctx: _Ctx) -> ir.SwitchT | None:
        if "on" not in body or "cases" not in body:
            self.error(ctx, "switch needs 'on' and 'cases'")
            return None
        cases: list[ir.SwitchCase] = []
        for key, case_body in body["cases"].items():
            ctype = self._wire_type(case_body, ctx.at("cases", key))
            if ctype is not None:
                # Keys are resolved against the discriminator's enum by the sibling check.
                cases.append(ir.SwitchCase(str(key), -1, ctype))
        default = self._wire_type(body["default"], ctx.at("default")) if "default" in body else None
        return ir.SwitchT(str(body["on"]), cases, default)

    def _fields(self, bodies: list[dict[str, Any]], ctx: _Ctx) -> list[ir.Field]:
        fields: list[ir.Field] = []
        seen: set[str] = set()
        for i, body in enumerate(bodies):
            fctx = ctx.at(i)
            if self.rejected(fctx):
                continue
            fid = body["id"]
            if fid in seen:
                self.error(fctx.at("id"), f"duplicate field '{fid}'")
            seen.add(fid)
            wtype = self._wire_type(body, fctx)
            if wtype is None:
                continue
            f = ir.Field(fid, wtype, body.get("doc", ""), body.get("example"), file=ctx.src.name,
                         line=ctx.src.line(fctx.path))
            self._field_options(f, body, fctx)
            self._field_words(f, body, fctx)
            fields.append(f)
        self._check_siblings(fields, bodies, ctx)
        return fields

    # Units an ``epoch`` integer may count, as seconds per unit.
    EPOCH_UNITS = {"s": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}

    def _field_words(self, f: ir.Field, body: dict[str, Any], ctx: _Ctx) -> None:
        """``label``, ``unit``, ``epoch`` and ``names``: how tools show the field."""
        f.label_text = str(body.get("label", ""))
        f.unit = str(body.get("unit", ""))
        f.names = str(body.get("names", ""))
        f.epoch = bool(body.get("epoch", False))
        f.info = bool(body.get("info", False))
        if f.epoch and f.unit not in self.EPOCH_UNITS:
            self.error(ctx.at("epoch"), f"'epoch' needs a 'unit' of {', '.join(self.EPOCH_UNITS)}")
        if (f.epoch or f.names) and not isinstance(f.type, ir.IntT):
            self.error(ctx.at("epoch" if f.epoch else "names"), f"needs an integer type, not {f.type.name}")

    def _field_options(self, f: ir.Field, body: dict[str, Any], ctx: _Ctx) -> None:
        is_int = isinstance(f.type, ir.IntT)
        for key in ("enum", "flags", "bitfield", "length_of", "count_of"):
            if key in body and not is_int:
                self.error(ctx.at(key), f"'{key}' needs an integer type, not {f.type.name}")
                return
        int_t = f.type if isinstance(f.type, ir.IntT) else None
        if "enum" in body:
            enum = self.enums.get(body["enum"])
            if enum is None:
                self.error(ctx.at("enum"), f"unknown enum '{body['enum']}'")
            elif int_t is not None:
                f.enum = enum
                for v in enum.values:
                    if not int_t.min <= v.value <= int_t.max:
                        self.error(ctx.at("enum"), f"enum value {v.name}={v.value} does not fit {int_t.name}")
        if "flags" in body and int_t is not None:
            f.flags = []
            for name, bit in body["flags"].items():
                if not 0 <= bit < int_t.width * 8:
                    self.error(ctx.at("flags", name), f"bit {bit} outside {int_t.name}")
                f.flags.append(ir.Flag(name, bit))
            if len({fl.bit for fl in f.flags}) != len(f.flags):
                self.error(ctx.at("flags"), "two flags share a bit")
        if "bitfield" in body and int_t is not None:
            f.bitfield = []
            used = 0
            for name, sub in body["bitfield"].items():
                sctx = ctx.at("bitfield", name)
                bs = ir.BitSub(name, int(sub["at"]), int(sub.get("width", 1)))
                if bs.at + bs.width > int_t.width * 8:
                    self.error(sctx, f"bits {bs.at}..{bs.at + bs.width - 1} outside {int_t.name}")
                if used & bs.mask:
                    self.error(sctx, "overlaps another sub-field")
                used |= bs.mask
                if "enum" in sub:
                    bs.enum = self.enums.get(sub["enum"])
                    if bs.enum is None:
                        self.error(sctx.at("enum"), f"unknown enum '{sub['enum']}'")
                    else:
                        for v in bs.enum.values:
                            if not 0 <= v.value < (1 << bs.width):
                                self.error(sctx.at("enum"),
                                           f"enum value {v.name}={v.value} does not fit {bs.width} bit(s)")
                f.bitfield.append(bs)
        if "const" in body:
            value = body["const"]
            if int_t is not None:
                if not isinstance(value, int) or not int_t.min <= value <= int_t.max:
                    self.error(ctx.at("const"), f"const {value!r} does not fit {int_t.name}")
                else:
                    f.const = value
            elif isinstance(f.type, ir.BytesT) and f.type.size.kind == "fixed":
                try:
                    data = bytes.fromhex(str(value))
                except ValueError:
                    self.error(ctx.at("const"), "a bytes const is a hex string")
                else:
                    if len(data) != f.type.size.fixed:
                        self.error(ctx.at("const"), f"const is {len(data)} bytes, field is {f.type.size.fixed}")
                    f.const = data
            else:
                self.error(ctx.at("const"), "const needs an integer or fixed-size bytes field")
        f.length_of = body.get("length_of")
        f.count_of = body.get("count_of")
        if "max" in body and int_t is not None:
            if f.length_of is None and f.count_of is None:
                self.error(ctx.at("max"), "max on an integer needs length_of or count_of (it bounds that length or count)")
            elif int(body["max"]) > int_t.max:
                self.error(ctx.at("max"), f"max {body['max']} does not fit {int_t.name}")
            else:
                f.max = int(body["max"])
        elif "max" in body and not isinstance(f.type, ir.StrT | ir.BytesT):
            self.error(ctx.at("max"), f"max bounds a str, bytes, length_of or count_of field, not {f.type.name}")
        if "array" in body:
            f.array = self._array(body["array"], ctx.at("array"))
        if "when" in body:
            w = body["when"]
            f.when = ir.When(str(w["field"]), has=w.get("has"))
            if "equals" in w:
                f.when.equals_name = str(w["equals"])
                f.when.equals = w["equals"]

    def _array(self, body: dict[str, Any], ctx: _Ctx) -> ir.ArraySpec:
        amax = int(body.get("max", 65535))
        declared = "max" in body
        forms = [k for k in ("count", "count_prefix", "until") if k in body]
        if len(forms) > 1:
            self.error(ctx, f"array has more than one count form: {', '.join(forms)}")
        if "count" in body:
            return ir.ArraySpec("fixed", count=int(body["count"]), max=amax, declared=declared)
        if "count_prefix" in body:
            prefix = self.int_type(body["count_prefix"], ctx.at("count_prefix"))
            return ir.ArraySpec("prefix", prefix=prefix, max=amax, declared=declared)
        if "until" in body:
            return ir.ArraySpec("eos", max=amax, declared=declared)
        return ir.ArraySpec("field", max=amax, declared=declared)  # counted by a sibling's count_of

    def _check_siblings(self, fields: list[ir.Field], bodies: list[dict[str, Any]], ctx: _Ctx) -> None:
        index = {f.id: i for i, f in enumerate(fields)}
        body_index = {b.get("id"): i for i, b in enumerate(bodies) if isinstance(b, dict)}
        for pos, f in enumerate(fields):
            fctx = ctx.at(body_index.get(f.id, pos))
            for key, target_id in (("length_of", f.length_of), ("count_of", f.count_of)):
                if target_id is None:
                    continue
                tpos = index.get(target_id)
                if tpos is None:
                    self.error(fctx.at(key), f"{key} points at '{target_id}', which is not a field here")
                    continue
                if tpos <= pos:
                    self.error(fctx.at(key), f"{key} target '{target_id}' must come after '{f.id}'")
                    continue
                target = fields[tpos]
                if key == "length_of":
                    self._bind_length(f, target, fctx)
                else:
                    if target.array is None or target.array.kind != "field":
                        self.error(fctx.at(key), f"count_of target '{target_id}' must be an array without its own count")
                    elif target.counted_by is not None:
                        self.error(fctx.at(key), f"'{target_id}' already counted by '{target.counted_by}'")
                    else:
                        target.counted_by = f.id
                        if f.max is not None:
                            if target.array.declared:
                                self.error(fctx.at("max"), f"'{target_id}' declares its own max: declare it once")
                            else:
                                target.array.max, target.array.declared = f.max, True
                        if isinstance(f.type, ir.IntT) and target.array.max > f.type.max:
                            target.array.max = f.type.max  # the count field cannot say more
            if f.when is not None:
                self._check_when(f, fields[:pos], fctx.at("when"))
            if isinstance(f.type, ir.SwitchT):
                self._check_switch(f.type, fields[:pos], fctx)
        for pos, f in enumerate(fields):
            fctx = ctx.at(body_index.get(f.id, pos))
            if isinstance(f.type, ir.StrT | ir.BytesT) and f.type.size.kind == "field" and f.sized_by is None:
                self.error(fctx, f"'{f.id}' has no size: give size, length_prefix or terminator, or a sibling's length_of")
            if f.array is not None and f.array.kind == "field" and f.counted_by is None:
                self.error(fctx.at("array"), f"array '{f.id}' has no count: give count, count_prefix or until, or a sibling's count_of")

    def _bind_length(self, length_field: ir.Field, target: ir.Field, ctx: _Ctx) -> None:
        t = target.type
        if target.sized_by is not None:
            self.error(ctx.at("length_of"), f"'{target.id}' is already sized by '{target.sized_by}'")
            return
        holder = length_field.type if isinstance(length_field.type, ir.IntT) else None
        if isinstance(t, ir.StrT | ir.BytesT):
            if t.size.kind != "field":
                self.error(ctx.at("length_of"), f"'{target.id}' already has its own size")
                return
            limit = t.size.limit
            if length_field.max is not None:
                if limit is not None:
                    self.error(ctx.at("max"), f"'{target.id}' declares its own max: declare it once")
                limit = length_field.max
            new_size = ir.Size("field", field=length_field.id, limit=limit, holder=holder)
            target.type = ir.StrT(t.encoding, new_size) if isinstance(t, ir.StrT) else ir.BytesT(new_size)
        elif isinstance(t, ir.StructT) or (target.array is not None and target.array.kind == "eos"):
            if isinstance(t, ir.StructT) and target.array is None:
                t.size = ir.Size("field", field=length_field.id, limit=length_field.max, holder=holder)
            elif length_field.max is not None:
                self.error(ctx.at("max"), f"'{target.id}' is an array: give its max (elements) on the array")
        else:
            self.error(ctx.at("length_of"), f"length_of target '{target.id}' must be str, bytes, a type or an array until eos")
            return
        target.sized_by = length_field.id

    def _check_when(self, f: ir.Field, before: list[ir.Field], ctx: _Ctx) -> None:
        assert f.when is not None
        ref = next((b for b in before if b.id == f.when.field), None)
        if ref is None:
            self.error(ctx.at("field"), f"when refers to '{f.when.field}', which is not an earlier field")
            return
        if f.when.has is not None:
            flag = next((fl for fl in ref.flags or [] if fl.name == f.when.has), None)
            if flag is None:
                self.error(ctx.at("has"), f"'{ref.id}' has no flag '{f.when.has}'")
            else:
                f.when.mask = flag.mask
            return
        value = f.when.equals
        if ref.enum is not None and isinstance(value, str):
            ev = ref.enum.by_name(value)
            if ev is None:
                self.error(ctx.at("equals"), f"enum {ref.enum.id} has no value '{value}'")
            else:
                f.when.equals = ev.value
        elif isinstance(ref.type, ir.BoolT):
            if not isinstance(value, bool):
                self.error(ctx.at("equals"), "a bool field compares with true/false")
        elif not isinstance(ref.type, ir.IntT) or not isinstance(value, int) or ref.hidden:
            self.error(ctx.at("equals"), f"cannot compare '{ref.id}' with {value!r}")

    def _check_switch(self, sw: ir.SwitchT, before: list[ir.Field], ctx: _Ctx) -> None:
        ref = next((b for b in before if b.id == sw.on), None)
        if ref is None:
            self.error(ctx.at("on"), f"switch on '{sw.on}', which is not an earlier field")
            return
        if not isinstance(ref.type, ir.IntT) or ref.hidden or ref.array is not None:
            self.error(ctx.at("on"), f"switch on '{sw.on}' needs a plain integer or enum field")
            return
        seen: dict[int, str] = {}
        for case in sw.cases:
            cctx = ctx.at("cases", case.key_name)
            if ref.enum is not None:
                ev = ref.enum.by_name(case.key_name)
                if ev is None:
                    self.error(cctx, f"enum {ref.enum.id} has no value '{case.key_name}'")
                    continue
                case.key = ev.value
            else:
                try:
                    case.key = int(case.key_name, 0)
                except ValueError:
                    self.error(cctx, f"'{case.key_name}' is not an integer ({sw.on} has no enum)")
                    continue
            if case.key in seen:
                self.error(cctx, f"discriminator value {case.key} already used by case '{seen[case.key]}'")
            seen[case.key] = case.key_name

    # ----------------------------------------------------------------- framings, ports

    def _framing(self, ident: str, body: dict[str, Any], ctx: _Ctx) -> None:
        if not self._define("framing", ident, ctx):
            return
        fr = ir.Framing(ident, body["kind"], body.get("doc", ""), file=ctx.src.name,
                        line=ctx.src.line(ctx.path))
        if fr.kind == "frame":
            header = ir.TypeDef(f"{ident}_header", self._fields(body.get("header", []), ctx.at("header")),
                                fr.doc, ctx.src.name, fr.line)
            fr.header = header
            self._structs_checked.append((header, ctx.at("header")))
            for key in ("message_type", "sequence", "payload_length", "flags"):
                if key not in body:  # the schema requires only message_type and payload_length
                    self.error(ctx, f"a frame framing needs '{key}' (the id of a header field)")
                    continue
                name = str(body[key])
                setattr(fr, key, name)
                hf = header.field(name)
                if hf is None:
                    self.error(ctx.at(key), f"{key} names '{name}', which is not a header field")
                elif not isinstance(hf.type, ir.IntT):
                    self.error(ctx.at(key), f"{key} field '{name}' must be an integer")
            fr.max_payload = int(body.get("max_payload", 1 << 24))
            fr.error_message = str(body.get("error_message", ""))
            for i, mbody in enumerate(body.get("messages", [])):
                if self.rejected(ctx.at("messages", i)):
                    continue
                msg = self._message(mbody, ctx.at("messages", i), port="")
                if msg is not None:
                    msg.shared = True
                    fr.messages.append(msg)
            if fr.error_message and not any(m.id == fr.error_message for m in fr.messages):
                self.error(ctx.at("error_message"), f"'{fr.error_message}' is not one of this framing's messages")
        elif fr.kind == "lines":
            fr.terminator = str(body.get("terminator", "\r\n")).encode("latin-1")
            fr.max_line = int(body.get("max_line", 4096))
        self.framings[ident] = fr

    def _message(self, body: dict[str, Any], ctx: _Ctx, port: str) -> ir.Message | None:
        ident = body["id"]
        if not self._define("message", ident, ctx):
            return None
        msg = ir.Message(
            ident, [], body.get("doc", ""), ctx.src.name, ctx.src.line(ctx.path),
            port=port, code=body.get("code"), direction=body.get("direction", "to_camera"),
            kind=body.get("kind", "event"), access=body.get("access"),
            opt_in=bool(body.get("opt_in", False)), response=body.get("response"),
        )
        if msg.access is not None and msg.direction == "from_camera":
            self.error(ctx.at("access"), "access is for messages a client sends (to_camera or both)")
        if msg.opt_in and port:
            self.error(ctx.at("opt_in"), "opt_in is for messages of a framing (ports list them in uses)")
        msg.fields = self._fields(body.get("fields", []), ctx.at("fields"))
        self._structs_checked.append((msg, ctx))
        for j, ex in enumerate(body.get("examples", [])):
            try:
                msg.examples.append(ir.Example(str(ex["name"]), bytes.fromhex(str(ex["hex"]))))
            except ValueError:
                self.error(ctx.at("examples", j, "hex"), "not a hex string")
        return msg

    def _port(self, src: SourceFile) -> ir.Port | None:
        body = src.data["port"]
        ctx = _Ctx(src, ("port",))
        framing_id = body["framing"]
        framing: ir.Framing | None = None
        if framing_id != "text":
            framing = self.framings.get(framing_id)
            if framing is None:
                self.error(ctx.at("framing"), f"unknown framing '{framing_id}'")
        port = ir.Port(body["id"], body["name"], body["transport"], list(body["numbers"]),
                       bool(body.get("standard", False)), framing, str(body["seed"]).strip(),
                       str(body.get("doc", "")).strip(), file=src.name, line=src.line(ctx.path),
                       short=str(body.get("short", "")), uses=[str(u) for u in body.get("uses", [])])
        for i, mbody in enumerate(src.data.get("messages", [])):
            if self.rejected(_Ctx(src, ("messages", i))):
                continue
            msg = self._message(mbody, _Ctx(src, ("messages", i)), port.id)
            if msg is not None:
                port.messages.append(msg)
        if "text" in src.data:
            t = src.data["text"]
            port.text = ir.TextSection(
                commands=[ir.TextCommand(c["name"], c.get("doc", "")) for c in t.get("commands", [])],
                pages=[ir.Page(p["path"], p.get("doc", ""),
                               [ir.FormField(ff["name"], ff["type"], ff.get("doc", "")) for ff in p.get("form", [])])
                       for p in t.get("pages", [])],
                areas=[ir.Area(a["path"], a.get("doc", "")) for a in t.get("areas", [])],
            )
        if framing is None and port.messages and framing_id == "text":
            self.error(_Ctx(src, ("messages",)), "text ports describe commands under 'text', not messages")
        if framing is not None and "text" in src.data:
            self.error(_Ctx(src, ("text",)), "'text' is only for ports with framing: text")
        return port

    def _resolve_refs(self) -> None:
        for ref, ctx in self._pending_refs:
            target = self.types.get(ref.ref)
            if target is None:
                kind = self.defined_at.get(ref.ref, ("", None))[0]
                hint = f" ({ref.ref} is a {kind}; fields use types)" if kind else ""
                self.error(ctx, f"unknown type '{ref.ref}'{hint}")
            ref.target = target

    def _check_uses(self, port: ir.Port, fr: ir.Framing | None, ctx: _Ctx) -> None:
        """`uses` names opt-in messages of the port's framing; their responses come along."""
        shared = {m.id: m for m in (fr.messages if fr is not None else [])}
        for i, ident in enumerate(list(port.uses)):
            msg = shared.get(ident)
            if msg is None or not msg.opt_in:
                self.error(ctx.at("uses", i), f"'{ident}' is not an opt-in message of framing "
                                              f"{fr.id if fr is not None else 'text'}")
                continue
            if msg.response is not None and msg.response not in port.uses:
                port.uses.append(msg.response)

    def _check_framing_messages(self) -> None:
        """Framing messages: access (default open) and responses, like the ports' own."""
        for fid, fr in self.framings.items():
            src = next((s for s in self.sources if s.name == fr.file), None)
            if src is None:
                continue
            by_id = {m.id: m for m in fr.messages}
            for i, msg in enumerate(fr.messages):
                mctx = _Ctx(src, ("framings", fid, "messages", i))
                if msg.sent_by_client and msg.access is None:
                    msg.access = "open"
                if msg.kind == "request":
                    resp = by_id.get(msg.response or "")
                    if resp is None or resp.kind != "response" or resp.opt_in != msg.opt_in:
                        self.error(mctx.at("response"), f"response '{msg.response}' is not a "
                                   f"{'opt-in ' if msg.opt_in else ''}response of framing {fid}")
                    else:
                        msg.response_msg = resp
                elif msg.response is not None:
                    self.error(mctx.at("response"), "only requests have a response")

    def _check_ports(self, ports: list[ir.Port]) -> None:
        used: dict[tuple[str, int], ir.Port] = {}
        ids: dict[str, ir.Port] = {}
        for port in ports:
            src = next(s for s in self.sources if s.name == port.file)
            ctx = _Ctx(src, ("port",))
            if port.id in ids:
                self.error(ctx.at("id"), f"duplicate port id '{port.id}' (also in {ids[port.id].file})")
            ids[port.id] = port
            for i, number in enumerate(port.numbers):
                key = (port.transport, number)
                if key in used:
                    self.error(ctx.at("numbers", i),
                               f"{port.transport.upper()} port {number} is also used by '{used[key].id}' ({used[key].file})")
                used[key] = port
            fr = port.framing
            self._check_uses(port, fr, ctx)
            codes = {m.code: m.id for m in (fr.messages if fr is not None else []) if m.code is not None}
            by_id = {m.id: m for m in port.all_messages}
            # YAML index of each message (messages the schema rejected are not in port.messages).
            yaml_index = {b.get("id"): k for k, b in enumerate(src.data.get("messages", [])) if isinstance(b, dict)}
            for i, msg in enumerate(port.messages):
                mctx = _Ctx(src, ("messages", yaml_index.get(msg.id, i)))
                if msg.sent_by_client and msg.access is None:
                    msg.access = "open"  # the default: anyone may send it
                if fr is not None and fr.kind == "frame":
                    if msg.code is None:
                        self.error(mctx, f"message '{msg.id}' needs a code (framing {fr.id} has a message_type)")
                elif fr is not None and len(port.messages) > 1:
                    self.error(mctx, f"framing {fr.id} has no message type: the port can have only one message")
                if msg.code is not None:
                    if msg.code in codes:
                        self.error(mctx.at("code"), f"code 0x{msg.code:04x} is also used by '{codes[msg.code]}'")
                    else:
                        codes[msg.code] = msg.id
                if msg.kind == "request":
                    if msg.response is None:
                        self.error(mctx, f"request '{msg.id}' needs a response")
                    elif msg.response not in by_id:
                        self.error(mctx.at("response"), f"response '{msg.response}' is not a message of port {port.id}")
                    else:
                        msg.response_msg = by_id[msg.response]
                        if msg.response_msg.kind != "response":
                            self.error(mctx.at("response"), f"'{msg.response}' is not a response")
                elif msg.response is not None:
                    self.error(mctx.at("response"), "only requests have a response")
