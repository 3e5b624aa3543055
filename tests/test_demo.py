"""The README's main command end to end: `vs1 demo` (what scripts/run runs)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from support.checkout import copy_source_tree

VS1 = Path(sys.executable).with_name("vs1")


def test_demo_runs_the_whole_chain(tmp_path: Path) -> None:
    vs1 = str(VS1) if VS1.exists() else shutil.which("vs1")
    assert vs1, "the vs1 command is not installed (scripts/bootstrap)"
    proc = subprocess.run([vs1, "demo", "--out", str(tmp_path), "--inspections", "5"],
                          capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
                          env={"COLUMNS": "160", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Generated from it by `vs1 codegen`" in out
    assert "Lossless report: 5 triggered inspections" in out
    for inspection in range(1, 6):
        assert f"│ {inspection} " in out
    assert "serial port 1 (formatted output)" in out
    assert (tmp_path / "demo-snap.png").stat().st_size > 1000
    assert (tmp_path / "demo.pcap").stat().st_size > 1_000_000  # includes a 1 MiB image PDU
    assert "Traceback" not in proc.stderr


def test_demo_follows_services_moved_to_other_port_numbers(tmp_path: Path) -> None:
    """Move the RPC and report services to other numbers in a copy of the spec, regenerate that
    tree and run the demo flow from it: every hand-written part finds the ports through the
    generated registry, none by a number of its own."""
    from vs1kit.generated.registry import PORTS

    tree = copy_source_tree(tmp_path / "tree")
    taken = {n for p in PORTS.values() for n in p.numbers}
    moved: dict[str, tuple[int, int]] = {}
    for port_id in ("rpc", "reports"):
        old = PORTS[port_id].numbers[0]
        new = old + 100
        while new in taken:
            new += 1
        taken.add(new)
        yaml_file = tree / "protocol_spec" / "ports" / f"{port_id}.yaml"
        text = yaml_file.read_text(encoding="utf-8")
        assert f"numbers: [{old}]" in text
        yaml_file.write_text(text.replace(f"numbers: [{old}]", f"numbers: [{new}]"), encoding="utf-8")
        moved[port_id] = (old, new)

    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "PYTHONPATH": str(tree),
           "COLUMNS": "160", "HOME": str(tmp_path)}

    def vs1(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "vs1kit.cli", *args], cwd=tree, env=env,
                              capture_output=True, text=True, timeout=240, stdin=subprocess.DEVNULL)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stdout + proc.stderr
        return proc.stdout

    vs1("codegen")
    where = subprocess.run(
        [sys.executable, "-c", "import json, vs1kit; from vs1kit.generated.registry import PORTS; "
         "print(json.dumps([vs1kit.__file__, {k: p.numbers for k, p in PORTS.items()}]))"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True)
    package, numbers = json.loads(where.stdout)
    assert Path(package).parent == tree / "vs1kit"
    for port_id, (_old, new) in moved.items():
        assert numbers[port_id] == [new]

    out = vs1("demo", "--out", str(tmp_path / "out"), "--inspections", "3")
    for port_id, (old, new) in moved.items():
        row = re.search(rf"│ {re.escape(PORTS[port_id].name)} +│ TCP +│ ([^│]+)│", out)
        assert row, out
        assert row.group(1).strip() == str(new), (port_id, old, row.group(0))
    assert "Lossless report: 3 triggered inspections" in out
    for inspection in range(1, 4):
        assert f"│ {inspection} " in out
    assert "serial port 1 (formatted output)" in out
    assert (tmp_path / "out" / "demo-snap.png").stat().st_size > 1000
    assert (tmp_path / "out" / "demo.pcap").stat().st_size > 1_000_000
