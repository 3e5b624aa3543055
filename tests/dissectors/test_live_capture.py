"""A live capture on loopback of a real client/emulator exchange, dissected by the generated Lua.

dumpcap (root) captures while the vs1kit client drives an emulated camera on every custom
port; tshark with ``dissectors/vs1.lua`` (port preferences pointed at the emulator's ports)
must find every port's protocol, the expected messages, and nothing malformed.
"""

from __future__ import annotations

import asyncio
import shutil
import signal
import subprocess
from pathlib import Path

from client.conftest import emulated, port_map_of
from support.tshark import raise_for_lua_dissection_errors, require_tshark, run_tshark

from vs1kit.client import Camera
from vs1kit.generated import enums
from vs1kit.generated.registry import PORTS

INSPECTIONS = 25


def test_live_exchange_dissects_cleanly(tmp_path: Path, lua_dir: Path) -> None:
    require_tshark()
    dumpcap = shutil.which("dumpcap")
    assert dumpcap, "dumpcap (package tshark/wireshark-common) is needed to capture"
    pcap = tmp_path / "live.pcapng"

    async def scenario() -> dict[int, int]:
        async with emulated() as emu:
            server = emu.cameras[0]
            ports = port_map_of(server)
            custom = [n for p in PORTS.values() if not p.standard for n in p.numbers]
            filt = "host 127.0.0.1 and (" + " or ".join(f"port {ports[n]}" for n in custom) + ")"
            proc = subprocess.Popen([dumpcap, "-q", "-i", "lo", "-f", filt, "-w", str(pcap)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            try:
                for _ in range(100):  # dumpcap writes the file header once it captures
                    if pcap.exists() and pcap.stat().st_size > 0:
                        break
                    await asyncio.sleep(0.05)
                await asyncio.sleep(0.3)
                async with Camera(server.host, port_map=ports, password="admin") as cam:
                    await cam.gain_control()
                    await cam.get_info()
                    await cam.list_jobs()
                    report = await cam.open_report(["Blob1.Count", "Blob1.Area", "OCR1.Text"])
                    serial = await cam.serial(1)
                    await cam.set_trigger(trigger_mode=enums.TriggerMode.SOFTWARE)
                    await cam.start()
                    await cam.trigger(count=INSPECTIONS)
                    got = 0
                    async for _rec in report.records():
                        got += 1
                        if got == INSPECTIONS:
                            break
                    await asyncio.wait_for(serial.__anext__(), 5)
                    await cam.snap()  # a 300 KiB image over many segments
                    await cam.partq_info()
                    await cam.fetch_latest(count=10)
                    await cam.list_points()
                    await cam.write_point(point=16, state=True)
                    await cam.get_status()
                    await serial.aclose()
                    await report.aclose()
                await asyncio.sleep(0.5)
            finally:
                proc.send_signal(signal.SIGINT)
                proc.wait(10)
            return ports

    ports = asyncio.run(asyncio.wait_for(scenario(), 60))
    prefs = {f"vs1.{pid}_ports": ",".join(str(ports[n]) for n in spec.numbers)
             for pid, spec in PORTS.items() if not spec.standard}
    out = run_tshark(pcap, lua_dir, ["-T", "fields", "-e", "frame.protocols"], prefs=prefs).stdout
    seen = {proto for line in out.splitlines() for proto in line.split(":")}
    for pid in ("monitor", "rpc", "reports", "partq", "acquire", "io", "serial", "login"):
        assert f"vs1.{pid}" in seen, f"no vs1.{pid} in the live capture: {sorted(seen)}"
    records = run_tshark(pcap, lua_dir, ["-Y", "vs1.reports.report_record.record.inspection", "-T", "fields",
                                         "-e", "vs1.reports.report_record.record.inspection"], prefs=prefs).stdout
    numbers = sorted(int(x) for line in records.split() for x in line.split(","))
    assert numbers == list(range(1, INSPECTIONS + 1))
    # Warnings and errors, but not TCP's own analysis (a full window on loopback is real).
    bad = run_tshark(pcap, lua_dir, ["-Y", "_ws.malformed || (_ws.expert.severity >= 6291456 && !tcp.analysis.flags) || vs1.payload"],
                     prefs=prefs).stdout
    assert bad.strip() == "", f"malformed or flagged frames:\n{bad}"
    raise_for_lua_dissection_errors(pcap, lua_dir, prefs=prefs)
