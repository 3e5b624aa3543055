"""Tests of the JSON Schema of the spec language (protocol_spec/schema/vs1-spec.schema.json).

The passing snippets cover every feature of protocol_spec/README.md, including its examples
(copied verbatim except for the `...` placeholders); the failing ones check the YAML path and
the JSON Schema keyword of each error.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

SCHEMA_PATH = (
    Path(__file__).resolve().parents[1] / "protocol_spec" / "schema" / "vs1-spec.schema.json"
)


class SpecLoader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false. PyYAML's YAML 1.1 default turns the switch key
    `on:` (and yes/no/off) into booleans."""


SpecLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
SpecLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema)


def load(text: str) -> Any:
    return yaml.load(text, Loader=SpecLoader)


def yaml_path(path: Any) -> str:
    """`messages[3].fields[1].type`, as the loader prints it."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def errors(validator: Draft202012Validator, text: str) -> list[tuple[str, str]]:
    found = validator.iter_errors(load(text))
    return sorted((yaml_path(e.absolute_path), str(e.validator)) for e in found)


def in_type(fields_yaml: str) -> str:
    """Wrap a YAML list of fields (README style, at column 0) as the fields of a type."""
    indented = "\n".join("      " + line if line else line for line in fields_yaml.splitlines())
    return f"types:\n  t:\n    fields:\n{indented}\n"


PORT = "port: {id: p, name: P, transport: tcp, numbers: [49059], framing: vs1_frame}\n"
TEXT_PORT = (
    "port: {id: ftp, name: FTP, transport: tcp, numbers: [21], standard: true, framing: text}\n"
)


# --------------------------------------------------------------------------- the schema itself


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def _walk(node: Any, where: str = "#"):
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{where}/{i}")


def test_every_property_and_def_has_a_description(schema: dict[str, Any]) -> None:
    missing = []
    for where, node in _walk(schema):
        if (
            where.endswith("/properties")
            and "/if/" not in where
            and "/dependentSchemas/" not in where
        ):
            missing += [
                f"{where}/{k}" for k, v in node.items() if v is not False and "description" not in v
            ]
        if where == "#/$defs":
            missing += [f"{where}/{k}" for k, v in node.items() if "description" not in v]
    assert missing == []


def test_every_object_with_properties_forbids_unknown_keys(schema: dict[str, Any]) -> None:
    # Conditions (`if`) and dependent schemas only add constraints to an object that is closed
    # elsewhere; every other schema that lists properties must be closed itself.
    open_objects = [
        where
        for where, node in _walk(schema)
        if isinstance(node.get("properties"), dict)
        and not where.endswith("/properties")
        and "/if" not in where
        and "/dependentSchemas/" not in where
        and node.get("additionalProperties") is not False
    ]
    assert open_objects == []


# --------------------------------------------------------------------------- README examples

README_TOP_LEVEL_COMMON = """
spec:      {name: vs1, version: 1, endian: be}
enums:     {status_code: {type: u16, values: {ok: 0}}}
types:     {point2d: {fields: [{id: x, type: f32}, {id: y, type: f32}]}}
framings:  {raw_datagram: {kind: datagram}}
"""

README_TOP_LEVEL_PORT = """
enums:     {mode: {type: u8, values: {lossless: 0, lossy: 1}}}
types:     {report_record: {fields: [{id: n, type: u32}]}}
framings:  {serial_line: {kind: lines, terminator: "\\r\\n"}}
port:      {id: rpc, name: Camera RPC Port, transport: tcp, numbers: [49059], framing: vs1_frame}
messages:  [{id: ping, code: 1, direction: to_camera, kind: request}]
"""

README_ENUMS = """
enums:
  status_code:
    type: u16                       # the integer type used on the wire
    doc: Result of a request.
    values:
      ok: 0                         # short form
      not_in_control: {value: 3, doc: Another client holds control.}
"""

README_TYPES = """
types:
  point2d:
    doc: A position in image coordinates.
    fields:
      - {id: x, type: f32}
      - {id: y, type: f32}
