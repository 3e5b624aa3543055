"""The real ``vs1 codegen`` command, run as a subprocess: check mode, staleness, determinism,
headers and spec errors."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "protocol_spec"
VS1 = Path(sys.executable).with_name("vs1")
OWNED = ("vs1kit/generated", "tests/vectors", "docs", "dissectors")


def vs1(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert VS1.exists(), f"{VS1} not installed"
    return subprocess.run(
        [str(VS1), *map(str, args)], capture_output=True, text=True, timeout=180,
        env={**os.environ, **(env or {})}, check=False,
    )


def copy_spec(tmp_path: Path) -> Path:
    root = tmp_path / "protocol_spec"
    shutil.copytree(SPEC, root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def stale_names(stderr: str) -> dict[str, str]:
    """{path: why} from the check's report lines (``vs1kit/generated/rpc.py: stale``)."""
    out: dict[str, str] = {}
    for line in stderr.splitlines():
        path, sep, why = line.partition(": ")
        if sep and "/" in path and " " not in path:
            out[path] = why
    return out


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def checkout_digest(rels: list[str]) -> dict[str, str]:
    return {r: hashlib.sha256((REPO / r).read_bytes()).hexdigest() for r in rels if (REPO / r).exists()}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Everything the checkout's spec generates, written to an empty output root."""
    out = tmp_path_factory.mktemp("gen") / "out"
    proc = vs1("codegen", "--out", out)
    assert proc.returncode == 0, proc.stderr
    return out


# --------------------------------------------------------------------------- check mode


def test_check_passes_on_the_checkout() -> None:
    proc = vs1("codegen", "--check")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout
    assert proc.stderr == ""


def test_check_names_the_files_a_doc_change_makes_stale(tmp_path: Path) -> None:
    spec = copy_spec(tmp_path)
    edit(spec / "ports" / "rpc.yaml", "doc: Load a job file already uploaded by FTP into a slot.",
         "doc: Load a job file already uploaded by FTP into a slot (changed).")
    watched = ["vs1kit/generated/rpc.py", "docs/protocol.md"]
    before = checkout_digest(watched)
    proc = vs1("codegen", "--check", "--spec", spec)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    stale = stale_names(proc.stderr)
    assert stale.get("vs1kit/generated/rpc.py") == "stale", proc.stderr
    assert stale.get("docs/protocol.md") == "stale", proc.stderr
    # A doc string changes no codec of another port, no wire format and no vector.
    assert not any(p.startswith("tests/vectors/") for p in stale), proc.stderr
    assert "vs1kit/generated/io.py" not in stale
    assert "out of date" in proc.stderr and "vs1 codegen" in proc.stderr
    assert checkout_digest(watched) == before, "--check wrote to the checkout"


def test_check_names_the_files_a_new_field_makes_stale(tmp_path: Path) -> None:
    spec = copy_spec(tmp_path)
    edit(spec / "ports" / "io.yaml", "      - {id: pulse_ms, type: u16}\n",
         "      - {id: pulse_ms, type: u16}\n      - {id: repeat, type: u8}\n")
    proc = vs1("codegen", "--check", "--spec", spec)
    assert proc.returncode == 1
    stale = stale_names(proc.stderr)
    assert {"vs1kit/generated/io.py", "vs1kit/generated/constructs.py", "tests/vectors/io.json"} <= set(stale), proc.stderr
    assert "vs1kit/generated/rpc.py" not in stale
    assert "tests/vectors/rpc.json" not in stale
    assert f"{len(stale)} generated file(s) out of date" in proc.stderr


def test_check_reports_missing_and_orphaned_files(tmp_path: Path, generated: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated, out)
    (out / "vs1kit" / "generated" / "rpc.py").unlink()
    (out / "vs1kit" / "generated" / "old_port.py").write_text("# generated earlier\n", encoding="utf-8")
    proc = vs1("codegen", "--check", "--out", out)
    assert proc.returncode == 1
    stale = stale_names(proc.stderr)
    assert stale == {
        "vs1kit/generated/rpc.py": "missing",
        "vs1kit/generated/old_port.py": "no longer produced by the spec",
    }, proc.stderr
    assert (out / "vs1kit" / "generated" / "old_port.py").exists(), "--check deleted a file"


def test_spec_errors_exit_2_with_file_line_and_path(tmp_path: Path) -> None:
    spec = copy_spec(tmp_path)
    edit(spec / "ports" / "rpc.yaml", "{id: job_slot, type: u16}", "{id: job_slot, type: u17}")
    proc = vs1("codegen", "--check", "--spec", spec)
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, proc.stderr
    line = next(i + 1 for i, text in enumerate((spec / "ports" / "rpc.yaml").read_text().splitlines()) if "u17" in text)
    assert errors[0].startswith(f"error: ports/rpc.yaml:{line}: messages["), errors[0]
    assert ".type: " in errors[0] and "u17" in errors[0]


# --------------------------------------------------------------------------- output


