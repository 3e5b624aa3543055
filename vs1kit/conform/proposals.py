"""Spec edits that would make a capture conform, as YAML ready to paste, and applying them.

Every finding that a spec edit can fix gets a :class:`Proposal`: the file, where in it, and the
YAML. :func:`apply_proposals` makes the edits in a spec folder as text insertions and
replacements at the positions PyYAML reports, so the user's comments and layout stay as they
were; :func:`write_examples` adds observed payloads as ``examples:`` to the messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import yaml

from vs1kit.codegen import ir
from vs1kit.protocol.wire import DecodeError

from .codecs import SpecCodecs
from .findings import Finding, Report
from .infer import infer_fields

__all__ = ["Proposal", "apply_proposals", "propose", "write_examples"]

_INT_TYPES = {1: "u8", 2: "u16", 4: "u32", 8: "u64"}


@dataclass
class Proposal:
    finding: str  # the finding's key
    action: str  # add_message, set_code, add_enum_value, add_flag, append_field, set_field_type,
    #              set_port_numbers, set_response
    summary: str
    file: str  # relative to the spec folder
    where: str  # YAML path in words, e.g. "messages[id=rpc_ack].fields"
    yaml: str  # ready to paste at ``where``
    target: tuple[str, ...]  # what to find: ("message", id) / ("enum", id) / ("port",) ...
    value: Any  # the value the edit writes

    def to_json(self) -> dict[str, Any]:
        return {"finding": self.finding, "action": self.action, "summary": self.summary,
                "file": self.file, "where": self.where, "yaml": self.yaml}


def _flow(value: Any) -> str:
    text: str = yaml.safe_dump(value, default_flow_style=True, sort_keys=False, width=1000)
    text = text.strip()
    return text[:-3].strip() if text.endswith("\n...") else text  # a bare scalar's document end


def propose(report: Report, codecs: SpecCodecs) -> list[Proposal]:
    out: list[Proposal] = []
    for f in report.sorted_findings():
        p = _propose_one(f, report, codecs)
        if p is not None:
            out.append(p)
    return out


def _propose_one(f: Finding, report: Report, codecs: SpecCodecs) -> Proposal | None:
    spec = codecs.spec
    if f.kind == "unnamed_enum":
        e = spec.enums[f.facts["enum"]]
        v = int(f.facts["value"])
        name = f"value_{v}"
        return Proposal(f.key, "add_enum_value", f"name value {v} of enum {e.id}", e.file,
                        f"enums.{e.id}.values", f"{name}: {v}", ("enum", e.id), (name, v))
    if f.kind == "unnamed_flag":
        owner = codecs.by_spec_id[f.facts["owner"]]
        bits = list(f.facts["bits"])
        flags = {f"bit_{b}": b for b in bits}
        return Proposal(f.key, "add_flag", f"name bit(s) {bits} of {owner.id}.{f.facts['field_id']}",
                        owner.file, f"{_where(owner)}.fields[id={f.facts['field_id']}].flags",
                        "\n".join(f"{k}: {b}" for k, b in flags.items()),
                        ("field", owner.id, f.facts["field_id"]), flags)
    if f.kind == "trailing_bytes":
        return _trailing(f, codecs)
    if f.kind == "unknown_code":
        return _unknown(f, report, codecs)
    if f.kind == "unmapped_port" and f.facts.get("port"):
        port = spec.port(f.facts["port"])
        seen = report.numbers_seen.get(port.id, set())
        numbers = sorted(({n for n in port.numbers if n in seen}) | {int(f.facts["number"])})
        return Proposal(f.key, "set_port_numbers", f"port {port.id} on {numbers}", port.file,
                        "port.numbers", f"numbers: {_flow(numbers)}", ("port",), numbers)
    if f.kind == "pairing":
        req = codecs.by_spec_id[f.facts["request"]]
        assert isinstance(req, ir.Message)
        return Proposal(f.key, "set_response", f"{req.id} is answered by {f.facts['reply']}", req.file,
                        f"{_where(req)}.response", f"response: {f.facts['reply']}", ("message", req.id),
                        f.facts["reply"])
    return None


def _where(td: ir.TypeDef) -> str:
    return f"messages[id={td.id}]" if isinstance(td, ir.Message) else f"types.{td.id}"


def _trailing(f: Finding, codecs: SpecCodecs) -> Proposal | None:
    msg = codecs.by_spec_id[f.subject]
    extras = {int(k) for k in f.facts.get("extra", {})}
    full = [s.payload for s in f.samples if s.size == len(s.payload)]
    if len(extras) == 1:
        d = extras.pop()
        widen = _widen_candidate(msg, d, full)
        if widen is not None:
            fid, new_type = widen
            return Proposal(f.key, "set_field_type", f"{msg.id}.{fid} is {new_type} ({d} byte(s) wider)",
                            msg.file, f"{_where(msg)}.fields[id={fid}].type", f"type: {new_type}",
                            ("field", msg.id, fid), new_type)
        entry: dict[str, Any] = ({"id": f"extra_{d}", "type": _INT_TYPES[d]} if d in _INT_TYPES
                                 else {"id": f"extra_{d}", "type": "bytes", "size": d})
    else:
        entry = {"id": "extra", "type": "bytes", "size": "eos"}
    entry["doc"] = "Seen in captures after the fields the spec knew (vs1 conform)."
    return Proposal(f.key, "append_field", f"{msg.id} has {', '.join(sorted(f.facts['extra']))} more byte(s)",
                    msg.file, f"{_where(msg)}.fields", f"- {_flow(entry)}", ("message", msg.id), entry)


def _widen_candidate(msg: ir.TypeDef, d: int, samples: list[bytes]) -> tuple[str, str] | None:
    """The one integer field whose bytes read as a wider integer explain ``d`` extra bytes.

    Big-endian, a small value in a wider field puts zeros where the narrow field was read: the
    narrow reading is 0 in every sample while the wide one is not always 0. Only the last field
    qualifies: a wider field in the middle would have shifted every field after it, and a field
    that is 0 in every sample followed by new bytes is the likelier reading there.
    """
    if not samples or not msg.fields:
        return None
    found: list[tuple[str, str]] = []
    for f in msg.fields[-1:]:
        if f.offset is None or not isinstance(f.type, ir.IntT) or f.array is not None or f.when is not None:
            continue
        if f.hidden or f.enum is not None or f.flags is not None or f.type.endian != ">":
            continue
        w = f.type.width
        if w + d not in _INT_TYPES:
            continue
        o = f.offset
        if any(len(s) < o + w + d for s in samples):
            continue
        narrow = [int.from_bytes(s[o:o + w], "big") for s in samples]
        wide = [int.from_bytes(s[o:o + w + d], "big") for s in samples]
        if not any(narrow) and any(wide):
            found.append((f.id, ("s" if f.type.signed else "u") + str((w + d) * 8)))
    return found[0] if len(found) == 1 else None


def _unknown(f: Finding, report: Report, codecs: SpecCodecs) -> Proposal | None:
    pc = codecs.ports.get(f.port)
    if pc is None:
        return None
    code = int(f.facts["code"])
    direction = f.facts["direction"]
    answered = set(f.facts.get("answered_by", {}))
    full = [s.payload for s in f.samples if s.size == len(s.payload)]
    seen = report.stats.get(pc.id, {})
    # A message of the port that never showed up and decodes every sample: its code changed.
    candidates = []
    for cls in pc.by_code.values():
        model = codecs.message_model(cls)
        if model.shared or model.id in seen or model.direction not in (direction, "both"):
            continue
        if answered and model.response not in answered:
            continue
        try:
            for s in full:
                cls.decode(s)
        except DecodeError:
            continue
        candidates.append(model)
    if len(candidates) == 1 and full:
        m = candidates[0]
        return Proposal(f.key, "set_code", f"{m.id} has code 0x{code:04x}", m.file, f"{_where(m)}.code",
                        f"code: 0x{code:04x}", ("message", m.id), code)
    kind = f.facts.get("kind", "event")
    known_replies = [r for r in answered if r in codecs.by_spec_id]
    stub_id = f"{pc.id}_message_{code:04x}"
    lines = [f"- id: {stub_id}", f"  code: 0x{code:04x}", f"  direction: {direction}"]
    if kind == "request" and len(known_replies) == 1:
        lines += ["  kind: request", f"  response: {known_replies[0]}"]
    elif kind == "response":
        lines += ["  kind: response"]
    else:
        lines += ["  kind: event"]
    sizes = sorted(f.sizes)
    lines.append(f"  doc: Proposed by vs1 conform from {f.count} PDU(s) of {sizes[0]}..{sizes[-1]} bytes.")
    fields = infer_fields(full) if len(full) == len(f.samples) else [{"id": "data", "type": "bytes", "size": "eos"}]
    if fields:
        lines.append("  fields:")
        lines += [f"    - {_flow(x)}" for x in fields]
    else:
        lines.append("  fields: []")
    return Proposal(f.key, "add_message", f"message {stub_id} for code 0x{code:04x}", pc.port.file,
                    "messages", "\n".join(lines), ("messages",), "\n".join(lines))


# ---------------------------------------------------------------------- applying


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for k, v in node.value:
        if k.value == key:
            return v  # type: ignore[no-any-return]
    return None


def _find_owner(root: yaml.Node | None, ident: str) -> yaml.Node:
    msgs = _get(root, "messages")
    for item in msgs.value if isinstance(msgs, yaml.SequenceNode) else []:
        idn = _get(item, "id")
        if idn is not None and idn.value == ident:
            return cast(yaml.Node, item)
    types = _get(root, "types")
    t = _get(types, ident) if types is not None else None
    if t is not None:
        return t
    framings = _get(root, "framings")
    for _, fr in framings.value if isinstance(framings, yaml.MappingNode) else []:
        fm = _get(fr, "messages")
        for item in fm.value if isinstance(fm, yaml.SequenceNode) else []:
            idn = _get(item, "id")
            if idn is not None and idn.value == ident:
                return cast(yaml.Node, item)
    raise KeyError(f"no message or type {ident!r}")


def _find_field(owner: yaml.Node, ident: str) -> yaml.Node:
    fields = _get(owner, "fields")
    for item in fields.value if isinstance(fields, yaml.SequenceNode) else []:
        idn = _get(item, "id")
        if idn is not None and idn.value == ident:
            return cast(yaml.Node, item)
    raise KeyError(f"no field {ident!r}")


def _line_insert_point(text: str, index: int) -> int:
    """Where a new line goes after a node that ends at ``index``."""
    start = text.rfind("\n", 0, index) + 1
    if not text[start:index].strip():
        return start
    nl = text.find("\n", index)
    return len(text) if nl < 0 else nl + 1


def _replace(text: str, node: yaml.Node, new: str) -> str:
    return text[:node.start_mark.index] + new + text[node.end_mark.index:]


def _append_item(text: str, seq: yaml.Node, item: str, flow_item: str | None) -> str:
    """Append to a sequence: ``item`` (block lines, no indent) or ``flow_item`` in flow style."""
    if getattr(seq, "flow_style", False) or not isinstance(seq, yaml.SequenceNode):
        if flow_item is None:
            raise ValueError("cannot add a block item to a flow sequence")
        if not seq.value:
            return _replace(text, seq, f"[{flow_item}]")
        close = text.rfind("]", 0, seq.end_mark.index)
        return text[:close] + f", {flow_item}" + text[close:]
    last = seq.value[-1]
    dash = max(last.start_mark.column - 2, 0)
    at = _line_insert_point(text, last.end_mark.index)
    block = "".join(" " * dash + ln + "\n" for ln in item.splitlines())
    if at == len(text) and not text.endswith("\n"):
        block = "\n" + block
    return text[:at] + block + text[at:]


def _add_entries(text: str, mapping: yaml.Node, entries: dict[str, Any]) -> str:
    pairs = ", ".join(f"{k}: {_flow(v)}" for k, v in entries.items())
    if getattr(mapping, "flow_style", False):
        close = text.rfind("}", 0, mapping.end_mark.index)
        sep = ", " if mapping.value else ""
        return text[:close] + sep + pairs + text[close:]
    last_key, last_val = mapping.value[-1]
    col = last_key.start_mark.column
    at = _line_insert_point(text, last_val.end_mark.index)
    block = "".join(" " * col + f"{k}: {_flow(v)}\n" for k, v in entries.items())
    return text[:at] + block + text[at:]


def _apply(text: str, p: Proposal) -> str:
    root = yaml.compose(text)
    if p.action == "add_enum_value":
        values = _get(_get(_get(root, "enums"), p.target[1]), "values")
        assert values is not None
        return _add_entries(text, values, {p.value[0]: p.value[1]})
    if p.action == "add_flag":
        flags = _get(_find_field(_find_owner(root, p.target[1]), p.target[2]), "flags")
        assert flags is not None
        return _add_entries(text, flags, dict(p.value))
    if p.action == "set_field_type":
        node = _get(_find_field(_find_owner(root, p.target[1]), p.target[2]), "type")
        assert node is not None
        return _replace(text, node, str(p.value))
    if p.action == "append_field":
        fields = _get(_find_owner(root, p.target[1]), "fields")
        assert fields is not None
        return _append_item(text, fields, f"- {_flow(p.value)}", _flow(p.value))
    if p.action == "set_code":
        node = _get(_find_owner(root, p.target[1]), "code")
        assert node is not None
        return _replace(text, node, f"0x{int(p.value):04x}")
    if p.action == "set_response":
        node = _get(_find_owner(root, p.target[1]), "response")
        assert node is not None
        return _replace(text, node, str(p.value))
    if p.action == "set_port_numbers":
        node = _get(_get(root, "port"), "numbers")
        assert node is not None
        return _replace(text, node, _flow(p.value))
    if p.action == "add_message":
        msgs = _get(root, "messages")
        assert msgs is not None
        return _append_item(text, msgs, str(p.value), None)
    raise ValueError(f"unknown proposal action {p.action!r}")


def apply_proposals(spec_dir: Path, proposals: Iterable[Proposal]) -> list[str]:
    """Make each proposal's edit in ``spec_dir``; returns the files changed."""
    changed: list[str] = []
    for p in proposals:
        path = spec_dir / p.file
        text = path.read_text(encoding="utf-8")
        path.write_text(_apply(text, p), encoding="utf-8")
        if p.file not in changed:
            changed.append(p.file)
    return changed


def write_examples(spec_dir: Path, report: Report, codecs: SpecCodecs) -> list[str]:
    """Add one observed payload per cleanly decoded message as ``examples:`` (if it has none)."""
    changed: list[str] = []
    for msg_id, (frame, payload) in sorted(report.examples.items()):
        model = codecs.by_spec_id.get(msg_id)
        if not isinstance(model, ir.Message) or model.examples:
            continue
        path = spec_dir / model.file
        text = path.read_text(encoding="utf-8")
        owner = _find_owner(yaml.compose(text), msg_id)
        entry = {"name": f"capture frame {frame}", "hex": payload.hex()}
        existing = _get(owner, "examples")
        if existing is not None:
            text = _append_item(text, existing, f"- {_flow(entry)}", _flow(entry))
        else:
            text = _add_entries(text, owner, {"examples": [entry]})
        path.write_text(text, encoding="utf-8")
        if model.file not in changed:
            changed.append(model.file)
    return changed
