"""Emitter: the Python codecs package ``vs1kit/generated/``."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import weakref
from pathlib import Path

from .. import ir
from .common import environment, header
from .pyconstruct import ConstructLowering
from .pylower import Lowering

OUT = "vs1kit/generated"


def _flag_sets(spec: ir.Spec) -> list[tuple[str, str, ir.Field]]:
    """(IntFlag class, owner id, field) of every flags field, in spec order."""
    owners: list[ir.TypeDef] = list(spec.types.values())
    owners += [f.header for f in spec.framings.values() if f.header is not None]
    owners += spec.shared_messages + spec.messages
    return [(f.flags_class, td.id, f) for td in owners for f in td.fields if f.flags is not None]


def _dependency_order(structs: list[ir.TypeDef]) -> list[ir.TypeDef]:
    """Referenced types before their users (construct objects are built at import)."""
    done: dict[str, ir.TypeDef] = {}

    def visit(td: ir.TypeDef) -> None:
        if td.id in done:
            return
        for f in td.fields:
            for ref in ir.references(f.type):
                visit(ref)
        done[td.id] = td

    for td in structs:
        visit(td)
    return list(done.values())


# Formatter settings are given in full (``--isolated``): the bytes must not depend on the
# folder vs1 codegen runs from or on a ruff configuration found there.
_RUFF_FORMAT = ("format", "--isolated", "--quiet", "--line-length", "100", "--target-version", "py311")


def _format(files: dict[str, str]) -> dict[str, str]:
    """Run ruff's formatter over the generated modules (one process for all of them) for
    stable, readable output."""
    out = dict(files)
    modules = sorted(path for path in files if path.endswith(".py"))
    with tempfile.TemporaryDirectory() as tmp:
        for path in modules:
            target = Path(tmp, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(files[path], encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "ruff", *_RUFF_FORMAT, tmp],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"ruff format failed on the generated modules:\n{proc.stderr}")
        for path in modules:
            out[path] = Path(tmp, path).read_text(encoding="utf-8")
    return out


_EMITTED: weakref.WeakKeyDictionary[ir.Spec, dict[str, str]] = weakref.WeakKeyDictionary()


def emit(spec: ir.Spec) -> dict[str, str]:
    """The generated package; lowered once per spec (the vectors emitter imports it too)."""
    if spec not in _EMITTED:
        _EMITTED[spec] = _emit(spec)
    return dict(_EMITTED[spec])


def _emit(spec: ir.Spec) -> dict[str, str]:
    env = environment()
    head = header("#")
    flag_sets = _flag_sets(spec)
    files: dict[str, str] = {}

    files[f"{OUT}/enums.py"] = env.get_template("python/enums.py.j2").render(
        header=head, enums=list(spec.enums.values()), flag_sets=flag_sets
    )

    # Each module is lowered once, then rendered once with its complete struct pool.
    types = list(spec.types.values())
    lower = Lowering(spec, in_types_module=True).lower(types)
    files[f"{OUT}/types.py"] = env.get_template("python/types.py.j2").render(
        header=head, types=types, lower=lower, pool_items=lower.pool.items
    )

    frame_framings = [f for f in spec.framings.values() if f.kind == "frame"]
    framed_types = [td for fr in frame_framings if fr.header is not None for td in [fr.header, *fr.messages]]
    lower = Lowering(spec, in_types_module=False).lower(framed_types)

    files[f"{OUT}/frames.py"] = env.get_template("python/frames.py.j2").render(
        header=head, frame_framings=frame_framings, lower=lower, pool_items=lower.pool.items,
        frame_ports=[p for p in spec.coded_ports if p.framing is not None and p.framing.kind == "frame"],
    )

    def lower_ref(msg: ir.Message) -> str:
        return f"frames.{msg.py_name}" if msg.shared else msg.py_name

    for port in spec.coded_ports:
        lower = Lowering(spec, in_types_module=False).lower(port.messages)
        files[f"{OUT}/{port.py_module}.py"] = env.get_template("python/port.py.j2").render(
            header=head, port=port, lower=lower, pool_items=lower.pool.items, lower_ref=lower_ref
        )

    cl = ConstructLowering(spec)
    structs: list[ir.TypeDef] = [*types]
    structs += [f.header for f in frame_framings if f.header is not None]
    structs += spec.shared_messages + spec.messages
    structs = _dependency_order(structs)
    files[f"{OUT}/constructs.py"] = env.get_template("python/constructs.py.j2").render(
        header=head, structs=structs, cl=cl, ports=spec.coded_ports
    )
    files[f"{OUT}/registry.py"] = env.get_template("python/registry.py.j2").render(
        header=head, ports=spec.ports, coded_ports=spec.coded_ports
    )
    framed = [p for p in spec.coded_ports if p.framing is not None and p.framing.kind == "frame"]
    surface = Lowering(spec, in_types_module=False)
    status = spec.enums.get("status_code")
    files[f"{OUT}/client_api.py"] = env.get_template("python/client_api.py.j2").render(
        header=head, ports=framed, lower=surface, status_enum=status
    )
    files[f"{OUT}/emulator_skeleton.py"] = env.get_template("python/emulator_skeleton.py.j2").render(
        header=head, ports=framed
    )
    files[f"{OUT}/__init__.py"] = (
        f"{head}\n"
        f'"""Codecs generated from the VS-1 spec ({spec.name} version {spec.version})."""\n\n'
        f"SPEC_NAME = {spec.name!r}\nSPEC_VERSION = {spec.version}\n"
    )
    return _format(files)
