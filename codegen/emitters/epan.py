"""Emitter: the Wireshark C (epan) plugin, ``dissectors/vs1_epan.c``.

The same dissectors as ``dissectors/vs1.lua`` (see :mod:`.lua`), as a compiled plugin for
when the Lua one is too slow (``vs1 wireshark build``): the same protocols (``vs1`` and one
``vs1.<port>`` per custom port), the same fields (abbreviations, labels, types, value strings
and masks come from the Lua emitter's field table), the same tree lines and summaries, Info
and Protocol columns, request/response links and expert infos. Both register the same
protocol names, so only one of them may be loaded.

Every type is decoded by one C function per field path (``vs1.acquire.picture.image`` and
``vs1.acquire.live_frame.image`` are two functions of the one ``image_data`` type), since
the fields are named by path. Every read is preceded by a length check, as in the Lua.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import cast

from .. import ir
from . import lua
from .common import environment, header
from .lua import EPOCH_SCALE, FieldGroup, FrameFacts, LuaField, PortFacts, custom_ports

OUT = "dissectors/vs1_epan.c"

_ENCODINGS = {"ascii": "ENC_ASCII", "utf-8": "ENC_UTF_8", "latin-1": "ENC_ISO_8859_1"}
_BASES = {"DEC": "BASE_DEC", "HEX": "BASE_HEX", "NONE": "BASE_NONE", None: "BASE_NONE"}


def c_str(value: str | bytes) -> str:
    """A C string literal (octal escapes outside printable ASCII; "??" kept from trigraphs)."""
    raw = value.encode("utf-8") if isinstance(value, str) else value
    out = []
    for b in raw:
        ch = chr(b)
        if ch in '\\"':
            out.append("\\" + ch)
        elif ch == "?":
            out.append("\\?")
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    return '"' + "".join(out) + '"'


def _ident(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", text)


def _ind(lines: list[str], n: int = 1) -> list[str]:
    pad = "    " * n
    return [pad + line if line else line for line in lines]


@dataclass
class CField:
    """One ``hf_register_info`` entry."""

    index: int
    abbrev: str
    label: str
    ftype: str
    display: str
    strings: str
    mask: int
    desc: str


def _c_field(i: int, f: LuaField, enums64: set[str]) -> CField:
    ftype = f.ftype
    strings = "NULL"
    display: str
    if ftype == "FRAMENUM":
        ftype = "FT_FRAMENUM"
        display = "BASE_NONE"
        strings = f"FRAMENUM_TYPE(FT_FRAMENUM_{f.display})"
    else:
        ftype = "FT_IPv4" if ftype == "IPv4" else "FT_" + ftype
        display = str(f.display) if isinstance(f.display, int) else _BASES[f.display]
        if f.valuestring is not None:
            name = "vs_" + _ident(f.valuestring.lstrip("*") + ("_star" if f.valuestring.startswith("*") else ""))
            if ftype.endswith("64"):
                enums64.add(f.valuestring)
                display += "|BASE_VAL64_STRING"
                strings = f"VALS64({name}64)"
            else:
                strings = f"VALS({name})"
    return CField(i, f.abbrev, f.label, ftype, display, strings, f.mask or 0, " ".join(f.desc.split()))


# --------------------------------------------------------------------------- lowering to C


def _int_read(t: ir.IntT, at: str = "o") -> str:
    """C expression (gint64): the integer at ``at`` of ``tvb``."""
    le = t.endian == "<" and t.width > 1
    if t.width == 1:
        raw = f"tvb_get_guint8(tvb, {at})"
    elif t.width == 2:
        raw = f"tvb_get_{'letohs' if le else 'ntohs'}(tvb, {at})"
    elif t.width == 4:
        raw = f"tvb_get_{'letohl' if le else 'ntohl'}(tvb, {at})"
    else:
        raw = f"tvb_get_{'letoh64' if le else 'ntoh64'}(tvb, {at})"
    if t.signed:
        return f"(gint64)(gint{t.width * 8}){raw}"
    return f"(gint64){raw}"


def _enc(t: ir.IntT | ir.FloatT) -> str:
    return "ENC_LITTLE_ENDIAN" if t.endian == "<" and t.width > 1 else "ENC_BIG_ENDIAN"


@dataclass
class Ctx:
    """Where a function is: the tree, the end, the field path of the node."""

    end: str = "e"


@dataclass
class Lowering:
    """C functions, one per field path: ``static int d_<path>(tvb, pinfo, tree, o, e, S, sum)``
    decodes from ``o`` to at most ``e``, adds the items under ``tree`` and returns the new
    offset, or -1 after an expert info; ``sum`` (NULL when the tree line has no summary)
    collects the summary (" name=value" items)."""

    spec: ir.Spec
    hf: dict[str, int]
    labels: dict[str, str]
    facts: lua.Lowering
    functions: list[list[str]] = field(default_factory=list)
    done: dict[str, str] = field(default_factory=dict)
    _n: int = 0
    _elem_index: str | None = None

    def tmp(self, stem: str) -> str:
        self._n += 1
        return f"{stem}{self._n}"

    def h(self, path: str) -> str:
        return f"hf[{self.hf[path]}]"

    def ett(self, path: str) -> str:
        return f"ett[{self.hf[path]}]"

    def shown(self, td: ir.TypeDef) -> set[str]:
        """The fields a tree line's summary (and a message's Info) shows: the Lua's choice."""
        return self.facts._info_fields(td)

    def nested(self, td: ir.TypeDef) -> dict[str, list[tuple[ir.Field, int]]]:
        return self.facts._nested_info(td)

    def has_summary(self, td: ir.TypeDef, message: bool) -> bool:
        return bool(self.shown(td) or (self.nested(td) if message else {}))

    def function(self, td: ir.TypeDef, path: str, *, message: bool = False) -> str:
        """The name of the function decoding ``td`` at ``path`` (written once)."""
        name = "d_" + _ident(path)
        if path in self.done:
            return self.done[path]
        self.done[path] = name
        saved_n, saved_idx = self._n, self._elem_index
        self._n, self._elem_index = 0, None
        kept = _kept(td)
        shown = self.shown(td)
        nested = self.nested(td) if message else {}
        body: list[str] = []
        for k in kept:
            body.append(f"gint64 v_{k} = 0; gboolean h_{k} = FALSE; (void)v_{k}; (void)h_{k};")
        for f in td.fields:
            fpath = f"{path}.{f.id}"
            lines = self.field(f, fpath, kept, f.id in shown)
            if f.id in nested:
                start = f"p_{f.id}"
                body.append(f"int {start} = o;")
                body += lines
                for inner, off in nested[f.id]:
                    assert isinstance(inner.type, ir.IntT)
                    body += ["if (sum) {", *_ind(self._show_int(inner, inner.type, _int_read(inner.type, f"{start} + {off}"))), "}"]
            else:
                body += lines
        body.append("return o;")
        head = [f"/* {path}: {td.id} */",
                f"static int {name}(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S, txt_t *sum)",
                "{",
                "    (void)tvb; (void)pinfo; (void)tree; (void)S; (void)sum; (void)e;"]
        self.functions.append([*head, *_ind(body), "}"])
        self._n, self._elem_index = saved_n, saved_idx
        return name

    # -- one field ------------------------------------------------------------------------

    def field(self, f: ir.Field, path: str, kept: list[str], show: bool) -> list[str]:
        var = f.id if f.id in kept else None
        if f.array is not None:
            body = self.array(f, path)
        else:
            body = self.elem(f.type, f, path, var, "e", show=show)
        if f.when is not None:
            return [f"if ({self._cond(f.when)}) {{", *_ind(body), "}"]
        return body

    def _cond(self, when: ir.When) -> str:
        ref = f"v_{when.field}"
        if when.has is not None:
            return f"h_{when.field} && ({ref} & {when.mask:#x}) != 0"
        value = when.equals
        if isinstance(value, bool):
            return f"h_{when.field} && {ref} == {1 if value else 0}"
        return f"h_{when.field} && {ref} == {value}"

    def short(self, need: str, path: str, end: str) -> str:
        return f"return short_(S, tree, pinfo, tvb, o, {end}, {need}, {c_str(path)});"

    def array(self, f: ir.Field, path: str) -> list[str]:
        arr = f.array
        assert arr is not None
        n = self.tmp("n")
        i = self.tmp("i")
        lines: list[str] = []
        if arr.kind == "fixed":
            lines.append(f"gint64 {n} = {arr.count};")
        elif arr.kind == "prefix":
            assert arr.prefix is not None
            t = arr.prefix
            lines += [f"if (e - o < {t.width}) {self.short(str(t.width), path + '_count', 'e')}",
                      f"gint64 {n} = {_int_read(t)};",
                      f"proto_tree_add_item(tree, {self.h(path + '_count')}, tvb, o, {t.width}, {_enc(t)});",
                      f"o += {t.width};"]
        elif arr.kind == "field":
            lines.append(f"gint64 {n} = v_{f.counted_by};")
        else:
            lines.append(f"gint64 {n} = 0;")
        end = "e"
        if f.sized_by is not None:
            end = self.tmp("lim")
            lines += [f"int {end} = o + (int)v_{f.sized_by};",
                      f"if (v_{f.sized_by} > e - o) {self.short(f'(int)v_{f.sized_by}', path, 'e')}"]
        self._elem_index = n if arr.kind == "eos" else i
        try:
            elem = self.elem(f.type, f, path, None, end)
        finally:
            self._elem_index = None
        if arr.kind == "eos":
            lines += [f"while (o < {end}) {{",
                      f"    {n}++;",
                      f"    if ({n} > {arr.max}) return too_many(S, tree, pinfo, tvb, o, {end}, {c_str(path)}, {n}, {arr.max});",
                      *_ind(elem),
                      "}"]
            return ["{", *_ind(lines), "}"]
        lines.append(f"if ({n} > {arr.max}) return too_many(S, tree, pinfo, tvb, o, {end}, {c_str(path)}, {n}, {arr.max});")
        min_elem = ir.min_size(f.type)
        if min_elem:
            lines.append(f"if ({n} * {min_elem} > {end} - o) "
                         f"return short_(S, tree, pinfo, tvb, o, {end}, (int)({n} * {min_elem}), {c_str(path)});")
        lines += [f"for (gint64 {i} = 1; {i} <= {n}; {i}++) {{", *_ind(elem), "}"]
        return ["{", *_ind(lines), "}"]

    # -- one value ------------------------------------------------------------------------

    def _show(self, name: str, fmt: str, *args: str) -> list[str]:
        return [f"txt_add(sum, \" {name}=\" {fmt}{''.join(', ' + a for a in args)});"]

    def _show_int(self, f: ir.Field, t: ir.IntT, value: str) -> list[str]:
        """Summary items of integer field ``f`` (value expression ``value``)."""
        out = [f"gint64 sv = {value};"]
        if f.bitfield is not None:
            for sub in f.bitfield:
                bits = f"((sv >> {sub.at}) & {(1 << sub.width) - 1:#x})"
                if sub.enum is not None:
                    out += [f"{{ gint64 b = {bits};",
                            f"  txt_enum(sum, \" {sub.id}=\", vs_{_ident(sub.enum.id)}, b); }}"]
                else:
                    out += self._show(sub.id, "\"%\" G_GINT64_FORMAT", bits)
            return out
        if f.enum is not None and t.width < 8:
            out.append(f"txt_enum(sum, \" {f.id}=\", vs_{_ident(f.enum.id)}, sv);")
        elif f.names == "message" and t.width < 8:
            out.append(f"txt_enum(sum, \" {f.id}=\", vs_message_star, sv);")
        elif f.flags is not None:
            out.append(f"txt_hex(sum, \" {f.id}=\", sv);")
        elif t.width == 8 and not t.signed:
            out += self._show(f.id, "\"%\" G_GUINT64_FORMAT", "(guint64)sv")
        else:
            out += self._show(f.id, "\"%\" G_GINT64_FORMAT", "sv")
        return out

    def elem(self, wtype: ir.WireType, f: ir.Field | None, path: str, var: str | None, end: str, *,
             show: bool = False) -> list[str]:
        name = f.id if f is not None else ""
        if isinstance(wtype, ir.IntT):
            return self._int(wtype, f, path, var, end, show)
        if isinstance(wtype, ir.FloatT | ir.BoolT | ir.Ipv4T | ir.MacT | ir.PadT):
            size = wtype.fixed_size
            enc = _enc(wtype) if isinstance(wtype, ir.FloatT) else ("ENC_BIG_ENDIAN" if isinstance(wtype, ir.BoolT | ir.Ipv4T) else "ENC_NA")
            body = [f"if ({end} - o < {size}) {self.short(str(size), path, end)}",
                    f"proto_tree_add_item(tree, {self.h(path)}, tvb, o, {size}, {enc});"]
            if var is not None and isinstance(wtype, ir.BoolT):
                body.append(f"v_{var} = tvb_get_guint8(tvb, o) != 0; h_{var} = TRUE;")
            if show:
                body.append("if (sum) {")
                if isinstance(wtype, ir.FloatT):
                    get = {(4, ">"): "tvb_get_ntohieee_float", (4, "<"): "tvb_get_letohieee_float",
                           (8, ">"): "tvb_get_ntohieee_double", (8, "<"): "tvb_get_letohieee_double"}[(wtype.width, wtype.endian)]
                    body += _ind(self._show(name, "\"%g\"", f"(double){get}(tvb, o)"))
                elif isinstance(wtype, ir.BoolT):
                    body += _ind(self._show(name, "\"%s\"", "tvb_get_guint8(tvb, o) ? \"true\" : \"false\""))
                elif isinstance(wtype, ir.Ipv4T):
                    body += _ind(self._show(name, "\"%u.%u.%u.%u\"", *(f"tvb_get_guint8(tvb, o + {k})" for k in range(4))))
                else:
                    body += _ind(self._show(name, "\"\""))
                body.append("}")
            return [*body, f"o += {size};"]
        if isinstance(wtype, ir.StrT | ir.BytesT):
            return self._sized(wtype, f, path, end, show)
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            td = wtype.target
            fn = self.function(td, path)
            summary = self.has_summary(td, False)
            sized = wtype.size is not None and wtype.size.kind == "field"
            lim = self.tmp("lim")
            lines = ["{"]
            if sized:
                assert wtype.size is not None
                nv = f"v_{wtype.size.field}"
                lines += [f"    if ({nv} > {end} - o) return short_(S, tree, pinfo, tvb, o, {end}, (int){nv}, {c_str(path)});",
                          f"    int {lim} = o + (int){nv};"]
                stop = lim
            else:
                stop = end
            sub_sum = "tree ? &ts : NULL" if summary else "NULL"
            lines.append("    txt_t ts; ts.n = 0; ts.s[0] = 0;" if summary else "")
            if sized:
                lines += [f"    proto_item *it = proto_tree_add_item(tree, {self.h(path)}, tvb, o, {lim} - o, ENC_NA);",
                          f"    proto_tree *sub = proto_item_add_subtree(it, {self.ett(path)});",
                          f"    o = {fn}(tvb, pinfo, sub, o, {stop}, S, {sub_sum});",
                          "    if (o < 0) return -1;",
                          *_ind(self._titled(path, summary))]
            else:
                span = td.fixed_size
                first = "0" if span is None else f"({stop} - o < {span} ? 0 : {span})"
                lines += ["    int start = o;",
                          f"    proto_item *it = proto_tree_add_item(tree, {self.h(path)}, tvb, o, {first}, ENC_NA);",
                          f"    proto_tree *sub = proto_item_add_subtree(it, {self.ett(path)});",
                          f"    o = {fn}(tvb, pinfo, sub, o, {stop}, S, {sub_sum});",
                          f"    if (o < 0) {{ proto_item_set_len(it, {stop} - start); return -1; }}",
                          (f"    if (o - start != {span}) proto_item_set_len(it, o - start);" if span is not None
                           else "    proto_item_set_len(it, o - start);"),
                          *_ind(self._titled(path, summary))]
            if sized:
                lines.append(f"    if (o != {lim}) return left_over(S, sub, pinfo, tvb, o, {lim}, {c_str(path)});")
            return [line for line in lines if line] + ["}"]
        if isinstance(wtype, ir.SwitchT):
            disc = f"v_{wtype.on}"
            out: list[str] = []
            for k, case in enumerate(wtype.cases):
                out.append(f"{'if' if k == 0 else '} else if'} ({disc} == {case.key}) {{")
                out += _ind(self.elem(case.type, None, f"{path}.{case.ident}", None, end))
            if wtype.default is not None:
                if wtype.cases:
                    out.append("} else {")
                    out += _ind(self.elem(wtype.default, None, f"{path}.default", None, end))
                    out.append("}")
                else:
                    out += self.elem(wtype.default, None, f"{path}.default", None, end)
            else:
                out += ["} else {",
                        f"    return no_case(S, tree, pinfo, tvb, o, {end}, {c_str(path)}, {c_str(wtype.on)}, {disc});",
                        "}"]
            return out
        raise AssertionError(wtype)

    def _titled(self, path: str, summary: bool) -> list[str]:
        label = c_str(self.labels[path])
        if self._elem_index is not None:
            i = self._elem_index
            if summary:
                return [f"if (tree) proto_item_set_text(it, \"%s [%\" G_GINT64_FORMAT \"]:%s\", {label}, {i} - 1, ts.s);"]
            return [f"if (tree) proto_item_set_text(it, \"%s [%\" G_GINT64_FORMAT \"]\", {label}, {i} - 1);"]
        if summary:
            return ["if (tree && ts.n > 0) proto_item_append_text(it, \":%s\", ts.s);"]
        return []

    def _int(self, t: ir.IntT, f: ir.Field | None, path: str, var: str | None, end: str, show: bool) -> list[str]:
        w = t.width
        check = f"if ({end} - o < {w}) {self.short(str(w), path, end)}"
        enum = f.enum if f is not None else None
        flags = f.flags if f is not None else None
        bits = f.bitfield if f is not None else None
        const = f.const if f is not None and isinstance(f.const, int) else None
        epoch = f is not None and f.epoch
        enc = _enc(t)
        body: list[str] = []
        needs = var is not None or show or const is not None or enum is not None or epoch or (
            bits is not None and any(s.enum is not None for s in bits))
        if needs:
            body.append(f"gint64 v = {_int_read(t)};")
        if flags is not None or bits is not None:
            body += [f"proto_item *it = proto_tree_add_item(tree, {self.h(path)}, tvb, o, {w}, {enc});",
                     f"proto_tree *st = proto_item_add_subtree(it, {self.ett(path)});"]
            body += [f"proto_tree_add_item(st, {self.h(path + '.' + fl.name)}, tvb, o, {w}, {enc});" for fl in flags or []]
            body += [f"proto_tree_add_item(st, {self.h(path + '.' + sub.id)}, tvb, o, {w}, {enc});" for sub in bits or []]
        elif const is not None or enum is not None or epoch:
            body.append(f"proto_item *it = proto_tree_add_item(tree, {self.h(path)}, tvb, o, {w}, {enc});")
        else:
            body.append(f"proto_tree_add_item(tree, {self.h(path)}, tvb, o, {w}, {enc});")
        if const is not None:
            body.append(f"if (v != {const}) bad_const(S, pinfo, it, {c_str(path)}, v, {const});")
        if enum is not None and t.width < 8:
            body.append(f"if (!try_val_to_str((guint32)v, vs_{_ident(enum.id)})) unknown_enum(pinfo, it, {c_str(path)}, v);")
        if bits is not None:
            for sub in bits:
                if sub.enum is not None:
                    sv = f"((v >> {sub.at}) & {(1 << sub.width) - 1:#x})"
                    body.append(f"if (!try_val_to_str((guint32){sv}, vs_{_ident(sub.enum.id)})) "
                                f"unknown_enum(pinfo, it, {c_str(path + '.' + sub.id)}, {sv});")
        if epoch:
            assert f is not None
            value = "(double)v" if t.signed else "(double)(guint64)v"
            body.append(f"if (tree) epoch_text(it, {value}, {EPOCH_SCALE[f.unit]!r});")
        if var is not None:
            body.append(f"v_{var} = v; h_{var} = TRUE;")
        if show and f is not None:
            body += ["if (sum) {", *_ind(self._show_int(f, t, "v")), "}"]
        return [check, "{", *_ind(body), f"    o += {w};", "}"]

    def _sized(self, wtype: ir.StrT | ir.BytesT, f: ir.Field | None, path: str, end: str, show: bool) -> list[str]:
        s = wtype.size
        body: list[str] = []
        if s.kind == "fixed":
            body += [f"if ({end} - o < {s.fixed}) {self.short(str(s.fixed), path, end)}", f"int n = {s.fixed};"]
        elif s.kind == "prefix":
            assert s.prefix is not None
            pw = s.prefix.width
            body += [f"if ({end} - o < {pw}) {self.short(str(pw), path, end)}",
                     f"gint64 n64 = {_int_read(s.prefix)};",
                     f"proto_tree_add_item(tree, hf_length, tvb, o, {pw}, {_enc(s.prefix)});",
                     f"o += {pw};",
                     f"if (n64 > {end} - o) return short_(S, tree, pinfo, tvb, o, {end}, (int)n64, {c_str(path)});",
                     "int n = (int)n64;"]
        elif s.kind == "field":
            body += [f"if (v_{s.field} > {end} - o) return short_(S, tree, pinfo, tvb, o, {end}, (int)v_{s.field}, {c_str(path)});",
                     f"int n = (int)v_{s.field};"]
        elif s.kind == "eos":
            body.append(f"int n = {end} - o;")
        else:
            body += [f"int n = find_term(tvb, o, {end}, {c_str(s.terminator)}, {len(s.terminator)}, {s.max_size});",
                     f"if (n < 0) return no_term(S, tree, pinfo, tvb, o, {end}, {c_str(path)}, {s.max_size});"]
        if isinstance(wtype, ir.StrT):
            enc = _ENCODINGS.get(wtype.encoding, "ENC_ASCII")
            checked = wtype.encoding in ("ascii", "utf-8")
            body.append(f"{'proto_item *it = ' if checked else ''}proto_tree_add_item(tree, {self.h(path)}, tvb, o, n, {enc});")
            if checked:
                check = "ascii_ok" if wtype.encoding == "ascii" else "utf8_ok"
                body.append(f"if (n > 0 && !{check}(tvb, o, n)) bad_text(S, pinfo, it, {c_str(path)}, {c_str(wtype.encoding)});")
            if show and f is not None:
                strip = "TRUE" if s.kind == "fixed" else "FALSE"
                body.append(f"if (sum) txt_quote(sum, \" {f.id}=\", pinfo, tvb, o, n, {enc}, {strip});")
        else:
            body.append(f"proto_tree_add_item(tree, {self.h(path)}, tvb, o, n, ENC_NA);")
        if s.kind == "terminator":
            body += [f"proto_tree_add_item(tree, hf_terminator, tvb, o + n, {len(s.terminator)}, ENC_NA);",
                     f"o += n + {len(s.terminator)};"]
        else:
            body.append("o += n;")
        return ["{", *_ind(body), "}"]


