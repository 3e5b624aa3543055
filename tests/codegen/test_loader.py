"""The spec loader's error reporting: every problem with file, line and YAML path, all at once.

Most tests write a minimal spec tree (the repository's JSON Schema copied in) so the expected
line of every problem is known; the line is looked up in the text by a needle rather than
hard-coded. The last tests break a copy of the real ``protocol_spec/``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from vs1kit.codegen.loader import load_spec
from vs1kit.codegen.problems import Problem, SpecError

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "protocol_spec"

COMMON = """\
spec: {name: t, version: 1, endian: be}
enums:
  color:
    type: u8
    values: {red: 0, green: 1}
types:
  point:
    fields:
      - {id: x, type: s16}
      - {id: y, type: s16}
framings:
  frame:
    kind: frame
    header:
      - {id: msg_type, type: u16}
      - {id: flags, type: u8, flags: {reply: 0}}
      - {id: seq, type: u32}
      - {id: length, type: u32}
    message_type: msg_type
    sequence: seq
    payload_length: length
    flags: flags
"""

PORT_A = """\
port: {id: a, name: A, transport: tcp, numbers: [5000], framing: frame, seed: Port A.}
messages:
  - id: ping
    code: 1
    direction: to_camera
    kind: request
    response: pong
    fields:
      - {id: n, type: u16}
  - id: pong
    code: 2
    direction: from_camera
    kind: response
    fields:
      - {id: n, type: u16}
"""

PORT_B = """\
port:
  id: b
  name: B
  transport: tcp
  numbers:
    - 5001
    - 5002
  framing: frame
  seed: Port B.
messages:
  - {id: hello, code: 1, direction: both, kind: event, fields: [{id: who, type: point}]}
"""

FIRST_FIELD = "      - {id: n, type: u16}\n"


def write_tree(root: Path, files: dict[str, str]) -> Path:
    (root / "ports").mkdir(parents=True, exist_ok=True)
    shutil.copytree(SPEC / "schema", root / "schema")
    for rel, text in files.items():
        (root / rel).write_text(text, encoding="utf-8")
    return root


def line_of(text: str, needle: str, nth: int = 0) -> int:
    """1-based line of the ``nth`` line of ``text`` that contains ``needle``."""
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    assert len(hits) > nth, f"{needle!r} not in the text"
    return hits[nth]


def problems_of(tmp_path: Path, files: dict[str, str]) -> list[Problem]:
    root = write_tree(tmp_path / "spec", files)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    problems = info.value.problems
    assert problems, "SpecError without problems"
    assert all(str(p) in str(info.value) for p in problems)  # the message lists them all
    return problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def expect(problem: Problem, file: str, line: int, path: str, message: str) -> None:
    assert (problem.file, problem.line, problem.path) == (file, line, path), str(problem)
    assert re.search(message, problem.message), str(problem)


def with_port(port_a: str, **more: str) -> dict[str, str]:
    files = {"common.yaml": COMMON, "ports/a.yaml": port_a}
    files.update({f"ports/{name}.yaml": text for name, text in more.items()})
    return files


def with_fields(fields: str) -> str:
    """PORT_A with its first message's field replaced by ``fields``."""
    assert PORT_A.count(FIRST_FIELD) == 2
    return PORT_A.replace(FIRST_FIELD, fields, 1)


# --------------------------------------------------------------------------- the base is valid


def test_minimal_tree_loads(tmp_path: Path) -> None:
    spec = load_spec(write_tree(tmp_path / "spec", with_port(PORT_A, b=PORT_B)))
    assert [p.id for p in spec.ports] == ["a", "b"]
    assert spec.port("a").messages[0].response_msg is spec.port("a").messages[1]
    assert spec.types["point"].fixed_size == 4


def test_real_spec_copy_loads(tmp_path: Path) -> None:
    shutil.copytree(SPEC, tmp_path / "protocol_spec")
    spec = load_spec(tmp_path / "protocol_spec")
    assert spec.port("rpc").numbers == [49059]


