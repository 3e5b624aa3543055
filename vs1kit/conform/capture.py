"""Reading a capture the way Wireshark does: tshark dissects, we order the TCP bytes.

tshark (pcap and pcapng alike) gives every packet's addresses, ports, TCP stream index,
relative sequence number, flags and payload, streamed line by line, so memory does not grow with
the capture. :class:`StreamAssembler` only places each direction's payload at its sequence
number: repeated bytes (retransmissions) are dropped, segments that arrive early (out of order)
wait, and bytes never captured become an explicit gap, the way Wireshark's follow-stream marks
them. Bytes waiting out of order are bounded (:data:`MAX_AHEAD`), so memory stays flat.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["MAX_AHEAD", "Gap", "Packet", "StreamAssembler", "TsharkError", "read_packets", "tshark_path"]

# Bytes that may wait for a missing earlier segment before it is declared lost.
MAX_AHEAD = 4 << 20

_FIELDS = (
    "frame.number", "tcp.stream", "udp.stream", "tcp.srcport", "tcp.dstport", "udp.srcport",
    "udp.dstport", "tcp.seq_raw", "tcp.ack_raw", "tcp.flags", "tcp.payload", "udp.payload",
)
# Sequence analysis, checksums and desegmentation are not needed (the assembler orders the
# bytes itself) and make tshark keep less per frame.
_PREFS = (
    "tcp.analyze_sequence_numbers:FALSE", "tcp.relative_sequence_numbers:FALSE",
    "tcp.calculate_timestamps:FALSE", "tcp.desegment_tcp_streams:FALSE",
)
_SYN, _FIN, _RST, _ACK = 0x02, 0x01, 0x04, 0x10


class TsharkError(RuntimeError):
    """tshark is missing or could not read the capture."""


def tshark_path(explicit: str | Path | None = None) -> str:
    found = str(explicit) if explicit else shutil.which("tshark")
    if not found:
        raise TsharkError("tshark not found: install Wireshark's tshark (Debian: apt-get install tshark)")
    return found


@dataclass(slots=True)
class Packet:
    """One captured TCP segment or UDP datagram with application bytes or TCP flags."""

    frame: int
    transport: str  # "tcp" or "udp"
    stream: int  # tshark's tcp.stream or udp.stream (a conversation: addresses and ports)
    sport: int
    dport: int
    seq: int  # TCP sequence number as on the wire (0 for UDP)
    ack: int  # TCP acknowledgement number as on the wire (0 for UDP)
    flags: int  # TCP flags (0 for UDP)
    payload: bytes


def read_packets(capture: Path, tshark: str | Path | None = None) -> Iterator[Packet]:
    """Every TCP segment and UDP datagram of ``capture`` in capture order, streamed from tshark."""
    if not Path(capture).is_file():
        raise TsharkError(f"{capture}: no such file")
    cmd = [tshark_path(tshark), "-r", str(capture), "-n", "-T", "fields", "-E", "occurrence=f"]
    for pref in _PREFS:
        cmd += ["-o", pref]
    for name in _FIELDS:
        cmd += ["-e", name]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    try:
        for raw in proc.stdout:
            parts = raw.rstrip(b"\n").split(b"\t")
            if len(parts) != len(_FIELDS):
                continue
            (frame, tstream, ustream, tsp, tdp, usp, udp_, seq, ack, flags, tpay, upay) = parts
            if tsp:
                yield Packet(int(frame), "tcp", int(tstream), int(tsp), int(tdp), int(seq or 0), int(ack or 0),
                             int(flags, 16) if flags else 0, bytes.fromhex(tpay.decode()) if tpay else b"")
            elif usp:
                yield Packet(int(frame), "udp", int(ustream), int(usp), int(udp_), 0, 0, 0,
                             bytes.fromhex(upay.decode()) if upay else b"")
    finally:
        proc.stdout.close()
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        code = proc.wait()
        if proc.stderr:
            proc.stderr.close()
    if code != 0:
        lines = [ln for ln in err.splitlines() if "Running as user" not in ln]
        raise TsharkError(f"tshark failed on {capture} (exit {code}): {' '.join(lines)[:500]}")


@dataclass(slots=True)
class Gap:
    """Bytes of one direction of a TCP connection that are not in the capture."""

    offset: int  # stream offset (relative sequence number) where the gap starts
    size: int  # bytes missing; 0 when unknown (the capture ends before the peer's FIN)
    frame: int  # the frame after which the gap was noticed


@dataclass
class StreamAssembler:
    """Puts one direction's TCP payload in sequence order.

    ``push`` returns what can be delivered now: byte chunks (with the frame that completed them)
    and :class:`Gap` markers. ``retransmitted`` counts bytes seen twice and ``reordered``
    segments that came before an earlier one.
    """

    base: int | None = None  # the initial sequence number (raw); offsets below are relative to it
    next_seq: int | None = None
    ahead: dict[int, tuple[int, bytes]] = field(default_factory=dict)  # seq -> (frame, data)
    ahead_bytes: int = 0
    fin_seq: int | None = None
    retransmitted: int = 0
    reordered: int = 0
    delivered: int = 0

    def syn(self, seq: int) -> None:
        if self.base is None:
            self.base = seq
            self.next_seq = 1

    def _rel(self, seq: int) -> int:
        assert self.base is not None
        return (seq - self.base) & 0xFFFFFFFF  # streams past 4 GiB wrap; captures rarely have them

    def push(self, frame: int, seq: int, data: bytes, fin: bool = False) -> list[tuple[int, bytes] | Gap]:
        """``seq`` is the raw sequence number of ``data``'s first byte."""
        out: list[tuple[int, bytes] | Gap] = []
        if self.base is None:
            if not data:
                return out
            self.base = seq
            self.next_seq = 0
        seq = self._rel(seq)
        if fin:
            self.fin_seq = seq + len(data)
        if not data:
            return out
        nxt = self.next_seq
        assert nxt is not None
        end = seq + len(data)
        if end <= nxt:
            self.retransmitted += len(data)
            return out
        if seq < nxt:
            self.retransmitted += nxt - seq
            data = data[nxt - seq:]
            seq = nxt
        if seq > nxt:
            old = self.ahead.get(seq)
            if old is None or len(old[1]) < len(data):
                self.ahead_bytes += len(data) - (len(old[1]) if old else 0)
                self.ahead[seq] = (frame, data)
            else:
                self.retransmitted += len(data)
            if self.ahead_bytes > MAX_AHEAD:
                self._skip_to_ahead(frame, out)
            return out
        self._deliver(frame, data, out)
        return out

    def acked(self, frame: int, ack: int) -> list[tuple[int, bytes] | Gap]:
        """The peer acknowledged up to ``ack``: bytes it got that the capture lacks are a gap now
        (Wireshark's "previous segment not captured"), not something to wait for."""
        out: list[tuple[int, bytes] | Gap] = []
        if self.base is None:
            return out
        ack = self._rel(ack)
        while self.ahead and self.next_seq is not None and ack > self.next_seq and min(self.ahead) < ack:
            self._skip_to_ahead(frame, out)
        return out

    def _deliver(self, frame: int, data: bytes, out: list[tuple[int, bytes] | Gap]) -> None:
        assert self.next_seq is not None
        out.append((frame, data))
        self.next_seq += len(data)
        self.delivered += len(data)
        while self.ahead:
            nxt = self.next_seq
            ready = [s for s in self.ahead if s <= nxt]
            if not ready:
                return
            for s in sorted(ready):
                fr, chunk = self.ahead.pop(s)
                self.ahead_bytes -= len(chunk)
                self.reordered += 1
                end = s + len(chunk)
                if end <= self.next_seq:
                    self.retransmitted += len(chunk)
                    continue
                chunk = chunk[self.next_seq - s:]
                out.append((fr, chunk))
                self.next_seq += len(chunk)
                self.delivered += len(chunk)

    def _skip_to_ahead(self, frame: int, out: list[tuple[int, bytes] | Gap]) -> None:
        assert self.next_seq is not None
        first = min(self.ahead)
        out.append(Gap(self.next_seq, first - self.next_seq, frame))
        self.next_seq = first
        fr, chunk = self.ahead.pop(first)
        self.ahead_bytes -= len(chunk)
        self._deliver(fr, chunk, out)

    def finish(self, frame: int) -> list[tuple[int, bytes] | Gap]:
        """The connection (or the capture) ended: whatever still waits is after a gap."""
        out: list[tuple[int, bytes] | Gap] = []
        while self.ahead:
            self._skip_to_ahead(frame, out)
        if self.fin_seq is not None and self.next_seq is not None and self.fin_seq > self.next_seq:
            out.append(Gap(self.next_seq, self.fin_seq - self.next_seq, frame))
            self.next_seq = self.fin_seq
        return out
