"""A live loopback capture of the client driving the emulator: conform finds nothing to say.

The emulator and the client are built from the spec's generated codecs, so their traffic must
conform; the emulator binds free ports, which ``--port`` maps back to the spec's ports. The
same capture checked against a spec copy whose RPC status reply lost its last field must name
exactly that (trailing bytes on status_reply) and propose the field back.
"""

from __future__ import annotations

import asyncio
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from support.emulator import emulated, port_map_of

from conform.corpus import copy_spec, edit
from vs1kit.client import Camera
from vs1kit.conform.check import check_capture
from vs1kit.conform.codecs import SpecCodecs
from vs1kit.conform.proposals import apply_proposals, propose
from vs1kit.generated.registry import PORTS

CAPTURE_DEADLINE = 20.0  # seconds for dumpcap to start capturing / to write what it captured
INSPECTIONS = 10


async def _probe_until_captured(host: str, port: int, pcap: Path) -> None:
    """Connect (SYN, FIN, no payload) until the capture file grows: dumpcap has written
    everything sent before the probe."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + CAPTURE_DEADLINE
    start = pcap.stat().st_size if pcap.exists() else 0
    while True:
        _reader, writer = await asyncio.open_connection(host, port)
        writer.close()
        await writer.wait_closed()
        if pcap.exists() and pcap.stat().st_size > start:
            return
        assert loop.time() < deadline, f"dumpcap wrote nothing new to {pcap} in {CAPTURE_DEADLINE} s"
        await asyncio.sleep(0.05)  # poll interval of the condition above


def _capture(pcap: Path) -> dict[int, int]:
    dumpcap = shutil.which("dumpcap")
    assert dumpcap, "dumpcap (package tshark/wireshark-common) is needed to capture"

    async def scenario() -> dict[int, int]:
        async with emulated() as emu:
            server = emu.cameras[0]
            ports = port_map_of(server)
            custom = [n for p in PORTS.values() if not p.standard for n in p.numbers if n in ports]
            # Both ends on the emulator's address: other programs and tests on this machine
            # talk over loopback too (other addresses, the same port numbers), e.g. another
            # emulator on 127.86.x.y:N to a client on 127.0.0.1.
            filt = (f"src host {server.host} and dst host {server.host} and ("
                    + " or ".join(f"port {ports[n]}" for n in custom) + ")")
            proc = subprocess.Popen([dumpcap, "-q", "-i", "lo", "-f", filt, "-w", str(pcap)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            rpc = ports[PORTS["rpc"].numbers[0]]
            try:
                loop = asyncio.get_running_loop()
                deadline = loop.time() + CAPTURE_DEADLINE
                while not (pcap.exists() and pcap.stat().st_size > 0):
                    assert proc.poll() is None, proc.stderr.read() if proc.stderr else "dumpcap exited"
                    assert loop.time() < deadline, "dumpcap did not start"
                    await asyncio.sleep(0.05)  # poll interval of the condition above
                await _probe_until_captured(server.host, rpc, pcap)
                async with Camera(server.host, port_map=ports, password="admin") as cam:
                    await cam.gain_control()
                    await cam.get_info()
                    await cam.list_jobs()
                    await cam.get_status()
                    report = await cam.open_report(["Blob1.Count", "OCR1.Text"])
                    await cam.start()
                    await cam.trigger(count=INSPECTIONS)
                    got = 0
                    async for _rec in report.records():
                        got += 1
                        if got == INSPECTIONS:
                            break
                    await cam.snap()
                    await cam.partq_info()
                    await cam.list_points()
                    await report.aclose()
                # dumpcap writes in blocks: growth after the first probe may still be older
                # packets; after the third, everything before the first is on disk.
                for _ in range(3):
                    await _probe_until_captured(server.host, rpc, pcap)
            finally:
                proc.send_signal(signal.SIGINT)
                proc.wait(10)
            return ports

    return asyncio.run(asyncio.wait_for(scenario(), 60))


@pytest.mark.alone  # dumpcap must not drop a segment
def test_emulator_traffic_conforms_and_a_shortened_spec_is_named(tmp_path: Path) -> None:
    pcap = tmp_path / "live.pcapng"
    ports = _capture(pcap)
    by_number = {n: pid for pid, spec in PORTS.items() if not spec.standard for n in spec.numbers}
    port_map = {real: by_number[n] for n, real in ports.items() if n in by_number}

    spec = copy_spec(tmp_path / "spec")
    report = check_capture(pcap, spec, port_map=port_map)
    assert report.ok, [f.detail for f in report.sorted_findings()]
    for port, message in (("rpc", "status_reply"), ("rpc", "info_reply"), ("reports", "report_record"),
                          ("acquire", "picture"), ("login", "login_reply")):
        assert report.stats.get(port, {}).get(message, None) is not None, (port, message, {
            p: sorted(m) for p, m in report.stats.items()})
        assert report.stats[port][message].decoded >= 1
    assert report.stats["reports"]["report_record"].decoded >= INSPECTIONS

    # The camera sends controller_ip; a spec without it sees 4 trailing bytes and proposes a u32.
    edit(spec, "ports/rpc.yaml", "      - {id: controller_ip, type: ipv4", "#      - {id: controller_ip, type: ipv4")
    short = check_capture(pcap, spec, port_map=port_map)
    assert {(f.kind, f.subject) for f in short.findings.values()} == {("trailing_bytes", "status_reply")}
    proposals = propose(short, SpecCodecs.load(spec))
    assert [p.yaml.split(",")[0] for p in proposals] == ["- {id: extra_4"]
    apply_proposals(spec, proposals)
    assert check_capture(pcap, spec, port_map=port_map).ok
