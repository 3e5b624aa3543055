"""Emitter: the Python codecs package ``vs1kit/generated/``."""

from __future__ import annotations

import subprocess
import sys

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


def _format(files: dict[str, str]) -> dict[str, str]:
    """Run ruff's formatter over the generated modules for stable, readable output."""
    out: dict[str, str] = {}
    for path, text in files.items():
        if not path.endswith(".py"):
            out[path] = text
            continue
        proc = subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--quiet", "--line-length", "100",
             "--stdin-filename", path, "-"],
            input=text, capture_output=True, text=True, check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"ruff format failed on generated {path}:\n{proc.stderr}")
        out[path] = proc.stdout
    return out


def emit(spec: ir.Spec) -> dict[str, str]:
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
