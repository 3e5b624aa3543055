"""Synthetic VS-1 captures and what the Python decoder reads from them.

:func:`write_sample_capture` writes every message of every custom port (each sample variant
of :class:`~vs1kit.codegen.samples.Sampler`) as real traffic: TCP connections with
handshakes, requests and their replies (same sequence number), PDUs split over segments,
several PDUs in one segment, PDU boundaries in the middle of a segment, a 1 MiB image,
serial text lines, login datagrams and announce broadcasts. :func:`write_random_capture`
does the same with random values (:class:`RandomValues`) and random segmentation.

:func:`decode_capture` reads a capture back with the Python stack (``FrameDecoder``,
``LineDecoder``, ``decode_datagram``, the generated codecs) and returns one :class:`Pdu` per
message with the frames that carried it: the reference the Wireshark dissector is held to.
"""

from __future__ import annotations

import dataclasses
import importlib
import random
import struct
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import dpkt

from vs1kit import resources
from vs1kit.codegen import ir
from vs1kit.codegen.loader import load_spec
from vs1kit.codegen.samples import Sampler
from vs1kit.pcap.writer import MAX_TCP_PAYLOAD, CaptureWriter, TcpSession
from vs1kit.protocol.framing import (
    FrameDecoder,
    LineDecoder,
    decode_datagram,
    decode_message,
    encode_frame,
)
from vs1kit.protocol.wire import Message

__all__ = [
    "BIG_IMAGE_SIDE",
    "CAMERA_IP",
    "CLIENT_IP",
    "Pdu",
    "RandomValues",
    "custom_ports",
    "decode_capture",
    "generated_modules",
    "spec_model",
    "write_bulk_capture",
    "write_random_capture",
    "write_sample_capture",
]

CAMERA_IP = "10.0.0.1"
CLIENT_IP = "10.0.0.2"
BROADCAST_IP = "255.255.255.255"
# The large image: 1024 x 1024 mono8, i.e. a PDU of 1 MiB plus headers.
BIG_IMAGE_SIDE = 1024
_FIRST_CLIENT_PORT = 50000


# --------------------------------------------------------------------------- spec and codecs


def spec_model(spec_root: Path | None = None) -> ir.Spec:
    """The spec's model (the checkout's ``protocol_spec/`` by default)."""
    return load_spec(spec_root or resources.spec_dir())


def generated_modules(spec: ir.Spec) -> dict[str, ModuleType]:
    """The installed generated codecs, keyed as the Sampler wants them."""
    mods = {name: importlib.import_module(f"vs1kit.generated.{name}") for name in ("types", "enums", "frames")}
    for port in spec.coded_ports:
        mods[port.id] = importlib.import_module(f"vs1kit.generated.{port.py_module}")
    return mods


def custom_ports(spec: ir.Spec) -> list[ir.Port]:
    """The ports the VS-1 dissectors handle: coded and not a standard protocol."""
    return [p for p in spec.ports if not p.standard and p.framing is not None]


# --------------------------------------------------------------------------- the decoder's view


@dataclass(frozen=True)
class Pdu:
    """One message as the Python decoder reads it from a capture."""

    frames: tuple[int, ...]  # frames holding its bytes, in order; the last completes it
    port: str  # port id
    number: int  # camera-side port number
    transport: str
    message: str
    seq: int | None  # None on line-framed ports
    value: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {"frames": list(self.frames), "port": self.port, "number": self.number,
                "transport": self.transport, "message": self.message, "seq": self.seq,
                "value": self.value}


class _Stream:
    """One direction of one TCP connection: decoder plus which frames carried which bytes."""

    def __init__(self, port: ir.Port) -> None:
        self.port = port
        assert port.framing is not None
        self.lines = port.framing.kind == "lines"
        self.decoder: FrameDecoder | LineDecoder = LineDecoder(port.id) if self.lines else FrameDecoder()
        self.segments: list[tuple[int, int, int]] = []  # (frame, start, end) in stream bytes
        self.received = 0
        self.consumed = 0

    def feed(self, frame_no: int, data: bytes) -> Iterator[tuple[tuple[int, ...], Any]]:
        start = self.received
        self.received += len(data)
        self.segments.append((frame_no, start, self.received))
        for item in self.decoder.feed(data):
            if self.lines:
                assert isinstance(item, bytes)
                assert self.port.framing is not None
                size = len(item) + len(self.port.framing.terminator)
            else:
                size = 14 + len(item.payload)  # type: ignore[union-attr]
            lo, hi = self.consumed, self.consumed + size
            self.consumed = hi
            frames = tuple(f for f, s, e in self.segments if s < hi and e > lo)
            self.segments = [seg for seg in self.segments if seg[2] > hi]
            yield frames, item


