"""The dissector's Lua on Lua 5.2 (what tshark 4.0 embeds) and 5.4 (Wireshark 4.4 and later).

tshark here runs 5.2 only, so a plain-Lua stand-in for Wireshark's API (``lua_harness.lua``)
loads ``dissectors/vs1.lua`` in both interpreters and runs its decoders, with and without a
tree, on sample, random and mutated PDUs. Lua 5.4 has integers besides floats, so formatting
and arithmetic may differ: the outputs must be identical, with no Lua error anywhere. The
interpreters come from Debian (``lua5.2``, ``lua5.4``), installed on demand like tshark.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from vs1kit.codegen import ir
from vs1kit.codegen.emitters import lua
from vs1kit.codegen.samples import Sampler
from vs1kit.pcap import synth
from vs1kit.protocol.framing import encode_frame

from .conftest import LUA_DIR

HARNESS = Path(__file__).with_name("lua_harness.lua")
VERSIONS = ("lua5.2", "lua5.4")


def _interpreters() -> list[str]:
    missing = [v for v in VERSIONS if shutil.which(v) is None]
    if missing and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update"], capture_output=True, env=env, check=False, timeout=900)
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *missing],
                       capture_output=True, env=env, check=False, timeout=900)
    missing = [v for v in VERSIONS if shutil.which(v) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} not installed and could not be installed: "
                    f"run `sudo apt-get install -y {' '.join(missing)}`")
    return [shutil.which(v) or v for v in VERSIONS]


def _inputs(spec: ir.Spec) -> list[str]:
    rng = random.Random(99)
    modules = synth.generated_modules(spec)
    sampler = Sampler(spec, modules)
    values = synth.RandomValues(spec, modules, rng)
    lines: list[str] = []
    for port in synth.custom_ports(spec):
        assert port.framing is not None
        for msg in port.all_messages:
            samples = [sampler.value(msg, v) for v in range(sampler.variants(msg))]
            samples += [values.value(msg) for _ in range(8)]
            for k, value in enumerate(samples):
                if port.framing.kind == "lines":
                    data = value.encode() + port.framing.terminator
                elif port.framing.kind == "datagram":
                    data = value.encode()
                else:
                    data = encode_frame(value, rng.randrange(1 << 32))
                if k % 3 == 2:  # a mutated copy too
                    raw = bytearray(data)
                    for _ in range(rng.randint(1, 3)):
                        raw[rng.randrange(len(raw))] = rng.randrange(256)
                    data = bytes(raw[: rng.randint(1, len(raw))]) if k % 2 else bytes(raw)
                client = "1" if msg.direction != "from_camera" else "0"
                lines.append(f"{port.id}\t{data.hex()}\t{client}")
    return lines


def test_lua_52_and_54_dissect_alike(spec: ir.Spec, tmp_path: Path) -> None:
    _run_both(spec, LUA_DIR / "vs1.lua", tmp_path)


def test_every_spec_feature_generates_working_lua(tmp_path: Path) -> None:
    """The standard ports' messages (DHCP, RIP) use what the custom ones do not (a switch
    default, arrays to the end of the datagram, datagram framing): generate the dissector as
    if they were custom ports and run it the same way."""
    spec = synth.spec_model()
    for port in spec.ports:
        port.standard = False
    script = tmp_path / "all.lua"
    script.write_text(lua.emit(spec)["dissectors/vs1.lua"])
    inputs = _run_both(spec, script, tmp_path)
    assert any(line.startswith(("rip\t", "dhcp\t")) for line in inputs)


def _run_both(spec: ir.Spec, script: Path, tmp_path: Path) -> list[str]:
    interpreters = _interpreters()
    inputs = tmp_path / "inputs.txt"
    lines = _inputs(spec)
    inputs.write_text("\n".join(lines) + "\n")
    outputs = []
    for lua_bin in interpreters:
        proc = subprocess.run([lua_bin, str(HARNESS), str(script), str(inputs)],
                              capture_output=True, text=True, errors="replace", check=False, timeout=300)
        assert proc.returncode == 0, f"{lua_bin}: {proc.stderr}"
        assert "LUA ERROR" not in proc.stdout and "internal dissector error" not in proc.stdout, \
            f"{lua_bin}: " + "\n".join(x for x in proc.stdout.splitlines() if "ERROR" in x or "internal" in x)[:2000]
        outputs.append(proc.stdout)
    a, b = (o.splitlines() for o in outputs)
    first = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), None)
    assert len(a) == len(b) and first is None, \
        f"Lua 5.2 and 5.4 differ at output line {first}: {a[first]!r} vs {b[first]!r}" if first is not None else \
        "outputs differ in length"
    # With and without a tree, the Info column is the same.
    infos = [line for line in a if not line.startswith("  ")]
    assert len(infos) == 2 * len(lines)
    for tree, scan in zip(infos[0::2], infos[1::2], strict=True):
        assert tree.removeprefix("tree\t") == scan.removeprefix("scan\t"), (tree, scan)
    return lines
