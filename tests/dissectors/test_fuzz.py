"""Fuzz: 10,000 mutated PDUs through tshark, a few captures, each PDU in its own TCP connection
or datagram (a unique client port names it).

For every PDU the dissector must agree with the Python decoder: a PDU the decoder rejects
gets an error or warning expert info, one it accepts gets none (notes are fine: an unknown
enum value). A PDU whose header promises more bytes than follow is incomplete for both and
is never dissected (and never judged bad by the decoder either). Across all of it: no Lua error, no internal dissector error, no
exception-born "Malformed Packet".
"""

from __future__ import annotations

import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from support.tshark import run_tshark

from vs1kit.codegen import ir
from vs1kit.pcap import CaptureWriter, synth
from vs1kit.protocol.framing import FrameDecoder, LineDecoder, decode_datagram, decode_message, encode_frame
from vs1kit.protocol.wire import DecodeError

TOTAL = 10_000
CAPTURES = 4
WARN = 6291456  # expert.severity.WARN
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
            b[10:14] = n.to_bytes(4, "big")
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


def _run(path: Path, lua_dir: Path) -> dict[int, list[tuple[int, str]]]:
    """Expert infos (severity, message) of each client port."""
    out = run_tshark(path, lua_dir, [
        "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=\x1f",
        "-e", "tcp.srcport", "-e", "tcp.dstport", "-e", "udp.srcport", "-e", "udp.dstport",
        "-e", "_ws.expert.severity", "-e", "_ws.expert.message", "-e", "vs1.expert.internal",
        "-e", "_ws.lua.error",
    ], timeout=300).stdout
    experts: dict[int, list[tuple[int, str]]] = {}
    for line in out.split("\n"):
        tsrc, tdst, usrc, udst, sev, msg, internal, lua_error = (line.split("\t") + [""] * 8)[:8]
        assert not internal and not lua_error, f"internal or Lua error: {line!r}"
        ports = [int(p) for p in (tsrc, tdst, usrc, udst) if p]
        client = max(ports) if ports else -1
        found = experts.setdefault(client, [])
        if sev:
            found += list(zip((int(s) for s in sev.split("\x1f")), msg.split("\x1f"), strict=True))
    return experts


def test_ten_thousand_mutated_pdus(spec: ir.Spec, lua_dir: Path, tmp_path: Path) -> None:
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
    with ThreadPoolExecutor(max_workers=CAPTURES) as pool:
        results = list(pool.map(_run, paths, [lua_dir] * len(paths)))

    problems: list[str] = []
    for chunk, first, experts in zip(chunks, firsts, results, strict=True):
        for k, case in enumerate(chunk):
            found = experts.get(first + k, [])
            exceptions = [m for _, m in found if "Malformed Packet" in m or "Exception" in m or "Lua" in m]
            flagged = any(sev >= WARN for sev, _ in found)
            if exceptions:
                problems.append(f"{case.port.id} {case.mutation} {case.data.hex()}: {exceptions}")
            elif case.bad and not flagged:
                problems.append(f"{case.port.id} {case.mutation} {case.data.hex()}: rejected by Python, "
                                f"no error from the dissector ({found})")
            elif not case.bad and flagged:
                problems.append(f"{case.port.id} {case.mutation} {case.data.hex()}: accepted by Python, "
                                f"dissector says {found}")
    assert not problems, f"{len(problems)} disagreement(s):\n" + "\n".join(problems[:15])