def test_generation_is_deterministic(tmp_path: Path, generated: Path) -> None:
    # Another process with another hash seed: set and dict ordering must not leak into output.
    out = tmp_path / "again"
    proc = vs1("codegen", "--out", out, env={"PYTHONHASHSEED": "12345"})
    assert proc.returncode == 0, proc.stderr
    first, second = tree(generated), tree(out)
    assert sorted(first) == sorted(second)
    differing = [rel for rel in first if first[rel] != second[rel]]
    assert differing == []


def test_generated_tree_matches_the_checkout(generated: Path) -> None:
    for rel, data in tree(generated).items():
        assert (REPO / rel).read_bytes() == data, f"{rel} differs from the checkout"


def test_the_generated_tree_is_complete(generated: Path) -> None:
    files = set(tree(generated))
    for port in ("rpc", "io", "reports", "dhcp", "rip", "serial"):
        assert f"vs1kit/generated/{port}.py" in files
        assert f"tests/vectors/{port}.json" in files
    assert {"vs1kit/generated/types.py", "vs1kit/generated/enums.py", "vs1kit/generated/frames.py",
            "vs1kit/generated/constructs.py", "docs/protocol.md"} <= files
    assert "vs1kit/generated/ftp.py" not in files  # text protocols have no codec
    assert all(rel.startswith(OWNED) for rel in files), sorted(files)


def _header(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        first_key, value = next(iter(json.loads(text).items()))
        assert first_key == "_generated", path
        assert text.lstrip("{ \n").startswith('"_generated"'), path
        return str(value)
    return text.splitlines()[0]


def test_every_generated_file_starts_with_the_header(generated: Path) -> None:
    files = [p for p in sorted(generated.rglob("*")) if p.is_file()]
    assert len(files) > 20
    for path in files:
        head = _header(path)
        assert "GENERATED FILE - DO NOT EDIT" in head, path
        assert "by `vs1 codegen`" in head, path
        if path.suffix == ".py":
            assert head.startswith("# "), path
        elif path.suffix == ".md":
            assert head.startswith("<!-- "), path
        elif path.suffix == ".lua":
            assert head.startswith("-- "), path


def test_codegen_writes_only_what_changed(tmp_path: Path, generated: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(generated, out)
    proc = vs1("codegen", "--out", out)
    assert proc.returncode == 0
    assert "0 written" in proc.stdout
    spec = copy_spec(tmp_path)
    edit(spec / "ports" / "rpc.yaml", "doc: Load a job file already uploaded by FTP into a slot.",
         "doc: Load a job file from the RAM drive into a slot.")
    proc = vs1("codegen", "--spec", spec, "--out", out)
    assert proc.returncode == 0, proc.stderr
    written = {line.split()[-1] for line in proc.stdout.splitlines() if line.strip().startswith("wrote ")}
    assert "vs1kit/generated/rpc.py" in written
    assert not any(w.startswith("tests/vectors/") for w in written)
    assert "Load a job file from the RAM drive" in (out / "vs1kit/generated/rpc.py").read_text()
    assert vs1("codegen", "--check", "--spec", spec, "--out", out).returncode == 0


# --------------------------------------------------------------------------- a user's own spec


def test_a_users_spec_copy_generates_into_its_own_tree(tmp_path: Path) -> None:
    """The "adopt a real capture" path: an edited copy of the spec (without the schema folder,
    which the shipped one stands in for) generates every target under --out, --check agrees,
    and the checkout is left alone."""
    spec = tmp_path / "my_spec"
    shutil.copytree(SPEC, spec, ignore=shutil.ignore_patterns("schema"))
    edit(spec / "ports" / "rpc.yaml", "      - {id: job_slot, type: u16}",
         "      - {id: job_slot, type: u16}\n      - {id: exposure_us, type: u32}")
    out = tmp_path / "out"
    before = checkout_digest(["vs1kit/generated/rpc.py", "dissectors/vs1.lua", "docs/protocol.md"])

    proc = vs1("codegen", "--spec", spec, "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert "exposure_us: int" in (out / "vs1kit/generated/rpc.py").read_text(encoding="utf-8")
    assert "exposure_us" in (out / "dissectors/vs1.lua").read_text(encoding="utf-8")
    assert "exposure_us" in (out / "docs/protocol.md").read_text(encoding="utf-8")
    assert "exposure_us" in (out / "tests/vectors/rpc.json").read_text(encoding="utf-8")

    check = vs1("codegen", "--check", "--spec", spec, "--out", out)
    assert check.returncode == 0, check.stderr
    assert vs1("codegen", "--check", "--out", out).returncode == 1  # the shipped spec differs
    assert checkout_digest(list(before)) == before


def test_installed_without_a_checkout_codegen_asks_for_out(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from vs1kit.codegen import cli

    monkeypatch.setattr(cli, "checkout_root", lambda: None)
    result = CliRunner().invoke(cli.codegen_command, [])
    assert result.exit_code == 2, result.output
    assert "Pass --out DIR" in result.output and "vs1kit/generated" in result.output