def decode_capture(path: str | Path, spec: ir.Spec | None = None) -> list[Pdu]:
    """Every VS-1 message in a capture, in the order a dissector meets them.

    Raises :class:`DecodeError` if the Python decoder rejects a PDU: this is for captures of
    well-formed traffic.
    """
    spec = spec or spec_model()
    tcp_ports = {n: p for p in custom_ports(spec) if p.transport == "tcp" for n in p.numbers}
    udp_ports = {n: p for p in custom_ports(spec) if p.transport == "udp" for n in p.numbers}
    streams: dict[tuple[bytes, int, bytes, int], _Stream] = {}
    out: list[Pdu] = []
    with open(path, "rb") as fh:
        reader = dpkt.pcap.Reader(fh)
        for frame_no, (_ts, buf) in enumerate(reader, start=1):
            ip = _ip_of(buf, reader.datalink())
            if ip is None:
                continue
            seg = ip.data
            if isinstance(seg, dpkt.tcp.TCP):
                payload = bytes(seg.data)
                if not payload:
                    continue
                port = tcp_ports.get(seg.dport) or tcp_ports.get(seg.sport)
                if port is None:
                    continue
                number = seg.dport if seg.dport in tcp_ports else seg.sport
                key = (ip.src, seg.sport, ip.dst, seg.dport)
                stream = streams.get(key)
                if stream is None:
                    stream = streams[key] = _Stream(port)
                for frames, item in stream.feed(frame_no, payload):
                    out.append(_pdu(port, number, frames, item))
            elif isinstance(seg, dpkt.udp.UDP):
                port = udp_ports.get(seg.dport) or udp_ports.get(seg.sport)
                if port is None:
                    continue
                number = seg.dport if seg.dport in udp_ports else seg.sport
                out.append(_pdu(port, number, (frame_no,), decode_datagram(bytes(seg.data))))
    return out


def _ip_of(buf: bytes, datalink: int) -> Any:
    if datalink == dpkt.pcap.DLT_EN10MB:
        eth = dpkt.ethernet.Ethernet(buf)
        return eth.data if isinstance(eth.data, dpkt.ip.IP) else None
    if datalink in (dpkt.pcap.DLT_RAW, 101):
        return dpkt.ip.IP(buf)
    return None


def _pdu(port: ir.Port, number: int, frames: tuple[int, ...], item: Any) -> Pdu:
    if isinstance(item, bytes):  # a text line
        cls = _line_class(port)
        msg = cls.decode(item)
        return Pdu(frames, port.id, number, port.transport, msg.SPEC_ID, None, msg.to_dict())
    msg = decode_message(port.id, item)
    return Pdu(frames, port.id, number, port.transport, msg.SPEC_ID, item.seq, msg.to_dict())


def _line_class(port: ir.Port) -> type[Message]:
    mod = importlib.import_module(f"vs1kit.generated.{port.py_module}")
    cls: type[Message] = mod.MESSAGES[0]
    return cls


# --------------------------------------------------------------------------- random values