def _kept(td: ir.TypeDef) -> list[str]:
    need: set[str] = set()
    for f in td.fields:
        if f.when is not None:
            need.add(f.when.field)
        if isinstance(f.type, ir.SwitchT):
            need.add(f.type.on)
        if f.length_of is not None or f.count_of is not None:
            need.add(f.id)
    return [f.id for f in td.fields if f.id in need]


# --------------------------------------------------------------------------- the model


@dataclass
class CMessage:
    id: str
    code: int | None
    kind: str
    fn: str
    hf: int  # the message's own field
    summary: bool
    flags: int | None
    error: bool
    label: str  # Info: "Request get_status"
    line: str  # protocol line: ", Request get_status (0x0301), Seq "
    status_read: str = ""  # C expression of the status at PDU offset p
    status_end: int = 0
    status_ok: int = 0
    status_enum: str = ""


@dataclass
class CPort:
    index: int
    id: str
    name: str
    transport: str
    numbers: str
    kind: str
    column: str
    framing: str
    messages: list[CMessage]
    terminator: str = ""
    term_len: int = 0
    max_line: int = 0


@dataclass
class CFrame:
    id: str
    size: int
    max_payload: int
    hf: int
    header_fn: str
    consts: list[tuple[str, int]]  # (read expression at PDU offset o, value)
    length_read: str
    type_var: str
    type_read: str  # C expression: the message type at PDU offset o
    seq_var: str
    length_var: str
    flags_var: str
    kind_flags: bool
    header_ints: list[str]


