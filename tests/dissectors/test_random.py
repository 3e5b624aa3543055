"""Property check: random (seeded) values of every message, random segmentation; tshark must
show exactly what the Python decoder reads, field by field."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.tshark import run_tshark

from vs1kit.codegen import ir
from vs1kit.pcap import synth

from .fieldmap import parse_json
from .test_samples import compare, same_info_with_and_without_tree

SEEDS = (1, 2)
PER_SEED = 600  # > 1,000 messages in all


@pytest.mark.parametrize("seed", SEEDS)
def test_random_messages_match_the_python_decoder(spec: ir.Spec, lua_dir: Path, tmp_path: Path, seed: int) -> None:
    pcap = tmp_path / f"random-{seed}.pcap"
    pdus = synth.write_random_capture(pcap, PER_SEED, seed=seed, spec=spec)
    assert len(pdus) >= PER_SEED
    assert len({(p.port, p.message) for p in pdus}) >= 40, "random messages do not cover the ports"
    layers = parse_json(run_tshark(pcap, lua_dir, ["-T", "json"]).stdout)
    problems = compare(spec, pdus, layers, allow_notes=True)
    assert not problems, f"seed {seed}: " + "\n".join(problems[:20])
    notes = [m for layer in layers for m in layer.get("_ws.expert.message")]
    assert any("is not in the enum" in m for m in notes), "no unknown enum value was tried"
    info = same_info_with_and_without_tree(pcap, lua_dir, {p.frames[-1] for p in pdus})
    assert not info, "\n".join(info[:10])
