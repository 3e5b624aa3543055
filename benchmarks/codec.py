"""Codec benchmark: a ReportRecord with 20 datums of mixed types and no image.

Three ways to decode and encode the same bytes into the same dataclasses
(``reports.ReportRecord``, ``types.Record``, ``types.DatumValue``, ``types.Point2d``):

* ``fast``      - the generated straight-line codec (``ReportRecord.decode`` / ``.encode``);
* ``construct`` - the interpreted construct reference path (``decode_slow`` / ``encode_slow``);
* ``baseline``  - a hand-written ``struct`` codec below: precompiled ``struct.Struct`` objects,
  ``unpack_from`` and a loop, no bounds checks beyond what ``struct`` itself does.

All three are first checked to give equal results. Each timing is the best of several
``timeit`` repeats. Prints a table, then as the last line one JSON object.

Run: ``.venv/bin/python benchmarks/codec.py [--quick]``.
Targets: fast within 1.5x of the baseline; construct at least 20x slower than fast.
"""

from __future__ import annotations

import json
import struct
import sys
import timeit
from collections.abc import Callable
from typing import Any

from vs1kit.generated import enums
from vs1kit.generated.reports import ReportRecord
from vs1kit.generated.types import DatumValue, ImageData, Point2d, Record
from vs1kit.protocol.construct_ext import decode_slow, encode_slow

FAST_TARGET = 1.5  # fast / baseline at most
CONSTRUCT_TARGET = 20.0  # construct / fast at least

# --------------------------------------------------------------------------- the message


def sample() -> ReportRecord:
    """20 datums cycling through int32, uint32, float64, bool, string, point2d; no image."""
    dt = enums.DatumType
    datums: list[DatumValue] = []
    for i in range(20):
        kind = i % 6
        value: Any
        if kind == 0:
            value = -1_000_000 * i - 7
        elif kind == 1:
            value = 4_000_000_000 - i
        elif kind == 2:
            value = 3.14159 * (i + 1)
        elif kind == 3:
            value = i % 4 == 3
        elif kind == 4:
            value = f"Snapshot{i}.Result° ok"
        else:
            value = Point2d(12.5 + i, 40.25 - i)
        datums.append(DatumValue(datum_id=100 + i, type=dt(kind), value=value))
    flags = enums.RecordFlags.PASSED | enums.RecordFlags.BACKFILLED
    record = Record(inspection=123_456, timestamp_us=1_700_000_000_000_000, flags=flags,
                    datums=datums, image=None)
    return ReportRecord(report_id=7, dropped_before=2, record=record)


# --------------------------------------------------------------------------- hand-written baseline

_HEAD = struct.Struct(">HIIQBH")  # report_id, dropped_before, inspection, timestamp_us, flags, n
_DATUM = struct.Struct(">HB")  # datum_id, type
_I32 = struct.Struct(">i")
_U32 = struct.Struct(">I")
_F64 = struct.Struct(">d")
_BOOL = struct.Struct(">?")
_U16 = struct.Struct(">H")
_POINT = struct.Struct(">ff")
_IMAGE = struct.Struct(">IQHHB3xI")  # spec-literal: the hand-written baseline under measurement
_DATUM_TYPES = {m.value: m for m in enums.DatumType}
_PIXEL_FORMATS = {m.value: m for m in enums.PixelFormat}
_RecordFlags = enums.RecordFlags
_HAS_IMAGE = int(enums.RecordFlags.HAS_IMAGE)


def baseline_decode(b: bytes) -> ReportRecord:
    report_id, dropped, inspection, timestamp, flags, n = _HEAD.unpack_from(b, 0)
    o = _HEAD.size
    datums = []
    append = datums.append
    for _ in range(n):
        datum_id, t = _DATUM.unpack_from(b, o)
        o += 3
        if t == 0:
            value: Any = _I32.unpack_from(b, o)[0]
            o += 4
        elif t == 1:
            value = _U32.unpack_from(b, o)[0]
            o += 4
        elif t == 2:
            value = _F64.unpack_from(b, o)[0]
            o += 8
        elif t == 3:
            value = _BOOL.unpack_from(b, o)[0]
            o += 1
        elif t == 4:
            size = _U16.unpack_from(b, o)[0]
            o += 2
            value = b[o:o + size].decode("utf-8")
            o += size
        elif t == 5:
            x, y = _POINT.unpack_from(b, o)
            value = Point2d(x, y)
            o += 8
        else:
            raise ValueError(f"unknown datum type {t}")
        append(DatumValue(datum_id, _DATUM_TYPES.get(t, t), value))
    image = None
    if flags & _HAS_IMAGE:
        image_id, ts, width, height, fmt, size = _IMAGE.unpack_from(b, o)
        o += _IMAGE.size
        image = ImageData(image_id, ts, width, height, _PIXEL_FORMATS.get(fmt, fmt), b[o:o + size])
    return ReportRecord(report_id, dropped, Record(inspection, timestamp, _RecordFlags(flags), datums, image))