_KIND = {"request": "Request", "response": "Reply", "event": "Event"}


def build(spec: ir.Spec) -> dict[str, object]:
    facts = lua.build(spec)
    groups = cast(list[FieldGroup], facts["groups"])
    enums64: set[str] = set()
    fields: list[CField] = []
    hf: dict[str, int] = {}
    labels: dict[str, str] = {}
    group_ranges: list[tuple[str, int, int]] = []
    for g in groups:
        start = len(fields)
        for f in g.fields:
            i = len(fields)
            hf[f.abbrev] = i
            labels[f.abbrev] = f.label
            fields.append(_c_field(i, f, enums64))
        group_ranges.append((g.proto, start, len(fields)))
    low = Lowering(spec, hf, labels, lua.Lowering(spec))

    ports = custom_ports(spec)
    lua_ports = {p.id: p for p in cast(list[PortFacts], facts["ports"])}
    lua_frames = {fr.id: fr for fr in cast(list[FrameFacts], facts["frames"])}
    frames: dict[str, CFrame] = {}
    for p in ports:
        fr = p.framing
        assert fr is not None
        if fr.kind != "frame" or fr.id in frames:
            continue
        assert fr.header is not None
        ff = lua_frames[fr.id]
        node = f"vs1.{ff.node}"
        hdr = fr.header
        ints = [f.id for f in hdr.fields if isinstance(f.type, ir.IntT | ir.BoolT) and f.array is None]
        header_fn = _header_function(low, hdr, node, ints)
        consts = [(_int_read(hf_.type, f"o + {hf_.offset}"), hf_.const) for hf_ in hdr.fields
                  if isinstance(hf_.const, int) and isinstance(hf_.type, ir.IntT) and hf_.offset is not None]
        lf = fr.header_field("payload_length")
        assert isinstance(lf.type, ir.IntT) and lf.offset is not None
        tf = fr.header_field("message_type")
        assert isinstance(tf.type, ir.IntT) and tf.offset is not None
        frames[fr.id] = CFrame(
            id=fr.id, size=ff.size, max_payload=fr.max_payload, hf=hf[node], header_fn=header_fn,
            consts=consts, length_read=_int_read(lf.type, f"o + {lf.offset}"),
            type_var=fr.message_type, type_read=_int_read(tf.type, f"o + {tf.offset}"), seq_var=fr.sequence, length_var=fr.payload_length, flags_var=fr.flags,
            kind_flags=fr.kind_flags is not None, header_ints=ints)

    cports: list[CPort] = []
    for k, p in enumerate(ports):
        pfr = p.framing
        assert pfr is not None
        lp = lua_ports[p.id]
        msgs: list[CMessage] = []
        for m, mf in zip(p.all_messages, lp.messages, strict=True):
            path = f"vs1.{p.id}.{m.id}"
            fn = low.function(m, path, message=True)
            kind = _KIND.get(m.kind, m.kind)
            cm = CMessage(
                id=m.id, code=m.code, kind=m.kind, fn=fn, hf=hf[path], summary=low.has_summary(m, True),
                flags=mf.flags, error=mf.error, label=(f"{kind} {m.id}" if m.kind in _KIND else m.id),
                line=(f", {kind} {m.id} (0x{m.code:04x}), Seq " if m.code is not None else ""))
            if mf.status and pfr.id in frames:
                _status(cm, m, frames[pfr.id].size)
            msgs.append(cm)
        cports.append(CPort(
            index=k, id=p.id, name=p.name, transport=p.transport, numbers=lp.numbers, kind=pfr.kind,
            column=p.column, framing=pfr.id, messages=msgs,
            terminator=c_str(pfr.terminator) if pfr.kind == "lines" else "",
            term_len=len(pfr.terminator) if pfr.kind == "lines" else 0, max_line=pfr.max_line))

    enums: list[tuple[str, list[tuple[int, str]], bool]] = []
    used = {f.valuestring for g in groups for f in g.fields if f.valuestring is not None}
    msg_names: dict[int, set[str]] = {}
    for p in ports:
        for m in p.all_messages:
            if m.code is not None:
                msg_names.setdefault(m.code, set()).add(m.id)
    for e in spec.enums.values():
        enums.append((e.id, [(v.value, v.name) for v in e.values], e.id in enums64))
    enums.append(("message_star", [(c, "/".join(sorted(n))) for c, n in sorted(msg_names.items())], False))
    if "*message_code" in used:
        enums.append(("message_code_star", [(c, f"{'/'.join(sorted(n))} (0x{c:04x})") for c, n in sorted(msg_names.items())], False))
    return {
        "fields": fields,
        "groups": group_ranges,
        "functions": low.functions,
        "ports": cports,
        "frames": list(frames.values()),
        "enums": [(_ident(eid), values, is64) for eid, values, is64 in enums],
        "hf_length": hf["vs1.length"],
        "hf_terminator": hf["vs1.terminator"],
        "hf_payload": hf["vs1.payload"],
        "hf_links": {k: hf[f"vs1.{k}"] for k in ("response_in", "request_in", "response_time", "request")},
        "code_port": [(code, next(cp.index for cp in cports if cp.id == port))
                      for code, port in cast(list[tuple[int, str]], facts["code_port"])],
        "c": c_str,
        "spec": spec,
    }


