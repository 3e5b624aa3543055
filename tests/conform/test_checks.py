"""Each kind of disagreement on its own, the port map, pcapng, and the pieces underneath."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conform.corpus import copy_spec, edit, write_capture
from vs1kit.codegen.generate import render_all
from vs1kit.conform.capture import Gap, StreamAssembler
from vs1kit.conform.check import check_capture
from vs1kit.conform.codecs import SpecCodecs
from vs1kit.conform.infer import infer_fields
from vs1kit.conform.proposals import apply_proposals, propose, write_examples


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_spec(tmp_path_factory.mktemp("conform") / "spec")


def test_decode_failure_names_field_offset_and_bytes(spec: Path, tmp_path: Path) -> None:
    changed = copy_spec(tmp_path / "changed")
    # The camera sends job_slot as one byte: everything after it shifts by one.
    edit(changed, "ports/rpc.yaml", "{id: job_slot, type: u16", "{id: job_slot, type: u8")
    capture = tmp_path / "c.pcap"
    write_capture(capture, changed, ["rpc"], overrides={"status_reply": {"job_name": "job"}})
    report = check_capture(capture, spec)
    [failed] = report.findings.values()
    assert failed.kind == "decode_failed" and failed.port == "rpc"
    # Read one byte late, the length prefix of job_name is the "j" of "job".
    assert failed.subject == "status_reply.job_name"
    assert failed.facts == {"offset": 21, "reason": f"needs {ord('j')} byte(s), 6 left"}
    sample = failed.samples[0]
    assert sample.offset == 21 and sample.size == 27 and sample.payload[19:23] == b"\x03job"
    assert report.stats["rpc"]["status_reply"].failed == 1
    assert report.stats["rpc"]["status_reply"].decoded == 0


def test_bytes_that_are_not_frames(spec: Path, tmp_path: Path) -> None:
    capture = tmp_path / "c.pcap"
    junk = b"GET / HTTP/1.0\r\n\r\n"
    sent = write_capture(capture, spec, ["rpc"], junk=junk)
    report = check_capture(capture, spec)
    [f] = report.findings.values()
    assert (f.kind, f.port, f.subject) == ("not_frames", "rpc", "49059:to camera")
    assert f.facts["skipped_bytes"] == len(junk)
    assert f.samples[0].payload.startswith(b"GET /")
    assert report.pdus == sent  # every frame after the junk is found again


def test_unnamed_flag_bit_and_its_proposal(spec: Path, tmp_path: Path) -> None:
    codecs = SpecCodecs.load(spec)
    flags = codecs.modules["enums"].StatusReplyFlags(0x21)  # bit 5 has no name
    capture = tmp_path / "c.pcap"
    write_capture(capture, spec, ["rpc"], overrides={"status_reply": {"flags": flags}})
    work = copy_spec(tmp_path / "work")
    report = check_capture(capture, work)
    [f] = report.findings.values()
    assert (f.kind, f.subject) == ("unnamed_flag", "status_reply.flags&0x20")
    [p] = propose(report, SpecCodecs.load(work))
    assert p.action == "add_flag" and p.yaml == "bit_5: 5"
    apply_proposals(work, [p])
    assert check_capture(capture, work).ok


def test_pairing_that_differs_from_the_spec(spec: Path, tmp_path: Path) -> None:
    changed = copy_spec(tmp_path / "changed")
    edit(changed, "ports/rpc.yaml", "    response: status_reply\n", "    response: info_reply\n")
    capture = tmp_path / "c.pcap"
    write_capture(capture, changed, ["rpc"])
    work = copy_spec(tmp_path / "work")
    report = check_capture(capture, work)
    assert {(f.kind, f.subject) for f in report.findings.values()} == {("pairing", "get_status->info_reply")}
    [p] = propose(report, SpecCodecs.load(work))
    assert p.action == "set_response" and p.yaml == "response: info_reply"
    apply_proposals(work, [p])
    assert check_capture(capture, work).ok


def test_port_map_reads_a_moved_port(spec: Path, tmp_path: Path) -> None:
    changed = copy_spec(tmp_path / "changed")
    edit(changed, "ports/rpc.yaml", "numbers: [49059]", "numbers: [50059]")
    capture = tmp_path / "c.pcap"
    sent = write_capture(capture, changed, ["rpc"])
    assert [f.kind for f in check_capture(capture, spec).findings.values()] == ["unmapped_port"]
    mapped = check_capture(capture, spec, port_map={50059: "rpc"})
    assert mapped.ok and mapped.pdus == sent


def test_pcapng_reads_like_pcap(spec: Path, tmp_path: Path) -> None:
    capture = tmp_path / "c.pcap"
    write_capture(capture, spec, ["io", "partq"])
    ng = tmp_path / "c.pcapng"
    subprocess.run(["editcap", "-F", "pcapng", str(capture), str(ng)], check=True, capture_output=True)
    a, b = check_capture(capture, spec), check_capture(ng, spec)
    assert a.ok and b.ok and a.pdus == b.pdus > 0
    assert {p: {m: s.to_json() for m, s in per.items()} for p, per in a.stats.items()} == \
           {p: {m: s.to_json() for m, s in per.items()} for p, per in b.stats.items()}


def test_write_examples_are_checked_by_codegen(spec: Path, tmp_path: Path) -> None:
    capture = tmp_path / "c.pcap"
    write_capture(capture, spec, ["rpc"])
    work = copy_spec(tmp_path / "work")
    report = check_capture(capture, work)
    changed = write_examples(work, report, SpecCodecs.load(work))
    assert sorted(changed) == ["common.yaml", "ports/rpc.yaml"]
    text = (work / "ports/rpc.yaml").read_text()
    frame, payload = report.examples["status_reply"]
    assert f"{{name: capture frame {frame}, hex: {payload.hex()}}}" in text
    loaded = SpecCodecs.load(work).spec
    assert next(m for m in loaded.messages if m.id == "status_reply").examples[0].data == payload
    render_all(work)  # the vectors emitter decodes every example; a bad one is a SpecError


def test_assembler_orders_bytes_drops_repeats_and_marks_gaps() -> None:
    asm = StreamAssembler()
    asm.syn(0)
    assert asm.push(1, 1, b"abc") == [(1, b"abc")]
    assert asm.push(2, 1, b"abc") == []  # a retransmission
    assert asm.push(3, 7, b"gh") == []  # early: waits for 4..6
    assert asm.push(4, 3, b"cdef") == [(4, b"def"), (3, b"gh")]  # overlap trimmed, then the early one
    assert asm.retransmitted == 4 and asm.reordered == 1
    assert asm.push(5, 12, b"lm") == []
    out = asm.acked(6, 14)  # the peer got 9..13: 9..11 are not in the capture
    assert out == [Gap(9, 3, 6), (5, b"lm")]
    asm.push(7, 14, b"", fin=True)
    assert asm.finish(8) == []


def test_infer_finds_strings_lengths_and_addresses() -> None:
    samples = [bytes([0, 0, 0, k, 192, 168, 1, 10 + k, 0, len(t)]) + t for k, t in
               enumerate([b"\x01", b"\x02\x03\x04", b"", b"\xff" * 6])]
    assert infer_fields(samples) == [
        {"id": "counter_0", "type": "u32", "doc": "Increases from sample to sample: a counter."},
        {"id": "address_4", "type": "ipv4"},
        {"id": "length_8", "type": "u16", "length_of": "data_8"},
        {"id": "data_8", "type": "bytes"},
    ]
    # The same lengths in front of text make a length-prefixed string.
    text = [s[:8] + s[8:10] + bytes(b"xyz"[:s[9]] if s[9] <= 3 else b"abcdef") for s in samples]
    assert infer_fields(text)[2] == {"id": "text_8", "type": "str", "length_prefix": "u16"}
    assert infer_fields([b"\x01\x02\x03"]) == [{"id": "field_0", "type": "u16"}, {"id": "field_2", "type": "u8"}]
    assert infer_fields([]) == [{"id": "data", "type": "bytes", "size": "eos"}]


def test_reused_ports_are_a_new_connection(spec: Path, tmp_path: Path) -> None:
    one = tmp_path / "one.pcap"
    sent = write_capture(one, spec, ["rpc", "io"])
    twice = tmp_path / "twice.pcap"
    # The same connections again (same ports, same sequence numbers) after the first ones closed.
    subprocess.run(["mergecap", "-a", "-F", "pcap", "-w", str(twice), str(one), str(one)], check=True)
    report = check_capture(twice, spec)
    assert report.ok and report.pdus == 2 * sent
    assert report.info["retransmitted_bytes"] == 0 and report.info["tcp_connections"] == 4
