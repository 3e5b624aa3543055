"""The README's main command end to end: `vs1 demo` (what scripts/run runs): the tour
(codegen, the client driving an emulated camera, a capture), then the bridge publishing to an
embedded broker (amqtt) or, with --mqtt, to a real Mosquitto."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from support.checkout import ROOT, copy_source_tree

VS1 = Path(sys.executable).with_name("vs1")


def _mosquitto_fixture() -> Any:
    # The bridge tests' real-Mosquitto helper, reused as it is (loaded by path: the folder name
    # `integrations` is also the checkout's top-level package).
    spec = importlib.util.spec_from_file_location("_vs1_demo_mosquitto", Path(__file__).parent / "integrations" / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fresh_clone(dest: Path) -> Path:
    """A clone of the committed checkout (what a new user gets), or a copy of the sources when
    this is not a git checkout."""
    git = shutil.which("git")
    if git and (ROOT / ".git").exists():
        subprocess.run([git, "clone", "-q", "--no-hardlinks", str(ROOT), str(dest)], check=True,
                       capture_output=True, timeout=120)
        return dest
    return copy_source_tree(dest)


def test_demo_runs_the_whole_chain(tmp_path: Path) -> None:
    vs1 = str(VS1) if VS1.exists() else shutil.which("vs1")
    assert vs1, "the vs1 command is not installed (scripts/bootstrap)"
    proc = subprocess.run([vs1, "demo", "--out", str(tmp_path), "--inspections", "5", "--bridge-seconds", "4"],
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
    # Then the bridge: both cameras publish inspections, HA discovery is announced, and the
    # two demo commands get their replies (the unlisted point refused with the reason).
    assert "embedded MQTT broker (amqtt)" in out
    assert re.search(r"^publishing: .*inspection \d+", out, re.M), out
    for cam in ("line1", "line2"):
        assert re.search(rf"│ vs1/{cam}/inspection +│ \d+", out), out
    assert re.search(r"discovery\) +│ \d+ .*binary_sensor.*button.*sensor", out), out
    assert "command demo-2 write_output: refused (output point 7 is not in the bridge config" in out
    assert "command demo-1 write_output: ok" in out


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

    out = vs1("demo", "--out", str(tmp_path / "out"), "--inspections", "3", "--bridge-seconds", "3")
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
    # The bridge part found the moved ports through the registry too.
    assert re.search(r"│ vs1/line1/inspection +│ \d+", out), out


@pytest.mark.alone  # asserts 'publishing' within 30 s of wall time
def test_demo_from_a_fresh_clone_is_publishing_within_30_s(tmp_path: Path) -> None:
    """What the README promises a new user: `vs1 demo` in a fresh clone, no terminal, no stdin,
    reaches "publishing" (inspection messages seen on the broker) within 30 s of starting."""
    tree = _fresh_clone(tmp_path / "clone")
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "PYTHONPATH": str(tree),
           "COLUMNS": "160", "HOME": str(tmp_path)}
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "vs1kit.cli", "demo", "--out", str(tmp_path / "out"),
                             "--bridge-seconds", "5"], cwd=tree, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=(tmp_path / "stderr.txt").open("w"), text=True)
    lines: list[tuple[float, str]] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append((time.monotonic() - started, line.rstrip("\n")))
    proc.wait(timeout=60)
    err = (tmp_path / "stderr.txt").read_text()
    out = "\n".join(text for _, text in lines)
    assert proc.returncode == 0 and "Traceback" not in err, out + err
    where = subprocess.run([sys.executable, "-c", "import vs1kit; print(vs1kit.__file__)"], cwd=tmp_path,
                           env=env, capture_output=True, text=True, check=True)
    assert Path(where.stdout.strip()).parent == tree / "vs1kit"  # the clone ran, not the checkout
    publishing = [(t, text) for t, text in lines if text.startswith("publishing:") and "inspection" in text]
    assert publishing, out
    first_at, first = publishing[0]
    print(f"first 'publishing' line after {first_at:.1f} s: {first}")
    assert first_at < 30, (first_at, out)
    assert "Lossless report: 8 triggered inspections" in out  # the tour ran before it
    assert re.search(r"last inspection per camera: line1: #\d+ (pass|fail) Blob1\.Count=", out), out


def test_demo_publishes_to_a_real_broker_with_mqtt_url(tmp_path: Path) -> None:
    """`vs1 demo --mqtt URL` against a real Mosquitto: a plain `mosquitto_sub` sees every camera's
    inspection messages, each with its idempotency key."""
    fixture = _mosquitto_fixture()
    tool = shutil.which("mosquitto_sub")
    assert tool, "mosquitto_sub (Debian package mosquitto-clients) is needed"
    broker = fixture.Broker(tmp_path / "broker")
    broker.start()
    try:
        sub = subprocess.Popen([tool, "-h", "127.0.0.1", "-p", str(broker.port), "-q", "1", "-t", "vs1/+/inspection",
                                "-C", "20", "-W", "90"], stdout=subprocess.PIPE, text=True)
        # Wait until the broker logs the subscriber's connection (it subscribes right after; the
        # demo publishes ~60 inspections, the subscriber needs 20 of them).
        deadline = time.monotonic() + 10
        while b"New client connected" not in broker.log.read_bytes():
            assert time.monotonic() < deadline, "mosquitto_sub did not connect"
            time.sleep(0.02)
        url = f"mqtt://127.0.0.1:{broker.port}"
        proc = subprocess.run([str(VS1) if VS1.exists() else "vs1", "demo", "--no-tour", "--mqtt", url,
                               "--bridge-seconds", "6", "--cameras", "2", "--rate", "5"],
                              capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                              env={**os.environ, "COLUMNS": "160"})
        got, _ = sub.communicate(timeout=90)
    finally:
        broker.stop()
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stdout + proc.stderr
    assert f"-> {url}" in proc.stdout and "amqtt" not in proc.stdout
    assert "Lossless report" not in proc.stdout  # --no-tour: straight to the bridge
    messages = [json.loads(line) for line in got.splitlines()]
    assert len(messages) == 20
    assert {m["camera"] for m in messages} == {"line1", "line2"}
    for m in messages:
        assert m["key"] == f"{m['serial']}:{m['boot_id']}:{m['inspection']}" and m["result"] in ("pass", "fail")
        assert set(m["datums"]) == {"Blob1.Count", "Blob1.Area"}
    for cam in ("line1", "line2"):  # in order per camera
        ids = [m["inspection"] for m in messages if m["camera"] == cam]
        assert ids == sorted(ids) and len(set(ids)) == len(ids)