class RandomValues:
    """Random but valid values of any message: the encoder accepts them, so they round-trip.

    Integers span their whole range, enums are mostly members (sometimes an unknown value,
    which decoders keep as a number), flags are random subsets, strings random text in their
    encoding (printable), arrays 0-3 elements, switches a random case.
    """

    def __init__(self, spec: ir.Spec, modules: dict[str, ModuleType], rng: random.Random,
                 unknown_enums: float = 0.1) -> None:
        self.spec = spec
        self.sampler = Sampler(spec, modules)
        self.modules = modules
        self.rng = rng
        self.unknown_enums = unknown_enums

    def value(self, td: ir.TypeDef) -> Any:
        kwargs: dict[str, Any] = {}
        local: dict[str, Any] = {}
        forced: dict[str, int] = {}
        for f in td.fields:
            if isinstance(f.type, ir.SwitchT) and f.type.cases and f.type.default is None:
                forced[f.type.on] = self.rng.choice(f.type.cases).key
        for f in td.fields:
            if f.bitfield is not None:
                for sub in f.bitfield:
                    if sub.enum is not None and sub.enum.values:
                        v: Any = self.sampler.enum_member(sub.enum, self.rng.choice(sub.enum.values).value)
                    else:
                        v = self.rng.randrange(1 << sub.width)
                    kwargs[ir.py_attr(sub.id)] = v
                continue
            if f.hidden:
                continue
            if f.when is not None and not self._holds(f.when, local):
                kwargs[ir.py_attr(f.id)] = local[f.id] = None
                continue
            if f.id in forced:
                raw = forced[f.id]
                v = self.sampler.enum_member(f.enum, raw) if f.enum is not None else raw
            elif f.array is not None:
                count = f.array.count if f.array.kind == "fixed" else self.rng.randint(0, min(3, f.array.max))
                v = [self.elem(td, f, f.type, local) for _ in range(count)]
            else:
                v = self.elem(td, f, f.type, local)
            kwargs[ir.py_attr(f.id)] = local[f.id] = v
        return self.sampler.cls(td)(**kwargs)

    @staticmethod
    def _holds(when: ir.When, local: dict[str, Any]) -> bool:
        ref = local.get(when.field)
        if when.has is not None:
            return bool(ref is not None and int(ref) & when.mask)
        return bool(ref == when.equals)

    def elem(self, td: ir.TypeDef, f: ir.Field | None, wtype: ir.WireType, local: dict[str, Any]) -> Any:
        rng = self.rng
        if isinstance(wtype, ir.IntT):
            if f is not None and f.enum is not None and f.enum.values:
                if rng.random() < self.unknown_enums:
                    known = {v.value for v in f.enum.values}
                    unknown = [x for x in range(min(wtype.max, 255) + 1) if x not in known and x >= 0]
                    if unknown:
                        return rng.choice(unknown)
                return self.sampler.enum_member(f.enum, rng.choice(f.enum.values).value)
            if f is not None and f.flags is not None:
                cls = getattr(self.modules["enums"], f.flags_class)
                mask = 0
                for fl in f.flags:
                    if rng.random() < 0.5:
                        mask |= fl.mask
                return cls(mask)
            return rng.randint(wtype.min, wtype.max)
        if isinstance(wtype, ir.FloatT):
            x = rng.choice([0.0, -1.5, rng.uniform(-1e6, 1e6), rng.uniform(-1, 1)])
            if wtype.width == 4:
                x = struct.unpack(">f", struct.pack(">f", x))[0]
            return x
        if isinstance(wtype, ir.BoolT):
            return rng.random() < 0.5
        if isinstance(wtype, ir.Ipv4T):
            return ".".join(str(rng.randrange(256)) for _ in range(4))
        if isinstance(wtype, ir.MacT):
            return ":".join(f"{rng.randrange(256):02x}" for _ in range(6))
        if isinstance(wtype, ir.StrT):
            return self._text(wtype)
        if isinstance(wtype, ir.BytesT):
            n = wtype.size.fixed if wtype.size.kind == "fixed" else rng.randint(0, 24)
            return rng.randbytes(n)
        if isinstance(wtype, ir.StructT):
            assert wtype.target is not None
            return self.value(wtype.target)
        if isinstance(wtype, ir.SwitchT):
            disc = local.get(wtype.on)
            for case in wtype.cases:
                if disc == case.key:
                    return self.elem(td, None, case.type, local)
            assert wtype.default is not None
            return self.elem(td, None, wtype.default, local)
        raise AssertionError(wtype)

    _EXTRA = {"utf-8": "éüß日本語Ω", "latin-1": "éüßÆ¿", "ascii": ""}

    def _text(self, wtype: ir.StrT) -> str:
        rng = self.rng
        alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .;:=_-/"
        alphabet += self._EXTRA.get(wtype.encoding, "")
        limit = 40
        if wtype.size.kind == "fixed":
            limit = wtype.size.fixed
        elif wtype.size.kind == "prefix" and wtype.size.prefix is not None:
            limit = min(limit, wtype.size.prefix.max)
        while True:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, limit)))
            text = text.rstrip("\x00")
            if len(text.encode(wtype.encoding)) <= limit:
                return text


