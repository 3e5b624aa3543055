"""Spec maxima (``max:``): the loader's checks, the derive pass's largest payloads, the
generated decoders and encoders that refuse beyond them, and the generated table.

A small spec in a temp folder (the repository's schema copied in) is loaded and generated;
its Python package is imported from there under its own name, so the checkout's generated
modules are not touched. The last tests read the checkout's own table.
"""

from __future__ import annotations

import importlib
import shutil
import struct
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import construct
import pytest

from vs1kit.codegen import ir
from vs1kit.codegen.generate import render_all
from vs1kit.codegen.loader import load_spec
from vs1kit.codegen.problems import SpecError
from vs1kit.protocol.wire import DecodeError, EncodeError

REPO = Path(__file__).resolve().parents[2]

COMMON = """\
spec: {name: t, version: 1, endian: be}
enums:
  status_code: {type: u16, values: {ok: 0, refused: 1}}
types:
  blob:
    fields:
      - {id: tag, type: u16}
      - {id: size, type: u32, length_of: data, max: 1000}
      - {id: data, type: bytes}
framings:
  frame:
    kind: frame
    header:
      - {id: msg_type, type: u16}
      - {id: flags, type: u8, flags: {reply: 0, event: 1, error: 2}}
      - {id: seq, type: u32}
      - {id: length, type: u32}
    message_type: msg_type
    sequence: seq
    payload_length: length
    flags: flags
    max_payload: 1048576
"""

PORT = """\
port: {id: m, name: M, transport: tcp, numbers: [5000], framing: frame, seed: Port M.}
messages:
  - id: put_name
    code: 1
    direction: to_camera
    kind: request
    access: open
    response: ack
    fields:
      - {id: name, type: str, length_prefix: u16, max: 64}
      - {id: tags, type: str, length_prefix: u8, max: 8, array: {count_prefix: u16, max: 4}}
  - id: put_blob
    code: 2
    direction: to_camera
    kind: request
    access: open
    response: ack
    fields:
      - {id: blob, type: blob}
  - id: put_text
    code: 3
    direction: to_camera
    kind: request
    access: open
    response: ack
    fields:
      - {id: n, type: u16, count_of: items, max: 3}
      - {id: items, type: u32, array: {}}
      - {id: text, type: str, size: eos, max: 100}
  - id: ack
    code: 0x8001
    direction: from_camera
    kind: response
    fields: []
  - id: stream
    code: 0x4001
    direction: from_camera
    kind: event
    fields:
      - {id: data, type: bytes, size: eos}
"""


def write_spec(root: Path, common: str = COMMON, port: str = PORT) -> Path:
    (root / "ports").mkdir(parents=True)
    shutil.copytree(REPO / "protocol_spec" / "schema", root / "schema")
    (root / "common.yaml").write_text(common, encoding="utf-8")
    (root / "ports" / "m.yaml").write_text(port, encoding="utf-8")
    return root


def problems(tmp_path: Path, port: str) -> list[str]:
    with pytest.raises(SpecError) as info:
        load_spec(write_spec(tmp_path / "spec", port=port))
    return [f"{p.path}: {p.message}" for p in info.value.problems]


@pytest.fixture(scope="module")
def gen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The small spec's generated package, imported as ``maxima_gen``."""
    base = tmp_path_factory.mktemp("maxima")
    outputs, _ = render_all(write_spec(base / "spec"))
    pkg = base / "out" / "maxima_gen"
    pkg.mkdir(parents=True)
    for rel, text in outputs.items():
        if rel.startswith("vs1kit/generated/"):
            (pkg / rel.removeprefix("vs1kit/generated/")).write_text(text, encoding="utf-8")
    sys.path.insert(0, str(base / "out"))
    try:
        yield importlib.import_module("maxima_gen")
    finally:
        sys.path.remove(str(base / "out"))
        for name in [n for n in sys.modules if n == "maxima_gen" or n.startswith("maxima_gen.")]:
            del sys.modules[name]


