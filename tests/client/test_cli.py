"""The `vs1` client commands, run as real subprocesses against an emulator started by the test."""

from __future__ import annotations

import asyncio
import json
import random
import re
import socket
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
from PIL import Image as PILImage

from vs1kit.client import Camera, SyncCamera
from vs1kit.client.supervisor import MONITOR_PORT
from vs1kit.generated import enums
from vs1kit.generated.registry import PORTS
from vs1kit.generated.types import Record

from .conftest import EmulatorThread, run_vs1

PW = {"VS1_PASSWORD": "admin"}


def _json(stdout: str) -> object:
    return json.loads(stdout.strip().splitlines()[-1])


def _one_line_error(proc: subprocess.CompletedProcess[str], code: int) -> str:
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    text = proc.stderr.strip()
    assert "Traceback" not in text and len(text.splitlines()) == 1, text
    return text


def test_status_login_start_stop_and_error_codes(emu_thread: EmulatorThread) -> None:
    args = emu_thread.cli_args()
    proc = run_vs1(["status", *args, "--json"])
    assert proc.returncode == 0, proc.stderr
    status = _json(proc.stdout)
    assert isinstance(status, dict) and status["state"] == "running" and status["job_name"] == "Inspect1.avp"
    assert "VS-1" in run_vs1(["status", *args]).stdout  # the table for people

    wrong = run_vs1(["login", *args, "--password", "nope"])
    assert "login refused" in _one_line_error(wrong, 4)
    ok = run_vs1(["login", *args, "--json"], env=PW)
    assert ok.returncode == 0, ok.stderr
    assert _json(ok.stdout)["in_control"] is True  # type: ignore[index]

    assert run_vs1(["stop", *args]).returncode == 2  # no password: usage error
    stop = run_vs1(["stop", *args, "--json"], env=PW)
    assert stop.returncode == 0, stop.stderr
    assert _json(stop.stdout)["state"] == "stopped"  # type: ignore[index]
    start = run_vs1(["start", *args], env=PW)
    assert start.returncode == 0 and "running" in start.stdout

    # Someone else in control: exit 5, one line naming the holder.
    with SyncCamera(emu_thread.cam.host, port_map=emu_thread.port_map, password="admin") as other:
        other.gain_control()
        held = run_vs1(["stop", *args], env=PW)
        assert "held by 127.0.0.1" in _one_line_error(held, 5)


def test_unreachable_camera_is_one_line_exit_3() -> None:
    monitor = PORTS[MONITOR_PORT].numbers[0]
    proc = run_vs1(["status", "--host", "127.0.0.1", "--port-map", f"{monitor}=1", "--timeout", "1"])
    assert "unreachable" in _one_line_error(proc, 3)


def test_port_offset_option() -> None:
    et = None
    for _ in range(20):
        offset = random.randrange(100, 9000)  # every custom port + offset stays < 65536
        try:
            et = EmulatorThread(port_offset=offset, standard_ports=False)
            break
        except OSError:
            continue
    assert et is not None
    try:
        proc = run_vs1(["status", "--host", et.cam.host, "--port-offset", str(offset), "--json"])
        assert proc.returncode == 0, proc.stderr
    finally:
        et.stop()


def test_job_list_download_flash_and_bad_file(emu_thread: EmulatorThread, tmp_path: Path) -> None:
    args = emu_thread.cli_args()
    listed = run_vs1(["job", "list", *args, "--json"])
    assert listed.returncode == 0, listed.stderr
    names = {j["name"] for j in _json(listed.stdout)["jobs"]}  # type: ignore[index]
    assert "Inspect1.avp" in names
    job = tmp_path / "Sorter7.avp"
    job.write_bytes(b"AVP job\nSteps: Snapshot1;Blob1;Output1\n" + b"x" * 100_000)
    down = run_vs1(["job", "download", str(job), "--slot", "7", "--select", *args, "--json"], env=PW)
    assert down.returncode == 0, down.stderr
    assert _json(down.stdout) == {"ok": True, "file": "Sorter7.avp", "slot": 7, "selected": True, "flashed": False}
    again = run_vs1(["job", "list", *args, "--json"])
    assert _json(again.stdout)["selected_slot"] == 7  # type: ignore[index]
    assert run_vs1(["job", "flash", *args], env=PW).returncode == 0
    bad = run_vs1(["job", "download", str(tmp_path / "missing.avp"), *args], env=PW)
    assert "bad file" in _one_line_error(bad, 6)
    txt = tmp_path / "notes.txt"
    txt.write_text("hello")
    assert "bad file" in _one_line_error(run_vs1(["job", "download", str(txt), *args], env=PW), 6)