# --------------------------------------------------------------------------- one problem each


def test_yaml_syntax_error(tmp_path: Path) -> None:
    text = PORT_A.replace("    kind: response\n", "    kind: [response\n")
    p = only(problems_of(tmp_path, with_port(text)))
    assert p.file == "ports/a.yaml" and p.path == ""
    assert p.message.startswith("YAML syntax:")
    # PyYAML notices the unclosed flow sequence on the next line, the one after '[response'.
    assert line_of(text, "[response") <= p.line <= line_of(text, "[response") + 1


def test_unknown_key_is_a_schema_error(tmp_path: Path) -> None:
    text = with_fields("      - {id: n, type: u16, colour: red}\n")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "colour"), "messages[0].fields[0]", "unknown key.*'colour'")


def test_unknown_key_in_block_mapping_points_at_its_mapping(tmp_path: Path) -> None:
    text = PORT_B.replace("  seed: Port B.\n", "  seed: Port B.\n  host: camera.local\n")
    p = only(problems_of(tmp_path, with_port(PORT_A, b=text)))
    expect(p, "ports/b.yaml", line_of(text, "port:"), "port", "unknown key.*'host'")


def test_dangling_type_reference(tmp_path: Path) -> None:
    text = with_fields("      - {id: n, type: point3d}\n")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "point3d"), "messages[0].fields[0].type", "unknown type 'point3d'")


def test_enum_used_as_a_type(tmp_path: Path) -> None:
    text = with_fields("      - {id: n, type: color}\n")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "type: color"), "messages[0].fields[0].type", "unknown type 'color'.*enum")


def test_unknown_enum(tmp_path: Path) -> None:
    text = with_fields("      - {id: n, type: u8, enum: shade}\n")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "shade"), "messages[0].fields[0].enum", "unknown enum 'shade'")


def test_unknown_enum_in_bitfield(tmp_path: Path) -> None:
    text = with_fields(
        "      - id: n\n        type: u8\n        bitfield:\n"
        "          lo: {at: 0, width: 4, enum: color}\n"
        "          hi: {at: 4, width: 4, enum: shade}\n"
    )
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "shade"), "messages[0].fields[0].bitfield.hi.enum", "unknown enum 'shade'")


def test_duplicate_type_name(tmp_path: Path) -> None:
    text = PORT_A + "types:\n  point:\n    fields:\n      - {id: z, type: u8}\n"
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "  point:"), "types.point",
           f"duplicate name 'point'.*common.yaml:{line_of(COMMON, '  point:')}")


def test_duplicate_message_name_across_files(tmp_path: Path) -> None:
    text = PORT_B.replace("id: hello", "id: pong")
    problems = problems_of(tmp_path, with_port(PORT_A, b=text))
    p = only([p for p in problems if "duplicate" in p.message])
    expect(p, "ports/b.yaml", line_of(text, "id: pong"), "messages[0]",
           f"duplicate name 'pong'.*ports/a.yaml:{line_of(PORT_A, 'id: pong')}")


def test_type_and_enum_share_one_namespace(tmp_path: Path) -> None:
    text = PORT_A + "types:\n  color:\n    fields:\n      - {id: z, type: u8}\n"
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "  color:"), "types.color", "duplicate name 'color'.*enum")


def test_duplicate_message_code_on_a_port(tmp_path: Path) -> None:
    text = PORT_A.replace("    code: 2\n", "    code: 0x0001\n")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "code: 0x0001"), "messages[1].code", "code 0x0001 .*'ping'")


def test_same_code_on_different_ports_is_fine(tmp_path: Path) -> None:
    # PORT_B's hello has code 1 like PORT_A's ping: codes are per port.
    load_spec(write_tree(tmp_path / "spec", with_port(PORT_A, b=PORT_B)))