def module(gen: ModuleType, name: str) -> ModuleType:
    return importlib.import_module(f"{gen.__name__}.{name}")


# --------------------------------------------------------------------------- loader


def test_max_on_a_plain_integer_is_refused(tmp_path: Path) -> None:
    port = PORT.replace("{id: n, type: u16, count_of: items, max: 3}", "{id: n, type: u16, max: 3}")
    port = port.replace("{id: items, type: u32, array: {}}", "{id: items, type: u32, array: {count: 2}}")
    (only,) = problems(tmp_path, port)
    assert only.startswith("messages[2].fields[0].max:") and "needs length_of or count_of" in only


def test_max_beyond_the_length_prefix_is_refused(tmp_path: Path) -> None:
    port = PORT.replace("length_prefix: u8, max: 8,", "length_prefix: u8, max: 300,")
    (only,) = problems(tmp_path, port)
    assert only == "messages[0].fields[1].max: max 300 does not fit the u8 length prefix"


def test_max_on_a_fixed_size_is_refused(tmp_path: Path) -> None:
    port = PORT.replace("{id: text, type: str, size: eos, max: 100}", "{id: text, type: str, size: 16, max: 10}")
    (only,) = problems(tmp_path, port)
    assert only == "messages[2].fields[2].max: a fixed size needs no max"


def test_max_declared_twice_is_refused(tmp_path: Path) -> None:
    port = PORT.replace("{id: items, type: u32, array: {}}", "{id: items, type: u32, array: {max: 5}}")
    (only,) = problems(tmp_path, port)
    assert "'items' declares its own max: declare it once" in only


def test_max_must_be_an_integer(tmp_path: Path) -> None:
    port = PORT.replace("max: 64}", "max: lots}")
    (only,) = problems(tmp_path, port)
    assert only.startswith("messages[0].fields[0].max:")


# --------------------------------------------------------------------------- derive


def test_derive_pass_computes_the_largest_encodings(tmp_path: Path) -> None:
    spec = load_spec(write_spec(tmp_path / "spec"))
    port = spec.port("m")
    by_id = {m.id: m for m in port.messages}
    # name: u16 prefix + 64; tags: u16 count + 4 * (u8 prefix + 8)
    assert by_id["put_name"].max_size == 2 + 64 + 2 + 4 * (1 + 8)
    # blob: tag u16 + size u32 + at most 1000 bytes of data
    assert spec.types["blob"].max_size == 2 + 4 + 1000
    assert by_id["put_blob"].max_size == 1006
    # count u16 + 3 * u32 + at most 100 bytes of text
    assert by_id["put_text"].max_size == 2 + 3 * 4 + 100
    assert by_id["ack"].max_size == 0
    assert by_id["stream"].max_size is None  # eos without max: nothing but the frame bounds it
    assert by_id["stream"].max_payload == 1048576
    items = by_id["put_text"].field("items")
    assert items is not None and items.array is not None and items.array.bound == 3
    data = spec.types["blob"].field("data")
    assert data is not None and isinstance(data.type, ir.BytesT)
    assert (data.type.size.limit, data.type.size.bound, data.type.size.checked) == (1000, 1000, 1000)


def test_a_maximum_the_wire_form_enforces_is_not_checked_twice(tmp_path: Path) -> None:
    spec = load_spec(write_spec(tmp_path / "spec", port=PORT.replace("max: 64}", "max: 65535}")))
    name = spec.port("m").messages[0].field("name")
    assert name is not None and isinstance(name.type, ir.StrT)
    assert name.type.size.bound == 65535 and name.type.size.checked is None


# --------------------------------------------------------------------------- generated table


