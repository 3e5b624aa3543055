"""Where the files vs1kit ships live: the spec, the generated dissectors, the codegen templates.

Two layouts exist. In a source checkout they are the checkout's own folders (``protocol_spec/``,
``dissectors/``, ``codegen/templates/``), so an edit is seen at once. In an installed wheel they
are package data inside ``vs1kit/`` (pyproject.toml maps them there). This module is the one
place that knows both; nothing else reads files relative to its own ``__file__``.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

__all__ = ["checkout_root", "dissectors_dir", "package_dir", "spec_dir", "templates_dir"]


def package_dir() -> Path:
    """The folder of the imported ``vs1kit`` package (source checkout or site-packages)."""
    root = resources.files("vs1kit")
    # Installed wheels and checkouts are plain folders; a zip import is not supported.
    if not isinstance(root, Path):
        raise RuntimeError(f"vs1kit is imported from {root!r}, not from a folder")
    return root


@functools.cache
def checkout_root() -> Path | None:
    """The source checkout vs1kit is imported from, or None when it runs from an install.

    A checkout is recognised by what only it has next to the package: the spec folder and the
    codegen sources.
    """
    root = package_dir().resolve().parent
    if (root / "protocol_spec" / "common.yaml").is_file() and (root / "codegen" / "generate.py").is_file():
        return root
    return None


def _shipped(checkout_rel: str, package_rel: str) -> Path:
    root = checkout_root()
    return root / checkout_rel if root is not None else package_dir() / package_rel


def spec_dir() -> Path:
    """The protocol spec (``common.yaml`` + ``ports/``) vs1kit was built from."""
    return _shipped("protocol_spec", "protocol_spec")


def dissectors_dir() -> Path:
    """The generated Wireshark Lua dissectors (``vs1.lua``)."""
    return _shipped("dissectors", "dissectors")


def templates_dir() -> Path:
    """The jinja2 templates of the code generator (one folder per target)."""
    return _shipped("codegen/templates", "codegen/templates")
