"""``python -m vs1kit.bridge``: the same commands as ``vs1 bridge``."""

from vs1kit.bridge.cli import bridge_command

bridge_command(prog_name="vs1 bridge")
