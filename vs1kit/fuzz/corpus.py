"""Seeds and regressions: where every fuzz run starts.

Message decoders start from the test vectors (``tests/vectors/*.json``, generated from the
spec); the shared types and the frame header, which have no vectors of their own, from the
spec's sample values (the same sampler the vectors come from). Framing targets start from the
vectors wrapped in frames and lines. Reproducers of findings are kept in
``tests/fuzz/regressions.json`` and replayed by the test suite.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

from vs1kit.generated import enums, frames, types
from vs1kit.generated.registry import PORTS
from vs1kit.resources import checkout_root, spec_dir

from .targets import Target, all_targets


def vectors_dir() -> Path | None:
    root = checkout_root()
    return root / "tests" / "vectors" if root is not None else None


def regressions_file() -> Path | None:
    root = checkout_root()
    return root / "tests" / "fuzz" / "regressions.json" if root is not None else None


def vector_seeds() -> dict[str, list[tuple[str, bytes]]]:
    """Class name -> [(port, encoding)] from every vector file."""
    out: dict[str, list[tuple[str, bytes]]] = {}
    folder = vectors_dir()
    if folder is None:
        return out
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text())
        for vec in doc["vectors"]:
            out.setdefault(vec["class"], []).append((doc["port"], bytes.fromhex(vec["hex"])))
    return out


def sample_seeds() -> dict[str, list[bytes]]:
    """Class name -> encodings of the spec's sample values, every variant, for the shared types
    and the frame header (what the vectors hold for messages)."""
    from vs1kit.codegen.loader import load_spec
    from vs1kit.codegen.samples import Sampler

    spec = load_spec(spec_dir())
    modules: dict[str, ModuleType] = {"types": types, "frames": frames, "enums": enums}
    for port in spec.coded_ports:
        modules[port.id] = importlib.import_module(f"vs1kit.generated.{port.py_module}")
    sampler = Sampler(spec, modules)
    defs = [*spec.types.values(), *(f.header for f in spec.framings.values() if f.header is not None)]
    out: dict[str, list[bytes]] = {}
    for td in defs:
        cls = sampler.cls(td)
        encodings = out.setdefault(cls.__name__, [])
        for variant in range(sampler.variants(td)):
            data = bytes(sampler.value(td, variant).encode())
            if data not in encodings:
                encodings.append(data)
    return out


def _framed(port: str, class_name: str, payload: bytes, seq: int) -> bytes | None:
    cls = next((c for c in PORTS[port].messages if c.__name__ == class_name), None)
    if cls is None or cls.CODE is None or PORTS[port].framing_kind != "frame":
        return None
    return bytes(frames.encode_vs1_frame_header(cls.CODE, seq, len(payload), cls.HEADER_FLAGS)) + payload


def seeded(targets: list[Target] | None = None) -> list[Target]:
    """The targets with their seeds attached (never empty: a target with nothing else starts
    from the empty input)."""
    targets = all_targets() if targets is None else targets
    vectors = vector_seeds()
    samples = sample_seeds()
    framed: list[bytes] = []
    lines: list[bytes] = []
    for name, encodings in vectors.items():
        for port, data in encodings:
            frame = _framed(port, name, data, len(framed))
            if frame is not None:
                framed.append(frame)
            if PORTS[port].framing_kind == "lines":
                lines.append(data + PORTS[port].terminator)
    # Stream seeds: steering bytes, then several frames back to back (a split last frame too).
    stream = [bytes([i % 256, 0]) + b"".join(framed[i:i + 3]) for i in range(0, len(framed), 3)]
    stream.append(bytes([7, 0]) + b"".join(framed)[:-5])
    stream.append(bytes([1, 128 + 8]) + b"".join(framed[:4]))  # a small payload limit
    # Near the limit: a line that with its terminator fills max_line, a few insertions away
    # from too long.
    at_limit = [b"\x00" + b"L" * (PORTS[p].max_line - len(PORTS[p].terminator)) + PORTS[p].terminator
                for p in PORTS if PORTS[p].framing_kind == "lines"]
    by_framing = {
        "framing.stream": stream,
        "framing.datagram": framed,
        "framing.lines": [bytes([i]) + b"".join(lines) for i in (0, 5, 63)] + [b"\x00" + line for line in lines]
        + at_limit,
    }
    out = []
    for t in targets:
        if t.kind == "framing":
            seeds = by_framing[t.name]
        else:
            seeds = [d for _, d in vectors.get(t.name, [])] + samples.get(t.name, [])
            if t.name == frames.Vs1FrameHeader.__name__:
                seeds += [f[:frames.VS1_FRAME_HEADER_SIZE] for f in framed]
        unique = list(dict.fromkeys(seeds)) or [b""]
        out.append(replace(t, seeds=unique))
    return out


@dataclass(frozen=True)
class Regression:
    """A kept reproducer: the input, its target, and what it showed when it was found."""

    target: str
    data: bytes
    found: str
    note: str = ""


def regressions() -> list[Regression]:
    path = regressions_file()
    if path is None or not path.is_file():
        return []
    doc: list[dict[str, Any]] = json.loads(path.read_text())
    return [Regression(r["target"], bytes.fromhex(r["hex"]), r["found"], r.get("note", "")) for r in doc]


def add_regressions(new: list[Regression]) -> int:
    """Append reproducers not kept yet; returns how many were added."""
    path = regressions_file()
    if path is None:
        raise RuntimeError("regressions are kept in a source checkout; none found")
    kept = regressions()
    known = {(r.target, r.data) for r in kept}
    added = [r for r in new if (r.target, r.data) not in known]
    if added:
        rows = [{"target": r.target, "hex": r.data.hex(), "found": r.found, "note": r.note} for r in [*kept, *added]]
        path.write_text(json.dumps(rows, indent=1) + "\n")
    return len(added)
