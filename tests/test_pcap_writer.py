"""Tests for vs1kit.pcap.CaptureWriter, checked against the real tshark.

The captures must look like genuine traffic to Wireshark: valid checksums, a
complete TCP handshake/teardown, no TCP analysis warnings, and byte streams that
tshark reassembles to exactly what was sent. tshark is installed on demand by
``require_tshark()``; if that is impossible these tests fail, they never skip.
"""

from __future__ import annotations

import io
import math
import os
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from support import tshark as tshark_support
from support.tshark import CHECKSUM_PREFS, TsharkUnavailableError, require_tshark, run_tshark

from vs1kit.pcap import (
    DEFAULT_MSS,
    DEFAULT_START_TIME,
    MAX_TCP_PAYLOAD,
    CaptureWriter,
    LinkType,
    mac_for_ip,
)

CLIENT = ("10.0.0.2", 50123)
SERVER = ("10.0.0.1", 49059)
WRAP_CLIENT = ("10.0.0.2", 50124)
BROADCAST_SRC = ("10.0.0.1", 49060)
BROADCAST_DST = ("255.255.255.255", 49060)

ONE_MIB = 1024 * 1024


def _pattern(size: int, seed: int) -> bytes:
    """Non-repeating-looking test data, so a misplaced segment cannot go unnoticed."""
    block = bytes((i * 31 + seed) & 0xFF for i in range(251))  # 251 is prime: no MSS alignment
    return (block * (size // len(block) + 1))[:size]


@dataclass
class Scenario:
    """What was written, to compare against what tshark reads back."""

    path: Path
    # Application bytes per stream index and direction, in sending order.
    client_stream: dict[int, bytes] = field(default_factory=dict)
    server_stream: dict[int, bytes] = field(default_factory=dict)
    coalesced: list[bytes] = field(default_factory=list)
    datagrams: list[bytes] = field(default_factory=list)
    frame_count: int = 0


def _write_scenario(target: Path | io.BytesIO) -> Scenario:
    scenario = Scenario(path=target if isinstance(target, Path) else Path("<memory>"))
    request = _pattern(40, seed=1)
    big_response = _pattern(ONE_MIB, seed=2)
    scenario.coalesced = [_pattern(12, seed=3), _pattern(300, seed=4), _pattern(7, seed=5)]
    scenario.datagrams = [_pattern(n, seed=6 + n) for n in (32, 200, 1)]

    with CaptureWriter(target) as cap:
        # Stream 0: request, a 1 MiB PDU split by MSS, three PDUs in one segment, close.
        tcp = cap.tcp_session(client=CLIENT, server=SERVER)
        tcp.send(True, request)
        tcp.send(False, big_response)
        tcp.send_coalesced(False, scenario.coalesced)
        tcp.close()
        assert tcp.client_bytes == len(request)
        assert tcp.server_bytes == len(big_response) + sum(map(len, scenario.coalesced))
        scenario.client_stream[0] = request
        scenario.server_stream[0] = big_response + b"".join(scenario.coalesced)

        # UDP broadcasts, e.g. device discovery.
        for datagram in scenario.datagrams:
            cap.udp(BROADCAST_SRC, BROADCAST_DST, datagram)

        # Stream 1: sequence numbers wrap past 2**32, delayed ACKs, odd segment
        # sizes (a 1-byte segment, one larger than the MSS) and a server-side close.
        wrap = cap.tcp_session(
            client=WRAP_CLIENT,
            server=SERVER,
            client_isn=2**32 - 1000,
            server_isn=2**32 - 3,
            ack_every=2,
        )
        upload = _pattern(300_000, seed=9)
        wrap.send(True, upload, segment_sizes=[1, 3, 5000])
        wrap.send(False, b"ok")
        wrap.close(from_client=False)
        scenario.client_stream[1] = upload
        scenario.server_stream[1] = b"ok"
        scenario.frame_count = cap.frame_count
    return scenario


@pytest.fixture(scope="module")
def tshark_path() -> str:
    # Raises TsharkUnavailableError (a test error, not a skip) if tshark cannot be had.
    return require_tshark()


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory, tshark_path: str) -> Scenario:
    return _write_scenario(tmp_path_factory.mktemp("pcap") / "scenario.pcap")


def _fields(
    pcap: Path, fields: Sequence[str], display_filter: str | None = None
) -> list[list[str]]:
    """``tshark -T fields`` rows (one list per frame), checksum validation on."""
    args = ["-T", "fields", "-E", "occurrence=f"]
    for name in fields:
        args += ["-e", name]
    if display_filter:
        args += ["-Y", display_filter]
    result = run_tshark(pcap, None, args, prefs=CHECKSUM_PREFS)
    return [line.split("\t") for line in result.stdout.splitlines()]


def _follow_raw(pcap: Path, stream: int) -> tuple[bytes, bytes]:
    """Reassembled (client->server, server->client) bytes of a TCP stream."""
    result = run_tshark(pcap, None, ["-q", "-z", f"follow,tcp,raw,{stream}"])
    to_server, to_client = bytearray(), bytearray()
    in_data = False
    for line in result.stdout.splitlines():
        if line.startswith("Node 1:"):
            in_data = True  # hex data follows the two "Node" lines
            continue
        if not in_data or line.startswith("==="):
            continue
        # Node 1 (the server) lines are indented with a tab, node 0 lines are not.
        (to_client if line.startswith("\t") else to_server).extend(bytes.fromhex(line.strip()))
    return bytes(to_server), bytes(to_client)


# -- read back with tshark ----------------------------------------------------


def test_tshark_reads_every_frame(scenario: Scenario) -> None:
    rows = _fields(scenario.path, ["frame.number"])
    assert len(rows) == scenario.frame_count


def test_no_tcp_analysis_problems_or_bad_checksums(scenario: Scenario) -> None:
    # tcp.analysis.flags covers retransmissions, "previous segment not captured",
    # "ACKed unseen segment", duplicate ACKs, window full/zero, keep-alives...
    problems = _fields(
        scenario.path,
        ["frame.number", "_ws.col.Info"],
        "tcp.analysis.flags || _ws.malformed || _ws.expert.severity >= 6291456"  # Warning+
        " || ip.checksum.status == 0 || tcp.checksum.status == 0 || udp.checksum.status == 0",
    )
    assert problems == []


def test_checksums_are_verified_good(scenario: Scenario) -> None:
    # 1 = Good. "2" (Unverified) would mean the preferences were not applied.
    rows = _fields(
        scenario.path, ["ip.checksum.status", "tcp.checksum.status", "udp.checksum.status"]
    )
    for ip_status, tcp_status, udp_status in rows:
        assert ip_status == "1"
        assert {tcp_status, udp_status} == {"1", ""}


def test_expert_info_has_no_warnings(scenario: Scenario) -> None:
    result = run_tshark(scenario.path, None, ["-q", "-z", "expert"], prefs=CHECKSUM_PREFS)
    # Only "Chats" (SYN, FIN, ...) and "Notes" (connection closing) are expected.
    assert "Errors (" not in result.stdout, result.stdout
    assert "Warnings (" not in result.stdout, result.stdout


def test_handshake_and_teardown(scenario: Scenario) -> None:
    for stream, client in ((0, CLIENT), (1, WRAP_CLIENT)):
        rows = _fields(
            scenario.path,
            ["tcp.flags", "ip.src", "tcp.srcport", "tcp.completeness", "tcp.options.mss_val"],
            f"tcp.stream == {stream}",
        )
        flags = [int(row[0], 16) for row in rows]
        assert flags[:3] == [0x002, 0x012, 0x010]  # SYN, SYN/ACK, ACK
        assert (rows[0][1], int(rows[0][2])) == client
        assert rows[0][4] == rows[1][4] == str(DEFAULT_MSS)
        assert flags[-3:] == [0x011, 0x011, 0x010]  # FIN/ACK, FIN/ACK, ACK
        # Completeness bits: SYN 1 | SYN-ACK 2 | ACK 4 | DATA 8 | FIN 16.
        assert int(rows[-1][3]) == 31


@pytest.mark.parametrize("stream", [0, 1])
def test_reassembled_streams_equal_sent_bytes(scenario: Scenario, stream: int) -> None:
    to_server, to_client = _follow_raw(scenario.path, stream)
    assert to_server == scenario.client_stream[stream]
    assert to_client == scenario.server_stream[stream]


def test_tcp_len_per_direction_sums_to_sent_bytes(scenario: Scenario) -> None:
    totals: dict[tuple[str, str], int] = {}
    for stream, srcport, length in _fields(
        scenario.path, ["tcp.stream", "tcp.srcport", "tcp.len"], "tcp"
    ):
        key = (stream, srcport)
        totals[key] = totals.get(key, 0) + int(length)
    assert totals[("0", str(CLIENT[1]))] == len(scenario.client_stream[0])
    assert totals[("0", str(SERVER[1]))] == len(scenario.server_stream[0])
    assert totals[("1", str(WRAP_CLIENT[1]))] == len(scenario.client_stream[1])
    assert totals[("1", str(SERVER[1]))] == len(scenario.server_stream[1])


def test_large_pdu_is_split_into_mss_segments(scenario: Scenario) -> None:
    lengths = [
        int(row[0])
        for row in _fields(
            scenario.path,
            ["tcp.len"],
            f"tcp.stream == 0 && tcp.srcport == {SERVER[1]} && tcp.len > 0",
        )
    ]
    # The 1 MiB PDU, then the single coalesced segment.
    assert len(lengths) == math.ceil(ONE_MIB / DEFAULT_MSS) + 1
    assert max(lengths[:-1]) == DEFAULT_MSS
    assert sum(lengths[:-1]) == ONE_MIB


def test_coalesced_pdus_share_one_segment(scenario: Scenario) -> None:
    expected = b"".join(scenario.coalesced)
    rows = _fields(
        scenario.path,
        ["tcp.payload", "tcp.flags.push"],
        f"tcp.stream == 0 && tcp.len == {len(expected)}",
    )
    assert len(rows) == 1
    payload_hex, push = rows[0]
    assert bytes.fromhex(payload_hex.replace(":", "")) == expected
    assert push == "1"


def test_udp_broadcasts(scenario: Scenario) -> None:
    rows = _fields(
        scenario.path,
        [
            "eth.src",
            "eth.dst",
            "ip.src",
            "ip.dst",
            "udp.srcport",
            "udp.dstport",
            "udp.length",
            "udp.payload",
        ],
        "udp",
    )
    assert len(rows) == len(scenario.datagrams)
    for row, datagram in zip(rows, scenario.datagrams, strict=True):
        eth_src, eth_dst, ip_src, ip_dst, sport, dport, length, payload_hex = row
        assert eth_src == "02:00:0a:00:00:01"  # derived from 10.0.0.1
        assert eth_dst == "ff:ff:ff:ff:ff:ff"
        assert (ip_src, int(sport)) == BROADCAST_SRC
        assert (ip_dst, int(dport)) == BROADCAST_DST
        assert int(length) == 8 + len(datagram)
        assert bytes.fromhex(payload_hex.replace(":", "")) == datagram


def test_virtual_clock_in_capture(scenario: Scenario) -> None:
    times = [row[0] for row in _fields(scenario.path, ["frame.time_epoch"])]
    assert DEFAULT_START_TIME == 1_700_000_000
    assert times[:2] == ["1700000000.000000000", "1700000000.000100000"]  # tick: 100 us
    assert times == sorted(times)


# -- pure Python checks -------------------------------------------------------


def test_output_is_byte_identical_for_identical_input() -> None:
    first, second = io.BytesIO(), io.BytesIO()
    _write_scenario(first)
    _write_scenario(second)
    assert first.getvalue() == second.getvalue()
    header = first.getvalue()[:24]
    # Little-endian classic libpcap, v2.4, microseconds, snaplen 262144, Ethernet.
    assert header.hex() == "".join(
        ["d4c3b2a1", "02000400", "00000000", "00000000", "00000400", "01000000"]
    )


def test_start_time_and_tick_are_honoured() -> None:
    buf = io.BytesIO()
    with CaptureWriter(buf, start_time=1234.5, tick_us=7) as cap:
        cap.udp(CLIENT, SERVER, b"a")
        cap.advance(2.0)
        cap.udp(CLIENT, SERVER, b"b")
    data = buf.getvalue()
    record_size = (len(data) - 24) // 2  # two records of identical size
    stamps = [
        (
            int.from_bytes(data[at : at + 4], "little"),
            int.from_bytes(data[at + 4 : at + 8], "little"),
        )
        for at in (24, 24 + record_size)
    ]
    assert stamps == [(1234, 500_000), (1236, 500_007)]
    assert not buf.closed  # a caller's file object is flushed, not closed


def test_raw_linktype_has_no_ethernet_header() -> None:
    buf = io.BytesIO()
    with CaptureWriter(buf, LinkType.RAW) as cap:
        cap.udp(CLIENT, SERVER, b"xyz")
    data = buf.getvalue()
    assert int.from_bytes(data[20:24], "little") == 101
    assert data[24 + 16] == 0x45  # IPv4, 20-byte header right at the frame start


def test_mac_derivation() -> None:
    assert mac_for_ip("10.0.0.1").hex(":") == "02:00:0a:00:00:01"
    assert mac_for_ip("255.255.255.255").hex(":") == "ff:ff:ff:ff:ff:ff"
    assert mac_for_ip("239.1.2.3").hex(":") == "01:00:5e:01:02:03"


def test_subnet_broadcast_with_explicit_mac() -> None:
    buf = io.BytesIO()
    with CaptureWriter(buf) as cap:
        cap.udp(CLIENT, ("10.0.0.255", 49060), b"x", dst_mac="ff:ff:ff:ff:ff:ff")
    assert buf.getvalue()[40:46] == b"\xff" * 6


def test_invalid_arguments_are_rejected() -> None:
    with CaptureWriter(io.BytesIO()) as cap:
        with pytest.raises(ValueError, match="mss"):
            cap.tcp_session(CLIENT, SERVER, mss=MAX_TCP_PAYLOAD + 1)
        tcp = cap.tcp_session(CLIENT, SERVER)
        with pytest.raises(ValueError, match="add up to more"):
            tcp.send(True, b"abc", segment_sizes=[2, 2])
        with pytest.raises(ValueError, match="segment size"):
            tcp.send(True, bytes(MAX_TCP_PAYLOAD + 1), segment_sizes=[MAX_TCP_PAYLOAD + 1])
        with pytest.raises(ValueError, match="do not fit"):
            tcp.send_coalesced(True, [bytes(MAX_TCP_PAYLOAD), b"x"])
        with pytest.raises(ValueError, match="at least one byte"):
            tcp.send(True, b"")
        with pytest.raises(ValueError, match="exceeds the IPv4 limit"):
            cap.udp(CLIENT, SERVER, bytes(70_000))
        with pytest.raises(ValueError):
            cap.udp(("10.0.0.300", 1), SERVER, b"x")
        tcp.close()
        tcp.close()  # idempotent
        with pytest.raises(ValueError, match="closed"):
            tcp.send(True, b"late")


def test_writes_100k_pdus() -> None:
    # How fast is measured by benchmarks/dissector.py (which writes such a capture), not here.
    pdu = _pattern(64, seed=11)
    with CaptureWriter(io.BytesIO()) as cap:
        tcp = cap.tcp_session(CLIENT, SERVER)
        for i in range(100_000):
            tcp.send(i % 2 == 0, pdu)  # each PDU: data segment + peer ACK
        tcp.close()
    assert cap.frame_count == 200_006


# -- the tshark helper itself -------------------------------------------------


def test_require_tshark_fails_loudly_when_install_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing tshark must be a test failure with a useful message, not a skip."""

    def failing_run(cmd: Sequence[str], **_: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(cmd, 100, "", "E: Unable to locate package tshark")

    monkeypatch.setattr(tshark_support, "_tshark_path", None)
    monkeypatch.setattr(tshark_support, "_install_failure", None)
    monkeypatch.setattr(tshark_support, "_find_tshark", lambda: None)
    monkeypatch.setattr(os, "geteuid", lambda: 0)  # as if root, so apt-get is attempted
    monkeypatch.setattr(subprocess, "run", failing_run)
    with pytest.raises(TsharkUnavailableError, match="Unable to locate package tshark"):
        require_tshark()
    # The failure is remembered: later tests fail fast instead of re-running apt-get.
    with pytest.raises(TsharkUnavailableError, match="apt-get update"):
        require_tshark()
