"""The generated dissector as a Wireshark user meets it (issue 12, point 4), through the real
tshark: the parent protocol `vs1` (filter and Enabled Protocols switch), labels in words from the
spec, summaries on the tree lines, every payload byte under a field, Request/Reply in the Info
column, and the request/response notes (error reply, unanswered request, unmatched reply)."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from support.tshark import run_tshark, tshark_env

from vs1kit.codegen import ir
from vs1kit.pcap import synth

Sample = tuple[Path, list[synth.Pdu]]


def _frames(pcap: Path, lua_dir: Path, display_filter: str, *args: str) -> list[int]:
    out = run_tshark(pcap, lua_dir, [*args, "-Y", display_filter, "-T", "fields", "-e", "frame.number"]).stdout
    return [int(line) for line in out.split()]


def _custom_ports(spec: ir.Spec) -> list[ir.Port]:
    return synth.custom_ports(spec)


def _port_filter(spec: ir.Spec) -> str:
    """Frames with payload on a custom port, by TCP/UDP alone (no VS-1 field involved)."""
    parts = []
    for p in _custom_ports(spec):
        for n in p.numbers:
            parts.append(f"(tcp.port == {n} && tcp.len > 0)" if p.transport == "tcp" else f"udp.port == {n}")
    return " || ".join(parts)


def test_the_vs1_filter_finds_every_vs1_packet(lua_dir: Path, sample: Sample) -> None:
    pcap, pdus = sample
    spec = synth.spec_model()
    on_ports = _frames(pcap, lua_dir, _port_filter(spec))
    by_vs1 = _frames(pcap, lua_dir, "vs1")
    assert on_ports, "the sample has no VS-1 traffic"
    # Every segment or datagram of a VS-1 port carries `vs1` (also one that only starts a PDU
    # reassembled later), and nothing else does; except, as with every built-in dissector over
    # TCP, a segment in the middle of a PDU, which TCP keeps for reassembly without asking.
    assert set(by_vs1) <= set(on_ports)
    middle = set(on_ports) - set(by_vs1)
    assert middle <= set(_frames(pcap, lua_dir, "tcp.reassembled_in", "-2"))
    assert {p.frames[0] for p in pdus} | {p.frames[-1] for p in pdus} <= set(by_vs1)
    # The per-port protocols stay filterable on their own.
    assert set(_frames(pcap, lua_dir, "vs1.rpc")) == {p.frames[-1] for p in pdus if p.port == "rpc"}


def test_disabling_vs1_disables_every_port(lua_dir: Path, sample: Sample, tshark: str) -> None:
    pcap, _ = sample
    spec = synth.spec_model()
    any_port = " || ".join(["vs1", *[f"vs1.{p.id}" for p in _custom_ports(spec)]])
    assert _frames(pcap, lua_dir, any_port), "nothing dissected with vs1 enabled"
    assert _frames(pcap, lua_dir, any_port, "--disable-protocol", "vs1") == []
    # The bytes are left to TCP/UDP as data, as for any disabled protocol.
    assert set(_frames(pcap, lua_dir, "data", "--disable-protocol", "vs1")) >= set(_frames(pcap, lua_dir, "vs1"))


def _labels(lua_dir: Path, tshark: str) -> dict[str, str]:
    import subprocess

    out = subprocess.run([tshark, "-G", "fields", "-X", f"lua_script:{lua_dir / 'vs1.lua'}"],
                         capture_output=True, text=True, env=tshark_env(), check=True).stdout
    return {parts[2]: parts[1] for parts in (line.split("\t") for line in out.splitlines())
            if len(parts) > 3 and parts[0] == "F" and parts[2].startswith("vs1")}


def test_labels_come_from_the_spec_in_words(lua_dir: Path, tshark: str) -> None:
    labels = _labels(lua_dir, tshark)
    spec = synth.spec_model()
    record = spec.types["record"]
    stamp = record.field("timestamp_us")
    assert stamp is not None and stamp.label_text == "Timestamp" and stamp.unit == "µs" and stamp.epoch
    assert labels["vs1.reports.report_record.record.timestamp_us"] == "Timestamp (µs)"
    assert labels["vs1.announce.announce.uptime_s"] == "Uptime (s)"
    assert labels["vs1.reports.report_record.record.image.pad0"] == "Padding"
    assert labels["vs1.rpc.status_reply"] == "Status reply (0x8301)"
    assert labels["vs1.length"] == "Length"
    # No label is a raw id with underscores or a unit glued on ("Timestamp us").
    bad = {k: v for k, v in labels.items() if "_" in v or re.search(r" (us|ms|s|hz)$", v)}
    assert not bad, bad


def _tree(pcap: Path, lua_dir: Path, *args: str) -> str:
    text: str = run_tshark(pcap, lua_dir, ["-2", "-V", *args]).stdout
    return text


def test_tree_lines_carry_summaries(lua_dir: Path, sample: Sample, exchanges: Path) -> None:
    text = _tree(exchanges, lua_dir)
    assert "VS-1 Smart Camera, Camera RPC Port (TCP 49059)" in text
    assert "VS-1 Camera RPC Port, Request get_status (0x0301), Seq 1" in text
    assert "VS-1 Camera RPC Port, Reply status_reply (0x8301), Seq 1" in text
    assert re.search(r"\n    Status reply \(0x8301\): state=running trigger_mode=\w+ ", text)
    # A field naming a message type shows the message's name and hex code.
    assert "Request type: select_job (0x0306) (774)" in text
    assert "Request type: get_status (0x0301) (769)" in text

    pcap, pdus = sample
    records = [p for p in pdus if p.message == "report_record"]
    assert records
    text = _tree(pcap, lua_dir, "-Y", "vs1.reports.report_record")
    for p in records:
        value = p.value["record"]
        line = f"Record: inspection={value['inspection']} timestamp_us={value['timestamp_us']}"
        assert line in text
        # Array elements: the index and a one-line summary.
        for k, datum in enumerate(value["datums"]):
            assert f"Datums [{k}]: datum_id={datum['datum_id']} type={datum['type']}" in text
        # An epoch timestamp is also an absolute time.
        when = dt.datetime.fromtimestamp(value["timestamp_us"] / 1e6, dt.UTC)
        assert f"Timestamp (µs): {value['timestamp_us']} ({when:%Y-%m-%d %H:%M:%S}.{value['timestamp_us'] % 10**6:06d} UTC)" in text


def test_info_column_says_request_or_reply(lua_dir: Path, exchanges: Path) -> None:
    out = run_tshark(exchanges, lua_dir, ["-T", "fields", "-e", "frame.number", "-e", "_ws.col.Protocol",
                                          "-e", "_ws.col.Info", "-Y", "vs1.rpc"]).stdout
    rows = {int(n): (proto, info) for n, proto, info in (line.split("\t") for line in out.splitlines())}
    assert rows[4] == ("VS1-RPC", "Request get_status seq=1")
    assert rows[6][1].startswith("Reply status_reply seq=1 state=running")
    assert rows[10][1].startswith("Reply error_reply seq=2 status=not_in_control request_type=select_job")


LINKS = {"vs1.response_in", "vs1.request_in", "vs1.response_time"}  # generated: no bytes of their own


def test_info_column_gives_a_pictures_size_and_format(lua_dir: Path, sample: Sample) -> None:
    """The spec marks image_data's width, height and pixel format `info: true`: a message
    carrying a picture shows them in the Info column, and the picture's tree line too."""
    pcap, pdus = sample
    pictures = [p for p in pdus if p.message in ("picture", "live_frame")]
    assert pictures
    out = run_tshark(pcap, lua_dir, ["-T", "fields", "-e", "frame.number", "-e", "_ws.col.Info"]).stdout
    rows = {int(a): b for a, b in (line.split("\t", 1) for line in out.splitlines() if "\t" in line)}
    text = _tree(pcap, lua_dir, "-Y", "vs1.acquire")
    for p in pictures:
        image = p.value["image"]
        facts = f"width={image['width']} height={image['height']} pixel_format={image['pixel_format']}"
        assert facts in rows[p.frames[-1]], rows[p.frames[-1]]
        assert f"Image: {facts}" in text


