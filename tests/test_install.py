"""The installed package works: ``pip install .`` (non-editable) into a fresh venv, run from a
folder outside the checkout, gives a ``vs1`` whose commands find everything they need in the
wheel (spec, generated dissector, codegen templates), and the build prints no setuptools warning.

Speed: the venv gets no pip of its own (this environment's pip installs into it with
``--python``) and the wheel's dependencies (numpy, asyncua, ruff, ...) are installed once per dependency
list into a cache folder that the fresh venv sees through a ``.pth`` file; vs1kit itself is built
from a copy of the source and installed into the venv's own site-packages on every run.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from support.checkout import ROOT, copy_source_tree

from vs1kit.generated.registry import PORTS

# Python warning classes (BuildBackendWarning, SetuptoolsDeprecationWarning, ...) in pip's -v log;
# pip's own "WARNING:" lines about index locations are not setuptools'.
_WARNING_CLASS = re.compile(r"\b\w*Warning\b")


def _deps_cache() -> Path:
    """A folder holding the wheel's runtime dependencies, filled once per dependency list."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    key = hashlib.sha256(json.dumps([sys.version_info[:2], sorted(deps)]).encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vs1kit-test-install"
    target = base / key
    if (target / ".complete").exists():
        return target
    base.mkdir(parents=True, exist_ok=True)
    scratch = base / f"{key}.{os.getpid()}.tmp"
    shutil.rmtree(scratch, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--target", str(scratch), *deps],
                   check=True, timeout=600)
    (scratch / ".complete").touch()
    try:
        scratch.rename(target)
    except OSError:  # another run filled it meanwhile
        shutil.rmtree(scratch, ignore_errors=True)
    return target


@dataclass(frozen=True)
class Installed:
    venv: Path
    work: Path  # a folder outside the checkout to run in
    env: dict[str, str]
    pip_log: str

    def vs1(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run([str(self.venv / "bin" / "vs1"), *args], cwd=self.work, env=self.env,
                              capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        assert "Traceback" not in proc.stderr, proc.stderr
        assert proc.returncode == 0, f"vs1 {' '.join(args)} exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}"
        return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    tmp = tmp_path_factory.mktemp("install")
    assert ROOT not in tmp.resolve().parents
    source = tmp / "src"
    copy_source_tree(source)
    venv = tmp / "venv"
    # No pip inside (ensurepip takes longer than the rest): this environment's pip installs into
    # it with --python, exactly as the venv's own pip would.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "vs1kit-test-deps.pth").write_text(f"{_deps_cache()}\n", encoding="utf-8")
    work = tmp / "work"
    work.mkdir()
    # `pip install .` as a user runs it, from outside the checkout; -v shows the build backend's
    # output, where setuptools prints its warnings.
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-v",
                           "--no-deps", str(source)],
                          cwd=work, capture_output=True, text=True, timeout=600)
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-4000:]
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp / "home"), "COLUMNS": "160",
           "LANG": "C.UTF-8"}
    yield Installed(venv, work, env, log)


def test_wheel_builds_and_installs_without_setuptools_warnings(installed: Installed) -> None:
    assert "Successfully installed vs1kit-" in installed.pip_log
    warnings = sorted({m.group(0) for m in _WARNING_CLASS.finditer(installed.pip_log)})
    assert warnings == [], [line for line in installed.pip_log.splitlines() if "Warning" in line][:20]
    assert "absent from the `packages` configuration" not in installed.pip_log


