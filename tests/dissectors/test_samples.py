"""The dissectors against the Python decoder on `vs1 pcap`'s capture: every message of every
custom port, TCP handshakes, split and coalesced PDUs, a 1 MiB image, UDP broadcasts."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from support.tshark import pyshark_capture, run_tshark, tshark_env

from vs1kit.codegen import ir
from vs1kit.pcap import CaptureWriter, synth
from vs1kit.protocol.framing import encode_frame

from .fieldmap import Expected, Layer, diff, parse_json

Sample = tuple[Path, list[synth.Pdu]]
NOTE = 4194304  # expert.severity.NOTE


LIST_COLUMNS = ('gui.column.format:"No.","%m","Src port","%uS","Dst port","%uD",'
                '"Protocol","%p","Info","%i"')


def packet_list(pcap: Path, lua_dir: Path) -> dict[int, list[str]]:
    """The packet list (no protocol tree: the dissectors' scan path): frame -> [source port,
    destination port, protocol, info]."""
    out = run_tshark(pcap, lua_dir, ["-T", "tabs", "-o", LIST_COLUMNS]).stdout
    rows = {}
    for line in out.split("\n"):
        cols = line.strip().split("\t")
        if len(cols) >= 5 and cols[0].isdigit():
            rows[int(cols[0])] = cols[1:5]
    return rows


def tree_info(pcap: Path, lua_dir: Path) -> dict[int, str]:
    """The Info column of every frame, dissected with a protocol tree."""
    out = run_tshark(pcap, lua_dir, ["-T", "fields", "-e", "frame.number", "-e", "_ws.col.Info"]).stdout
    return {int(a): b for a, b in (line.split("\t", 1) for line in out.split("\n") if "\t" in line)}


def same_info_with_and_without_tree(pcap: Path, lua_dir: Path, frames: set[int]) -> list[str]:
    listed, full = packet_list(pcap, lua_dir), tree_info(pcap, lua_dir)
    return [f"frame {n}: list {listed[n][3]!r}, tree {full[n]!r}" for n in sorted(frames)
            if listed[n][3] != full[n]]


def _layers(pcap: Path, lua_dir: Path, *args: str) -> list[Layer]:
    return parse_json(run_tshark(pcap, lua_dir, ["-T", "json", *args]).stdout)


def compare(spec: ir.Spec, pdus: Sequence[synth.Pdu], layers: Sequence[Layer], *,
            allow_notes: bool = False) -> list[str]:
    """Every field of every PDU, tshark against the Python decoder; the problems found.

    Expert infos are problems too, except notes when ``allow_notes`` (an enum value the spec
    does not list: the Python decoder keeps the number, the dissector notes it)."""
    problems: list[str] = []
    if len(layers) != len(pdus):
        problems.append(f"tshark shows {len(layers)} VS-1 PDUs, the Python decoder reads {len(pdus)}")
    expected = Expected(spec)
    codes = {(p.id, m.id): m.code for p in synth.custom_ports(spec) for m in p.all_messages}
    for k, (pdu, layer) in enumerate(zip(pdus, layers, strict=False)):
        where = f"PDU #{k} ({pdu.port}.{pdu.message}, frames {pdu.frames})"
        if layer.frame != pdu.frames[-1]:
            problems.append(f"{where}: tshark dissects it in frame {layer.frame}")
        if layer.proto != f"vs1.{pdu.port}":
            problems.append(f"{where}: tshark layer is {layer.proto}")
            continue
        if pdu.seq is not None and layer.get("vs1.frame.seq") != [str(pdu.seq)]:
            problems.append(f"{where}: vs1.frame.seq is {layer.get('vs1.frame.seq')}")
        code = codes.get((pdu.port, pdu.message))
        if code is not None and layer.get("vs1.frame.msg_type") != [f"0x{code:04x}"]:
            problems.append(f"{where}: vs1.frame.msg_type is {layer.get('vs1.frame.msg_type')}")
        want = expected.message(pdu.port, pdu.message, pdu.value)
        got = layer.under(f"vs1.{pdu.port}.{pdu.message}")
        text = diff(want, got)
        if text:
            problems.append(f"{where}:\n{text}")
        experts = zip(layer.get("_ws.expert.message"), layer.get("_ws.expert.severity"), strict=True)
        bad = [msg for msg, severity in experts if not (allow_notes and int(severity) <= NOTE)]
        if bad:
            problems.append(f"{where}: expert info {bad}")
    return problems


def test_every_field_of_every_pdu_matches_the_python_decoder(spec: ir.Spec, lua_dir: Path, sample: Sample) -> None:
    pcap, pdus = sample
    ports = {p.port for p in pdus}
    assert ports == {p.id for p in synth.custom_ports(spec)}, "the capture misses a port"
    messages = {(p.port, p.message) for p in pdus}
    for port in synth.custom_ports(spec):
        for m in port.all_messages:
            assert (port.id, m.id) in messages, f"the capture has no {port.id}.{m.id}"
    layers = _layers(pcap, lua_dir)
    problems = compare(spec, pdus, layers)
    assert not problems, "\n".join(problems[:20])


def test_capture_covers_reassembly_cases(sample: Sample) -> None:
    _, pdus = sample
    by_frame: dict[int, int] = {}
    for p in pdus:
        by_frame[p.frames[-1]] = by_frame.get(p.frames[-1], 0) + 1
    assert any(len(p.frames) > 2 for p in pdus if p.transport == "tcp"), "no PDU split over segments"
    assert any(n >= 3 for n in by_frame.values()), "no segment with several PDUs"
    starts = {p.frames[0] for p in pdus}
    assert any(p.frames[0] in {q.frames[-1] for q in pdus if q is not p} and len(p.frames) > 1 for p in pdus), \
        "no PDU starting in the middle of a segment"
    assert starts
    big = [p for p in pdus if p.message == "picture" and p.value["image"]["width"] == synth.BIG_IMAGE_SIDE]
    assert big and len(big[0].value["image"]["data"]) // 2 >= 1 << 20, "no 1 MiB image"
    assert any(p.port == "serial" and len(p.frames) > 1 for p in pdus), "no text line split over segments"


def test_no_malformed_and_no_lua_error_in_any_output(lua_dir: Path, sample: Sample) -> None:
    pcap, _ = sample
    for args in ([], ["-V"], ["-2", "-V"], ["-T", "json"]):
        out = run_tshark(pcap, lua_dir, args).stdout  # raises on any Lua error
        assert "Malformed" not in out, f"tshark {' '.join(args)} reports a malformed packet"
        assert "_ws.malformed" not in out
        assert "Expert Info (Error" not in out and "Expert Info (Warning" not in out


def test_requests_and_responses_are_linked_both_ways(spec: ir.Spec, lua_dir: Path, sample: Sample) -> None:
    pcap, pdus = sample
    layers = _layers(pcap, lua_dir, "-2")
    assert len(layers) == len(pdus)
    kinds = {(p.id, m.id): m.kind for p in synth.custom_ports(spec) for m in p.all_messages}
    pending: dict[tuple[int, int], int] = {}
    links: dict[int, int] = {}  # pdu index of request -> pdu index of response
    for k, pdu in enumerate(pdus):
        kind = kinds[(pdu.port, pdu.message)]
        if pdu.seq is None:
            continue
        key = (pdu.number, pdu.seq)
        if kind == "request":
            pending[key] = k
        elif kind == "response" and key in pending:
            links[pending.pop(key)] = k
    assert len(links) >= 40, "too few request/response pairs in the sample"
    problems = []
    for req, resp in links.items():
        req_frame, resp_frame = pdus[req].frames[-1], pdus[resp].frames[-1]
        if layers[req].get("vs1.response_in") != [str(resp_frame)]:
            problems.append(f"{pdus[req].message} in frame {req_frame}: response_in {layers[req].get('vs1.response_in')}, want {resp_frame}")
        if layers[resp].get("vs1.request_in") != [str(req_frame)]:
            problems.append(f"{pdus[resp].message} in frame {resp_frame}: request_in {layers[resp].get('vs1.request_in')}, want {req_frame}")
        rt = layers[resp].get("vs1.response_time")
        if len(rt) != 1 or float(rt[0]) < 0:
            problems.append(f"{pdus[resp].message} in frame {resp_frame}: response_time {rt}")
    assert not problems, "\n".join(problems[:20])


def test_info_column_names_message_seq_and_key_fields(lua_dir: Path, sample: Sample) -> None:
    pcap, pdus = sample
    out = run_tshark(pcap, lua_dir, ["-T", "fields", "-e", "frame.number", "-e", "_ws.col.Protocol",
                                     "-e", "_ws.col.Info"]).stdout
    rows = {int(line.split("\t")[0]): line.split("\t", 2)[1:] for line in out.splitlines() if line}
    # The Protocol column: "VS1-" and the port's short name from the spec (its id in capitals
    # unless the spec gives `short:`), short enough for the column.
    column = {p.id: p.column for p in synth.custom_ports(synth.spec_model())}
    assert column["rpc"] == "VS1-RPC" and column["report_control"] == "VS1-RCTL"
    for pdu in pdus:
        proto, info = rows[pdu.frames[-1]]
        assert proto == column[pdu.port]
        assert len(proto) <= 12, proto  # (VS1-ANNOUNCE: the longest that fits the column)
        assert pdu.message in info
        if pdu.seq is not None:
            assert f"{pdu.message} seq={pdu.seq}" in info, info
    status = next(p for p in pdus if p.message == "status_reply")
    assert re.search(r"status_reply seq=\d+ state=\w+ trigger_mode=\w+", rows[status.frames[-1]][1])


def test_packet_list_without_a_tree_says_the_same(lua_dir: Path, sample: Sample) -> None:
    """Without a protocol tree (the packet list) the dissectors take a faster path that adds
    no items; the Info column must not change."""
    pcap, pdus = sample
    problems = same_info_with_and_without_tree(pcap, lua_dir, {p.frames[-1] for p in pdus})
    assert not problems, "\n".join(problems[:10])


def test_pyshark_sees_every_pdu(lua_dir: Path, sample: Sample) -> None:
    """The same capture through pyshark (tshark's PDML), load errors checked by the wrapper."""
    pcap, pdus = sample
    capture = pyshark_capture(pcap, lua_dir, display_filter=" || ".join(sorted({f"vs1.{p.port}" for p in pdus})))
    seen: list[tuple[str, str]] = []
    for packet in capture:
        for layer in packet.layers:
            if layer.layer_name.startswith("vs1."):
                seq = layer.get_field("vs1_frame_seq") if layer.layer_name != "vs1.serial" else None
                seen.append((layer.layer_name, str(seq)))
    # pyshark merges several PDUs of one frame into one layer; count frames instead.
    frames = sorted({p.frames[-1] for p in pdus})
    assert len(capture) == len(frames)
    assert {name for name, _ in seen} == {f"vs1.{p.port}" for p in pdus}


def test_every_custom_port_is_registered_and_no_standard_port(spec: ir.Spec, lua_dir: Path, tshark: str) -> None:
    out = subprocess.run([tshark, "-G", "decodes", "-X", f"lua_script:{lua_dir / 'vs1.lua'}"],
                         capture_output=True, text=True, env=tshark_env(), check=True).stdout
    table: dict[tuple[str, int], str] = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0] in ("tcp.port", "udp.port") and parts[1].isdigit():
            table[(parts[0], int(parts[1]))] = parts[2]
    for port in spec.ports:
        for number in port.numbers:
            owner = table.get((f"{port.transport}.port", number), "")
            if port.standard:
                assert not owner.startswith("vs1"), f"standard port {number} taken by {owner}"
            elif port.framing is not None:
                assert owner == f"vs1.{port.id}", f"{port.transport} {number}: {owner or 'nobody'}"


