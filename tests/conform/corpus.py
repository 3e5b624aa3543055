"""Captures for the conformance tests: traffic encoded by a (modified) spec copy's own codecs.

Each capture holds one TCP connection per chosen port: every request with its reply (same
sequence number), the framing's error reply answering a request, and every other message as an
event. Segments are written one by one with dpkt so a capture can carry retransmissions,
out-of-order segments or a missing segment where a test asks for them.
"""

from __future__ import annotations

import dataclasses
import shutil
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dpkt

from vs1kit import resources
from vs1kit.codegen import ir
from vs1kit.codegen.samples import Sampler
from vs1kit.conform.codecs import SpecCodecs
from vs1kit.pcap.writer import CaptureWriter, mac_for_ip

CAMERA_IP = "10.0.0.1"
CLIENT_IP = "10.0.0.2"
SEGMENT = 40  # small segments, so PDUs straddle them and there are many to disturb


def copy_spec(dst: Path) -> Path:
    """A copy of the shipped spec a test may edit."""
    shutil.copytree(resources.spec_dir(), dst)
    return dst


def insert_after(spec_dir: Path, rel: str, marker: str, line: str) -> None:
    """Insert ``line`` after the one line of a spec file that contains ``marker``."""
    path = spec_dir / rel
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = [i for i, ln in enumerate(lines) if marker in ln]
    assert len(at) == 1, f"{rel}: {marker!r} is on {len(at)} lines"
    lines.insert(at[0] + 1, line)
    path.write_text("".join(lines), encoding="utf-8")


def edit(spec_dir: Path, rel: str, old: str, new: str) -> None:
    """Replace exactly one occurrence of ``old`` in a spec file."""
    path = spec_dir / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{rel}: {old!r} occurs {text.count(old)} times"
    path.write_text(text.replace(old, new), encoding="utf-8")


@dataclass
class Disturb:
    """What goes wrong on the wire: segment indexes (per direction, from 0) to retransmit,
    to swap with the next one, or to leave out of the capture."""

    retransmit: set[int] = field(default_factory=set)
    swap: set[int] = field(default_factory=set)
    drop: set[int] = field(default_factory=set)
    to_camera_only: bool = False  # disturb only what the client sends


class _Tcp:
    def __init__(self, cap: CaptureWriter, client: tuple[str, int], server: tuple[str, int]) -> None:
        self.cap = cap
        self.ends = {True: client, False: server}
        self.seq = {True: 1000, False: 5000}
        self.count = {True: 0, False: 0}
        self._raw(True, dpkt.tcp.TH_SYN, self.seq[True], b"", ack=0)
        self.seq[True] += 1
        self._raw(False, dpkt.tcp.TH_SYN | dpkt.tcp.TH_ACK, self.seq[False], b"")
        self.seq[False] += 1
        self._raw(True, dpkt.tcp.TH_ACK, self.seq[True], b"")

    def _raw(self, from_client: bool, flags: int, seq: int, data: bytes, ack: int | None = None) -> None:
        (sip, sport), (dip, dport) = self.ends[from_client], self.ends[not from_client]
        tcp = dpkt.tcp.TCP(sport=sport, dport=dport, seq=seq, ack=self.seq[not from_client] if ack is None else ack,
                           flags=flags, win=65535, data=data)
        ip = dpkt.ip.IP(src=socket.inet_aton(sip), dst=socket.inet_aton(dip), p=dpkt.ip.IP_PROTO_TCP, ttl=64, data=tcp)
        eth = dpkt.ethernet.Ethernet(src=mac_for_ip(sip), dst=mac_for_ip(dip), type=dpkt.ethernet.ETH_TYPE_IP,
                                     data=ip)
        self.cap.write_frame(bytes(eth))

    def send(self, from_client: bool, data: bytes, disturb: Disturb) -> None:
        segs: list[tuple[int, bytes]] = []
        for k in range(0, len(data), SEGMENT):
            segs.append((self.seq[from_client] + k, data[k:k + SEGMENT]))
        self.seq[from_client] += len(data)
        order: list[tuple[int, tuple[int, bytes]]] = [(self.count[from_client] + i, s) for i, s in enumerate(segs)]
        self.count[from_client] += len(segs)
        i = 0
        while i < len(order):
            idx, _seg = order[i]
            if idx in disturb.swap and i + 1 < len(order):
                order[i], order[i + 1] = order[i + 1], order[i]
                i += 2
                continue
            i += 1
        if disturb.to_camera_only and not from_client:
            order.sort()
        for idx, (seq, chunk) in order:
            if idx in disturb.drop and (from_client or not disturb.to_camera_only):
                continue
            self._raw(from_client, dpkt.tcp.TH_ACK | dpkt.tcp.TH_PUSH, seq, chunk)
            if idx in disturb.retransmit and (from_client or not disturb.to_camera_only):
                self._raw(from_client, dpkt.tcp.TH_ACK | dpkt.tcp.TH_PUSH, seq, chunk)
        self._raw(not from_client, dpkt.tcp.TH_ACK, self.seq[not from_client], b"")

    def close(self) -> None:
        self._raw(True, dpkt.tcp.TH_FIN | dpkt.tcp.TH_ACK, self.seq[True], b"")
        self.seq[True] += 1
        self._raw(False, dpkt.tcp.TH_FIN | dpkt.tcp.TH_ACK, self.seq[False], b"")
        self.seq[False] += 1
        self._raw(True, dpkt.tcp.TH_ACK, self.seq[True], b"")