def test_message_code_clashing_with_the_framings_message(tmp_path: Path) -> None:
    common = COMMON + (
        "    messages:\n"
        "      - {id: oops, code: 2, direction: from_camera, kind: response}\n"
    )
    p = only(problems_of(tmp_path, {"common.yaml": common, "ports/a.yaml": PORT_A}))
    expect(p, "ports/a.yaml", line_of(PORT_A, "code: 2"), "messages[1].code", "code 0x0002 .*'oops'")


def test_switch_discriminator_clash(tmp_path: Path) -> None:
    text = with_fields(
        "      - {id: kind, type: u8}\n"
        "      - id: value\n        type: switch\n        on: kind\n        cases:\n"
        "          1: {type: u8}\n"
        "          0x1: {type: u16}\n"
    )
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "0x1:"), "messages[0].fields[1].cases.0x1",
           "discriminator value 1 already used by case '1'")


def test_switch_case_named_twice_is_a_duplicate_key(tmp_path: Path) -> None:
    text = with_fields(
        "      - {id: kind, type: u8, enum: color}\n"
        "      - id: value\n        type: switch\n        on: kind\n        cases:\n"
        "          red: {type: u8}\n"
        "          red: {type: u16}\n"
    )
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "red:", nth=1), "messages[0].fields[1].cases.red", "duplicate key 'red'")


def test_switch_case_not_in_the_enum(tmp_path: Path) -> None:
    text = with_fields(
        "      - {id: kind, type: u8, enum: color}\n"
        "      - id: value\n        type: switch\n        on: kind\n        cases:\n"
        "          blue: {type: u8}\n"
    )
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "blue:"), "messages[0].fields[1].cases.blue", "enum color has no value 'blue'")


def test_length_of_pointing_at_nothing(tmp_path: Path) -> None:
    text = with_fields("      - {id: n, type: u16, length_of: body}\n")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "length_of"), "messages[0].fields[0].length_of",
           "length_of points at 'body'")


def test_length_of_pointing_backwards(tmp_path: Path) -> None:
    text = with_fields("      - {id: body, type: bytes, size: 2}\n      - {id: n, type: u16, length_of: body}\n")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "length_of"), "messages[0].fields[1].length_of", "must come after")


def test_count_of_at_a_non_array(tmp_path: Path) -> None:
    text = with_fields("      - {id: n, type: u16, count_of: items}\n      - {id: items, type: u8}\n")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "count_of"), "messages[0].fields[0].count_of",
           "count_of target 'items' must be an array")


def test_when_referring_to_a_later_field(tmp_path: Path) -> None:
    text = with_fields(
        "      - {id: extra, type: u8, when: {field: opts, has: more}}\n"
        "      - {id: opts, type: u8, flags: {more: 0}}\n"
    )
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "id: extra"), "messages[0].fields[0].when.field",
           "when refers to 'opts', which is not an earlier field")


def test_when_with_an_unknown_flag(tmp_path: Path) -> None:
    text = with_fields(
        "      - {id: opts, type: u8, flags: {more: 0}}\n"
        "      - {id: extra, type: u8, when: {field: opts, has: less}}\n"
    )
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "id: extra"), "messages[0].fields[1].when.has", "no flag 'less'")


def test_port_number_used_twice(tmp_path: Path) -> None:
    text = PORT_B.replace("    - 5002\n", "    - 5000\n")
    p = only(problems_of(tmp_path, with_port(PORT_A, b=text)))
    expect(p, "ports/b.yaml", line_of(text, "- 5000"), "port.numbers[1]", "TCP port 5000 is also used by 'a'")


def test_same_number_on_tcp_and_udp_is_fine(tmp_path: Path) -> None:
    text = PORT_B.replace("    - 5002\n", "    - 5000\n").replace("transport: tcp", "transport: udp")
    load_spec(write_tree(tmp_path / "spec", with_port(PORT_A, b=text)))


def test_request_without_response(tmp_path: Path) -> None:
    text = PORT_A.replace("    response: pong\n", "")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "id: ping"), "messages[0]", "request 'ping' needs a response")


