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

import pytest
from support.emulator import emulated, port_map_of
from support.tshark import raise_for_lua_dissection_errors, require_tshark, run_tshark

from vs1kit.client import Camera
from vs1kit.generated import enums
from vs1kit.generated.registry import PORTS

INSPECTIONS = 25
CAPTURE_DEADLINE = 20.0  # seconds for dumpcap to start capturing / to write what it captured


async def _probe_until_captured(host: str, port: int, pcap: Path) -> None:
    """Connect to ``port`` (a SYN and a FIN, no payload for the dissectors) until the capture
    file grows: then dumpcap is capturing and has written everything sent before the probe."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + CAPTURE_DEADLINE
    start = pcap.stat().st_size if pcap.exists() else 0
    while True:
        _reader, writer = await asyncio.open_connection(host, port)
        writer.close()
        await writer.wait_closed()
        size = pcap.stat().st_size if pcap.exists() else 0
        if size > start and size > 0:
            return
        assert loop.time() < deadline, f"dumpcap wrote nothing new to {pcap} in {CAPTURE_DEADLINE} s"
        await asyncio.sleep(0.05)  # poll interval of the condition above


@pytest.mark.alone  # dumpcap must not drop a segment
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
            # Both ends on the emulator's address: other programs on this machine talk over
            # loopback too (from 127.0.1.x, say), and their ports can be any of these numbers.
            filt = (f"src host {server.host} and dst host {server.host} and ("
                    + " or ".join(f"port {ports[n]}" for n in custom) + ")")
            proc = subprocess.Popen([dumpcap, "-q", "-i", "lo", "-f", filt, "-w", str(pcap)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            rpc = ports[PORTS["rpc"].numbers[0]]
            try:
                # The header alone does not say the interface is open: a probe captured does.
                while not (pcap.exists() and pcap.stat().st_size > 0):
                    assert proc.poll() is None, proc.stderr.read() if proc.stderr else "dumpcap exited"
                    await asyncio.sleep(0.05)
                await _probe_until_captured(server.host, rpc, pcap)
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
                await _probe_until_captured(server.host, rpc, pcap)
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
    assert bad.strip() == "", f"malformed or flagged frames (ports {prefs}):\n{bad}"
    raise_for_lua_dissection_errors(pcap, lua_dir, prefs=prefs)
