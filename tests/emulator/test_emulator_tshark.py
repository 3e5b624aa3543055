"""tshark's own FTP, Telnet, HTTP and RIP dissectors decode the emulator's traffic cleanly.

The exchange is captured on lo with dumpcap (root) while real clients talk to the emulator;
the emulator's standard ports are on free port numbers, so tshark is told which dissector
each one gets (`-d tcp.port==N,ftp`...).
"""

from __future__ import annotations

import asyncio
import contextlib
import ftplib
import io
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
from support.emulator import make_emulator, wait_for
from support.tshark import require_tshark, run_tshark
from test_emulator_core import rip_response

# CI runs as root and must run these; elsewhere a non-root developer gets a stated skip.
if os.geteuid() != 0 and os.environ.get("CI"):
    pytest.fail("capturing on lo needs root (CI runs the suite as root)", pytrace=False)
pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="capturing on lo needs root")


def _ftp_session(host: str, port: int) -> None:
    with ftplib.FTP() as ftp:
        ftp.connect(host, port, timeout=5)
        ftp.login("admin", "admin")
        ftp.storbinary("STOR /RAM/Cap.avp", io.BytesIO(b"VSAVP 1\r\nSteps: Snapshot1\r\n" * 50))
        ftp.nlst("/FLASH")
        out = io.BytesIO()
        ftp.retrbinary("RETR /RAM/Cap.avp", out.write)


async def _telnet(host: str, port: int) -> bytes:
    reader, writer = await asyncio.open_connection(host, port)
    buf = b""
    end = time.monotonic() + 3
    while time.monotonic() < end and b"-> " not in buf:  # the shell's prompt
        buf += await asyncio.wait_for(reader.read(4096), 3)
    buf = b""
    writer.write(b"routeShow\r\n")
    end = time.monotonic() + 2
    while time.monotonic() < end and b"10.40.0.0" not in buf:
        chunk = await asyncio.wait_for(reader.read(4096), 2)
        if not chunk:
            break
        buf += chunk
    writer.write(b"exit\r\n")
    with contextlib.suppress(ConnectionError):
        while await asyncio.wait_for(reader.read(4096), 3):  # the shell closes on exit
            pass
    writer.close()
    return buf


async def _captured(pcap: Path, timeout: float = 10.0) -> None:
    """Wait until the capture holds a probe sent now: dumpcap is capturing and has written
    everything sent before the probe (loopback keeps the order). The probe's payload is unique
    and looked for in the file itself (a pcapng keeps packet bytes verbatim): the file growing
    is not enough, dumpcap writes its header before it captures anything."""
    deadline = time.monotonic() + timeout
    token = b"vs1-capture-probe-" + secrets.token_hex(8).encode()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))  # a probe to itself, on a port the capture filter takes
        while True:
            s.sendto(token, s.getsockname())
            for _ in range(10):
                if pcap.exists() and token in pcap.read_bytes():
                    return
                await asyncio.sleep(0.02)
            assert time.monotonic() < deadline, "dumpcap captured no probe"


async def _http(host: str, port: int) -> bytes:
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
    data = await asyncio.wait_for(reader.read(), 5)
    writer.close()
    return data


@pytest.mark.alone  # captures all of loopback's high ports: no other test's traffic in it
def test_tshark_dissects_standard_ports(tmp_path: Path) -> None:
    require_tshark()
    dumpcap = shutil.which("dumpcap")
    assert dumpcap, "dumpcap is needed to capture"
    pcap = tmp_path / "standard.pcapng"

    async def scenario() -> dict[str, int]:
        emu = make_emulator()
        await emu.start()
        cam = emu.cameras[0]
        ports = {p: cam.port(p) for p in ("ftp", "telnet", "http", "rip")}
        filt = "host 127.0.0.1 and (" + " or ".join(
            f"port {n}" for n in ports.values()) + " or portrange 1024-65535)"
        proc = subprocess.Popen([dumpcap, "-q", "-i", "lo", "-f", filt, "-w", str(pcap)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            await _captured(pcap)
            await asyncio.to_thread(_ftp_session, cam.host, ports["ftp"])
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.sendto(rip_response(2, [("10.40.0.0", "255.255.0.0", 1)]), (cam.host, ports["rip"]))
                s.sendto(rip_response(1, [("10.50.0.0", "", 2)]), (cam.host, ports["rip"]))
            await wait_for(lambda: cam.network.routes.get("10.50.0.0", "255.255.0.0") is not None,
                           what="both RIP responses applied")
            assert b"10.40.0.0" in await _telnet(cam.host, ports["telnet"])
            assert b"200 OK" in (await _http(cam.host, ports["http"]))[:100]
            await _captured(pcap)
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(10)
            await emu.stop()
        return ports

    ports = asyncio.run(scenario())
    decode = ["-d", f"tcp.port=={ports['ftp']},ftp", "-d", f"tcp.port=={ports['telnet']},telnet",
              "-d", f"tcp.port=={ports['http']},http", "-d", f"udp.port=={ports['rip']},rip"]
    out = run_tshark(pcap, None, [*decode, "-T", "fields", "-e", "frame.protocols"]).stdout
    protos = out.splitlines()
    for proto in ("ftp", "ftp-data", "telnet", "http", "rip"):
        assert any(proto in p.split(":") for p in protos), f"no {proto} frames in {set(protos)}"
    malformed = run_tshark(pcap, None, [*decode, "-Y", "_ws.malformed || _ws.expert.severity >= 8388608"]).stdout
    assert malformed.strip() == "", malformed
    routes = run_tshark(pcap, None, [*decode, "-Y", "rip", "-T", "fields", "-e", "rip.ip",
                                     "-e", "rip.version"]).stdout
    assert "10.40.0.0\t2" in routes and "10.50.0.0\t1" in routes
