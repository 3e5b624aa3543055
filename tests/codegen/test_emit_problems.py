"""Spec problems only a target notices are reported like the loader's: file, line, path.

Each test breaks a copy of the real spec in a way that the loader's own checks accept (or
that only the passes see) and checks that rendering raises SpecError naming the place,
never a ValueError or a traceback from inside an emitter.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from vs1kit.codegen.generate import render_all
from vs1kit.codegen.problems import SpecError

REPO = Path(__file__).resolve().parents[2]


def spec_copy(tmp_path: Path) -> Path:
    root = tmp_path / "protocol_spec"
    shutil.copytree(REPO / "protocol_spec", root)
    return root


def edit(root: Path, rel: str, old: str, new: str) -> str:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} in {rel}"
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, needle: str) -> int:
    return next(i + 1 for i, line in enumerate(text.splitlines()) if needle in line)


def test_two_fields_with_one_lua_name_are_a_problem_of_the_port(tmp_path: Path) -> None:
    root = spec_copy(tmp_path)
    # An array ``tags`` with a count prefix is shown as ``tags_count``: a sibling of that name
    # collides in the dissector's field table.
    text = edit(root, "ports/serial.yaml", "      - {id: text, type: str, size: eos, encoding: latin-1,",
                "      - {id: tags, type: u8, array: {count_prefix: u8}}\n"
                "      - {id: tags_count, type: u8}\n"
                "      - {id: text, type: str, size: eos, encoding: latin-1,")
    with pytest.raises(SpecError) as info:
        render_all(root)
    [problem] = info.value.problems
    assert (problem.file, problem.line) == ("ports/serial.yaml", line_of(text, "port:"))
    assert "vs1.serial.formatted_output.tags_count" in problem.message


def test_a_frame_header_without_a_fixed_size_is_a_problem_of_the_framing(tmp_path: Path) -> None:
    root = spec_copy(tmp_path)
    text = edit(root, "common.yaml", "      - {id: length, type: u32, doc: Payload length in bytes.}",
                "      - {id: length, type: u32, doc: Payload length in bytes.}\n"
                "      - {id: note, type: str, length_prefix: u8}")
    with pytest.raises(SpecError) as info:
        render_all(root)
    [problem] = info.value.problems
    assert (problem.file, problem.path) == ("common.yaml", "framings.vs1_frame.header")
    assert problem.line == line_of(text, "  vs1_frame:")
    assert "'note' has no fixed size" in problem.message


def test_an_unframed_port_without_its_message_is_a_problem_of_the_port(tmp_path: Path) -> None:
    root = spec_copy(tmp_path)
    path = root / "ports" / "serial.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("messages:")] + "messages: []\n", encoding="utf-8")
    with pytest.raises(SpecError) as info:
        render_all(root)
    [problem] = info.value.problems
    assert (problem.file, problem.path) == ("ports/serial.yaml", "messages")
    assert "needs its one message" in problem.message