"""

README_ARRAYS = in_type("""\
- {id: states, type: bool, array: {count: 8}}              # fixed count
- {id: points, type: point_info, array: {count_prefix: u16}} # count prefix
- {id: paths, type: str, length_prefix: u8, array: {count_prefix: u8}}   # array of strings
- {id: n_datums, type: u16, count_of: datums}               # count held by an earlier sibling
- {id: datums, type: datum_value, array: {}}                #   (array: {} takes it from count_of)
- {id: entries, type: rip_entry, array: {until: eos}}      # until the end of the frame
""")

README_MAXIMA = in_type("""\
- {id: detail, type: str, length_prefix: u16, encoding: utf-8, max: 4096}
- {id: data_length, type: u32, length_of: data, max: 3932160}   # 1280 x 1024 rgb8
- {id: data, type: bytes}
- {id: text, type: str, size: eos, max: 4096}
""")

README_ENUM_FLAGS_BITFIELD = in_type("""\
- {id: status, type: u16, enum: status_code}
- {id: flags, type: u8, flags: {running: 0, in_control: 1, fault: 7}}
- {id: packed, type: u8, bitfield: {state: {at: 0, width: 4, enum: camera_state}, level: {at: 4, width: 4}}}
""")

README_CONST = in_type("""\
- {id: magic, type: u16, const: 0x5631}
- {id: tag, type: bytes, size: 2, const: "5631"}
""")

README_WHEN = in_type("""\
- {id: flags, type: u8, flags: {has_image: 1}}
- {id: mode, type: u8, enum: mode}
- {id: image, type: image_data, when: {field: flags, has: has_image}}   # a flag is set
- {id: rate_hz, type: f32, when: {field: mode, equals: lossy}}          # an enum/int value
""")

README_SWITCH = in_type("""\
- {id: type, type: u8, enum: datum_type}
- id: value
  type: switch
  on: type
  cases:
    int32: {type: s32}
    float64: {type: f64}
    string: {type: str, length_prefix: u16, encoding: utf-8}
    point2d: {type: point2d}
  default: {type: bytes, size: eos}
""")

README_FRAMINGS = """
framings:
  vs1_frame:
    kind: frame                  # length-prefixed header + payload (TCP stream or one per datagram)
    doc: Common VS-1 frame.
    header:                      # ordinary fields
      - {id: magic, type: u16, const: 0x5631}
      - {id: version, type: u8, const: 1}
      - {id: flags, type: u8, flags: {reply: 0, event: 1, error: 2}}
      - {id: msg_type, type: u16}
      - {id: seq, type: u32}
      - {id: length, type: u32}
    message_type: msg_type       # discriminator: the message's code
    sequence: seq                # request/response pairing
    payload_length: length       # byte length of the payload after the header
    flags: flags                 # set from the message kind (reply / event / error)
    max_payload: 67108864        # larger frames are refused before any allocation
    error_message: error_reply   # the message any request may get instead of its response
  serial_line:
    kind: lines                  # text lines, one message per line
    terminator: "\\r\\n"
    max_line: 4096
  raw_datagram:
    kind: datagram               # one message per datagram, no header: the port has one message
"""

# `fields: [...]` of the README replaced by a real field list.
README_PORT_AND_MESSAGES = """
port:
  id: rpc                        # short name; Lua protocol vs1.rpc, Python module rpc
  name: Camera RPC Port          # the seed's name
  transport: tcp                 # tcp | udp
  numbers: [49059]               # one or more (49211-49214 are four numbers)
  standard: false                # true for FTP/Telnet/DHCP/HTTP/RIP
  framing: vs1_frame             # a framing id, or text for standard text protocols
  uses: [bind_session]           # optional: opt-in messages of the framing this port offers
  seed: "When in control, sends editing and runtime commands to the camera..."
  doc: What vs1kit models on this port.
messages:
  - id: select_job
    code: 0x0306                 # value of the framing's message_type (unique per port)
    direction: to_camera         # to_camera | from_camera | both
    kind: request                # request | response | event
    access: control              # open | session | control: who may send it (default open)
    response: rpc_ack            # requests name the message that answers them
    doc: Select the job in a slot.
    fields: [{id: slot, type: u16}]
    examples:                    # optional: real bytes (e.g. from a capture), checked by the tests
      - {name: slot 2, hex: "0002"}