def _frame(codecs: SpecCodecs, value: Any, seq: int) -> bytes:
    payload = value.encode()
    head = codecs.frames_module().encode_vs1_frame_header(value.CODE, seq, len(payload), value.HEADER_FLAGS)
    return bytes(head) + payload


def write_capture(out: Path, spec_dir: Path, ports: Sequence[str], *,
                  overrides: dict[str, dict[str, Any]] | None = None,
                  extra: dict[str, list[dict[str, Any]]] | None = None,
                  disturb: Disturb | None = None, junk: bytes = b"") -> int:
    """Write the traffic of ``ports`` as ``spec_dir``'s codecs encode it; returns the PDU count.

    ``overrides`` sets attributes of a message's sample value (message id -> {attr: value});
    ``extra`` sends further events of a message with the given attributes; ``junk`` is sent by
    the client before its first request (bytes that are not frames).
    """
    codecs = SpecCodecs.load(spec_dir)
    sampler = Sampler(codecs.spec, codecs.modules)
    overrides = overrides or {}
    extra = extra or {}
    disturb = disturb or Disturb()

    def value(msg: ir.Message, **attrs: Any) -> Any:
        v = sampler.value(msg, 0)
        return dataclasses.replace(v, **{**overrides.get(msg.id, {}), **attrs})

    pdus = 0
    with CaptureWriter(out) as cap:
        for k, pid in enumerate(ports):
            port = codecs.spec.port(pid)
            client, camera = (CLIENT_IP, 50000 + k), (CAMERA_IP, port.numbers[0])
            if port.transport == "udp":
                pdus += _datagrams(cap, codecs, port, client, camera, value)
                continue
            tcp = _Tcp(cap, client, camera)
            seq = 0
            replied: set[str] = set()
            requests = [m for m in port.messages if m.kind == "request"]
            if junk:
                tcp.send(True, junk, disturb)
            error = next(m for m in port.all_messages if m.id == port.framing.error_message)  # type: ignore[union-attr]
            for m in requests:
                seq += 1
                tcp.send(True, _frame(codecs, value(m), seq), disturb)
                assert m.response_msg is not None
                replied.add(m.response_msg.id)
                tcp.send(False, _frame(codecs, value(m.response_msg), seq), disturb)
                pdus += 2
            seq += 1
            tcp.send(True, _frame(codecs, value(requests[0]), seq), disturb)
            tcp.send(False, _frame(codecs, value(error, request_type=requests[0].code), seq), disturb)
            pdus += 2
            events = 0
            for m in port.messages:
                if m.kind == "request" or m.id in replied:
                    continue
                for attrs in [{}, *extra.get(m.id, [])]:
                    events += 1
                    tcp.send(m.direction != "from_camera", _frame(codecs, value(m, **attrs), events), disturb)
                    pdus += 1
            tcp.close()
    return pdus


def _datagrams(cap: CaptureWriter, codecs: SpecCodecs, port: ir.Port, client: tuple[str, int],
               camera: tuple[str, int], value: Any) -> int:
    """A UDP port's traffic: each request and its reply, then every other message once."""
    seq = sent = 0
    replied: set[str] = set()
    for m in port.messages:
        if m.kind != "request":
            continue
        seq += 1
        assert m.response_msg is not None
        replied.add(m.response_msg.id)
        cap.udp(client, camera, _frame(codecs, value(m), seq))
        cap.udp(camera, client, _frame(codecs, value(m.response_msg), seq))
        sent += 2
    for m in port.messages:
        if m.kind == "request" or m.id in replied:
            continue
        seq += 1
        src, dst = (camera, client) if m.direction == "from_camera" else (client, camera)
        cap.udp(src, dst, _frame(codecs, value(m), seq))
        sent += 1
    return sent