def _header_function(low: Lowering, hdr: ir.TypeDef, node: str, ints: list[str]) -> str:
    """The header's decoder, which also stores every integer in ``S->h_<id>``."""
    name = "h_" + _ident(node)
    low._n = 0
    body: list[str] = [f"gint64 v_{k} = 0; gboolean h_{k} = FALSE; (void)h_{k};" for k in ints]
    for f in hdr.fields:
        body += low.field(f, f"{node}.{f.id}", ints, False)
    body += [f"S->h_{k} = v_{k};" for k in ints]
    body.append("return o;")
    low.functions.append([f"/* {node}: the frame header */",
                          f"static int {name}(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, int o, int e, pdu_t *S)",
                          "{", *_ind(body), "}"])
    return name


def _status(cm: CMessage, m: ir.Message, header_size: int) -> None:
    for f in m.fields:
        if (f.enum is not None and isinstance(f.type, ir.IntT) and f.offset is not None
                and f.array is None and f.when is None):
            ok = f.enum.by_name("ok")
            if ok is not None:
                cm.status_read = _int_read(f.type, f"p + {header_size + f.offset}")
                cm.status_ok, cm.status_enum = ok.value, _ident(f.enum.id)
                cm.status_end = f.offset + f.type.width
                return


def emit(spec: ir.Spec) -> dict[str, str]:
    env = environment()
    env.trim_blocks = True
    env.lstrip_blocks = True
    env.filters["c"] = c_str
    ctx = build(spec)
    text = env.get_template("epan/vs1_epan.c.j2").render(header=header("//"), **ctx)
    text = "\n".join(line.rstrip() for line in text.splitlines()).rstrip("\n") + "\n"
    return {OUT: text}


__all__ = ["OUT", "build", "c_str", "emit"]