"""

# The README's `doc: ...` and `form: [..., ...]` placeholders replaced by real values.
README_TEXT = (
    TEXT_PORT
    + """messages: []
text:
  commands:                      # FTP commands / shell commands
    - {name: ifShow, doc: Show network interfaces.}
  pages:                         # HTTP pages and their form fields
    - {path: /, doc: Network settings., form: [{name: ip, type: ipv4}, {name: dhcp, type: bool}]}
  areas:                         # FTP file areas
    - {path: /RAM, doc: Files in RAM.}
"""
)

# --------------------------------------------------------------------------- other features

ALL_SCALAR_TYPES = in_type("""\
- {id: a, type: u8}
- {id: b, type: u16le}
- {id: c, type: u32be}
- {id: d, type: u64}
- {id: e, type: s8}
- {id: f, type: s16be}
- {id: g, type: s32le}
- {id: h, type: s64}
- {id: i, type: f32}
- {id: j, type: f64le}
- {id: k, type: f32be}
- {id: l, type: bool}
- {id: m, type: ipv4, example: 192.168.0.10}
- {id: n, type: mac, example: "00:11:22:33:44:55"}
- {id: o, type: pad, size: 3}
- {id: q, type: nested_thing, doc: A nested type.}
""")

STR_AND_BYTES_SIZE_FORMS = in_type("""\
- {id: s1, type: str, size: 16}
- {id: s2, type: str, length_prefix: u16le, encoding: utf-8}
- {id: s3, type: str, terminator: "\\r\\n", max_size: 256, encoding: latin-1}
- {id: s4, type: str, size: eos, encoding: ascii}
- {id: b1, type: bytes, size: 0}
- {id: b2, type: bytes, length_prefix: u32}
- {id: b3, type: bytes, terminator: "\\u0000"}
- {id: data_length, type: u32, length_of: data}
- {id: data, type: bytes, doc: sized by data_length}
- {id: text, type: str}
""")

ARRAYS_WITH_MAX = in_type("""\
- {id: a, type: u8, array: {count: 4, max: 4}}
- {id: b, type: point2d, array: {count_prefix: u32be, max: 1000}}
- {id: c, type: u16, array: {until: eos, max: 10}}
- {id: d, type: u16, array: {max: 3}}
""")

WHEN_EQUALS_FORMS = in_type("""\
- {id: mode, type: u8}
- {id: on_off, type: bool}
- {id: x, type: u8, when: {field: mode, equals: 3}}
- {id: y, type: u8, when: {field: on_off, equals: true}}
- {id: z, type: u8, when: {field: mode, equals: lossy}}
""")

SWITCH_ON_INTEGERS = in_type("""\
- {id: kind, type: u8}
- id: body
  type: switch
  on: kind
  cases:
    0: {type: u32, enum: status_code, example: 3}
    1: {type: bytes, size: 4, const: "deadbeef"}
    0x10: {type: str, terminator: "\\n", max_size: 64}
    "2": {type: ipv4}
    3: {type: pad, size: 2}
  doc: No default.
""")

COMMON_LIKE = """
spec:
  name: vs1
  version: 1
  endian: le
  doc: VS-1 Smart Camera network protocols.
enums:
  datum_type: {type: u8, values: {int32: 0, string: 4}}
framings:
  vs1_frame:
    kind: frame
    header:
      - {id: msg_type, type: u16}
      - {id: length, type: u32}
    message_type: msg_type
    sequence: seq
    payload_length: length
    flags: flags
    error_message: error_reply
    messages:
      - id: error_reply
        code: 0x7fff
        direction: from_camera
        kind: response
        fields:
          - {id: status, type: u16, enum: status_code}
          - {id: detail, type: str, length_prefix: u16, encoding: utf-8}
  serial_line: {kind: lines, doc: Output strings., terminator: "\\n"}