def test_generated_table_holds_each_messages_largest_payload(gen: ModuleType) -> None:
    frames = module(gen, "frames")
    assert frames.MAX_PAYLOAD_BY_CODE == {"m": {1: 104, 2: 1006, 3: 114, 0x8001: 0, 0x4001: 1048576}}
    assert set(frames.UNBOUNDED_BY_SPEC) == {("m", 0x4001)}


# --------------------------------------------------------------------------- decoders


def test_decoder_refuses_a_string_length_over_its_max_before_reading(gen: ModuleType) -> None:
    m = module(gen, "m")
    ok = m.PutName(name="a" * 64, tags=["t" * 8] * 4)
    data = ok.encode()
    assert len(data) == 104 and m.PutName.decode(data) == ok
    # A length of 65 with the 65 bytes present, and a huge one with nothing behind it: both
    # are refused at the prefix's offset for the maximum, not for a short buffer.
    for bad in (struct.pack(">H", 65) + b"a" * 65 + b"\0\0", struct.pack(">H", 60000)):
        with pytest.raises(DecodeError) as info:
            m.PutName.decode(bad)
        err = info.value
        assert (err.path, err.offset) == ("name", 0), str(err)
        assert "exceeds the maximum 64" in err.reason
        assert str(err).startswith("cannot decode PutName.name at offset 0")


def test_decoder_refuses_a_nested_string_and_a_count_over_max(gen: ModuleType) -> None:
    m = module(gen, "m")
    head = struct.pack(">H", 1) + b"n"
    tag9 = struct.pack(">HB", 1, 9) + b"t" * 9
    with pytest.raises(DecodeError) as info:
        m.PutName.decode(head + tag9)
    assert (info.value.path, info.value.offset) == ("tags[0]", 5)
    assert "exceeds the maximum 8" in info.value.reason
    with pytest.raises(DecodeError) as info:
        m.PutName.decode(head + struct.pack(">H", 5) + (b"\1t" * 5))
    assert (info.value.path, info.value.offset) == ("tags", 5)  # where the elements begin
    assert "count 5 exceeds the maximum 4" in info.value.reason


def test_decoder_refuses_a_length_field_over_max(gen: ModuleType) -> None:
    m = module(gen, "m")
    good = struct.pack(">HI", 7, 1000) + bytes(1000)
    assert bytes(m.PutBlob.decode(good).blob.data) == bytes(1000)
    with pytest.raises(DecodeError) as info:
        m.PutBlob.decode(struct.pack(">HI", 7, 0xFFFFFFFF))
    assert (info.value.path, info.value.offset) == ("blob.data", 6)
    assert "length 4294967295 exceeds the maximum 1000" in info.value.reason


def test_decoder_refuses_count_of_and_eos_over_max(gen: ModuleType) -> None:
    m = module(gen, "m")
    value = m.PutText(items=[1, 2, 3], text="x" * 100)
    assert m.PutText.decode(value.encode()) == value
    with pytest.raises(DecodeError) as info:
        m.PutText.decode(struct.pack(">H", 4) + bytes(16))
    assert (info.value.path, info.value.offset) == ("items", 2)  # count_of: where they begin
    assert "count 4 exceeds the maximum 3" in info.value.reason
    with pytest.raises(DecodeError) as info:
        m.PutText.decode(struct.pack(">H", 0) + b"x" * 101)
    assert (info.value.path, info.value.offset) == ("text", 2)
    assert "length 101 exceeds the maximum 100" in info.value.reason


def test_construct_reference_refuses_the_same(gen: ModuleType) -> None:
    m, constructs = module(gen, "m"), module(gen, "constructs")
    con = constructs.REGISTRY[m.PutName][0]
    assert con.parse(m.PutName(name="ok").encode())["name"] == b"ok"
    with pytest.raises(construct.ConstructError):
        con.parse(struct.pack(">H", 65) + b"a" * 65 + b"\0\0")
    blob = constructs.REGISTRY[m.PutBlob][0]
    with pytest.raises(construct.ConstructError):
        blob.parse(struct.pack(">HI", 7, 1001) + bytes(1001))
    text = constructs.REGISTRY[m.PutText][0]
    with pytest.raises(construct.ConstructError):
        text.parse(struct.pack(">H", 0) + b"x" * 101)


