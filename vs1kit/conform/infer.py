"""A field layout for a message the spec lacks, inferred from its sample payloads.

A depth-first search over field choices at each offset (length-prefixed strings, a length field
covering the rest, u32/u16/u8) keeps the first layout that consumes every sample exactly; the
fields it picks are then named from what their values look like across the samples (constant,
counter, IPv4 address). If no layout fits, the stub holds the payload as bytes to the end.
"""

from __future__ import annotations

import itertools
from typing import Any

__all__ = ["infer_fields"]

_MAX_FIELDS = 24


def _printable(raw: bytes) -> bool:
    return all(0x20 <= b < 0x7F for b in raw)


def infer_fields(samples: list[bytes]) -> list[dict[str, Any]]:
    """Field entries (spec YAML mappings) that decode every sample with nothing left over."""
    if not samples:
        return [{"id": "data", "type": "bytes", "size": "eos"}]
    if all(len(s) == 0 for s in samples):
        return []
    failed: set[tuple[int, ...]] = set()
    found = _search(samples, tuple(0 for _ in samples), [], failed)
    if found is None:
        return [{"id": "data", "type": "bytes", "size": "eos"}]
    return _name(samples, found)


def _search(samples: list[bytes], pos: tuple[int, ...], acc: list[tuple[str, tuple[int, ...]]],
            failed: set[tuple[int, ...]]) -> list[tuple[str, tuple[int, ...]]] | None:
    rest = [len(s) - p for s, p in zip(samples, pos, strict=True)]
    if all(r == 0 for r in rest):
        return acc
    if pos in failed or len(acc) >= _MAX_FIELDS or min(rest) <= 0:
        return None
    for kind, width in (("str8", 1), ("str16", 2), ("len16", 2), ("len32", 4), ("u32", 4), ("u16", 2), ("u8", 1)):
        if min(rest) < width:
            continue
        heads = [int.from_bytes(s[p:p + width], "big") for s, p in zip(samples, pos, strict=True)]
        if kind.startswith("str"):
            if not any(heads) or any(n > r - width for n, r in zip(heads, rest, strict=True)):
                continue
            if not all(_printable(s[p + width:p + width + n]) for s, p, n in zip(samples, pos, heads, strict=True)):
                continue
            nxt = tuple(p + width + n for p, n in zip(pos, heads, strict=True))
        elif kind.startswith("len"):
            if len(set(rest)) == 1 or any(n != r - width for n, r in zip(heads, rest, strict=True)):
                continue  # only a length that covers a remainder of varying size says anything
            nxt = tuple(len(s) for s in samples)
        else:
            nxt = tuple(p + width for p in pos)
        found = _search(samples, nxt, [*acc, (kind, pos)], failed)
        if found is not None:
            return found
    failed.add(pos)
    return None


def _looks_ipv4(values: list[bytes]) -> bool:
    return all(v[0] in (10, 172, 192) and v[3] not in (0, 255) for v in values)


def _name(samples: list[bytes], found: list[tuple[str, tuple[int, ...]]]) -> list[dict[str, Any]]:
    fields: list[dict[str, Any]] = []
    for kind, pos in found:
        off = pos[0]
        if kind in ("str8", "str16"):
            fields.append({"id": f"text_{off}", "type": "str", "length_prefix": "u8" if kind == "str8" else "u16"})
            continue
        if kind in ("len16", "len32"):
            fields.append({"id": f"length_{off}", "type": "u16" if kind == "len16" else "u32",
                           "length_of": f"data_{off}"})
            fields.append({"id": f"data_{off}", "type": "bytes"})
            continue
        width = {"u32": 4, "u16": 2, "u8": 1}[kind]
        raws = [s[p:p + width] for s, p in zip(samples, pos, strict=True)]
        values = [int.from_bytes(r, "big") for r in raws]
        entry: dict[str, Any] = {"id": f"field_{off}", "type": kind}
        if width == 4 and _looks_ipv4(raws):
            entry = {"id": f"address_{off}", "type": "ipv4"}
        elif len(values) > 1 and len(set(values)) == 1:
            entry["doc"] = f"Constant {values[0]:#x} in every sample."
        elif len(values) > 2 and all(b > a for a, b in itertools.pairwise(values)):
            entry["id"] = f"counter_{off}"
            entry["doc"] = "Increases from sample to sample: a counter."
        fields.append(entry)
    return fields