"""

DATAGRAM_PORT = """
port:
  id: dhcp
  name: DHCP
  transport: udp
  numbers: [67, 68]
  standard: true
  framing: raw_datagram
messages:
  - id: dhcp_message
    direction: both
    kind: event
    fields:
      - {id: op, type: u8}
      - {id: chaddr, type: mac}
      - {id: options, type: bytes, size: eos}
    examples:
      - {name: empty options, hex: "01 00112233 4455 "}
"""

PORT_GROUP_WITHOUT_MESSAGES = """
port: {id: reports, name: Reports, transport: udp, numbers: [49211, 49212, 49213, 49214], framing: vs1_frame}
messages:
  - {id: report_event, code: 0x0100, direction: from_camera, kind: event, fields: []}
  - {id: ack, code: 0, direction: both, kind: response}
"""

PASSING = {
    "readme_top_level_common": README_TOP_LEVEL_COMMON,
    "readme_top_level_port": README_TOP_LEVEL_PORT,
    "readme_enums": README_ENUMS,
    "readme_types": README_TYPES,
    "readme_arrays": README_ARRAYS,
    "readme_maxima": README_MAXIMA,
    "readme_enum_flags_bitfield": README_ENUM_FLAGS_BITFIELD,
    "readme_const": README_CONST,
    "readme_when": README_WHEN,
    "readme_switch": README_SWITCH,
    "readme_framings": README_FRAMINGS,
    "readme_port_and_messages": README_PORT_AND_MESSAGES,
    "readme_text": README_TEXT,
    "all_scalar_types": ALL_SCALAR_TYPES,
    "str_and_bytes_size_forms": STR_AND_BYTES_SIZE_FORMS,
    "arrays_with_max": ARRAYS_WITH_MAX,
    "when_equals_forms": WHEN_EQUALS_FORMS,
    "switch_on_integers": SWITCH_ON_INTEGERS,
    "common_like": COMMON_LIKE,
    "datagram_port_without_codes": DATAGRAM_PORT,
    "port_group": PORT_GROUP_WITHOUT_MESSAGES,
    "text_port_with_messages": TEXT_PORT + "messages: []\ntext: {areas: [{path: /RAM}]}\n",
    "text_port_without_messages": TEXT_PORT + "text: {commands: [{name: RETR}]}\n",
}


@pytest.mark.parametrize("text", PASSING.values(), ids=PASSING.keys())
def test_valid_snippets(validator: Draft202012Validator, text: str) -> None:
    assert errors(validator, text) == []


def test_yaml_loader_keeps_switch_on_key() -> None:
    assert "on" in load(README_SWITCH)["types"]["t"]["fields"][1]


# --------------------------------------------------------------------------- failing snippets

F = "types.t.fields[0]"

FAILING: dict[str, tuple[str, list[tuple[str, str]]]] = {
    # unknown keys
    "unknown_top_level_key": ("enums: {}\nconstants: {a: 1}\n", [("", "additionalProperties")]),
    "unknown_field_key": (
        in_type("- {id: x, type: u8, endian: le}"),
        [(F, "additionalProperties")],
    ),
    "unknown_port_key": (
        "port: {id: p, name: P, transport: tcp, numbers: [1], framing: f, host: cam}\nmessages: []\n",
        [("port", "additionalProperties")],
    ),
    "unknown_message_key": (
        PORT + "messages: [{id: m, code: 1, direction: both, kind: event, reply: x}]\n",
        [("messages[0]", "additionalProperties")],
    ),
    "unknown_enum_key": (
        "enums: {e: {type: u8, values: {a: 0}, default: a}}\n",
        [("enums.e", "additionalProperties")],
    ),
    "unknown_enum_value_key": (
        "enums: {e: {type: u8, values: {a: {value: 0, label: A}}}}\n",
        [("enums.e.values.a", "additionalProperties")],
    ),
    "unknown_framing_key": (
        "framings: {f: {kind: datagram, header: []}}\n",
        [("framings.f", "additionalProperties")],
    ),
    "unknown_spec_key": (
        "spec: {name: vs1, version: 1, endian: be, author: me}\n",
        [("spec", "additionalProperties")],
    ),
    "unknown_text_key": (
        TEXT_PORT + "messages: []\ntext: {files: []}\n",
        [("text", "additionalProperties")],
    ),
    "type_key_on_wrong_type": (
        in_type("- {id: x, type: u8, encoding: utf-8}"),
        [(F, "additionalProperties")],
    ),
    "size_on_integer": (in_type("- {id: x, type: u16, size: 2}"), [(F, "additionalProperties")]),
    "enum_on_float": (in_type("- {id: x, type: f32, enum: e}"), [(F, "additionalProperties")]),
    "id_in_switch_case": (
        in_type("- {id: v, type: switch, on: k, cases: {0: {id: y, type: u8}}}"),
        [(f"{F}.cases[0]", "additionalProperties")],
    ),
    "doc_in_switch_case": (
        in_type("- {id: v, type: switch, on: k, cases: {a: {type: u8, doc: no}}}"),
        [(f"{F}.cases.a", "additionalProperties")],
    ),
    # bad ids
    "bad_field_id": (in_type("- {id: 2x, type: u8}"), [(f"{F}.id", "pattern")]),
    "camel_case_type_id": (
        "types: {PointInfo: {fields: [{id: x, type: u8}]}}\n",
        [("types", "pattern")],
    ),
    "type_id_shadows_builtin": (
        "types: {u16: {fields: [{id: x, type: u8}]}}\n",
        [("types", "pattern")],
    ),
    "bad_enum_value_name": (
        "enums: {e: {type: u8, values: {Ok: 0}}}\n",
        [("enums.e.values", "pattern")],
    ),
    "bad_message_id": (
        PORT + "messages: [{id: select-job, code: 1, direction: both, kind: event}]\n",
        [("messages[0].id", "pattern")],
    ),
    "framing_id_text_reserved": ("framings: {text: {kind: datagram}}\n", [("framings", "pattern")]),
    # bad types
    "bad_integer_type": (in_type("- {id: x, type: u17}"), [(f"{F}.type", "anyOf")]),
    "bad_float_type": (in_type("- {id: x, type: f16}"), [(f"{F}.type", "anyOf")]),
    "bad_enum_type": ("enums: {e: {type: u12, values: {a: 0}}}\n", [("enums.e.type", "pattern")]),
    "float_enum_type": ("enums: {e: {type: f32, values: {a: 0}}}\n", [("enums.e.type", "pattern")]),
    "signed_length_prefix": (
        in_type("- {id: x, type: str, length_prefix: s16}"),
        [(f"{F}.length_prefix", "pattern")],
    ),
    "bad_count_prefix": (
        in_type("- {id: x, type: u8, array: {count_prefix: u24}}"),
        [(f"{F}.array.count_prefix", "pattern")],
    ),
    "missing_type": (in_type("- {id: x, size: 3}"), [(F, "required")]),
    "missing_id": (in_type("- {type: u8}"), [(F, "required")]),
    # size forms
    "two_size_forms": (in_type("- {id: x, type: str, size: 4, terminator: ';'}"), [(F, "oneOf")]),
    "bad_size_word": (in_type("- {id: x, type: bytes, size: end}"), [(f"{F}.size", "const")]),
    "negative_size": (in_type("- {id: x, type: bytes, size: -1}"), [(f"{F}.size", "minimum")]),
    "empty_terminator": (
        in_type("- {id: x, type: str, terminator: ''}"),
        [(f"{F}.terminator", "minLength")],
    ),
    "max_on_a_float": (in_type("- {id: x, type: f32, max: 3}"), [(F, "additionalProperties")]),
    "negative_max": (in_type("- {id: x, type: bytes, size: eos, max: -1}"), [(f"{F}.max", "minimum")]),
    "max_size_without_terminator": (
        in_type("- {id: x, type: str, size: 4, max_size: 8}"),
        [(F, "dependentRequired")],
    ),
    "bad_encoding": (
        in_type("- {id: x, type: str, size: 4, encoding: utf8}"),
        [(f"{F}.encoding", "enum")],
    ),
    "pad_without_size": (in_type("- {id: x, type: pad}"), [(F, "required")]),
    "pad_size_eos": (in_type("- {id: x, type: pad, size: eos}"), [(f"{F}.size", "type")]),
    "bytes_const_without_size": (
        in_type("- {id: x, type: bytes, length_prefix: u8, const: '00'}"),
        [(F, "required")],
    ),
    "bytes_const_not_hex": (
        in_type("- {id: x, type: bytes, size: 1, const: 0g}"),
        [(f"{F}.const", "pattern")],
    ),
    "case_str_without_size_form": (
        in_type("- {id: v, type: switch, on: k, cases: {1: {type: str}}}"),
        [(f"{F}.cases[1]", "oneOf")],
    ),
    # integer extras
    "enum_and_flags": (in_type("- {id: x, type: u8, enum: e, flags: {a: 0}}"), [(F, "oneOf")]),
    "const_and_length_of": (in_type("- {id: x, type: u8, const: 1, length_of: y}"), [(F, "oneOf")]),
    "flag_bit_out_of_range": (
        in_type("- {id: x, type: u64, flags: {a: 64}}"),
        [(f"{F}.flags.a", "maximum")],
    ),
    "bitfield_without_width": (
        in_type("- {id: x, type: u8, bitfield: {a: {at: 0}}}"),
        [(f"{F}.bitfield.a", "required")],
    ),
    # arrays
    "array_two_forms": (
        in_type("- {id: x, type: u8, array: {count: 2, until: eos}}"),
        [(f"{F}.array", "oneOf")],
    ),
    "array_until_not_eos": (
        in_type("- {id: x, type: u8, array: {until: end}}"),
        [(f"{F}.array.until", "const")],
    ),
    "array_unknown_key": (
        in_type("- {id: x, type: u8, array: {length: 2}}"),
        [(f"{F}.array", "additionalProperties")],
    ),
    # when
    "when_has_and_equals": (
        in_type("- {id: x, type: u8, when: {field: f, has: a, equals: 1}}"),
        [(f"{F}.when", "oneOf")],
    ),
    "when_neither": (in_type("- {id: x, type: u8, when: {field: f}}"), [(f"{F}.when", "oneOf")]),
    "when_without_field": (
        in_type("- {id: x, type: u8, when: {has: a}}"),
        [(f"{F}.when", "required")],
    ),
    "when_equals_list": (
        in_type("- {id: x, type: u8, when: {field: f, equals: [1, 2]}}"),
        [(f"{F}.when.equals", "type")],
    ),
    # switch
    "switch_without_cases": (in_type("- {id: v, type: switch, on: k}"), [(F, "required")]),
    "switch_bad_case_key": (
        in_type("- {id: v, type: switch, on: k, cases: {Big: {type: u8}}}"),
        [(f"{F}.cases", "anyOf")],
    ),
    # framings
    "frame_missing_header": (
        "framings: {f: {kind: frame, message_type: t, sequence: s, payload_length: n, flags: g}}\n",
        [("framings.f", "required")],
    ),
    "frame_empty_header": (
        "framings: {f: {kind: frame, header: [], message_type: t, sequence: s, payload_length: n, flags: g}}\n",
        [("framings.f.header", "minItems")],
    ),
    "frame_message_without_code": (
        "framings: {f: {kind: frame, header: [{id: t, type: u16}], message_type: t, sequence: t, payload_length: t, flags: t,"
        " messages: [{id: e, direction: both, kind: event}]}}\n",
        [("framings.f.messages[0]", "required")],
    ),
    "lines_missing_terminator": ("framings: {f: {kind: lines}}\n", [("framings.f", "required")]),
    "unknown_framing_kind": ("framings: {f: {kind: stream}}\n", [("framings.f.kind", "enum")]),
    "framing_without_kind": ("framings: {f: {doc: x}}\n", [("framings.f", "required")]),
    # ports and messages
    "empty_port_numbers": (
        "port: {id: p, name: P, transport: tcp, numbers: [], framing: f}\nmessages: []\n",
        [("port.numbers", "minItems")],
    ),
    "port_number_out_of_range": (
        "port: {id: p, name: P, transport: udp, numbers: [0, 65536], framing: f}\nmessages: []\n",
        [("port.numbers[0]", "minimum"), ("port.numbers[1]", "maximum")],
    ),
    "port_range_string": (
        "port: {id: p, name: P, transport: udp, numbers: [49211-49214], framing: f}\nmessages: []\n",
        [("port.numbers[0]", "type")],
    ),
    "bad_transport": (
        "port: {id: p, name: P, transport: sctp, numbers: [1], framing: f}\nmessages: []\n",
        [("port.transport", "enum")],
    ),
    "port_missing_framing": (
        "port: {id: p, name: P, transport: tcp, numbers: [1]}\nmessages: []\n",
        [("port", "required")],
    ),
    "code_out_of_range": (
        PORT + "messages: [{id: m, code: 0x10000, direction: both, kind: event}]\n",
        [("messages[0].code", "maximum")],
    ),
    "bad_direction": (
        PORT + "messages: [{id: m, code: 1, direction: to_host, kind: event}]\n",
        [("messages[0].direction", "enum")],
    ),
    "bad_kind": (
        PORT + "messages: [{id: m, code: 1, direction: both, kind: notify}]\n",
        [("messages[0].kind", "enum")],
    ),
    "access_not_a_right": (
        PORT
        + "messages: [{id: m, code: 1, direction: both, kind: request, access: admin}]\n",
        [("messages[0].access", "enum")],
    ),
    "response_on_event": (
        PORT + "messages: [{id: m, code: 1, direction: both, kind: event, response: r}]\n",
        [("messages[0].kind", "const")],
    ),
    "example_bad_hex": (
        PORT
        + "messages: [{id: m, code: 1, direction: both, kind: event, examples: [{name: a, hex: '0x12'}]}]\n",
        [("messages[0].examples[0].hex", "pattern")],
    ),
    "example_without_name": (
        PORT
        + "messages: [{id: m, code: 1, direction: both, kind: event, examples: [{hex: '12'}]}]\n",
        [("messages[0].examples[0]", "required")],
    ),
    # file shape
    "messages_without_port": ("messages: []\n", [("", "dependentRequired")]),
    "port_without_messages": (PORT, [("", "required")]),
    "text_port_without_text": (TEXT_PORT, [("", "required")]),
    "text_without_port": ("text: {areas: [{path: /RAM}]}\n", [("", "dependentRequired")]),
    "spec_with_port": (
        "spec: {name: vs1, version: 1, endian: be}\n" + PORT + "messages: []\n",
        [("", "enum"), ("", "enum")],
    ),
    "bad_endian": ("spec: {name: vs1, version: 1, endian: middle}\n", [("spec.endian", "enum")]),
    "text_on_binary_port": (
        PORT + "messages: []\ntext: {commands: [{name: ls}]}\n",
        [("port.framing", "const")],
    ),
    "page_path_not_absolute": (
        TEXT_PORT + "messages: []\ntext: {pages: [{path: index.html}]}\n",
        [("text.pages[0].path", "pattern")],
    ),
    "form_field_bad_type": (
        TEXT_PORT + "messages: []\ntext: {pages: [{path: /, form: [{name: ip, type: IPv4}]}]}\n",
        [("text.pages[0].form[0].type", "anyOf")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), FAILING.values(), ids=FAILING.keys())
def test_invalid_snippets(
    validator: Draft202012Validator, text: str, expected: list[tuple[str, str]]
) -> None:
    assert errors(validator, text) == sorted(expected)


def test_error_messages_name_the_offending_key(validator: Draft202012Validator) -> None:
    (error,) = validator.iter_errors(load(in_type("- {id: x, type: u8, color: red}")))
    assert "'color' was unexpected" in error.message
    (error,) = validator.iter_errors(
        load(in_type("- {id: x, type: str, size: 2, length_prefix: u8}"))
    )
    assert "length_prefix" in error.message
    assert "size" in error.message
