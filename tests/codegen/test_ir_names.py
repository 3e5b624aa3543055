"""The names the IR derives are the names the generated code has.

Templates are to place names the IR holds (``Message.client_method``, ``handler_name``,
``Port.requests_class``, ``handlers_class``, ``Field.py_name``, ``flags_class``); this checks
them against the generated modules, so a template computing a name of its own cannot drift.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from vs1kit.codegen.loader import load_spec
from vs1kit.generated import client_api, emulator_skeleton, enums

SPEC = load_spec(Path(__file__).resolve().parents[2] / "protocol_spec")
FRAMED = [p for p in SPEC.coded_ports if p.framing is not None and p.framing.kind == "frame"]


def test_client_surface_names() -> None:
    seen = 0
    for port in FRAMED:
        cls = getattr(client_api, port.requests_class)
        for msg in port.messages:
            if msg.client_method is None:
                assert msg.direction == "from_camera"
                continue
            assert callable(getattr(cls, msg.client_method)), f"{port.requests_class}.{msg.client_method}"
            seen += 1
    assert seen > 20


def test_emulator_skeleton_names() -> None:
    for port in FRAMED:
        cls = getattr(emulator_skeleton, port.handlers_class)
        handled = {m.handler_name for m in port.messages if m.handler_name is not None and m.code is not None}
        assert set(cls.HANDLERS.values()) == handled, port.id
        assert all(callable(getattr(cls, name)) for name in handled)


def test_field_and_flag_class_names() -> None:
    for port in SPEC.coded_ports:
        module = importlib.import_module(f"vs1kit.generated.{port.py_module}")
        for msg in port.messages:
            cls = getattr(module, msg.py_name)
            attrs = set(cls.__dataclass_fields__)
            for f in msg.fields:
                if f.bitfield is not None:
                    assert {s.py_name for s in f.bitfield} <= attrs
                elif not f.hidden:
                    assert f.py_name in attrs, f"{msg.py_name}.{f.py_name}"
                if f.flags is not None:
                    assert hasattr(enums, f.flags_class), f.flags_class
