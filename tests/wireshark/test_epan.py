"""The C build of the dissectors (dissectors/vs1_epan.c, `vs1 wireshark build`) against the Lua
one: tshark with either gives the same protocol tree, field by field, and the same packet list.

The C plugin is compiled by `vs1 wireshark build --dir` into a private home's personal plugin
folder (the test installs the Debian package wireshark-dev when pkg-config knows no
`wireshark`, and fails with the reason when it cannot). Wireshark loads no personal binary
plugins as root, so when the tests run as root both tsharks run as `nobody` (setpriv), on
copies of the captures that user may read.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from vs1kit import resources, wireshark
from vs1kit.cli import main as cli_main
from vs1kit.pcap import synth

_APT_TIMEOUT_S = 900


def _require_wireshark_dev() -> None:
    """pkg-config `wireshark` and a C compiler, installed with apt-get when missing (as root)."""
    have = shutil.which("pkg-config") and subprocess.run(["pkg-config", "--exists", "wireshark"],
                                                         check=False).returncode == 0
    if have and (shutil.which("cc") or shutil.which("gcc")):
        return
    if os.geteuid() != 0:
        pytest.fail("the C plugin test needs Wireshark's development files and a C compiler, and is not "
                    "root so it cannot install them: sudo apt-get install -y wireshark-dev pkg-config gcc")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "wireshark-dev", "pkg-config", "gcc"]):
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=_APT_TIMEOUT_S, check=False)
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            pytest.fail(f"wireshark-dev is missing and `{' '.join(cmd)}` failed ({proc.returncode}):\n{tail}")


def _open_to_all(path: Path) -> None:
    """Let an unprivileged tshark read (and write its config under) ``path``."""
    for p in [path, *path.rglob("*")]:
        mode = p.stat().st_mode
        p.chmod(mode | stat.S_IROTH | stat.S_IWOTH | (stat.S_IXOTH if p.is_dir() else 0))


class Engines:
    """Runs tshark with the Lua plugin (-X lua_script) or with the C plugin (a home whose
    personal plugin folder has vs1_epan.so), in otherwise identical private environments."""

    def __init__(self, tshark: str, root: Path, lua_dir: Path) -> None:
        self.tshark = tshark
        self.root = root
        self.lua_args = [a for s in wireshark.dissector_files(lua_dir) for a in ("-X", f"lua_script:{s}")]
        self.lua_env = wireshark.isolated_env(root / "lua-home")
        self.c_home = root / "c-home"
        self.c_env = wireshark.isolated_env(self.c_home)
        self.prefix = wireshark.unprivileged()

    def capture(self, src: Path) -> Path:
        out = self.root / src.name
        shutil.copyfile(src, out)
        _open_to_all(self.root)
        return out

    def run(self, engine: str, *args: str) -> str:
        env, extra = (self.lua_env, self.lua_args) if engine == "lua" else (self.c_env, [])
        proc = subprocess.run([*self.prefix, self.tshark, "-n", *extra, *args], capture_output=True, text=True,
                              env=env, timeout=600, check=False)
        assert proc.returncode == 0, f"tshark ({engine}) failed: {proc.stderr}"
        assert "Lua" not in proc.stderr and "plugin" not in proc.stderr.lower(), proc.stderr
        return proc.stdout


@pytest.fixture(scope="module")
def engines(tshark: str, lua_dir: Path) -> Iterator[Engines]:
    _require_wireshark_dev()
    # Not under pytest's base folder, which only its owner may enter.
    root = Path(tempfile.mkdtemp(prefix="vs1-epan-test-"))
    try:
        yield _engines(tshark, root, lua_dir)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _engines(tshark: str, root: Path, lua_dir: Path) -> Engines:
    eng = Engines(tshark, root, lua_dir)
    folder = wireshark.epan_plugin_dir(wireshark.wireshark_version(), wireshark.plugin_dir(home=eng.c_home))
    result = CliRunner().invoke(cli_main, ["wireshark", "build", "--dir", str(folder)])
    assert result.exit_code == 0, result.output
    assert (folder / wireshark.EPAN_PLUGIN).is_file(), result.output
    _open_to_all(root)
    # tshark loads it: the same protocols as the Lua build.
    protocols = subprocess.run([*eng.prefix, tshark, "-G", "protocols"], capture_output=True, text=True,
                               env=eng.c_env, check=True).stdout
    assert "VS-1 Smart Camera\tVS1\tvs1" in protocols, "the C plugin was not loaded"
    return eng


def _tree(pdml: str, attr: str) -> list[list[tuple[str, str]]]:
    """Per packet: (field name, its ``attr``) of every vs1 field and expert info, in tree order."""
    out = []
    for pkt in ET.fromstring(pdml).iter("packet"):
        items = []
        for el in pkt.iter("field"):
            name = el.get("name") or ""
            if name == "vs1" or name.startswith(("vs1.", "_ws.expert")):
                items.append((name, el.get(attr) or ""))
        out.append(items)
    return out


def _lua_latin1(text: str) -> str:
    """What vs1.lua on Wireshark 4.0 shows of a latin-1 text in a summary: TvbRange:string
    with ENC_ISO_8859_1 gives as many bytes of the UTF-8 text as the field has, so each
    non-ASCII character ends up one '?' (for texts whose non-ASCII characters come last, as in
    the samples). The C plugin shows the text itself."""
    return "".join(ch if ord(ch) < 128 else "?" for ch in text)


def _compare(lua: list[list[tuple[str, str]]], c: list[list[tuple[str, str]]]) -> list[str]:
    assert len(lua) == len(c)
    problems = []
    for number, (x, y) in enumerate(zip(lua, c, strict=True), start=1):
        if x == y:
            continue
        if len(x) == len(y) and all(a == b or (a[0] == b[0] and a[1] == _lua_latin1(b[1]) and a[1] != b[1])
                                    for a, b in zip(x, y, strict=True)):
            continue
        only_lua = [i for i in x if i not in y][:5]
        only_c = [i for i in y if i not in x][:5]
        problems.append(f"frame {number}: Lua only {only_lua}, C only {only_c}")
    return problems


def _captures(root: Path) -> list[Path]:
    sample, bulk = root / "sample.pcap", root / "bulk.pcap"
    synth.write_sample_capture(sample)  # with the 1 MB picture: reassembly of many segments
    synth.write_bulk_capture(bulk, 2000)  # coalesced and split PDUs, UDP, serial lines
    return [sample, bulk]


@pytest.fixture(scope="module")
def captures(engines: Engines, tmp_path_factory: pytest.TempPathFactory, exchanges: Path) -> list[Path]:
    made = _captures(tmp_path_factory.mktemp("epan-captures"))
    return [engines.capture(p) for p in [*made, exchanges]]


@pytest.mark.parametrize("attr", ["show", "showname"])
def test_c_and_lua_give_the_same_tree(engines: Engines, captures: list[Path], attr: str) -> None:
    """Two-pass tshark (links both ways, unanswered requests): the same vs1 fields with the same
    values (``show``), and the same tree lines: labels, summaries, dates (``showname``)."""
    for cap in captures:
        lua = _tree(engines.run("lua", "-2", "-r", str(cap), "-T", "pdml"), attr)
        c = _tree(engines.run("c", "-2", "-r", str(cap), "-T", "pdml"), attr)
        assert sum(len(items) for items in lua) > 100 or cap.name == "exchanges.pcap"
        problems = _compare(lua, c)
        assert not problems, f"{cap.name}: " + "\n".join(problems[:10])


def test_c_and_lua_give_the_same_packet_list(engines: Engines, captures: list[Path]) -> None:
    """One pass, as the packet list: the same Protocol and Info columns for every frame."""
    cols = ["-T", "fields", "-e", "frame.number", "-e", "_ws.col.Protocol", "-e", "_ws.col.Info"]
    for cap in captures:
        lua = engines.run("lua", "-r", str(cap), *cols).splitlines()
        c = engines.run("c", "-r", str(cap), *cols).splitlines()
        assert len(lua) == len(c) and any("VS1-" in line for line in lua)
        diffs = [(a, b) for a, b in zip(lua, c, strict=True) if a != b and a != _lua_latin1(b)]
        assert not diffs, f"{cap.name}: {diffs[:5]}"


def test_the_c_plugin_sees_the_error_reply_and_the_unanswered_request(engines: Engines, captures: list[Path]) -> None:
    exchanges = captures[-1]
    out = engines.run("c", "-2", "-r", str(exchanges), "-T", "fields", "-e", "frame.number", "-e", "_ws.expert.message",
                      "-Y", "vs1.analysis.error_reply || vs1.analysis.unanswered || vs1.analysis.unmatched")
    rows = dict(line.split("\t", 1) for line in out.splitlines())
    assert "error_reply seq 2: not_in_control" in rows["10"], rows
    assert "no response in the capture" in rows["12"], rows
    assert "no request with this seq before it" in rows["14"], rows


def test_build_names_the_missing_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Without pkg-config's `wireshark`, the error names the Debian package to install."""
    real = shutil.which

    def which(name: str, *args: object, **kwargs: object) -> str | None:
        return None if name == "pkg-config" else real(name)

    monkeypatch.setattr(shutil, "which", which)
    with pytest.raises(wireshark.WiresharkError, match="wireshark-dev"):
        wireshark.build_epan(tmp_path)
    result = CliRunner().invoke(cli_main, ["wireshark", "build", "--dir", str(tmp_path)])
    assert result.exit_code != 0 and "wireshark-dev" in result.output