def test_response_that_is_not_a_response(tmp_path: Path) -> None:
    text = PORT_A.replace("response: pong", "response: ping")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "response: ping"), "messages[0].response", "'ping' is not a response")


def test_recursive_type(tmp_path: Path) -> None:
    text = PORT_A + "types:\n  node:\n    fields:\n      - {id: v, type: u8}\n      - {id: next, type: node}\n"
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "  node:"), "types.node", "contains itself: node -> node")


def test_mutually_recursive_types_across_files(tmp_path: Path) -> None:
    common = COMMON.replace("types:\n", "types:\n  tree_a:\n    fields:\n      - {id: b, type: tree_b}\n", 1)
    text = PORT_A + "types:\n  tree_b:\n    fields:\n      - {id: a, type: tree_a}\n"
    p = only(problems_of(tmp_path, {"common.yaml": common, "ports/a.yaml": text}))
    expect(p, "common.yaml", line_of(common, "tree_a:"), "types.tree_a", "tree_a -> tree_b -> tree_a")


def test_message_level_pass_problem_has_the_messages_path(tmp_path: Path) -> None:
    text = with_fields("      - {id: rest, type: bytes, size: eos}\n      - {id: n, type: u16}\n")
    p = only(problems_of(tmp_path, with_port(text)))
    expect(p, "ports/a.yaml", line_of(text, "id: ping"), "messages[0]", "'rest' runs to the end .* last field")


def test_frame_framing_without_sequence(tmp_path: Path) -> None:
    common = COMMON.replace("    sequence: seq\n", "")
    p = only(problems_of(tmp_path, {"common.yaml": common, "ports/a.yaml": PORT_A}))
    expect(p, "common.yaml", line_of(common, "  frame:"), "framings.frame", "'sequence' is a required property")


# --------------------------------------------------------------------------- all at once


def test_independent_problems_in_different_files_are_all_reported(tmp_path: Path) -> None:
    common = COMMON.replace("values: {red: 0, green: 1}", "values: {red: 0, green: 0}")
    port_a = with_fields("      - {id: n, type: point3d}\n")
    port_b = PORT_B.replace("    - 5002\n", "    - 5000\n")
    port_c = "port: {id: c, name: C, transport: udp, numbers: [7000], framing: frame, seed: C.}\n" \
             "messages:\n  - {id: ask, code: 9, direction: to_camera, kind: request}\n"
    problems = problems_of(tmp_path, with_port(port_a, b=port_b, c=port_c) | {"common.yaml": common})
    got = {(p.file, p.line, p.path) for p in problems}
    assert got == {
        ("common.yaml", line_of(common, "values:"), "enums.color.values.green"),
        ("ports/a.yaml", line_of(port_a, "point3d"), "messages[0].fields[0].type"),
        ("ports/b.yaml", line_of(port_b, "- 5000"), "port.numbers[1]"),
        ("ports/c.yaml", line_of(port_c, "id: ask"), "messages[0]"),
    }, "\n".join(map(str, problems))


def test_schema_problems_in_different_files_are_all_reported(tmp_path: Path) -> None:
    common = COMMON.replace("{id: y, type: s16}", "{id: y, type: s16, colour: px}")
    port_a = PORT_A.replace("direction: from_camera", "direction: sideways")
    problems = problems_of(tmp_path, with_port(port_a) | {"common.yaml": common})
    got = {(p.file, p.line, p.path) for p in problems}
    assert got == {
        ("common.yaml", line_of(common, "colour: px"), "types.point.fields[1]"),
        ("ports/a.yaml", line_of(port_a, "sideways"), "messages[1].direction"),
    }, "\n".join(map(str, problems))


