"""Decode every PDU of a capture with a spec's generated codecs and note where they disagree.

The flow per packet: TCP payload goes through a :class:`StreamAssembler` per direction (order,
retransmissions, gaps), then through the port's framing (frames or text lines; UDP: one frame
per datagram); each PDU is decoded with the generated class for its code, checked for trailing
bytes, unnamed enum values and flag bits, and paired with its request by sequence number.
"""

from __future__ import annotations

import enum
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vs1kit.codegen import ir
from vs1kit.codegen.ir import py_attr
from vs1kit.protocol.wire import DecodeError, Message

from .capture import Gap, Packet, StreamAssembler, read_packets
from .codecs import PortCodec, SpecCodecs
from .findings import MAX_SAMPLE_BYTES, Report, Sample

__all__ = ["Conformer", "check_capture"]

_TRAILING = re.compile(r"(\d+) trailing byte\(s\)")
_MAX_PENDING = 4096  # requests waiting for a reply, per connection
_MAX_UNDECIDED = 256
_MAX_EXAMPLE = 512  # payloads larger than this do not become spec examples  # frames of an unmapped port kept until a known code names the port


def _sample(frame: int, payload: bytes, offset: int = -1, end: int = -1) -> Sample:
    return Sample(frame, bytes(payload[:MAX_SAMPLE_BYTES]), len(payload), offset, end)


@dataclass
class _Framer:
    """One direction of a connection on a framed port: bytes in, (frame, header, payload) out."""

    buf: bytearray = field(default_factory=bytearray)
    resync: bool = False  # after a gap: skip to the next header with a known code
    lost: int = 0  # bytes dropped while resynchronising
    lines: bool = False


@dataclass
class _Conn:
    camera_port: int
    codec: PortCodec | None  # None while an unmapped port's frames have not named the port
    to_camera: _Framer
    from_camera: _Framer
    asm_to: StreamAssembler = field(default_factory=StreamAssembler)
    asm_from: StreamAssembler = field(default_factory=StreamAssembler)
    pending: OrderedDict[int, tuple[str, int]] = field(default_factory=OrderedDict)  # seq -> (msg id or code, frame)
    undecided: list[tuple[bool, int, int, int, int, bytes]] = field(default_factory=list)
    transport: str = "tcp"
    mapped: bool = True

    @property
    def finished(self) -> bool:
        """A FIN went either way: a SYN after it opens a new connection (port reuse)."""
        return self.asm_to.fin_seq is not None or self.asm_from.fin_seq is not None