# --------------------------------------------------------------------------- capture writing


class _Planner:
    """Turns the messages of a port into traffic with varied segmentation."""

    PATTERNS = ("plain", "coalesced", "straddle", "dribble")
    # Everyday traffic: no PDU cut into tiny pieces.
    TYPICAL = ("plain", "coalesced", "plain", "straddle")

    def __init__(self, rng: random.Random | None, patterns: Sequence[str] = PATTERNS) -> None:
        self.rng = rng
        self.patterns = tuple(patterns)
        self.turn = 0

    def pattern(self) -> str:
        if self.rng is not None:
            return self.rng.choice(self.patterns)
        name = self.patterns[self.turn % len(self.patterns)]
        self.turn += 1
        return name

    def send_run(self, tcp: TcpSession, from_client: bool, pdus: Sequence[bytes]) -> None:
        """Send PDUs of one direction back to back with the next segmentation pattern."""
        if not pdus:
            return
        pattern = self.pattern()
        data = b"".join(pdus)
        big = len(data) > MAX_TCP_PAYLOAD
        if pattern == "coalesced" and len(pdus) > 1 and not big:
            tcp.send_coalesced(from_client, pdus)
        elif pattern == "straddle" and not big and len(data) > 2:
            # Cut inside a PDU (or inside the header): boundaries fall mid-segment.
            cuts = sorted({self._cut(len(data)) for _ in range(min(3, len(data) - 1))})
            sizes = [b - a for a, b in zip([0, *cuts], cuts, strict=False)]
            tcp.send(from_client, data, [s for s in sizes if s > 0])
        elif pattern == "dribble" and not big:
            for pdu in pdus:
                sizes, left, step = [], len(pdu), 1
                while left > 0:
                    take = min(step, left)
                    sizes.append(take)
                    left -= take
                    step = step * 2 + 1
                tcp.send(from_client, pdu, sizes)
        else:
            for pdu in pdus:
                tcp.send(from_client, pdu)

    def _cut(self, n: int) -> int:
        if self.rng is not None:
            return self.rng.randint(1, n - 1)
        return max(1, min(n - 1, n // 2 + 3))


class _Source:
    """Message values: the Sampler's variants, or random ones."""

    def __init__(self, spec: ir.Spec, modules: dict[str, ModuleType], rng: random.Random | None) -> None:
        self.sampler = Sampler(spec, modules)
        self.random = RandomValues(spec, modules, rng) if rng is not None else None

    def values(self, msg: ir.Message) -> list[Any]:
        if self.random is not None:
            return [self.random.value(msg)]
        return [self.sampler.value(msg, v) for v in range(self.sampler.variants(msg))]

    def one(self, msg: ir.Message) -> Any:
        return self.values(msg)[0]


def _frame(value: Message, seq: int) -> bytes:
    return encode_frame(value, seq)


@dataclass
class _Plan:
    """The traffic of one port number: a TCP connection's runs, or UDP datagrams."""

    transport: str
    number: int
    runs: list[tuple[bool, list[bytes]]] = field(default_factory=list)  # (from client, PDUs)
    datagrams: list[tuple[str, bytes]] = field(default_factory=list)  # (kind of sender, data)
    camera_closes: bool = False

    @property
    def pdus(self) -> int:
        return sum(len(p) for _, p in self.runs) + len(self.datagrams)


class _CaptureBuilder:
    def __init__(self, spec: ir.Spec, modules: dict[str, ModuleType], rng: random.Random | None) -> None:
        self.spec = spec
        self.modules = modules
        self.rng = rng
        self.source = _Source(spec, modules, rng)
        self.planner = _Planner(rng)
        self.client_port = _FIRST_CLIENT_PORT

    # -- planning ---------------------------------------------------------------------------

    def plan(self, port: ir.Port, messages: Sequence[ir.Message], big_image: bool = False) -> list[_Plan]:
        assert port.framing is not None
        plans = []
        for k, number in enumerate(port.numbers):
            if port.framing.kind == "lines":
                plans.append(self._plan_lines(port, messages, number, k))
            elif port.transport == "tcp":
                plans.append(self._plan_frames(port, messages, number, big_image and k == 0))
            else:
                plans.append(self._plan_datagrams(messages, number))
        return plans

    def _plan_frames(self, port: ir.Port, messages: Sequence[ir.Message], number: int,
                     big_image: bool) -> _Plan:
        assert port.framing is not None
        error_msg = next((m for m in port.framing.messages if m.id == port.framing.error_message), None)
        seq = 0
        exchanges: list[tuple[bytes, bytes | None]] = []  # (client PDU, camera reply or None)
        camera_only: list[bytes] = []
        replied: set[str] = set()
        requests = [m for m in messages if m.kind == "request"]
        for m in requests:
            for value in self.source.values(m):
                seq += 1
                reply = None
                if m.response_msg is not None:
                    reply = _frame(self.source.one(m.response_msg), seq)
                    replied.add(m.response_msg.id)
                exchanges.append((_frame(value, seq), reply))
        if error_msg is not None and error_msg in messages and requests:
            # The error reply answers a request in place of its usual response.
            for value in self.source.values(error_msg):
                seq += 1
                exchanges.append((_frame(self.source.one(requests[0]), seq), _frame(value, seq)))
            replied.add(error_msg.id)
        if big_image:
            big = self._big_image_exchange(port, seq + 1)
            if big is not None:
                seq += 1
                exchanges.append(big)
        events = 0  # events (and replies nobody asked for) count on their own
        for m in messages:
            if m.kind == "request" or (m.kind == "response" and m.id in replied):
                continue
            for value in self.source.values(m):
                events += 1
                if m.direction == "to_camera":
                    exchanges.append((_frame(value, events), None))
                else:
                    camera_only.append(_frame(value, events))
        if self.rng is not None:
            self.rng.shuffle(exchanges)
        plan = _Plan("tcp", number)
        # Pipelined: a few requests back to back, then their replies back to back.
        for k in range(0, len(exchanges), 3):
            chunk = exchanges[k:k + 3]
            plan.runs.append((True, [req for req, _ in chunk]))
            replies = [rep for _, rep in chunk if rep is not None]
            if replies:
                plan.runs.append((False, replies))
        for k in range(0, len(camera_only), 4):
            plan.runs.append((False, camera_only[k:k + 4]))
        return plan

    def _big_image_exchange(self, port: ir.Port, seq: int) -> tuple[bytes, bytes] | None:
        """A request answered by a 1 MiB image, if the port has such a request."""
        for req in port.messages:
            reply = req.response_msg
            if req.kind != "request" or reply is None:
                continue
            img_field = next((f for f in reply.fields if isinstance(f.type, ir.StructT)
                              and f.type.ref == "image_data" and f.array is None and f.when is None), None)
            if img_field is None:
                continue
            side = BIG_IMAGE_SIDE
            pixels = bytes(range(256)) * (side * side // 256)
            pixel_format = self.source.sampler.enum_member(self.spec.enums["pixel_format"], 0)
            image = self.modules["types"].ImageData(
                image_id=424242, timestamp_us=1_700_000_000_000_000, width=side, height=side,
                pixel_format=pixel_format, data=pixels)
            value = dataclasses.replace(self.source.one(reply), **{ir.py_attr(img_field.id): image})
            return _frame(self.source.one(req), seq), _frame(value, seq)
        return None

    def _plan_lines(self, port: ir.Port, messages: Sequence[ir.Message], number: int, extra: int) -> _Plan:
        assert port.framing is not None
        term = port.framing.terminator
        lines: list[bytes] = []
        for m in messages:
            for value in self.source.values(m):
                lines.append(value.encode() + term)
        if self.rng is None:
            cls = _line_class(port)
            attr = ir.py_attr(next(f.id for f in port.messages[0].fields if not f.hidden))
            texts = ["", "PASS;ID=1;X=1.00", "FAIL;ID=2;X=-3.25;Y=4.75", f"CHANNEL {number} ÄÖÜ"]
            lines += [cls(**{attr: t}).encode() + term for t in texts[:extra + 1]]
        plan = _Plan("tcp", number, camera_closes=True)
        plan.runs = [(False, lines[k:k + 3]) for k in range(0, len(lines), 3)]
        return plan

    def _plan_datagrams(self, messages: Sequence[ir.Message], number: int) -> _Plan:
        plan = _Plan("udp", number)
        seq = 0
        for m in messages:
            for value in self.source.values(m):
                seq += 1
                data = _frame(value, seq)
                if m.kind == "request":
                    plan.datagrams.append(("request", data))
                    if m.response_msg is not None:
                        plan.datagrams.append(("reply", _frame(self.source.one(m.response_msg), seq)))
                elif m.kind == "event" and m.direction == "from_camera":
                    plan.datagrams.append(("broadcast", data))  # announce
                elif m.kind == "event":
                    plan.datagrams.append(("discover", data))
                else:
                    plan.datagrams.append(("reply", data))
        return plan

    # -- writing ----------------------------------------------------------------------------

    def write(self, cap: CaptureWriter, plan: _Plan) -> None:
        self.client_port += 1
        client = (CLIENT_IP, self.client_port)
        camera = (CAMERA_IP, plan.number)
        if plan.transport == "udp":
            for kind, data in plan.datagrams:
                if kind == "request":
                    cap.udp(client, camera, data)
                elif kind == "broadcast":
                    cap.udp(camera, (BROADCAST_IP, plan.number), data)
                elif kind == "discover":
                    cap.udp((CLIENT_IP, plan.number), (BROADCAST_IP, plan.number), data)
                else:
                    cap.udp(camera, client, data)
            return
        tcp = cap.tcp_session(client, camera)
        for from_client, pdus in plan.runs:
            self.planner.send_run(tcp, from_client, pdus)
        tcp.close(from_client=not plan.camera_closes)


def write_sample_capture(out: str | Path, *, spec: ir.Spec | None = None, big_image: bool = True) -> list[Pdu]:
    """Every message (every sample variant) of every custom port; returns the decoder's view."""
    spec = spec or spec_model()
    builder = _CaptureBuilder(spec, generated_modules(spec), None)
    with CaptureWriter(out) as cap:
        for port in custom_ports(spec):
            for plan in builder.plan(port, list(port.all_messages), big_image):
                builder.write(cap, plan)
    return decode_capture(out, spec)


def write_random_capture(out: str | Path, count: int, seed: int = 0, *, spec: ir.Spec | None = None) -> list[Pdu]:
    """At least ``count`` random messages spread over every custom port, random segmentation."""
    spec = spec or spec_model()
    rng = random.Random(seed)
    builder = _CaptureBuilder(spec, generated_modules(spec), rng)
    ports = custom_ports(spec)
    written = 0
    with CaptureWriter(out) as cap:
        while written < count:
            port = rng.choice(ports)
            msgs = [rng.choice(port.all_messages) for _ in range(rng.randint(4, 12))]
            for plan in builder.plan(port, msgs):
                builder.write(cap, plan)
                written += plan.pdus
    return decode_capture(out, spec)


def write_bulk_capture(out: str | Path, count: int, *, spec: ir.Spec | None = None) -> int:
    """At least ``count`` PDUs (the samples of every port, over and over, in new connections,
    everyday segmentation); returns how many. Not decoded back: this is for benchmarks."""
    spec = spec or spec_model()
    builder = _CaptureBuilder(spec, generated_modules(spec), None)
    builder.planner = _Planner(None, _Planner.TYPICAL)
    plans = [plan for port in custom_ports(spec) for plan in builder.plan(port, list(port.all_messages))]
    written = 0
    with CaptureWriter(out) as cap:
        while written < count:
            for plan in plans:
                builder.write(cap, plan)
                written += plan.pdus
    return written


def expectation(pdus: Iterable[Pdu], capture: str | Path) -> dict[str, Any]:
    """The ``--expect`` document: the capture and, per PDU, what the Python decoder read."""
    return {"capture": str(capture), "pdus": [p.to_json() for p in pdus]}