def test_installed_package_runs_from_site_packages(installed: Installed) -> None:
    code = ("import json, vs1kit, vs1kit.codegen, vs1kit.integrations, vs1kit.resources as r; "
            "print(json.dumps([vs1kit.__file__, vs1kit.codegen.__file__, vs1kit.integrations.__file__, "
            "r.checkout_root(), str(r.spec_dir()), str(r.dissectors_dir()), str(r.templates_dir())]))")
    proc = subprocess.run([str(installed.venv / "bin" / "python"), "-c", code], cwd=installed.work,
                          env=installed.env, capture_output=True, text=True, timeout=60, check=True)
    pkg, codegen, integrations, checkout, spec, dissectors, templates = json.loads(proc.stdout)
    site = Path(pkg).parent
    assert site.parent.name == "site-packages" and installed.venv in site.parents
    assert Path(codegen).parent == site / "codegen" and Path(integrations).parent == site / "integrations"
    assert checkout is None
    assert (Path(spec) / "common.yaml").is_file() and Path(spec).parent == site
    assert (Path(dissectors) / "vs1.lua").is_file() and Path(dissectors).parent == site
    assert sorted(p.name for p in Path(templates).iterdir()) == ["lua", "markdown", "python"]


def test_every_command_loads_from_the_wheel(installed: Installed) -> None:
    out = installed.vs1("--help").stdout  # lists every command: imports every command module
    for name in ("bridge", "codegen", "conform", "demo", "discover", "emulate", "pcap", "status",
                 "wireshark"):
        assert f"\n  {name} " in out, out


def test_wireshark_install_and_check(installed: Installed) -> None:
    plugins = installed.work / "plugins"
    out = installed.vs1("wireshark", "install", "--dir", str(plugins)).stdout
    assert f"installed {plugins / 'vs1.lua'}" in out
    assert (plugins / "vs1.lua").read_bytes() == (ROOT / "dissectors" / "vs1.lua").read_bytes()
    check = installed.vs1("wireshark", "check", "--dir", str(plugins)).stdout
    assert "ok: every field of the spec is registered" in check


def test_pcap(installed: Installed) -> None:
    out = installed.vs1("pcap", "every-message.pcap", "--expect", "every-message.json").stdout
    match = re.search(r"wrote every-message\.pcap: (\d+) PDUs on (\d+) ports", out)
    assert match, out
    custom = {p.id for p in PORTS.values() if not p.standard and p.messages}
    expected = json.loads((installed.work / "every-message.json").read_text(encoding="utf-8"))
    assert int(match.group(1)) == len(expected["pdus"]) > 0
    # Every message of every custom port is in the capture, as the sample spec holds it.
    assert {pdu["port"] for pdu in expected["pdus"]} == custom
    assert int(match.group(2)) == len(custom)
    assert (installed.work / "every-message.pcap").stat().st_size > 1_000_000  # with the 1 MiB image


def test_codegen_of_a_users_spec_copy(installed: Installed) -> None:
    spec = installed.work / "my-spec"
    shutil.copytree(ROOT / "protocol_spec", spec)
    out_root = installed.work / "generated-tree"
    out = installed.vs1("codegen", "--spec", str(spec), "--out", str(out_root)).stdout
    written = re.search(r"(\d+) written, (\d+) unchanged", out)
    assert written and int(written.group(1)) > 0, out
    registry = (out_root / "vs1kit" / "generated" / "registry.py").read_text(encoding="utf-8")
    for port in PORTS.values():
        assert f'"{port.id}": PortSpec(' in registry
    assert "Proto(" in (out_root / "dissectors" / "vs1.lua").read_text(encoding="utf-8")
    assert (out_root / "docs" / "protocol.md").is_file()
    # Nothing was written into the installed package.
    assert not list(installed.venv.glob("lib/*/site-packages/vs1kit/vs1kit"))


def _free_offset() -> int:
    """A port offset at which every port of the spec is free on loopback (TCP and UDP)."""
    numbers = [n for p in PORTS.values() for n in p.numbers]
    for offset in range(11000, 65535 - max(numbers), 997):
        try:
            for n in numbers:
                for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
                    with socket.socket(socket.AF_INET, kind) as s:
                        s.bind(("127.0.0.1", n + offset))
        except OSError:
            continue
        return offset
    raise AssertionError("no port offset with every port free")