def test_snap_and_live(emu_thread: EmulatorThread, tmp_path: Path) -> None:
    args = emu_thread.cli_args()
    png = tmp_path / "img.png"
    snap = run_vs1(["snap", "-o", str(png), *args])
    assert snap.returncode == 0, snap.stderr
    assert np.asarray(PILImage.open(png)).shape == (480, 640)
    live = run_vs1(["live", "--frames", "30", *args, "--json"])
    assert live.returncode == 0, live.stderr
    summary = _json(live.stdout)
    assert isinstance(summary, dict) and summary["frames"] == 30 and summary["fps"] > 0
    people = run_vs1(["live", "--frames", "5", *args])
    assert "fps" in people.stdout


def test_reports_follow_partq_and_serial() -> None:
    et = EmulatorThread(free_run_hz=200.0)
    try:
        args = et.cli_args()
        follow = run_vs1(["reports", "--follow", "--count", "20", "-d", "Inspection.Number", *args, "--json"])
        assert follow.returncode == 0, follow.stderr
        rows = [json.loads(line) for line in follow.stdout.splitlines()]
        ids = [r["inspection"] for r in rows]
        assert ids == list(range(ids[0], ids[0] + 20))
        assert all(r["datums"]["Inspection.Number"] == r["inspection"] for r in rows)
        people = run_vs1(["reports", "-f", "-n", "3", *args])
        assert people.returncode == 0 and people.stdout.count("#") == 3
        partq = run_vs1(["partq", "--last", "3", *args, "--json"])
        assert partq.returncode == 0, partq.stderr
        info = _json(partq.stdout)
        assert isinstance(info, dict) and info["count"] > 0 and len(info["records"]) == 3
        assert run_vs1(["reports", *args]).returncode == 0  # latest from PartQ, as a table
        serial = run_vs1(["serial", "1", "--count", "3", *args])
        assert serial.returncode == 0, serial.stderr
        assert len(serial.stdout.splitlines()) == 3
    finally:
        et.stop()


def test_io_list_set_and_watch(emu_thread: EmulatorThread) -> None:
    args = emu_thread.cli_args()
    listed = run_vs1(["io", *args, "--json"])
    assert listed.returncode == 0, listed.stderr
    points = _json(listed.stdout)
    assert isinstance(points, list) and {p["kind"] for p in points} >= {"physical_input", "physical_output"}
    virtual0 = 16  # 8 inputs, 8 outputs, then the virtual points
    # Writes need control: without a password the command says so (usage), with it they work.
    refused = run_vs1(["io", "--set", f"{virtual0}=1", *args])
    assert refused.returncode == 2 and "needs control" in refused.stderr, refused.stderr
    written = run_vs1(["io", "--set", f"{virtual0}=1", *args, "--password", "admin"])
    assert written.returncode == 0, written.stderr
    after = _json(run_vs1(["io", *args, "--json"]).stdout)
    assert isinstance(after, list)
    assert any(p["point"] == virtual0 and p["state"] for p in after)

    # --watch prints the changes another client makes (it keeps toggling a point until the
    # command is done, since the command's start-up time is unknown).
    done = threading.Event()

    def poke() -> None:
        with SyncCamera(emu_thread.cam.host, port_map=emu_thread.port_map, password="admin") as cam:
            cam.gain_control()
            state = True
            while not done.wait(0.3):
                cam.write_point(virtual0 + 1, state, 0)
                state = not state

    t = threading.Thread(target=poke)
    t.start()
    try:
        watch = run_vs1(["io", "--watch", "--count", "1", *args, "--json"])
    finally:
        done.set()
        t.join()
    assert watch.returncode == 0, watch.stderr
    assert _json(watch.stdout)["point"] == virtual0 + 1  # type: ignore[index]


