"""Report record frames for the inspection engine: encode a record once, send it many times.

A report_record frame is the frame header (with the connection's event sequence number and
the payload length), the report's id and drop count, then the encoded record. Only the record
depends on the inspection and the report's datum set, so the engine encodes it once per
inspection and datum set with the generated encoder (`record_body`) and stamps the rest for
each report connection into that connection's write buffer (`append_record_frame`), instead
of building a `ReportRecord` message and encoding the whole frame per report.

`append_record_frame` gives exactly the bytes of `encode_frame(ReportRecord(...), seq)`. Every
offset it stamps comes from the generated layout (`Vs1FrameHeader.FIXED`, `ReportRecord.FIXED`);
what it relies on beyond that (report_id and dropped_before lead the payload, the record
follows them) is checked against the generic path at import; should a spec change ever break
it, `FAST_PATH` is False and `append_record_frame` falls back to the generic encoder.
"""

from __future__ import annotations

import struct
from typing import Final

from vs1kit.generated import enums, frames, reports, types
from vs1kit.protocol.framing import HEADER_SIZE, encode_frame
from vs1kit.protocol.wire import EncodeError

__all__ = ["FAST_PATH", "append_record_frame", "record_body"]

_HEADER: Final = frames.Vs1FrameHeader.FIXED.fields
_REPORT: Final = reports.ReportRecord.FIXED.fields
_LEAD: Final = _REPORT.dropped_before.offset + _REPORT.dropped_before.size
"""Payload bytes before the record: report_id and dropped_before."""
_PREFIX: Final = encode_frame(reports.ReportRecord(record=types.Record()), 0)[: HEADER_SIZE + _LEAD]
"""Header and report fields of a report_record frame, from the generic encoder; seq, length,
report_id and dropped_before are stamped per frame."""


def record_body(record: types.Record) -> bytes:
    """The encoded record (the generated fast path): the part of the frame that is shared."""
    return record.encode()


def _generic(out: bytearray, seq: int, report_id: int, dropped_before: int, body: bytes) -> None:
    record = types.Record.decode(body)
    out += encode_frame(reports.ReportRecord(report_id=report_id, dropped_before=dropped_before,
                                             record=record), seq)


def _fast(out: bytearray, seq: int, report_id: int, dropped_before: int, body: bytes) -> None:
    at = len(out)
    out += _PREFIX
    out += body
    try:
        _HEADER.seq.pack_into(out, at, seq)
        _HEADER.length.pack_into(out, at, _LEAD + len(body))
        _REPORT.report_id.pack_into(out, at + HEADER_SIZE, report_id)
        _REPORT.dropped_before.pack_into(out, at + HEADER_SIZE, dropped_before)
    except struct.error as exc:
        del out[at:]
        raise EncodeError("report_id, dropped_before", str(exc), "ReportRecord") from None


def _fast_path_matches() -> bool:
    record = types.Record(
        inspection=0x01020304, timestamp_us=0x0A0B0C0D0E0F, flags=enums.RecordFlags.PASSED,
        datums=[types.DatumValue(datum_id=3, type=enums.DatumType.FLOAT64, value=1.5),
                types.DatumValue(datum_id=4, type=enums.DatumType.STRING, value="abc"),
                types.DatumValue(datum_id=5, type=enums.DatumType.POINT2D,
                                 value=types.Point2d(x=2.0, y=-3.0))],
    )
    want = encode_frame(reports.ReportRecord(report_id=0xA1B2, dropped_before=0xC3D4E5F6,
                                             record=record), 0x0BADCAFE)
    got = bytearray(b"xy")
    _fast(got, 0x0BADCAFE, 0xA1B2, 0xC3D4E5F6, record_body(record))
    return bytes(got[2:]) == want


FAST_PATH: Final = _fast_path_matches()

append_record_frame: Final = _fast if FAST_PATH else _generic
"""append_record_frame(out, seq, report_id, dropped_before, body): add the report_record frame
of the encoded record `body` to `out`; exactly `encode_frame(ReportRecord(...), seq)`."""