def test_fields_are_filterable_with_the_documented_names(spec: ir.Spec, lua_dir: Path, tshark: str,
                                                         sample: Sample) -> None:
    out = subprocess.run([tshark, "-G", "fields", "-X", f"lua_script:{lua_dir / 'vs1.lua'}"],
                         capture_output=True, text=True, env=tshark_env(), check=True).stdout
    fields = {}
    for line in out.splitlines():
        parts = line.split("\t")
        if parts[0] == "F" and parts[2].startswith("vs1."):
            fields[parts[2]] = parts[3]
    for name in ("vs1.frame.magic", "vs1.frame.version", "vs1.frame.flags", "vs1.frame.msg_type",
                 "vs1.frame.seq", "vs1.frame.length", "vs1.response_in", "vs1.request_in"):
        assert name in fields
    assert fields["vs1.response_in"] == "FT_FRAMENUM"
    _, pdus = sample
    expected = Expected(spec)
    names = {k for p in pdus for k, _ in expected.message(p.port, p.message, p.value)}
    missing = sorted(names - fields.keys())
    assert not missing, f"not registered: {missing[:10]}"
    assert fields["vs1.reports.report_record.record.inspection"] == "FT_UINT32"
    assert fields["vs1.announce.announce.ip"] == "FT_IPv4"
    assert fields["vs1.announce.announce.mac"] == "FT_ETHER"
    assert fields["vs1.rpc.status_reply.flags.fault"] == "FT_BOOLEAN"
    values = subprocess.run([tshark, "-G", "values", "-X", f"lua_script:{lua_dir / 'vs1.lua'}"],
                            capture_output=True, text=True, env=tshark_env(), check=True).stdout
    assert "V\tvs1.rpc.status_reply.mode.state\t2\trunning" in values
    assert "V\tvs1.io.error_reply.status\t3\tnot_in_control" in values


