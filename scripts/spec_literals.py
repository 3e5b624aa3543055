"""Find spec facts typed by hand: port numbers, message codes and frame layout in hand-written code.

Every such fact must reach hand-written code through the generated modules (the registry, the
message classes' CODE and FIXED, ``frames.VS1_FRAME_*``); a copy goes silently wrong when a user
edits the spec. The facts searched for are read from the generated code, so the search follows
the spec. Comments and docstrings are not code (the AST has neither); tests are not searched.

    .venv/bin/python scripts/spec_literals.py [PATH ...]   # default: the hand-written tree

Searched: port numbers, message codes and the frame magic as integer literals; port numbers in
strings other than docstrings (help texts, examples); struct formats in ``struct`` calls that
are a generated layout (a frame header or a message's fixed run, three or more fields);
``pack_into``/``unpack_from`` at a literal frame-header offset. A line that keeps a literal on
purpose says so with ``# spec-literal: <why>``; those are listed, not counted.

Prints one line per finding (``file:line: what``) and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import re
import struct
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import vs1kit.generated
from vs1kit import resources
from vs1kit.generated import frames
from vs1kit.generated.registry import PORTS

# The hand-written Python (vs1kit/ minus what codegen writes, the generator, integrations,
# benchmarks, scripts). Tests may spell facts out: they check the generated code against them.
HAND_WRITTEN = ("vs1kit", "codegen", "integrations", "benchmarks", "scripts")
GENERATED = ("vs1kit/generated",)
# vs1kit/ links codegen/, integrations/, protocol_spec/, dissectors/: search each file once.
LINKED = ("vs1kit/codegen", "vs1kit/integrations", "vs1kit/protocol_spec", "vs1kit/dissectors")
_STRUCT_CALLS = {"Struct", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "calcsize"}
_OFFSET_CALLS = {"pack_into": 2, "unpack_from": 1}  # call -> index of the offset argument
_FORMAT_CODE = re.compile(r"\d*[xcbB?hHiIlLqQnNefdspP]")
_ALLOW = "# spec-literal:"
# Below this, a bare number is too common to be a port (priorities, codes, multipliers) unless
# the code around it is about ports.
_PRIVILEGED = 1024


@dataclass(frozen=True)
class Facts:
    ports: dict[int, str]  # number -> port id
    codes: dict[int, str]  # message code -> message id
    header: dict[int, str]  # frame offsets and size -> what
    magic: int
    layouts: dict[str, str]  # struct format -> where codegen puts it


def _codes(fmt: str) -> str:
    return fmt.lstrip("<>!=@")


def _layout_key(fmt: str) -> str:
    """The format with its byte order: '<IIII' (pcap, little-endian) is not '>IIII'."""
    return (">" if fmt[:1] == "!" else fmt[:1] if fmt[:1] in "<>=@" else "@") + _codes(fmt)


def _generated_layouts() -> dict[str, str]:
    """Every struct format the generated modules use for three or more fields."""
    found: dict[str, str] = {}
    for info in pkgutil.iter_modules(vs1kit.generated.__path__):
        module = importlib.import_module(f"vs1kit.generated.{info.name}")
        for name, value in vars(module).items():
            fixed = getattr(value, "FIXED", None)
            formats = [(value.format, name)] if isinstance(value, struct.Struct) else []
            if fixed is not None and isinstance(getattr(fixed, "struct", None), struct.Struct):
                formats.append((fixed.struct.format, f"{name}.FIXED"))
            for fmt, where in formats:
                if len(_FORMAT_CODE.findall(_codes(fmt))) >= 3:
                    found.setdefault(_layout_key(fmt), f"{info.name}.{where}")
    return found


def spec_facts() -> Facts:
    ports = {n: p.id for p in PORTS.values() for n in p.numbers}
    codes = {m.CODE: f"{p.id}.{m.SPEC_ID}" for p in PORTS.values() for m in p.messages
             if m.CODE is not None}
    header = {value: name.removeprefix("VS1_FRAME_").lower() for name, value in vars(frames).items()
              if name.startswith("VS1_FRAME_") and (name.endswith("_OFFSET") or name.endswith("_SIZE"))
              and isinstance(value, int) and value > 0}
    return Facts(ports, codes, header, frames.VS1_FRAME_MAGIC, _generated_layouts())


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    what: str
    allowed: str = ""  # the reason given with # spec-literal:

    def __str__(self) -> str:
        why = f" (kept on purpose: {self.allowed})" if self.allowed else ""
        return f"{self.path}:{self.line}: {self.what}{why}"


def _int(node: ast.AST | None) -> int | None:
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    return None


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are documentation, not code: docstrings of modules,
    classes and functions, and the string statements that document an attribute or alias."""
    return {id(node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)}


