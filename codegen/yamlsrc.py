"""YAML reading that remembers where every value came from.

PyYAML's composer keeps a mark (line, column) on every node; we convert the node tree to plain
Python values and keep a map from YAML path to line, so every later check can say where a
problem is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem, format_path

PathT = tuple[str | int, ...]


@dataclass
class SourceFile:
    """One spec file: its data and the line of every path in it."""

    name: str  # relative to the spec root, e.g. "ports/rpc.yaml"
    data: Any
    lines: dict[PathT, int] = field(default_factory=dict)

    def line(self, path: PathT) -> int:
        """Line of ``path``, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)

    def problem(self, path: PathT, message: str) -> Problem:
        from .problems import format_path

        return Problem(self.name, self.line(path), format_path(path), message)


def _convert(node: yaml.Node, path: PathT, src: SourceFile, problems: list[Problem]) -> Any:
    src.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(src.name, key_node.start_mark.line + 1, format_path(path), "keys must be scalars"))
                continue
            if key in out:
                problems.append(
                    Problem(src.name, key_node.start_mark.line + 1, format_path((*path, key)), f"duplicate key '{key}'")
                )
            out[key] = _convert(value_node, (*path, key), src, problems)
            # A key's own line is better than its value's for block mappings.
            src.lines[(*path, key)] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, (*path, i), src, problems) for i, item in enumerate(node.value)]
    # Scalars: let the safe constructor resolve ints, bools, floats, strings.
    return _SCALAR_LOADER.construct_object(node)


_SCALAR_LOADER = yaml.SafeLoader("")


def read_yaml(path: Path, name: str, problems: list[Problem]) -> SourceFile:
    """Read one YAML file; syntax errors become problems (with their line)."""
    src = SourceFile(name=name, data=None)
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else 1
        problems.append(Problem(name, line, "", f"YAML syntax: {exc.problem}"))
        return src
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(name, 1, "", f"cannot read: {exc}"))
        return src
    if node is None:
        src.data = {}
        return src
    src.data = _convert(node, (), src, problems)
    return src
