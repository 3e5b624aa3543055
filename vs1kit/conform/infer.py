"""A field layout for a message the spec lacks, inferred from its sample payloads.

A depth-first search over field choices at each offset (length-prefixed strings, a length field
covering the rest, u32/u16/u8) keeps the first layout that consumes every sample exactly; the
fields it picks are then named from what their values look like across the samples (constant,
counter, IPv4 or MAC address, a count of elements filling the rest). If no layout fits, the stub holds the payload as bytes to the end.
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
    for kind, width in (("str8", 1), ("str16", 2), ("len16", 2), ("len32", 4), ("count8", 1), ("count16", 2),
                        ("mac", 6), ("u32", 4), ("u16", 2), ("u8", 1)):
        if min(rest) < width:
            continue
        heads = [int.from_bytes(s[p:p + width], "big") for s, p in zip(samples, pos, strict=True)]
        if kind.startswith("count"):
            # A count whose elements fill the rest: sizes that vary with the count.
            size = _element_size(heads, [r - width for r in rest])
            if size is None:
                continue
            kind = f"{kind}x{size}"
            nxt = tuple(len(s) for s in samples)
        elif kind == "mac":
            if not _looks_mac([s[p:p + 6] for s, p in zip(samples, pos, strict=True)]):
                continue
            nxt = tuple(p + 6 for p in pos)
        elif kind.startswith("str"):
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


def _element_size(counts: list[int], rests: list[int]) -> int | None:
    """The element size k (1, 2, 4 or 8) with rest == count * k in every sample, if the counts
    differ (one count says nothing about a size)."""
    if len(set(counts)) < 2:
        return None
    for k in (1, 2, 4, 8):
        if all(r == n * k for n, r in zip(counts, rests, strict=True)):
            return k
    return None


def _looks_mac(values: list[bytes]) -> bool:
    """Unicast MACs of one vendor: the same 3-byte OUI (not 00:00:00), individual bit clear."""
    ouis = {v[:3] for v in values}
    return len(values) > 1 and len(ouis) == 1 and values[0][:3] != b"\0\0\0" and not values[0][0] & 1 \
        and len({v[3:] for v in values}) > 1


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
        if kind == "mac":
            fields.append({"id": f"mac_{off}", "type": "mac"})
            continue
        if kind.startswith("count"):
            prefix, size = kind[len("count"):].split("x")
            fields.append({"id": f"items_{off}", "type": {1: "u8", 2: "u16", 4: "u32", 8: "u64"}[int(size)],
                           "array": {"count_prefix": f"u{prefix}"}})
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