def test_installing_one_build_removes_the_other(tmp_path: Path) -> None:
    """Both register the protocol vs1: the personal plugin folder keeps only one of them."""
    plugins = tmp_path / "plugins"
    epan = plugins / "4.0" / "epan"
    epan.mkdir(parents=True)
    (epan / wireshark.EPAN_PLUGIN).write_bytes(b"\x7fELF")
    wireshark.install(plugins)
    assert wireshark.remove_epan(plugins) == [epan / wireshark.EPAN_PLUGIN]
    assert (plugins / "vs1.lua").is_file() and not (epan / wireshark.EPAN_PLUGIN).exists()
    assert wireshark.remove_lua(plugins) == [plugins / "vs1.lua"]
    assert not (plugins / "vs1.lua").exists()
    assert wireshark.epan_source() == resources.dissectors_dir() / "vs1_epan.c"


def test_the_c_heuristic_finds_vs1_on_another_port(engines: Engines, tmp_path: Path) -> None:
    """Off by default; on with the preference `heuristic`, as in vs1.lua."""
    from vs1kit.generated import rpc
    from vs1kit.pcap import CaptureWriter
    from vs1kit.protocol.framing import encode_frame

    path = tmp_path / "moved.pcap"
    with CaptureWriter(path) as cap:
        tcp = cap.tcp_session(("10.0.0.2", 50001), ("10.0.0.1", 40000))
        tcp.send(True, encode_frame(rpc.GetStatus(), 1))
        tcp.close()
    moved = engines.capture(path)
    cols = ["-T", "fields", "-e", "_ws.col.Protocol", "-e", "_ws.col.Info", "-Y", "tcp.len > 0"]
    assert engines.run("c", "-r", str(moved), *cols).split("\t")[0] == "TCP"
    found = engines.run("c", "-o", "vs1.heuristic:TRUE", "-r", str(moved), *cols).strip()
    assert found == "VS1-RPC\tRequest get_status seq=1"
    assert engines.run("lua", "-o", "vs1.heuristic:TRUE", "-r", str(moved), *cols).strip() == found
    # The port preferences have vs1.lua's names too: moving the RPC port there finds it.
    for engine in ("c", "lua"):
        assert engines.run(engine, "-o", "vs1.rpc_ports:40000", "-r", str(moved), *cols).strip() == found


