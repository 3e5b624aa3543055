"""No spec fact typed by hand: scripts/spec_literals.py finds none in the hand-written tree, and
it does find each kind of fact when one is there (so "none" means something)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from vs1kit.generated import frames
from vs1kit.generated.registry import PORTS

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "spec_literals.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_literals", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_hand_written_tree_has_no_spec_literals() -> None:
    proc = subprocess.run([sys.executable, str(SCRIPT)], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    bad = [line for line in proc.stdout.splitlines() if "(kept on purpose:" not in line]
    assert proc.returncode == 0 and not bad, proc.stdout + proc.stderr
    assert "0 spec fact(s) typed by hand" in proc.stderr


def test_each_kind_of_spec_fact_is_found() -> None:
    sl = _script()
    rpc = PORTS["rpc"].numbers[0]
    ftp = PORTS["ftp"].numbers[0]
    code = PORTS["rpc"].messages[0].CODE
    assert code is not None
    header = frames.VS1_FRAME_HEADER.format
    seq = frames.VS1_FRAME_SEQUENCE_OFFSET
    source = f'''"""Docstring naming port {rpc} is documentation."""
import struct
# a comment naming {rpc} and {code:#06x} is documentation
CONNECT = dict(host="h", port={rpc})
CONTROL_PORT = {ftp}
PRIORITY = {ftp}
KIND = {code:#06x}
MAGIC = {frames.VS1_FRAME_MAGIC}
HEADER = struct.Struct("{header}")
LITTLE = struct.Struct("<{header.lstrip('<>!=@')}")
HELP = "e.g. --port-map {rpc}=50000"
def stamp(buf: bytearray, n: int) -> None:
    struct.pack_into(">I", buf, {seq}, n)
    HEADER.pack_into(buf, {seq}, n)
ALLOWED = {rpc}  # spec-literal: a reason
'''
    found = {(f.line, f.what.split(" (")[0], bool(f.allowed))
             for f in sl.check_source(Path("probe.py"), source, sl.spec_facts())}
    assert found == {
        (4, f"port number {rpc}", False),
        (5, f"port number {ftp}", False),
        (7, f"message code {code:#06x}", False),
        (8, f"frame magic {frames.VS1_FRAME_MAGIC:#06x}", False),
        (9, f"hand-typed struct layout '{header}'", False),
        (11, f"port number {rpc} in text 'e.g. --port-map {rpc}=50000'", False),
        (13, f"pack_into at frame offset {seq}", False),
        (14, f"pack_into at frame offset {seq}", False),
        (15, f"port number {rpc}", True),
    }
