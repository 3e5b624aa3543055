"""``vs1 bridge``: the command group lives with the bridge (``vs1kit.bridge.cli``); registered here."""

from __future__ import annotations

from vs1kit.bridge.cli import bridge_command

__all__ = ["bridge_command"]