def _lua_srt(engines: Engines, cap: Path) -> dict[str, tuple[int, float, float]]:
    printer = Path(__file__).with_name("srt_print.lua")
    out = engines.run("lua", "-q", "-X", f"lua_script:{printer}", "-r", str(cap)).splitlines()
    start = out.index("VS-1 response times")
    rows = {}
    for line in out[start + 2:]:
        if line.startswith("Total"):
            break
        name, calls, lo, hi, _avg, _total = line.rsplit(None, 5)
        rows[name.strip()] = (int(calls), float(lo), float(hi))
    return rows


def _c_srt(engines: Engines, cap: Path, *args: str) -> dict[str, tuple[int, float, float]]:
    out = engines.run("c", *args, "-q", "-z", "vs1.srt,tree", "-r", str(cap)).splitlines()
    rows = {}
    for line in out:
        if line.startswith(" ") and "(0x" in line:
            name, rest = line.strip().split(")", 1)
            calls, _avg, lo, hi = rest.split()[:4]
            rows[name + ")"] = (int(calls), float(lo), float(hi))
    return rows


def test_the_c_response_time_statistic_counts_what_the_lua_tap_counts(engines: Engines, captures: list[Path]) -> None:
    """Statistics > VS-1 Response Times (tshark -z vs1.srt,tree): per request type the same
    calls, minimum and maximum as vs1.lua's table, one pass or two."""
    for cap in captures:
        lua = _lua_srt(engines, cap)
        assert lua, cap.name
        for args in ([], ["-2"]):
            c = _c_srt(engines, cap, *args)
            assert c.keys() == lua.keys(), cap.name
            for name, (calls, lo, hi) in lua.items():
                assert c[name][0] == calls, (cap.name, name)
                assert abs(c[name][1] - lo) < 1e-6 and abs(c[name][2] - hi) < 1e-6, (cap.name, name, c[name], lua[name])


