"""The README's main command end to end: `vs1 demo` (what scripts/run runs)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

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