def _names(node: ast.AST) -> str:
    return " ".join(n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else
                    n.arg if isinstance(n, ast.keyword) and n.arg else "" for n in ast.walk(node)).lower()


def _port_contexts(tree: ast.AST) -> set[int]:
    """ids of the int literals that are about ports: ``port=21``, ``port == 80``, a value
    assigned to a name with "port" in it. Small numbers elsewhere (priorities, function codes,
    multipliers) are not the standard ports' numbers."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg and "port" in node.arg.lower():
            found |= {id(n) for n in ast.walk(node.value)}
        elif isinstance(node, ast.Compare) and "port" in _names(node):
            found |= {id(n) for n in ast.walk(node)}
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any("port" in _names(t) for t in targets) and node.value is not None:
                found |= {id(n) for n in ast.walk(node.value)}
    return found


def check_source(path: Path, source: str, facts: Facts) -> Iterator[Finding]:
    lines = source.splitlines()
    for finding in _search(path, source, facts):
        text = lines[finding.line - 1] if 0 < finding.line <= len(lines) else ""
        if _ALLOW in text:
            reason = text.split(_ALLOW, 1)[1].strip() or "no reason given"
            yield Finding(finding.path, finding.line, finding.what, reason)
        else:
            yield finding


def _search(path: Path, source: str, facts: Facts) -> Iterator[Finding]:
    try:
        tree = ast.parse(source, str(path))
    except SyntaxError as exc:  # someone's edit in progress: say so rather than pass it silently
        yield Finding(path, exc.lineno or 0, f"not searched: {exc.msg}")
        return
    docs = _docstrings(tree)
    about_ports = _port_contexts(tree)
    for node in ast.walk(tree):
        value = _int(node)
        if value is not None:
            line = getattr(node, "lineno", 0)
            text = ast.get_source_segment(source, node) or ""
            if value in facts.ports and (value >= _PRIVILEGED or id(node) in about_ports):
                yield Finding(path, line, f"port number {value} (port {facts.ports[value]!r})")
            elif value in facts.codes and text.lower().startswith("0x") and value & (value + 1):
                yield Finding(path, line, f"message code {text} ({facts.codes[value]})")
            elif value == facts.magic:
                yield Finding(path, line, f"frame magic {value:#06x}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            for word in re.findall(r"(?<![\w.])\d{2,5}(?![\w.])", node.value):
                if int(word) in facts.ports and int(word) >= _PRIVILEGED:
                    yield Finding(path, node.lineno, f"port number {word} in text {node.value[:60]!r}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            fmt = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None
            if name in _STRUCT_CALLS and isinstance(fmt, str) and fmt and _layout_key(fmt) in facts.layouts:
                yield Finding(path, node.lineno, f"hand-typed struct layout {fmt!r} "
                                                 f"(generated as {facts.layouts[_layout_key(fmt)]})")
            index = _OFFSET_CALLS.get(name)
            if index is not None and isinstance(func, ast.Attribute) and fmt is None:
                index -= 1  # a Struct's method: no format argument
            offset = _int(node.args[index]) if index is not None and len(node.args) > index else None
            if offset in facts.header:
                yield Finding(path, node.lineno, f"{name} at frame offset {offset} ({facts.header[offset]})")


def python_files(roots: Iterable[Path], base: Path) -> Iterator[Path]:
    skip = {base / p for p in (*GENERATED, *LINKED)}
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for path in files:
            if path.suffix == ".py" and not any(s == path or s in path.parents for s in skip):
                yield path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the hand-written tree)")
    args = parser.parse_args(argv)
    base = resources.checkout_root() or Path.cwd()
    roots = args.paths or [base / p for p in HAND_WRITTEN]
    facts = spec_facts()
    findings = [f for path in python_files(roots, base)
                for f in check_source(path.relative_to(base) if path.is_relative_to(base) else path,
                                      path.read_text(encoding="utf-8"), facts)]
    for finding in findings:
        print(finding)
    bad = [f for f in findings if not f.allowed]
    print(f"{len(bad)} spec fact(s) typed by hand, {len(findings) - len(bad)} kept on purpose",
          file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
