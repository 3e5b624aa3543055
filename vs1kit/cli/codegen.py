"""``vs1 codegen``: the command lives with the generator (``codegen/cli.py``); registered here."""

from __future__ import annotations

from vs1kit.codegen.cli import codegen_command

__all__ = ["codegen_command"]
