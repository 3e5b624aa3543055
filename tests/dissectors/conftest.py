"""Fixtures of the dissector tests: the spec, the shipped Lua, and captures.

The tests run tshark with ``dissectors/*.lua`` as shipped (``vs1 codegen`` writes it). tshark
is installed on demand by ``require_tshark()``; when that is impossible the tests fail with
its message, they never skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.tshark import require_tshark

from vs1kit import resources
from vs1kit.codegen import ir
from vs1kit.pcap import synth

LUA_DIR = resources.dissectors_dir()


@pytest.fixture(scope="session")
def tshark() -> str:
    return require_tshark()


@pytest.fixture(scope="session")
def spec() -> ir.Spec:
    return synth.spec_model()


@pytest.fixture(scope="session")
def lua_dir(tshark: str) -> Path:
    script = LUA_DIR / "vs1.lua"
    assert script.is_file(), f"{script} is missing: run `vs1 codegen`"
    return LUA_DIR


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory, spec: ir.Spec) -> tuple[Path, list[synth.Pdu]]:
    path = tmp_path_factory.mktemp("sample") / "sample.pcap"
    return path, synth.write_sample_capture(path, spec=spec)
