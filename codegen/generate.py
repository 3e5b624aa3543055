"""Run every emitter; write the outputs, or (``check``) compare them with what is on disk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import ir
from .loader import load_spec

# The source checkout, for tests that compare with its committed outputs; at run time the
# default output root comes from vs1kit.resources.checkout_root() (None when installed).
REPO_ROOT = Path(__file__).resolve().parent.parent

Emitter = Callable[[ir.Spec], dict[str, str]]


def emitters() -> dict[str, Emitter]:
    """One emitter per target; each returns {path relative to the output root: content}."""
    from .emitters import epan, lua, markdown, python, vectors

    return {"python": python.emit, "reference": markdown.emit, "vectors": vectors.emit, "lua": lua.emit,
            "epan": epan.emit}


# Where each target goes under the output root (the checkout's own layout).
LAYOUT = (
    ("Python codecs, client surface and emulator skeleton", "vs1kit/generated/"),
    ("the Wireshark dissector", "dissectors/vs1.lua"),
    ("the same dissector as a compiled Wireshark plugin", "dissectors/vs1_epan.c"),
    ("the protocol reference", "docs/protocol.md"),
    ("the test vectors", "tests/vectors/"),
)

# Folders whose every file is generated: a file there that no emitter produces is stale.
OWNED_DIRS = ("vs1kit/generated", "dissectors", "tests/vectors")
OWNED_SUFFIXES = (".py", ".lua", ".json", ".md", ".c")
KEEP = {"dissectors/README.md"}


@dataclass
class Result:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # differs from what the spec gives
    missing: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)  # generated earlier, not produced now
    by_emitter: dict[str, list[str]] = field(default_factory=dict)


def render_all(spec_root: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    spec = load_spec(spec_root)
    outputs: dict[str, str] = {}
    by_emitter: dict[str, list[str]] = {}
    for name, emit in emitters().items():
        files = emit(spec)
        by_emitter[name] = sorted(files)
        outputs.update(files)
    return outputs, by_emitter


def generate(spec_root: Path, out_root: Path, check: bool = False) -> Result:
    outputs, by_emitter = render_all(spec_root)
    result = Result(by_emitter=by_emitter)
    for rel, content in sorted(outputs.items()):
        path = out_root / rel
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old == content:
            result.unchanged.append(rel)
            continue
        if check:
            (result.missing if old is None else result.stale).append(rel)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        result.written.append(rel)
    for owned in OWNED_DIRS:
        base = out_root / owned
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            rel = path.relative_to(out_root).as_posix()
            if path.is_file() and path.suffix in OWNED_SUFFIXES and rel not in outputs and rel not in KEEP:
                result.orphaned.append(rel)
                if not check:
                    path.unlink()
    return result