def test_the_vs1_filter_and_switch_work_alike(engines: Engines, captures: list[Path]) -> None:
    """`-Y vs1` finds the same frames with both builds; `--disable-protocol vs1` turns every
    port's protocol off in both (the packets stay TCP/UDP)."""
    sample = captures[0]
    cols = ["-T", "fields", "-e", "frame.number"]
    frames = {e: engines.run(e, "-Y", "vs1", "-r", str(sample), *cols).split() for e in ("lua", "c")}
    assert frames["c"] == frames["lua"] and len(frames["c"]) > 100
    for engine in ("lua", "c"):
        off = engines.run(engine, "--disable-protocol", "vs1", "-r", str(sample), "-T", "fields", "-e", "_ws.col.Protocol")
        assert not any(p.startswith("VS1") for p in off.split()), engine


def test_mutated_pdus_give_the_same_fields_and_experts(engines: Engines, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """1,500 mutated PDUs (the fuzz test's mutations: flips, cuts, bad lengths, big counts...):
    the same vs1 field values and expert infos, frame by frame, and the same malformed frames.
    (Tree lines may differ in two ways, both vs1.lua's: a text with a NUL ends its summary
    there, and a latin-1 text's summary is cut as described in _lua_latin1.)"""
    import random

    from dissectors import test_fuzz

    monkeypatch.setattr(test_fuzz, "TOTAL", 1500)
    rng = random.Random(7)
    cases = test_fuzz._cases(synth.spec_model(), rng)
    path = tmp_path / "fuzz.pcap"
    test_fuzz._write(path, cases, test_fuzz.FIRST_PORT, rng)
    fuzz = engines.capture(path)
    pdml = {e: engines.run(e, "-2", "-r", str(fuzz), "-T", "pdml") for e in ("lua", "c")}
    lua, c = _tree(pdml["lua"], "show"), _tree(pdml["c"], "show")
    assert sum(name.startswith("vs1.expert.") for items in c for name, _ in items) > 100
    problems = _compare(lua, c)
    assert not problems, "\n".join(problems[:10])
    assert pdml["lua"].count('name="_ws.malformed"') == pdml["c"].count('name="_ws.malformed"')
