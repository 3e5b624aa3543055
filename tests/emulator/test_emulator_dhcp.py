"""The camera's DHCP client against a real dnsmasq, in two network namespaces joined by veth.

Only 10.99.0.0/24 addresses, only inside the namespaces this test creates (and removes). The
emulated camera runs in the client namespace (a child process under `ip netns exec`); dumpcap
captures the exchange there and tshark's own DHCP dissector must decode it cleanly.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.tshark import TsharkError, require_tshark, run_tshark

from vs1kit.emulator.dhcp import CLIENT_PORT, SERVER_PORT

# CI runs as root and must run these; elsewhere a non-root developer gets a stated skip.
if os.geteuid() != 0 and os.environ.get("CI"):
    pytest.fail("network namespaces need root (CI runs the suite as root)", pytrace=False)
pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="network namespaces need root")

CAMERA_SCRIPT = textwrap.dedent("""
    import asyncio, json, logging, sys
    import time
    from vs1kit.emulator import Emulator
    from vs1kit.emulator.ports import DHCP_PORT
    from vs1kit.generated.registry import PORTS
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    async def main():
        # Every port on a free number but the DHCP client's, which must be the real one.
        ports = {n: 0 for p in PORTS.values() if p.id != DHCP_PORT for n in p.numbers}
        emu = Emulator(port_map=ports, announce_interval=0, standard_ports=False,
                       dhcp_interface=sys.argv[1])
        await emu.start()
        cam = emu.cameras[0]
        deadline = time.monotonic() + 10
        while cam.lease is None and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        cfg = cam.model.config
        print(json.dumps({"ip": str(cfg.ip), "mask": str(cfg.mask), "gateway": str(cfg.gateway),
                          "dhcp": cfg.dhcp, "lease": cam.lease is not None}))
        await emu.stop()
    asyncio.run(main())
""")


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@pytest.fixture
def netns() -> Iterator[tuple[str, str]]:
    if not shutil.which("dnsmasq"):
        pytest.fail("dnsmasq is not installed (apt-get install dnsmasq-base)")
    tag = f"{os.getpid() % 100000}"
    srv, cli = f"vs1s{tag}", f"vs1c{tag}"
    _ip("netns", "add", srv)
    _ip("netns", "add", cli)
    try:
        _ip("link", "add", f"vs1vs{tag}", "type", "veth", "peer", "name", f"vs1vc{tag}")
        _ip("link", "set", f"vs1vs{tag}", "netns", srv)
        _ip("link", "set", f"vs1vc{tag}", "netns", cli)
        _ip("-n", srv, "addr", "add", "10.99.0.1/24", "dev", f"vs1vs{tag}")
        for ns, dev in ((srv, f"vs1vs{tag}"), (cli, f"vs1vc{tag}")):
            _ip("-n", ns, "link", "set", dev, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
        yield srv, cli
    finally:
        subprocess.run(["ip", "netns", "del", srv], capture_output=True)
        subprocess.run(["ip", "netns", "del", cli], capture_output=True)


def _dhcp_kinds(pcap: Path) -> list[str]:
    """DHCP message types in the capture so far (none while the file is not readable yet)."""
    try:
        out = run_tshark(pcap, None, ["-Y", "dhcp", "-T", "fields", "-e", "dhcp.option.dhcp"])
    except TsharkError:
        return []  # not readable yet: ask again
    return out.stdout.split()


def test_dhcp_lease_from_dnsmasq(netns: tuple[str, str], tmp_path: Path) -> None:
    require_tshark()
    srv, cli = netns
    tag = srv[4:]
    lease_file = tmp_path / "leases"
    dnsmasq = subprocess.Popen(
        ["ip", "netns", "exec", srv, "dnsmasq", "--no-daemon", "--port=0", "--bind-interfaces",
         f"--interface=vs1vs{tag}", "--dhcp-range=10.99.0.50,10.99.0.60,255.255.255.0,1h",
         "--dhcp-option=3,10.99.0.1", f"--dhcp-leasefile={lease_file}", "--dhcp-authoritative",
         f"--pid-file={tmp_path / 'dnsmasq.pid'}", "--log-dhcp"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    pcap = tmp_path / "dhcp.pcapng"
    dump = subprocess.Popen(["ip", "netns", "exec", cli, "dumpcap", "-q", "-i", f"vs1vc{tag}",
                             "-f", f"udp port {SERVER_PORT} or udp port {CLIENT_PORT}", "-w", str(pcap)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        # dumpcap writes the file header once it captures (the camera retransmits DISCOVER,
        # so a first one sent while capture starts is not needed).
        deadline = time.monotonic() + 10
        while not (pcap.exists() and pcap.stat().st_size > 0):
            assert time.monotonic() < deadline, "dumpcap did not start"
            time.sleep(0.05)
        t0 = time.monotonic()
        out = subprocess.run(["ip", "netns", "exec", cli, sys.executable, "-c", CAMERA_SCRIPT,
                              f"vs1vc{tag}"], capture_output=True, text=True, timeout=30)
        elapsed = time.monotonic() - t0
        assert out.returncode == 0, out.stderr[-3000:]
        result = json.loads(out.stdout.strip().splitlines()[-1])
        assert result["lease"], out.stderr[-3000:]
        assert result["dhcp"] is True
        assert result["ip"].startswith("10.99.0.") and 50 <= int(result["ip"].split(".")[3]) <= 60
        assert result["mask"] == "255.255.255.0" and result["gateway"] == "10.99.0.1"
        print(f"lease {result['ip']} after {elapsed:.2f} s")
        deadline = time.monotonic() + 10
        while "5" not in _dhcp_kinds(pcap):  # the ACK is in the capture
            assert time.monotonic() < deadline, "no DHCP ACK captured"
            time.sleep(0.05)
    finally:
        dump.send_signal(signal.SIGINT)
        dump.wait(10)
        dnsmasq.terminate()
        dnsmasq.wait(10)
    kinds = _dhcp_kinds(pcap)
    # DISCOVER (maybe retransmitted), OFFER, REQUEST, ACK
    assert kinds[0] == "1" and "2" in kinds and kinds[-2:] == ["3", "5"], kinds
    bad = run_tshark(pcap, None, ["-Y", "_ws.malformed || _ws.expert.severity >= 8388608"]).stdout
    assert bad.strip() == "", bad