def test_a_schema_problem_and_a_dangling_reference_in_one_file_are_both_reported(tmp_path: Path) -> None:
    port_a = PORT_A.replace("direction: from_camera", "direction: sideways").replace(
        "    fields:\n      - {id: n, type: u16}\n  - id: pong",
        "    fields:\n      - {id: n, type: point3d}\n  - id: pong")
    assert "point3d" in port_a and "sideways" in port_a
    problems = problems_of(tmp_path, with_port(port_a))
    assert len(problems) == 2, "\n".join(map(str, problems))
    schema, meaning = sorted(problems, key=lambda p: p.line, reverse=True)
    expect(schema, "ports/a.yaml", line_of(port_a, "sideways"), "messages[1].direction", "sideways")
    expect(meaning, "ports/a.yaml", line_of(port_a, "point3d"), "messages[0].fields[0].type", "unknown type 'point3d'")


def test_a_field_the_schema_rejects_is_reported_once_and_its_siblings_still_checked(tmp_path: Path) -> None:
    port_a = PORT_A.replace("      - {id: n, type: u16}\n  - id: pong",
                            "      - {type: u16}\n      - {id: m, type: u8, length_of: nowhere}\n  - id: pong")
    problems = problems_of(tmp_path, with_port(port_a))
    assert len(problems) == 2, "\n".join(map(str, problems))
    by_path = {p.path: p for p in problems}
    expect(by_path["messages[0].fields[0]"], "ports/a.yaml", line_of(port_a, "{type: u16}"),
           "messages[0].fields[0]", "'id' is a required property")
    expect(by_path["messages[0].fields[1].length_of"], "ports/a.yaml", line_of(port_a, "nowhere"),
           "messages[0].fields[1].length_of", "not a field here")


def test_yaml_errors_in_different_files_are_all_reported(tmp_path: Path) -> None:
    common = COMMON.replace("  color:\n", "  color:\n\ttabbed: 1\n")
    port_b = PORT_B + "  - {id: broken\n"
    problems = problems_of(tmp_path, with_port(PORT_A, b=port_b) | {"common.yaml": common})
    assert sorted(p.file for p in problems) == ["common.yaml", "ports/b.yaml"]
    assert all(p.message.startswith("YAML syntax") for p in problems)
    assert problems[0].line == line_of(common, "\ttabbed")


# --------------------------------------------------------------------------- the real spec


def _index(items: list[dict[str, object]], ident: str) -> int:
    return next(i for i, item in enumerate(items) if item.get("id") == ident)


def test_problems_in_a_copy_of_the_real_spec(tmp_path: Path) -> None:
    root = tmp_path / "protocol_spec"
    shutil.copytree(SPEC, root)

    def edit(rel: str, old: str, new: str) -> str:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} in {rel}"
        text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
        return text

    rpc = edit("ports/rpc.yaml", "{id: job_slot, type: u16}", "{id: job_slot, type: u16, enum: slot_kind}")
    common = edit("common.yaml", "{id: y, type: f32}", "{id: y, type: f32}\n      - {id: z, type: point3d}")
    io = edit("ports/io.yaml", "numbers: [49049]", "numbers: [49059]")

    with pytest.raises(SpecError) as info:
        load_spec(root)
    problems = info.value.problems
    rpc_data = yaml.safe_load(rpc)
    m = _index(rpc_data["messages"], "status_reply")
    f = _index(rpc_data["messages"][m]["fields"], "job_slot")
    z = _index(yaml.safe_load(common)["types"]["point2d"]["fields"], "z")
    assert {(p.file, p.line, p.path) for p in problems} == {
        ("ports/rpc.yaml", line_of(rpc, "slot_kind"), f"messages[{m}].fields[{f}].enum"),
        ("common.yaml", line_of(common, "point3d"), f"types.point2d.fields[{z}].type"),
        # io.yaml sorts before rpc.yaml, so rpc's number is the one used twice.
        ("ports/rpc.yaml", line_of(rpc, "numbers:"), "port.numbers[0]"),
    }, "\n".join(map(str, problems))
    assert any("49059" in p.message and "'io'" in p.message for p in problems)
    assert io.count("49059") == 1