class Conformer:
    """Checks captures against one spec; ``port_map`` adds numbers (number -> port id)."""

    def __init__(self, codecs: SpecCodecs, port_map: dict[int, str] | None = None) -> None:
        self.codecs = codecs
        self.by_number: dict[tuple[str, int], PortCodec] = {}
        for pc in codecs.ports.values():
            for n in pc.numbers:
                self.by_number[(pc.port.transport, n)] = pc
        for n, pid in (port_map or {}).items():
            mapped = codecs.ports.get(pid)
            if mapped is None:
                raise ValueError(f"--port {pid}={n}: the spec has no custom port {pid!r}")
            self.by_number[(mapped.port.transport, n)] = mapped
        framing = next((f for f in codecs.spec.framings.values() if f.kind == "frame"), None)
        assert framing is not None and framing.header is not None, "the spec has no frame framing"
        self.framing = framing
        frames = codecs.frames_module()
        prefix = framing.id.upper()
        self.header_size: int = getattr(frames, f"{prefix}_HEADER_SIZE")
        self.max_payload: int = getattr(frames, f"{prefix}_MAX_PAYLOAD")
        self.decode_header = getattr(frames, f"decode_{framing.id}_header")
        self.magic = framing.header.fields[0].const
        mfield = framing.header.fields[0]
        assert isinstance(self.magic, int) and isinstance(mfield.type, ir.IntT)
        self.magic_bytes = self.magic.to_bytes(mfield.type.width, "big" if mfield.type.endian == ">" else "little")
        kind_flags = framing.kind_flags or {}
        self.kind_of_flags = {v: k for k, v in kind_flags.items()}
        self.error_id = framing.error_message
        self.shared_codes = {m.code for m in framing.messages if m.code is not None}
        self._plans: dict[str, list[tuple[str, str, Any, str]]] = {}
        self.report = Report("", str(codecs.root))
        self.report.info = {"retransmitted_bytes": 0, "reordered_segments": 0, "unanswered_requests": 0,
                            "unsolicited_replies": 0, "tcp_connections": 0, "unfinished_pdu_bytes": 0}

    # ------------------------------------------------------------------ driving

    def run(self, capture: Path, tshark: str | Path | None = None) -> Report:
        self.report.capture = str(capture)
        conns: dict[int, _Conn] = {}
        udp: dict[tuple[int, int], _Conn] = {}
        last = 0
        for pkt in read_packets(capture, tshark):
            last = pkt.frame
            self.report.packets += 1
            if pkt.transport == "tcp":
                conn = conns.get(pkt.stream)
                if conn is not None and pkt.flags & 0x12 == 0x02 and conn.finished:
                    self._close(conn, pkt.frame)  # a new connection on the same addresses and ports
                    conn = None
                if conn is None:
                    conn = self._new_tcp(pkt)
                    if conn is None:
                        continue
                    conns[pkt.stream] = conn
                    self.report.info["tcp_connections"] += 1
                self._tcp(conn, pkt)
                if pkt.flags & 0x04:  # RST: nothing more comes on this connection
                    self._close(conn, pkt.frame)
                    del conns[pkt.stream]
            else:
                self._udp(udp, pkt)
        for conn in conns.values():
            self._close(conn, last)
        for conn in udp.values():
            self.report.info["unanswered_requests"] += len(conn.pending)
        return self.report

    def _new_tcp(self, pkt: Packet) -> _Conn | None:
        pc = self.by_number.get(("tcp", pkt.dport))
        if pc is not None:
            camera = pkt.dport
        else:
            pc = self.by_number.get(("tcp", pkt.sport))
            if pc is not None:
                camera = pkt.sport
            elif pkt.flags & 0x12 == 0x02:  # a SYN: the camera is the one being called
                camera = pkt.dport
            else:
                camera = min(pkt.sport, pkt.dport)
        lines = pc is not None and pc.kind == "lines"
        if pc is not None:
            self.report.numbers_seen.setdefault(pc.id, set()).add(camera)
        conn = _Conn(camera, pc, _Framer(lines=lines), _Framer(lines=lines), mapped=pc is not None)
        return conn

    def _tcp(self, conn: _Conn, pkt: Packet) -> None:
        to_camera = pkt.dport == conn.camera_port
        asm = conn.asm_to if to_camera else conn.asm_from
        if pkt.flags & 0x02:
            asm.syn(pkt.seq)
        if pkt.flags & 0x10:
            other = conn.asm_from if to_camera else conn.asm_to
            for item in other.acked(pkt.frame, pkt.ack):
                self._stream_item(conn, not to_camera, item)
        if not pkt.payload and not pkt.flags & 0x01:
            return
        for item in asm.push(pkt.frame, pkt.seq, pkt.payload, fin=bool(pkt.flags & 0x01)):
            self._stream_item(conn, to_camera, item)

    def _close(self, conn: _Conn, frame: int) -> None:
        for to_camera, asm in ((True, conn.asm_to), (False, conn.asm_from)):
            for item in asm.finish(frame):
                self._stream_item(conn, to_camera, item)
            self.report.info["retransmitted_bytes"] += asm.retransmitted
            self.report.info["reordered_segments"] += asm.reordered
        # A PDU the capture ends in the middle of (or a connection cut short): not the spec's fault.
        for framer in (conn.to_camera, conn.from_camera):
            if conn.codec is not None and not framer.resync:
                self.report.info["unfinished_pdu_bytes"] += len(framer.buf)
        if conn.codec is None and conn.undecided:
            self._unmapped_unresolved(conn)
        self.report.info["unanswered_requests"] += len(conn.pending)

    def _stream_item(self, conn: _Conn, to_camera: bool, item: tuple[int, bytes] | Gap) -> None:
        framer = conn.to_camera if to_camera else conn.from_camera
        port = self._port_name(conn)
        if isinstance(item, Gap):
            if conn.codec is None and not conn.mapped and not conn.undecided:
                return  # traffic that is not VS-1 at all
            side = "to camera" if to_camera else "from camera"
            size = f"{item.size} byte(s)" if item.size else "bytes"
            f = self.report.finding("gap", port, f"{conn.camera_port}:{side}:{item.offset}",
                                    f"{size} missing at stream offset {item.offset} ({side}); "
                                    "the PDU they belonged to is skipped")
            f.facts = {"offset": item.offset, "size": item.size, "direction": side,
                       "buffered": len(framer.buf)}
            f.add(item.frame)
            framer.buf.clear()
            framer.resync = True
            return
        frame, data = item
        framer.buf += data
        if framer.lines:
            self._lines(conn, framer, frame, to_camera)
        else:
            self._frames(conn, framer, frame, to_camera)

    # ------------------------------------------------------------------ framing

    def _port_name(self, conn: _Conn) -> str:
        if conn.codec is not None and conn.mapped:
            return conn.codec.id
        return f"{conn.transport}/{conn.camera_port}"

    def _frames(self, conn: _Conn, fr: _Framer, frame: int, to_camera: bool) -> None:
        buf = fr.buf
        hs = self.header_size
        pos = 0
        n = len(buf)
        magic = self.magic_bytes
        while n - pos >= hs:
            try:
                head = self.decode_header(buf, pos)
                bad = head.length > self.max_payload
            except DecodeError:
                bad = True
            if not bad and fr.resync and not self._plausible(conn, head.msg_type):
                bad = True
            if bad:
                if not conn.mapped and conn.codec is None and not conn.undecided:
                    buf.clear()  # an unmapped port that does not speak VS-1: not ours to judge
                    return
                nxt = buf.find(magic, pos + 1)
                stop = nxt if nxt >= 0 else max(pos + 1, n - len(magic) + 1)
                if fr.resync:
                    fr.lost += stop - pos
                else:
                    port = self._port_name(conn)
                    side = "to camera" if to_camera else "from camera"
                    f = self.report.finding("not_frames", port, f"{conn.camera_port}:{side}",
                                            f"bytes that are not {self.framing.id} frames ({side})")
                    f.add(frame, _sample(frame, bytes(buf[pos:pos + 64]), 0, min(hs, stop - pos)))
                    f.facts["skipped_bytes"] = f.facts.get("skipped_bytes", 0) + (stop - pos)
                pos = stop
                continue
            end = pos + hs + head.length
            if end > n:
                break
            fr.resync = False
            payload = bytes(buf[pos + hs:end])
            pos = end
            self._pdu(conn, to_camera, frame, head.msg_type, head.seq, int(head.flags), payload)
        if pos:
            del buf[:pos]

    def _plausible(self, conn: _Conn, code: int) -> bool:
        if conn.codec is None:
            return any(code in pc.by_code for pc in self.codecs.ports.values())
        return code in conn.codec.by_code

    def _lines(self, conn: _Conn, fr: _Framer, frame: int, to_camera: bool) -> None:
        assert conn.codec is not None and conn.codec.port.framing is not None
        term = conn.codec.port.framing.terminator
        buf = fr.buf
        while True:
            k = buf.find(term)
            if k < 0:
                break
            line = bytes(buf[:k])
            del buf[:k + len(term)]
            if fr.resync:
                fr.resync = False  # the first line after a gap is cut; it belongs to the gap
                continue
            cls = next(iter(conn.codec.by_code.values()), None) or self._line_class(conn.codec)
            self.report.pdus += 1
            self._decode(conn, cls, frame, line, None, to_camera, conn.codec.id)

    def _line_class(self, pc: PortCodec) -> type[Message]:
        mod = self.codecs.modules[pc.port.py_module]
        cls: type[Message] = mod.MESSAGES[0]
        return cls

    def _udp(self, conns: dict[tuple[int, int], _Conn], pkt: Packet) -> None:
        pc = self.by_number.get(("udp", pkt.dport)) or self.by_number.get(("udp", pkt.sport))
        mapped = pc is not None
        if pc is not None:
            camera = pkt.dport if self.by_number.get(("udp", pkt.dport)) is pc else pkt.sport
        else:
            owner = self._udp_owner(pkt.payload)
            if owner is None:
                return  # other UDP traffic: not VS-1, not ours to judge
            pc, towards = owner
            camera = pkt.dport if towards else pkt.sport
        to_camera = pkt.dport == camera
        key = (pkt.stream, camera)
        conn = conns.get(key)
        if conn is None:
            conn = conns[key] = _Conn(camera, pc, _Framer(), _Framer(), transport="udp", mapped=mapped)
        data = pkt.payload
        try:
            head = self.decode_header(data, 0)
            ok = self.header_size + head.length == len(data)
        except DecodeError:
            ok = False
        if not ok:
            side = "to camera" if to_camera else "from camera"
            f = self.report.finding("not_frames", pc.id, f"{camera}:{side}",
                                    f"datagrams that are not one {self.framing.id} frame ({side})")
            f.add(pkt.frame, _sample(pkt.frame, data, 0, min(len(data), self.header_size)))
            return
        self.report.numbers_seen.setdefault(pc.id, set()).add(camera)
        self._pdu(conn, to_camera, pkt.frame, head.msg_type, head.seq, int(head.flags),
                  bytes(data[self.header_size:]))

    def _udp_owner(self, data: bytes) -> tuple[PortCodec, bool] | None:
        """The spec port a datagram on an unmapped port belongs to: a whole frame whose code only
        one UDP port defines; with whether that message goes to the camera."""
        if data[:len(self.magic_bytes)] != self.magic_bytes:
            return None
        try:
            head = self.decode_header(data, 0)
        except DecodeError:
            return None
        if self.header_size + head.length != len(data):
            return None
        owners = [pc for pc in self.codecs.ports.values() if pc.port.transport == "udp" and head.msg_type in pc.by_code]
        if len(owners) != 1:
            return None
        model = self.codecs.message_model(owners[0].by_code[head.msg_type])
        return owners[0], model.direction != "from_camera"

    # ------------------------------------------------------------------ messages

    def _pdu(self, conn: _Conn, to_camera: bool, frame: int, code: int, seq: int, flags: int,
             payload: bytes) -> None:
        if conn.codec is None:
            if not self._identify(conn, code, to_camera):
                if len(conn.undecided) < _MAX_UNDECIDED:
                    conn.undecided.append((to_camera, frame, code, seq, flags, payload))
                return
            backlog, conn.undecided = conn.undecided, []
            for args in backlog:
                self._pdu(conn, *args)
        pc = conn.codec
        assert pc is not None
        self.report.pdus += 1
        if not conn.mapped:
            self._note_unmapped(conn, frame)
        cls = pc.by_code.get(code)
        if cls is None:
            self._unknown(conn, pc, to_camera, frame, code, seq, flags, payload)
            return
        self._decode(conn, cls, frame, payload, seq, to_camera, pc.id)

    def _decode(self, conn: _Conn, cls: type[Message], frame: int, payload: bytes, seq: int | None,
                to_camera: bool, port: str) -> None:
        model = self.codecs.message_model(cls)
        st = self.report.stat(port, model.id)
        st.seen += 1
        value: Any = None
        try:
            value = cls.decode(payload)
            st.decoded += 1
            if model.id not in self.report.examples and len(payload) <= _MAX_EXAMPLE:
                self.report.examples[model.id] = (frame, payload)
        except DecodeError as exc:
            m = _TRAILING.fullmatch(exc.reason)
            if m and not exc.path:
                st.decoded += 1
                f = self.report.finding("trailing_bytes", port, model.id,
                                        f"{model.id}: bytes after the last field")
                f.add(frame, _sample(frame, payload, exc.offset, len(payload)), keep=32)
                f.facts.setdefault("extra", {})
                extra = len(payload) - exc.offset
                f.facts["extra"][str(extra)] = f.facts["extra"].get(str(extra), 0) + 1
                try:
                    value = cls.decode(payload[:exc.offset])
                except DecodeError:
                    value = None
            else:
                st.failed += 1
                path = exc.path or "(message)"
                f = self.report.finding("decode_failed", port, f"{model.id}.{path}",
                                        f"{model.id}.{path}: {_generic(exc.reason)}")
                f.facts.setdefault("reason", exc.reason)
                f.facts.setdefault("offset", exc.offset)
                # Truncated input: every byte left belongs to the field that wanted more.
                end = len(payload) if exc.reason.startswith("needs ") else exc.offset + 1
                f.add(frame, _sample(frame, payload, exc.offset, end))
        if value is not None:
            self._names(port, model, model, value, "", frame)
        if seq is not None:
            self._pair(conn, port, model.id, model.kind, seq, frame, to_camera)

    def _pair(self, conn: _Conn, port: str, msg: str, kind: str, seq: int, frame: int, to_camera: bool) -> None:
        if to_camera and kind == "request":
            conn.pending[seq] = (msg, frame)
            if len(conn.pending) > _MAX_PENDING:
                conn.pending.popitem(last=False)
                self.report.info["unanswered_requests"] += 1
            return
        if to_camera or kind != "response":
            return
        req = conn.pending.pop(seq, None)
        if req is None:
            self.report.info["unsolicited_replies"] += 1
            return
        req_id = req[0]
        model = self.codecs.by_spec_id.get(req_id)
        if not isinstance(model, ir.Message) or model.kind != "request":
            unk = self.report.findings.get(f"unknown_code:{port}:{req_id}")
            if unk is not None:
                unk.facts.setdefault("answered_by", {})
                unk.facts["answered_by"][msg] = unk.facts["answered_by"].get(msg, 0) + 1
            return
        if msg in (model.response, self.error_id):
            return
        unk = self.report.findings.get(f"unknown_code:{port}:{msg}")
        if unk is not None:  # an unknown reply: the unknown-code finding covers it
            unk.facts.setdefault("answers", {})
            unk.facts["answers"][req_id] = unk.facts["answers"].get(req_id, 0) + 1
            return
        f = self.report.finding("pairing", port, f"{req_id}->{msg}",
                                f"{req_id} answered by {msg}; the spec says {model.response}")
        f.facts = {"request": req_id, "reply": msg, "expected": model.response}
        f.add(frame)

    def _unknown(self, conn: _Conn, pc: PortCodec, to_camera: bool, frame: int, code: int, seq: int,
                 flags: int, payload: bytes) -> None:
        subject = f"0x{code:04x}"
        side = "to_camera" if to_camera else "from_camera"
        f = self.report.finding("unknown_code", pc.id, subject,
                                f"code {subject} ({side.replace('_', ' ')}) is not a message of port {pc.id}")
        f.facts.setdefault("code", code)
        f.facts.setdefault("direction", side)
        f.facts.setdefault("kind", self.kind_of_flags.get(flags, "event"))
        f.add(frame, _sample(frame, payload), keep=32)
        st = self.report.stat(pc.id, subject)
        st.seen += 1
        st.failed += 1
        kind = self.kind_of_flags.get(flags, "event")
        self._pair(conn, pc.id, subject, "request" if kind == "request" else kind, seq, frame, to_camera)

    # ------------------------------------------------------------------ unnamed values

    def _plan(self, td: ir.TypeDef) -> list[tuple[str, str, Any, str]]:
        plan = self._plans.get(td.id)
        if plan is not None:
            return plan
        plan = []
        for f in td.fields:
            if f.bitfield is not None:
                for sub in f.bitfield:
                    if sub.enum is not None:
                        plan.append(("enum", py_attr(sub.id), sub.enum, f"{f.id}.{sub.id}"))
                continue
            if f.hidden:
                continue
            if f.enum is not None:
                plan.append(("enum", py_attr(f.id), f.enum, f.id))
            elif f.flags is not None:
                mask = 0
                for flag in f.flags:
                    mask |= flag.mask
                plan.append(("flags", py_attr(f.id), (mask, f), f.id))
            elif isinstance(f.type, ir.StructT | ir.SwitchT):
                plan.append(("nest", py_attr(f.id), None, f.id))
        self._plans[td.id] = plan
        return plan

    def _names(self, port: str, msg: ir.Message, td: ir.TypeDef, value: Any, path: str, frame: int) -> None:
        for what, attr, arg, fid in self._plan(td):
            v = getattr(value, attr, None)
            if v is None:
                continue
            items = v if isinstance(v, list) else (v,)
            fpath = f"{path}{fid}[]" if isinstance(v, list) else f"{path}{fid}"
            for item in items:
                if what == "enum":
                    if not isinstance(item, enum.IntEnum) and isinstance(item, int):
                        e: ir.EnumDef = arg
                        f = self.report.finding("unnamed_enum", port, f"{msg.id}.{fpath}={int(item)}",
                                                f"{msg.id}.{fpath}: {e.id} has no name for {int(item)}")
                        f.facts = {"enum": e.id, "value": int(item), "message": msg.id, "field": fpath}
                        f.add(frame)
                elif what == "flags":
                    mask, fmodel = arg
                    extra = int(item) & ~mask
                    if extra:
                        f = self.report.finding("unnamed_flag", port, f"{msg.id}.{fpath}&0x{extra:x}",
                                                f"{msg.id}.{fpath}: bits 0x{extra:x} have no flag name")
                        f.facts = {"message": msg.id, "field": fpath, "owner": td.id, "field_id": fmodel.id,
                                   "bits": [b for b in range(64) if extra >> b & 1]}
                        f.add(frame)
                else:
                    sub_id = getattr(type(item), "SPEC_ID", "")
                    sub = self.codecs.by_spec_id.get(sub_id) if sub_id else None
                    if sub is not None:
                        self._names(port, msg, sub, item, fpath + ".", frame)

    # ------------------------------------------------------------------ unmapped ports

    def _identify(self, conn: _Conn, code: int, to_camera: bool) -> bool:
        """Name an unmapped port's traffic after the one spec port that defines ``code``."""
        if code in self.shared_codes:
            return False
        owners = [pc for pc in self.codecs.ports.values()
                  if pc.port.transport == conn.transport and code in pc.by_code]
        if len(owners) != 1:
            return False
        conn.codec = owners[0]
        return True

    def _note_unmapped(self, conn: _Conn, frame: int) -> None:
        assert conn.codec is not None
        subject = f"{conn.transport}/{conn.camera_port}"
        f = self.report.finding("unmapped_port", conn.codec.id, subject,
                                f"{conn.transport.upper()} port {conn.camera_port} carries port "
                                f"{conn.codec.id}'s messages; the spec gives {conn.codec.id} "
                                f"{', '.join(map(str, conn.codec.numbers))}")
        f.facts = {"number": conn.camera_port, "transport": conn.transport, "port": conn.codec.id,
                   "spec_numbers": conn.codec.numbers}
        f.add(frame)

    def _unmapped_unresolved(self, conn: _Conn) -> None:
        subject = f"{conn.transport}/{conn.camera_port}"
        codes = sorted({c for _, _, c, _, _, _ in conn.undecided})
        f = self.report.finding("unmapped_port", subject, subject,
                                f"{conn.transport.upper()} port {conn.camera_port} carries "
                                f"{self.framing.id} frames of no spec port (codes "
                                f"{', '.join(f'0x{c:04x}' for c in codes[:8])})")
        f.facts = {"number": conn.camera_port, "transport": conn.transport, "port": None, "codes": codes}
        for _, frame, _, _, _, payload in conn.undecided:
            f.add(frame, _sample(frame, payload))


def _generic(reason: str) -> str:
    return reason


def check_capture(capture: Path, spec_dir: Path | None = None, port_map: dict[int, str] | None = None,
                  tshark: str | Path | None = None) -> Report:
    """Check ``capture`` against the spec in ``spec_dir`` (the shipped spec when None)."""
    codecs = SpecCodecs.load(spec_dir)
    return Conformer(codecs, port_map).run(capture, tshark)
