"""`vs1 pcap`, `vs1 wireshark install|check` and the generated file being current."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from vs1kit import wireshark
from vs1kit.cli.wireshark import pcap_command, wireshark_group
from vs1kit.codegen import ir
from vs1kit.codegen.emitters import lua
from vs1kit.pcap import synth

from .conftest import LUA_DIR


def test_shipped_dissector_is_what_the_spec_generates(spec: ir.Spec) -> None:
    fresh = lua.emit(spec)["dissectors/vs1.lua"]
    assert (LUA_DIR / "vs1.lua").read_text(encoding="utf-8") == fresh, \
        "dissectors/vs1.lua is stale: run `vs1 codegen`"
    assert fresh.startswith("-- GENERATED FILE - DO NOT EDIT.")
    # Port numbers come from the spec, never from the template.
    for port in synth.custom_ports(spec):
        assert f'id = "{port.id}"' in fresh
    for std in (p for p in spec.ports if p.standard):
        assert f'id = "{std.id}"' not in fresh
    # Lua 5.2 cannot parse the 5.3 operators; bit32 is gone in 5.4.
    code = re.sub(r'"(?:\\.|[^"\\])*"', '""', fresh)  # no string literals
    code = "\n".join(line.split("--")[0] for line in code.splitlines())  # no comments
    for token in ("//", "<<", ">>", "bit32", " & ", " | ", " ~ "):
        assert token not in code, token


def test_pcap_command_writes_the_capture_and_what_the_decoder_reads(tmp_path: Path, spec: ir.Spec) -> None:
    out, expect = tmp_path / "out.pcap", tmp_path / "out.json"
    result = CliRunner().invoke(pcap_command, [str(out), "--expect", str(expect)])
    assert result.exit_code == 0, result.output
    doc = json.loads(expect.read_text())
    pdus = synth.decode_capture(out, spec)
    assert [p.to_json() for p in pdus] == doc["pdus"]
    assert {p["port"] for p in doc["pdus"]} == {p.id for p in synth.custom_ports(spec)}
    assert all(set(p) == {"frames", "port", "number", "transport", "message", "seq", "value"} for p in doc["pdus"])


def test_pcap_random_is_reproducible(tmp_path: Path) -> None:
    a, b = tmp_path / "a.pcap", tmp_path / "b.pcap"
    for path in (a, b):
        result = CliRunner().invoke(pcap_command, [str(path), "--random", "60", "--seed", "7"])
        assert result.exit_code == 0, result.output
    assert a.read_bytes() == b.read_bytes()


def test_install_copies_the_dissectors_and_check_finds_every_field(tmp_path: Path, tshark: str) -> None:
    dest = tmp_path / "plugins"
    result = CliRunner().invoke(wireshark_group, ["install", "--dir", str(dest)])
    assert result.exit_code == 0, result.output
    assert (dest / "vs1.lua").read_bytes() == (LUA_DIR / "vs1.lua").read_bytes()
    result = CliRunner().invoke(wireshark_group, ["check", "--dir", str(dest)])
    assert result.exit_code == 0, result.output
    assert "ok: every field of the spec is registered" in result.output


def test_check_fails_on_a_lua_load_error(tmp_path: Path, tshark: str) -> None:
    (tmp_path / "broken.lua").write_text("this is not lua(\n")
    result = wireshark.check(tmp_path, expected=[])
    assert not result.ok and result.errors


def test_check_says_clearly_when_tshark_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(wireshark_group, ["check", "--tshark", "/nonexistent/tshark"])
    assert result.exit_code == 2
    assert "tshark was not found" in result.output and "apt-get install tshark" in result.output
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(wireshark, "_CANDIDATES", ())
    with pytest.raises(wireshark.TsharkMissingError):
        wireshark.find_tshark()


def test_plugin_folder_per_platform() -> None:
    home = Path("/home/ann")
    assert wireshark.plugin_dir("linux", {}, home) == home / ".local/lib/wireshark/plugins"
    assert wireshark.plugin_dir("darwin", {}, home) == home / ".local/lib/wireshark/plugins"
    win = wireshark.plugin_dir("win32", {"APPDATA": r"C:\Users\ann\AppData\Roaming"})
    assert win.parts[-2:] == ("Wireshark", "plugins")
    with pytest.raises(wireshark.WiresharkError):
        wireshark.plugin_dir("win32", {})
