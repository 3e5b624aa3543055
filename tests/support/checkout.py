"""A copy of the checkout's source tree, for tests that build, install or regenerate one."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Not part of the source a user builds from (and big or volatile).
_SKIP_AT_ROOT = {".venv", ".git", "build", "dist", "out", "tests", "benchmarks", "docs"}
_SKIP_ANYWHERE = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis"}


def _ignore(folder: str, names: list[str]) -> set[str]:
    skip = {n for n in names if n in _SKIP_ANYWHERE or n.endswith(".egg-info")}
    if Path(folder).resolve() == ROOT:
        skip |= _SKIP_AT_ROOT & set(names)
    return skip


def copy_source_tree(dest: Path) -> Path:
    """``dest`` made a copy of the checkout's sources: pyproject, vs1kit/ with its symlinks
    (relative, so they point into the copy), codegen/, integrations/, protocol_spec/, ...
    ``docs/`` is left out: ``vs1 codegen`` writes it."""
    shutil.copytree(ROOT, dest, symlinks=True, ignore=_ignore)
    return dest