def _leaves(node: ET.Element) -> list[ET.Element]:
    kids = [c for c in node if c.tag == "field"]
    if not kids:
        return [node]
    return [leaf for c in kids for leaf in _leaves(c)]


def test_every_payload_byte_is_under_a_field(lua_dir: Path, sample: Sample) -> None:
    """In each PDU's tree, the leaf fields (header, values, length prefixes, padding,
    terminators) cover every byte the PDU spans."""
    pcap, _ = sample
    pdml = run_tshark(pcap, lua_dir, ["-T", "pdml", "-Y", "vs1"]).stdout
    problems: list[str] = []
    checked = 0
    for packet in ET.fromstring(pdml).iter("packet"):
        number = next(f.get("show") for f in packet.iter("field") if f.get("name") == "num")
        for proto in packet.iter("proto"):
            name = proto.get("name", "")
            if not name.startswith("vs1.") or proto.get("size") is None:
                continue
            start, size = int(proto.get("pos", "0")), int(proto.get("size", "0"))
            covered: set[int] = set()
            for leaf in _leaves(proto):
                if leaf.get("hide") == "yes" or leaf.get("name") in LINKS:
                    continue
                pos, n = int(leaf.get("pos", "0")), int(leaf.get("size", "0"))
                covered.update(range(pos, pos + n))
            missing = sorted(set(range(start, start + size)) - covered)
            checked += 1
            if missing:
                problems.append(f"frame {number} {name}: bytes {missing[:8]} under no field")
    assert checked > 100
    assert not problems, "\n".join(problems[:10])


def _expert_frames(pcap: Path, lua_dir: Path, name: str) -> list[int]:
    return _frames(pcap, lua_dir, name, "-2")


def test_an_error_reply_is_noted(lua_dir: Path, exchanges: Path) -> None:
    assert _expert_frames(exchanges, lua_dir, "vs1.analysis.error_reply") == [10]
    text = _tree(exchanges, lua_dir, "-Y", "frame.number == 10")
    assert "Expert Info (Note/Response): error_reply seq 2: not_in_control" in text


def test_an_unanswered_request_is_noted(lua_dir: Path, exchanges: Path) -> None:
    assert _expert_frames(exchanges, lua_dir, "vs1.analysis.unanswered") == [12]
    text = _tree(exchanges, lua_dir, "-Y", "frame.number == 12")
    assert "Expert Info (Note/Sequence): get_status seq 3: no response in the capture" in text


def test_an_unmatched_reply_is_noted(lua_dir: Path, exchanges: Path) -> None:
    assert _expert_frames(exchanges, lua_dir, "vs1.analysis.unmatched") == [14]
    text = _tree(exchanges, lua_dir, "-Y", "frame.number == 14")
    assert "Expert Info (Note/Sequence): rpc_ack seq 99: no request with this seq before it" in text


def test_the_notes_are_notes_and_answered_requests_raise_none(lua_dir: Path, exchanges: Path) -> None:
    # Only the three situations get an expert info on a VS-1 packet, and a note at that: drawn
    # attention to in Expert Information, not an error or a warning.
    assert _expert_frames(exchanges, lua_dir, "vs1 && _ws.expert") == [10, 12, 14]
    assert _expert_frames(exchanges, lua_dir, "vs1 && _ws.expert.severity > 4194304") == []
