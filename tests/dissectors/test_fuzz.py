"""Fuzz: 10,000 mutated PDUs through tshark, a few captures, each PDU in its own TCP connection
or datagram (a unique client port names it).

For every PDU the dissector must agree with the Python decoder: a PDU the decoder rejects
gets an error or warning expert info, one it accepts gets none (notes are fine: an unknown
enum value). A PDU whose header promises more bytes than follow is incomplete for both and
is never dissected (and never judged bad by the decoder either). Across all of it: no Lua error, no internal dissector error, no
exception-born "Malformed Packet". The packet list (tshark without a protocol tree, where the
dissectors take their scan path) must mark exactly the same PDUs "[error]".
"""

from __future__ import annotations

import random
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from support.tshark import run_tshark, tshark_env

from vs1kit.codegen import ir
from vs1kit.pcap import CaptureWriter, synth
from vs1kit.protocol.framing import (
    FrameDecoder,
    LineDecoder,
    decode_datagram,
    decode_message,
    encode_frame,
)
from vs1kit.protocol.wire import DecodeError

from .test_samples import packet_list

TOTAL = 10_000
CAPTURES = 4
NOTES = {"vs1.expert.unknown_enum", "vs1.expert.flags"}  # notes; the other experts are errors/warnings
FIRST_PORT = 50000  # above every camera port, so TCP/UDP try the camera port first


@dataclass
class Case:
    port: ir.Port
    data: bytes
    from_client: bool
    mutation: str
    bad: bool  # the Python decoder rejects it


def _mutations(rng: random.Random) -> list[tuple[str, Callable[[bytearray], bytearray]]]:
    def flip(b: bytearray) -> bytearray:
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        return b

    def overwrite(b: bytearray) -> bytearray:
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] = rng.choice([0, 0xFF, 0x80, 0x7F, rng.randrange(256)])
        return b

    def truncate(b: bytearray) -> bytearray:
        return b[: rng.randint(1, max(1, len(b) - 1))]

    def extend(b: bytearray) -> bytearray:
        return b + bytearray(rng.randbytes(rng.randint(1, 8)))

    def cut(b: bytearray) -> bytearray:
        i = rng.randrange(len(b))
        return b[:i] + b[i + rng.randint(1, 6):] or bytearray(b"\x00")

    def insert(b: bytearray) -> bytearray:
        i = rng.randrange(len(b) + 1)
        return b[:i] + bytearray(rng.randbytes(rng.randint(1, 6))) + b[i:]

    def length(b: bytearray) -> bytearray:  # payload length field (frame header)
        if len(b) >= 14:
            n = int.from_bytes(b[10:14], "big")
            n = rng.choice([max(0, n - rng.randint(1, 4)), n + rng.randint(1, 4), 0, 0x0FFFFFFF,
                            0xFFFFFFFF, 67108865])
            b[10:14] = min(n, 0xFFFFFFFF).to_bytes(4, "big")  # (a mutated length can pass 2^32 - 1)
        return b

    def header(b: bytearray) -> bytearray:  # magic, version, flags or message type
        if len(b) >= 14:
            i = rng.choice([0, 1, 2, 3, 4, 5])
            b[i] = rng.randrange(256)
        return b

    def count(b: bytearray) -> bytearray:  # a big number where a count or length may sit
        if len(b) > 15:
            i = rng.randrange(14, len(b) - 1)
            b[i:i + 2] = rng.choice([b"\xff\xff", b"\x01\x00", b"\x00\xff", b"\x04\x01"])
        return b

    return [("flip", flip), ("overwrite", overwrite), ("truncate", truncate), ("extend", extend),
            ("cut", cut), ("insert", insert), ("length", length), ("header", header), ("count", count)]


def _verdict(port: ir.Port, data: bytes) -> bool:
    """True if the Python decoder rejects ``data``. Bytes a stream decoder is still waiting
    for (a PDU longer than what follows) are no error for either side."""
    assert port.framing is not None
    try:
        if port.framing.kind == "lines":
            cls = synth._line_class(port)
            for line in LineDecoder(port.id).feed(data):
                cls.decode(line)
        elif port.transport == "udp":
            decode_message(port.id, decode_datagram(data))
        else:
            for frame in FrameDecoder().feed(data):
                decode_message(port.id, frame)
    except DecodeError:
        return True
    return False


def _cases(spec: ir.Spec, rng: random.Random) -> list[Case]:
    values = synth.RandomValues(spec, synth.generated_modules(spec), rng, unknown_enums=0.1)
    ports = synth.custom_ports(spec)
    mutations = _mutations(rng)
    cases: list[Case] = []
    while len(cases) < TOTAL:
        port = rng.choice(ports)
        assert port.framing is not None
        msg = rng.choice(port.all_messages)
        value = values.value(msg)
        if port.framing.kind == "lines":
            data = bytearray(value.encode() + port.framing.terminator)
        else:
            data = bytearray(encode_frame(value, rng.randrange(1 << 32)))
        names = []
        for _ in range(rng.choice([1, 1, 2])):
            name, fn = rng.choice(mutations)
            data = fn(data)
            names.append(name)
        if not data:
            continue
        cases.append(Case(port, bytes(data), msg.direction != "from_camera", "+".join(names),
                          _verdict(port, bytes(data))))
    return cases


