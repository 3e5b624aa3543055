"""What every emitter shares: the generated-file header and the jinja2 environment."""

from __future__ import annotations

import json

import jinja2

from vs1kit.resources import templates_dir

COMMAND = "vs1 codegen"


def header(comment: str, source: str = "protocol_spec/") -> str:
    """The first lines of a generated file: generated, from what, by which command."""
    lines = [
        f"GENERATED FILE - DO NOT EDIT. Generated from {source} by `{COMMAND}`.",
        f"Change the spec and run `{COMMAND}`; `{COMMAND} --check` tells when this file is stale.",
    ]
    return "\n".join(f"{comment} {line}" for line in lines)


def _pydoc(text: str) -> str:
    text = " ".join(str(text).split()).replace("\\", "\\\\").replace('"""', "'''")
    if not text:
        return '""""""'
    if text.endswith('"'):
        text += " "
    return f'"""{text}"""'


def _hexint(value: int | None) -> str:
    return "None" if value is None else f"0x{value:04x}"


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pydoc"] = _pydoc
    env.filters["repr"] = repr
    env.filters["hexint"] = _hexint
    env.filters["json"] = lambda v: json.dumps(v)
    env.filters["camel"] = lambda v: "".join(p[:1].upper() + p[1:] for p in str(v).split("_"))
    return env
