"""Compatibility: ``python -m vs1kit.cli_client`` and its imports; the commands moved to
:mod:`vs1kit.cli.client` (``python -m vs1kit.cli`` is the whole ``vs1`` command)."""

from __future__ import annotations

import os

from vs1kit.cli import main
from vs1kit.cli.client import CLIENT_COMMANDS, EXIT, register_client_commands

__all__ = ["CLIENT_COMMANDS", "EXIT", "main", "register_client_commands"]

if __name__ == "__main__":
    # Tests read tables from a pipe; keep them from wrapping at 80 columns.
    os.environ.setdefault("COLUMNS", "120")
    main()