def baseline_encode(m: ReportRecord) -> bytes:
    r = m.record
    out = bytearray(_HEAD.pack(m.report_id, m.dropped_before, r.inspection, r.timestamp_us, r.flags,
                               len(r.datums)))
    for d in r.datums:
        t = d.type
        out += _DATUM.pack(d.datum_id, t)
        if t == 0:
            out += _I32.pack(d.value)
        elif t == 1:
            out += _U32.pack(d.value)
        elif t == 2:
            out += _F64.pack(d.value)
        elif t == 3:
            out += _BOOL.pack(d.value)
        elif t == 4:
            raw = d.value.encode("utf-8")
            out += _U16.pack(len(raw))
            out += raw
        elif t == 5:
            out += _POINT.pack(d.value.x, d.value.y)
        else:
            raise ValueError(f"unknown datum type {t}")
    if r.image is not None:
        im = r.image
        out += _IMAGE.pack(im.image_id, im.timestamp_us, im.width, im.height, im.pixel_format, len(im.data))
        out += im.data
    return bytes(out)


# --------------------------------------------------------------------------- timing


def best_us(candidates: dict[str, Callable[[], object]], rounds: int, min_time: float) -> dict[str, float]:
    """Best time per call in microseconds of each candidate over ``rounds`` timeit repeats.

    The candidates take turns round by round, so a burst of noise from other processes (this
    often runs on a shared machine) hits all of them alike instead of one whole series.
    """
    timers = {name: timeit.Timer(fn) for name, fn in candidates.items()}
    numbers = {}
    for name, timer in timers.items():
        number, took = timer.autorange()  # at least 0.2 s
        numbers[name] = max(1, int(number * min_time / took))
    best = dict.fromkeys(timers, float("inf"))
    for _ in range(rounds):
        for name, timer in timers.items():
            best[name] = min(best[name], timer.timeit(numbers[name]) / numbers[name] * 1e6)
    return best


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    repeat, min_time = (5, 0.02) if quick else (25, 0.02)

    message = sample()
    data = message.encode()

    # Same bytes and same objects from every path before anything is timed.
    assert encode_slow(message) == data, "construct encoder differs from the fast one"
    assert baseline_encode(message) == data, "baseline encoder differs from the fast one"
    fast_value = ReportRecord.decode(data)
    assert fast_value == message
    assert decode_slow(ReportRecord, data) == fast_value, "construct decoder differs"
    base_value = baseline_decode(data)
    assert base_value == fast_value, "baseline decoder differs"
    assert base_value.to_dict() == fast_value.to_dict()
    assert [type(d.type) for d in base_value.record.datums] == [type(d.type) for d in fast_value.record.datums]
    assert len(fast_value.record.datums) == 20 and fast_value.record.image is None

    best = best_us({
        "baseline decode": lambda: baseline_decode(data),
        "baseline encode": lambda: baseline_encode(message),
        "fast decode": lambda: ReportRecord.decode(data),
        "fast encode": lambda: message.encode(),
        "construct decode": lambda: decode_slow(ReportRecord, data),
        "construct encode": lambda: encode_slow(message),
    }, repeat, min_time)
    timings = {path: {op: best[f"{path} {op}"] for op in ("decode", "encode")}
               for path in ("baseline", "fast", "construct")}
    base, fast, slow = timings["baseline"], timings["fast"], timings["construct"]
    print(f"ReportRecord: 20 datums (int32, uint32, float64, bool, string, point2d), no image, {len(data)} bytes")
    print(f"best of {repeat} interleaved timeit repeats; ratio = time / hand-written struct baseline")
    print()
    print(f"{'path':<12}{'decode µs':>12}{'encode µs':>12}{'decode ratio':>15}{'encode ratio':>15}")
    for path, t in timings.items():
        print(f"{path:<12}{t['decode']:>12.2f}{t['encode']:>12.2f}"
              f"{t['decode'] / base['decode']:>14.2f}x{t['encode'] / base['encode']:>14.2f}x")
    print()
    verdicts = []
    for op in ("decode", "encode"):
        ratio = fast[op] / base[op]
        speedup = slow[op] / fast[op]
        verdicts.append(ratio <= FAST_TARGET and speedup >= CONSTRUCT_TARGET)
        print(f"{op}: fast / baseline = {ratio:.2f}x (target <= {FAST_TARGET}x: "
              f"{'met' if ratio <= FAST_TARGET else 'MISSED'}); construct / fast = {speedup:.1f}x "
              f"(target >= {CONSTRUCT_TARGET:.0f}x: {'met' if speedup >= CONSTRUCT_TARGET else 'MISSED'})")

    def entry(name: str, value: float, baseline: float) -> dict[str, Any]:
        return {"name": name, "value": round(value, 3), "unit": "us", "baseline": round(baseline, 3),
                "ratio": round(value / baseline, 3)}

    results = [
        entry("fast_decode", fast["decode"], base["decode"]),
        entry("fast_encode", fast["encode"], base["encode"]),
        entry("construct_decode_vs_fast", slow["decode"], fast["decode"]),
        entry("construct_encode_vs_fast", slow["encode"], fast["encode"]),
        entry("construct_decode", slow["decode"], base["decode"]),
        entry("construct_encode", slow["encode"], base["encode"]),
        entry("baseline_decode", base["decode"], base["decode"]),
        entry("baseline_encode", base["encode"], base["encode"]),
    ]
    print(json.dumps({"name": "codec", "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