def test_emulate_for_a_duration(installed: Installed) -> None:
    offset = _free_offset()
    out = installed.vs1("emulate", "--duration", "1", "--port-offset", str(offset),
                        "--announce-interval", "0", "--workdir", str(installed.work / "cam")).stdout
    assert "VS-1 emulator" in out
    for port in PORTS.values():
        row = re.search(rf"│ {re.escape(port.id)} +│ ([^│]+)│", out)
        assert row, f"no row for {port.id}:\n{out}"
        assert row.group(1).strip() == ",".join(str(n + offset) for n in port.numbers)
    assert re.search(r"stopped \(VS1-\d+: \d+ inspections\)", out), out


def test_demo(installed: Installed) -> None:
    out = installed.vs1("demo", "--out", "demo-out", "--inspections", "3", timeout=180).stdout
    assert "Lossless report: 3 triggered inspections" in out
    demo = installed.work / "demo-out"
    assert (demo / "generated" / "vs1kit" / "generated" / "registry.py").is_file()
    assert (demo / "demo-snap.png").stat().st_size > 1000
    assert (demo / "demo.pcap").stat().st_size > 1_000_000


def test_mypy_checks_integrations_and_codegen_as_vs1kit_modules(tmp_path: Path) -> None:
    """codegen/ and integrations/ install as vs1kit.codegen / vs1kit.integrations; mypy must see
    them under those names (types flow into the code importing them, errors in them are
    reported), with no ignore_missing_imports for our own modules."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    ignored = [m for o in config.get("overrides", []) if o.get("ignore_missing_imports")
               for m in ([o["module"]] if isinstance(o["module"], str) else o["module"])]
    assert not [m for m in ignored if m.split(".")[0] in ("vs1kit", "codegen", "integrations")], ignored

    tree = tmp_path / "tree"
    copy_source_tree(tree)
    if (ROOT / ".mypy_cache").is_dir():  # unchanged modules need not be checked again
        shutil.copytree(ROOT / ".mypy_cache", tree / ".mypy_cache")
    (tree / "integrations" / "_probe_bad.py").write_text('def answer() -> int:\n    return "forty-two"\n')
    (tree / "codegen" / "_probe_bad.py").write_text("def width() -> str:\n    return 8\n")
    (tree / "vs1kit" / "_probe_use.py").write_text(
        "from vs1kit.codegen._probe_bad import width\n"
        "from vs1kit.integrations._probe_bad import answer\n\n"
        "x: str = answer()\ny: int = width()\n")
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=tree, capture_output=True, text=True,
                          timeout=600)
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert 'vs1kit/integrations/_probe_bad.py:2: error: Incompatible return value type (got "str", expected "int")' in out
    assert 'vs1kit/codegen/_probe_bad.py:2: error: Incompatible return value type (got "int", expected "str")' in out
    assert 'vs1kit/_probe_use.py:4: error: Incompatible types in assignment (expression has type "int", variable has type "str")' in out
    assert 'vs1kit/_probe_use.py:5: error: Incompatible types in assignment (expression has type "str", variable has type "int")' in out


def test_vs1_imports_a_command_group_only_when_it_runs() -> None:
    """Every command resolves under its own name; a client command does not import the bridge,
    the generator or the emulator (seconds of start-up on a busy machine)."""
    code = ("import json, sys, click; from vs1kit.cli import main; before = sorted(sys.modules); "
            "ctx = click.Context(main); names = main.list_commands(ctx); "
            "ok = all(main.get_command(ctx, n).name == n for n in names); "
            "print(json.dumps([before, names, ok]))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          check=True)
    before, names, ok = json.loads(proc.stdout)
    assert ok
    assert {"bridge", "codegen", "conform", "demo", "emulate", "pcap", "wireshark", "status"} <= set(names)
    assert not [m for m in before if m.startswith(("vs1kit.bridge", "vs1kit.codegen", "vs1kit.emulator"))]
