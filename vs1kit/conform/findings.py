"""What a conformance run found: counters per port and message, and the disagreements.

Findings are aggregated by what they are about (one entry per unknown code, per field path, per
enum value...), each with a count, its first frames and a few sample payloads, so a capture of
millions of PDUs gives a report of the same size as one of a thousand.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["KINDS", "Finding", "MessageStats", "Report", "Sample"]

# Every kind of disagreement, in report order, with the words the report uses for it.
KINDS: dict[str, str] = {
    "unmapped_port": "VS-1 traffic on a port the spec does not give it",
    "not_frames": "bytes on a framed port that are not frames",
    "unknown_code": "message codes the spec does not define on the port",
    "decode_failed": "messages that do not decode",
    "trailing_bytes": "messages with bytes after their last field",
    "unnamed_enum": "enum values the spec does not name",
    "unnamed_flag": "flag bits the spec does not name",
    "pairing": "replies that do not match the spec's request/response pairing",
    "gap": "bytes missing from the capture (TCP gaps)",
}
MAX_SAMPLES = 8
MAX_SAMPLE_BYTES = 4096


@dataclass
class Sample:
    frame: int
    payload: bytes  # the message payload (at most MAX_SAMPLE_BYTES kept)
    size: int  # the payload's real size
    offset: int = -1  # where the problem is, from the payload's start (-1: nowhere in particular)
    end: int = -1  # end of the highlighted bytes

    def to_json(self) -> dict[str, Any]:
        return {"frame": self.frame, "size": self.size, "offset": self.offset, "end": self.end,
                "hex": self.payload.hex()}


@dataclass
class Finding:
    kind: str
    port: str  # port id (or "tcp/49999" for an unmapped port)
    subject: str  # message id or code, field path...
    detail: str  # one line in words
    count: int = 0
    frames: list[int] = field(default_factory=list)  # first frames where it was seen
    samples: list[Sample] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # kind-specific, JSON-friendly
    sizes: Counter[int] = field(default_factory=Counter)

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.port}:{self.subject}"

    def add(self, frame: int, sample: Sample | None = None, keep: int = MAX_SAMPLES) -> None:
        self.count += 1
        if len(self.frames) < 5:
            self.frames.append(frame)
        if sample is not None:
            self.sizes[sample.size] += 1
            if len(self.samples) < keep:
                self.samples.append(sample)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "port": self.port, "subject": self.subject, "detail": self.detail,
                "count": self.count, "frames": self.frames,
                "sizes": {str(k): v for k, v in sorted(self.sizes.items())},
                "facts": self.facts, "samples": [s.to_json() for s in self.samples]}


@dataclass
class MessageStats:
    seen: int = 0
    decoded: int = 0
    failed: int = 0

    def to_json(self) -> dict[str, int]:
        return {"seen": self.seen, "decoded": self.decoded, "failed": self.failed}


@dataclass
class Report:
    capture: str
    spec: str
    packets: int = 0
    pdus: int = 0
    stats: dict[str, dict[str, MessageStats]] = field(default_factory=dict)  # port -> message -> stats
    findings: dict[str, Finding] = field(default_factory=dict)
    info: dict[str, int] = field(default_factory=dict)  # retransmitted bytes, reordered segments...
    proposals: list[Any] = field(default_factory=list)  # vs1kit.conform.proposals.Proposal
    numbers_seen: dict[str, set[int]] = field(default_factory=dict)  # port id -> its numbers seen
    examples: dict[str, tuple[int, bytes]] = field(default_factory=dict)  # message -> (frame, payload)

    @property
    def ok(self) -> bool:
        return not self.findings

    def finding(self, kind: str, port: str, subject: str, detail: str) -> Finding:
        key = f"{kind}:{port}:{subject}"
        f = self.findings.get(key)
        if f is None:
            f = self.findings[key] = Finding(kind, port, subject, detail)
        return f

    def stat(self, port: str, message: str) -> MessageStats:
        per = self.stats.setdefault(port, {})
        s = per.get(message)
        if s is None:
            s = per[message] = MessageStats()
        return s

    def sorted_findings(self) -> list[Finding]:
        order = {k: i for i, k in enumerate(KINDS)}
        return sorted(self.findings.values(), key=lambda f: (order[f.kind], f.port, f.subject))

    def to_json(self) -> dict[str, Any]:
        return {
            "capture": self.capture, "spec": self.spec, "ok": self.ok, "packets": self.packets,
            "pdus": self.pdus, "info": self.info,
            "stats": {p: {m: s.to_json() for m, s in sorted(per.items())} for p, per in sorted(self.stats.items())},
            "findings": [f.to_json() for f in self.sorted_findings()],
            "proposals": [p.to_json() for p in self.proposals],
        }
