"""Every generated test vector (``tests/vectors/*.json``) through both codec paths.

For each vector: the fast decoder gives the recorded value (``to_dict()``), the fast encoder
gives back the recorded bytes, and the construct reference path (``decode_slow`` /
``encode_slow``) agrees both ways.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from vs1kit.generated import frames
from vs1kit.protocol.construct_ext import decode_slow, encode_slow

REPO = Path(__file__).resolve().parents[2]
VECTOR_FILES = sorted((REPO / "tests" / "vectors").glob("*.json"))


def _load() -> list[tuple[str, dict[str, Any]]]:
    cases: list[tuple[str, dict[str, Any]]] = []
    for path in VECTOR_FILES:
        doc = json.loads(path.read_text(encoding="utf-8"))
        for vector in doc["vectors"]:
            cases.append((doc["port"], vector))
    return cases


CASES = _load()
IDS = [f"{port}-{v['message']}-{v['name'].replace(' ', '_')}" for port, v in CASES]


def message_class(port: str, name: str) -> Any:
    module = importlib.import_module(f"vs1kit.generated.{port}")
    cls = getattr(module, name, None) or getattr(frames, name)  # shared ones live in frames
    assert cls in module.MESSAGES, f"{name} is not a message of port {port}"
    return cls


def test_vector_files_cover_every_coded_port() -> None:
    from vs1kit.codegen.loader import load_spec

    spec = load_spec(REPO / "protocol_spec")
    assert {p.stem for p in VECTOR_FILES} == {p.id for p in spec.coded_ports}
    ids = {(port, v["message"]) for port, v in CASES}
    for port in spec.coded_ports:
        for msg in port.all_messages:
            assert (port.id, msg.id) in ids, f"no vector for {port.id}.{msg.id}"


def test_vector_ids_are_unique() -> None:
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize(("port", "vector"), CASES, ids=IDS)
def test_fast_decode_gives_the_recorded_value(port: str, vector: dict[str, Any]) -> None:
    cls = message_class(port, vector["class"])
    assert vector["message"] == cls.SPEC_ID
    decoded = cls.decode(bytes.fromhex(vector["hex"]))
    assert type(decoded) is cls
    assert decoded.to_dict() == vector["value"]


@pytest.mark.parametrize(("port", "vector"), CASES, ids=IDS)
def test_fast_encode_gives_the_recorded_bytes(port: str, vector: dict[str, Any]) -> None:
    cls = message_class(port, vector["class"])
    data = bytes.fromhex(vector["hex"])
    assert cls.decode(data).encode() == data
    # Decoding a memoryview or bytearray gives the same value.
    assert cls.decode(memoryview(data)).to_dict() == vector["value"]
    assert cls.decode(bytearray(data)).to_dict() == vector["value"]


@pytest.mark.parametrize(("port", "vector"), CASES, ids=IDS)
def test_reference_path_agrees(port: str, vector: dict[str, Any]) -> None:
    cls = message_class(port, vector["class"])
    data = bytes.fromhex(vector["hex"])
    fast = cls.decode(data)
    slow = decode_slow(cls, data)
    assert type(slow) is cls
    assert slow == fast
    assert slow.to_dict() == vector["value"]
    assert encode_slow(fast) == data
    assert encode_slow(slow) == data
    assert slow.encode() == data