# --------------------------------------------------------------------------- encoders


@pytest.mark.parametrize(
    ("build", "path", "reason"),
    [
        (lambda m: m.PutName(name="a" * 65), "name", "65 bytes, at most 64"),
        (lambda m: m.PutName(tags=["t" * 9]), "tags[0]", "9 bytes, at most 8"),
        (lambda m: m.PutName(tags=["t"] * 5), "tags", "5 elements, at most 4"),
        (lambda m: m.PutBlob(blob=m.types.Blob(data=bytes(1001))), "blob.data", "1001 bytes, at most 1000"),
        (lambda m: m.PutText(items=[1, 2, 3, 4]), "items", "4 elements, at most 3"),
        (lambda m: m.PutText(text="x" * 101), "text", "101 bytes, at most 100"),
    ],
)
def test_encoder_refuses_beyond_max(gen: ModuleType, build: object, path: str, reason: str) -> None:
    m = module(gen, "m")
    value = build(m)  # type: ignore[operator]
    with pytest.raises(EncodeError) as info:
        value.encode()
    assert info.value.path == path and reason in str(info.value), str(info.value)


# --------------------------------------------------------------------------- the checkout


def test_checkout_table_matches_the_spec() -> None:
    from vs1kit.generated import frames
    from vs1kit.generated.registry import PORTS

    spec = load_spec(REPO / "protocol_spec")
    framed = [p for p in spec.coded_ports if p.framing is not None and p.framing.kind == "frame"]
    assert set(frames.MAX_PAYLOAD_BY_CODE) == {p.id for p in framed}
    for port in framed:
        table = frames.MAX_PAYLOAD_BY_CODE[port.id]
        assert set(table) == {m.code for m in port.all_messages}
        assert set(table) == set(PORTS[port.id].by_code)
        for msg in port.all_messages:
            assert msg.code is not None and msg.max_payload is not None
            assert table[msg.code] == msg.max_payload <= frames.VS1_FRAME_MAX_PAYLOAD


def _wire_types(t: ir.WireType) -> list[ir.WireType]:
    """``t`` and the case types of a switch."""
    if isinstance(t, ir.SwitchT):
        cases = [c.type for c in t.cases] + ([t.default] if t.default is not None else [])
        return [t, *cases]
    return [t]


def _unbounded_text(t: ir.WireType) -> bool:
    """A str/bytes that may be longer than 255 bytes without a declared max."""
    return (isinstance(t, ir.StrT | ir.BytesT) and t.size.kind in ("prefix", "field", "eos")
            and t.size.limit is None and (t.size.bound is None or t.size.bound > 255))


def test_checkout_declares_a_max_wherever_a_peer_could_send_much() -> None:
    """Every str/bytes of the checkout's spec whose size form allows more than 255 bytes (a
    u16/u32 prefix or length field, or up to the end of the frame) declares its max; so does
    every array counted by more than a byte. Only partq_records is left to the framing's limit
    (65,535 records, paged with `more`)."""
    spec = load_spec(REPO / "protocol_spec")
    owners: list[ir.TypeDef] = [*spec.types.values(), *spec.shared_messages, *spec.messages]
    loose = []
    for td in owners:
        for f in td.fields:
            if any(_unbounded_text(t) for t in _wire_types(f.type)):
                loose.append(f"{td.id}.{f.id}")
            arr = f.array
            if arr is not None and arr.kind != "fixed" and not arr.declared and arr.bound > 255:
                loose.append(f"{td.id}.{f.id}[]")
    assert loose == []
    from vs1kit.generated import frames

    assert set(frames.UNBOUNDED_BY_SPEC) == {("partq", 0x8602)}
