"""Generated layout facts: the fixed-size leading run of every class and the frame header.

The fast paths of the emulator stamp bytes at these offsets instead of hand-typing a layout,
so every vector is checked against them: each slot reads back the decoded value, and a value
stamped into a slot decodes as that value.
"""

from __future__ import annotations

import enum
import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from vs1kit.generated import acquire, frames, reports
from vs1kit.generated.registry import PORTS
from vs1kit.protocol.framing import encode_frame, flags_for
from vs1kit.protocol.wire import FixedField, Message

REPO = Path(__file__).resolve().parents[2]


def _cases() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted((REPO / "tests" / "vectors").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        out += [(doc["port"], v) for v in doc["vectors"]]
    return out


CASES = _cases()
IDS = [f"{p}-{v['message']}-{v['name'].replace(' ', '_')}" for p, v in CASES]


def _cls(port: str, name: str) -> type[Message]:
    module = importlib.import_module(f"vs1kit.generated.{port}")
    cls: type[Message] = getattr(module, name, None) or getattr(frames, name)
    return cls


def _attr(value: Any, path: str) -> Any:
    for part in path.split("."):
        if not hasattr(value, part):
            return None  # a constant or length field: on the wire, not an attribute
        value = getattr(value, part)
    return value


@pytest.mark.parametrize(("port", "vector"), CASES, ids=IDS)
def test_every_slot_reads_the_decoded_value(port: str, vector: dict[str, Any]) -> None:
    cls = _cls(port, vector["class"])
    data = bytes.fromhex(vector["hex"])
    run = cls.FIXED
    decoded = cls.decode(data)
    assert len(data) >= run.size
    whole = run.struct.unpack_from(data)
    assert len(whole) == len(run.fields)
    checked = 0
    for slot, raw in zip(run.fields, whole, strict=True):
        assert slot.unpack_from(data) == raw
        want = _attr(decoded, slot.path)
        if want is None or (slot.struct.format.endswith("s") and not isinstance(want, bytes)):
            continue  # (a fixed-size str is NUL-stripped; fixed-size bytes compare as they are)
        assert raw == (want.value if isinstance(want, enum.Enum) else want), slot.path
        checked += 1
    assert checked or not [s for s in run.fields if _attr(decoded, s.path) is not None]


@pytest.mark.parametrize(("port", "vector"), CASES, ids=IDS)
def test_a_stamped_slot_decodes_as_the_stamped_value(port: str, vector: dict[str, Any]) -> None:
    cls = _cls(port, vector["class"])
    data = bytearray.fromhex(vector["hex"])
    plain = [s for s in cls.FIXED.fields
             if s.struct.format[-1] in "BHIQ" and isinstance(_attr(cls.decode(bytes(data)), s.path), int)
             and not isinstance(_attr(cls.decode(bytes(data)), s.path), enum.Enum | bool)]
    for slot in plain:
        value = (1 << (8 * slot.size)) - 2
        slot.pack_into(data, 0, value)
        assert _attr(cls.decode(bytes(data)), slot.path) == value, slot.path


def test_nested_types_are_flattened_into_the_run() -> None:
    live = acquire.LiveFrame.FIXED.fields
    assert (live.frame.offset, live.image_image_id.offset, live.image_timestamp_us.offset) == (0, 4, 8)
    assert live.image_timestamp_us.path == "image.timestamp_us"
    record = reports.ReportRecord.FIXED
    assert record.names[:3] == ("report_id", "dropped_before", "record.inspection")
    assert isinstance(record.fields.record_inspection, FixedField)


def test_frame_header_facts_match_the_encoded_header() -> None:
    frame = encode_frame(frames.ErrorReply(request_type=0x1234, detail="x"), seq=0xA1B2C3D4)
    header = frames.VS1_FRAME_HEADER.unpack_from(frame)
    layout = frames.Vs1FrameHeader.FIXED.fields
    assert frames.VS1_FRAME_HEADER.size == frames.VS1_FRAME_HEADER_SIZE == frames.Vs1FrameHeader.FIXED.size
    assert header[0] == frames.VS1_FRAME_MAGIC and header[1] == frames.VS1_FRAME_VERSION
    assert layout.seq.offset == frames.VS1_FRAME_SEQUENCE_OFFSET
    assert layout.seq.unpack_from(frame) == 0xA1B2C3D4
    assert (1 << (8 * layout.seq.size)) - 1 == frames.VS1_FRAME_SEQUENCE_MAX
    assert layout.length.offset == frames.VS1_FRAME_LENGTH_OFFSET
    assert layout.length.unpack_from(frame) == len(frame) - frames.VS1_FRAME_HEADER_SIZE
    assert layout.msg_type.offset == frames.VS1_FRAME_MESSAGE_TYPE_OFFSET
    assert layout.msg_type.unpack_from(frame) == frames.ErrorReply.CODE
    assert layout.flags.offset == frames.VS1_FRAME_FLAGS_OFFSET
    assert layout.flags.unpack_from(frame) == frames.VS1_FRAME_FLAGS_BY_KIND["error"]


def test_every_framed_message_carries_the_flags_of_its_kind() -> None:
    by_kind = frames.VS1_FRAME_FLAGS_BY_KIND
    flags = frames.VS1_FRAME_FLAGS
    assert by_kind == {"request": 0, "response": int(flags.REPLY), "event": int(flags.EVENT),
                       "error": int(flags.REPLY | flags.ERROR)}
    seen = 0
    for spec in PORTS.values():
        if spec.framing != "vs1_frame":
            continue
        for cls in spec.by_code.values():
            kind = "error" if cls is frames.ErrorReply else cls.KIND
            assert cls.HEADER_FLAGS == by_kind[kind] == flags_for(cls()), cls.__name__
            seen += 1
    assert seen > 20
