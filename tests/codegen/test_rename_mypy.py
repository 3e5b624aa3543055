"""A field renamed in the spec makes mypy name every hand-written use of the old name.

The spec copy renames ``report_record.dropped_before`` (the emulator builds report records
with it, the client's report stream reads it). The package tree is copied (links followed),
regenerated from the renamed spec with ``vs1 codegen --spec --out``, and mypy (strict, the
project's configuration) runs over the copy: before the rename it has nothing to say about
the field; after it, it names the old field in hand-written files. So a spec change breaks
type checking, not a camera at run time.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VS1 = Path(sys.executable).with_name("vs1")
OLD, NEW = "dropped_before", "dropped_since"
ERROR = re.compile(r"^(?P<file>[^:\s]+\.py):(?P<line>\d+): error: (?P<message>.*)$")


def mypy_errors(tree: Path) -> list[tuple[str, str]]:
    proc = subprocess.run([sys.executable, "-m", "mypy", "vs1kit"], cwd=tree, capture_output=True,
                          text=True, timeout=900, check=False)
    assert "error: " in proc.stdout or proc.returncode == 0, proc.stdout + proc.stderr
    return [(m["file"], m["message"]) for m in map(ERROR.match, proc.stdout.splitlines()) if m]


def test_a_renamed_field_fails_mypy_where_hand_written_code_uses_it(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(REPO / "protocol_spec", spec)
    tree = tmp_path / "tree"
    shutil.copytree(REPO / "vs1kit", tree / "vs1kit", symlinks=False,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tree / "pyproject.toml")
    if (REPO / ".mypy_cache").is_dir():  # only for speed: mypy rechecks what changed
        shutil.copytree(REPO / ".mypy_cache", tree / ".mypy_cache")

    before = [e for e in mypy_errors(tree) if OLD in e[1]]
    assert before == []

    path = spec / "ports" / "reports.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(f"id: {OLD}") == 1
    path.write_text(text.replace(f"id: {OLD}", f"id: {NEW}"), encoding="utf-8")
    proc = subprocess.run([str(VS1), "codegen", "--spec", str(spec), "--out", str(tree)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert f"{NEW}: int" in (tree / "vs1kit" / "generated" / "reports.py").read_text(encoding="utf-8")

    after = [e for e in mypy_errors(tree) if OLD in e[1]]
    hand_written = sorted({f for f, _ in after if not f.startswith("vs1kit/generated/")})
    assert hand_written, f"mypy did not name {OLD} in hand-written code: {after}"
    assert all(f"\"{OLD}\"" in message for _, message in after), after
    print(f"mypy names {OLD} in: {', '.join(hand_written)}")