def _one_port_capture(path: Path, number: int) -> None:
    from vs1kit.generated import rpc

    with CaptureWriter(path) as cap:
        tcp = cap.tcp_session(("10.0.0.2", 50001), ("10.0.0.1", number))
        tcp.send(True, encode_frame(rpc.GetStatus(), 7))
        tcp.send(False, encode_frame(rpc.RpcAck(request_type=0x0301), 7))
        tcp.close()


def test_port_preferences_move_the_registration(lua_dir: Path, tmp_path: Path) -> None:
    pcap = tmp_path / "moved.pcap"
    _one_port_capture(pcap, 40000)
    assert not _layers(pcap, lua_dir), "port 40000 dissected without a preference"
    layers = _layers(pcap, lua_dir, "-o", "vs1.rpc_ports:40000")
    assert [lay.proto for lay in layers] == ["vs1.rpc", "vs1.rpc"]
    default = tmp_path / "default.pcap"
    _one_port_capture(default, 49059)
    assert not _layers(default, lua_dir, "-o", "vs1.rpc_ports:40000"), "old port still registered"


def test_heuristic_is_off_by_default_and_finds_frames_when_on(lua_dir: Path, tmp_path: Path) -> None:
    pcap = tmp_path / "heur.pcap"
    _one_port_capture(pcap, 41234)
    assert not _layers(pcap, lua_dir)
    layers = _layers(pcap, lua_dir, "-o", "vs1.heuristic:TRUE")
    assert [lay.proto for lay in layers] == ["vs1.rpc", "vs1.rpc"]
    assert layers[1].get("vs1.rpc.rpc_ack.request_type") == ["769"]