def _write(path: Path, cases: list[Case], first_port: int, rng: random.Random) -> None:
    with CaptureWriter(path) as cap:
        for k, case in enumerate(cases):
            other = first_port + k
            number = case.port.numbers[rng.randrange(len(case.port.numbers))]
            if case.port.transport == "udp":
                if case.from_client:
                    cap.udp((synth.CLIENT_IP, other), (synth.CAMERA_IP, number), case.data)
                else:
                    cap.udp((synth.CAMERA_IP, number), (synth.CLIENT_IP, other), case.data)
                continue
            tcp = cap.tcp_session((synth.CLIENT_IP, other), (synth.CAMERA_IP, number))
            sizes = None
            if len(case.data) > 2 and rng.random() < 0.3:
                sizes = [rng.randint(1, len(case.data) - 1)]
            tcp.send(case.from_client, case.data, sizes)


def _our_experts(tshark: str, lua_dir: Path) -> list[str]:
    """The dissector's expert infos, as registered (``vs1.expert.*``)."""
    out = subprocess.run([tshark, "-G", "fields", "-X", f"lua_script:{lua_dir / 'vs1.lua'}"],
                         capture_output=True, text=True, env=tshark_env(), check=True).stdout
    names = sorted({line.split("\t")[2] for line in out.split("\n")
                    if line.startswith("F\t") and line.split("\t")[2].startswith("vs1.expert.")})
    assert "vs1.expert.truncated" in names and "vs1.expert.internal" in names, names
    return names


def _run(path: Path, lua_dir: Path, experts: list[str]) -> dict[int, tuple[set[str], list[str]]]:
    """Per client port: the dissector's expert infos, and every expert message (to show)."""
    out = run_tshark(path, lua_dir, [
        "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=\x1f",
        "-e", "tcp.srcport", "-e", "tcp.dstport", "-e", "udp.srcport", "-e", "udp.dstport",
        "-e", "_ws.expert.message", "-e", "_ws.lua.error", *[a for name in experts for a in ("-e", name)],
    ], timeout=300).stdout
    found: dict[int, tuple[set[str], list[str]]] = {}
    width = 6 + len(experts)
    for line in out.split("\n"):
        cols = (line.split("\t") + [""] * width)[:width]
        ports = [int(p) for p in cols[:4] if p]
        ours, messages = found.setdefault(max(ports) if ports else -1, (set(), []))
        messages += [m for m in cols[4].split("\x1f") if m]
        assert not cols[5], f"Lua error: {line!r}"
        ours.update(name for name, col in zip(experts, cols[6:], strict=True) if col)
    return found


def test_ten_thousand_mutated_pdus(spec: ir.Spec, lua_dir: Path, tshark: str, tmp_path: Path) -> None:
    rng = random.Random(20240601)
    cases = _cases(spec, rng)
    assert len(cases) >= TOTAL
    assert sum(c.bad for c in cases) > TOTAL // 3, "the mutations are too gentle"
    per = -(-len(cases) // CAPTURES)
    chunks = [cases[i:i + per] for i in range(0, len(cases), per)]
    paths = [tmp_path / f"fuzz-{k}.pcap" for k in range(len(chunks))]
    firsts = [FIRST_PORT + k * per for k in range(len(chunks))]
    for path, chunk, first in zip(paths, chunks, firsts, strict=True):
        _write(path, chunk, first, random.Random(first))
    experts = _our_experts(tshark, lua_dir)
    with ThreadPoolExecutor(max_workers=CAPTURES) as pool:
        results = list(pool.map(_run, paths, [lua_dir] * len(paths), [experts] * len(paths)))
        lists = list(pool.map(packet_list, paths, [lua_dir] * len(paths)))

    problems: list[str] = []
    for chunk, first, found, listed in zip(chunks, firsts, results, lists, strict=True):
        # The packet list (no tree: the scan path) marks a PDU with errors "[error]".
        marked = {max(int(row[0] or 0), int(row[1] or 0)) for row in listed.values() if "[error]" in row[3]}
        for k, case in enumerate(chunk):
            ours, messages = found.get(first + k, (set(), []))
            what = f"{case.port.id} {case.mutation} {case.data.hex()}"
            crashes = [m for m in messages if "Malformed Packet" in m or "Exception" in m or "Lua" in m]
            flagged = bool(ours - NOTES)
            if "vs1.expert.internal" in ours or crashes:
                problems.append(f"{what}: {crashes or messages}")
            elif case.bad and not flagged:
                problems.append(f"{what}: rejected by Python, no error from the dissector ({messages})")
            elif not case.bad and flagged:
                problems.append(f"{what}: accepted by Python, the dissector says {messages}")
            elif flagged != ((first + k) in marked):
                problems.append(f"{what}: the packet list (no tree) {'misses' if flagged else 'adds'} [error]")
    assert not problems, f"{len(problems)} disagreement(s):\n" + "\n".join(problems[:15])