def test_discover(emu_thread: EmulatorThread) -> None:
    cam = emu_thread.cam
    proc = run_vs1(["discover", "--target", cam.host, "--port", str(cam.port("announce")), "--timeout", "0.5", "--json"])
    assert proc.returncode == 0, proc.stderr
    found = _json(proc.stdout)
    assert isinstance(found, list) and found[0]["ip"] == cam.host and found[0]["name"].startswith("VS1-")
    nobody = run_vs1(["discover", "--target", "127.0.0.1", "--port", "9", "--timeout", "0.3"])
    assert nobody.returncode == 3


def _free_offset() -> int:
    """A port offset at which every port of `vs1 emulate` is free on 127.0.0.1 right now."""
    for _ in range(50):
        offset = random.randrange(1000, 16000)  # the highest port + offset stays below 65536
        socks: list[socket.socket] = []
        try:
            for spec in PORTS.values():
                kind = socket.SOCK_DGRAM if spec.transport == "udp" else socket.SOCK_STREAM
                for n in spec.numbers:
                    s = socket.socket(socket.AF_INET, kind)
                    socks.append(s)
                    s.bind(("127.0.0.1", n + offset))
            return offset
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise AssertionError("no free port offset found")


def test_emulate_command_free_run_duration_and_port_offset() -> None:
    exe = Path(sys.executable).with_name("vs1")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-c", "from vs1kit.cli import main; main()"]
    hz, duration = 200, 2.5

    async def main() -> None:
        offset = _free_offset()
        proc = await asyncio.create_subprocess_exec(
            *cmd, "emulate", "--free-run", str(hz), "--duration", str(duration),
            "--port-offset", str(offset), "--announce-interval", "0",
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        try:
            rows: dict[str, str] = {}
            while True:
                line = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode()
                assert line, (await proc.stderr.read()).decode()
                if line.startswith("└"):
                    break
                cells = [c.strip() for c in line.strip().strip("│").split("│")]
                if len(cells) == 2:
                    rows[cells[0]] = cells[1]
            # The table: one camera, every port moved by the offset (standard ones too).
            assert rows["name"] == "VS1-000001" and rows["address"] == "127.0.0.1"
            assert rows["job"] == "Inspect1.avp"
            for port_id, spec in PORTS.items():
                if port_id != "dhcp":  # the DHCP client binds only while it runs
                    assert rows[port_id] == ",".join(str(n + offset) for n in spec.numbers), port_id
            # Free-run inspections are happening, seen through the client on the offset ports.
            async with Camera("127.0.0.1", port_offset=offset, password="admin") as cam:
                status = await cam.get_status()
                assert status.trigger_mode == enums.TriggerMode.FREE_RUN and status.inspections > 0
                stream = await cam.open_report(["Inspection.Number"], mode=enums.ReportMode.LOSSY)
                recs = [await asyncio.wait_for(stream.__anext__(), 2) for _ in range(20)]
                numbers = [r.inspection for r in recs if isinstance(r, Record)]
                assert numbers == list(range(numbers[0], numbers[0] + 20))  # nothing dropped at 200 Hz
                await stream.aclose()
            out, err_text = await asyncio.wait_for(proc.communicate(), duration + 10)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        assert proc.returncode == 0, err_text.decode()
        match = re.search(r"stopped \(VS1-000001: (\d+) inspections\)", out.decode())
        assert match, out
        assert 0.8 * hz * duration <= int(match.group(1)) <= 1.05 * hz * duration + 5

    asyncio.run(asyncio.wait_for(main(), 40))
